"""Pen strokes (any units) → a canvas image drawn the way the window's canvas draws.

Recorded handwriting (a tablet's point lists) only tells us how well the app does on
real digits if it reaches the network exactly as a drawing in the window would: fitted
onto a ~280-pixel canvas with a margin, smoothed with quadratic pieces between segment
midpoints (like ``ui/canvas.py``'s ``_smooth_path``), drawn with a round antialiased pen
of the canvas's width, then put through :func:`~cnngui.core.inference.preprocess.preprocess`.

Pillow only (no Qt): antialiasing is done by drawing at 4× and area-averaging down.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

CANVAS = 280  #: side of the canvas, as ``ui/canvas.PEN_REFERENCE``
PEN = 20.0  #: the canvas's default pen width, pixels of a 280-pixel canvas
MARGIN = 0.15  #: share of the canvas left free on each side around the digit
SUPERSAMPLE = 4  #: drawn this many times bigger, then averaged down (antialiasing)

Point = Sequence[float]
Stroke = Sequence[Point]


def render_strokes(
    strokes: Sequence[Stroke],
    pen: float = PEN,
    canvas: int = CANVAS,
    margin: float = MARGIN,
) -> np.ndarray:
    """``strokes`` (lists of (x, y), y down, any scale) as a (canvas, canvas) float32 image,
    paper 0.0 and ink 1.0, like ``DrawingCanvas.image()``.

    The strokes' bounding box is scaled, keeping its aspect ratio, to fill the canvas
    less ``margin`` on each side, and centred. A stroke of one point is a dot.
    """
    from PIL import Image, ImageDraw

    pts = [np.asarray(s, dtype=np.float64).reshape(-1, 2) for s in strokes if len(s)]
    img = Image.new("L", (canvas * SUPERSAMPLE, canvas * SUPERSAMPLE), 0)
    if not pts:
        return np.zeros((canvas, canvas), np.float32)
    every = np.concatenate(pts)
    lo, hi = every.min(axis=0), every.max(axis=0)
    extent = float(max(hi - lo)) or 1.0
    scale = canvas * (1 - 2 * margin) / extent * SUPERSAMPLE
    centre = (lo + hi) / 2
    mid = canvas * SUPERSAMPLE / 2
    draw = ImageDraw.Draw(img)
    width = max(1, round(pen * SUPERSAMPLE))
    r = width / 2
    for stroke in pts:
        xy = (stroke - centre) * scale + mid
        path = smooth(xy)
        if len(path) > 1:
            draw.line([tuple(p) for p in path], fill=255, width=width, joint="curve")
        for x, y in (path[0], path[-1]):  # round caps (and a single point's dot)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
    big = np.asarray(img, dtype=np.float32)
    k = SUPERSAMPLE
    return big.reshape(canvas, k, canvas, k).mean(axis=(1, 3)) / 255.0


def smooth(points: np.ndarray, per_piece: int = 8) -> np.ndarray:
    """The canvas's curve through ``points``: a line to the first midpoint, quadratic
    pieces from midpoint to midpoint with each point as control, a line to the last.

    >>> smooth(np.array([[0.0, 0.0], [2.0, 0.0]])).tolist()
    [[0.0, 0.0], [2.0, 0.0]]
    >>> len(smooth(np.array([[0.0, 0.0], [2.0, 2.0], [4.0, 0.0]]), per_piece=4))
    7
    """
    p = np.asarray(points, dtype=np.float64)
    if len(p) < 3:
        return p
    mids = (p[:-1] + p[1:]) / 2
    t = np.linspace(0.0, 1.0, per_piece + 1)[1:, None]
    out = [p[:1], mids[:1]]
    for i in range(1, len(p) - 1):
        a, b, c = mids[i - 1], p[i], mids[i]
        out.append((1 - t) ** 2 * a + 2 * (1 - t) * t * b + t**2 * c)
    out.append(p[-1:])
    return np.concatenate(out)
