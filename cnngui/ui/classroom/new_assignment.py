"""File → New assignment: a teacher's form that writes a ``.cnnassign`` from the current
network and chosen limits (the file itself is made and checked by core's ``Assignment``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cnngui.core.classroom.assignment import Assignment
from cnngui.core.errors import UserError
from cnngui.ui.classroom.forms import dialog_buttons, path_row
from cnngui.ui.i18n import core_text, translate

DATASETS = ("mnist", "mnist+drawings", "drawings")


def _budget(tip: str, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, high)
    box.setSpecialValueText(translate("NewAssignment", "no limit"))
    box.setGroupSeparatorShown(True)
    box.setToolTip(tip)
    return box


class NewAssignmentDialog(QDialog):
    """Title, instructions, budgets, locks, goal and where to save; ``save()`` writes it."""

    def __init__(self, spec: Any = None, config: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("NewAssignment", "New assignment"))
        self.spec, self.config = spec, config
        self.saved: Assignment | None = None
        self.saved_path = ""
        self.title = QLineEdit()
        self.title.setToolTip(
            translate("NewAssignment", "What the students see at the top of the assignment panel.")
        )
        self.instructions = QPlainTextEdit()
        self.instructions.setToolTip(
            translate(
                "NewAssignment", "Instructions in plain text or Markdown (# headings, **bold**)."
            )
        )
        self.start = QCheckBox(
            translate("NewAssignment", "Students start from the current network")
        )
        self.start.setChecked(spec is not None)
        self.start.setEnabled(spec is not None)
        self.start.setToolTip(
            translate(
                "NewAssignment", "Include the network now in the builder as the starting point."
            )
        )
        self.require = QCheckBox(translate("NewAssignment", "…and must keep exactly this network"))
        self.require.setEnabled(spec is not None)
        self.require.setToolTip(
            translate(
                "NewAssignment",
                "A reproduction lesson: only the training may change, not the architecture.",
            )
        )
        self.max_params = _budget(
            translate("NewAssignment", "Most parameters a network may have (0 = no limit)."), 10**9
        )
        self.max_macs = _budget(
            translate("NewAssignment", "Most multiply-adds per image (0 = no limit)."), 2 * 10**9
        )
        self.max_epochs = _budget(
            translate("NewAssignment", "Most epochs a run may train (0 = no limit)."), 1000
        )
        self.lock_optimizer = QCheckBox(
            translate("NewAssignment", "Lock optimizer and batch size to the current ones")
        )
        self.lock_optimizer.setEnabled(config is not None)
        self.lock_optimizer.setToolTip(
            translate("NewAssignment", "Everyone trains the same way, so networks compare fairly.")
        )
        self.dataset = QComboBox()
        self.dataset.addItems(DATASETS)
        self.dataset.setToolTip(
            translate(
                "NewAssignment",
                "What students train on; “drawings” means the class's own collection.",
            )
        )
        self.lock_dataset = QCheckBox(translate("NewAssignment", "Lock it"))
        self.lock_dataset.setToolTip(
            translate("NewAssignment", "Students cannot choose another dataset.")
        )
        self.goal = QDoubleSpinBox()
        self.goal.setRange(0.0, 100.0)
        self.goal.setDecimals(1)
        self.goal.setValue(98.0)
        self.goal.setSuffix(" %")
        self.goal.setToolTip(
            translate("NewAssignment", "The accuracy to reach on the goal's dataset.")
        )
        self.goal_dataset = QLineEdit(translate("NewAssignment", "held-out class drawings"))
        self.goal_dataset.setToolTip(
            translate("NewAssignment", "Where the goal is measured (shown to students).")
        )
        self.path = QLineEdit()
        self.path.setToolTip(translate("NewAssignment", "Where to save the .cnnassign file."))
        browse = QPushButton(translate("NewAssignment", "Browse…"))
        browse.setToolTip(translate("NewAssignment", "Choose where to save the assignment."))
        browse.clicked.connect(self._browse)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000;")
        self.message.setToolTip(
            translate("NewAssignment", "Why the assignment cannot be saved yet.")
        )
        dataset_row = QHBoxLayout()
        dataset_row.addWidget(self.dataset, 1)
        dataset_row.addWidget(self.lock_dataset)
        file_row = path_row(self.path, browse)
        form = QFormLayout(self)
        form.addRow(translate("NewAssignment", "Title"), self.title)
        form.addRow(translate("NewAssignment", "Instructions"), self.instructions)
        form.addRow("", self.start)
        form.addRow("", self.require)
        form.addRow(translate("NewAssignment", "Parameter budget"), self.max_params)
        form.addRow(translate("NewAssignment", "Multiply-add budget"), self.max_macs)
        form.addRow(translate("NewAssignment", "Epoch limit"), self.max_epochs)
        form.addRow("", self.lock_optimizer)
        form.addRow(translate("NewAssignment", "Dataset"), dataset_row)
        form.addRow(translate("NewAssignment", "Goal: accuracy ≥"), self.goal)
        form.addRow(translate("NewAssignment", "measured on"), self.goal_dataset)
        form.addRow(translate("NewAssignment", "Save as"), file_row)
        form.addRow(self.message)
        buttons = dialog_buttons(
            QDialogButtonBox.StandardButton.Save,
            translate("NewAssignment", "Write the assignment file"),
            translate("NewAssignment", "Close"),
            self._save_clicked,
            self.reject,
        )
        form.addRow(buttons)

    def assignment_json(self) -> dict[str, Any]:
        """The file's JSON from the form (core checks it when saving)."""
        locked: dict[str, Any] = {}
        if self.lock_optimizer.isChecked() and self.config is not None:
            locked.update(optimizer=self.config.optimizer, batch_size=self.config.batch_size)
        if self.lock_dataset.isChecked():
            locked["dataset"] = self.dataset.currentText()
        spec_json = self.spec.to_json() if self.spec is not None else None
        return {
            "format": "cnngui-assignment",
            "version": 1,
            "title": self.title.text().strip(),
            "instructions": self.instructions.toPlainText(),
            "start": spec_json if self.start.isChecked() else None,
            "require_network": spec_json if self.require.isChecked() else None,
            "max_params": self.max_params.value() or None,
            "max_macs": self.max_macs.value() or None,
            "max_epochs": self.max_epochs.value() or None,
            "locked": locked,
            "dataset": self.dataset.currentText(),
            "goal": {
                "metric": "accuracy",
                "value": round(self.goal.value() / 100.0, 4),
                "dataset": self.goal_dataset.text().strip()
                or translate("NewAssignment", "held-out set"),
            },
        }

    def save(self) -> Assignment | None:
        """Write the file; a problem is one sentence in the dialog (nothing written)."""
        path = self.path.text().strip()
        try:
            if not path:
                raise UserError(translate("NewAssignment", "choose where to save the assignment."))
            if not path.endswith(".cnnassign"):
                path += ".cnnassign"
            self.saved = Assignment.from_json(self.assignment_json()).save(path)
        except UserError as exc:
            self.message.setText(f"⚠ {core_text(exc)}")
            return None
        self.saved_path = path
        return self.saved

    def _save_clicked(self) -> None:
        if self.save() is not None:
            self.accept()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("NewAssignment", "Save the assignment"),
            "assignment.cnnassign",
            translate("NewAssignment", "Assignments (*.cnnassign)"),
        )
        if path:
            self.path.setText(path)
