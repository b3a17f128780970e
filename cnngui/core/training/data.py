"""tf.data input pipelines for training, with optional augmentation outside the model.

Augmentation runs in the pipeline (never inside the saved model), with stateless random
ops seeded per batch, so the same seed gives the same images on every run. It imitates
how digits drawn with a mouse differ from MNIST: a little off-centre, rotated, larger or
smaller, with thicker or thinner strokes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Augment:
    """Ranges of the random changes; the defaults are mild enough for every dataset."""

    shift: float = 2.0  # pixels, each direction
    rotation: float = 10.0  # degrees
    zoom: float = 0.1  # relative size change, ±
    thickness: float = 0.0  # probability of thickening or thinning the strokes


DEFAULT_AUGMENT = Augment()


def train_pipeline(
    x: np.ndarray,
    y: np.ndarray,
    batch_size: int,
    seed: int | None,
    augment: Augment | None = None,
) -> Any:
    """Shuffled batches, reshuffled every epoch; gathering by index keeps shuffling cheap."""
    import tensorflow as tf

    n = len(x)
    xs = tf.constant(x)
    ys = tf.constant(y)
    ds = tf.data.Dataset.range(n).shuffle(n, seed=seed, reshuffle_each_iteration=True)
    ds = ds.batch(batch_size)
    # Plain TensorFlow ops with no Python control flow on tensors: AutoGraph has nothing
    # to convert, and converting cost ~270 ms with Python's lock held for ~100 ms at a
    # stretch — the window froze that long at the start of every run.
    plain = tf.autograph.experimental.do_not_convert
    ds = ds.map(plain(lambda i: (tf.gather(xs, i), tf.gather(ys, i))))
    if augment is not None:
        base = 0 if seed is None else int(seed)
        counter = tf.data.Dataset.counter()
        ds = tf.data.Dataset.zip((ds, counter))
        ds = ds.map(
            plain(lambda batch, k: (augment_batch(batch[0], augment, (base, k)), batch[1])),
            num_parallel_calls=tf.data.AUTOTUNE,
            deterministic=True,
        )
    return ds.prefetch(tf.data.AUTOTUNE)


def eval_pipeline(x: np.ndarray, y: np.ndarray, batch_size: int) -> Any:
    import tensorflow as tf

    return tf.data.Dataset.from_tensor_slices((x, y)).batch(batch_size).prefetch(2)


def augment_batch(images: Any, aug: Augment, seed: Any) -> Any:
    """Random affine warp (shift, rotation, zoom) and stroke thickness for a batch ``NHWC``."""
    import tensorflow as tf

    seed = tf.cast(tf.stack(seed), tf.int64)
    n = tf.shape(images)[0]
    h = tf.cast(tf.shape(images)[1], tf.float32)
    w = tf.cast(tf.shape(images)[2], tf.float32)

    def uniform(i: int, low: float, high: float) -> Any:
        s = tf.stack([seed[0] * 7919 + i, seed[1]])
        return tf.random.stateless_uniform([n], s, low, high)

    theta = uniform(1, -aug.rotation, aug.rotation) * (math.pi / 180.0)
    scale = uniform(2, 1.0 - aug.zoom, 1.0 + aug.zoom)
    tx = uniform(3, -aug.shift, aug.shift)
    ty = uniform(4, -aug.shift, aug.shift)
    cx, cy = (w - 1.0) / 2.0, (h - 1.0) / 2.0
    cos, sin = tf.cos(theta) / scale, tf.sin(theta) / scale
    # Output pixel (x, y) samples the input at R(-θ)/s · ((x, y) - c - t) + c.
    ox, oy = cx + tx, cy + ty
    zeros = tf.zeros_like(cos)
    transforms = tf.stack(
        [
            cos,
            sin,
            cx - cos * ox - sin * oy,
            -sin,
            cos,
            cy + sin * ox - cos * oy,
            zeros,
            zeros,
        ],
        axis=1,
    )
    out = tf.raw_ops.ImageProjectiveTransformV3(
        images=images,
        transforms=transforms,
        output_shape=tf.shape(images)[1:3],
        fill_value=0.0,
        interpolation="BILINEAR",
        fill_mode="CONSTANT",
    )
    if aug.thickness > 0:
        out = _thickness(out, aug.thickness, uniform(5, 0.0, 1.0))
    return out


def _thickness(images: Any, p: float, u: Any) -> Any:
    """Thicken (max filter) most of the chosen images, thin (min filter) the rest.

    Mouse strokes are usually thicker than MNIST pens after scaling to 20×20, so
    thickening is drawn three times as often as thinning.
    """
    import tensorflow as tf

    thick2 = tf.nn.max_pool2d(images, 2, 1, "SAME")
    thick3 = tf.nn.max_pool2d(images, 3, 1, "SAME")
    thin = -tf.nn.max_pool2d(-images, 2, 1, "SAME")
    # Thinning can wipe out faint digits; keep some of the original ink.
    thin = tf.maximum(thin, images * 0.5)
    choice = tf.reshape(u, [-1, 1, 1, 1])
    out = tf.where(choice < p * 0.45, thick2, images)
    out = tf.where((choice >= p * 0.45) & (choice < p * 0.75), thick3, out)
    return tf.where((choice >= p * 0.75) & (choice < p), thin, out)
