"""The main window: five dockable panels, menus, settings, and the wiring between them.

Panels never talk to each other directly; this module connects their signals:
builder → training (is the network trainable?), training → drawing (new weights after
each epoch), training → evaluation (test results), evaluation → drawing (a test image).
"""

from __future__ import annotations

import contextlib
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.errors import UserError

if TYPE_CHECKING:  # the rest is imported after the first paint (see finish_setup)
    from PySide6.QtGui import QAction, QCloseEvent

    from cnngui.core.model.editor import BuilderModel
    from cnngui.core.model.spec import ModelSpec
    from cnngui.core.project.workspace import Workspace
    from cnngui.core.training.events import RunOutcome

APP_NAME = "cnngui"
SETTINGS_VERSION = 1
MAX_RECENT = 8
AUTOSAVE_INTERVAL_MS = 60_000
DEFAULT_SIZE = (1360, 740)  # fits a 1366×768 screen with a task bar


def _loading(name: str) -> QLabel:
    """Shown for a fraction of a second while a panel's libraries load after start-up."""
    label = QLabel(f"Opening {name}…")
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
        self._display_model: Any = None  # the worker's model twin, for live weights
        self._run: tuple[Any, ModelSpec] | None = None  # config and spec being trained
        self._poured_over: list[Any] | None = None  # active weights a run poured over
        self._restored_spec = False
        self.ask_before_close = True  # False: close without the unsaved-changes question
        self.autosaver: Any = None
        self.ready = False

        self.undo_stack: Any = None  # QUndoStack, made in finish_setup()
        self.builder_model: BuilderModel | None = None  # made in finish_setup()
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
                ("file", "&File"),
                ("edit", "&Edit"),
                ("view", "&View"),
                ("help", "&Help"),
            )
        }
        self.setDockNestingEnabled(True)
        self.setWindowTitle(APP_NAME)
        self.statusBar().showMessage("Loading TensorFlow in the background… the builder works now.")
        self.resize(*DEFAULT_SIZE)
        self._default_state = self.saveState(SETTINGS_VERSION)
        self._restore_window()
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
        self.builder_model = self.workspace.editor
        self._build_menus()
        self._fill_recent()
        self.runner = TrainingRunner(self)
        self.builder = BuilderWidget(self.builder_model, self.undo_stack)
        self.training = TrainingPanel(self.runner)
        self.training.spec_provider = lambda: self.builder_model.spec
        self.evaluation = EvaluationView()
        self.draw = DrawPanel()
        self.features = FeatureMapView()
        for key in ("draw", "features", "builder", "training", "evaluation"):
            self.docks[key].setWidget(getattr(self, key))
        self.draw.predicted.connect(self.features.show_prediction)
        self.training.ensure_curves()
        self.evaluation.ensure_plot()
        self._wire()
        self._restore_settings()
        self.ready = True
        if self.device:
            self.training.set_device(self.device)
        self._show_active()
        self._update_title()
        self.builder.select_row(0)
        if self._pending_model is not None:
            self.on_default_model(*self._pending_model)
        self._start_autosave()

    # -- layout ------------------------------------------------------------------------
    def _dock(self, key: str, title: str, widget: QWidget, tip: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{key}")
        dock.setWidget(widget)
        dock.setToolTip(tip)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.docks[key] = dock
        return dock

    def _build_docks(self) -> None:
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        draw = self._dock(
            "draw",
            "Draw && predict",
            self.draw,
            "Draw a digit; see what the network predicts and the 28×28 image it really sees.",
        )
        features = self._dock(
            "features",
            "Feature maps",
            self.features,
            "What every layer of the network computes for your drawing.",
        )
        builder = self._dock(
            "builder",
            "Model builder",
            self.builder,
            "The layers of the network with their output shapes and parameter counts.",
        )
        training = self._dock(
            "training",
            "Training",
            self.training,
            "Train the network in the background and watch it learn.",
        )
        evaluation = self._dock(
            "evaluation",
            "Evaluation",
            self.evaluation,
            "How the trained network does on test images it never saw.",
        )
        # three columns at 1366×768: drawing | feature maps | builder, training, evaluation
        self.addDockWidget(left, draw)
        self.splitDockWidget(draw, features, Qt.Orientation.Horizontal)
        self.addDockWidget(right, builder)
        self.tabifyDockWidget(builder, training)
        self.tabifyDockWidget(training, evaluation)
        builder.raise_()
        self.resizeDocks([draw, features, builder], [350, 420, 590], Qt.Orientation.Horizontal)
        placeholder = QWidget()
        placeholder.setMaximumSize(0, 0)
        self.setCentralWidget(placeholder)
        self.centralWidget().hide()

    def _action(
        self, menu: Any, text: str, slot: Any, shortcut: Any = None, tip: str = ""
    ) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        file = self._menus["file"]
        file.setToolTipsVisible(True)
        s = QKeySequence.StandardKey
        self.menu_actions: dict[str, QAction] = {}
        a = self.menu_actions
        a["new"] = self._action(file, "&New", self.new_project, s.New, "Start an empty network.")
        a["open"] = self._action(
            file, "&Open…", self.open_dialog, s.Open, "Open a project (.cnnproj) or a spec (.json)."
        )
        self.recent_menu = file.addMenu("Open &recent")
        a["save"] = self._action(file, "&Save", self.save, s.Save, "Save the project.")
        a["save_as"] = self._action(
            file, "Save &as…", self.save_as, s.SaveAs, "Save the project under a new name."
        )
        file.addSeparator()
        a["import"] = self._action(
            file,
            "&Import Keras model…",
            self.import_keras_dialog,
            None,
            "Open a .keras or .h5 model file as an editable network with its weights.",
        )
        a["export_model"] = self._action(
            file,
            "Export &trained model…",
            self.export_model_dialog,
            None,
            "Save the trained network as a .keras file that Keras and `cnngui predict` read.",
        )
        a["export_script"] = self._action(
            file,
            "Export &Python script…",
            self.export_script_dialog,
            None,
            "Write a readable Keras script that builds and trains this network.",
        )
        a["export_report"] = self._action(
            file,
            "Export r&eport…",
            self.export_report_dialog,
            None,
            "Write an HTML page with the network, its training runs and test results.",
        )
        file.addSeparator()
        a["quit"] = self._action(file, "&Quit", self.close, s.Quit, "Close the window.")

        edit = self._menus["edit"]
        # Undo has a scope: the last stroke while the drawing has the focus, the builder's
        # last edit otherwise; the menu says which (see _update_undo_text)
        undo = self._action(edit, "&Undo", self.undo, s.Undo, "Undo the last stroke or edit.")
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence(s.Redo))
        edit.addAction(redo)
        a["undo"], a["redo"] = undo, redo
        edit.aboutToShow.connect(self._update_undo_text)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_undo_text())
        QApplication.instance().focusChanged.connect(self._focus_changed)

        view = self._menus["view"]
        for key in ("draw", "builder", "training", "features", "evaluation"):
            view.addAction(self.docks[key].toggleViewAction())
        view.addSeparator()
        self._action(view, "Reset &layout", self.reset_layout, None, "Put every panel back.")

        help_menu = self._menus["help"]
        self._action(help_menu, "&Guide", self.show_guide, s.HelpContents, "What each panel shows.")
        self._action(help_menu, "&About cnngui", self.show_about, None, "Versions and device.")

    def _drawing_has_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return (
            focus is not None
            and isinstance(self.draw, QWidget)
            and (focus is self.draw or self.draw.isAncestorOf(focus))
        )

    def undo(self) -> None:
        """Ctrl+Z: a stroke in the drawing when it has the focus, else the builder's edit."""
        if self._drawing_has_focus():
            self.draw.undo_stroke()
        elif self.undo_stack.canUndo():
            self.undo_stack.undo()

    def _focus_changed(self, _old: Any, _new: Any) -> None:
        # a bound slot: Qt disconnects it when the window goes
        self._update_undo_text()

    def _update_undo_text(self) -> None:
        action = getattr(self, "menu_actions", {}).get("undo")
        if action is None or self.undo_stack is None:
            return
        try:
            if self._drawing_has_focus():
                action.setText("&Undo stroke")
                action.setEnabled(True)
            else:
                what = self.undo_stack.undoText()
                action.setText(f"&Undo {what}" if what else "&Undo")
                action.setEnabled(self.undo_stack.canUndo())
        except RuntimeError:  # the window is being destroyed
            return

    def _wire(self) -> None:
        self.builder.blocker_changed.connect(self.training.set_blocker)
        self.builder.preset_loaded.connect(self.apply_preset_recipe)
        self.training.set_blocker(self.builder_model.training_blocker())
        self.builder_model.trained_changed.connect(lambda _stale: self._show_active())
        ws = self.workspace
        ws.connect("active", self._show_active)
        ws.connect("reset", self._show_document)
        ws.connect("evaluation", self._show_evaluation)
        ws.connect("name", self._update_title)
        ws.connect("dirty", self._update_title)
        curves = self.training.ensure_curves()
        curves.run_toggled.connect(lambda number, shown: ws.set_visible(number - 1, shown))
        curves.run_chosen.connect(lambda number: self.use_run(number - 1))
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_title())
        self.training.run_started.connect(self._run_started)
        self.runner.display_model.connect(self._display_model_ready)
        self.runner.running_changed.connect(self._training_running)
        self.runner.weights.connect(self._epoch_weights)
        self.runner.finished.connect(self._run_finished)
        self.runner.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.evaluation.image_chosen.connect(self._test_image_chosen)

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
            f"TensorFlow ready ({seconds:.1f} s) · training device: {device}", 15000
        )
        self.tf_ready.emit(device)

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
            self.builder_model.replace_spec(spec)
        ws.set_bundled(model, spec)
        self._update_title()

    def on_tf_failed(self, message: str) -> None:
        self.statusBar().showMessage(message)

    # -- training wiring ---------------------------------------------------------------
    def _run_started(self, spec: ModelSpec) -> None:
        self._run = (self.training.config(), spec)
        self.docks["training"].raise_()

    def _training_running(self, running: bool) -> None:
        self.draw.training_running = running  # the drawing compiles lighter meanwhile

    def _display_model_ready(self, model: Any) -> None:
        self._display_model = model

    def _epoch_weights(self, epoch: int, weights: list[Any]) -> None:
        """After each epoch: the drawing's prediction and feature maps use the new weights."""
        model = self._display_model
        if model is None or not self.ready or self._run is None:
            return
        label = "your network while it trains (new weights after each epoch)"
        active = self.workspace.active
        if self._draw_model is not model:
            if (
                active is not None
                and self._draw_model is active.model
                and (self.workspace.same_architecture_active(self._run[1]))
            ):
                # the drawing already shows this architecture: pour the new weights into
                # it instead of switching models (no relayout, no recompilation); the
                # active weights are kept to put back if this run does not replace them
                if self._poured_over is None:
                    self._poured_over = active.model.get_weights()
                self._display_model = model = self._draw_model
                self._relabel_draw(label, False)
            else:
                self._set_draw_model(model, label)
        self.draw.set_weights(weights)

    _draw_model: Any = None
    _draw_label: tuple[str, bool] = ("", False)

    def _set_draw_model(self, model: Any, label: str, stale: bool = False) -> None:
        """Show ``model`` in the drawing and feature maps (only relabel when it is the same)."""
        if not self.ready:
            return  # finish_setup() shows it
        if model is self._draw_model:
            self._relabel_draw(label, stale)
            return
        self._draw_model = model
        self._draw_label = (label, stale)
        self.features.set_model(model)
        self.draw.set_model(model, label, stale)

    def _relabel_draw(self, label: str, stale: bool) -> None:
        if (label, stale) != self._draw_label:
            self._draw_label = (label, stale)
            self.draw.set_model(self._draw_model, label, stale)  # same model: relabel only

    def _show_active(self) -> None:
        """The drawing and feature maps show the workspace's active network."""
        if not self.ready or (self.runner is not None and self.runner.running):
            return  # while training, the drawing follows the run
        active = self.workspace.active
        if active is not None:
            self._set_draw_model(active.model, active.origin, self.workspace.active_is_stale)
        self.training.ensure_curves().mark_active(
            None if active is None or active.run is None else active.run + 1
        )

    def _run_finished(self, outcome: RunOutcome) -> None:
        ws = self.workspace
        config, spec = self._run or (self.training.config(), self.builder_model.spec)
        self._run = None
        model = self._display_model
        poured, self._poured_over = self._poured_over, None
        before = ws.active
        ws.record_run(outcome, config, spec, model)
        if poured is not None and ws.active is before and before is not None:
            before.model.set_weights(poured)  # the run did not replace them: put them back
        ran_active = ws.active is not before
        if outcome.evaluation is not None and ran_active:
            # a moment later, so the finish handler stays short and the window keeps painting
            QTimer.singleShot(
                0,
                lambda: ws.set_evaluation(
                    outcome.evaluation, outcome.x_test, outcome.y_test, outcome.class_names
                ),
            )
        self._show_active()
        message = outcome.message
        if not ran_active and outcome.weights is not None and before is not None:
            message += f" The drawing keeps {before.origin}; choose the run to use its weights."
        self.statusBar().showMessage(message[:1].upper() + message[1:], 15000)
        self._update_title()

    def use_run(self, index: int) -> bool:
        """Make run ``index``'s weights the active network (from the run list)."""
        from cnngui.core.model.keras_build import build_model

        run = self.workspace.runs[index]
        try:
            self.workspace.use_run(index, build_model(run.spec or self.builder_model.spec))
        except UserError as exc:
            self._error("Cannot use these weights", str(exc))
            return False
        return True

    def _show_evaluation(self) -> None:
        state = self.workspace.last_evaluation
        if state is None:
            self.evaluation.clear()
        else:
            self.evaluation.show_evaluation(
                state.evaluation, state.x_test, state.y_test, state.class_names
            )

    def _show_document(self) -> None:
        """New or opened: every panel shows the workspace's document from scratch."""
        ws = self.workspace
        self.training.set_config(ws.config)
        curves = self.training.ensure_curves()
        curves.clear_runs()
        for i, run in enumerate(ws.runs):
            shown = curves.add_finished_run(run.label, run.history, run.describe_end())
            for x, loss in run.batch_curve:
                shown.add_batch(x, loss, math.nan)
            if not run.visible:
                curves.set_run_visible(i + 1, False)
        self.training.clear_status()
        self._update_title()

    def _test_image_chosen(self, image: Any, caption: str) -> None:
        if self.ready:
            self.draw.load_image28(image)
        self.docks["draw"].raise_()
        self.statusBar().showMessage(caption, 10000)

    # -- files -------------------------------------------------------------------------
    def _error(self, title: str, message: str) -> None:
        text = message[:1].upper() + message[1:]
        self.statusBar().showMessage(text, 15000)
        QMessageBox.warning(self, title, text)

    def _update_title(self) -> None:
        if self.workspace is None:
            return
        try:
            dirty = " *" if self.has_unsaved_work() else ""
        except RuntimeError:  # the window is being destroyed
            return
        self.setWindowTitle(f"{self.workspace.name}{dirty} — {APP_NAME}")

    def new_project(self) -> None:
        if not self.maybe_save():
            return
        self.workspace.new()
        self.undo_stack.clear()  # an empty new network is nothing to save or undo

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Open a project or network",
            str(self._last_dir()),
            "cnngui projects (*.cnnproj);;Model specs (*.json);;All files (*)",
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path, restored: bool = False) -> bool:
        """Open a project or spec file; problems are shown as one sentence."""
        try:
            loaded = self.workspace.open(path, restored=restored)
        except UserError as exc:
            self._error("Cannot open", str(exc))
            return False
        self.undo_stack.clear()
        if not restored:
            self._add_recent(str(path))
        if loaded.warnings:
            self.statusBar().showMessage(" ".join(loaded.warnings), 15000)
        self._update_title()
        return True

    def save(self) -> bool:
        if self.workspace.path is None:
            return self.save_as()
        return self.save_to(self.workspace.path)

    def _ask_save_path(self, title: str, suffix: str, file_filter: str) -> str:
        """A file name from the save dialog ("" when cancelled), named after the project."""
        default = self._last_dir() / self.workspace.default_export_name(suffix)
        path, _ = QFileDialog.getSaveFileName(self, title, str(default), file_filter)
        return path

    def save_as(self) -> bool:
        path = self._ask_save_path("Save the project", ".cnnproj", "cnngui projects (*.cnnproj)")
        return bool(path) and self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        self.workspace.config = self.training.config()
        try:
            written = self.workspace.save(path)
        except UserError as exc:
            self._error("Cannot save", str(exc))
            return False
        self.undo_stack.setClean()
        self._add_recent(str(written))
        self._update_title()
        self.statusBar().showMessage(f"Saved {written}", 8000)
        return True

    def import_keras_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import a Keras model", str(self._last_dir()), "Keras models (*.keras *.h5)"
        )
        if path:
            self.import_keras(path)

    def import_keras(self, path: str | Path) -> bool:
        try:
            warnings = self.workspace.import_keras(path)
        except UserError as exc:
            self._error("Cannot import", str(exc))
            return False
        note = " ".join(warnings)
        self.statusBar().showMessage(f"Imported {Path(path).name}. {note}".strip(), 15000)
        self._update_title()
        return True

    def export_model_dialog(self) -> None:
        if self.workspace.active is None:
            self._error("Nothing to export", "there is no trained network yet; train one first.")
            return
        path = self._ask_save_path("Export the trained model", ".keras", "Keras models (*.keras)")
        if path:
            self.export_model(path)

    def export_model(self, path: str | Path) -> bool:
        from cnngui.core.atomic import save_model_atomic

        p = Path(path)
        if p.suffix != ".keras":
            p = p.with_name(p.name + ".keras")
        try:
            save_model_atomic(self.workspace.active.model, p)
        except OSError as exc:
            self._error("Cannot export", f"{p} could not be written ({exc.strerror or exc}).")
            return False
        self.statusBar().showMessage(f"Exported the trained network to {p}", 8000)
        return True

    def export_script_dialog(self) -> None:
        path = self._ask_save_path("Export a Python script", ".py", "Python scripts (*.py)")
        if path:
            self.export_script(path)

    def export_script(self, path: str | Path) -> bool:
        from cnngui.core.atomic import atomic_write_text
        from cnngui.core.project.codegen import generate_script

        try:
            text = generate_script(self.builder_model.spec, self.training.config())
            atomic_write_text(Path(path), text)
        except UserError as exc:
            self._error("Cannot export", str(exc))
            return False
        except OSError as exc:
            self._error("Cannot export", f"{path} could not be written ({exc.strerror or exc}).")
            return False
        self.statusBar().showMessage(f"Wrote {path}", 8000)
        return True

    def export_report_dialog(self) -> None:
        path = self._ask_save_path("Export a report", "-report.html", "Web pages (*.html)")
        if path:
            self.export_report(path)

    def export_report(self, path: str | Path) -> bool:
        from cnngui.core.project.report import export_report

        state = self.workspace.last_evaluation
        examples = []
        if state is not None and state.x_test is not None and state.y_test is not None:
            for i in state.evaluation.misclassified[:20]:
                image = state.x_test[i].reshape(state.x_test.shape[1:3])
                examples.append((image, int(state.y_test[i]), int(state.evaluation.predicted[i])))
        try:
            written = export_report(
                path,
                self.current_project(),
                evaluation=None if state is None else state.evaluation,
                class_names=None if state is None else state.class_names,
                examples=examples,
                device=self.device,
                title=self.workspace.name,
            )
        except UserError as exc:
            self._error("Cannot export", str(exc))
            return False
        self.statusBar().showMessage(f"Wrote {written}", 8000)
        return True

    # -- recent files and settings -----------------------------------------------------
    def _last_dir(self) -> Path:
        recent = self._recent()
        return Path(recent[0]).parent if recent else Path.home()

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        items = [path, *[p for p in self._recent() if p != path]][:MAX_RECENT]
        self.settings.setValue("recent", items)
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = self._recent()
        for path in items:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(items))

    def _restore_window(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state, SETTINGS_VERSION)

    def _restore_settings(self) -> None:
        from cnngui.core.model.spec import ModelSpec, SpecError
        from cnngui.core.training import TrainingConfig

        s = self.settings
        config = s.value("training/config")
        if isinstance(config, str) and config:
            with contextlib.suppress(UserError, ValueError):
                self.training.set_config(TrainingConfig.from_json(json.loads(config)))
        spec = s.value("builder/spec")
        if isinstance(spec, str) and spec:
            with contextlib.suppress(SpecError):
                self.builder_model.replace_spec(ModelSpec.loads(spec))
                self._restored_spec = True

    def save_settings(self) -> None:
        s = self.settings
        if not self.ready:
            return
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(SETTINGS_VERSION))
        s.setValue("training/config", json.dumps(self.training.config().to_json()))
        s.setValue("builder/spec", self.builder_model.spec.dumps())
        s.sync()

    def reset_layout(self) -> None:
        self.restoreState(self._default_state, SETTINGS_VERSION)
        for dock in self.docks.values():
            dock.show()

    # -- help --------------------------------------------------------------------------
    def show_guide(self) -> QDialog:
        from cnngui.ui.help_text import GUIDE

        dialog = QDialog(self)
        dialog.setWindowTitle("cnngui guide")
        layout = QVBoxLayout(dialog)
        text = QTextBrowser()
        text.setHtml(GUIDE)
        layout.addWidget(text)
        dialog.resize(620, 640)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        from cnngui.ui.help_text import versions

        QMessageBox.about(self, "About cnngui", versions(self.device))

    # -- unsaved work, autosave and closing ---------------------------------------------
    def has_unsaved_work(self) -> bool:
        """Edits since the last save or open, or training runs not yet in the file."""
        if self.workspace is None:
            return False
        return self.workspace.has_unsaved_work(edits_saved=self.undo_stack.isClean())

    def current_project(self) -> Any:
        self.workspace.config = self.training.config()
        return self.workspace.project()

    def ask_unsaved(self) -> str:
        """ "save", "discard" or "cancel" — a dialog (tests replace this method)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"{self.workspace.name} has changes that are not saved. Save them first?",
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
            "Restore unsaved work?",
            f"cnngui did not close normally last time. Restore {description}?",
            buttons.Yes | buttons.No,
            buttons.Yes,
        )
        return answer == buttons.Yes

    def maybe_save(self) -> bool:
        """Ask about unsaved work before it would be replaced; False means: do not go on."""
        if not self.has_unsaved_work():
            return True
        choice = self.ask_unsaved()
        if choice == "save":
            return self.save()
        return choice == "discard"

    def _start_autosave(self) -> None:
        """Autosave unsaved work every minute; offer what a crashed session left behind."""
        from cnngui.core.project import Autosaver

        self.autosaver = Autosaver()
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        QTimer.singleShot(0, self.offer_recovery)

    def autosave(self) -> bool:
        """Write unsaved work to the autosave file (never over the user's own file)."""
        if self.autosaver is None or not self.has_unsaved_work():
            return False
        try:
            ws = self.workspace
            self.autosaver.save(self.current_project(), ws.saved_model(), ws.path)
        except (UserError, OSError) as exc:
            self.statusBar().showMessage(f"Autosave failed: {exc}", 8000)
            return False
        return True

    def offer_recovery(self) -> bool:
        """Offer the newest autosave of a session that crashed; True when one was restored."""
        from cnngui.core.project import discard, list_recoveries

        try:
            found = list_recoveries()
        except OSError:
            return False
        if not found:
            return False
        newest = found[0]
        if not self.ask_restore(newest.describe()):
            for recovery in found:
                discard(recovery)
            return False
        if not self.open_path(newest.path, restored=True):
            return False
        for recovery in found:
            discard(recovery)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved work, stop a run (within 2 s), remember the settings, close."""
        if self.ask_before_close and self.ready and not self.maybe_save():
            event.ignore()
            return
        if self.runner is not None and self.runner.running:
            self.statusBar().showMessage("Stopping training…")
            if not self.runner.shutdown(2.0):
                self.statusBar().showMessage("Training is still stopping…")
        if self.autosaver is not None:
            if self.ask_before_close or not self.has_unsaved_work():
                self.autosaver.discard()  # saved or deliberately discarded
            else:
                self.autosave()  # closed without asking: keep the work for next time
            self._autosave_timer.stop()
        self.save_settings()
        super().closeEvent(event)

    def apply_preset_recipe(self, name: str) -> None:
        from cnngui.core.model.presets import PRESETS

        self.training.apply_recipe(PRESETS[name].recipe)
