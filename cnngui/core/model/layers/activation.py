"""Activations: the Activation layer (any function Keras knows by name), Rescaling."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cnngui.core.model.layers.base import ArgDef, LayerType, Shape, same_shape
from cnngui.core.phrases import phrase


def _describe(a: Mapping[str, Any]) -> str:
    return str(a["activation"] or "linear")


def _relu_layer(cfg: Mapping[str, Any]) -> dict[str, Any] | str:
    """``keras.layers.ReLU()`` is Activation("relu") (or "relu6" with max_value 6)."""
    max_value = cfg.get("max_value")
    plain = not cfg.get("negative_slope") and not cfg.get("threshold")
    if plain and max_value in (None, 6):
        return {"activation": "relu" if max_value is None else "relu6"}
    return phrase(
        "a ReLU layer with max_value, negative_slope or threshold is not supported; use "
        'Activation("relu") or Activation("relu6")'
    )


def _softmax_layer(cfg: Mapping[str, Any]) -> dict[str, Any] | str:
    """``keras.layers.Softmax()`` over the last axis is Activation("softmax")."""
    if cfg.get("axis", -1) in (-1, [-1]):
        return {"activation": "softmax"}
    return phrase("a Softmax layer over another axis than the last is not supported; use axis=-1")


ACTIVATION = LayerType(
    name="Activation",
    description=phrase("applies a function such as relu or softmax to every value"),
    args={
        "activation": ArgDef("activation", "relu", phrase("function applied to each value"), True)
    },
    rule=lambda info, shape: same_shape(info, shape),
    primary=("activation",),
    new_args={"activation": "relu"},
    describe=_describe,
    keras_forms={"ReLU": _relu_layer, "Softmax": _softmax_layer},
)


def _rescaling(info: Any, shape: Shape) -> str | None:
    a = info.layer.args
    same_shape(info, shape)
    info.shape_math = phrase(
        "same shape as its input; each value x → {formula}",
        formula=f"x·{a['scale']:g} + {a['offset']:g}",
    )
    return None


def _rescaling_describe(a: Mapping[str, Any]) -> str:
    text = f"× {a['scale']:g}"
    offset = a["offset"]
    return text if offset == 0 else f"{text} {'+' if offset > 0 else '−'} {abs(offset):g}"


RESCALING = LayerType(
    name="Rescaling",
    description=phrase("multiplies every value by scale and adds offset (e.g. pixels 0–255 → 0–1)"),
    args={
        "scale": ArgDef(
            "float", 1 / 255, phrase("every value is multiplied by this"), required=True
        ),
        "offset": ArgDef("float", 0.0, phrase("then this is added")),
    },
    rule=_rescaling,
    primary=("scale", "offset"),
    describe=_rescaling_describe,
)

TYPES = (ACTIVATION, RESCALING)
