"""The model builder: a layer table (Qt model/view over the core BuilderModel) and its editors.

All shape and parameter arithmetic comes from ``core.shapes`` through the
BuilderModel; this module only shows it and turns clicks and keystrokes into
undoable edits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
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
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.model.editor import BuilderModel, ChangeEvent
from cnngui.core.model.presets import PRESETS
from cnngui.core.model.shapes import fmt_bytes, fmt_int, fmt_shape
from cnngui.core.model.spec import (
    ACTIVATIONS,
    LAYER_ARGS,
    LAYER_DESCRIPTIONS,
    LAYER_TYPES,
    PADDINGS,
    LayerSpec,
    ModelSpec,
    SpecError,
)

COLUMNS = ("#", "Layer", "Settings", "Output shape", "Parameters", "MACs")
COL_INDEX, COL_TYPE, COL_SETTINGS, COL_SHAPE, COL_PARAMS, COL_MACS = range(6)
COLUMN_TIPS = (
    "Position of the layer; the image flows from the top row to the bottom row.",
    "The kind of layer (Keras's own class name).",
    "The layer's settings. Double-click to change them here, or use the panel below.",
    "Shape of the numbers this layer passes on: height × width × channels, or a flat length.",
    "How many numbers this layer learns while training (weights and biases).",
    "Multiply-accumulate operations for one image: a measure of how much work the layer does.",
)
ERROR_BG = QColor(255, 225, 225)
WARNING_BG = QColor(255, 243, 205)
ROW_MIME = "application/x-cnngui-layer-row"

#: a new layer's arguments when added from the menu: common, valid choices for MNIST
NEW_LAYER_ARGS: dict[str, dict[str, Any]] = {
    "Conv2D": {"filters": 32, "kernel_size": 3, "padding": "same", "activation": "relu"},
    "Dense": {"units": 64, "activation": "relu"},
    "Dropout": {"rate": 0.25},
    "Activation": {"activation": "relu"},
}

#: the settings shown in the table's own in-place editor (all are in the panel below)
PRIMARY_ARGS: dict[str, tuple[str, ...]] = {
    "Conv2D": ("filters", "kernel_size", "padding", "activation"),
    "MaxPooling2D": ("pool_size", "strides", "padding"),
    "AveragePooling2D": ("pool_size", "strides", "padding"),
    "GlobalMaxPooling2D": ("keepdims",),
    "GlobalAveragePooling2D": ("keepdims",),
    "BatchNormalization": ("momentum",),
    "Dropout": ("rate",),
    "Flatten": (),
    "Dense": ("units", "activation"),
    "Activation": ("activation",),
}


def new_layer(layer_type: str) -> LayerSpec:
    return LayerSpec.create(layer_type, **NEW_LAYER_ARGS.get(layer_type, {}))


def short_error(message: str) -> str:
    """The error without its ``layer N Type:`` prefix (the row already says which layer)."""
    head, sep, rest = message.partition(": ")
    return rest if sep and head.startswith("layer ") else message


# -- undo ---------------------------------------------------------------------------------
class SpecEdit(QUndoCommand):
    """One undoable edit: runs ``apply`` the first time, then swaps whole specs."""

    def __init__(
        self, model: BuilderModel, text: str, apply: Callable[[], None], merge_key: Any = None
    ) -> None:
        super().__init__(text)
        self._model = model
        self._apply = apply
        self.merge_key = merge_key
        self._before: ModelSpec | None = None
        self._after: ModelSpec | None = None

    def redo(self) -> None:
        if self._after is None:
            self._before = self._model.spec
            self._apply()
            self._after = self._model.spec
        else:
            self._model.replace_spec(self._after)

    def undo(self) -> None:
        assert self._before is not None
        self._model.replace_spec(self._before)

    def id(self) -> int:
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, SpecEdit) and other.merge_key == self.merge_key:
            self._after = other._after
            return True
        return False


# -- the table model ----------------------------------------------------------------------
class LayerTableModel(QAbstractTableModel):
    """Rows are layers, columns are COLUMNS; every value comes from the BuilderModel."""

    def __init__(self, model: BuilderModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.builder = model
        self._reset = False
        model.about_to_change.connect(self._about_to_change)
        model.changed.connect(self._changed)

    # structure announcements ------------------------------------------------------------
    def _about_to_change(self, event: ChangeEvent, spec: ModelSpec) -> None:
        root = QModelIndex()
        if event.kind == "insert":
            self.beginInsertRows(root, event.index, event.index)
        elif event.kind == "delete":
            self.beginRemoveRows(root, event.index, event.index)
        elif event.kind == "move":
            src, dst = event.index, event.new_index
            self.beginMoveRows(root, src, src, root, dst + 1 if dst > src else dst)
        elif len(spec.layers) != len(self.builder):
            self._reset = True
            self.beginResetModel()

    def _changed(self, event: ChangeEvent) -> None:
        if event.kind == "insert":
            self.endInsertRows()
        elif event.kind == "delete":
            self.endRemoveRows()
        elif event.kind == "move":
            self.endMoveRows()
        elif self._reset:
            self._reset = False
            self.endResetModel()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            )

    # read-only model API ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.builder)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return COLUMN_TIPS[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, col = index.row(), index.column()
        if not index.isValid() or row >= len(self.builder):
            return None
        info = self.builder.analysis.layers[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_INDEX:
                return str(row)
            if col == COL_TYPE:
                return ("✖ " if info.error else "⚠ " if info.warning else "") + info.type
            if col == COL_SETTINGS:
                return info.layer.describe() or "(no settings)"
            if info.error:
                return short_error(info.error) if col == COL_SHAPE else ""
            if info.output_shape is None:
                return "—"
            if col == COL_SHAPE:
                return fmt_shape(info.output_shape)
            if col == COL_PARAMS:
                return fmt_int(info.params)
            if col == COL_MACS:
                return fmt_int(info.macs)
        if role == Qt.ItemDataRole.ToolTipRole:
            if info.error:
                return f"This layer cannot work: {info.error}"
            if info.warning and col in (COL_INDEX, COL_TYPE):
                return info.warning
            if col == COL_SETTINGS:
                return "Double-click to change this layer's settings."
            if col == COL_TYPE:
                return LAYER_DESCRIPTIONS.get(info.type, "")
            if col == COL_SHAPE and info.shape_math:
                return info.shape_math
            if col == COL_PARAMS and info.params_math:
                return info.params_math
            return COLUMN_TIPS[col]
        if role == Qt.ItemDataRole.BackgroundRole and info.error:
            return QBrush(ERROR_BG)
        if role == Qt.ItemDataRole.BackgroundRole and info.warning:
            return QBrush(WARNING_BG)
        if role == Qt.ItemDataRole.ForegroundRole and info.error and col >= COL_SHAPE:
            return QBrush(QColor(160, 0, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_PARAMS, COL_MACS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return info
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == COL_SETTINGS and PRIMARY_ARGS.get(
            self.builder.layers[index.row()].type
        ):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    # drag to reorder --------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(ROW_MIME, str(rows[0] if rows else -1).encode())
        return data

    #: set by the builder widget: called as move(row, new_row) to move through undo
    move_requested: Callable[[int, int], None] | None = None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex
    ) -> bool:
        if not data.hasFormat(ROW_MIME) or self.move_requested is None:
            return False
        src = int(bytes(data.data(ROW_MIME).data()).decode() or -1)
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.builder)
        dst = row - 1 if row > src else row
        dst = max(0, min(dst, len(self.builder) - 1))
        if 0 <= src != dst:
            mover = self.move_requested
            QTimer.singleShot(0, lambda: mover(src, dst))
        return False  # we move the row ourselves; the view must not remove anything


# -- editors -----------------------------------------------------------------------------
class SettingsForm(QWidget):
    """The right editor for each argument of one layer; emits ``arg_changed(name, value)``."""

    arg_changed = Signal(str, object)

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = compact
        self._layer_type: str | None = None
        self._setters: dict[str, Callable[[Any], None]] = {}
        self.editors: dict[str, QWidget] = {}
        if compact:
            self._layout: QHBoxLayout | QFormLayout = QHBoxLayout(self)
            self._layout.setContentsMargins(2, 0, 2, 0)
            self._layout.setSpacing(4)
            self.setAutoFillBackground(True)
        else:
            self._layout = QFormLayout(self)
            self._layout.setContentsMargins(0, 0, 0, 0)

    def set_layer(self, layer: LayerSpec | None) -> None:
        """Show ``layer``'s values, rebuilding the editors when the layer type changes."""
        layer_type = layer.type if layer else None
        if layer_type != self._layer_type:
            self._rebuild(layer_type)
        if layer is None:
            return
        for name, setter in self._setters.items():
            setter(layer.args.get(name))

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._setters.clear()
        self.editors.clear()

    def _rebuild(self, layer_type: str | None) -> None:
        self._clear()
        self._layer_type = layer_type
        if layer_type is None:
            return
        names = PRIMARY_ARGS[layer_type] if self.compact else tuple(LAYER_ARGS[layer_type])
        for name in names:
            argdef = LAYER_ARGS[layer_type][name]
            editor, setter = self._make_editor(name, argdef.kind)
            editor.setToolTip(f"{name}: {argdef.help}")
            editor.setObjectName(f"arg_{name}")
            self.editors[name] = editor
            self._setters[name] = setter
            label = name.replace("_", " ")
            if isinstance(self._layout, QFormLayout):
                self._layout.addRow(label, editor)
            else:
                caption = QLabel(label.removesuffix(" size") if name == "kernel_size" else label)
                caption.setToolTip(argdef.help)
                self._layout.addWidget(caption)
                self._layout.addWidget(editor)
        if not names and isinstance(self._layout, QFormLayout):
            self._layout.addRow(QLabel("This layer has no settings."))
        if isinstance(self._layout, QHBoxLayout):
            self._layout.addStretch(1)

    def _emit(self, name: str, value: Any) -> None:
        self.arg_changed.emit(name, value)

    def _make_editor(self, name: str, kind: str) -> tuple[QWidget, Callable[[Any], None]]:
        emit = self._emit
        if kind == "int":
            box = QSpinBox()
            box.setRange(0, 100_000)
            box.valueChanged.connect(lambda v: emit(name, v))
            return box, _quiet(box, lambda v: box.setValue(int(v)))
        if kind == "float":
            dbox = QDoubleSpinBox()
            dbox.setDecimals(3)
            dbox.setSingleStep(0.05)
            dbox.setRange(0.0, 10.0)
            dbox.valueChanged.connect(lambda v: emit(name, float(v)))
            return dbox, _quiet(dbox, lambda v: dbox.setValue(float(v)))
        if kind in ("pair", "pair_or_none"):
            return self._pair_editor(name, kind == "pair_or_none")
        if kind == "bool":
            check = QCheckBox()
            check.toggled.connect(lambda v: emit(name, bool(v)))
            return check, _quiet(check, lambda v: check.setChecked(bool(v)))
        if kind in ("padding", "activation"):
            combo = QComboBox()
            items = list(PADDINGS) if kind == "padding" else ["linear", *ACTIVATIONS[1:]]
            combo.addItems(items)
            combo.currentTextChanged.connect(lambda t: emit(name, t))

            def set_combo(v: Any) -> None:
                combo.setCurrentText(v or "linear")

            return combo, _quiet(combo, set_combo)
        # free text (the optional Keras name)
        from PySide6.QtWidgets import QLineEdit

        line = QLineEdit()
        line.setPlaceholderText("automatic")
        line.textEdited.connect(lambda t: emit(name, t or None))
        return line, _quiet(line, lambda v: line.setText(v or ""))

    def _pair_editor(self, name: str, allow_auto: bool) -> tuple[QWidget, Callable[[Any], None]]:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        h, w = QSpinBox(), QSpinBox()
        for spin in (h, w):
            spin.setRange(0, 999)
            if allow_auto:
                spin.setSpecialValueText("auto")
        row.addWidget(h)
        row.addWidget(QLabel("×"))
        row.addWidget(w)

        def changed() -> None:
            if allow_auto and (h.value() == 0 or w.value() == 0):
                self._emit(name, None)
            else:
                self._emit(name, [h.value(), w.value()])

        h.valueChanged.connect(changed)
        w.valueChanged.connect(changed)

        def set_pair(v: Any) -> None:
            for spin, value in zip((h, w), v or (0, 0)):
                spin.blockSignals(True)
                spin.setValue(int(value))
                spin.blockSignals(False)

        return box, set_pair


