"""The parts of a ``.cnnassign`` file read one by one: its goal and each checked field.

:mod:`cnngui.core.classroom.assignment` builds an :class:`Assignment` from these; every
problem is one :class:`AssignmentError` sentence that names the field, what it holds and
what it may hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cnngui.core.errors import UserError
from cnngui.core.model.spec import LAYER_TYPES, ModelSpec
from cnngui.core.phrases import Phrase, phrase, phrase_of
from cnngui.core.training.config import TrainingConfig

METRICS = ("accuracy",)


class AssignmentError(UserError):
    """An assignment file that cannot be used; one sentence saying what to fix."""


@dataclass(frozen=True)
class Goal:
    """What counts as done: ``metric`` ≥ ``value`` on the named dataset."""

    metric: str = "accuracy"
    value: float = 0.0
    dataset: str = "held-out set"

    def text(self) -> Phrase:
        return phrase(
            "{metric} ≥ {value:.1%} on {dataset}",
            metric=self.metric,
            value=self.value,
            dataset=self.dataset,
        )

    def line(self) -> Phrase:
        """``Goal: accuracy ≥ 98.0% on …`` (the assignment panel, the leaderboard page)."""
        return phrase("Goal: {goal}", goal=self.text())


def _shown(value: Any) -> str:
    """``repr`` clipped: a sentence must stay one line even for a 400-digit number."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _slug(title: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in title.lower()).split()) or "task"


def _text(data: dict[str, Any], key: str, required: bool = False) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        if required:
            raise AssignmentError(
                phrase("{key} must be non-empty text, not {value}.", key=key, value=_shown(value))
            )
        raise AssignmentError(
            phrase("{key} must be text, not {value}.", key=key, value=_shown(value))
        )
    return value


def _budget(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise AssignmentError(
            phrase(
                "{key} must be a whole number of at least 1 or null, not {value}.",
                key=key,
                value=_shown(value),
            )
        )
    return value


def _layers(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not value:
        raise AssignmentError(
            phrase("allowed_layers must be a list of layer types or null (any layer).")
        )
    for name in value:
        if name not in LAYER_TYPES:
            raise AssignmentError(
                phrase(
                    "allowed_layers names {name}, which is not a layer type; use {types}.",
                    name=_shown(name),
                    types=", ".join(LAYER_TYPES),
                )
            )
    return tuple(value)


def _network(value: Any, key: str) -> ModelSpec | None:
    if value is None:
        return None
    if isinstance(value, dict) and set(value) == {"preset"}:
        from cnngui.core.model.presets import PRESETS

        if value["preset"] not in PRESETS:
            raise AssignmentError(
                phrase(
                    "{key} names the preset {name}, which does not exist; use one of {names}.",
                    key=key,
                    name=_shown(value["preset"]),
                    names=", ".join(PRESETS),
                )
            )
        return PRESETS[value["preset"]].spec()
    try:
        return ModelSpec.from_json(value)
    except UserError as exc:
        raise AssignmentError(phrase("{key}: {problem}", key=key, problem=phrase_of(exc))) from None


def _locked(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise AssignmentError(
            phrase(
                "locked must be an object of training settings, e.g. {example}.",
                example='{"epochs": 3}',
            )
        )
    try:
        config = TrainingConfig.from_json(value)
    except UserError as exc:
        raise AssignmentError(
            phrase("{key}: {problem}", key="locked", problem=phrase_of(exc))
        ) from None
    return {key: getattr(config, key) for key in value}


def _goal(value: Any) -> Goal:
    if value is None:
        return Goal()
    if not isinstance(value, dict):
        raise AssignmentError(
            phrase(
                "goal must be an object like {example}.",
                example='{"metric": "accuracy", "value": 0.98}',
            )
        )
    metric = value.get("metric", "accuracy")
    if metric not in METRICS:
        raise AssignmentError(
            phrase(
                "goal metric must be {metrics}, not {value}.",
                metrics=" or ".join(METRICS),
                value=_shown(metric),
            )
        )
    target = value.get("value")
    if isinstance(target, bool) or not isinstance(target, (int, float)) or not 0 <= target <= 1:
        raise AssignmentError(
            phrase(
                "goal value must be a fraction from 0 to 1 (0.98 for 98 %), not {value}.",
                value=_shown(target),
            )
        )
    where = value.get("dataset", "held-out set")
    if not isinstance(where, str):
        raise AssignmentError(
            phrase("goal dataset must be text, not {value}.", value=_shown(where))
        )
    return Goal(metric, float(target), where)
