"""One compiled call: a 28×28 drawing → class probabilities and every layer's activations.

``model.predict`` sets up a data pipeline for every call (~50 ms for one image); a
``tf.function`` over a model whose outputs are all the layers' outputs costs about a
millisecond, which is what lets the prediction and the feature maps follow the pen.
The Keras model is shared, not copied, so :meth:`Predictor.set_weights` after each
training epoch changes what the same compiled function computes — no retracing.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnngui.core.errors import UserError, brief
from cnngui.core.phrases import phrase
from cnngui.core.resources import resource

if TYPE_CHECKING:
    import keras

    from cnngui.core.inference.loader import LoadedModel


@dataclass
class LayerActivation:
    """One layer's output for the current drawing (no batch dimension)."""

    name: str
    type: str  #: Keras class name: "Conv2D", "MaxPooling2D", "Dense", ...
    values: np.ndarray  #: float32, e.g. (26, 26, 32) for a Conv2D or (128,) for a Dense


@dataclass
class Prediction:
    """What the network says about one drawing."""

    probabilities: np.ndarray  #: (classes,) float32 summing to 1
    digit: int  #: the most probable class
    confidence: float  #: its probability
    activations: list[LayerActivation]


def default_model_path() -> Path:
    """The bundled, pre-trained model (resources/default_model.keras)."""
    return resource("default_model.keras")


class Predictor:
    """Probabilities and all activations of ``model`` for one 28×28 image per call."""

    def __init__(
        self,
        model: keras.Model,
        jit: bool | None = None,
        fit: Callable[[np.ndarray], np.ndarray] | None = None,
    ) -> None:
        """Compile the call; ``jit`` uses XLA (about 3× faster per call on a CPU, but a
        few seconds to compile) when it can. None: on unless ``CNNGUI_XLA=0``.

        ``fit`` turns the 28×28 drawing into the model's input (see
        :meth:`cnngui.core.inference.loader.LoadedModel.fit`); without it the model must
        take 28×28 values in [0, 1]."""
        import tensorflow as tf

        if jit is None:
            jit = os.environ.get("CNNGUI_XLA", "1") != "0"

        self.model = model
        self.fit = fit
        #: how the model was opened and is fed, when it came from :meth:`from_file`
        self.loaded: LoadedModel | None = None
        self.input_shape = _input_shape(model, any_size=fit is not None)
        self._layers = [
            layer for layer in model.layers if type(layer).__name__ not in ("InputLayer",)
        ]
        if not self._layers:
            raise UserError(phrase("the model has no layers; build or load a model with layers."))
        self.layer_names = [layer.name for layer in self._layers]
        self.layer_types = [type(layer).__name__ for layer in self._layers]
        forward = _forward_function(model, self._layers)
        signature = [tf.TensorSpec((1, *self.input_shape), tf.float32)]
        self.jit = jit
        self._call = tf.function(
            forward, input_signature=signature, reduce_retracing=True, jit_compile=jit
        )
        try:  # trace (and XLA-compile) now, so the first stroke does not wait for it
            self._call(tf.zeros((1, *self.input_shape), tf.float32))
        except Exception:
            if not jit:
                raise
            # XLA cannot compile every model on every platform: plain graph mode then.
            self.jit = False
            self._call = tf.function(forward, input_signature=signature, reduce_retracing=True)
            self._call(tf.zeros((1, *self.input_shape), tf.float32))
        # the traced graph itself: calling it skips tf.function's argument binding and
        # signature matching, about 1 ms of Python per call (half of the whole call)
        self._concrete = self._call.get_concrete_function()
        self._tensor = tf.constant

    @classmethod
    def from_file(cls, path: str | Path, jit: bool | None = None, detect: bool = True) -> Predictor:
        """Open a ``.keras`` / ``.h5`` model with the one loader and compile its predictor.

        ``detect`` finds the pixel convention the model was trained with (see
        :func:`~cnngui.core.inference.loader.load_network`); ``self.loaded`` keeps it.
        """
        from cnngui.core.inference.loader import load_network

        loaded = load_network(path, detect=detect)
        predictor = cls(loaded.model, jit=jit, fit=loaded.fit)
        predictor.loaded = loaded
        return predictor

    def __call__(self, image28: np.ndarray) -> Prediction:
        """Predict one (28, 28) or (28, 28, 1) image with values in [0, 1] (ink = 1)."""
        x = np.asarray(image28, dtype=np.float32)
        if self.fit is not None:
            x = np.asarray(self.fit(x.reshape(28, 28)), dtype=np.float32)
        if x.size != int(np.prod(self.input_shape)):
            raise UserError(
                phrase(
                    "the model expects input of shape {shape}, got an image of shape {got}.",
                    shape=self.input_shape,
                    got=x.shape,
                )
            )
        outputs = self._concrete(self._tensor(x.reshape((1, *self.input_shape))))
        values = [np.asarray(o, dtype=np.float32)[0] for o in outputs]
        activations = [
            LayerActivation(name, kind, v)
            for name, kind, v in zip(self.layer_names, self.layer_types, values)
        ]
        probs = _as_probabilities(values[-1].reshape(-1))
        digit = int(np.argmax(probs))
        return Prediction(probs, digit, float(probs[digit]), activations)

    def set_weights(self, weights: list[np.ndarray]) -> None:
        """Take new weights (e.g. after a training epoch); the compiled call is kept."""
        try:
            self.model.set_weights(weights)
        except ValueError as exc:
            raise UserError(
                phrase(
                    "these weights do not fit the network shown ({reason}); use weights trained "
                    "for this network, or train it again.",
                    reason=exc,
                )
            ) from None

    def layer_shapes(self) -> list[tuple[int, ...]]:
        """Output shape of each layer without the batch dimension."""
        return [tuple(int(d) for d in layer.output.shape[1:]) for layer in self._layers]


