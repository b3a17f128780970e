"""The main window: the docks, the menus and the dialogs, nothing of the document.

What the student works on lives in the Qt-free Workspace (core.project.workspace); the
window builds the panels, listens to the Workspace's events and asks it to act. The
work is split by role: ``files`` (window_files: new, open, save, import, export,
autosave), ``network`` (window_network: the drawing follows the active network, runs
finish, evaluation), ``menus`` (window_menus, with Undo's scope), ``layout_``
(window_layout: arrangements for the screen, presentation mode, zoom), ``look``
(window_lookinside) and ``classroom`` (window_classroom). Panels never talk to each
other directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cnngui.ui.i18n import core_text, translate
from cnngui.ui.panel_scroll import PanelScrollArea
from cnngui.ui.window_classroom import ClassroomSide
from cnngui.ui.window_files import FileActions
from cnngui.ui.window_layout import WindowLayout
from cnngui.ui.window_lookinside import LookInsideSide
from cnngui.ui.window_menus import WindowMenus
from cnngui.ui.window_network import NetworkView

if TYPE_CHECKING:  # the rest is imported after the first paint (see finish_setup)
    from PySide6.QtGui import QCloseEvent

    from cnngui.core.model.editor import SpecEditor
    from cnngui.core.model.spec import ModelSpec
    from cnngui.core.project.workspace import Workspace

APP_NAME = "cnngui"


def _loading(name: str) -> QLabel:
    """Shown for a fraction of a second while a panel's libraries load after start-up."""
    label = QLabel(translate("MainWindow", "Opening {name}…").format(name=name))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class MainWindow(QMainWindow):
    """The application window. ``settings`` defaults to the user's QSettings."""

    tf_ready = Signal(str)
    #: emitted once, after the first paint and once the panels are built: start slow
    #: work (TensorFlow) then, so it does not compete with building the panels
    first_painted = Signal()

    def __init__(
        self,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        progressive: bool = False,
    ) -> None:
        """Build the window; with ``progressive`` the panels are built after the first paint.

        The window then appears as fast as a bare Qt window (menus, docks, a status line),
        and the panels, which need NumPy and pyqtgraph, fill in a moment later.
        """
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.device: str | None = None
        self.workspace: Workspace | None = None  # the document; made in finish_setup()
        self._restored_spec = False
        self.ask_before_close = True  # False: close without the unsaved-changes question
        self.ready = False

        self.undo_stack: Any = None  # QUndoStack, made in finish_setup()
        self.files = FileActions(self)
        self.network = NetworkView(self)
        self.menus = WindowMenus(self)
        self.look = LookInsideSide(self)
        self.classroom = ClassroomSide(self)
        self.menu_actions: dict[str, Any] = {}  # filled by menus.build()
        self.recent_menu: Any = None
        self.editor: SpecEditor | None = None  # made in finish_setup()
        self._pending_model: tuple[Any, Any] | None = None
        self.runner: Any = None
        names = ("draw", "features", "builder", "training", "evaluation")
        self.draw, self.features, self.builder, self.training, self.evaluation = (
            _loading(n) for n in names
        )
        self.docks: dict[str, QDockWidget] = {}
        self._build_docks()
        bar = self.menuBar()  # filled in finish_setup(); here only so the layout never jumps
        self._menus = {
            key: bar.addMenu(text)
            for key, text in (
                ("file", translate("MainWindow", "&File")),
                ("edit", translate("MainWindow", "&Edit")),
                ("view", translate("MainWindow", "&View")),
                ("help", translate("MainWindow", "&Help")),
            )
        }
        self.setDockNestingEnabled(True)
        self.setWindowTitle(APP_NAME)
        self.statusBar().showMessage(
            translate("MainWindow", "Loading TensorFlow in the background… the builder works now.")
        )
        self.layout_ = WindowLayout(self)
        if not self.layout_.restore_geometry():
            self.layout_.place_first()
            self.layout_.arrange()
        if not progressive:
            self.finish_setup()

    def finish_setup(self) -> None:
        """Build the panels (they import NumPy, pyqtgraph) and connect them; runs once."""
        if self.ready:
            return
        from PySide6.QtGui import QUndoStack

        from cnngui.core.model.presets import DEFAULT_PRESET, get_preset
        from cnngui.core.project.workspace import Workspace
        from cnngui.ui.builder import BuilderWidget
        from cnngui.ui.draw_panel import DrawPanel
        from cnngui.ui.evaluation import EvaluationView
        from cnngui.ui.feature_maps import FeatureMapView
        from cnngui.ui.training_panel import TrainingPanel
        from cnngui.ui.workers import TrainingRunner

        self.undo_stack = QUndoStack(self)
        self.workspace = Workspace(get_preset(DEFAULT_PRESET))
        self.editor = self.workspace.editor
        self.menus.build()
        self.files.fill_recent()
        self.runner = TrainingRunner(self)
        self.builder = BuilderWidget(self.editor, self.undo_stack)
        self.training = TrainingPanel(self.runner)
        self.training.spec_provider = lambda: self.editor.spec
        self.evaluation = EvaluationView()
        self.draw = DrawPanel()
        self.features = FeatureMapView()
        for key in ("draw", "features", "builder", "training", "evaluation"):
            self.set_panel(key, getattr(self, key))
        self.draw.predicted.connect(self.features.show_prediction)
        self.training.ensure_curves()
        self.evaluation.ensure_plot()
        self.look.build()
        self.classroom.build()
        self.menus.add_panel_toggles(("look", "gallery", "assignment", "leaderboard"))
        self._wire()
        self.layout_.place_late_docks()
        self._restored_spec = self.files.restore_session()
        self.ready = True
        if self.device:
            self.training.set_device(self.device)
        self.network.show_active()
        self.files.update_title()
        self.builder.select_row(0)
        if self._pending_model is not None:
            self.on_default_model(*self._pending_model)
        self.layout_.restore()
        self.files.start_autosave()

    # -- layout ------------------------------------------------------------------------
    def make_dock(self, key: str, title: str, widget: QWidget, tip: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{key}")
        dock.setToolTip(tip)
        self.docks[key] = dock
        self.set_panel(key, widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.docks[key] = dock
        return dock

    def set_panel(self, key: str, widget: QWidget) -> None:
        """Put a panel in its dock, inside a scroll area: on a small screen the panel keeps
        its own minimum size and scrolls instead of squeezing into its neighbours."""
        self.docks[key].setWidget(PanelScrollArea(widget))

    def panel(self, key: str) -> QWidget:
        """The panel shown in dock ``key`` (inside its scroll area)."""
        return self.docks[key].widget().widget()

    def _build_docks(self) -> None:
        self.make_dock(
            "draw",
            translate("MainWindow", "Draw && predict"),
            self.draw,
            translate(
                "MainWindow",
                "Draw a digit; see what the network predicts and the 28×28 image it really sees.",
            ),
        )
        self.make_dock(
            "features",
            translate("MainWindow", "Feature maps"),
            self.features,
            translate("MainWindow", "What every layer of the network computes for your drawing."),
        )
        self.make_dock(
            "builder",
            translate("MainWindow", "Model builder"),
            self.builder,
            translate(
                "MainWindow",
                "The layers of the network with their output shapes and parameter counts.",
            ),
        )
        self.make_dock(
            "training",
            translate("MainWindow", "Training"),
            self.training,
            translate("MainWindow", "Train the network in the background and watch it learn."),
        )
        self.make_dock(
            "evaluation",
            translate("MainWindow", "Evaluation"),
            self.evaluation,
            translate("MainWindow", "How the trained network does on test images it never saw."),
        )
        placeholder = QWidget()
        placeholder.setMaximumSize(0, 0)
        self.setCentralWidget(placeholder)
        self.centralWidget().hide()

    def _wire(self) -> None:
        self.builder.blocker_changed.connect(self.training.set_blocker)
        self.builder.preset_loaded.connect(self.apply_preset_recipe)
        self.training.set_blocker(self.editor.training_blocker())
        self.editor.trained_changed.connect(lambda _stale: self.network.show_active())
        ws = self.workspace
        ws.connect("active", self.network.show_active)
        ws.connect("reset", self.network.show_document)
        ws.connect("evaluation", self.network.show_evaluation)
        ws.connect("name", self.files.update_title)
        ws.connect("dirty", self.files.update_title)
        curves = self.training.ensure_curves()
        curves.run_toggled.connect(lambda number, shown: ws.set_visible(number - 1, shown))
        curves.run_chosen.connect(lambda number: self.network.use_run(number - 1))
        self.undo_stack.cleanChanged.connect(lambda _clean: self.files.update_title())
        self.training.run_started.connect(self.network.run_started)
        self.runner.display_model.connect(self.network.display_model_ready)
        self.runner.running_changed.connect(self.network.training_running)
        self.runner.weights.connect(self.network.epoch_weights)
        self.runner.finished.connect(self.network.run_finished)
        self.runner.failed.connect(self.network.run_failed)
        self.runner.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.evaluation.image_chosen.connect(self.network.test_image_chosen)
        self.evaluation.evaluate_requested.connect(self.network.evaluate_active)
        self.evaluation.cancel_requested.connect(self.network.cancel_evaluation)

    _painted = False

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.finish_setup()
        self.first_painted.emit()

    # -- TensorFlow readiness ----------------------------------------------------------
    def on_tf_ready(self, device: str, seconds: float) -> None:
        self.device = device
        if self.ready:
            self.training.set_device(device)
        self.statusBar().showMessage(
            translate(
                "MainWindow", "TensorFlow ready ({seconds:.1f} s) · training device: {device}"
            ).format(seconds=seconds, device=core_text(device)),
            15000,
        )
        self.tf_ready.emit(core_text(device))

    def on_default_model(self, model: Any, spec: ModelSpec | None) -> None:
        """The bundled trained model has loaded: predict with it until the user trains."""
        if not self.ready:
            self._pending_model = (model, spec)
            return
        self._pending_model = None
        ws = self.workspace
        pristine = (
            self.undo_stack.count() == 0
            and ws.path is None
            and not self._restored_spec
            and ws.active is None
        )
        if spec is not None and pristine:
            self.editor.replace_spec(spec)
        ws.set_bundled(model, spec)
        self.files.update_title()

    def on_tf_failed(self, message: str) -> None:
        self.statusBar().showMessage(message)

    def save_settings(self) -> None:
        """Remember the window's layout and the last network and training settings."""
        if not self.ready:
            return
        self.layout_.save_geometry()
        self.files.save_session()
        self.settings.sync()

    def reset_layout(self) -> None:
        """Every panel back where the arrangement for this window's width puts it."""
        self.layout_.arrange()

    # -- help --------------------------------------------------------------------------
    def show_guide(self) -> QDialog:
        from cnngui.ui.help_text import guide_html

        dialog = QDialog(self)
        dialog.setWindowTitle(translate("MainWindow", "cnngui guide"))
        layout = QVBoxLayout(dialog)
        text = QTextBrowser()
        text.setHtml(guide_html())
        layout.addWidget(text)
        dialog.resize(620, 640)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        from cnngui.ui.help_text import versions

        QMessageBox.about(
            self,
            translate("MainWindow", "About cnngui"),
            versions(None if self.device is None else core_text(self.device)),
        )

    def ask_unsaved(self) -> str:
        """ "save", "discard" or "cancel" — a dialog (tests replace this method)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Unsaved changes"),
            translate(
                "MainWindow", "{name} has changes that are not saved. Save them first?"
            ).format(name=self.workspace.name),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return "save"
        return "discard" if answer == buttons.Discard else "cancel"

    def ask_restore(self, description: str) -> bool:
        """Whether to restore work left by a session that did not close (tests replace it)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Restore unsaved work?"),
            translate(
                "MainWindow", "cnngui did not close normally last time. Restore {description}?"
            ).format(description=core_text(description)),
            buttons.Yes | buttons.No,
            buttons.Yes,
        )
        return answer == buttons.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved work, stop a run (within 2 s), remember the settings, close."""
        if self.ask_before_close and self.ready and not self.files.maybe_save():
            event.ignore()
            return
        if self.runner is not None and self.runner.running:
            self.statusBar().showMessage(translate("MainWindow", "Stopping training…"))
            if not self.runner.shutdown(2.0):
                self.statusBar().showMessage(translate("MainWindow", "Training is still stopping…"))
        self.network.shutdown()
        self.look.shutdown()
        self.classroom.shutdown()
        if self.files.autosaver is not None:
            if self.ask_before_close or not self.files.has_unsaved_work():
                self.files.autosaver.discard()  # saved or deliberately discarded
            else:
                self.files.autosave()  # closed without asking: keep the work for next time
            self.files.stop_autosave()
        self.save_settings()
        super().closeEvent(event)

    def apply_preset_recipe(self, name: str) -> None:
        from cnngui.core.model.presets import PRESETS

        self.training.apply_recipe(PRESETS[name].recipe)
