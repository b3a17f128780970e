"""Strokes as the canvas records them → the 28×28 network input, without Qt.

The canvas (``cnngui/ui/canvas.py``) keeps each stroke as points in 0..1 canvas
coordinates plus a pen width in pixels of a 280-pixel canvas. Storing drawings in that
form, not only as pixels, lets a later change of preprocessing re-render every drawing
a class ever made; this module is the one place that turns strokes into pixels outside
the window (Pillow, anti-aliased by drawing big and letting :func:`preprocess` shrink).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.phrases import phrase

RENDER_SIDE = 280  #: the canvas side the pen widths are measured in (canvas.PEN_REFERENCE)
MAX_STROKES = 200  #: more than any digit needs; a bigger record is damaged or hostile
MAX_POINTS = 20_000  #: points in all strokes of one drawing, for the same reason

#: a stroke in JSON: {"points": [[x, y], ...], "width": pen width}
Strokes = list[dict[str, Any]]


class StrokeError(UserError):
    """Strokes that cannot be drawn; the message names the stroke and what is wrong."""


def check_strokes(strokes: Any) -> Strokes:
    """The strokes in canonical JSON form (points clipped to 0..1 and rounded), or StrokeError.

    Accepts what the window hands over: a list of ``{"points": [[x, y], ...], "width": w}``.
    """
    if not isinstance(strokes, list):
        raise StrokeError(
            phrase(
                "strokes must be a list of stroke objects, not {type}.",
                type=type(strokes).__name__,
            )
        )
    if len(strokes) > MAX_STROKES:
        raise StrokeError(
            phrase(
                "a drawing has at most {most} strokes, not {count:,}.",
                most=MAX_STROKES,
                count=len(strokes),
            )
        )
    out: Strokes = []
    total = 0
    for i, stroke in enumerate(strokes):
        if not isinstance(stroke, dict) or not isinstance(stroke.get("points"), list):
            raise StrokeError(
                phrase('stroke {index} must be an object with a "points" list.', index=i)
            )
        width = _number(stroke.get("width", 20.0))
        if width is None or not 0 < width <= RENDER_SIDE:
            raise StrokeError(
                phrase(
                    "stroke {index}: the pen width must be a number from 0 to {most} pixels.",
                    index=i,
                    most=RENDER_SIDE,
                )
            )
        points = []
        for p in stroke["points"]:
            xy = [_number(v) for v in p] if isinstance(p, (list, tuple)) and len(p) == 2 else []
            if len(xy) != 2 or None in xy:
                raise StrokeError(
                    phrase("stroke {index}: a point must be two finite numbers [x, y].", index=i)
                )
            points.append([_unit(xy[0]), _unit(xy[1])])
        total += len(points)
        if total > MAX_POINTS:
            raise StrokeError(
                phrase("a drawing has at most {most:,} points in all its strokes.", most=MAX_POINTS)
            )
        if points:
            out.append({"points": points, "width": round(float(width), 2)})
    return out


def _number(v: Any) -> float | None:
    """``v`` as a finite float, or None (bools, text, NaN, infinity, ints too big for a float)."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    try:
        f = float(v)
    except OverflowError:
        return None
    return f if math.isfinite(f) else None


def _unit(v: float) -> float:
    """Clipped to 0..1 and rounded to 1/10,000 of the canvas (0.03 pixel of a 280-pixel one):
    finer digits only make the stored text longer."""
    return round(min(max(float(v), 0.0), 1.0), 4)


def render_strokes(strokes: Strokes, side: int = RENDER_SIDE) -> np.ndarray:
    """The strokes as a ``(side, side)`` float32 image, ink = 1.0 (like ``canvas.image()``).

    Round caps and joins, as the canvas's pen draws them.
    """
    from PIL import Image, ImageDraw

    img = Image.new("L", (side, side), 0)
    draw = ImageDraw.Draw(img)
    scale = side / RENDER_SIDE
    for stroke in strokes:
        w = max(1.0, stroke["width"] * scale)
        pts = [(x * side, y * side) for x, y in stroke["points"]]
        if len(pts) > 1:
            draw.line(pts, fill=255, width=round(w), joint="curve")
        r = w / 2
        for x, y in (pts[0], pts[-1]):
            draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
    return np.asarray(img, dtype=np.float32) / 255.0


def strokes_to_input(strokes: Strokes) -> np.ndarray | None:
    """The 28×28 uint8 network input (white ink on black, MNIST layout); None when empty.

    Goes through the same :func:`preprocess` as the canvas and ``cnngui predict``.
    """
    from cnngui.core.inference.preprocess import preprocess

    if not strokes:
        return None
    result = preprocess(render_strokes(strokes))
    if result.image28 is None:
        return None
    return to_uint8(result.image28)


def to_uint8(image: np.ndarray) -> np.ndarray:
    """A [0, 1] float image as 0–255 uint8 (how MNIST and the dataset files store pixels)."""
    return np.clip(np.rint(np.asarray(image, dtype=np.float32) * 255.0), 0, 255).astype(np.uint8)


def polyline_strokes(
    lines: Sequence[Sequence[tuple[float, float]]], width: float = 20.0
) -> Strokes:
    """Strokes from plain point lists (tests, benches and demos build drawings this way)."""
    return [
        {"points": [[float(x), float(y)] for x, y in line], "width": float(width)} for line in lines
    ]
