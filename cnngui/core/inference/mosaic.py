"""Tiling arithmetic for feature-map mosaics: all channels of a layer in one image.

Drawing one image per layer (instead of one widget per channel) keeps a 64-channel
layer as cheap to refresh as a 1-channel one. Pure NumPy, so it is tested headless and
the view only calls :meth:`Mosaic.render` and :meth:`Mosaic.locate`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

GAP_VALUE = np.nan  #: value of the gap between tiles (pyqtgraph draws NaN as transparent)


def grid_shape(
    tiles: int, tile_h: int = 1, tile_w: int = 1, aspect: float = 1.0
) -> tuple[int, int]:
    """(rows, cols) for ``tiles`` tiles so the mosaic is about ``aspect`` times wider than high.

    >>> grid_shape(32, 14, 14)
    (6, 6)
    >>> grid_shape(32, 14, 14, aspect=4.0)
    (3, 11)
    >>> grid_shape(1)
    (1, 1)
    """
    if tiles <= 0:
        return 1, 1
    cols = max(1, min(tiles, round(math.sqrt(tiles * aspect * tile_h / max(tile_w, 1)))))
    rows = -(-tiles // cols)
    cols = -(-tiles // rows)  # drop empty columns
    return rows, cols


@dataclass(frozen=True)
class Mosaic:
    """Where each channel of an (H, W, C) activation sits in one 2-D image."""

    tile_h: int
    tile_w: int
    channels: int
    rows: int
    cols: int
    gap: int = 1

    @classmethod
    def for_shape(cls, shape: tuple[int, ...], aspect: float = 1.0, gap: int = 1) -> Mosaic:
        """Layout for an activation of ``shape`` (H, W, C), (H, W) or (N,) (a Dense strip)."""
        if len(shape) == 3:
            h, w, c = shape
        elif len(shape) == 2:
            h, w, c = shape[0], shape[1], 1
        elif len(shape) == 1:  # Dense units: a strip of 1×1 tiles wrapped into rows
            n = int(shape[0])
            cols = min(n, 64)
            return cls(1, 1, n, -(-n // cols), cols, gap=0)
        else:
            raise ValueError(f"cannot tile an activation of shape {shape}")
        rows, cols = grid_shape(int(c), int(h), int(w), aspect)
        return cls(int(h), int(w), int(c), rows, cols, gap)

    @property
    def shape(self) -> tuple[int, int]:
        """(height, width) of the mosaic image in pixels."""
        return (
            self.rows * (self.tile_h + self.gap) - self.gap,
            self.cols * (self.tile_w + self.gap) - self.gap,
        )

    def origin(self, channel: int) -> tuple[int, int]:
        """(row, col) pixel of the top-left corner of ``channel``'s tile."""
        r, c = divmod(channel, self.cols)
        return r * (self.tile_h + self.gap), c * (self.tile_w + self.gap)

    def locate(self, y: float, x: float) -> tuple[int, int, int] | None:
        """(channel, row, col) under mosaic pixel (y, x), or None over a gap or outside."""
        if y < 0 or x < 0:
            return None
        yi, xi = int(y), int(x)
        r, ry = divmod(yi, self.tile_h + self.gap)
        c, rx = divmod(xi, self.tile_w + self.gap)
        if ry >= self.tile_h or rx >= self.tile_w or r >= self.rows or c >= self.cols:
            return None
        channel = r * self.cols + c
        if channel >= self.channels:
            return None
        return channel, ry, rx

    def render(self, values: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """All channels of ``values`` tiled into one float32 image (gaps are NaN).

        Values are copied as they are; scaling them for display is :func:`display_scale`.
        """
        v = np.asarray(values, dtype=np.float32)
        if self.tile_h == 1 and self.tile_w == 1 and v.ndim == 1:
            v = v.reshape(1, 1, -1)
        elif v.ndim == 2:
            v = v[:, :, None]
        h, w, c = v.shape
        if (h, w, c) != (self.tile_h, self.tile_w, self.channels):
            raise ValueError(f"values of shape {values.shape} do not fit this mosaic")
        g = self.gap
        grid = np.full(
            (self.rows, self.tile_h + g, self.cols, self.tile_w + g), GAP_VALUE, np.float32
        )
        tiles = np.full((self.rows * self.cols, h, w), GAP_VALUE, np.float32)
        tiles[:c] = np.moveaxis(v, 2, 0)
        grid[:, :h, :, :w] = tiles.reshape(self.rows, self.cols, h, w).transpose(0, 2, 1, 3)
        image = grid.reshape(self.rows * (h + g), self.cols * (w + g))
        image = image[: image.shape[0] - g or None, : image.shape[1] - g or None]
        if out is not None and out.shape == image.shape:
            out[...] = image
            return out
        return np.ascontiguousarray(image)


def display_scale(values: np.ndarray) -> tuple[np.ndarray, bool]:
    """Values mapped into [0, 1] for fixed display levels, and whether they had a sign.

    Non-negative activations (ReLU, pooling) go 0 → black, layer maximum → white; signed
    ones (BatchNormalization, tanh, kernels) put 0 at mid-grey so both signs show.
    """
    v = np.asarray(values, dtype=np.float32)
    if v.size == 0:
        return v, False
    lo, hi = float(v.min()), float(v.max())
    if not (math.isfinite(lo) and math.isfinite(hi)):  # rare: only then the slower pass
        finite = np.nan_to_num(v, nan=0.0, posinf=0.0, neginf=0.0)
        lo, hi = float(finite.min()), float(finite.max())
    if lo >= 0:
        return (v / hi if hi > 0 else np.zeros_like(v)), False
    top = max(abs(lo), abs(hi))
    return 0.5 + 0.5 * v / top, True
