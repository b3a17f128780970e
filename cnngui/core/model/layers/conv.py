"""Convolution: Conv2D."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cnngui.core.model.layers.base import (
    ArgDef,
    LayerType,
    Shape,
    at_least_one,
    bad,
    conv_output_length,
    conv_params,
    describe_pair,
    fmt_int,
    fmt_shape,
    pair_text,
    pooled_before,
    spatial_math,
)
from cnngui.core.phrases import join_phrases, phrase


def _check(info: Any) -> str | None:
    a, w = info.layer.args, info.label
    if a["filters"] < 1:
        return bad(
            w,
            phrase("filters is {value}", value=a["filters"]),
            phrase("a layer needs at least 1 filter"),
            phrase("use e.g. 32"),
        )
    for arg in ("kernel_size", "strides", "dilation_rate"):
        problem = at_least_one(
            w,
            arg,
            a[arg],
            phrase("use e.g. 3×3 for kernel_size, 1×1 for strides and dilation_rate"),
        )
        if problem:
            return problem
    if max(a["strides"]) > 1 and max(a["dilation_rate"]) > 1:
        return bad(
            w,
            phrase(
                "strides is {strides} and dilation_rate is {dilation}",
                strides=pair_text(a["strides"]),
                dilation=pair_text(a["dilation_rate"]),
            ),
            phrase("Keras cannot use both above 1"),
            phrase("set one of them to 1"),
        )
    return None


def _rule(info: Any, shape: Shape) -> str | None:
    a = info.layer.args
    h, w, c = shape
    k, s, d = a["kernel_size"], a["strides"], a["dilation_rate"]
    eff = ((k[0] - 1) * d[0] + 1, (k[1] - 1) * d[1] + 1)
    out = (
        conv_output_length(h, k[0], s[0], a["padding"], d[0]),
        conv_output_length(w, k[1], s[1], a["padding"], d[1]),
    )
    if min(out) < 1:
        fix = (
            phrase('use padding="same", a smaller kernel_size, or remove a pooling layer before it')
            if pooled_before(info)
            else phrase('use padding="same" or a smaller kernel_size')
        )
        return phrase(
            "{layer}: input is {shape}, smaller than the kernel {kernel}, so the output would "
            "be {out}; {fix}.",
            layer=info.label,
            shape=fmt_shape(shape),
            kernel=pair_text(eff),
            out=f"{max(out[0], 0)}×{max(out[1], 0)}",
            fix=fix,
        )
    f = a["filters"]
    info.output_shape = (out[0], out[1], f)
    info.trainable_params = conv_params(k, c, f, a["use_bias"])
    info.macs = out[0] * out[1] * f * k[0] * k[1] * c
    info.shape_math = phrase(
        "{spatial}; channels = filters = {filters}",
        spatial=spatial_math(h, w, eff, s, a["padding"], out),
        filters=f,
    )
    bias = f" + {f}" if a["use_bias"] else ""
    sum_text = f"{k[0]}·{k[1]}·{c}·{f}{bias} = {fmt_int(info.trainable_params)}"
    info.params_math = (
        phrase("{sum}  (kernel h·w · input channels · filters + one bias per filter)", sum=sum_text)
        if bias
        else phrase("{sum}  (kernel h·w · input channels · filters)", sum=sum_text)
    )
    return None


def _describe(a: Mapping[str, Any]) -> str:
    parts: list[str] = [f"{a['filters']} × {describe_pair(a['kernel_size'])}"]
    if a["strides"] != (1, 1):
        parts.append(phrase("stride {pair}", pair=describe_pair(a["strides"])))
    if a["dilation_rate"] != (1, 1):
        parts.append(phrase("dilation {pair}", pair=describe_pair(a["dilation_rate"])))
    parts.append(a["padding"])
    parts.append(a["activation"] or "linear")
    if not a["use_bias"]:
        parts.append(phrase("no bias"))
    return join_phrases(", ", parts)


CONV2D = LayerType(
    name="Conv2D",
    description=phrase(
        "slides small learned filters over the image; each filter finds one pattern"
    ),
    args={
        "filters": ArgDef("int", 32, phrase("number of filters (output channels)"), required=True),
        "kernel_size": ArgDef(
            "pair", (3, 3), phrase("height × width of each filter"), required=True
        ),
        "strides": ArgDef("pair", (1, 1), phrase("step of the filter in pixels")),
        "padding": ArgDef(
            "padding", "valid", phrase('"valid" shrinks the image, "same" keeps its size')
        ),
        "activation": ArgDef("activation", None, phrase("function applied to each output value")),
        "use_bias": ArgDef("bool", True, phrase("add one learned bias per filter")),
        "dilation_rate": ArgDef("pair", (1, 1), phrase("spacing between the filter's taps")),
    },
    rule=_rule,
    primary=("filters", "kernel_size", "padding", "activation"),
    new_args={"filters": 32, "kernel_size": 3, "padding": "same", "activation": "relu"},
    check=_check,
    describe=_describe,
    needs_image=True,
    aliases=("Convolution2D",),
    fixed={"data_format": ("channels_last", None), "groups": (1, None)},
)


def _zero_padding_check(info: Any) -> str | None:
    (t, b), (left, r) = info.layer.args["padding"]
    if min(t, b, left, r) >= 0:
        return None
    return bad(
        info.label,
        phrase(
            "padding is top {top}, bottom {bottom}, left {left}, right {right}",
            top=t,
            bottom=b,
            left=left,
            right=r,
        ),
        phrase("rows and columns of zeros cannot be fewer than 0"),
        phrase("use 0 or more, e.g. 2 to pad 28×28 to 32×32"),
    )


def _zero_padding(info: Any, shape: Shape) -> str | None:
    (t, b), (left, r) = info.layer.args["padding"]
    h, w, c = shape
    info.output_shape = (h + t + b, w + left + r, c)
    info.shape_math = phrase(
        "height: {height}; width: {width}; channels stay {channels}",
        height=f"{h} + {t} + {b} = {h + t + b}",
        width=f"{w} + {left} + {r} = {w + left + r}",
        channels=c,
    )
    info.params_math = phrase("0 — only adds zeros around the border")
    return None


def _zero_padding_describe(a: Mapping[str, Any]) -> str:
    (t, b), (left, r) = a["padding"]
    if t == b == left == r:
        return f"{t} px"
    if (t, left) == (b, r):
        return phrase("{rows} px top and bottom, {columns} px left and right", rows=t, columns=left)
    return phrase(
        "top {top}, bottom {bottom}, left {left}, right {right}",
        top=t,
        bottom=b,
        left=left,
        right=r,
    )


ZERO_PADDING2D = LayerType(
    name="ZeroPadding2D",
    description=phrase("adds rows and columns of zeros around the image (e.g. 28×28 → 32×32)"),
    args={
        "padding": ArgDef(
            "padding2d",
            ((1, 1), (1, 1)),
            phrase("zeros added: n, [rows, columns] or [[top, bottom], [left, right]]"),
            required=True,
        )
    },
    rule=_zero_padding,
    primary=("padding",),
    new_args={"padding": 2},
    check=_zero_padding_check,
    describe=_zero_padding_describe,
    needs_image=True,
    fixed={"data_format": ("channels_last", None)},
)

TYPES = (CONV2D, ZERO_PADDING2D)
