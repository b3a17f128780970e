"""Running a model part-way: the real input of one layer, and a differentiable function
from the image to chosen layers' outputs (for gradients).

The step-by-step view must use the activation the layer really receives (after the
BatchNormalization before it, say), not a recomputation of our own, so it asks Keras.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.phrases import phrase

if TYPE_CHECKING:
    import keras

#: layers the step-by-step view can take apart
STEPPABLE = ("Conv2D", "MaxPooling2D", "AveragePooling2D")


def find_layer(model: keras.Model, layer: Any) -> Any:
    """A layer of ``model`` given the layer itself, its name or its index among the layers."""
    layers = list(model.layers)
    if isinstance(layer, int):
        if not 0 <= layer < len(layers):
            raise UserError(
                phrase(
                    "the model has {count} layers; choose 0 to {last}.",
                    count=len(layers),
                    last=len(layers) - 1,
                )
            )
        return layers[layer]
    if isinstance(layer, str):
        for candidate in layers:
            if candidate.name == layer:
                return candidate
        raise UserError(phrase("the model has no layer named {name!r}.", name=layer))
    if any(candidate is layer for candidate in layers):
        return layer
    raise UserError(phrase("that layer is not part of this model."))


def steppable_layers(model: keras.Model) -> list[tuple[str, str]]:
    """(name, type) of every layer the step-by-step view can show, in order."""
    return [
        (layer.name, type(layer).__name__)
        for layer in model.layers
        if type(layer).__name__ in STEPPABLE
    ]


def image_batch(model: keras.Model, image28: np.ndarray) -> np.ndarray:
    """One image shaped as the model's input batch, float32."""
    shape = tuple(int(d) for d in model.inputs[0].shape[1:])
    x = np.asarray(image28, dtype=np.float32)
    if x.size != int(np.prod(shape)):
        raise UserError(
            phrase(
                "the model expects input of shape {shape}, got an image of shape {got}.",
                shape=shape,
                got=x.shape,
            )
        )
    return x.reshape((1, *shape))


@dataclass(frozen=True)
class InputOf:
    """A target of :func:`forward_to` meaning "what this layer receives"."""

    layer: Any


def forward_to(model: keras.Model, targets: Sequence[Any]) -> Callable[[Any], list[Any]]:
    """x (batch) → [output of each target layer (or input, for :class:`InputOf`)],
    differentiable, in inference mode."""
    import keras

    wants_input = [isinstance(t, InputOf) for t in targets]
    chosen = [find_layer(model, t.layer if isinstance(t, InputOf) else t) for t in targets]
    if isinstance(model, keras.Sequential):
        last = max(i for i, layer in enumerate(model.layers) if any(layer is c for c in chosen))
        layers = model.layers[: last + 1]

        def chain(x):
            ins, outs = {}, {}
            for layer in layers:
                ins[id(layer)] = x
                x = layer(x, training=False)
                outs[id(layer)] = x
            return [(ins if w else outs)[id(c)] for c, w in zip(chosen, wants_input)]

        return chain
    try:
        probe = keras.Model(
            inputs=model.inputs,
            outputs=[c.input if w else c.output for c, w in zip(chosen, wants_input)],
        )
    except Exception:
        raise UserError(
            phrase(
                "cnngui cannot look inside this model; use a Sequential model of Conv2D, "
                "pooling, BatchNormalization, Dropout, Flatten and Dense layers."
            )
        ) from None

    def functional(x):
        outs = probe(x, training=False)
        return list(outs) if isinstance(outs, (list, tuple)) else [outs]

    return functional


def layer_input(model: keras.Model, layer: Any, image28: np.ndarray) -> np.ndarray:
    """What ``layer`` receives for this image (no batch dimension), float32."""
    import keras

    target = find_layer(model, layer)
    x = image_batch(model, image28)
    if isinstance(model, keras.Sequential):
        for candidate in model.layers:
            if candidate is target:
                return np.asarray(x, dtype=np.float32)[0]
            x = candidate(x, training=False)
    try:
        probe = keras.Model(inputs=model.inputs, outputs=target.input)
    except Exception:
        raise UserError(
            phrase("cannot find what layer {name} receives in this model.", name=target.name)
        ) from None
    return np.asarray(probe(x, training=False), dtype=np.float32)[0]


def layer_output(model: keras.Model, layer: Any, image28: np.ndarray) -> np.ndarray:
    """What ``layer`` gives for this image (no batch dimension), float32."""
    (out,) = forward_to(model, [layer])(image_batch(model, image28))
    return np.asarray(out, dtype=np.float32)[0]
