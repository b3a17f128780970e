"""Regularization: Dropout."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cnngui.core.model.layers.base import ArgDef, LayerType, bad, same_shape
from cnngui.core.phrases import phrase


def _check(info: Any) -> str | None:
    rate = info.layer.args["rate"]
    if 0 <= rate <= 1:
        return None
    return bad(
        info.label,
        phrase("rate is {value:g}", value=rate),
        phrase("it must be from 0 to 1 (the fraction of values dropped)"),
        phrase("use e.g. 0.25"),
    )


def _check_trainable(info: Any) -> str | None:
    if info.layer.args["rate"] != 1:
        return None
    return bad(
        info.label,
        phrase("rate is {value:g}", value=1),
        phrase("that drops every value, so nothing reaches the next layer"),
        phrase("use a rate below 1, e.g. 0.25"),
    )


def _describe(a: Mapping[str, Any]) -> str:
    return phrase("rate {rate:g}", rate=a["rate"])


DROPOUT = LayerType(
    name="Dropout",
    description=phrase("switches random values off while training so the network cannot memorise"),
    args={
        "rate": ArgDef("float", 0.5, phrase("fraction of values set to zero while training"), True)
    },
    rule=lambda info, shape: same_shape(info, shape),
    primary=("rate",),
    new_args={"rate": 0.25},
    check=_check,
    check_trainable=_check_trainable,
    describe=_describe,
    fixed={"noise_shape": (None,)},
)

TYPES = (DROPOUT,)
