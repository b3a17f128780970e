"""Maps as pictures a student can open: a kernel's output in grey and a saliency map as
red (towards the digit) and blue (away) over the drawing; written atomically as PNG.

The window colours the same arrays with pyqtgraph; these are for the command line.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cnngui.core.atomic import replacing
from cnngui.core.errors import UserError
from cnngui.core.phrases import phrase


def grey(values: np.ndarray) -> np.ndarray:
    """uint8 grey: 0 → black … max → white; with negatives, 0 → mid-grey, ±max → white/black."""
    v = np.nan_to_num(np.asarray(values, dtype=np.float64))
    peak = float(np.max(np.abs(v))) if v.size else 0.0
    if peak == 0:
        return np.zeros(v.shape, np.uint8)
    scaled = v / peak if v.min() >= 0 else 0.5 + 0.5 * v / peak
    return np.clip(np.rint(scaled * 255), 0, 255).astype(np.uint8)


def overlay(image28: np.ndarray, saliency: np.ndarray) -> np.ndarray:
    """uint8 RGB: the drawing dark on white, red where the map is positive, blue negative."""
    ink = np.clip(np.asarray(image28, dtype=np.float64).reshape(28, 28), 0, 1)
    s = np.nan_to_num(np.asarray(saliency, dtype=np.float64))
    peak = float(np.max(np.abs(s)))
    s = s / peak if peak > 0 else s
    base = 1.0 - 0.6 * ink  # paper white, ink grey so the colours still read over it
    rgb = np.repeat(base[..., None], 3, axis=-1)
    pos, neg = np.clip(s, 0, 1)[..., None], np.clip(-s, 0, 1)[..., None]
    rgb = rgb * (1 - pos) + pos * np.array([0.85, 0.1, 0.1])
    rgb = rgb * (1 - neg) + neg * np.array([0.1, 0.25, 0.9])
    return np.clip(np.rint(rgb * 255), 0, 255).astype(np.uint8)


def heat_rgba(saliency: np.ndarray, strength: float = 0.75) -> np.ndarray:
    """uint8 RGBA for laying over the canvas: red towards the digit, blue away, transparent
    where the map is zero; opacity grows with the magnitude (at most ``strength``)."""
    s = np.nan_to_num(np.asarray(saliency, dtype=np.float64))
    peak = float(np.max(np.abs(s))) if s.size else 0.0
    s = s / peak if peak > 0 else s
    rgba = np.zeros((*s.shape, 4), np.uint8)
    rgba[s > 0, :3] = (215, 25, 25)
    rgba[s < 0, :3] = (25, 65, 230)
    rgba[..., 3] = np.clip(np.rint(np.abs(s) * strength * 255), 0, 255).astype(np.uint8)
    return rgba


def save_png(pixels: np.ndarray, path: str | Path, scale: int = 1) -> Path:
    """Write ``pixels`` (uint8 grey or RGB) as PNG, each pixel ``scale``×``scale``."""
    from PIL import Image

    p = Path(path)
    if not 1 <= int(scale) <= 64:
        raise UserError(phrase("the scale must be from 1 to 64, not {scale!r}.", scale=scale))
    if not p.parent.exists() or not p.parent.is_dir():
        raise UserError(
            phrase(
                "cannot write {path}: the folder {folder} does not exist.",
                path=str(p),
                folder=str(p.parent),
            )
        )
    if p.is_dir():
        raise UserError(
            phrase(
                "cannot write {path}: it is a folder; give a file name ending in .png.",
                path=str(p),
            )
        )
    big = np.kron(pixels, np.ones((scale, scale) + (1,) * (pixels.ndim - 2), np.uint8))
    try:
        with replacing(p, suffix=".png") as tmp:
            Image.fromarray(np.ascontiguousarray(big)).save(tmp, format="PNG")
    except PermissionError:
        raise UserError(
            phrase("cannot write {path} (permission denied); choose another folder.", path=str(p))
        ) from None
    except OSError as exc:
        raise UserError(
            phrase("cannot write {path} ({reason}).", path=str(p), reason=exc.strerror or exc)
        ) from None
    return p
