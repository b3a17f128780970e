"""The model builder widget: presets, the layer table, the settings form and the
running totals. All arithmetic comes from the core editor; this only shows it and turns
clicks and keys into undoable edits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.model.editor import ChangeEvent, SpecEditor
from cnngui.core.model.presets import PRESETS
from cnngui.core.model.shapes import fmt_shape
from cnngui.core.model.spec import (
    LAYER_DESCRIPTIONS,
    LAYER_TYPES,
    ModelSpec,
    SpecError,
)
from cnngui.ui.builder.commands import SpecEdit
from cnngui.ui.builder.layer_text import mark_error_rows, math_html, totals_html
from cnngui.ui.builder.settings import SettingsDelegate, SettingsForm
from cnngui.ui.builder.table import (
    COL_SETTINGS,
    COL_TYPE,
    LayerTableModel,
    new_layer,
)
from cnngui.ui.i18n import core_text, translate


# -- the widget --------------------------------------------------------------------------
class BuilderWidget(QWidget):
    """Input shape, layer table, totals, the selected layer's settings and arithmetic."""

    #: why training is impossible now (None: it is possible)
    blocker_changed = Signal(object)
    #: a preset was chosen (its name), so the window can apply its training recipe
    preset_loaded = Signal(str)

    def __init__(
        self, model: SpecEditor, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = model
        self.undo_stack = undo_stack
        self.table_model = LayerTableModel(model, self)
        self.table_model.move_requested = self.move_layer

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._make_top_row())
        layout.addLayout(self._make_buttons())

        self.table = QTableView()
        self.table.setObjectName("layer_table")
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        # Delete (or Backspace on a Mac keyboard) removes the selected layer while the table
        # has focus; inside an in-place editor the key still edits the text
        for key in (QKeySequence.StandardKey.Delete, QKeySequence(Qt.Key.Key_Backspace)):
            shortcut = QShortcut(key, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.delete_selected)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setItemDelegateForColumn(
            COL_SETTINGS, SettingsDelegate(self.edit_arg, self.table)
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((28, 130, 170, 120, 80, 95)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(COL_SETTINGS, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(
            translate(
                "Widget",
                "The layers of your network, first to last. Select one to see its arithmetic; "
                "double-click its settings to change them; drag rows to reorder.",
            )
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        self.totals.setToolTip(
            translate(
                "Widget",
                "Parameters are the numbers the network learns. Trainable ones change while "
                "training; non-trainable ones (batch-normalisation statistics) are only counted. "
                "Size is the weights stored as 32-bit floats. MACs are multiply-accumulate "
                "operations for one image.",
            )
        )
        self.status = QLabel()
        self.status.setObjectName("builder_status")
        self.status.setWordWrap(True)

        self.inspector = self._make_inspector()
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addWidget(self.totals)
        top_layout.addWidget(self.status)
        splitter.addWidget(top)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.inspector)
        scroll.setMinimumHeight(120)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([330, 270])
        self.splitter = splitter
        layout.addWidget(splitter, 1)

        self.table.setWordWrap(True)
        model.changed.connect(self._on_changed)
        self._on_changed(ChangeEvent("replace"))

    # construction ------------------------------------------------------------------------
    def _make_top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Widget", "Input image:")))
        self.input_boxes = []
        for i, (tip, value) in enumerate(
            zip(
                (
                    translate("Widget", "height in pixels"),
                    translate("Widget", "width in pixels"),
                    translate("Widget", "channels (1 = grey)"),
                ),
                (28, 28, 1),
            )
        ):
            box = QSpinBox()
            box.setRange(1, 4096)
            box.setValue(value)
            box.setToolTip(
                translate("Widget", "Input {tip}. MNIST digits are 28 × 28 × 1.").format(tip=tip)
            )
            box.setObjectName(f"input_{i}")
            box.valueChanged.connect(self._input_edited)
            self.input_boxes.append(box)
            row.addWidget(box)
            if i < 2:
                row.addWidget(QLabel("×"))
        row.addStretch(1)
        presets = QToolButton()
        presets.setText(translate("Widget", "Presets ▾"))
        presets.setObjectName("presets_button")
        presets.setToolTip(
            translate("Widget", "Replace the network with a well-known architecture.")
        )
        presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(presets)
        for name, preset in PRESETS.items():
            action = menu.addAction(name)
            action.setToolTip(core_text(preset.description))
            action.setStatusTip(core_text(preset.description))
            action.triggered.connect(lambda _=False, n=name: self.load_preset(n))
        menu.setToolTipsVisible(True)
        presets.setMenu(menu)
        self.presets_menu = menu
        row.addWidget(presets)
        return row

    def _layer_menu(self, parent: QWidget, handler: Callable[[str], None]) -> QMenu:
        menu = QMenu(parent)
        menu.setToolTipsVisible(True)
        for layer_type in LAYER_TYPES:
            action = menu.addAction(layer_type)
            action.setToolTip(core_text(LAYER_DESCRIPTIONS[layer_type]))
            action.triggered.connect(lambda _=False, t=layer_type: handler(t))
        return menu

    def _make_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QToolButton()
        self.add_button.setText(translate("Widget", "Add ▾"))
        self.add_button.setToolTip(translate("Widget", "Add a layer at the end of the network."))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = self._layer_menu(self.add_button, self.add_layer)
        self.add_button.setMenu(self.add_menu)
        row.addWidget(self.add_button)
        self.insert_button = QToolButton()
        self.insert_button.setText(translate("Widget", "Insert ▾"))
        self.insert_button.setToolTip(translate("Widget", "Insert a layer above the selected one."))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_menu = self._layer_menu(self.insert_button, self.insert_layer)
        self.insert_button.setMenu(self.insert_menu)
        row.addWidget(self.insert_button)
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip, slot in (
            (
                "delete",
                translate("Widget", "Delete"),
                translate("Widget", "Remove the selected layer."),
                self.delete_selected,
            ),
            (
                "duplicate",
                translate("Widget", "Duplicate"),
                translate("Widget", "Copy the selected layer below itself."),
                self.duplicate_selected,
            ),
            (
                "up",
                translate("Widget", "▲ Up"),
                translate("Widget", "Move the selected layer one place earlier."),
                lambda: self.move_selected(-1),
            ),
            (
                "down",
                translate("Widget", "▼ Down"),
                translate("Widget", "Move the selected layer one place later."),
                lambda: self.move_selected(1),
            ),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _make_inspector(self) -> QGroupBox:
        box = QGroupBox(translate("Widget", "Selected layer"))
        box.setToolTip(
            translate(
                "Widget", "The settings of the selected layer, and where its numbers come from."
            )
        )
        layout = QVBoxLayout(box)
        self.layer_title = QLabel()
        self.layer_title.setWordWrap(True)
        self.form = SettingsForm(compact=False)
        self.form.arg_changed.connect(
            lambda name, value: self.edit_arg(self.selected_row(), name, value)
        )
        self.math = QLabel()
        self.math.setObjectName("layer_math")
        self.math.setWordWrap(True)
        self.math.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.math.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.layer_error = QLabel()
        self.layer_error.setObjectName("layer_error")
        self.layer_error.setWordWrap(True)
        self.layer_error.setStyleSheet("color: #a00000;")
        layout.addWidget(self.layer_title)
        body = QHBoxLayout()
        body.addWidget(self.form, 1)
        right = QVBoxLayout()
        right.addWidget(self.math)
        right.addWidget(self.layer_error)
        right.addStretch(1)
        body.addLayout(right, 1)
        layout.addLayout(body)
        return box

    # selection ---------------------------------------------------------------------------
    def selected_row(self) -> int:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < len(self.editor):
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.table_model.index(row, COL_TYPE))
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected_row()
        has = 0 <= row < len(self.editor)
        for key in ("delete", "duplicate"):
            self.buttons[key].setEnabled(has)
        self.buttons["up"].setEnabled(has and row > 0)
        self.buttons["down"].setEnabled(has and row < len(self.editor) - 1)
        if not has:
            self.form.set_layer(None)
            self.layer_title.setText(
                translate(
                    "Widget",
                    "Select a layer to see its settings and the arithmetic behind its numbers.",
                )
            )
            self.math.setText("")
            self.layer_error.setText("")
            return
        info = self.editor.analysis.layers[row]
        self.layer_title.setText(
            translate("Widget", "<b>Layer {row} · {type}</b> — {get}").format(
                row=row, type=info.type, get=core_text(LAYER_DESCRIPTIONS.get(info.type, ""))
            )
        )
        self.form.set_layer(info.layer)
        if info.error:
            self.math.setText(
                translate("Widget", "Input: {shape}").format(shape=fmt_shape(info.input_shape))
            )
            self.layer_error.setText(f"✖ {core_text(info.error)}")
        else:
            self.math.setText(math_html(info))
            self.layer_error.setText(f"⚠ {core_text(info.warning)}" if info.warning else "")

    # model events ------------------------------------------------------------------------
    def _mark_error_rows(self) -> None:
        mark_error_rows(self.table, self.editor.analysis)

    def _on_changed(self, event: ChangeEvent) -> None:
        self._mark_error_rows()
        analysis = self.editor.analysis
        shape = tuple(self.editor.spec.input_shape)
        for box, value in zip(self.input_boxes, shape):
            if box.value() != value:
                box.blockSignals(True)
                box.setValue(value)
                box.blockSignals(False)
        self.totals.setText(totals_html(analysis))
        blocker = self.editor.training_blocker()
        if blocker:
            self.status.setText(
                translate(
                    "Widget", "<span style='color:#a00000'>Cannot train yet: {blocker}</span>"
                ).format(blocker=core_text(blocker))
            )
        elif analysis.warnings:
            self.status.setText(
                translate("Widget", "Ready to train. Note: {warnings}").format(
                    warnings=core_text(analysis.warnings[0])
                )
            )
        else:
            self.status.setText(
                translate(
                    "Widget", "Ready to train. Output {shape} = one probability per digit."
                ).format(shape=fmt_shape(analysis.output_shape))
            )
        self.status.setToolTip(core_text(blocker) if blocker else "")
        if event.kind in ("insert",) and event.index is not None:
            self.select_row(event.index)
        elif event.kind == "move" and event.new_index is not None:
            self.select_row(event.new_index)
        elif event.kind == "delete" and event.index is not None:
            self.select_row(min(event.index, len(self.editor) - 1))
        else:
            self._show_selected()
        self.blocker_changed.emit(blocker)

    # edits (all through the undo stack) ---------------------------------------------------
    def _push(self, text: str, apply: Callable[[], None], merge_key: Any = None) -> None:
        self.undo_stack.push(SpecEdit(self.editor, text, apply, merge_key))

    def add_layer(self, layer_type: str) -> None:
        layer = new_layer(layer_type)
        self._push(
            translate("Widget", "Add {type}").format(type=layer_type),
            lambda: self.editor.add(layer),
        )

    def insert_layer(self, layer_type: str) -> None:
        row = self.selected_row()
        row = row if row >= 0 else len(self.editor)
        layer = new_layer(layer_type)
        self._push(
            translate("Widget", "Insert {type}").format(type=layer_type),
            lambda: self.editor.insert(row, layer),
        )

    def delete_selected(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self.editor):
            name = self.editor.layers[row].type
            self._push(
                translate("Widget", "Delete {type}").format(type=name),
                lambda: self.editor.delete(row),
            )

    def duplicate_selected(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self.editor):
            self._push(translate("Widget", "Duplicate layer"), lambda: self.editor.duplicate(row))

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        self.move_layer(row, row + step)

    def move_layer(self, row: int, new_row: int) -> None:
        if 0 <= row < len(self.editor) and 0 <= new_row < len(self.editor) and row != new_row:
            self._push(translate("Widget", "Move layer"), lambda: self.editor.move(row, new_row))

    def edit_arg(self, row: int, name: str, value: Any) -> None:
        """Change one setting; consecutive changes of the same setting undo as one step."""
        if not 0 <= row < len(self.editor):
            return
        layer = self.editor.layers[row]
        try:
            if layer.replace(**{name: value}) == layer:
                return
        except SpecError as exc:
            self.status.setText(
                translate("Widget", "<span style='color:#a00000'>{exc}</span>").format(
                    exc=core_text(exc)
                )
            )
            return
        self._push(
            translate("Widget", "Change {name} of layer {row}").format(name=name, row=row),
            lambda: self.editor.set_arg(row, name, value),
            merge_key=(row, name),
        )

    def _input_edited(self) -> None:
        shape = tuple(box.value() for box in self.input_boxes)
        if shape != tuple(self.editor.spec.input_shape):
            self._push(
                translate("Widget", "Change input shape"),
                lambda: self.editor.set_input_shape(shape),
                merge_key=("input",),
            )

    def load_preset(self, name: str) -> None:
        self._push(
            translate("Widget", "Preset {name}").format(name=name),
            lambda: self.editor.load_preset(name),
        )
        self.select_row(0)
        self.preset_loaded.emit(name)

    def replace_spec(self, spec: ModelSpec, text: str | None = None) -> None:
        text = text or translate("Widget", "Replace model")
        self._push(text, lambda: self.editor.replace_spec(spec))

    def sizeHint(self) -> QSize:
        return QSize(640, 600)
