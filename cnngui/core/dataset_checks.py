"""Checking a dataset's arrays: one sentence naming the first array that is wrong and how.

Split from :mod:`cnngui.core.datasets` (finding and loading); :class:`DatasetError` lives
here so both can raise it.
"""

from __future__ import annotations

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.phrases import phrase


class DatasetError(UserError):
    """A dataset that cannot be found or read; the message says where and how to fix it."""


# -- checking and converting -----------------------------------------------------------


def check_arrays(name: str, arrays: dict[str, np.ndarray], num_classes: int) -> None:
    """One sentence naming the first array that is wrong and how (see :meth:`Dataset.check`).

    Images must be (N, H, W) or (N, H, W, 1) numbers with N ≥ 1 and no NaN or infinity;
    labels one whole number per image from 0 to ``num_classes − 1``.
    """
    for split in ("train", "test"):
        x_key, y_key = f"x_{split}", f"y_{split}"
        x, y = np.asarray(arrays[x_key]), np.asarray(arrays[y_key])
        _check_images(name, x_key, x)
        _check_labels(name, y_key, y, len(x), num_classes)
    x_train, x_test = np.asarray(arrays["x_train"]), np.asarray(arrays["x_test"])
    if x_train.shape[1:3] != x_test.shape[1:3]:
        raise DatasetError(
            phrase(
                "{name}: training images are {train_size} but test images are {test_size}; "
                "both must be the same size.",
                name=name,
                train_size=f"{x_train.shape[1]}×{x_train.shape[2]}",
                test_size=f"{x_test.shape[1]}×{x_test.shape[2]}",
            )
        )


def _check_images(name: str, key: str, x: np.ndarray) -> None:
    grey = x.ndim == 3 or (x.ndim == 4 and x.shape[-1] == 1)
    if not grey or min(x.shape[1:3]) < 4:
        raise DatasetError(
            phrase(
                "{name}: {key} has shape {shape}, but images must be grey levels shaped "
                "(N, height, width) or (N, height, width, 1), at least 4×4.",
                name=name,
                key=key,
                shape=x.shape,
            )
        )
    if x.shape[0] == 0:
        raise DatasetError(
            phrase(
                "{name}: {key} holds no images; each split needs at least one.", name=name, key=key
            )
        )
    if not (np.issubdtype(x.dtype, np.floating) or np.issubdtype(x.dtype, np.integer)):
        raise DatasetError(
            phrase(
                "{name}: {key} holds {dtype} values; images must be numbers.",
                name=name,
                key=key,
                dtype=x.dtype,
            )
        )
    if np.issubdtype(x.dtype, np.floating):
        bad = int(np.size(x) - np.count_nonzero(np.isfinite(x)))
        if bad:
            raise DatasetError(
                phrase(
                    "{name}: {key} has {bad:,} pixel values that are NaN or infinite; every "
                    "pixel must be a grey level, so fix or remove those images.",
                    name=name,
                    key=key,
                    bad=bad,
                )
            )


def _check_labels(name: str, key: str, y: np.ndarray, n: int, num_classes: int) -> None:
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.ndim != 1 or len(y) != n:
        raise DatasetError(
            phrase(
                "{name}: {key} has shape {shape}, but it needs one label per image ({n:,}).",
                name=name,
                key=key,
                shape=y.shape,
                n=n,
            )
        )
    if np.issubdtype(y.dtype, np.floating):
        if not np.isfinite(y).all() or not np.all(np.mod(y, 1) == 0):
            raise DatasetError(
                phrase(
                    "{name}: {key} holds values that are not whole numbers; labels must be "
                    "class numbers from 0 to {last}.",
                    name=name,
                    key=key,
                    last=num_classes - 1,
                )
            )
    elif not np.issubdtype(y.dtype, np.integer):
        raise DatasetError(
            phrase(
                "{name}: {key} holds {dtype} values; labels must be whole numbers.",
                name=name,
                key=key,
                dtype=y.dtype,
            )
        )
    low, high = int(y.min()), int(y.max())
    if low < 0 or high >= num_classes:
        raise DatasetError(
            phrase(
                "{name}: {key} has labels from {low} to {high}, outside 0–{last} for its "
                "{classes} classes; labels must be class numbers from 0 (store a class_names "
                "array in the file for more than 10 classes).",
                name=name,
                key=key,
                low=low,
                high=high,
                last=num_classes - 1,
                classes=num_classes,
            )
        )


def scaled_images(name: str, key: str, x: np.ndarray) -> np.ndarray:
    """Grey images as (N, H, W, 1) float32 in [0, 1]; 0–255 values are scaled."""
    if x.ndim == 4 and x.shape[-1] == 1:
        x = x[..., 0]
    if x.dtype == np.uint8:
        return (x.astype(np.float32) / 255.0)[..., None]
    x = x.astype(np.float32)
    lo, hi = float(x.min()), float(x.max())
    if lo < 0 or hi > 255:
        raise DatasetError(
            phrase(
                "{name}: {key} values run from {lo:g} to {hi:g}; use 0–255 or 0–1 grey levels.",
                name=name,
                key=key,
                lo=lo,
                hi=hi,
            )
        )
    if hi > 1.0:
        x /= 255.0
    return x[..., None]
