"""Activations: the Activation layer (any function Keras knows by name), Rescaling."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cnngui.core.model.layers.base import ArgDef, LayerType, Shape, same_shape


def _describe(a: Mapping[str, Any]) -> str:
    return str(a["activation"] or "linear")


ACTIVATION = LayerType(
    name="Activation",
    description="applies a function such as relu or softmax to every value",
    args={"activation": ArgDef("activation", "relu", "function applied to each value", True)},
    rule=lambda info, shape: same_shape(info, shape),
    primary=("activation",),
    new_args={"activation": "relu"},
    describe=_describe,
)


def _rescaling(info: Any, shape: Shape) -> str | None:
    a = info.layer.args
    same_shape(info, shape)
    info.shape_math = f"same shape as its input; each value x → x·{a['scale']:g} + {a['offset']:g}"
    return None


def _rescaling_describe(a: Mapping[str, Any]) -> str:
    text = f"× {a['scale']:g}"
    offset = a["offset"]
    return text if offset == 0 else f"{text} {'+' if offset > 0 else '−'} {abs(offset):g}"


RESCALING = LayerType(
    name="Rescaling",
    description="multiplies every value by scale and adds offset (e.g. pixels 0–255 → 0–1)",
    args={
        "scale": ArgDef("float", 1 / 255, "every value is multiplied by this", required=True),
        "offset": ArgDef("float", 0.0, "then this is added"),
    },
    rule=_rescaling,
    primary=("scale", "offset"),
    describe=_rescaling_describe,
)

TYPES = (ACTIVATION, RESCALING)
