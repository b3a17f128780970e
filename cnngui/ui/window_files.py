"""The window's file actions: new, open, save, import, export, recent files, autosave.

Every action asks the Workspace to do the work and shows problems as one sentence in
a dialog; the questions themselves (save first? restore?) are the window's dialogs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cnngui.core.errors import UserError, brief
from cnngui.ui.i18n import core_text, translate

if TYPE_CHECKING:
    from cnngui.ui.main_window import MainWindow

APP_NAME = "cnngui"
MAX_RECENT = 8
AUTOSAVE_INTERVAL_MS = 60_000


class FileActions(QObject):
    """File menu work for one window (``window.files``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.autosaver: Any = None

    # -- files -------------------------------------------------------------------------
    def error(self, title: str, message: str) -> None:
        text = message[:1].upper() + message[1:]
        self.w.statusBar().showMessage(text, 15000)
        QMessageBox.warning(self.w, title, text)

    def update_title(self) -> None:
        if self.w.workspace is None:
            return
        try:
            dirty = " *" if self.has_unsaved_work() else ""
        except RuntimeError:  # the window is being destroyed
            return
        self.w.setWindowTitle(f"{self.w.workspace.name}{dirty} — {APP_NAME}")

    def new_project(self) -> None:
        if not self.maybe_save():
            return
        self.w.workspace.new()
        self.w.undo_stack.clear()  # an empty new network is nothing to save or undo

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            translate("WindowFiles", "Open a project or network"),
            str(self.last_dir()),
            translate(
                "WindowFiles", "cnngui projects (*.cnnproj);;Model specs (*.json);;All files (*)"
            ),
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path, restored: bool = False) -> bool:
        """Open a project or spec file; problems are shown as one sentence."""
        try:
            loaded = self.w.workspace.open(path, restored=restored)
        except UserError as exc:
            self.error(translate("WindowFiles", "Cannot open"), core_text(exc))
            return False
        self.w.undo_stack.clear()
        if not restored:
            self.add_recent(str(path))
        if loaded.warnings:
            self.w.statusBar().showMessage(" ".join(map(core_text, loaded.warnings)), 15000)
        self.update_title()
        return True

    def save(self) -> bool:
        if self.w.workspace.path is None:
            return self.save_as()
        return self.save_to(self.w.workspace.path)

    def _ask_save_path(self, title: str, suffix: str, file_filter: str) -> str:
        """A file name from the save dialog ("" when cancelled), named after the project."""
        default = self.last_dir() / self.w.workspace.default_export_name(suffix)
        path, _ = QFileDialog.getSaveFileName(self.w, title, str(default), file_filter)
        return path

    def save_as(self) -> bool:
        path = self._ask_save_path(
            translate("WindowFiles", "Save the project"),
            ".cnnproj",
            translate("WindowFiles", "cnngui projects (*.cnnproj)"),
        )
        return bool(path) and self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        self.w.workspace.config = self.w.training.config()
        try:
            written = self.w.workspace.save(path)
        except UserError as exc:
            self.error(translate("WindowFiles", "Cannot save"), core_text(exc))
            return False
        self.w.undo_stack.setClean()
        self.add_recent(str(written))
        self.update_title()
        self.w.statusBar().showMessage(f"Saved {written}", 8000)
        return True

    def import_keras_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            translate("WindowFiles", "Import a Keras model"),
            str(self.last_dir()),
            translate("WindowFiles", "Keras models (*.keras *.h5)"),
        )
        if path:
            self.import_keras(path)

    def import_keras(self, path: str | Path) -> bool:
        try:
            warnings = self.w.workspace.import_keras(path)
        except UserError as exc:
            self.error(translate("WindowFiles", "Cannot import"), core_text(exc))
            return False
        note = " ".join(core_text(w) for w in warnings)
        self.w.statusBar().showMessage(
            translate("WindowFiles", "Imported {name}. {note}")
            .format(name=Path(path).name, note=note)
            .strip(),
            15000,
        )
        self.update_title()
        return True

    def export_model_dialog(self) -> None:
        if self.w.workspace.active is None:
            self.error(
                translate("WindowFiles", "Nothing to export"),
                translate("WindowFiles", "there is no trained network yet; train one first."),
            )
            return
        path = self._ask_save_path(
            translate("WindowFiles", "Export the trained model"),
            ".keras",
            translate("WindowFiles", "Keras models (*.keras)"),
        )
        if path:
            self.export_model(path)

    def export_model(self, path: str | Path) -> bool:
        from cnngui.core.atomic import save_model_atomic

        p = Path(path)
        if p.suffix != ".keras":
            p = p.with_name(p.name + ".keras")
        try:
            save_model_atomic(self.w.workspace.active.model, p)
        except OSError as exc:
            self.error(
                translate("WindowFiles", "Cannot export"),
                translate("WindowFiles", "{p} could not be written ({exc}).").format(
                    p=p, exc=brief(exc)
                ),
            )
            return False
        self.w.statusBar().showMessage(
            translate("WindowFiles", "Exported the trained network to {p}").format(p=p), 8000
        )
        return True

    def export_script_dialog(self) -> None:
        path = self._ask_save_path(
            translate("WindowFiles", "Export a Python script"),
            ".py",
            translate("WindowFiles", "Python scripts (*.py)"),
        )
        if path:
            self.export_script(path)

    def export_script(self, path: str | Path) -> bool:
        from cnngui.core.atomic import atomic_write_text
        from cnngui.core.project.codegen import generate_script

        try:
            text = generate_script(self.w.editor.spec, self.w.training.config())
            atomic_write_text(Path(path), text)
        except UserError as exc:
            self.error(translate("WindowFiles", "Cannot export"), core_text(exc))
            return False
        except OSError as exc:
            self.error(
                translate("WindowFiles", "Cannot export"),
                translate("WindowFiles", "{path} could not be written ({exc}).").format(
                    path=path, exc=brief(exc)
                ),
            )
            return False
        self.w.statusBar().showMessage(f"Wrote {path}", 8000)
        return True

    def export_report_dialog(self) -> None:
        path = self._ask_save_path(
            translate("WindowFiles", "Export a report"),
            "-report.html",
            translate("WindowFiles", "Web pages (*.html)"),
        )
        if path:
            self.export_report(path)

    def export_report(self, path: str | Path) -> bool:
        from cnngui.core.project.report import export_report

        state = self.w.workspace.last_evaluation
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
                device=self.w.device,
                title=self.w.workspace.name,
            )
        except UserError as exc:
            self.error(translate("WindowFiles", "Cannot export"), core_text(exc))
            return False
        self.w.statusBar().showMessage(
            translate("WindowFiles", "Wrote {path}").format(path=written), 8000
        )
        return True

    # -- recent files and settings -----------------------------------------------------
    def last_dir(self) -> Path:
        recent = self._recent()
        return Path(recent[0]).parent if recent else Path.home()

    def _recent(self) -> list[str]:
        value = self.w.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        items = [path, *[p for p in self._recent() if p != path]][:MAX_RECENT]
        self.w.settings.setValue("recent", items)
        self.fill_recent()

    def fill_recent(self) -> None:
        self.w.recent_menu.clear()
        items = self._recent()
        for path in items:
            action = self.w.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.w.recent_menu.setEnabled(bool(items))

    # -- unsaved work, autosave and closing ---------------------------------------------
    def has_unsaved_work(self) -> bool:
        """Edits since the last save or open, or training runs not yet in the file."""
        if self.w.workspace is None:
            return False
        return self.w.workspace.has_unsaved_work(edits_saved=self.w.undo_stack.isClean())

    def current_project(self) -> Any:
        self.w.workspace.config = self.w.training.config()
        return self.w.workspace.project()

    def maybe_save(self) -> bool:
        """Ask about unsaved work before it would be replaced; False means: do not go on."""
        if not self.has_unsaved_work():
            return True
        choice = self.w.ask_unsaved()
        if choice == "save":
            return self.save()
        return choice == "discard"

    def start_autosave(self) -> None:
        """Autosave unsaved work every minute; offer what a crashed session left behind."""
        from cnngui.core.project import Autosaver

        self.autosaver = Autosaver()
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        QTimer.singleShot(0, self.offer_recovery)

    # -- the session: the last network and settings, for the next start ---------------
    def restore_session(self) -> bool:
        """The training settings and network of the last session; True when a network was."""
        import contextlib
        import json

        from cnngui.core.model.spec import ModelSpec, SpecError
        from cnngui.core.training import TrainingConfig

        s = self.w.settings
        config = s.value("training/config")
        if isinstance(config, str) and config:
            with contextlib.suppress(UserError, ValueError):
                self.w.training.set_config(TrainingConfig.from_json(json.loads(config)))
        spec = s.value("builder/spec")
        if isinstance(spec, str) and spec:
            with contextlib.suppress(SpecError):
                self.w.editor.replace_spec(ModelSpec.loads(spec))
                return True
        return False

    def save_session(self) -> None:
        import json

        s = self.w.settings
        s.setValue("training/config", json.dumps(self.w.training.config().to_json()))
        s.setValue("builder/spec", self.w.editor.spec.dumps())

    def stop_autosave(self) -> None:
        self._autosave_timer.stop()

    def autosave(self) -> bool:
        """Write unsaved work to the autosave file (never over the user's own file)."""
        if self.autosaver is None or not self.has_unsaved_work():
            return False
        try:
            ws = self.w.workspace
            self.autosaver.save(self.current_project(), ws.saved_model(), ws.path)
        except (UserError, OSError) as exc:
            self.w.statusBar().showMessage(
                translate("WindowFiles", "Autosave failed: {exc}").format(exc=core_text(exc)), 8000
            )
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
        if not self.w.ask_restore(newest.describe()):
            for recovery in found:
                discard(recovery)
            return False
        if not self.open_path(newest.path, restored=True):
            return False
        for recovery in found:
            discard(recovery)
        return True
