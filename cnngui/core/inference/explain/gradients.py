"""Compiled functions for one model: probabilities, and gradients of a digit's score with
respect to the input (or to the last Conv2D's output, for Grad-CAM).

The score is the digit's *logit* — the last layer before its softmax. A well-trained
network is so sure of a clear drawing that its softmax output is 1.0 in float32, and the
gradient of a probability (or its log) there is exactly zero; the logit keeps moving.
The nudge climbs the log-probability computed from the logits, which never saturates.
Each function is traced once per model (a ``tf.function``), so saliency follows the pen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.inference.explain.activations import activation_name
from cnngui.core.inference.explain.probe import InputOf, forward_to
from cnngui.core.phrases import phrase

if TYPE_CHECKING:
    import keras

SCORES = ("logit", "log_prob")


def last_conv2d(model: keras.Model) -> Any | None:
    """The last Conv2D layer of ``model`` (Grad-CAM looks there), or None."""
    convs = [layer for layer in model.layers if type(layer).__name__ == "Conv2D"]
    return convs[-1] if convs else None


def _head(model: keras.Model) -> tuple[Any, Any]:
    """(what to run the model up to, function of it → logits) for the model's last layer."""
    import tensorflow as tf

    last = model.layers[-1]
    kind = type(last).__name__
    act = activation_name(getattr(last, "activation", None))
    if kind == "Dense" and act == "softmax":

        def dense_logits(h):
            z = tf.matmul(h, tf.convert_to_tensor(last.kernel))
            return z + tf.convert_to_tensor(last.bias) if last.use_bias else z

        return InputOf(last), dense_logits
    if kind == "Softmax" or (kind == "Activation" and act == "softmax"):
        return InputOf(last), lambda h: h
    if act == "softmax":  # another layer ending in softmax: its log is the logit up to a constant
        return last, lambda p: tf.math.log(tf.clip_by_value(p, 1e-30, 1.0))
    return last, lambda z: z  # no softmax: the outputs are the logits


class ScoreGradients:
    """Logits, probabilities and score gradients of one model for batches of images."""

    def __init__(self, model: keras.Model) -> None:
        import tensorflow as tf

        self.model = model
        self.input_shape = tuple(int(d) for d in model.inputs[0].shape[1:])
        if int(np.prod(self.input_shape)) != 28 * 28:
            raise UserError(
                phrase(
                    "the model takes inputs of shape {shape}, not 28×28 digits.",
                    shape=self.input_shape,
                )
            )
        self.classes = int(model.layers[-1].output.shape[-1])
        feed, to_logits = _head(model)
        self.conv = last_conv2d(model)
        forward = forward_to(model, [feed])
        cam_forward = forward_to(model, [self.conv, feed]) if self.conv is not None else None

        def logits(x):
            (h,) = forward(x)
            return to_logits(h)

        def score(z, target, kind):
            chosen = z if kind == "logit" else tf.nn.log_softmax(z, axis=-1)
            return tf.gather(chosen, target, axis=-1)

        def make_grad(kind):
            def grad(x, target):
                with tf.GradientTape() as tape:
                    tape.watch(x)
                    z = logits(x)
                    s = score(z, target, kind)
                return tape.gradient(s, x), z

            return grad

        def cam(x, target):
            with tf.GradientTape() as tape:
                maps, h = cam_forward(x)
                s = score(to_logits(h), target, "logit")
            return maps, tape.gradient(s, maps)

        spec = tf.TensorSpec((None, *self.input_shape), tf.float32)
        target_spec = tf.TensorSpec((), tf.int32)

        def compiled(fn, *specs):
            return tf.function(fn, input_signature=list(specs), reduce_retracing=True)

        self._logits = compiled(logits, spec)
        self._grad = {k: compiled(make_grad(k), spec, target_spec) for k in SCORES}
        self._cam = compiled(cam, spec, target_spec) if cam_forward is not None else None

    def batch(self, images: np.ndarray) -> np.ndarray:
        """(n, 28, 28) or (28, 28) images → the model's input batch, float32."""
        x = np.asarray(images, dtype=np.float32)
        per = int(np.prod(self.input_shape))
        if x.size == 0 or x.size % per != 0:
            raise UserError(
                phrase(
                    "the model expects images of shape {shape}, got {got}.",
                    shape=self.input_shape,
                    got=x.shape,
                )
            )
        return x.reshape((-1, *self.input_shape))

    def check_target(self, target: int) -> int:
        """``target`` as a class index, or one sentence."""
        if not 0 <= int(target) < self.classes:
            raise UserError(
                phrase(
                    "the digit must be from 0 to {last}, not {target!r}.",
                    last=self.classes - 1,
                    target=target,
                )
            )
        return int(target)

    def logits(self, images: np.ndarray) -> np.ndarray:
        """(n, classes) logits, float64."""
        return np.asarray(self._logits(self.batch(images)), dtype=np.float64)

    def probabilities(self, images: np.ndarray) -> np.ndarray:
        """(n, classes) softmax of the logits in float64 (differences of 1e-12 survive)."""
        return softmax(self.logits(images))

    def gradient(
        self, images: np.ndarray, target: int, score: str = "logit"
    ) -> tuple[np.ndarray, np.ndarray]:
        """∂ score(target) / ∂ input for each image (n, 28, 28), and the probabilities."""
        x = self.batch(images)
        g, z = self._grad[score](x, np.int32(self.check_target(target)))
        grads = np.asarray(g, np.float64).reshape(x.shape[0], 28, 28)
        return grads, softmax(np.asarray(z, np.float64))

    def cam_parts(self, image: np.ndarray, target: int) -> tuple[np.ndarray, np.ndarray]:
        """The last Conv2D's maps (h, w, k) and the logit's gradient there."""
        if self._cam is None:
            raise UserError(phrase("Grad-CAM needs a Conv2D layer, and this network has none."))
        a, g = self._cam(self.batch(image)[:1], np.int32(self.check_target(target)))
        return np.asarray(a, np.float64)[0], np.asarray(g, np.float64)[0]


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax, shifted so it never overflows."""
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
