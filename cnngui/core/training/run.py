"""Train a spec on a dataset with live reporting, stop/pause and a final test evaluation.

No Qt here: the window runs :func:`train` in a worker thread and turns the
:class:`Reporter` calls into signals; the CLI prints them. Keras callbacks do the
per-batch work, which is kept to a time check (``steps_per_execution`` runs several
batches per Python call, and the loss is only read when a report is due).
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from cnngui.core.datasets import Dataset
from cnngui.core.errors import UserError, brief
from cnngui.core.phrases import Phrase, join_phrases, phrase
from cnngui.core.training.config import TrainingConfig
from cnngui.core.training.device import describe_device
from cnngui.core.training.events import (
    EpochMetrics,
    Evaluation,
    Reporter,
    StartInfo,
    TrainingControl,
    TrainingResult,
)

if TYPE_CHECKING:
    import keras

    from cnngui.core.model.spec import ModelSpec


# -- the run ---------------------------------------------------------------------------


#: share of the free memory a run may plan to use (the rest: TensorFlow, the window, data)
MEMORY_SHARE = 0.8


def check_trainable(spec: ModelSpec, data: Dataset, batch_size: int = 1) -> None:
    """UserError when this network cannot train on this data (before anything starts).

    That includes a network whose training step would not fit in the free memory: it is
    refused with the estimate instead of swapping the machine to a halt.
    """
    from cnngui.core.model.shapes import analyze, fmt_bytes, training_memory_bytes
    from cnngui.core.training.device import available_memory_bytes

    analysis = analyze(spec, num_classes=data.num_classes)
    blocker = analysis.training_blocker(data.num_classes, data.image_shape)
    if blocker:  # the window's fix names its input boxes, the command line's the spec file
        window = analysis.training_blocker(data.num_classes, data.image_shape, where="window")
        raise UserError(blocker, window=window)
    needed = training_memory_bytes(analysis, batch_size)
    free = available_memory_bytes()
    if free is not None and needed > MEMORY_SHARE * free:
        raise UserError(
            phrase(
                "training this network with batch size {batch_size} needs at least {needed} "
                "of memory but only {free} is free; use a smaller batch size, fewer filters "
                "or units, or pool earlier.",
                batch_size=batch_size,
                needed=fmt_bytes(needed),
                free=fmt_bytes(free),
            )
        )


def unsettled_batchnorm(
    spec: ModelSpec, steps: int, history: list[EpochMetrics], test_accuracy: float
) -> Phrase | None:
    """Why a short run scores far worse on test images than in training, when that is
    BatchNormalization's running averages not having settled (a sentence, or None).

    With momentum m the averages need about 5 / (1 − m) steps (500 for Keras's 0.99); until
    then a network that learned well predicts with the wrong statistics.

    >>> from cnngui.core.model.spec import LayerSpec, ModelSpec
    >>> spec = ModelSpec("bn", (28, 28, 1), (LayerSpec.create("BatchNormalization"),))
    >>> m = EpochMetrics(1, 0.4, 0.86, None, None, 0.001, 1.0, 1.0)
    >>> unsettled_batchnorm(spec, 170, [m], 0.14)[:60]
    "BatchNormalization's running averages (momentum 0.99) had on"
    """
    moments = [
        float(layer.args.get("momentum", 0.99))
        for layer in spec.layers
        if layer.type == "BatchNormalization"
    ]
    if not moments or not history:
        return None
    momentum = max(moments)
    needed = 5 / max(1 - momentum, 1e-6)
    if steps >= needed or history[-1].accuracy - test_accuracy < 0.3:
        return None
    return phrase(
        "BatchNormalization's running averages (momentum {momentum:g}) had only {steps:,} "
        "batches to settle, about {needed:,.0f} are needed, so the network predicts far worse "
        "than it learned; train longer, or set momentum to 0.9 in its BatchNormalization layers.",
        momentum=momentum,
        steps=steps,
        needed=needed,
    )


def split(data: Dataset, config: TrainingConfig) -> tuple[np.ndarray, ...]:
    """Training and validation arrays: the last ``validation_split`` of the training set."""
    x, y = data.x_train, data.y_train
    if config.limit is not None:
        x, y = x[: config.limit], y[: config.limit]
    n_val = int(len(x) * config.validation_split)
    if n_val >= len(x):
        raise UserError(phrase("validation_split leaves no training images; make it smaller."))
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
    shape = tuple(spec.input_shape)
    if shape != tuple(data.image_shape):  # e.g. a [784] network: the image row by row
        x_train = x_train.reshape(len(x_train), *shape)
        x_val = x_val.reshape(len(x_val), *shape)
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


def _failure_message(exc: BaseException) -> Phrase:
    text = brief(exc, 300)
    if "OOM" in text or "out of memory" in text.lower() or "ResourceExhausted" in text:
        return phrase("training ran out of memory; use a smaller batch size or a smaller network.")
    return phrase("training failed: {reason}", reason=text[:300])


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

        from cnngui.core.model.keras_build import build_model

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

        from cnngui.core.training.callbacks import make_callbacks
        from cnngui.core.training.data import DEFAULT_AUGMENT, eval_pipeline, train_pipeline
        from cnngui.core.training.device import strategy

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
                phrase("became NaN (not a number)")
                if math.isnan(live.nan_loss)
                else phrase("exploded to {value:.3g}", value=live.nan_loss)
            )
            has_bn = any(layer.type == "BatchNormalization" for layer in self.spec.layers)
            fix = (
                phrase("lower the learning rate")
                if has_bn
                else phrase("lower the learning rate or add BatchNormalization")
            )
            return TrainingResult(
                "nan",
                phrase("the loss {what}, so training stopped; {fix}.", what=what, fix=fix),
                history,
                model,
                None,
                self.device,
            )
        if interrupted or live.stopped_by_user:
            reason = "stopped"
            message = phrase("stopped by the user after {n} epoch(s).", n=len(history))
            if live.stopped_at is not None:
                epoch, done, per_epoch = live.stopped_at
                message = phrase(
                    "stopped by the user in epoch {epoch} after {done} of {per_epoch} batches.",
                    epoch=epoch,
                    done=done,
                    per_epoch=per_epoch,
                )
        elif early is not None and early.stopped_epoch > 0:
            reason = "early-stopped"
            message = phrase(
                "stopped early after epoch {epoch}: {monitor} did not improve for "
                "{patience} epoch(s).",
                epoch=early.stopped_epoch + 1,
                monitor=monitor,
                patience=config.early_stopping_patience,
            )
        else:
            reason = "completed"
            message = phrase("completed {n} epoch(s).", n=len(history))
        if self.mixed:
            model = self._float32_copy(model)
        x_test = data.x_test.reshape(len(data.x_test), *self.spec.input_shape)
        # at the training batch size (its memory was checked): fewer, larger calls
        eval_batch = max(128, min(config.batch_size, EVAL_CHUNK))
        evaluation = evaluate(model, x_test, data.y_test, data.num_classes, eval_batch)
        parts = [message, phrase("Test accuracy {accuracy:.2%}.", accuracy=evaluation.accuracy)]
        trained_steps = steps * len(history) + (live.stopped_at[1] if live.stopped_at else 0)
        note = unsettled_batchnorm(self.spec, trained_steps, history, evaluation.accuracy)
        if note:
            parts.append(note)
        message = join_phrases(" ", parts)
        result = TrainingResult(reason, message, history, model, evaluation, self.device)
        result.stopped_at = live.stopped_at
        return result

    def _float32_copy(self, model: keras.Model) -> keras.Model:
        """A float32 twin of a mixed-precision model, so the saved file runs fast on CPU."""
        from cnngui.core.model.keras_build import build_model

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
    if opt == "rmsprop":
        return keras.optimizers.RMSprop(lr)
    if opt == "sgd":
        return keras.optimizers.SGD(lr, momentum=0.9, nesterov=True)
    betas = {
        name: float(value)
        for name, value in (("beta_1", config.beta_1), ("beta_2", config.beta_2))
        if value is not None
    }
    if opt == "adam":
        return keras.optimizers.Adam(lr, **betas)
    if opt == "nadam":
        return keras.optimizers.Nadam(lr, **betas)
    return keras.optimizers.AdamW(lr, weight_decay=1e-4, **betas)


class Cancelled(Exception):
    """Raised by :func:`evaluate` when its ``cancelled`` check says so."""


EVAL_CHUNK = 1000  # images per progress step: small enough to cancel within a moment


def evaluate(
    model: keras.Model,
    x: np.ndarray,
    y: np.ndarray,
    num_classes: int,
    batch_size: int = 128,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    prepare: Callable[[np.ndarray], np.ndarray] | None = None,
) -> Evaluation:
    """Accuracy, loss, confusion matrix and the misclassified indices on a test set.

    With ``progress``, reports (images done, total) after every chunk of images; with
    ``cancelled``, checks it between chunks and raises :class:`Cancelled` when it is True.
    ``prepare`` turns a chunk of images into the model's input (an imported model fed
    its own way, see :meth:`cnngui.core.inference.loader.LoadedModel.fit_batch`).
    """
    parts = []
    for start in range(0, len(x), EVAL_CHUNK):
        if cancelled is not None and cancelled():
            raise Cancelled
        chunk = x[start : start + EVAL_CHUNK]
        if prepare is not None:
            chunk = prepare(chunk)
        # plain calls, not model.predict: no tf.data pipeline and no function tracing, so a
        # thread evaluating never waits on another thread compiling the same network
        for b in range(0, len(chunk), batch_size):
            parts.append(np.asarray(model(chunk[b : b + batch_size], training=False)))
        if progress is not None:
            progress(min(start + EVAL_CHUNK, len(x)), len(x))
    probs = np.concatenate(parts).astype(np.float64) if parts else np.zeros((0, num_classes))
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
