"""The Leaderboard panel: score a folder of hand-ins on a held-out set in the background,
watch the table fill in, click a row to load that network into the drawing views.

Scoring is :func:`~cnngui.core.classroom.leaderboard.score_folder` on a worker thread; the
worker only emits signals, and Stop goes through a ``threading.Event`` it polls.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QThread, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.classroom.assignment import Assignment, load_assignment
from cnngui.core.errors import UserError, brief
from cnngui.ui.classroom.forms import core_sentence
from cnngui.ui.i18n import core_text, translate

COLUMNS = (
    QT_TRANSLATE_NOOP("LeaderboardPanel", "Name"),
    QT_TRANSLATE_NOOP("LeaderboardPanel", "Valid"),
    QT_TRANSLATE_NOOP("LeaderboardPanel", "Accuracy"),
    QT_TRANSLATE_NOOP("LeaderboardPanel", "Parameters"),
    QT_TRANSLATE_NOOP("LeaderboardPanel", "MACs"),
    QT_TRANSLATE_NOOP("LeaderboardPanel", "Epochs"),
    QT_TRANSLATE_NOOP("LeaderboardPanel", "Reason"),
)


class _Scorer(QObject):
    row = Signal(object)
    finished = Signal(object)  # sorted rows
    failed = Signal(str)

    def __init__(self, folder: str, assignment: Assignment, held_out: str) -> None:
        super().__init__()
        self.folder, self.assignment, self.held_out = folder, assignment, held_out
        self.stop = threading.Event()

    @Slot()
    def run(self) -> None:
        from cnngui.core.classroom.leaderboard import score_folder

        try:
            rows = score_folder(
                self.folder, self.assignment, self.held_out, self.row.emit, self.stop.is_set
            )
        except UserError as exc:
            self.failed.emit(core_sentence(exc))  # translated here: the signal carries text
        except Exception as exc:  # never let an exception escape a thread silently
            self.failed.emit(
                translate("LeaderboardPanel", "scoring failed: {exc}").format(exc=brief(exc, 300))
            )
        else:
            self.finished.emit(rows)
        finally:
            QThread.currentThread().quit()


def _cell(value: Any) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else str(value))
    item.setToolTip(item.text())
    return item


class LeaderboardPanel(QWidget):
    """Folder + assignment + held-out file → a table; ``network_chosen(model, spec, label)``."""

    network_chosen = Signal(object, object, str)
    scoring_finished = Signal(object)  #: the sorted rows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assignment: Assignment | None = None
        self.rows: list[Any] = []
        self._thread: QThread | None = None
        self._worker: _Scorer | None = None
        grid = QGridLayout()
        self.folder = self._path_row(
            grid,
            0,
            translate("LeaderboardPanel", "Hand-ins folder"),
            translate("LeaderboardPanel", "The folder of .cnnsub files."),
        )
        self.assignment_path = self._path_row(
            grid,
            1,
            translate("LeaderboardPanel", "Assignment"),
            translate("LeaderboardPanel", "The .cnnassign the hand-ins were made for."),
        )
        self.held_out = self._path_row(
            grid,
            2,
            translate("LeaderboardPanel", "Held-out set"),
            translate(
                "LeaderboardPanel",
                "A .npz of digits the students never saw (e.g. exported class drawings "
                "kept aside).",
            ),
        )
        self.score_button = QPushButton(translate("LeaderboardPanel", "Score"))
        self.score_button.setToolTip(
            translate("LeaderboardPanel", "Score every hand-in in the folder, in the background.")
        )
        self.score_button.clicked.connect(self.start)
        self.stop_button = QPushButton(translate("LeaderboardPanel", "Stop"))
        self.stop_button.setToolTip(
            translate(
                "LeaderboardPanel", "Stop after the hand-in being scored; the rows so far stay."
            )
        )
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        grid.addWidget(self.score_button, 3, 1)
        grid.addWidget(self.stop_button, 3, 2)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("leaderboard")
        self.table.setHorizontalHeaderLabels([translate("LeaderboardPanel", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for c in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.setToolTip(
            translate(
                "LeaderboardPanel",
                "One row per hand-in, best first once scoring ends. Click a row to load that "
                "network into the drawing and feature-map panels.",
            )
        )
        self.table.cellClicked.connect(lambda r, _c: self.choose(r))
        self.message = QLabel("")
        self.message.setObjectName("leaderboard_message")
        self.message.setWordWrap(True)
        self.message.setToolTip(
            translate("LeaderboardPanel", "How scoring went, or why it could not start.")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def _path_row(self, grid: QGridLayout, r: int, text: str, tip: str) -> QLineEdit:
        label = QLabel(text)
        label.setToolTip(tip)
        edit = QLineEdit()
        edit.setToolTip(tip)
        browse = QPushButton(translate("LeaderboardPanel", "Browse…"))
        browse.setToolTip(
            translate("LeaderboardPanel", "Choose the {lower}.").format(lower=text.lower())
        )
        browse.clicked.connect(lambda: self._browse(r, edit))
        grid.addWidget(label, r, 0)
        grid.addWidget(edit, r, 1)
        grid.addWidget(browse, r, 2)
        return edit

    def _browse(self, r: int, edit: QLineEdit) -> None:
        if r == 0:
            path = QFileDialog.getExistingDirectory(
                self, translate("LeaderboardPanel", "Hand-ins folder"), edit.text()
            )
        else:
            kind = (
                translate("LeaderboardPanel", "Assignments (*.cnnassign)")
                if r == 1
                else translate("LeaderboardPanel", "NumPy archives (*.npz)")
            )
            path, _ = QFileDialog.getOpenFileName(
                self, translate("LeaderboardPanel", "Choose a file"), edit.text(), kind
            )
        if path:
            edit.setText(path)

    def set_assignment(self, assignment: Assignment | None, path: str = "") -> None:
        """Use an assignment already open in the window (its path is shown when given)."""
        self.assignment = assignment
        if path:
            self.assignment_path.setText(path)

    # ---------------------------------------------------------------- scoring
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self) -> bool:
        if self.is_running():
            return False
        try:
            assignment = self.assignment
            if self.assignment_path.text().strip():
                assignment = load_assignment(self.assignment_path.text().strip())
            if assignment is None:
                raise UserError(
                    translate(
                        "LeaderboardPanel", "choose the assignment the hand-ins were made for."
                    )
                )
            for edit, what in (
                (self.folder, translate("LeaderboardPanel", "choose the folder of hand-ins.")),
                (self.held_out, translate("LeaderboardPanel", "choose the held-out .npz file.")),
            ):
                if not edit.text().strip():
                    raise UserError(what)
        except UserError as exc:
            self._say(f"⚠ {core_text(exc)}")
            return False
        self.assignment = assignment
        self.rows = []
        self.table.setRowCount(0)
        self._say(translate("LeaderboardPanel", "Scoring…"))
        worker = _Scorer(self.folder.text().strip(), assignment, self.held_out.text().strip())
        if self._thread is not None:
            self._thread.wait()  # the last run's thread has quit; let it go
        thread = QThread()
        thread.setObjectName("cnngui-leaderboard")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.row.connect(self._add_row)
        worker.finished.connect(self._finished)
        worker.failed.connect(lambda m: self._say(f"⚠ {m}"))
        thread.finished.connect(self._thread_done)
        self._thread, self._worker = thread, worker
        thread.start()
        self._update_buttons()
        return True

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.stop.set()
            self._say(translate("LeaderboardPanel", "Stopping after this hand-in…"))

    def shutdown(self) -> None:
        """Stop and wait (the window closing)."""
        self.stop()
        if self._thread is not None:
            self._thread.wait()

    def _add_row(self, row: Any) -> None:
        self.rows.append(row)
        self._fill_row(self.table.rowCount(), row)
        self._say(
            translate("LeaderboardPanel", "Scored {n_rows} hand-in(s)…").format(
                n_rows=len(self.rows)
            )
        )

    def _fill_row(self, r: int, row: Any) -> None:
        if r >= self.table.rowCount():
            self.table.setRowCount(r + 1)
        accuracy = None if row.accuracy is None else f"{row.accuracy * 100:.1f} %"
        values = (
            row.name or row.file,
            translate("LeaderboardPanel", "yes")
            if row.valid
            else translate("LeaderboardPanel", "no"),
            accuracy,
            None if row.params is None else f"{row.params:,}",
            None if row.macs is None else f"{row.macs:,}",
            row.epochs,
            None if row.reason is None else core_text(row.reason),
        )
        for c, value in enumerate(values):
            item = _cell(value)
            if not row.valid:
                item.setForeground(QColor(160, 0, 0))
            self.table.setItem(r, c, item)
        self.table.resizeRowToContents(r)

    def _finished(self, rows: list[Any]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(0)
        for r, row in enumerate(self.rows):
            self._fill_row(r, row)
        valid = sum(1 for row in self.rows if row.valid)
        stopped = self._worker is not None and self._worker.stop.is_set()
        self._say(
            translate(
                "LeaderboardPanel", "{n_rows} hand-in(s): {valid} valid, {v2} refused"
            ).format(n_rows=len(self.rows), valid=valid, v2=len(self.rows) - valid)
            + (translate("LeaderboardPanel", " (stopped early).") if stopped else ".")
        )
        self.scoring_finished.emit(self.rows)

    def _thread_done(self) -> None:
        self._update_buttons()  # the thread object stays referenced until the next start

    def _update_buttons(self) -> None:
        running = self.is_running()
        self.score_button.setEnabled(not running)
        self.stop_button.setEnabled(running)

    # ---------------------------------------------------------------- choosing
    def choose(self, r: int) -> bool:
        """Build row ``r``'s network (allow-listed layers only) and emit network_chosen."""
        if not 0 <= r < len(self.rows):
            return False
        row = self.rows[r]
        from cnngui.core.classroom.submission import read_submission

        try:
            sub = read_submission(row.path)
            model = sub.build_model()
        except UserError as exc:
            self._say(f"⚠ {core_text(exc)}")
            return False
        self.network_chosen.emit(
            model,
            sub.spec,
            translate("LeaderboardPanel", "{student}'s network").format(student=sub.student),
        )
        return True

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("color: #a00000;" if text.startswith("⚠") else "")
        self.message.setText(text)
