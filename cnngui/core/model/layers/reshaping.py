"""Reshaping: Flatten."""

from __future__ import annotations

from math import prod
from typing import Any

from cnngui.core.model.layers.base import LayerType, Shape, fmt_int


def _flatten(info: Any, shape: Shape) -> str | None:
    n = prod(shape)
    info.output_shape = (n,)
    info.shape_math = f"{' · '.join(str(d) for d in shape)} = {fmt_int(n)}"
    info.params_math = "0 — only rearranges the numbers"
    return None


FLATTEN = LayerType(
    name="Flatten",
    description="unrolls the image into one long list of numbers for Dense layers",
    args={},
    rule=_flatten,
    fixed={"data_format": ("channels_last", None)},
)

TYPES = (FLATTEN,)
