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


def _check(info: Any) -> str | None:
    units = info.layer.args["units"]
    if units >= 1:
        return None
    return bad(info.label, f"units is {units}", "a layer needs at least 1 neuron", "use e.g. 64")


def _rule(info: Any, shape: Shape) -> str | None:
    """Dense acts on the last axis, as in Keras: on an image, on each pixel separately."""
    a = info.layer.args
    n, u = shape[-1], a["units"]
    positions = prod(shape[:-1])
    info.output_shape = (*shape[:-1], u)
    info.trainable_params = dense_params(n, u, a["use_bias"])
    info.macs = positions * n * u
    bias = f" + {u}" if a["use_bias"] else ""
    info.params_math = (
        f"{fmt_int(n)}·{u}{bias} = {fmt_int(info.trainable_params)}"
        f"  (inputs · units{' + one bias per unit' if bias else ''})"
    )
    if len(shape) == 1:
        info.shape_math = f"units = {u}"
        return None
    where = fmt_shape(shape[:-1])
    info.shape_math = (
        f"each of the {where} positions: its {n} channel values → {u} units, "
        f"so {fmt_shape(shape)} → {fmt_shape(info.output_shape)}"
    )
    info.warning = (
        f"{info.label}: Dense is applied to each of the {where} pixels separately "
        f"(the same {n}→{u} weights at every position), so it does not look at the whole "
        f"image; insert a Flatten layer before it to classify the image."
    )
    return None


def _describe(a: Mapping[str, Any]) -> str:
    text = f"{a['units']} units, {a['activation'] or 'linear'}"
    return text if a["use_bias"] else text + ", no bias"


DENSE = LayerType(
    name="Dense",
    description="every output neuron looks at every input number",
    args={
        "units": ArgDef("int", 10, "number of neurons", required=True),
        "activation": ArgDef("activation", None, "function applied to each output value"),
        "use_bias": ArgDef("bool", True, "add one learned bias per neuron"),
    },
    rule=_rule,
    primary=("units", "activation"),
    new_args={"units": 64, "activation": "relu"},
    check=_check,
    describe=_describe,
    fixed={"lora_rank": (None,)},
)

TYPES = (DENSE,)
