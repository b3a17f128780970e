"""Pooling: MaxPooling2D, AveragePooling2D and their global forms."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cnngui.core.model.layers.base import (
    ArgDef,
    LayerType,
    Shape,
    at_least_one,
    describe_pair,
    fmt_shape,
    pair_text,
    pool_output_length,
    pooled_before,
    spatial_math,
)

_CHANNELS_LAST = {"data_format": ("channels_last", None)}


def _check(info: Any) -> str | None:
    a, w = info.layer.args, info.label
    problem = at_least_one(w, "pool_size", a["pool_size"], "use e.g. 2×2")
    if problem is None and a["strides"] is not None:
        problem = at_least_one(w, "strides", a["strides"], "use null to step by the pool size")
    return problem


def _rule(info: Any, shape: Shape) -> str | None:
    a = info.layer.args
    h, w, c = shape
    p = a["pool_size"]
    s = a["strides"] if a["strides"] is not None else p
    out = (
        pool_output_length(h, p[0], s[0], a["padding"]),
        pool_output_length(w, p[1], s[1], a["padding"]),
    )
    if min(out) < 1:
        fix = 'use padding="same"'
        fix += (
            " or remove a pooling layer before it"
            if pooled_before(info)
            else " or a smaller pool_size"
        )
        return (
            f"{info.label}: input is {fmt_shape(shape)}, smaller than pool_size "
            f"{pair_text(p)}, so the output would be {max(out[0], 0)}×{max(out[1], 0)}; {fix}."
        )
    info.output_shape = (out[0], out[1], c)
    info.shape_math = spatial_math(h, w, p, s, a["padding"], out) + f"; channels stay {c}"
    info.params_math = "0 — pooling has nothing to learn"
    return None


def _describe(a: Mapping[str, Any]) -> str:
    parts = [describe_pair(a["pool_size"])]
    if a["strides"] is not None and a["strides"] != a["pool_size"]:
        parts.append(f"stride {describe_pair(a['strides'])}")
    parts.append(a["padding"])
    return ", ".join(parts)


def _from_keras(args: dict[str, Any], cfg: Mapping[str, Any]) -> dict[str, Any]:
    """``strides`` equal to the pool size is the same network; it reads as "step by the pool"."""
    if args.get("strides") is not None and args["strides"] == args.get("pool_size"):
        args["strides"] = None
    return args


def _window(name: str, what: str, alias: str) -> LayerType:
    kept = "maximum" if name.startswith("Max") else "average"
    return LayerType(
        name=name,
        description=what,
        args={
            "pool_size": ArgDef("pair", (2, 2), f"window whose {kept} is kept"),
            "strides": ArgDef("pair_or_none", None, "step of the window (null: the pool size)"),
            "padding": ArgDef("padding", "valid", '"valid" drops the border, "same" pads it'),
        },
        rule=_rule,
        primary=("pool_size", "strides", "padding"),
        check=_check,
        describe=_describe,
        needs_image=True,
        aliases=(alias,),
        fixed=_CHANNELS_LAST,
        from_keras=_from_keras,
    )


def _global_rule(info: Any, shape: Shape) -> str | None:
    c = shape[2]
    info.output_shape = (1, 1, c) if info.layer.args["keepdims"] else (c,)
    how = "maximum" if info.type.startswith("GlobalMax") else "average"
    info.shape_math = f"each of the {c} channels → its {how} over {shape[0]}×{shape[1]}"
    info.params_math = "0 — pooling has nothing to learn"
    return None


def _global(name: str, what: str, alias: str) -> LayerType:
    return LayerType(
        name=name,
        description=what,
        args={"keepdims": ArgDef("bool", False, "keep the 1×1 spatial dimensions")},
        rule=_global_rule,
        primary=("keepdims",),
        needs_image=True,
        aliases=(alias,),
        fixed=_CHANNELS_LAST,
    )


TYPES = (
    _window(
        "MaxPooling2D",
        "keeps the strongest response in each window, shrinking the image",
        "MaxPool2D",
    ),
    _window("AveragePooling2D", "averages each window, shrinking the image", "AvgPool2D"),
    _global(
        "GlobalMaxPooling2D", "keeps each channel's single strongest response", "GlobalMaxPool2D"
    ),
    _global(
        "GlobalAveragePooling2D", "averages each channel down to one number", "GlobalAvgPool2D"
    ),
)
