"""A layer's settings: the form under the table and the in-place editor in the table."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.model.spec import (
    ACTIVATIONS,
    LAYER_ARGS,
    PADDINGS,
    PRIMARY_ARGS,
    LayerSpec,
)
from cnngui.ui.i18n import core_text, translate


# -- editors -----------------------------------------------------------------------------
class SettingsForm(QWidget):
    """The right editor for each argument of one layer; emits ``arg_changed(name, value)``."""

    arg_changed = Signal(str, object)

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = compact
        self._layer_type: str | None = None
        self._setters: dict[str, Callable[[Any], None]] = {}
        self._pairs: list[tuple[QLabel, QWidget]] = []
        self.editors: dict[str, QWidget] = {}
        if compact:
            # label/editor pairs on as many lines as the width given needs (see arrange)
            self._layout: QVBoxLayout | QFormLayout = QVBoxLayout(self)
            self._layout.setContentsMargins(2, 0, 2, 0)
            self._layout.setSpacing(2)
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
        self._pairs.clear()

    def _rebuild(self, layer_type: str | None) -> None:
        self._clear()
        self._layer_type = layer_type
        if layer_type is None:
            return
        names = PRIMARY_ARGS[layer_type] if self.compact else tuple(LAYER_ARGS[layer_type])
        for name in names:
            argdef = LAYER_ARGS[layer_type][name]
            editor, setter = self._make_editor(name, argdef.kind)
            editor.setToolTip(f"{name}: {core_text(argdef.help)}")
            for part in editor.findChildren(QWidget):  # a pair's two boxes say it too
                if not part.toolTip():
                    part.setToolTip(editor.toolTip())
            editor.setObjectName(f"arg_{name}")
            self.editors[name] = editor
            self._setters[name] = setter
            label = name.replace("_", " ")
            if isinstance(self._layout, QFormLayout):
                self._layout.addRow(label, editor)
            else:
                caption = QLabel(
                    label.removesuffix(translate("Settings", " size"))
                    if name == "kernel_size"
                    else label
                )
                caption.setToolTip(core_text(argdef.help))
                self._pairs.append((caption, editor))
        if not names and isinstance(self._layout, QFormLayout):
            self._layout.addRow(QLabel(translate("Settings", "This layer has no settings.")))
        if self.compact:
            self.arrange(1 << 20)

    def arrange(self, width: int) -> None:
        """Lay the compact editor's label/editor pairs on lines no wider than ``width``.

        Every editor keeps the width it needs, so no value is ever cut ("uni [⇕]");
        a narrow table gets a taller editor instead.
        """
        lines = self._layout
        if not isinstance(lines, QVBoxLayout):
            return
        while lines.count():  # the old lines go; their widgets stay (re-added below)
            old = lines.takeAt(0).layout()
            if old is not None:
                while old.count():
                    old.takeAt(0)
                old.deleteLater()
        line: QHBoxLayout | None = None
        used = 0
        for caption, editor in self._pairs:
            need = caption.sizeHint().width() + editor.sizeHint().width() + 8
            if line is None or (line.count() and used + need > width - 8):
                if line is not None:
                    line.addStretch(1)
                line, used = QHBoxLayout(), 0
                line.setSpacing(4)
                lines.addLayout(line)
            line.addWidget(caption)
            line.addWidget(editor)
            used += need
        if line is not None:
            line.addStretch(1)
        lines.invalidate()

    def _emit(self, name: str, value: Any) -> None:
        self.arg_changed.emit(name, value)

    def _make_editor(self, name: str, kind: str) -> tuple[QWidget, Callable[[Any], None]]:
        emit = self._emit
        if kind == "int":
            box = QSpinBox()
            box.setRange(-8 if name == "axis" else 0, 100_000)  # axis: -1 is the last
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
        if kind == "shape":
            return self._shape_editor(name)
        if kind == "padding2d":
            return self._padding_editor(name)
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
        line.setPlaceholderText(translate("Settings", "automatic"))
        line.textEdited.connect(lambda t: emit(name, t or None))
        return line, _quiet(line, lambda v: line.setText(v or ""))

    def _shape_editor(self, name: str) -> tuple[QWidget, Callable[[Any], None]]:
        """A shape such as Reshape's target_shape, typed as ``7, 7, 16``."""
        from PySide6.QtWidgets import QLineEdit

        line = QLineEdit()
        line.setPlaceholderText("e.g. 7, 7, 16")

        def finished() -> None:
            shape = _parse_shape(line.text())
            if shape is not None:
                self._emit(name, shape)

        line.editingFinished.connect(finished)
        return line, _quiet(line, lambda v: line.setText(_shape_text(v)))

    def _padding_editor(self, name: str) -> tuple[QWidget, Callable[[Any], None]]:
        """ZeroPadding2D's rows of zeros: top, bottom, left, right."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        spins = []
        for side in ("top", "bottom", "left", "right"):
            spin = QSpinBox()
            spin.setRange(0, 99)
            spin.setToolTip(
                translate("Settings", "rows or columns of zeros added at the {side}").format(
                    side=side
                )
            )
            row.addWidget(QLabel(side[0].upper()))
            row.addWidget(spin)
            spins.append(spin)

        def changed() -> None:
            t, b, left, right = (s.value() for s in spins)
            self._emit(name, [[t, b], [left, right]])

        for spin in spins:
            spin.valueChanged.connect(changed)

        def set_padding(v: Any) -> None:
            (t, b), (left, right) = v or ((0, 0), (0, 0))
            for spin, value in zip(spins, (t, b, left, right)):
                spin.blockSignals(True)
                spin.setValue(int(value))
                spin.blockSignals(False)

        return box, set_padding

    def _pair_editor(self, name: str, allow_auto: bool) -> tuple[QWidget, Callable[[Any], None]]:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        h, w = QSpinBox(), QSpinBox()
        for spin in (h, w):
            spin.setRange(0, 999)
            if allow_auto:
                spin.setSpecialValueText(translate("Settings", "auto"))
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


def _shape_text(value: Any) -> str:
    return ", ".join(str(v) for v in (value or ()))


def _parse_shape(text: str) -> list[int] | None:
    """``"7, 7, 16"`` or ``"7×7×16"`` → ``[7, 7, 16]``; None when it is not whole numbers."""
    parts = [p for p in re.split(r"[\s,×x*\[\]]+", text.strip()) if p]
    if not parts or not all(p.lstrip("-").isdigit() for p in parts):
        return None
    return [int(p) for p in parts]


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
        info = index.data(Qt.ItemDataRole.UserRole)
        if info is not None:  # build the editors now, so the first geometry fits them all
            form.set_layer(info.layer)
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
        if isinstance(editor, SettingsForm) and isinstance(view, QTableView):
            # as many lines as the table's width needs: every value keeps its room
            editor.arrange(view.viewport().width())
        # room for every value: never narrower than the editors need ("uni [⇕] act [▾]")
        width = max(rect.width(), editor.sizeHint().width())
        rect.setWidth(width)
        rect.setHeight(max(rect.height(), editor.sizeHint().height()))
        if isinstance(view, QTableView):  # wider than the cell: slide left to stay visible
            right = view.viewport().width()
            if rect.right() > right:
                rect.moveLeft(max(0, right - width))
            if rect.left() < 0:  # the cell is scrolled partly out of view on the left
                rect.moveLeft(0)
            bottom = view.viewport().height()
            if rect.bottom() > bottom:  # taller than the rows below: slide up to stay visible
                rect.moveTop(max(0, bottom - rect.height()))
        editor.setGeometry(rect)
