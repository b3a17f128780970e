"""The layer table: a Qt model over the core SpecEditor, one row per layer, with the
shapes, counts and arithmetic from ``core.model.shapes``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QWidget,
)

from cnngui.core.model.editor import ChangeEvent, SpecEditor
from cnngui.core.model.shapes import fmt_int, fmt_shape
from cnngui.core.model.spec import (
    LAYER_DESCRIPTIONS,
    NEW_LAYER_ARGS,
    PRIMARY_ARGS,
    LayerSpec,
    ModelSpec,
)
from cnngui.core.phrases import Phrase, phrase_of
from cnngui.ui.i18n import core_text, translate

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("Table", "Layer"),
    QT_TRANSLATE_NOOP("Table", "Settings"),
    QT_TRANSLATE_NOOP("Table", "Output shape"),
    QT_TRANSLATE_NOOP("Table", "Parameters"),
    QT_TRANSLATE_NOOP("Table", "MACs"),
)
COL_INDEX, COL_TYPE, COL_SETTINGS, COL_SHAPE, COL_PARAMS, COL_MACS = range(6)
COLUMN_TIPS = (
    QT_TRANSLATE_NOOP(
        "Table", "Position of the layer; the image flows from the top row to the bottom row."
    ),
    QT_TRANSLATE_NOOP("Table", "The kind of layer (Keras's own class name)."),
    QT_TRANSLATE_NOOP(
        "Table", "The layer's settings. Double-click to change them here, or use the panel below."
    ),
    QT_TRANSLATE_NOOP(
        "Table",
        "Shape of the numbers this layer passes on: height × width × channels, or a flat length.",
    ),
    QT_TRANSLATE_NOOP(
        "Table", "How many numbers this layer learns while training (weights and biases)."
    ),
    QT_TRANSLATE_NOOP(
        "Table",
        "Multiply-accumulate operations for one image: a measure of how much work the layer does.",
    ),
)
ERROR_BG = QColor(255, 225, 225)
WARNING_BG = QColor(255, 243, 205)
ROW_MIME = "application/x-cnngui-layer-row"


def new_layer(layer_type: str) -> LayerSpec:
    return LayerSpec.create(layer_type, **NEW_LAYER_ARGS.get(layer_type, {}))


def short_error(message: Any) -> str:
    """The error, in the window's language, without its ``layer N Type:`` prefix (the row
    already says which layer)."""
    shown = core_text(message)
    made = phrase_of(message)
    if isinstance(made, Phrase) and made.template:
        for value in made.values.values():
            if isinstance(value, Phrase) and value.template == "layer {index} {type}":
                head = core_text(value) + ": "
                if shown.startswith(head):
                    return shown[len(head) :]
    head, sep, rest = shown.partition(": ")
    return rest if sep and head.startswith("layer ") else shown


# -- the table model ----------------------------------------------------------------------
class LayerTableModel(QAbstractTableModel):
    """Rows are layers, columns are COLUMNS; every value comes from the SpecEditor."""

    def __init__(self, model: SpecEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = model
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
        elif len(spec.layers) != len(self.editor):
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
        return 0 if parent.isValid() else len(self.editor)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("Table", COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("Table", COLUMN_TIPS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, col = index.row(), index.column()
        if not index.isValid() or row >= len(self.editor):
            return None
        info = self.editor.analysis.layers[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_INDEX:
                return str(row)
            if col == COL_TYPE:
                return ("✖ " if info.error else "⚠ " if info.warning else "") + info.type
            if col == COL_SETTINGS:
                return core_text(info.layer.describe()) or translate("Table", "(no settings)")
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
                return translate("Table", "This layer cannot work: {error}").format(
                    error=core_text(info.error)
                )
            if info.warning and col in (COL_INDEX, COL_TYPE):
                return core_text(info.warning)
            if col == COL_SETTINGS:
                return translate("Table", "Double-click to change this layer's settings.")
            if col == COL_TYPE:
                return core_text(LAYER_DESCRIPTIONS.get(info.type, ""))
            if col == COL_SHAPE and info.shape_math:
                return core_text(info.shape_math)
            if col == COL_PARAMS and info.params_math:
                return core_text(info.params_math)
            return translate("Table", COLUMN_TIPS[col])
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
            self.editor.layers[index.row()].type
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
            row = parent.row() if parent.isValid() else len(self.editor)
        dst = row - 1 if row > src else row
        dst = max(0, min(dst, len(self.editor) - 1))
        if 0 <= src != dst:
            mover = self.move_requested
            QTimer.singleShot(0, lambda: mover(src, dst))
        return False  # we move the row ourselves; the view must not remove anything
