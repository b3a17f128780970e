"""Train a spec on a dataset with live reporting, stop/pause and a final test evaluation.

No Qt here: the window runs :func:`train` in a worker thread and turns the
:class:`Reporter` calls into signals; the CLI prints them. Keras callbacks do the
per-batch work, which is kept to a time check (``steps_per_execution`` runs several
batches per Python call, and the loss is only read when a report is due).
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

import numpy as np

from cnngui.core.datasets import Dataset
from cnngui.core.errors import UserError
from cnngui.core.training_device import describe_device

if TYPE_CHECKING:
    import keras

    from cnngui.core.spec import ModelSpec

__all__ = [
    "OPTIMIZERS",
    "REASONS",
    "SCHEDULES",
    "BatchProgress",
    "EpochMetrics",
    "Evaluation",
    "Reporter",
    "StartInfo",
    "TrainingConfig",
    "TrainingControl",
    "TrainingResult",
    "describe_device",
    "evaluate",
    "train",
]

OPTIMIZERS = ("adam", "rmsprop", "sgd", "nadam", "adamw")
SCHEDULES = ("constant", "one-cycle", "cosine")
REASONS = ("completed", "early-stopped", "stopped", "failed", "nan")


# -- configuration ---------------------------------------------------------------------


@dataclass
class TrainingConfig:
    """How to train: everything a run needs besides the network and the data."""

    epochs: int = 5
    batch_size: int = 64
    optimizer: str = "adam"
    learning_rate: float = 1e-3
    schedule: str = "constant"
    validation_split: float = 0.1
    early_stopping_patience: int | None = None
    restore_best_weights: bool = True
    checkpoint_path: str | None = None
    augmentation: bool = False
    seed: int | None = 0
    limit: int | None = None
    dataset: str = "mnist"
    mixed_precision: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, d: Any) -> TrainingConfig:
        """Read a dict (e.g. from a project file); bad keys or values raise UserError."""
        if not isinstance(d, dict):
            raise UserError(f"a training configuration must be a JSON object, not {d!r}.")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - known)
        if unknown:
            raise UserError(
                f"unknown training setting {unknown[0]!r}; known settings are "
                f"{', '.join(sorted(known))}."
            )
        config = cls(**{k: _coerce(k, v) for k, v in d.items()})
        config.validate()
        return config

    def validate(self) -> None:
        """Raise UserError with one sentence for the first impossible value."""
        _int(self.epochs, "epochs", 1, 100_000)
        _int(self.batch_size, "batch_size", 1, 1 << 20)
        if self.optimizer not in OPTIMIZERS:
            raise UserError(
                f"unknown optimizer {self.optimizer!r}; choose one of {', '.join(OPTIMIZERS)}."
            )
        lr = self.learning_rate
        if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not 0 < lr < math.inf:
            raise UserError(f"learning_rate must be a positive number such as 0.001, not {lr!r}.")
        if self.schedule not in SCHEDULES:
            raise UserError(
                f"unknown learning-rate schedule {self.schedule!r}; choose one of "
                f"{', '.join(SCHEDULES)}."
            )
        v = self.validation_split
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v < 1:
            raise UserError(
                f"validation_split must be a fraction from 0 to below 1 (e.g. 0.1), not {v!r}."
            )
        if self.early_stopping_patience is not None:
            _int(self.early_stopping_patience, "early_stopping_patience", 0, 100_000)
        if self.checkpoint_path is not None and not str(self.checkpoint_path).endswith(".keras"):
            raise UserError(f"checkpoint_path must end with .keras, not {self.checkpoint_path!r}.")
        if self.seed is not None:
            _int(self.seed, "seed", 0, 2**31 - 1)
        if self.limit is not None:
            _int(self.limit, "limit", 1, 1 << 40)
        if not isinstance(self.dataset, str) or not self.dataset.strip():
            raise UserError("dataset must be mnist, fashion_mnist or the path of a .npz file.")
        for name in ("restore_best_weights", "augmentation", "mixed_precision"):
            if not isinstance(getattr(self, name), bool):
                raise UserError(f"{name} must be true or false, not {getattr(self, name)!r}.")


def _int(value: Any, name: str, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise UserError(f"{name} must be a whole number from {low} to {high:,}, not {value!r}.")


def _coerce(key: str, value: Any) -> Any:
    """JSON gives 5.0 for 5 sometimes; accept whole floats where an int is wanted."""
    ints = ("epochs", "batch_size", "early_stopping_patience", "seed", "limit")
    if key in ints and isinstance(value, float) and value.is_integer():
        return int(value)
    if key == "learning_rate" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


# -- control and reporting -------------------------------------------------------------


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
            raise UserError(f"an epoch record is damaged ({exc}); it cannot be read.") from None
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


# -- the run ---------------------------------------------------------------------------


#: share of the free memory a run may plan to use (the rest: TensorFlow, the window, data)
MEMORY_SHARE = 0.8


def check_trainable(spec: ModelSpec, data: Dataset, batch_size: int = 1) -> None:
    """UserError when this network cannot train on this data (before anything starts).

    That includes a network whose training step would not fit in the free memory: it is
    refused with the estimate instead of swapping the machine to a halt.
    """
    from cnngui.core.shapes import analyze, fmt_bytes, fmt_shape, training_memory_bytes
    from cnngui.core.training_device import available_memory_bytes

    analysis = analyze(spec, num_classes=data.num_classes)
    blocker = analysis.training_blocker(data.num_classes)
    if blocker:
        raise UserError(blocker)
    needed = training_memory_bytes(analysis, batch_size)
    free = available_memory_bytes()
    if free is not None and needed > MEMORY_SHARE * free:
        raise UserError(
            f"training this network with batch size {batch_size} needs at least "
            f"{fmt_bytes(needed)} of memory but only {fmt_bytes(free)} is free; use a smaller "
            f"batch size, fewer filters or units, or pool earlier."
        )
    if tuple(spec.input_shape) != tuple(data.image_shape):
        raise UserError(
            f"the network expects input {fmt_shape(tuple(spec.input_shape))} but the "
            f"{data.name} images are {fmt_shape(data.image_shape)}; set the input shape to "
            f"{list(data.image_shape)}."
        )


def split(data: Dataset, config: TrainingConfig) -> tuple[np.ndarray, ...]:
    """Training and validation arrays: the last ``validation_split`` of the training set."""
    x, y = data.x_train, data.y_train
    if config.limit is not None:
        x, y = x[: config.limit], y[: config.limit]
    n_val = int(len(x) * config.validation_split)
    if n_val >= len(x):
        raise UserError("validation_split leaves no training images; make it smaller.")
    if n_val == 0:
        return x, y, x[:0], y[:0]
    return x[:-n_val], y[:-n_val], x[-n_val:], y[-n_val:]


def train(
    spec: ModelSpec,
    config: TrainingConfig,
    data: Dataset,
    reporter: Reporter | None = None,
    control: TrainingControl | None = None,
) -> TrainingResult:
    """Train a fresh model built from ``spec``; see the module docstring.

    Raises UserError for an invalid spec or config before starting; every failure
    during training is returned as reason ``"failed"`` or ``"nan"`` with a message.
    """
    config.validate()
    data.check()
    check_trainable(spec, data, config.batch_size)
    x_train, y_train, x_val, y_val = split(data, config)
    reporter = reporter or Reporter()
    control = control or TrainingControl()
    t0 = time.perf_counter()
    device = describe_device()
    session = _Session(spec, config, device)
    try:
        result = session.run(x_train, y_train, x_val, y_val, data, reporter, control)
    except Exception as exc:  # a bug or resource problem mid-run: report, never raise
        result = TrainingResult("failed", _failure_message(exc), [], None, None, device)
    finally:
        session.restore_policy()
    result.seconds = time.perf_counter() - t0
    with contextlib.suppress(Exception):
        reporter.on_finish(result)
    return result


def _failure_message(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if "OOM" in text or "out of memory" in text.lower() or "ResourceExhausted" in text:
        return "training ran out of memory; use a smaller batch size or a smaller network."
    return f"training failed: {text[:300]}"


class _Session:
    """One run's Keras state (kept out of :func:`train` to keep it readable)."""

    def __init__(self, spec: ModelSpec, config: TrainingConfig, device: str) -> None:
        self.spec = spec
        self.config = config
        self.device = device
        self.on_gpu = not device.startswith("CPU")
        self.mixed = bool(config.mixed_precision and self.on_gpu)
        self._old_policy: str | None = None

    def restore_policy(self) -> None:
        if self._old_policy is not None:
            import keras

            keras.mixed_precision.set_global_policy(self._old_policy)
            self._old_policy = None

    def build(self, steps_per_epoch: int, steps_per_execution: int) -> keras.Model:
        import keras

        from cnngui.core.keras_model import build_model

        if self.mixed:
            self._old_policy = keras.mixed_precision.global_policy().name
            keras.mixed_precision.set_global_policy("mixed_float16")
        model = build_model(self.spec)
        model.compile(
            optimizer=make_optimizer(self.config, steps_per_epoch),
            loss="sparse_categorical_crossentropy",
            metrics=["accuracy"],
            steps_per_execution=steps_per_execution,
            jit_compile=self.on_gpu,  # XLA is 3–5× slower on CPU
        )
        return model

    def run(
        self,
        x_train: np.ndarray,
        y_train: np.ndarray,
        x_val: np.ndarray,
        y_val: np.ndarray,
        data: Dataset,
        reporter: Reporter,
        control: TrainingControl,
    ) -> TrainingResult:
        import keras

        from cnngui.core.training_callbacks import make_callbacks
        from cnngui.core.training_data import DEFAULT_AUGMENT, eval_pipeline, train_pipeline
        from cnngui.core.training_device import strategy

        config = self.config
        if config.seed is not None:
            keras.utils.set_random_seed(config.seed)
        batch = min(config.batch_size, len(x_train))
        steps = math.ceil(len(x_train) / batch)
        spe = steps_per_execution(steps, self.on_gpu)
        with strategy().scope():
            model = self.build(steps, spe)
        train_ds = train_pipeline(
            x_train, y_train, batch, config.seed, DEFAULT_AUGMENT if config.augmentation else None
        )
        val_ds = eval_pipeline(x_val, y_val, 128) if len(x_val) else None
        monitor = "val_loss" if val_ds is not None else "loss"
        callbacks = make_callbacks(
            control, reporter, steps, batch, len(x_train), config.checkpoint_path, monitor
        )
        live = callbacks[0]
        early = None
        if config.early_stopping_patience is not None:
            early = keras.callbacks.EarlyStopping(
                monitor=monitor,
                patience=config.early_stopping_patience,
                restore_best_weights=config.restore_best_weights,
            )
            callbacks.append(early)
        reporter.on_start(StartInfo(self.device, config.epochs, steps, len(x_train), len(x_val)))
        interrupted = control.stopped  # stopped before the first batch: do not start
        try:
            if not interrupted:
                model.fit(
                    train_ds,
                    epochs=config.epochs,
                    validation_data=val_ds,
                    callbacks=callbacks,
                    shuffle=False,  # the pipeline shuffles, reproducibly
                    verbose=0,
                )
        except KeyboardInterrupt:
            interrupted = True
        history = live.history
        if live.nan_loss is not None:
            what = (
                "became NaN (not a number)"
                if math.isnan(live.nan_loss)
                else (f"exploded to {live.nan_loss:.3g}")
            )
            return TrainingResult(
                "nan",
                f"the loss {what}, so training stopped; lower the learning rate or add "
                "BatchNormalization.",
                history,
                model,
                None,
                self.device,
            )
        if interrupted or live.stopped_by_user:
            reason, message = "stopped", f"stopped by the user after {len(history)} epoch(s)."
        elif early is not None and early.stopped_epoch > 0:
            reason = "early-stopped"
            message = (
                f"stopped early after epoch {early.stopped_epoch + 1}: {monitor} did not "
                f"improve for {config.early_stopping_patience} epoch(s)."
            )
        else:
            reason, message = "completed", f"completed {len(history)} epoch(s)."
        if self.mixed:
            model = self._float32_copy(model)
        evaluation = evaluate(model, data.x_test, data.y_test, data.num_classes)
        message += f" Test accuracy {evaluation.accuracy:.2%}."
        return TrainingResult(reason, message, history, model, evaluation, self.device)

    def _float32_copy(self, model: keras.Model) -> keras.Model:
        """A float32 twin of a mixed-precision model, so the saved file runs fast on CPU."""
        from cnngui.core.keras_model import build_model

        self.restore_policy()
        twin = build_model(self.spec)
        twin.set_weights(model.get_weights())
        twin.compile(loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        return twin


def steps_per_execution(steps_per_epoch: int, on_gpu: bool) -> int:
    """Batches per Python call: fewer callbacks, yet a stop still lands within a few ms.

    On a GPU a batch takes well under a millisecond, so several are grouped; on a CPU a
    batch takes long enough that grouping gains little and would delay stop and pause.
    """
    wanted = 16 if on_gpu else 1
    return max(1, min(wanted, steps_per_epoch))


def make_optimizer(config: TrainingConfig, steps_per_epoch: int) -> Any:
    """The optimizer with its learning-rate schedule (Keras built-ins, so files reload)."""
    import keras

    lr: Any = float(config.learning_rate)
    total = max(1, config.epochs * steps_per_epoch)
    if config.schedule == "cosine":
        lr = keras.optimizers.schedules.CosineDecay(lr, decay_steps=total, alpha=0.01)
    elif config.schedule == "one-cycle":
        warm = max(1, int(total * 0.25))
        lr = keras.optimizers.schedules.CosineDecay(
            lr / 20.0,
            decay_steps=max(1, total - warm),
            alpha=0.002,
            warmup_target=lr,
            warmup_steps=warm,
        )
    opt = config.optimizer
    if opt == "adam":
        return keras.optimizers.Adam(lr)
    if opt == "rmsprop":
        return keras.optimizers.RMSprop(lr)
    if opt == "sgd":
        return keras.optimizers.SGD(lr, momentum=0.9, nesterov=True)
    if opt == "nadam":
        return keras.optimizers.Nadam(lr)
    return keras.optimizers.AdamW(lr, weight_decay=1e-4)


def evaluate(
    model: keras.Model, x: np.ndarray, y: np.ndarray, num_classes: int, batch_size: int = 128
) -> Evaluation:
    """Accuracy, loss, confusion matrix and the misclassified indices on a test set."""
    probs = np.asarray(model.predict(x, batch_size=batch_size, verbose=0), dtype=np.float64)
    predicted = probs.argmax(axis=1)
    confidence = probs.max(axis=1).astype(np.float32)
    y = np.asarray(y, dtype=np.int64)
    picked = probs[np.arange(len(y)), y] if len(y) else np.zeros(0)
    loss = float(-np.mean(np.log(np.clip(picked, 1e-7, 1.0)))) if len(y) else math.nan
    confusion = np.bincount(
        y * num_classes + predicted, minlength=num_classes * num_classes
    ).reshape(num_classes, num_classes)
    wrong = np.flatnonzero(predicted != y)
    accuracy = float(1.0 - len(wrong) / len(y)) if len(y) else math.nan
    return Evaluation(accuracy, loss, confusion, predicted, confidence, wrong)
