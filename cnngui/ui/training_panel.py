"""The Training panel: every TrainingConfig setting, Start/Pause/Stop, progress and live curves.

The panel only collects settings and shows what the :class:`TrainingRunner` reports;
the run itself happens in ``core.training`` on a worker thread.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.errors import UserError
from cnngui.core.model.spec import ModelSpec
from cnngui.core.project.runs import default_label, end_text
from cnngui.core.training import OPTIMIZERS, SCHEDULES, TrainingConfig
from cnngui.core.training.events import RunOutcome
from cnngui.ui.classroom.training_choice import ClassroomTraining
from cnngui.ui.workers import TrainingRunner

PROGRESS_INTERVAL_MS = 200  # the progress text changes 5 times a second at most
DATASETS = (("mnist", "MNIST handwritten digits"), ("fashion_mnist", "Fashion-MNIST clothes"))
CHOOSE_FILE = "Choose a .npz file…"

TIPS = {
    "dataset": "Which pictures to learn from. MNIST ships with cnngui; a .npz file needs "
    "x_train, y_train, x_test and y_test arrays.",
    "epochs": "How many times the network sees every training image.",
    "batch_size": "How many images the network looks at before each small weight update. "
    "Bigger is faster per image but takes more memory.",
    "optimizer": "The rule that changes the weights after each batch. adam is a safe choice; "
    "try rmsprop or sgd and compare the curves.",
    "learning_rate": "How big each weight change is. Too big: the loss jumps around or becomes "
    "NaN. Too small: learning is slow.",
    "schedule": "How the learning rate changes during training: constant, one-cycle (warm up "
    "then cool down) or cosine (slowly down).",
    "validation_split": "Share of the training images held back to check the network on "
    "pictures it does not learn from.",
    "early_stopping": "Stop when the validation loss has not improved for this many epochs.",
    "restore_best_weights": "After early stopping, go back to the weights of the best epoch.",
    "augmentation": "Shift, rotate and zoom the training images a little each time, so the "
    "network learns digits in any position (slower, usually more robust).",
    "seed": "Start from the same random numbers every time so runs can be repeated exactly "
    "(0 = random each time).",
    "limit": "Use only this many training images (0 = all). Handy for a quick try.",
    "mixed_precision": "Use 16-bit numbers on a GPU for speed (ignored on a CPU).",
}


def format_duration(seconds: float) -> str:
    if not math.isfinite(seconds) or seconds < 0:
        return "—"
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, s = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {s:02d} s"
    hours, m = divmod(minutes, 60)
    return f"{hours} h {m:02d} min"


class TrainingPanel(QWidget):
    """Settings, controls, progress and curves; class drawings and assignment locks."""

    run_started = Signal(object)  # ModelSpec being trained

    def __init__(self, runner: TrainingRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.spec_provider: Callable[[], ModelSpec] | None = None
        self.data_override: Any = None  # a Dataset to use instead of loading (tests, benches)
        self._blocker: str | None = "the network is not ready yet."
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
        self.progress.setFormat("not started")
        self.progress.setToolTip("How far the whole run is.")
        layout.addWidget(self.progress)
        self.progress_text = QLabel("")
        self.progress_text.setObjectName("progress_text")
        self.progress_text.setToolTip(
            "Epoch = one pass over all training images; batch = one small group of images; "
            "samples/s = images processed per second."
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

    def _spin(self, key: str, low: int, high: int, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(value)
        box.setToolTip(TIPS[key])
        box.setObjectName(key)
        return box

    def _make_settings(self) -> QGroupBox:
        box = QGroupBox("Settings")
        grid = QGridLayout(box)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(3)
        self.dataset = QComboBox()
        self.dataset.setObjectName("dataset")
        for key, text in DATASETS:
            self.dataset.addItem(text, key)
        self.dataset.addItem(CHOOSE_FILE, "")
        self.dataset.setToolTip(TIPS["dataset"])
        self.dataset.activated.connect(self._dataset_chosen)
        self.classroom = ClassroomTraining(self)
        self.classroom.add_choices()
        self.epochs = self._spin("epochs", 1, 1000, 5)
        self.batch_size = self._spin("batch_size", 1, 65536, 64)
        self.optimizer = QComboBox()
        self.optimizer.addItems(OPTIMIZERS)
        self.optimizer.setToolTip(TIPS["optimizer"])
        self.optimizer.setObjectName("optimizer")
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setDecimals(5)
        self.learning_rate.setRange(0.00001, 10.0)
        self.learning_rate.setSingleStep(0.0005)
        self.learning_rate.setValue(0.001)
        self.learning_rate.setToolTip(TIPS["learning_rate"])
        self.learning_rate.setObjectName("learning_rate")
        self.schedule = QComboBox()
        self.schedule.addItems(SCHEDULES)
        self.schedule.setToolTip(TIPS["schedule"])
        self.validation_split = QDoubleSpinBox()
        self.validation_split.setRange(0.0, 0.9)
        self.validation_split.setSingleStep(0.05)
        self.validation_split.setValue(0.1)
        self.validation_split.setToolTip(TIPS["validation_split"])
        self.early_stopping = QCheckBox("Early stop after")
        self.early_stopping.setToolTip(TIPS["early_stopping"])
        self.patience = self._spin("early_stopping", 0, 1000, 3)
        self.patience.setSuffix(" epochs")
        self.patience.setEnabled(False)
        self.early_stopping.toggled.connect(self.patience.setEnabled)
        self.restore_best = QCheckBox("Keep best epoch")
        self.restore_best.setChecked(True)
        self.restore_best.setToolTip(TIPS["restore_best_weights"])
        self.augmentation = QCheckBox("Augment images")
        self.augmentation.setToolTip(TIPS["augmentation"])
        self.mixed_precision = QCheckBox("16-bit on GPU")
        self.mixed_precision.setToolTip(TIPS["mixed_precision"])
        self.seed = self._spin("seed", 0, 2**31 - 1, 1)
        self.seed.setSpecialValueText("random")
        self.limit = self._spin("limit", 0, 10_000_000, 0)
        self.limit.setSpecialValueText("all")
        self.limit.setSingleStep(1000)
        self.device = QLabel("Device: finding out (TensorFlow is loading)…")
        self.device.setObjectName("device")
        self.device.setToolTip("Where the network trains: a graphics card (GPU) or the CPU.")

        rows: list[tuple[str, QWidget, str, QWidget]] = [
            ("Images", self.dataset, "Epochs", self.epochs),
            ("Optimizer", self.optimizer, "Batch size", self.batch_size),
            ("Learning rate", self.learning_rate, "Schedule", self.schedule),
            ("Validation share", self.validation_split, "Training images", self.limit),
        ]
        for r, (l1, w1, l2, w2) in enumerate(rows):
            for c, (text, widget) in enumerate(((l1, w1), (l2, w2))):
                label = QLabel(text)
                label.setToolTip(widget.toolTip())
                grid.addWidget(label, r, 2 * c)
                grid.addWidget(widget, r, 2 * c + 1)
        extra = QHBoxLayout()
        for w in (self.early_stopping, self.patience, self.restore_best, self.augmentation):
            extra.addWidget(w)
        extra.addStretch(1)
        grid.addLayout(extra, len(rows), 0, 1, 4)
        extra2 = QHBoxLayout()
        seed_label = QLabel("Seed")
        seed_label.setToolTip(TIPS["seed"])
        for w in (seed_label, self.seed, *self.classroom.widgets(), self.mixed_precision):
            extra2.addWidget(w)
        extra2.addWidget(self.device)
        extra2.addStretch(1)
        grid.addLayout(extra2, len(rows) + 1, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _make_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.start_button = QPushButton("▶ Start training")
        self.start_button.setObjectName("start")
        self.pause_button = QPushButton("Pause")
        self.pause_button.setObjectName("pause")
        self.pause_button.setToolTip("Pause training; Resume carries on where it stopped.")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setObjectName("stop")
        self.stop_button.setToolTip(
            "Stop after the current batch; the network keeps what it has learnt so far."
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
            self, "Choose a dataset", "", "NumPy archives (*.npz)"
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
        )

    def set_config(self, config: TrainingConfig) -> None:
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
        current.update(recipe)
        with contextlib.suppress(UserError):
            self.set_config(TrainingConfig.from_json(current))

    def set_device(self, text: str) -> None:
        self.device.setText(f"Device: {text}")

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
        self.pause_button.setText("Resume" if running and self.runner.paused else "Pause")
        self.classroom.update_locks(running)
        if self._blocker and not running:
            self.blocker_label.setText(f"Cannot train: {self._blocker}")
            self.start_button.setToolTip(f"Training is off because {self._blocker}")
        else:
            self.blocker_label.setText("")
            self.start_button.setToolTip(
                "Train the network in the Model builder on the chosen images, in the "
                "background; the window stays usable."
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
            self._show_error(str(exc))
            return False
        self._start_info = None
        self._last_batch = None
        self.message.setText("")
        self.message.setStyleSheet("")
        self.progress.setValue(0)
        self.progress.setFormat("starting…")
        self.ensure_curves().new_run(default_label(0, spec, config), config.epochs)
        try:
            self.runner.start(spec, config, data)
        except UserError as exc:
            self._show_error(str(exc))
            return False
        self.run_started.emit(spec)
        self._update_buttons()
        return True

    def toggle_pause(self) -> None:
        if not self.runner.running:
            return
        if self.runner.paused:
            self.runner.resume()
            self.progress_text.setText(self.progress_text.text().removeprefix("Paused · "))
        else:
            self.runner.pause()
            self.progress_text.setText("Paused · " + self.progress_text.text())
        self._update_buttons()

    def stop(self) -> None:
        if self.runner.running:
            self.runner.stop()
            self.progress.setFormat("stopping after this batch…")
            self._update_buttons()

    # runner events -----------------------------------------------------------------------
    def _on_status(self, text: str) -> None:
        self.progress.setFormat(text)

    def _on_started(self, info: Any) -> None:
        self._start_info = info
        self.set_device(info.device)
        self.progress.setFormat(f"epoch 1 of {info.epochs}")

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
        self.progress.setFormat(f"epoch {p.epoch} of {info.epochs} · %p%")
        left = float("nan")
        if p.samples_per_sec > 0:
            remaining_batches = (p.steps - p.step) + (info.epochs - p.epoch) * p.steps
            batch = info.train_samples / max(info.steps_per_epoch, 1)
            left = remaining_batches * batch / p.samples_per_sec
        text = (
            f"Epoch {p.epoch}/{info.epochs} · batch {p.step}/{p.steps} · "
            f"{p.samples_per_sec:,.0f} samples/s · about {format_duration(left)} left · "
            f"loss {p.loss:.3f}, accuracy {p.accuracy:.1%}"
        )
        if self.runner.paused:
            text = "Paused · " + text
        self.progress_text.setText(text)

    def _on_epoch(self, m: Any) -> None:
        if self.curves is not None:
            self.curves.add_epoch(m)
        val = f", validation accuracy {m.val_accuracy:.1%}" if m.val_accuracy is not None else ""
        self.message.setStyleSheet("")
        self.message.setText(
            f"Epoch {m.epoch} done in {format_duration(m.seconds)}: accuracy {m.accuracy:.1%}{val}."
        )

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
            last = outcome.history[-1]
            n = len(outcome.history)
            self.progress_text.setText(
                f"{n} epoch{'s' if n != 1 else ''} in {format_duration(outcome.seconds)} · "
                f"last epoch {last.samples_per_sec:,.0f} samples/s · loss {last.loss:.3f}, "
                f"accuracy {last.accuracy:.1%} · device: {outcome.device}"
            )
        self.progress.setFormat(f"{outcome.reason} · {format_duration(outcome.seconds)}")
        if ok:
            self.message.setStyleSheet("color: #205020;")
            self.message.setText(outcome.message[:1].upper() + outcome.message[1:])
        else:
            self._show_error(outcome.message)
        self._update_buttons()

    def _on_failed(self, message: str) -> None:
        self._progress_timer.stop()
        if self.curves is not None:
            self.curves.finish_run("could not start")
        self.progress.setFormat("not started")
        self._show_error(message)
        self._update_buttons()

    def _show_error(self, message: str) -> None:
        text = message[:1].upper() + message[1:]
        self.message.setStyleSheet("color: #a00000;")
        self.message.setText(f"⚠ {text}")