def load_model(path: str | Path) -> keras.Model:
    """``keras.saving.load_model`` with safe_mode; every failure is one :class:`UserError`."""
    p = Path(path)
    if not p.exists():
        raise UserError(
            phrase(
                "model file {path} does not exist; check the path or train one first.",
                path=str(p),
            )
        )
    if p.is_dir():
        raise UserError(phrase("{path} is a folder; give a .keras model file.", path=str(p)))
    if p.suffix.lower() != ".keras":
        raise UserError(
            phrase(
                "{path} is not a .keras file; save the model with model.save('x.keras').",
                path=str(p),
            )
        )
    if not zipfile.is_zipfile(p):
        raise UserError(
            phrase(
                "{path} is not a .keras model file (it is not a zip archive); give a model "
                "saved with model.save('x.keras').",
                path=str(p),
            )
        )
    import keras

    try:
        model = keras.saving.load_model(p, safe_mode=True, compile=False)
    except Exception as exc:  # Keras raises many kinds for broken or unsafe files
        reason = brief(exc, 160)
        raise UserError(
            phrase(
                "{path} could not be loaded as a Keras model ({reason}); give a model saved by "
                "cnngui or keras.",
                path=str(p),
                reason=reason,
            )
        ) from None
    if not isinstance(model, keras.Model):
        raise UserError(
            phrase(
                "{path} does not hold a Keras model; give a model saved with model.save().",
                path=str(p),
            )
        )
    return model


def first_conv_kernels(model: keras.Model) -> tuple[str, np.ndarray] | None:
    """Name and kernels (kh, kw, in, out) of the first Conv2D layer, or None."""
    for layer in model.layers:
        if type(layer).__name__ == "Conv2D":
            return layer.name, np.asarray(layer.get_weights()[0], dtype=np.float32)
    return None


# ---------------------------------------------------------------- helpers


def _input_shape(model: keras.Model, any_size: bool = False) -> tuple[int, ...]:
    try:
        shape = tuple(model.inputs[0].shape[1:])
    except (AttributeError, IndexError, TypeError, ValueError):
        shape = ()
    if not shape or any(d is None for d in shape):
        raise UserError(
            phrase(
                "the model has no fixed input shape; build it with keras.Input(shape=(28, 28, 1))."
            )
        )
    dims = tuple(int(d) for d in shape)
    if not any_size and int(np.prod(dims)) != 28 * 28:
        raise UserError(
            phrase(
                "the model takes inputs of shape {shape}, but digits are 28×28×1; use a model "
                "with input_shape [28, 28, 1].",
                shape=dims,
            )
        )
    return dims


def _forward_function(model: keras.Model, layers: list[Any]):
    """A function x → [each layer's output], built as a multi-output Keras model.

    A plain Sequential is also chained by hand when the functional view fails (e.g. a
    model imported without recorded input nodes).
    """
    import keras

    try:
        probe = keras.Model(inputs=model.inputs, outputs=[layer.output for layer in layers])
    except Exception:
        probe = None
    if probe is not None:

        def forward(x):
            outs = probe(x, training=False)
            return outs if isinstance(outs, (list, tuple)) else [outs]

        return forward
    if not isinstance(model, keras.Sequential):
        raise UserError(
            phrase(
                "cnngui cannot look inside this model; use a Sequential model of Conv2D, "
                "pooling, BatchNormalization, Dropout, Flatten and Dense layers."
            )
        )

    def chain(x):
        outs = []
        for layer in layers:
            x = layer(x, training=False)
            outs.append(x)
        return outs

    return chain


def _as_probabilities(out: np.ndarray) -> np.ndarray:
    """The last layer's output as probabilities (softmax applied if it gave logits)."""
    out = out.astype(np.float32)
    if out.min() >= 0 and abs(float(out.sum()) - 1.0) < 1e-3:
        return out
    shifted = np.exp(out - out.max())
    return (shifted / shifted.sum()).astype(np.float32)
