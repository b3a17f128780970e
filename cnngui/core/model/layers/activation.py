"""Activations: the Activation layer (any function Keras knows by name)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cnngui.core.model.layers.base import ArgDef, LayerType, same_shape


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

TYPES = (ACTIVATION,)
