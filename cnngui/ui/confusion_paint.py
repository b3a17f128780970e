"""Colours and count sizes of the confusion matrix: a green diagonal, blue mistakes.

Correct answers (the diagonal) and mistakes get different hues so the diagonal stands
out at a glance; each hue runs from white (0) to full colour (the largest count of its
kind) on a log scale, so a single mistake is still visible next to 1,000 correct ones.
"""

from __future__ import annotations

import numpy as np

DIAGONAL_RGB = (35, 139, 69)  #: green: correct answers
ERROR_RGB = (33, 102, 172)  #: blue: mistakes
MIN_FONT_PX = 5
MAX_FONT_PX = 22


def _shade(share: np.ndarray, rgb: tuple[int, int, int]) -> np.ndarray:
    white = np.array([255.0, 255.0, 255.0])
    return white + share[..., None] * (np.array(rgb, dtype=float) - white)


def shares(counts: np.ndarray) -> np.ndarray:
    """0–1 strength of each cell: log count over the largest log count of its kind."""
    counts = np.asarray(counts, dtype=float)
    n = counts.shape[0]
    diagonal = np.eye(n, dtype=bool)
    logs = np.log1p(counts)
    out = np.zeros_like(logs)
    for mask in (diagonal, ~diagonal):
        top = logs[mask].max() if mask.any() else 0.0
        if top > 0:
            out[mask] = logs[mask] / top
    return out


def confusion_rgba(counts: np.ndarray) -> np.ndarray:
    """An n×n×4 uint8 image (row = true digit): green diagonal, blue mistakes, white 0."""
    s = shares(counts)
    n = s.shape[0]
    diagonal = np.eye(n, dtype=bool)
    rgb = np.where(diagonal[..., None], _shade(s, DIAGONAL_RGB), _shade(s, ERROR_RGB))
    alpha = np.full((n, n, 1), 255.0)
    return np.concatenate([rgb, alpha], axis=2).round().astype(np.uint8)


def text_is_light(counts: np.ndarray) -> np.ndarray:
    """Where a count needs white text (a dark cell) rather than black."""
    return shares(counts) > 0.6


def font_pixels(cell_px: float, widest_at_10px: float) -> int:
    """A font pixel size whose widest count fits 85 % of a cell (and half its height).

    ``widest_at_10px`` is the widest count's width at a 10-pixel font.
    """
    if cell_px <= 0 or widest_at_10px <= 0:
        return MIN_FONT_PX
    by_width = 10.0 * 0.85 * cell_px / widest_at_10px
    by_height = 0.5 * cell_px
    return int(max(MIN_FONT_PX, min(MAX_FONT_PX, by_width, by_height)))
