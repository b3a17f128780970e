"""The classroom side of the window: class drawings, an assignment to follow, hand-ins and
the leaderboard, as docks beside the others and actions in the File menu.

The panels (cnngui.ui.classroom) hold no document state: the drawings live in their
store, the assignment in its file, the network in the Workspace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from cnngui.core.errors import UserError
from cnngui.ui.i18n import core_text, translate

if TYPE_CHECKING:
    from cnngui.ui.main_window import MainWindow


class ClassroomSide(QObject):
    """Builds and wires the gallery, assignment and leaderboard docks (``window.classroom``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.gallery: Any = None
        self.assignment: Any = None
        self.leaderboard: Any = None

    def build(self) -> None:
        """Make the panels and their docks (tabbed with the builder; see WindowLayout)."""
        from cnngui.ui.classroom.assignment_panel import AssignmentPanel
        from cnngui.ui.classroom.gallery import GalleryView
        from cnngui.ui.classroom.leaderboard_panel import LeaderboardPanel

        w = self.w
        store = w.draw.store
        w.training.set_drawings_store(store)
        w.evaluation.set_drawings_store(store)
        self.gallery = GalleryView(store)
        self.assignment = AssignmentPanel()
        self.assignment.spec_provider = lambda: w.editor.spec
        self.assignment.config_provider = w.training.config
        self.leaderboard = LeaderboardPanel()
        for key, title, widget, tip in (
            (
                "gallery",
                translate("WindowClassroom", "Class drawings"),
                self.gallery,
                translate(
                    "WindowClassroom",
                    "The class's own drawings, collected with Collect on the drawing panel.",
                ),
            ),
            (
                "assignment",
                translate("WindowClassroom", "Assignment"),
                self.assignment,
                translate(
                    "WindowClassroom",
                    "The teacher's assignment: the goal, the rules, your progress and Hand in.",
                ),
            ),
            (
                "leaderboard",
                translate("WindowClassroom", "Leaderboard"),
                self.leaderboard,
                translate(
                    "WindowClassroom",
                    "For teachers: score every hand-in of a folder on drawings nobody trained on.",
                ),
            ),
        ):
            dock = w.make_dock(key, title, widget, tip)
            w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            w.tabifyDockWidget(w.docks["evaluation"], dock)
        w.docks["builder"].raise_()
        self._wire()

    def _wire(self) -> None:
        w = self.w
        w.draw.drawing_kept.connect(lambda _d: self.gallery.refresh())
        self.gallery.drawing_chosen.connect(self._show_drawing)
        self.assignment.assignment_opened.connect(self._assignment_opened)
        self.assignment.hand_in_requested.connect(self.hand_in)
        self.leaderboard.network_chosen.connect(self._network_chosen)
        w.editor.changed.connect(lambda _e: self.update_progress())
        w.runner.finished.connect(lambda _o: self.update_progress())

    def menu_actions(self, menu: Any, add: Any) -> None:
        """File-menu entries: open or write an assignment, hand in."""
        menu.addSeparator()
        add(
            menu,
            translate("WindowClassroom", "Open &assignment…"),
            self.open_assignment,
            None,
            translate(
                "WindowClassroom",
                "Open a teacher's .cnnassign: its goal, rules and locked settings.",
            ),
        )
        add(
            menu,
            translate("WindowClassroom", "New assignment…"),
            lambda: self.assignment.new_assignment(),
            None,
            translate(
                "WindowClassroom",
                "For teachers: write a .cnnassign from the current network with a goal and limits.",
            ),
        )
        add(
            menu,
            translate("WindowClassroom", "&Hand in…"),
            self.hand_in,
            None,
            translate(
                "WindowClassroom",
                "Write your trained network, settings and curves to one .cnnsub file.",
            ),
        )

    # -- actions ----------------------------------------------------------------------
    def open_assignment(self) -> None:
        self.w.docks["assignment"].raise_()
        self.assignment._open_clicked()

    def _assignment_opened(self, assignment: Any) -> None:
        w = self.w
        w.training.apply_assignment(assignment)
        self.leaderboard.set_assignment(assignment, self.assignment.path)
        if assignment is not None and assignment.start is not None:
            w.editor.replace_spec(assignment.start)
        self.update_progress()

    def update_progress(self) -> None:
        """The assignment's live progress: accuracy, budgets, epochs, broken rules."""
        if self.assignment is None or self.assignment.assignment is None:
            return
        w = self.w
        runs = w.workspace.runs
        accuracy = next(
            (r.test_accuracy for r in reversed(runs) if r.test_accuracy is not None), None
        )
        epochs = len(runs[-1].history) if runs else 0
        self.assignment.update_state(w.editor.spec, w.training.config(), accuracy, epochs)

    def hand_in(self) -> None:
        """The Hand in dialog for the active network and its run."""
        from cnngui.ui.classroom.handin import HandInDialog

        w = self.w
        assignment = self.assignment.assignment if self.assignment is not None else None
        active = w.workspace.active
        if assignment is None:
            w.files.error(
                translate("WindowClassroom", "Nothing to hand in for"),
                translate("WindowClassroom", "open the teacher's assignment first."),
            )
            return
        if active is None or active.run is None:
            w.files.error(
                translate("WindowClassroom", "Nothing to hand in"),
                translate(
                    "WindowClassroom", "train a network first (hand-ins are trained networks)."
                ),
            )
            return
        run = w.workspace.runs[active.run]
        dialog = HandInDialog(
            assignment,
            active.spec,
            model=active.model,
            config=run.config,
            history=run.history,
            parent=w,
        )
        dialog.exec()

    def _show_drawing(self, image28: Any) -> None:
        self.w.draw.load_image28(image28)
        self.w.docks["draw"].raise_()

    def _network_chosen(self, model: Any, spec: Any, label: str) -> None:
        try:
            self.w.workspace.use_network(model, spec, label)
        except UserError as exc:
            self.w.files.error(
                translate("WindowClassroom", "Cannot use this network"), core_text(exc)
            )

    def shutdown(self) -> None:
        if self.leaderboard is not None:
            self.leaderboard.shutdown()
