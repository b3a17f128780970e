"""Training runs as a project keeps them: settings, curves, how each one ended, labels.

A run's record is what the window needs to show it again after reopening: per-epoch
metrics, the per-batch curve (thinned), whether it is shown, how many images it used,
where a stop landed, and its test results. Damaged entries raise UserError with a short
reason so the project can skip them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnngui.core.errors import UserError
from cnngui.core.model.spec import ModelSpec
from cnngui.core.phrases import Phrase, join_phrases, phrase
from cnngui.core.training import EpochMetrics, TrainingConfig

if TYPE_CHECKING:
    from cnngui.core.training import TrainingResult


@dataclass
class RunRecord:
    """One training run: its label, settings, per-epoch metrics and outcome."""

    label: str
    config: TrainingConfig
    history: list[EpochMetrics] = field(default_factory=list)
    reason: str = "completed"
    message: str = ""
    test_accuracy: float | None = None
    test_loss: float | None = None
    confusion: list[list[int]] | None = None
    device: str = ""
    seconds: float = 0.0
    started: str = ""
    spec: ModelSpec | None = None  # the network this run trained (it may differ from now)
    #: per-batch [epoch position, loss, accuracy], thinned to at most MAX_CURVE_POINTS
    batch_curve: list[list[float]] = field(default_factory=list)
    visible: bool = True  # whether its curves are shown (an exploded run is often hidden)
    images: int | None = None  # training images used (after the validation share)
    stopped_at: list[int] | None = None  # [epoch, batch, batches per epoch] of a stop

    def describe_end(self) -> str:
        """How it ended, for the run list (see :func:`end_text`)."""
        return end_text(self.reason, len(self.history), self.stopped_at, self.test_accuracy)

    @classmethod
    def from_result(
        cls,
        result: TrainingResult,
        config: TrainingConfig,
        spec: ModelSpec | None = None,
        label: str | None = None,
        index: int = 1,
    ) -> RunRecord:
        ev = result.evaluation
        record = cls(
            label="",
            config=TrainingConfig.from_json(config.to_json()),
            history=list(result.history),
            reason=result.reason,
            message=result.message,
            test_accuracy=None if ev is None else _finite(ev.accuracy),
            test_loss=None if ev is None else _finite(ev.loss),
            confusion=None if ev is None else [[int(v) for v in row] for row in ev.confusion],
            device=result.device,
            seconds=float(result.seconds),
            started=datetime.now().isoformat(timespec="seconds"),
            spec=spec,
            batch_curve=thin_curve(list(getattr(result, "batch_curve", None) or [])),
            images=getattr(result, "images", None),
            stopped_at=getattr(result, "stopped_at", None),
        )
        record.label = label or default_label(index, spec, config)
        return record

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "config": self.config.to_json(),
            "history": [m.to_json() for m in self.history],
            "reason": self.reason,
            "message": self.message,
            "test_accuracy": _finite(self.test_accuracy),
            "test_loss": _finite(self.test_loss),
            "confusion": self.confusion,
            "device": self.device,
            "seconds": _finite(self.seconds) or 0.0,
            "started": self.started,
            "spec": None if self.spec is None else self.spec.to_json(),
            "batch_curve": [[_finite(v) for v in point] for point in self.batch_curve],
            "visible": self.visible,
            "images": self.images,
            "stopped_at": self.stopped_at,
        }

    @classmethod
    def from_json(cls, d: Any) -> RunRecord:
        """Parse one run; UserError with a short reason when it is damaged."""
        if not isinstance(d, dict):
            raise UserError(
                phrase("a run must be a JSON object, got {type}", type=type(d).__name__)
            )
        history_raw = d.get("history", [])
        if not isinstance(history_raw, list):
            raise UserError(phrase("its history is not a list"))
        history = []
        for entry in history_raw:
            if not isinstance(entry, dict):
                raise UserError(phrase("an epoch record is not an object"))
            history.append(EpochMetrics.from_json(entry))
        spec = None
        if d.get("spec") is not None:
            spec = ModelSpec.from_json(d["spec"])
        confusion = d.get("confusion")
        if confusion is not None and not (
            isinstance(confusion, list)
            and all(isinstance(r, list) and all(_is_int(v) for v in r) for r in confusion)
        ):
            confusion = None
        return cls(
            label=_text(d.get("label"), "run"),
            config=TrainingConfig.from_json(d.get("config", {})),
            history=history,
            reason=_text(d.get("reason"), "completed"),
            message=_text(d.get("message"), ""),
            test_accuracy=_number(d.get("test_accuracy")),
            test_loss=_number(d.get("test_loss")),
            confusion=confusion,
            device=_text(d.get("device"), ""),
            seconds=_number(d.get("seconds")) or 0.0,
            started=_text(d.get("started"), ""),
            spec=spec,
            batch_curve=_curve(d.get("batch_curve")),
            visible=d.get("visible") is not False,
            images=d.get("images") if _is_int(d.get("images")) else None,
            stopped_at=_stopped_at(d.get("stopped_at")),
        )


MAX_CURVE_POINTS = 400


def thin_curve(points: list[list[float]], limit: int = MAX_CURVE_POINTS) -> list[list[float]]:
    """Every k-th point so at most ``limit`` remain (the last one always kept).

    >>> len(thin_curve([[i, i] for i in range(1000)]))
    400
    """
    if len(points) <= limit:
        return [list(p) for p in points]
    step = len(points) / limit
    picked = [list(points[int(i * step)]) for i in range(limit - 1)]
    return [*picked, list(points[-1])]


def _curve(value: Any) -> list[list[float]]:
    if not isinstance(value, list):
        return []
    out = []
    for p in value[: 4 * MAX_CURVE_POINTS]:
        if isinstance(p, list) and len(p) in (2, 3):
            numbers = [_number(v) for v in p]
            if all(v is not None for v in numbers):
                out.append(numbers)
    return out


def _stopped_at(value: Any) -> list[int] | None:
    ok = isinstance(value, list) and len(value) == 3 and all(_is_int(v) for v in value)
    return list(value) if ok else None


def settings_label(config: TrainingConfig) -> Phrase:
    """A run's settings, e.g. ``adam lr 0.001, batch 64, 20,000 images`` (how it ended is
    said separately: a stopped run must not read as the epochs it planned)."""
    parts: list[Any] = [f"{config.optimizer} lr {config.learning_rate:g}"]
    if config.schedule != "constant":
        parts.append(config.schedule)
    parts.append(phrase("batch {size}", size=config.batch_size))
    if config.augmentation:
        parts.append(phrase("augmented"))
    if config.limit:
        parts.append(phrase("{count:,} images", count=config.limit))
    if config.dataset != "mnist":
        parts.append(Path(config.dataset).name)
    return join_phrases(", ", parts)


def end_text(
    reason: str, epochs: int, stopped_at: list[int] | None, accuracy: float | None
) -> Phrase:
    """``3 epochs, test accuracy 97.2%`` or ``stopped in epoch 2 after 120 of 469 batches, …``.

    >>> end_text("stopped", 1, [2, 120, 469], 0.52)
    'stopped in epoch 2 after 120 of 469 batches, test accuracy 52.0%'
    """
    parts: list[Any] = []
    if reason == "stopped" and stopped_at:
        epoch, done, steps = stopped_at
        parts.append(
            phrase(
                "stopped in epoch {epoch} after {done} of {steps} batches",
                epoch=epoch,
                done=done,
                steps=steps,
            )
        )
    else:
        if epochs == 1:
            parts.append(phrase("1 epoch"))
        else:
            parts.append(phrase("{n} epochs", n=epochs))
        if reason != "completed":
            parts.append(_REASONS.get(reason) or reason)
    if accuracy is not None:
        parts.append(phrase("test accuracy {accuracy:.1%}", accuracy=accuracy))
    return join_phrases(", ", parts)


#: how a run ended, in the run list (English as the reason's code, which files keep)
_REASONS = {
    "early-stopped": phrase("early-stopped"),
    "stopped": phrase("stopped"),
    "failed": phrase("failed"),
    "nan": phrase("loss NaN"),
}


def default_label(index: int, spec: ModelSpec | None, config: TrainingConfig) -> Phrase:
    """The run list's label: the network's name and the settings (``index`` is shown apart).

    A phrase while the window shows it; a project file keeps its English (labels are names).
    """
    name = spec.name if spec is not None else phrase("model")
    return join_phrases(" · ", [name, settings_label(config)])


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _finite(value: Any) -> float | None:
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _number(value: Any) -> float | None:
    return _finite(value)


def _text(value: Any, default: str) -> str:
    return value if isinstance(value, str) else default
