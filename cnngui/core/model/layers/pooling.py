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
from cnngui.core.phrases import join_phrases, phrase

_CHANNELS_LAST = {"data_format": ("channels_last", None)}


def _check(info: Any) -> str | None:
    a, w = info.layer.args, info.label
    problem = at_least_one(w, "pool_size", a["pool_size"], phrase("use e.g. 2×2"))
    if problem is None and a["strides"] is not None:
        problem = at_least_one(
            w,
            "strides",
            a["strides"],
            phrase('use null ("auto" in the builder) to step by the pool size'),
        )
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
        fix = (
            phrase('use padding="same" or remove a pooling layer before it')
            if pooled_before(info)
            else phrase('use padding="same" or a smaller pool_size')
        )
        return phrase(
            "{layer}: input is {shape}, smaller than pool_size {pool}, so the output would be "
            "{out}; {fix}.",
            layer=info.label,
            shape=fmt_shape(shape),
            pool=pair_text(p),
            out=f"{max(out[0], 0)}×{max(out[1], 0)}",
            fix=fix,
        )
    info.output_shape = (out[0], out[1], c)
    info.shape_math = phrase(
        "{spatial}; channels stay {channels}",
        spatial=spatial_math(h, w, p, s, a["padding"], out),
        channels=c,
    )
    info.params_math = phrase("0 — pooling has nothing to learn")
    return None


def _describe(a: Mapping[str, Any]) -> str:
    parts = [describe_pair(a["pool_size"])]
    if a["strides"] is not None and a["strides"] != a["pool_size"]:
        parts.append(phrase("stride {pair}", pair=describe_pair(a["strides"])))
    parts.append(a["padding"])
    return join_phrases(", ", parts)


def _from_keras(args: dict[str, Any], cfg: Mapping[str, Any]) -> dict[str, Any]:
    """``strides`` equal to the pool size is the same network; it reads as "step by the pool"."""
    if args.get("strides") is not None and args["strides"] == args.get("pool_size"):
        args["strides"] = None
    return args


def _window(name: str, what: str, alias: str) -> LayerType:
    kept = (
        phrase("window whose maximum is kept")
        if name.startswith("Max")
        else phrase("window whose average is kept")
    )
    return LayerType(
        name=name,
        description=what,
        args={
            "pool_size": ArgDef("pair", (2, 2), kept),
            "strides": ArgDef(
                "pair_or_none", None, phrase('step of the window (null or "auto": the pool size)')
            ),
            "padding": ArgDef(
                "padding", "valid", phrase('"valid" drops the border, "same" pads it')
            ),
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
    over = f"{shape[0]}×{shape[1]}"
    info.shape_math = (
        phrase("each of the {channels} channels → its maximum over {size}", channels=c, size=over)
        if info.type.startswith("GlobalMax")
        else phrase(
            "each of the {channels} channels → its average over {size}", channels=c, size=over
        )
    )
    info.params_math = phrase("0 — pooling has nothing to learn")
    return None


def _global(name: str, what: str, alias: str) -> LayerType:
    return LayerType(
        name=name,
        description=what,
        args={"keepdims": ArgDef("bool", False, phrase("keep the 1×1 spatial dimensions"))},
        rule=_global_rule,
        primary=("keepdims",),
        needs_image=True,
        aliases=(alias,),
        fixed=_CHANNELS_LAST,
    )


TYPES = (
    _window(
        "MaxPooling2D",
        phrase("keeps the strongest response in each window, shrinking the image"),
        "MaxPool2D",
    ),
    _window("AveragePooling2D", phrase("averages each window, shrinking the image"), "AvgPool2D"),
    _global(
        "GlobalMaxPooling2D",
        phrase("keeps each channel's single strongest response"),
        "GlobalMaxPool2D",
    ),
    _global(
        "GlobalAveragePooling2D",
        phrase("averages each channel down to one number"),
        "GlobalAvgPool2D",
    ),
)
