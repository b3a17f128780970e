"""The Training panel: every TrainingConfig setting, Start/Pause/Stop, progress and live curves.

The panel only collects settings and shows what the :class:`TrainingRunner` reports;
the run itself happens in ``core.training`` on a worker thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.errors import UserError, for_window
from cnngui.core.model.spec import ModelSpec
from cnngui.core.project.runs import default_label, end_text
from cnngui.core.training import TrainingConfig
from cnngui.core.training.events import RunOutcome
from cnngui.ui.i18n import core_text, translate
from cnngui.ui.training_texts import (
    epoch_line,
    finished_line,
    format_duration,
    progress_line,
    reason_text,
    window_message,
)
from cnngui.ui.workers import TrainingRunner

PROGRESS_INTERVAL_MS = 200  # the progress text changes 5 times a second at most
__all__ = ["TrainingPanel", "format_duration"]


class TrainingPanel(QWidget):
    """Settings, controls, progress and curves; class drawings and assignment locks."""

    run_started = Signal(object)  # ModelSpec being trained

    def __init__(self, runner: TrainingRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        #: settings with no widget (a preset's Adam betas): kept from set_config as they are
        self._hidden: dict[str, Any] = {"beta_1": None, "beta_2": None}
        self.spec_provider: Callable[[], ModelSpec] | None = None
        self.data_override: Any = None  # a Dataset to use instead of loading (tests, benches)
        self._blocker: str | None = translate("TrainingPanel", "the network is not ready yet.")
        self._start_info: Any = None
        self._last_batch: Any = None
        self.curves: Any = None  # TrainingCurves, created after the window is shown

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._make_settings())
        layout.addLayout(self._make_controls())
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setFormat(translate("TrainingPanel", "not started"))
        self.progress.setToolTip(translate("TrainingPanel", "How far the whole run is."))
        layout.addWidget(self.progress)
        self.progress_text = QLabel("")
        self.progress_text.setObjectName("progress_text")
        self.progress_text.setToolTip(
            translate(
                "TrainingPanel",
                "Epoch = one pass over all training images; batch = one small group of images; "
                "samples/s = images processed per second.",
            )
        )
        layout.addWidget(self.progress_text)
        self.message = QLabel("")
        self.message.setObjectName("training_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._curves_box = QVBoxLayout()
        layout.addLayout(self._curves_box, 1)

        runner.status.connect(self._on_status)
        runner.started.connect(self._on_started)
        runner.batch.connect(self._on_batch)
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        runner.epoch.connect(self._on_epoch)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        runner.running_changed.connect(lambda _running: self._update_buttons())
        self._update_buttons()
        QTimer.singleShot(0, self.ensure_curves)

    # construction ------------------------------------------------------------------------
    def ensure_curves(self) -> Any:
        """Create the plots (imports pyqtgraph) once the window is already on screen."""
        if self.curves is None:
            from cnngui.ui.curves import TrainingCurves

            self.curves = TrainingCurves()
            self._curves_box.addWidget(self.curves)
        return self.curves

    def _make_settings(self) -> QGroupBox:
        from cnngui.ui.training_settings import build_settings

        return build_settings(self)

    def _make_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.start_button = QPushButton(translate("TrainingPanel", "▶ Start training"))
        self.start_button.setObjectName("start")
        self.pause_button = QPushButton(translate("TrainingPanel", "Pause"))
        self.pause_button.setObjectName("pause")
        self.pause_button.setToolTip(
            translate("TrainingPanel", "Pause training; Resume carries on where it stopped.")
        )
        self.stop_button = QPushButton(translate("TrainingPanel", "Stop"))
        self.stop_button.setObjectName("stop")
        self.stop_button.setToolTip(
            translate(
                "TrainingPanel",
                "Stop after the current batch; the network keeps what it has learnt so far.",
            )
        )
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        for b in (self.start_button, self.pause_button, self.stop_button):
            row.addWidget(b)
        self.blocker_label = QLabel("")
        self.blocker_label.setObjectName("blocker")
        self.blocker_label.setWordWrap(True)
        self.blocker_label.setStyleSheet("color: #a00000;")
        row.addWidget(self.blocker_label, 1)
        return row

    # settings ----------------------------------------------------------------------------
    def _dataset_chosen(self, index: int) -> None:
        if self.dataset.itemData(index) != "":
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("TrainingPanel", "Choose a dataset"),
            "",
            translate("TrainingPanel", "NumPy archives (*.npz)"),
        )
        if path:
            self.dataset.insertItem(index, path, path)
            self.dataset.setCurrentIndex(index)
        else:
            self.dataset.setCurrentIndex(0)

    def set_drawings_store(self, store: Any) -> None:
        """The class's DrawingStore behind the "class drawings" dataset choices."""
        self.classroom.set_store(store)

    def apply_assignment(self, assignment: Any) -> None:
        """Apply and grey out an assignment's locked settings (None: unlock)."""
        self.classroom.apply_assignment(assignment)

    def config(self, resolve: bool = True) -> TrainingConfig:
        """The settings (``resolve``: "class drawings" → the drawings file's path)."""
        dataset = self.dataset.currentData() or "mnist"
        if resolve:
            with contextlib.suppress(UserError):
                dataset = self.classroom.resolve(dataset)
        return TrainingConfig(
            epochs=self.epochs.value(),
            batch_size=self.batch_size.value(),
            optimizer=self.optimizer.currentText(),
            learning_rate=float(self.learning_rate.value()),
            schedule=self.schedule.currentText(),
            validation_split=round(float(self.validation_split.value()), 4),
            early_stopping_patience=self.patience.value()
            if self.early_stopping.isChecked()
            else None,
            restore_best_weights=self.restore_best.isChecked(),
            augmentation=self.augmentation.isChecked(),
            seed=self.seed.value() or None,
            limit=self.limit.value() or None,
            dataset=dataset,
            mixed_precision=self.mixed_precision.isChecked(),
            **self._hidden,
        )

    def set_config(self, config: TrainingConfig) -> None:
        self._hidden = {name: getattr(config, name) for name in self._hidden}
        self.epochs.setValue(config.epochs)
        self.batch_size.setValue(config.batch_size)
        self.optimizer.setCurrentText(config.optimizer)
        self.learning_rate.setValue(config.learning_rate)
        self.schedule.setCurrentText(config.schedule)
        self.validation_split.setValue(config.validation_split)
        self.early_stopping.setChecked(config.early_stopping_patience is not None)
        if config.early_stopping_patience is not None:
            self.patience.setValue(config.early_stopping_patience)
        self.restore_best.setChecked(config.restore_best_weights)
        self.augmentation.setChecked(config.augmentation)
        self.seed.setValue(config.seed or 0)
        self.limit.setValue(config.limit or 0)
        self.mixed_precision.setChecked(config.mixed_precision)
        index = self.dataset.findData(self.classroom.key_for(config.dataset))
        if index < 0:
            self.dataset.insertItem(self.dataset.count() - 1, config.dataset, config.dataset)
            index = self.dataset.findData(self.classroom.key_for(config.dataset))
        self.dataset.setCurrentIndex(index)

    def apply_recipe(self, recipe: dict[str, Any]) -> None:
        """Take a preset's recommended settings (optimizer, learning rate, …)."""
        current = self.config().to_json()
        current.update(dict.fromkeys(self._hidden))  # not shown, so never left from another
        current.update(recipe)
        with contextlib.suppress(UserError):
            self.set_config(TrainingConfig.from_json(current))

    def set_device(self, text: str) -> None:
        self.device.setText(
            translate("TrainingPanel", "Device: {text}").format(text=core_text(text))
        )

    # state -------------------------------------------------------------------------------
    def set_blocker(self, reason: str | None) -> None:
        """Why training is impossible now (None: it is possible)."""
        self._blocker = reason
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.runner.running
        self.start_button.setEnabled(not running and self._blocker is None)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.pause_button.setText(
            translate("TrainingPanel", "Resume")
            if running and self.runner.paused
            else translate("TrainingPanel", "Pause")
        )
        self.classroom.update_locks(running)
        if self._blocker and not running:
            self.blocker_label.setText(
                translate("TrainingPanel", "Cannot train: {blocker}").format(
                    blocker=core_text(self._blocker)
                )
            )
            self.start_button.setToolTip(
                translate("TrainingPanel", "Training is off because {blocker}").format(
                    blocker=core_text(self._blocker)
                )
            )
        else:
            self.blocker_label.setText("")
            self.start_button.setToolTip(
                translate(
                    "TrainingPanel",
                    "Train the network in the Model builder on the chosen images, in the "
                    "background; the window stays usable.",
                )
            )

    def clear_status(self) -> None:
        """Forget the last run's progress and message (a new or opened project)."""
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.progress_text.setText("")
        self.message.setText("")
        self.message.setStyleSheet("")

    # actions -----------------------------------------------------------------------------
    def start(self) -> bool:
        if self.runner.running or self._blocker is not None or self.spec_provider is None:
            return False
        config = self.config()
        spec = self.spec_provider()
        try:  # the assignment's rules, then the (oversampled) class drawings
            data = self.classroom.prepare(spec, config, self.data_override)
        except UserError as exc:
            self._show_error(core_text(for_window(exc)))
            return False
        self._start_info = None
        self._last_batch = None
        self.message.setText("")
        self.message.setStyleSheet("")
        self.progress.setValue(0)
        self.progress.setFormat(translate("TrainingPanel", "starting…"))
        self.ensure_curves().new_run(default_label(0, spec, config), config.epochs)
        try:
            self.runner.start(spec, config, data)
        except UserError as exc:
            self._show_error(core_text(for_window(exc)))
            return False
        self.run_started.emit(spec)
        self._update_buttons()
        return True

    def toggle_pause(self) -> None:
        if not self.runner.running:
            return
        if self.runner.paused:
            self.runner.resume()
            self.progress_text.setText(
                self.progress_text.text().removeprefix(translate("TrainingPanel", "Paused · "))
            )
        else:
            self.runner.pause()
            self.progress_text.setText(
                translate("TrainingPanel", "Paused · ") + self.progress_text.text()
            )
        self._update_buttons()

    def stop(self) -> None:
        if self.runner.running:
            self.runner.stop()
            self.progress.setFormat(translate("TrainingPanel", "stopping after this batch…"))
            self._update_buttons()

    # runner events -----------------------------------------------------------------------
    def _on_status(self, text: str) -> None:
        self.progress.setFormat(text)

    def _on_started(self, info: Any) -> None:
        self._start_info = info
        self.set_device(info.device)
        self.progress.setFormat(
            translate("TrainingPanel", "epoch 1 of {epochs}").format(epochs=info.epochs)
        )

    def _on_batch(self, p: Any) -> None:
        """Store the report; the curves and the text redraw on their own timers."""
        self._last_batch = p
        if self.curves is not None:
            self.curves.add_batch(p)
        if not self._progress_timer.isActive():
            self._show_progress()
            self._progress_timer.start()

    def _show_progress(self) -> None:
        p = self._last_batch
        info = self._start_info
        if p is None or info is None or not self.runner.running:
            self._progress_timer.stop()
            return
        done = ((p.epoch - 1) + p.step / max(p.steps, 1)) / max(info.epochs, 1)
        self.progress.setValue(int(done * 1000))
        self.progress.setFormat(
            translate("TrainingPanel", "epoch {epoch} of {epochs} · %p%").format(
                epoch=p.epoch, epochs=info.epochs
            )
        )
        left = float("nan")
        if p.samples_per_sec > 0:
            remaining_batches = (p.steps - p.step) + (info.epochs - p.epoch) * p.steps
            batch = info.train_samples / max(info.steps_per_epoch, 1)
            left = remaining_batches * batch / p.samples_per_sec
        self.progress_text.setText(progress_line(p, info, left, self.runner.paused))

    def _on_epoch(self, m: Any) -> None:
        if self.curves is not None:
            self.curves.add_epoch(m)
        self.message.setStyleSheet("")
        self.message.setText(epoch_line(m))

    def _on_finished(self, outcome: RunOutcome) -> None:
        self._progress_timer.stop()
        ok = outcome.reason in ("completed", "early-stopped", "stopped")
        accuracy = outcome.evaluation.accuracy if outcome.evaluation is not None else None
        suffix = end_text(outcome.reason, len(outcome.history), outcome.stopped_at, accuracy)
        if self.curves is not None:
            self.curves.finish_run(suffix)
        if outcome.reason == "completed":
            self.progress.setValue(1000)
        if outcome.history:
            self.progress_text.setText(finished_line(outcome))
        self.progress.setFormat(reason_text(outcome.reason, outcome.seconds))
        if ok:
            self.message.setStyleSheet("color: #205020;")
            message = core_text(outcome.message)
            self.message.setText(message[:1].upper() + message[1:])
        else:
            self._show_error(core_text(outcome.message))
        self._update_buttons()

    def _on_failed(self, message: str) -> None:
        self._progress_timer.stop()
        if self.curves is not None:
            self.curves.finish_run(translate("TrainingPanel", "could not start"))
        self.progress.setFormat(translate("TrainingPanel", "not started"))
        self._show_error(message)
        self._update_buttons()

    def _show_error(self, message: str) -> None:
        text, full = window_message(message)
        text = text[:1].upper() + text[1:]
        self.message.setStyleSheet("color: #a00000;")
        self.message.setText(f"⚠ {text}")
        self.message.setToolTip(full)
