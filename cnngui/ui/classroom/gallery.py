"""The class's drawings by digit: thumbnails, counts, view, delete (undoable), relabel,
and ``.npz`` export / import-merge. The store (core) does all the work; this only shows it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.classroom.drawings import DrawingStore
from cnngui.core.errors import UserError
from cnngui.ui.classroom.forms import core_sentence
from cnngui.ui.evaluation import thumbnail
from cnngui.ui.i18n import core_text, translate

ALL = -1


class GalleryView(QWidget):
    """Browse and tidy the collection; ``drawing_chosen(image28)`` (float, ink = 1) on click."""

    drawing_chosen = Signal(object)

    def __init__(self, store: DrawingStore | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store: DrawingStore | None = None
        self._undo: list[tuple[str, Any]] = []  # ("delete", drawings) | ("relabel", old)
        self.digit = QComboBox()
        self.digit.setObjectName("gallery_digit")
        self.digit.setToolTip(
            translate("Gallery", "Show the drawings of one digit, or all of them.")
        )
        self.digit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.counts = QLabel("")
        self.counts.setObjectName("gallery_counts")
        self.counts.setToolTip(
            translate("Gallery", "How many drawings of each digit the collection holds.")
        )
        self.counts.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("gallery_list")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(56, 56))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setToolTip(
            translate(
                "Gallery",
                "The kept drawings as the network sees them (28×28). Click one to look at it; "
                "Delete removes the selected ones; right-click to relabel.",
            )
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemClicked.connect(self._clicked)
        self.list.installEventFilter(self)
        self.preview = QLabel("")
        self.preview.setObjectName("gallery_preview")
        self.preview.setFixedSize(112, 112)
        self.preview.setToolTip(translate("Gallery", "The chosen drawing, enlarged."))
        self.delete_button = QPushButton(translate("Gallery", "Delete"))
        self.delete_button.setToolTip(
            translate("Gallery", "Remove the selected drawings (Undo brings them back).")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(translate("Gallery", "Undo"))
        self.undo_button.setToolTip(translate("Gallery", "Undo the last delete or relabel."))
        self.undo_button.clicked.connect(self.undo)
        self.relabel = QComboBox()
        self.relabel.setObjectName("gallery_relabel")
        self.relabel.addItem(translate("Gallery", "Relabel as…"), None)
        for d in range(10):
            self.relabel.addItem(str(d), d)
        self.relabel.setToolTip(
            translate("Gallery", "Give the selected drawings another label (a mislabelled digit).")
        )
        self.relabel.activated.connect(self._relabel_chosen)
        self.export_button = QPushButton(translate("Gallery", "Export .npz…"))
        self.export_button.setToolTip(
            translate(
                "Gallery",
                "Save the collection as an MNIST-layout .npz (x_train, y_train, x_test, y_test "
                "and the strokes) to share or merge on another machine.",
            )
        )
        self.export_button.clicked.connect(self._export_clicked)
        self.import_button = QPushButton(translate("Gallery", "Import/merge .npz…"))
        self.import_button.setToolTip(
            translate(
                "Gallery",
                "Add the drawings of one or more .npz files (e.g. from other machines); "
                "duplicates are skipped and each bad file is explained in one sentence.",
            )
        )
        self.import_button.clicked.connect(self._import_clicked)
        self.message = QLabel("")
        self.message.setObjectName("gallery_message")
        self.message.setWordWrap(True)
        self.message.setToolTip(translate("Gallery", "What the last export, import or change did."))
        top = QHBoxLayout()
        top.addWidget(self.digit)
        top.addWidget(self.counts, 1)
        buttons = QHBoxLayout()
        for w in (self.delete_button, self.undo_button, self.relabel):
            buttons.addWidget(w)
        buttons.addStretch(1)
        for w in (self.export_button, self.import_button):
            buttons.addWidget(w)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        if store is not None:
            self.set_store(store)
        self._update_buttons()

    # ------------------------------------------------------------------ showing
    def set_store(self, store: DrawingStore) -> None:
        self.store = store
        self._undo.clear()
        self.refresh()

    def refresh(self) -> None:
        """Counts, the digit chooser's headings and the thumbnails of the chosen digit."""
        if self.store is None:
            return
        counts = self.store.counts()
        chosen = self.digit.currentData()
        self.digit.blockSignals(True)
        self.digit.clear()
        self.digit.addItem(
            translate("Gallery", "All digits ({n_counts:,})").format(n_counts=sum(counts)), ALL
        )
        for d, n in enumerate(counts):
            self.digit.addItem(f"{d} ({n:,})", d)
        self.digit.setCurrentIndex(max(0, self.digit.findData(ALL if chosen is None else chosen)))
        self.digit.blockSignals(False)
        self.counts.setText("  ".join(f"{d}: {n}" for d, n in enumerate(counts)))
        label = self.digit.currentData()
        drawings = list(self.store) if label == ALL else self.store.by_label(label)
        self.list.clear()
        for d in drawings:
            item = QListWidgetItem(QIcon(thumbnail(d.image / 255.0)), str(d.label))
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setToolTip(
                translate("Gallery", "a {label}, kept {v1}").format(
                    label=d.label, v1=d.time or "from a file"
                )
            )
            self.list.addItem(item)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]

    def _clicked(self, item: QListWidgetItem) -> None:
        self.choose(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, drawing_id: str) -> None:
        """Show a drawing enlarged and send its 28×28 input on."""
        if self.store is None:
            return
        image = self.store.get(drawing_id).image.astype(np.float32) / 255.0
        self.preview.setPixmap(thumbnail(image, 112))
        self.drawing_chosen.emit(image)

    # ------------------------------------------------------------------ changing
    def delete_selected(self) -> int:
        if self.store is None or not self.selected_ids():
            return 0
        gone = self._guard(lambda: self.store.delete(self.selected_ids()))
        if gone:
            self._undo.append(("delete", gone))
            self._say(
                translate("Gallery", "Deleted {n_gone} drawing(s); Undo brings them back.").format(
                    n_gone=len(gone)
                )
            )
        self.refresh()
        return len(gone or [])

    def relabel_selected(self, label: int) -> None:
        if self.store is None:
            return
        for drawing_id in self.selected_ids():
            old = self._guard(lambda i=drawing_id: self.store.relabel(i, label))
            if old is not None and old.label != label:
                self._undo.append(("relabel", old))
        self.refresh()

    def undo(self) -> None:
        if self.store is None or not self._undo:
            return
        kind, what = self._undo.pop()
        if kind == "delete":
            self._guard(lambda: self.store.restore(what))
            self._say(
                translate("Gallery", "Brought back {n_what} drawing(s).").format(n_what=len(what))
            )
        else:
            self._guard(lambda: self.store.relabel(what.id, what.label))
            self._say(
                translate("Gallery", "The drawing is a {label} again.").format(label=what.label)
            )
        self.refresh()

    def export_to(self, path: str) -> None:
        if self.store is None:
            return
        counts = self._guard(lambda: self.store.export_npz(path))
        if counts is not None:
            self._say(
                translate(
                    "Gallery",
                    "Exported {counts:,} training and {counts2:,} test drawings to {path}.",
                ).format(counts=counts[0], counts2=counts[1], path=path)
            )

    def import_files(self, paths: list[str]) -> Any:
        """Merge files; the message lists the summary and one sentence per problem file."""
        if self.store is None or not paths:
            return None
        report = self._guard(lambda: self.store.import_npz(paths))
        if report is not None:
            lines = [core_text(report.summary()), *map(core_text, report.problems)]
            self._say("\n".join(lines), error=bool(report.problems))
        self.refresh()
        return report

    # ------------------------------------------------------------------ internals
    def _guard(self, action: Any) -> Any:
        try:
            return action()
        except UserError as exc:
            self._say(core_sentence(exc), error=True)
            return None

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #a00000;" if error else "")
        self.message.setText(text)

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(bool(self._undo))
        has = self.store is not None and len(self.store) > 0
        for w in (self.delete_button, self.relabel, self.export_button):
            w.setEnabled(has)

    def _relabel_chosen(self, index: int) -> None:
        label = self.relabel.itemData(index)
        self.relabel.setCurrentIndex(0)
        if label is not None:
            self.relabel_selected(int(label))

    def _context_menu(self, pos: QPoint) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        for d in range(10):
            menu.addAction(
                translate("Gallery", "Relabel as {d}").format(d=d),
                lambda d=d: self.relabel_selected(d),
            )
        menu.addSeparator()
        menu.addAction(translate("Gallery", "Delete"), self.delete_selected)
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent):
            if event.type() == QKeyEvent.Type.KeyPress and (
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            ):
                self.delete_selected()
                return True
            if event.type() == QKeyEvent.Type.KeyPress and event.matches(
                QKeySequence.StandardKey.Undo
            ):
                self.undo()
                return True
        return super().eventFilter(watched, event)

    def _export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Gallery", "Export the drawings"),
            translate("Gallery", "class-drawings.npz"),
            translate("Gallery", "NumPy archives (*.npz)"),
        )
        if path:
            self.export_to(path)

    def _import_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            translate("Gallery", "Import drawings"),
            "",
            translate("Gallery", "NumPy archives (*.npz)"),
        )
        self.import_files(paths)
