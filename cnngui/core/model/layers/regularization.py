"""Regularization: Dropout."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cnngui.core.model.layers.base import ArgDef, LayerType, bad, same_shape


def _check(info: Any) -> str | None:
    rate = info.layer.args["rate"]
    if 0 <= rate <= 1:
        return None
    return bad(
        info.label,
        f"rate is {rate:g}",
        "it must be from 0 to 1 (the fraction of values dropped)",
        "use e.g. 0.25",
    )


def _check_trainable(info: Any) -> str | None:
    if info.layer.args["rate"] != 1:
        return None
    return bad(
        info.label,
        "rate is 1",
        "that drops every value, so nothing reaches the next layer",
        "use a rate below 1, e.g. 0.25",
    )


def _describe(a: Mapping[str, Any]) -> str:
    return f"rate {a['rate']:g}"


DROPOUT = LayerType(
    name="Dropout",
    description="switches random values off while training so the network cannot memorise",
    args={"rate": ArgDef("float", 0.5, "fraction of values set to zero while training", True)},
    rule=lambda info, shape: same_shape(info, shape),
    primary=("rate",),
    new_args={"rate": 0.25},
    check=_check,
    check_trainable=_check_trainable,
    describe=_describe,
    fixed={"noise_shape": (None,)},
)

TYPES = (DROPOUT,)
