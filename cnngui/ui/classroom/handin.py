"""File → Hand in: the student's name and where to write the ``.cnnsub`` (core writes it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cnngui.core.classroom.submission import write_submission
from cnngui.core.errors import UserError
from cnngui.ui.classroom.forms import dialog_buttons, path_row
from cnngui.ui.i18n import core_text, translate


class HandInDialog(QDialog):
    """``hand_in()`` writes the submission of ``spec`` with ``weights`` (or ``model``)."""

    def __init__(
        self,
        assignment: Any,
        spec: Any,
        *,
        weights: Any = None,
        model: Any = None,
        config: Any = None,
        history: Any = (),
        epochs: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Handin", "Hand in: {title}").format(title=assignment.title))
        self.assignment, self.spec = assignment, spec
        self.kwargs = dict(weights=weights, model=model, config=config, history=history)
        self.epochs = epochs
        self.written = None
        self.name = QLineEdit()
        self.name.setToolTip(
            translate("Handin", "Your name, as the teacher's leaderboard will show it.")
        )
        self.name.textChanged.connect(self._suggest_path)
        self.path = QLineEdit()
        self.path.setToolTip(
            translate("Handin", "Where to write the .cnnsub file (e.g. the class's shared folder).")
        )
        browse = QPushButton(translate("Handin", "Browse…"))
        browse.setToolTip(translate("Handin", "Choose where to write the hand-in."))
        browse.clicked.connect(self._browse)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000;")
        self.message.setToolTip(translate("Handin", "Why the hand-in could not be written."))
        row = path_row(self.path, browse)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{assignment.title}</b>"))
        form.addRow(translate("Handin", "Your name"), self.name)
        form.addRow(translate("Handin", "Save as"), row)
        form.addRow(self.message)
        buttons = dialog_buttons(
            QDialogButtonBox.StandardButton.Ok,
            translate("Handin", "Write the hand-in file"),
            translate("Handin", "Close"),
            self._ok,
            self.reject,
        )
        form.addRow(buttons)

    def hand_in(self) -> Any:
        """Write the file; a problem is one sentence in the dialog."""
        try:
            path = self.path.text().strip()
            if not path:
                raise UserError(translate("Handin", "choose where to write the hand-in."))
            self.written = write_submission(
                path,
                student=self.name.text(),
                assignment=self.assignment,
                spec=self.spec,
                epochs=self.epochs,
                **self.kwargs,
            )
        except UserError as exc:
            self.message.setText(f"⚠ {core_text(exc)}")
            return None
        return self.written

    def _suggest_path(self, name: str) -> None:
        if not self.path.isModified():
            safe = "".join(c if c.isalnum() else "-" for c in name.strip()) or "hand-in"
            self.path.setText(str(Path.home() / f"{safe}-{self.assignment.id}.cnnsub"))

    def _ok(self) -> None:
        if self.hand_in() is not None:
            self.accept()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Handin", "Hand in"),
            self.path.text(),
            translate("Handin", "Hand-ins (*.cnnsub)"),
        )
        if path:
            self.path.setText(path)
            self.path.setModified(True)
