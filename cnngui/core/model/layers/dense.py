"""Core: Dense."""

from __future__ import annotations

from collections.abc import Mapping
from math import prod
from typing import Any

from cnngui.core.model.layers.base import (
    ArgDef,
    LayerType,
    Shape,
    bad,
    dense_params,
    fmt_int,
    fmt_shape,
)
from cnngui.core.phrases import phrase


def _check(info: Any) -> str | None:
    units = info.layer.args["units"]
    if units >= 1:
        return None
    return bad(
        info.label,
        phrase("units is {value}", value=units),
        phrase("a layer needs at least 1 neuron"),
        phrase("use e.g. 64"),
    )


def _rule(info: Any, shape: Shape) -> str | None:
    """Dense acts on the last axis, as in Keras: on an image, on each pixel separately."""
    a = info.layer.args
    n, u = shape[-1], a["units"]
    positions = prod(shape[:-1])
    info.output_shape = (*shape[:-1], u)
    info.trainable_params = dense_params(n, u, a["use_bias"])
    info.macs = positions * n * u
    bias = f" + {u}" if a["use_bias"] else ""
    sum_text = f"{fmt_int(n)}·{u}{bias} = {fmt_int(info.trainable_params)}"
    info.params_math = (
        phrase("{sum}  (inputs · units + one bias per unit)", sum=sum_text)
        if bias
        else phrase("{sum}  (inputs · units)", sum=sum_text)
    )
    if len(shape) == 1:
        info.shape_math = phrase("units = {units}", units=u)
        return None
    where = fmt_shape(shape[:-1])
    info.shape_math = phrase(
        "each of the {where} positions: its {n} channel values → {units} units, "
        "so {shape} → {output}",
        where=where,
        n=n,
        units=u,
        shape=fmt_shape(shape),
        output=fmt_shape(info.output_shape),
    )
    info.warning = phrase(
        "{layer}: Dense is applied to each of the {where} pixels separately "
        "(the same {n}→{units} weights at every position), so it does not look at the whole "
        "image; insert a Flatten layer before it to classify the image.",
        layer=info.label,
        where=where,
        n=n,
        units=u,
    )
    return None


def _describe(a: Mapping[str, Any]) -> str:
    activation = a["activation"] or "linear"
    if a["use_bias"]:
        return phrase("{units} units, {activation}", units=a["units"], activation=activation)
    return phrase("{units} units, {activation}, no bias", units=a["units"], activation=activation)


DENSE = LayerType(
    name="Dense",
    description=phrase("every output neuron looks at every input number"),
    args={
        "units": ArgDef("int", 10, phrase("number of neurons"), required=True),
        "activation": ArgDef("activation", None, phrase("function applied to each output value")),
        "use_bias": ArgDef("bool", True, phrase("add one learned bias per neuron")),
    },
    rule=_rule,
    primary=("units", "activation"),
    new_args={"units": 64, "activation": "relu"},
    check=_check,
    describe=_describe,
    fixed={"lora_rank": (None,)},
)

TYPES = (DENSE,)
