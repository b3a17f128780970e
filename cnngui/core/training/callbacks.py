"""Keras callbacks that connect a running ``fit`` to a Reporter and a TrainingControl.

Per-batch work is a time check and nothing else: the loss is read (which waits for the
device) only when a report is due, at most ``max_reports_per_sec`` times a second.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cnngui.core.training.events import Reporter, TrainingControl


def make_callbacks(
    control: TrainingControl,
    reporter: Reporter,
    steps_per_epoch: int,
    batch_size: int,
    train_samples: int,
    checkpoint_path: str | None,
    monitor: str,
    max_reports_per_sec: float = 20.0,
) -> list[Any]:
    """The callbacks for one run; the first one (``LiveCallback``) holds the run's state."""
    import keras

    from cnngui.core.training.events import BatchProgress, EpochMetrics, Reporter

    wants_weights = type(reporter).on_epoch_weights is not Reporter.on_epoch_weights

    class LiveCallback(keras.callbacks.Callback):
        """Stop/pause within one step, throttled batch reports, epoch metrics, NaN watch."""

        def __init__(self) -> None:
            super().__init__()
            self.nan_loss: float | None = None  # the loss that showed divergence
            self.stopped_by_user = False
            #: [epoch, batches done, batches per epoch] when a stop landed inside an epoch
            self.stopped_at: list[int] | None = None
            self._batches = 0
            self.history: list[EpochMetrics] = []
            self._interval = 1.0 / max_reports_per_sec
            self._epoch = 0
            self._t_epoch = 0.0
            self._t_train_end = 0.0
            self._paused_for = 0.0
            self._last_report = -math.inf

        # -- control --------------------------------------------------------------
        def _check_control(self) -> None:
            if control.paused and not control.stopped:
                t = time.perf_counter()
                control.wait_while_paused()
                self._paused_for += time.perf_counter() - t
                self._last_report = -math.inf
            if control.stopped:
                self.stopped_by_user = True
                self.model.stop_training = True

        def on_train_begin(self, logs: Any = None) -> None:
            self._check_control()

        def on_epoch_begin(self, epoch: int, logs: Any = None) -> None:
            self._epoch = epoch + 1
            self._batches = 0
            self._paused_for = 0.0
            self._t_train_end = 0.0
            self._check_control()
            self._t_epoch = time.perf_counter()

        def on_train_batch_end(self, batch: int, logs: Any = None) -> None:
            self._batches = batch + 1
            now = time.perf_counter()
            if now - self._last_report >= self._interval and logs:
                self._report(batch, logs, now)
            self._check_control()

        def _report(self, batch: int, logs: Any, now: float) -> None:
            self._last_report = now
            loss = _value(logs.get("loss"))
            if diverged(loss):
                self.nan_loss = loss
                self.model.stop_training = True
                return
            step = batch + 1
            elapsed = max(now - self._t_epoch - self._paused_for, 1e-9)
            reporter.on_batch(
                BatchProgress(
                    epoch=self._epoch,
                    step=step,
                    steps=steps_per_epoch,
                    loss=loss,
                    accuracy=_value(logs.get("accuracy")),
                    samples_per_sec=min(step * batch_size, train_samples) / elapsed,
                )
            )

        def on_test_begin(self, logs: Any = None) -> None:
            if self._t_epoch and not self._t_train_end:
                self._t_train_end = time.perf_counter()

        def on_epoch_end(self, epoch: int, logs: Any = None) -> None:
            if self.stopped_by_user and self._batches < steps_per_epoch:
                # a stop inside an epoch: its metrics cover part of it, so they are not an
                # epoch's (no point is drawn at the epoch mark); say where it stopped
                self.stopped_at = [epoch + 1, self._batches, steps_per_epoch]
                return
            logs = logs or {}
            now = time.perf_counter()
            train_end = self._t_train_end or now
            train_seconds = max(train_end - self._t_epoch - self._paused_for, 1e-9)
            loss = _value(logs.get("loss"))
            if diverged(loss):
                self.nan_loss = loss
                self.model.stop_training = True
            metrics = EpochMetrics(
                epoch=epoch + 1,
                loss=loss,
                accuracy=_value(logs.get("accuracy")),
                val_loss=_optional(logs.get("val_loss")),
                val_accuracy=_optional(logs.get("val_accuracy")),
                learning_rate=_learning_rate(self.model),
                seconds=max(now - self._t_epoch - self._paused_for, 0.0),
                samples_per_sec=train_samples / train_seconds,
            )
            self.history.append(metrics)
            reporter.on_epoch_end(metrics)
            if wants_weights and self.nan_loss is None:
                reporter.on_epoch_weights(epoch + 1, [w.copy() for w in self.model.get_weights()])
            self._check_control()

    callbacks: list[Any] = [LiveCallback()]
    if checkpoint_path:
        callbacks.append(BestCheckpoint(checkpoint_path, monitor))
    return callbacks


def BestCheckpoint(path: str, monitor: str) -> Any:
    """Save the model whenever ``monitor`` improves, atomically (never a half-written file)."""
    import keras

    class _BestCheckpoint(keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self.best = math.inf
            self.saved_epoch: int | None = None

        def on_epoch_end(self, epoch: int, logs: Any = None) -> None:
            value = _value((logs or {}).get(monitor))
            if not math.isfinite(value) or value >= self.best:
                return
            self.best = value
            from cnngui.core.atomic import save_model_atomic

            save_model_atomic(self.model, path)
            self.saved_epoch = epoch + 1

    return _BestCheckpoint()


#: A cross-entropy this large only happens when the weights blow up (it starts near ln C).
DIVERGED_LOSS = 1e4


def diverged(loss: float) -> bool:
    """NaN, infinite, or so large that training has blown up and will not recover."""
    return not math.isfinite(loss) or loss > DIVERGED_LOSS


def _value(v: Any) -> float:
    if v is None:
        return math.nan
    try:
        return float(v)
    except (TypeError, ValueError):
        return math.nan


def _optional(v: Any) -> float | None:
    return None if v is None else _value(v)


def _learning_rate(model: Any) -> float:
    try:
        return float(model.optimizer.learning_rate)
    except Exception:
        return math.nan
