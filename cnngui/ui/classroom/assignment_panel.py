"""The assignment side panel: title, instructions, goal, live progress and broken rules.

The rules are :class:`~cnngui.core.classroom.assignment.Assignment`'s; this panel shows
them. The window calls :meth:`AssignmentPanel.update_state` whenever the network, the
training settings or the last result change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.classroom.assignment import Assignment, load_assignment
from cnngui.core.errors import UserError
from cnngui.ui.classroom.forms import core_sentence
from cnngui.ui.i18n import core_text, translate

NO_ASSIGNMENT = QT_TRANSLATE_NOOP(
    "AssignmentPanel", "No assignment open. A teacher's .cnnassign file sets a goal and the rules."
)


class AssignmentPanel(QWidget):
    """Open a ``.cnnassign`` and follow it; ``assignment_opened(assignment | None)``,
    ``hand_in_requested()``. ``spec_provider``/``config_provider`` (set by the window) give
    the current network and settings to "New assignment…".
    """

    assignment_opened = Signal(object)
    hand_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assignment: Assignment | None = None
        self.path = ""  #: the open assignment's file ("" when none or made in memory)
        self.spec_provider: Callable[[], Any] | None = None
        self.config_provider: Callable[[], Any] | None = None
        self.open_button = QPushButton(translate("AssignmentPanel", "Open assignment…"))
        self.open_button.setToolTip(
            translate(
                "AssignmentPanel", "Open a teacher's .cnnassign file: its goal, rules and locks."
            )
        )
        self.open_button.clicked.connect(self._open_clicked)
        self.close_button = QPushButton(translate("AssignmentPanel", "Close"))
        self.close_button.setToolTip(
            translate("AssignmentPanel", "Stop following the assignment; its locks are lifted.")
        )
        self.close_button.clicked.connect(lambda: self.set_assignment(None))
        self.new_button = QPushButton(translate("AssignmentPanel", "New assignment…"))
        self.new_button.setToolTip(
            translate(
                "AssignmentPanel",
                "For teachers: write a .cnnassign from the current network with a goal, budgets "
                "and locked settings.",
            )
        )
        self.new_button.clicked.connect(self.new_assignment)
        self.hand_in_button = QPushButton(translate("AssignmentPanel", "Hand in…"))
        self.hand_in_button.setToolTip(
            translate(
                "AssignmentPanel",
                "Write your trained network, its settings and curves to one .cnnsub file for "
                "your teacher.",
            )
        )
        self.hand_in_button.clicked.connect(self.hand_in_requested)
        self.title = QLabel(translate("AssignmentPanel", NO_ASSIGNMENT))
        self.title.setObjectName("assignment_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.title.setToolTip(translate("AssignmentPanel", "The open assignment."))
        self.instructions = QTextBrowser()
        self.instructions.setObjectName("assignment_instructions")
        self.instructions.setOpenExternalLinks(False)
        self.instructions.setToolTip(translate("AssignmentPanel", "The teacher's instructions."))
        self.goal = QLabel("")
        self.goal.setObjectName("assignment_goal")
        self.goal.setWordWrap(True)
        self.goal.setToolTip(translate("AssignmentPanel", "What counts as done."))
        self.progress = QLabel("")
        self.progress.setObjectName("assignment_progress")
        self.progress.setToolTip(
            translate(
                "AssignmentPanel",
                "Your best accuracy / the goal · parameters / the budget · epochs / the limit.",
            )
        )
        self.progress.setStyleSheet("font-size: 12pt;")
        self.violations = QLabel("")
        self.violations.setObjectName("assignment_violations")
        self.violations.setWordWrap(True)
        self.violations.setToolTip(
            translate("AssignmentPanel", "Rules the current network or settings break.")
        )
        self.message = QLabel("")
        self.message.setObjectName("assignment_message")
        self.message.setWordWrap(True)
        self.message.setToolTip(
            translate("AssignmentPanel", "Why the last file could not be opened or written.")
        )
        buttons = QHBoxLayout()
        for b in (self.open_button, self.close_button, self.new_button, self.hand_in_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.title)
        layout.addWidget(self.goal)
        layout.addWidget(self.progress)
        layout.addWidget(self.violations)
        layout.addWidget(self.instructions, 1)
        layout.addWidget(self.message)
        self._show()

    # ---------------------------------------------------------------- opening
    def open_path(self, path: str) -> Assignment | None:
        """Load and show a .cnnassign; a bad file is one sentence in the message line."""
        try:
            assignment = load_assignment(path)
        except UserError as exc:
            self._say(f"⚠ {core_text(exc)}")
            return None
        self.path = str(path)
        self.set_assignment(assignment)
        return assignment

    def set_assignment(self, assignment: Assignment | None) -> None:
        if assignment is None:
            self.path = ""
        self.assignment = assignment
        self._say("")
        self._show()
        self.assignment_opened.emit(assignment)

    def _show(self) -> None:
        a = self.assignment
        self.close_button.setEnabled(a is not None)
        self.hand_in_button.setEnabled(a is not None)
        if a is None:
            self.title.setText(translate("AssignmentPanel", NO_ASSIGNMENT))
            self.instructions.setMarkdown("")
            for label in (self.goal, self.progress, self.violations):
                label.setText("")
            return
        self.title.setText(a.title)
        self.instructions.setMarkdown(a.instructions)
        rules = [core_text(a.goal.line())]
        if a.max_params is not None:
            rules.append(
                translate("AssignmentPanel", "at most {max_params:,} parameters").format(
                    max_params=a.max_params
                )
            )
        if a.max_macs is not None:
            rules.append(
                translate("AssignmentPanel", "at most {max_macs:,} multiply-adds").format(
                    max_macs=a.max_macs
                )
            )
        if a.max_epochs is not None:
            rules.append(
                translate("AssignmentPanel", "at most {max_epochs} epochs").format(
                    max_epochs=a.max_epochs
                )
            )
        if a.locked:
            rules.append(
                translate("AssignmentPanel", "locked: ")
                + ", ".join(f"{k} = {v!r}" for k, v in a.locked.items())
            )
        self.goal.setText(" · ".join(rules))
        self.progress.setText(core_text(a.progress_text()))
        self.violations.setText("")

    # ---------------------------------------------------------------- live state
    def update_state(
        self, spec: Any, config: Any = None, accuracy: float | None = None, epochs: Any = None
    ) -> list[str]:
        """Progress text and broken rules for the current network/settings/result."""
        a = self.assignment
        if a is None:
            return []
        from cnngui.core.model.shapes import analyze

        params = None
        if spec is not None:
            analysis = analyze(spec)
            params = analysis.total_params if analysis.ok else None
        self.progress.setText(core_text(a.progress_text(accuracy, params, epochs)))
        met = a.goal_met(accuracy)
        self.progress.setStyleSheet("font-size: 12pt;" + (" color: #206020;" if met else ""))
        problems = a.check(spec, config) if spec is not None else []
        if epochs is not None:
            problems += a.check_epochs(int(epochs))
        if problems:
            self.violations.setStyleSheet("color: #a00000;")
            self.violations.setText("\n".join(f"⚠ {core_sentence(p)}" for p in problems))
        else:
            self.violations.setStyleSheet("color: #206020;")
            self.violations.setText(
                translate("AssignmentPanel", "✓ The network keeps every rule of the assignment.")
            )
        return problems

    # ---------------------------------------------------------------- dialogs
    def new_assignment(self) -> None:
        from cnngui.ui.classroom.new_assignment import NewAssignmentDialog

        spec = self.spec_provider() if self.spec_provider is not None else None
        config = self.config_provider() if self.config_provider is not None else None
        dialog = NewAssignmentDialog(spec, config, self)
        if dialog.exec() and dialog.saved is not None:
            self._say(
                translate(
                    "AssignmentPanel", "Wrote {saved_path}; open it to try it as a student."
                ).format(saved_path=dialog.saved_path)
            )

    def _open_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("AssignmentPanel", "Open an assignment"),
            "",
            translate("AssignmentPanel", "Assignments (*.cnnassign);;All files (*)"),
        )
        if path:
            self.open_path(path)

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("color: #a00000;" if text.startswith("⚠") else "")
        self.message.setText(text)
