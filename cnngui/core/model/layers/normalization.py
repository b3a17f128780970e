"""Normalization: BatchNormalization."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cnngui.core.model.layers.base import ArgDef, LayerType, Shape, bad, fmt_int, fmt_shape
from cnngui.core.phrases import phrase


def _check_trainable(info: Any) -> str | None:
    a, w = info.layer.args, info.label
    if not 0 <= a["momentum"] <= 1:
        return bad(
            w,
            phrase("momentum is {value:g}", value=a["momentum"]),
            phrase("the running statistics only settle for a momentum from 0 to 1"),
            phrase("use 0.99"),
        )
    if a["epsilon"] <= 0:
        return bad(
            w,
            phrase("epsilon is {value:g}", value=a["epsilon"]),
            phrase("it must be above 0 or a channel with no variation divides by zero"),
            phrase("use 0.001"),
        )
    return None


def _axis(axis: int, rank: int) -> int | None:
    """The index into the (batch-less) input shape that ``axis`` names, or None.

    Keras counts the batch as axis 0, which cannot be normalised over.

    >>> _axis(-1, 3), _axis(3, 3), _axis(1, 3), _axis(-3, 3), _axis(0, 3), _axis(4, 3)
    (2, 2, 0, 0, None, None)
    """
    full = axis + rank + 1 if axis < 0 else axis
    return full - 1 if 1 <= full <= rank else None


def _rule(info: Any, shape: Shape) -> str | None:
    a = info.layer.args
    index = _axis(a["axis"], len(shape))
    if index is None:
        last = len(shape)
        return bad(
            info.label,
            phrase(
                "axis is {axis} for an input of shape {shape}",
                axis=a["axis"],
                shape=fmt_shape(shape),
            ),
            phrase(
                "Keras counts the batch as axis 0, so it must be from 1 to {last} "
                "(or -{last} to -1)",
                last=last,
            ),
            phrase("use -1 (the channels)"),
        )
    c = shape[index]
    learned = int(a["center"]) + int(a["scale"])
    info.output_shape = shape
    info.trainable_params = learned * c
    info.non_trainable_params = 2 * c
    learns = [n for n, on in (("γ", a["scale"]), ("β", a["center"])) if on]
    names = phrase("γ and β") if len(learns) == 2 else learns[0] if learns else phrase("none")
    info.shape_math = phrase("same shape as its input")
    per = (
        phrase("{names} per channel", names=names)
        if index == len(shape) - 1
        else phrase("{names} per position of axis {axis}", names=names, axis=a["axis"])
    )
    info.params_math = phrase(
        "{trainable} trainable ({per}) + {fixed} not trainable (running mean and variance)",
        trainable=f"{learned}·{c} = {fmt_int(learned * c)}",
        per=per,
        fixed=f"2·{c} = {fmt_int(2 * c)}",
    )
    return None


def _describe(a: Mapping[str, Any]) -> str:
    return "" if a["axis"] == -1 else phrase("axis {axis}", axis=a["axis"])


def _from_keras(args: dict[str, Any], cfg: Mapping[str, Any]) -> dict[str, Any]:
    """tf.keras 2 writes the axis as a list (``[3]``, or ``[1]`` after Dense)."""
    axis = args.get("axis")
    if isinstance(axis, (list, tuple)) and len(axis) == 1:
        args["axis"] = axis[0]
    return args


BATCH_NORMALIZATION = LayerType(
    name="BatchNormalization",
    description=phrase("rescales each channel to a steady range, which speeds up training"),
    args={
        "axis": ArgDef(
            "int", -1, phrase("the axis normalised, counting the batch as 0 (-1: channels)")
        ),
        "momentum": ArgDef("float", 0.99, phrase("how slowly the running statistics move")),
        "epsilon": ArgDef("float", 0.001, phrase("small number that avoids dividing by zero")),
        "center": ArgDef("bool", True, phrase("learn a shift (beta) per channel")),
        "scale": ArgDef("bool", True, phrase("learn a scale (gamma) per channel")),
    },
    rule=_rule,
    primary=("momentum",),
    check_trainable=_check_trainable,
    describe=_describe,
    fixed={"synchronized": (False, None)},
    from_keras=_from_keras,
)

TYPES = (BATCH_NORMALIZATION,)
