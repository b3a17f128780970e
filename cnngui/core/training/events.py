"""What a run tells the outside world, and how the outside world steers it.

:class:`Reporter` is called from the training thread (the window turns the calls into
signals, the CLI prints them); :class:`TrainingControl` is set from any thread and read
by a Keras callback. Results are plain data so projects can store them.
"""

from __future__ import annotations

import math
import threading
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.phrases import phrase

if TYPE_CHECKING:
    import keras

REASONS = ("completed", "early-stopped", "stopped", "failed", "nan")


class TrainingControl:
    """Stop, pause and resume a run from another thread (thread-safe)."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()

    def stop(self) -> None:
        self._stop.set()
        self._running.set()  # wake a paused run so it can stop

    def pause(self) -> None:
        if not self._stop.is_set():
            self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def wait_while_paused(self, timeout: float | None = None) -> bool:
        """Block while paused (until resume or stop); True when no longer paused."""
        return self._running.wait(timeout)


@dataclass
class StartInfo:
    device: str
    epochs: int
    steps_per_epoch: int
    train_samples: int
    val_samples: int


@dataclass
class BatchProgress:
    """A throttled progress report; ``epoch`` and ``step`` count from 1."""

    epoch: int
    step: int
    steps: int
    loss: float
    accuracy: float
    samples_per_sec: float


@dataclass
class EpochMetrics:
    """One finished epoch (``epoch`` counts from 1); val_* are None without validation."""

    epoch: int
    loss: float
    accuracy: float
    val_loss: float | None
    val_accuracy: float | None
    learning_rate: float
    seconds: float
    samples_per_sec: float

    def to_json(self) -> dict[str, Any]:
        return {
            k: (None if isinstance(v, float) and not math.isfinite(v) else v)
            for k, v in asdict(self).items()
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> EpochMetrics:
        try:
            values = {f.name: d.get(f.name) for f in fields(cls)}
            values["epoch"] = int(values["epoch"])
            for k in ("loss", "accuracy", "learning_rate", "seconds", "samples_per_sec"):
                values[k] = math.nan if values[k] is None else float(values[k])
            for k in ("val_loss", "val_accuracy"):
                values[k] = None if values[k] is None else float(values[k])
        except (TypeError, ValueError, AttributeError) as exc:
            raise UserError(
                phrase("an epoch record is damaged ({reason}); it cannot be read.", reason=exc)
            ) from None
        return cls(**values)


@dataclass
class Evaluation:
    """The test set after training: confusion rows are true classes, columns predicted."""

    accuracy: float
    loss: float
    confusion: np.ndarray
    predicted: np.ndarray
    confidence: np.ndarray
    misclassified: np.ndarray

    def to_json(self) -> dict[str, Any]:
        return {
            "accuracy": self.accuracy,
            "loss": self.loss,
            "confusion": self.confusion.tolist(),
            "misclassified": len(self.misclassified),
        }


@dataclass
class TrainingResult:
    reason: str  # one of REASONS
    message: str
    history: list[EpochMetrics] = field(default_factory=list)
    model: keras.Model | None = None
    evaluation: Evaluation | None = None
    device: str = ""
    seconds: float = 0.0
    stopped_at: list[int] | None = None  # [epoch, batches done, batches per epoch]


class Reporter:
    """Receives a run's events; every method is a no-op, override the ones you need.

    The calls come from the training thread, in this order: on_start, then per epoch
    on_batch (≤ ~20 per second) … on_epoch_end, on_epoch_weights, and finally on_finish.
    """

    def on_start(self, info: StartInfo) -> None:
        pass

    def on_batch(self, p: BatchProgress) -> None:
        pass

    def on_epoch_end(self, m: EpochMetrics) -> None:
        pass

    def on_epoch_weights(self, epoch: int, weights: list[np.ndarray]) -> None:
        pass

    def on_finish(self, result: TrainingResult) -> None:
        pass


@dataclass
class RunOutcome:
    """What a finished run leaves for whoever shows it: the result without the training model.

    The window's training thread keeps its model to itself and hands over copies of the
    weights; ``batch_curve`` is the per-batch ``[epoch position, loss, accuracy]``,
    ``stopped_at`` the ``[epoch, batch, batches per epoch]`` where a stop landed.
    """

    reason: str
    message: str
    history: list[EpochMetrics]
    evaluation: Evaluation | None
    device: str
    seconds: float
    weights: list[np.ndarray] | None
    x_test: np.ndarray | None = None
    y_test: np.ndarray | None = None
    class_names: list[str] | None = None
    batch_curve: list[list[float]] = field(default_factory=list)
    stopped_at: list[int] | None = None
    images: int | None = None
