"""Keras's activations in NumPy, by their Keras names, so the arithmetic shown to a
student (sum + bias → activation) is plain maths a student can check by hand."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.phrases import phrase


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # = 1 / (1 + e^−x), without overflow


def _elu(x: np.ndarray) -> np.ndarray:
    return np.where(x > 0, x, np.expm1(np.minimum(x, 0)))


def _selu(x: np.ndarray) -> np.ndarray:
    alpha, scale = 1.6732632423543772, 1.0507009873554805
    return scale * np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0)))


ACTIVATIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "linear": lambda x: x,
    "relu": lambda x: np.maximum(x, 0),
    "relu6": lambda x: np.clip(x, 0, 6),
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "elu": _elu,
    "selu": _selu,
    "softplus": lambda x: np.logaddexp(0, x),
    "softsign": lambda x: x / (1 + np.abs(x)),
    "silu": lambda x: x * _sigmoid(x),
    "swish": lambda x: x * _sigmoid(x),
    "abs": np.abs,
}

#: what the playground offers (the others exist for layers of imported networks)
PLAYGROUND_ACTIVATIONS = ("linear", "relu", "sigmoid", "tanh", "abs")


def activation_name(activation: object) -> str:
    """The Keras name of a layer's activation (a string or a Keras function), lower case."""
    if activation is None:
        return "linear"
    name = activation if isinstance(activation, str) else getattr(activation, "__name__", "")
    return str(name).strip().lower() or "linear"


def activate(values: np.ndarray, name: str) -> np.ndarray:
    """``values`` through the named activation; one sentence when it is unknown."""
    key = activation_name(name)
    if key not in ACTIVATIONS:
        known = ", ".join(sorted(ACTIVATIONS))
        raise UserError(
            phrase("unknown activation {name!r}; use one of {names}.", name=name, names=known)
        )
    return ACTIVATIONS[key](np.asarray(values, dtype=np.float64))
