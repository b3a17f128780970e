"""Normalization: BatchNormalization."""

from __future__ import annotations

from typing import Any

from cnngui.core.model.layers.base import ArgDef, LayerType, Shape, bad, fmt_int


def _check_trainable(info: Any) -> str | None:
    a, w = info.layer.args, info.label
    if not 0 <= a["momentum"] <= 1:
        return bad(
            w,
            f"momentum is {a['momentum']:g}",
            "the running statistics only settle for a momentum from 0 to 1",
            "use 0.99",
        )
    if a["epsilon"] <= 0:
        return bad(
            w,
            f"epsilon is {a['epsilon']:g}",
            "it must be above 0 or a channel with no variation divides by zero",
            "use 0.001",
        )
    return None


def _rule(info: Any, shape: Shape) -> str | None:
    a = info.layer.args
    c = shape[-1]
    learned = int(a["center"]) + int(a["scale"])
    info.output_shape = shape
    info.trainable_params = learned * c
    info.non_trainable_params = 2 * c
    names = " and ".join(n for n, on in (("γ", a["scale"]), ("β", a["center"])) if on)
    info.shape_math = "same shape as its input"
    info.params_math = (
        f"{learned}·{c} = {fmt_int(learned * c)} trainable ({names or 'none'} per channel) "
        f"+ 2·{c} = {fmt_int(2 * c)} not trainable (running mean and variance)"
    )
    return None


BATCH_NORMALIZATION = LayerType(
    name="BatchNormalization",
    description="rescales each channel to a steady range, which speeds up training",
    args={
        "momentum": ArgDef("float", 0.99, "how slowly the running statistics move"),
        "epsilon": ArgDef("float", 0.001, "small number that avoids dividing by zero"),
        "center": ArgDef("bool", True, "learn a shift (beta) per channel"),
        "scale": ArgDef("bool", True, "learn a scale (gamma) per channel"),
    },
    rule=_rule,
    primary=("momentum",),
    check_trainable=_check_trainable,
    fixed={"axis": (-1, 3, [-1], [3]), "synchronized": (False, None)},
)

TYPES = (BATCH_NORMALIZATION,)
