"""Reshaping: Flatten, Reshape."""

from __future__ import annotations

from collections.abc import Mapping
from math import prod
from typing import Any

from cnngui.core.model.layers.base import ArgDef, LayerType, Shape, bad, fmt_int, fmt_shape
from cnngui.core.phrases import phrase


def _flatten(info: Any, shape: Shape) -> str | None:
    n = prod(shape)
    info.output_shape = (n,)
    info.shape_math = f"{' · '.join(str(d) for d in shape)} = {fmt_int(n)}"
    info.params_math = phrase("0 — only rearranges the numbers")
    return None


FLATTEN = LayerType(
    name="Flatten",
    description=phrase("unrolls the image into one long list of numbers for Dense layers"),
    args={},
    rule=_flatten,
    fixed={"data_format": ("channels_last", None)},
)


def _reshape_check(info: Any) -> str | None:
    target = info.layer.args["target_shape"]
    if any(d < -1 for d in target) or list(target).count(-1) > 1:
        return bad(
            info.label,
            phrase("target_shape is {target}", target=list(target)),
            phrase(
                "each size must be a whole number of at least 1, with at most one -1 (worked out)"
            ),
            phrase("use e.g. [28, 28, 1] or [-1]"),
        )
    return None


def _reshape(info: Any, shape: Shape) -> str | None:
    target = tuple(info.layer.args["target_shape"])
    n = prod(shape)
    known = prod(d for d in target if d != -1)
    if -1 in target:
        if known == 0 or n % known:
            return bad(
                info.label,
                phrase(
                    "target_shape is {target} for an input of {count} numbers",
                    target=list(target),
                    count=fmt_int(n),
                ),
                phrase(
                    "{count} cannot be divided into parts of {part}",
                    count=fmt_int(n),
                    part=fmt_int(known),
                ),
                phrase("make the other sizes divide {count}", count=fmt_int(n)),
            )
        out = tuple(n // known if d == -1 else d for d in target)
        info.shape_math = f"-1 = {fmt_int(n)} / {fmt_int(known)} = {fmt_int(n // known)}"
    else:
        if known != n:
            return bad(
                info.label,
                phrase(
                    "target_shape {target} holds {count} numbers",
                    target=list(target),
                    count=fmt_int(known),
                ),
                phrase("the input {shape} holds {count}", shape=fmt_shape(shape), count=fmt_int(n)),
                phrase("make the sizes multiply to the same count, or use -1 for one of them"),
            )
        out = target
        info.shape_math = phrase(
            "{shape} → {output}, {count} numbers",
            shape=fmt_shape(shape),
            output=fmt_shape(out),
            count=fmt_int(n),
        )
    info.output_shape = out
    info.params_math = phrase("0 — only rearranges the numbers")
    return None


def _reshape_describe(a: Mapping[str, Any]) -> str:
    return "→ " + fmt_shape(a["target_shape"]).replace("-1", "?")


RESHAPE = LayerType(
    name="Reshape",
    description=phrase("rearranges the numbers into another shape (e.g. 784 → 28×28×1)"),
    args={
        "target_shape": ArgDef(
            "shape",
            (28, 28, 1),
            phrase("the new shape, without the batch (-1: worked out)"),
            True,
        )
    },
    rule=_reshape,
    primary=("target_shape",),
    new_args={"target_shape": (28, 28, 1)},
    check=_reshape_check,
    describe=_reshape_describe,
)

TYPES = (FLATTEN, RESHAPE)