def _quiet(widget: QWidget, setter: Callable[[Any], None]) -> Callable[[Any], None]:
    """A setter that does not echo the value back as an edit."""

    def run(value: Any) -> None:
        widget.blockSignals(True)
        try:
            setter(value)
        finally:
            widget.blockSignals(False)

    return run


class SettingsDelegate(QStyledItemDelegate):
    """In-place editor for the Settings column: the layer's main settings in one row."""

    def __init__(self, on_edit: Callable[[int, str, Any], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._on_edit = on_edit

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        form = SettingsForm(compact=True, parent=parent)
        persistent = QPersistentModelIndex(index)
        form.arg_changed.connect(
            lambda name, value: (
                self._on_edit(persistent.row(), name, value) if persistent.isValid() else None
            )
        )
        return form

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        info = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(editor, SettingsForm) and info is not None:
            editor.set_layer(info.layer)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        pass  # every change was already applied as it was typed

    def updateEditorGeometry(self, editor: QWidget, option: Any, index: QModelIndex) -> None:
        rect = QRect(option.rect)
        view = self.parent()
        width = max(rect.width(), editor.sizeHint().width())
        rect.setWidth(width)
        if isinstance(view, QTableView):  # wider than the cell: slide left to stay visible
            right = view.viewport().width()
            if rect.right() > right:
                rect.moveLeft(max(0, right - width))
        editor.setGeometry(rect)


# -- the widget --------------------------------------------------------------------------
class BuilderWidget(QWidget):
    """Input shape, layer table, totals, the selected layer's settings and arithmetic."""

    #: why training is impossible now (None: it is possible)
    blocker_changed = Signal(object)
    #: a preset was chosen (its name), so the window can apply its training recipe
    preset_loaded = Signal(str)

    def __init__(
        self, model: BuilderModel, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.builder = model
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
            "The layers of your network, first to last. Select one to see its arithmetic; "
            "double-click its settings to change them; drag rows to reorder."
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        self.totals.setToolTip(
            "Parameters are the numbers the network learns. Trainable ones change while "
            "training; non-trainable ones (batch-normalisation statistics) are only counted. "
            "Size is the weights stored as 32-bit floats. MACs are multiply-accumulate "
            "operations for one image."
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
        row.addWidget(QLabel("Input image:"))
        self.input_boxes = []
        for i, (tip, value) in enumerate(
            zip(("height in pixels", "width in pixels", "channels (1 = grey)"), (28, 28, 1))
        ):
            box = QSpinBox()
            box.setRange(1, 4096)
            box.setValue(value)
            box.setToolTip(f"Input {tip}. MNIST digits are 28 × 28 × 1.")
            box.setObjectName(f"input_{i}")
            box.valueChanged.connect(self._input_edited)
            self.input_boxes.append(box)
            row.addWidget(box)
            if i < 2:
                row.addWidget(QLabel("×"))
        row.addStretch(1)
        presets = QToolButton()
        presets.setText("Presets ▾")
        presets.setObjectName("presets_button")
        presets.setToolTip("Replace the network with a well-known architecture.")
        presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(presets)
        for name, preset in PRESETS.items():
            action = menu.addAction(name)
            action.setToolTip(preset.description)
            action.setStatusTip(preset.description)
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
            action.setToolTip(LAYER_DESCRIPTIONS[layer_type])
            action.triggered.connect(lambda _=False, t=layer_type: handler(t))
        return menu

    def _make_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QToolButton()
        self.add_button.setText("Add ▾")
        self.add_button.setToolTip("Add a layer at the end of the network.")
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = self._layer_menu(self.add_button, self.add_layer)
        self.add_button.setMenu(self.add_menu)
        row.addWidget(self.add_button)
        self.insert_button = QToolButton()
        self.insert_button.setText("Insert ▾")
        self.insert_button.setToolTip("Insert a layer above the selected one.")
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_menu = self._layer_menu(self.insert_button, self.insert_layer)
        self.insert_button.setMenu(self.insert_menu)
        row.addWidget(self.insert_button)
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip, slot in (
            ("delete", "Delete", "Remove the selected layer.", self.delete_selected),
            (
                "duplicate",
                "Duplicate",
                "Copy the selected layer below itself.",
                self.duplicate_selected,
            ),
            (
                "up",
                "▲ Up",
                "Move the selected layer one place earlier.",
                lambda: self.move_selected(-1),
            ),
            (
                "down",
                "▼ Down",
                "Move the selected layer one place later.",
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
        box = QGroupBox("Selected layer")
        box.setToolTip("The settings of the selected layer, and where its numbers come from.")
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
        if 0 <= row < len(self.builder):
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.table_model.index(row, COL_TYPE))
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected_row()
        has = 0 <= row < len(self.builder)
        for key in ("delete", "duplicate"):
            self.buttons[key].setEnabled(has)
        self.buttons["up"].setEnabled(has and row > 0)
        self.buttons["down"].setEnabled(has and row < len(self.builder) - 1)
        if not has:
            self.form.set_layer(None)
            self.layer_title.setText(
                "Select a layer to see its settings and the arithmetic behind its numbers."
            )
            self.math.setText("")
            self.layer_error.setText("")
            return
        info = self.builder.analysis.layers[row]
        self.layer_title.setText(
            f"<b>Layer {row} · {info.type}</b> — {LAYER_DESCRIPTIONS.get(info.type, '')}"
        )
        self.form.set_layer(info.layer)
        if info.error:
            self.math.setText(f"Input: {fmt_shape(info.input_shape)}")
            self.layer_error.setText(f"✖ {info.error}")
        else:
            self.math.setText(
                f"<b>Input</b> {fmt_shape(info.input_shape)} → <b>output</b> "
                f"{fmt_shape(info.output_shape)}<br>"
                f"<b>Shape:</b> {info.shape_math or 'same as input'}<br>"
                f"<b>Parameters:</b> {info.params_math or '0'}<br>"
                f"<b>MACs:</b> {fmt_int(info.macs)} multiply-adds per image"
            )
            self.layer_error.setText(f"⚠ {info.warning}" if info.warning else "")

    # model events ------------------------------------------------------------------------
    def _mark_error_rows(self) -> None:
        """An invalid layer's message spans the shape, parameter and MAC cells of its row."""
        height = self.table.verticalHeader().defaultSectionSize()
        for info in self.builder.analysis.layers:
            row = info.index
            span = 3 if info.error else 1
            if self.table.columnSpan(row, COL_SHAPE) != span:
                self.table.setSpan(row, COL_SHAPE, 1, span)
            if info.error:
                width = sum(self.table.columnWidth(c) for c in (COL_SHAPE, COL_PARAMS, COL_MACS))
                text_height = (
                    self.table.fontMetrics()
                    .boundingRect(
                        QRect(0, 0, max(width - 8, 50), 1000),
                        int(Qt.TextFlag.TextWordWrap),
                        short_error(info.error),
                    )
                    .height()
                )
                self.table.setRowHeight(row, max(height, text_height + 8))
            elif self.table.rowHeight(row) != height:
                self.table.setRowHeight(row, height)

    def _on_changed(self, event: ChangeEvent) -> None:
        self._mark_error_rows()
        analysis = self.builder.analysis
        shape = tuple(self.builder.spec.input_shape)
        for box, value in zip(self.input_boxes, shape):
            if box.value() != value:
                box.blockSignals(True)
                box.setValue(value)
                box.blockSignals(False)
        self.totals.setText(
            f"<b>Total parameters:</b> {fmt_int(analysis.total_params)} "
            f"(trainable {fmt_int(analysis.trainable_params)}, non-trainable "
            f"{fmt_int(analysis.non_trainable_params)}) · <b>size</b> "
            f"{fmt_int(analysis.size_bytes)} bytes ({fmt_bytes(analysis.size_bytes)}) · "
            f"<b>total MACs</b> {fmt_int(analysis.total_macs)}"
        )
        blocker = self.builder.training_blocker()
        if blocker:
            self.status.setText(f"<span style='color:#a00000'>Cannot train yet: {blocker}</span>")
        elif analysis.warnings:
            self.status.setText(f"Ready to train. Note: {analysis.warnings[0]}")
        else:
            self.status.setText(
                f"Ready to train. Output {fmt_shape(analysis.output_shape)} = one "
                "probability per digit."
            )
        self.status.setToolTip(blocker or "")
        if event.kind in ("insert",) and event.index is not None:
            self.select_row(event.index)
        elif event.kind == "move" and event.new_index is not None:
            self.select_row(event.new_index)
        elif event.kind == "delete" and event.index is not None:
            self.select_row(min(event.index, len(self.builder) - 1))
        else:
            self._show_selected()
        self.blocker_changed.emit(blocker)

    # edits (all through the undo stack) ---------------------------------------------------
    def _push(self, text: str, apply: Callable[[], None], merge_key: Any = None) -> None:
        self.undo_stack.push(SpecEdit(self.builder, text, apply, merge_key))

    def add_layer(self, layer_type: str) -> None:
        layer = new_layer(layer_type)
        self._push(f"Add {layer_type}", lambda: self.builder.add(layer))

    def insert_layer(self, layer_type: str) -> None:
        row = self.selected_row()
        row = row if row >= 0 else len(self.builder)
        layer = new_layer(layer_type)
        self._push(f"Insert {layer_type}", lambda: self.builder.insert(row, layer))

    def delete_selected(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self.builder):
            name = self.builder.layers[row].type
            self._push(f"Delete {name}", lambda: self.builder.delete(row))

    def duplicate_selected(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self.builder):
            self._push("Duplicate layer", lambda: self.builder.duplicate(row))

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        self.move_layer(row, row + step)

    def move_layer(self, row: int, new_row: int) -> None:
        if 0 <= row < len(self.builder) and 0 <= new_row < len(self.builder) and row != new_row:
            self._push("Move layer", lambda: self.builder.move(row, new_row))

    def edit_arg(self, row: int, name: str, value: Any) -> None:
        """Change one setting; consecutive changes of the same setting undo as one step."""
        if not 0 <= row < len(self.builder):
            return
        layer = self.builder.layers[row]
        try:
            if layer.replace(**{name: value}) == layer:
                return
        except SpecError as exc:
            self.status.setText(f"<span style='color:#a00000'>{exc}</span>")
            return
        self._push(
            f"Change {name} of layer {row}",
            lambda: self.builder.set_arg(row, name, value),
            merge_key=(row, name),
        )

    def _input_edited(self) -> None:
        shape = tuple(box.value() for box in self.input_boxes)
        if shape != tuple(self.builder.spec.input_shape):
            self._push(
                "Change input shape",
                lambda: self.builder.set_input_shape(shape),
                merge_key=("input",),
            )

    def load_preset(self, name: str) -> None:
        self._push(f"Preset {name}", lambda: self.builder.load_preset(name))
        self.select_row(0)
        self.preset_loaded.emit(name)

    def replace_spec(self, spec: ModelSpec, text: str = "Replace model") -> None:
        self._push(text, lambda: self.builder.replace_spec(spec))

    def sizeHint(self) -> QSize:
        return QSize(640, 600)
