"""Pen-drawn digits for training: recorded strokes re-drawn with varied pens, plus
programmed continental styles, all turned into 28×28 inputs the way the canvas does.

MNIST's writers were mostly American: a "1" is a bar, a "7" has no crossbar, a "4" is
closed. People drawing on the canvas write continental 1s (a long flag), crossed 7s,
open 4s and 9s with a tiny loop, and the network trained on MNIST alone reads them as
7, 2, 9 and 3. Each recorded drawing (a list of strokes, any units, y down) is re-drawn
many times: slanted, rotated, stretched, jittered, smaller or larger on the canvas and
with a thinner or fatter pen, then sent through
:func:`~cnngui.core.inference.preprocess.preprocess` like a drawing in the window.

Drawn at the canvas's 280 pixels without the 4× supersampling of
:mod:`~cnngui.core.inference.strokes_render` (5× cheaper; preprocessing shrinks the ink
about tenfold, which smooths the edges anyway). NumPy and Pillow only.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

CANVAS = 280  #: the canvas side the pen widths are measured in
PENS = (7.0, 36.0)  #: pen widths drawn from (the canvas offers about 8–36 px)

Stroke = Sequence[Sequence[float]]


def load_pen_digits(path: str | Path) -> list[dict[str, Any]]:
    """Rows ``{"label", "writer", "strokes"}`` of a ``.jsonl`` or ``.jsonl.gz`` file."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def draw(strokes: Iterable[Stroke], pen: float, margin: float = 0.15) -> np.ndarray:
    """``strokes`` fitted into a 280-pixel canvas less ``margin`` each side and drawn with a
    round pen of ``pen`` pixels along the canvas's smoothed path; (280, 280) uint8, ink 255.
    """
    from PIL import Image, ImageDraw

    from cnngui.core.inference.strokes_render import smooth

    pts = [np.asarray(s, dtype=np.float64).reshape(-1, 2) for s in strokes if len(s)]
    img = Image.new("L", (CANVAS, CANVAS), 0)
    if not pts:
        return np.asarray(img)
    every = np.concatenate(pts)
    lo, hi = every.min(axis=0), every.max(axis=0)
    scale = CANVAS * (1 - 2 * margin) / (float(max(hi - lo)) or 1.0)
    centre = (lo + hi) / 2
    d = ImageDraw.Draw(img)
    width = max(1, round(pen))
    r = width / 2
    for s in pts:
        path = smooth((s - centre) * scale + CANVAS / 2, per_piece=4)
        if len(path) > 1:
            d.line([tuple(p) for p in path], fill=255, width=width, joint="curve")
        for x, y in (path[0], path[-1]):
            d.ellipse((x - r, y - r, x + r, y + r), fill=255)
    return np.asarray(img)


def distort(strokes: Iterable[Stroke], rng: np.random.Generator) -> list[np.ndarray]:
    """The strokes slanted, rotated, stretched and jittered (one random change per call)."""
    pts = [np.asarray(s, dtype=np.float64).reshape(-1, 2) for s in strokes if len(s)]
    if not pts:
        return []
    every = np.concatenate(pts)
    lo, hi = every.min(axis=0), every.max(axis=0)
    extent = float(max(hi - lo)) or 1.0
    centre = (lo + hi) / 2
    a = math.radians(rng.uniform(-12, 12))
    shear = rng.uniform(-0.3, 0.3)
    sx = math.exp(rng.uniform(-0.4, 0.3))  # narrow hands are commoner than wide
    m = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    m = m @ np.array([[sx, shear], [0.0, 1.0]])
    # a smooth wobble (the hand is not a machine) plus a little per-point noise
    k = rng.normal(0, 0.03, (2, 2))
    out = []
    for s in pts:
        u = (s - centre) / extent
        u = u @ m.T
        u = u + np.sin(u[:, ::-1] * 3.0) @ k * 0.5
        u = u + rng.normal(0, 0.004, u.shape)
        out.append(u)
    return out


def to_input(strokes: Iterable[Stroke], pen: float, margin: float = 0.15) -> np.ndarray | None:
    """The canvas's 28×28 uint8 network input for ``strokes`` (None when nothing is drawn)."""
    from cnngui.core.inference.preprocess import preprocess

    result = preprocess(draw(strokes, pen, margin))
    if result.image28 is None:
        return None
    return np.clip(np.rint(result.image28 * 255.0), 0, 255).astype(np.uint8)


def random_pen(rng: np.random.Generator) -> tuple[float, float]:
    """A pen width (log-uniform over :data:`PENS`) and a margin (how big the digit is drawn)."""
    pen = math.exp(rng.uniform(math.log(PENS[0]), math.log(PENS[1])))
    return pen, float(rng.uniform(0.08, 0.3))


def augmented(
    drawings: Sequence[tuple[Sequence[Stroke], int]], copies: int, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """``copies`` random re-drawings of every ``(strokes, label)``: images N×28×28 uint8, labels."""
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for strokes, label in drawings:
        for _ in range(copies):
            image = to_input(distort(strokes, rng), *random_pen(rng))
            if image is not None:
                xs.append(image)
                ys.append(int(label))
    if not xs:
        return np.zeros((0, 28, 28), np.uint8), np.zeros((0,), np.uint8)
    return np.stack(xs), np.asarray(ys, np.uint8)


def _line(*xy: float) -> np.ndarray:
    return np.asarray(xy, dtype=np.float64).reshape(-1, 2)


def _arc(cx, cy, rx, ry, a0, a1, n=16) -> np.ndarray:
    t = np.linspace(a0, a1, n)
    return np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], 1)


def continental(label: int, rng: np.random.Generator) -> list[np.ndarray]:
    """One programmed drawing of a style MNIST barely has (unit box, y down):
    1 with a flag (and sometimes a foot), crossed 7, open 4, 6 and 9 with a small loop."""
    u = rng.uniform
    if label == 1:
        top = u(0.05, 0.15)
        x = u(0.5, 0.6)
        flag = _line(x - u(0.15, 0.35), top + u(0.15, 0.35), x, top)
        strokes = [np.concatenate([flag, _line(x + u(-0.05, 0.02), u(0.85, 0.95))])]
        if u() < 0.25:
            strokes.append(_line(x - 0.15, 0.93, x + 0.15, 0.93))
        return strokes
    if label == 7:
        y0 = u(0.08, 0.18)
        start = _line(0.2, y0 + u(0.0, 0.15)) if u() < 0.4 else np.zeros((0, 2))
        bar = _line(0.22, y0, u(0.72, 0.82), y0 + u(-0.03, 0.03))
        foot = _line(u(0.35, 0.5), u(0.88, 0.95))
        strokes = [np.concatenate([start, bar, foot])]
        if u() < 0.7:
            ym = u(0.45, 0.58)
            strokes.append(_line(u(0.3, 0.42), ym, u(0.65, 0.78), ym + u(-0.03, 0.03)))
        return strokes
    if label == 4:
        xr = u(0.55, 0.7)
        if u() < 0.5:  # open top, two strokes
            return [
                _line(u(0.3, 0.45), u(0.05, 0.15), u(0.15, 0.25), u(0.55, 0.65), 0.85, 0.6),
                _line(xr, u(0.25, 0.4), xr + u(-0.05, 0.02), u(0.9, 0.97)),
            ]
        ym = u(0.55, 0.65)  # one stroke: down, across, then up and down the stem
        return [_line(0.3, 0.05, 0.2, ym, 0.85, ym, xr, u(0.2, 0.35), xr + u(-0.03, 0.02), 0.95)]
    if label == 9:
        r = u(0.08, 0.22)
        cx, cy = 0.55, 0.1 + r
        loop = _arc(cx, cy, r * u(0.9, 1.3), r, 0.0, 2 * math.pi * u(0.9, 1.0), 20)
        tail = _line(cx + r, cy, cx + r + u(-0.12, 0.02), u(0.85, 0.97))
        return [np.concatenate([loop, tail])]
    if label == 6:  # a long stem down to a small loop at the bottom
        r = u(0.08, 0.2)
        cx, cy = 0.5, 0.95 - r
        stem = _line(u(0.55, 0.75), 0.05, cx - r * u(0.7, 1.0), cy)
        loop = _arc(cx, cy, r * u(0.8, 1.2), r, math.pi, math.pi + 2 * math.pi * u(0.85, 1.0), 20)
        return [np.concatenate([stem, loop])]
    raise ValueError(f"no continental style for {label}")


CONTINENTAL = (1, 4, 6, 7, 9)


def continental_set(per_digit: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``per_digit`` programmed drawings of each of :data:`CONTINENTAL`, as 28×28 inputs."""
    rng = np.random.default_rng(seed)
    drawings = [(continental(d, rng), d) for _ in range(per_digit) for d in CONTINENTAL]
    return augmented(drawings, 1, seed=seed + 1)


NONDIGIT_KINDS = ("tangle", "zigzag", "hatching", "asterisk", "grid", "spiral", "dashes")


def nondigit(kind: str, rng: np.random.Generator) -> list[np.ndarray]:
    """One programmed drawing that is no digit (unit box, y down): a tangle of curves, a
    zigzag of five or more corners, hatching, an asterisk, a grid, a spiral, or dashes."""
    u = rng.uniform
    if kind == "tangle":
        t = np.linspace(0, 1, int(rng.integers(40, 90)))[:, None]
        f = rng.integers(2, 8, (1, 2, 3))
        a = u(0.2, 1.0, (1, 2, 3))
        phase = u(0, 2 * math.pi, (1, 2, 3))
        xy = (a * np.sin(2 * math.pi * f * t[..., None] + phase)).sum(axis=2)
        return [xy]
    if kind == "zigzag":
        n = int(rng.integers(5, 12))
        x = np.linspace(0, 1, n) + u(-0.03, 0.03, n)
        y = np.where(np.arange(n) % 2, u(0.6, 1.0, n), u(0.0, 0.4, n))
        return [np.stack([x, y * u(0.3, 1.0)], 1)]
    if kind == "hatching":
        a = u(0, math.pi)
        d = np.array([math.cos(a), math.sin(a)])
        n = np.array([-d[1], d[0]])
        return [
            np.stack([n * k * 0.2 - d * u(0.3, 0.5), n * k * 0.2 + d * u(0.3, 0.5)])
            for k in range(int(rng.integers(3, 8)))
        ]
    if kind == "asterisk":
        k = int(rng.integers(3, 5))
        angles = np.arange(k) * math.pi / k + u(0, math.pi)
        return [
            np.array([[-math.cos(a), -math.sin(a)], [math.cos(a), math.sin(a)]]) * u(0.7, 1.0)
            for a in angles
        ]
    if kind == "grid":
        lines = []
        for k in range(2 + int(rng.integers(0, 2))):
            p = 0.25 + 0.5 * k / 2 + u(-0.05, 0.05)
            lines.append(_line(p, u(0, 0.1), p + u(-0.1, 0.1), u(0.9, 1.0)))
            lines.append(_line(u(0, 0.1), p, u(0.9, 1.0), p + u(-0.1, 0.1)))
        return lines
    if kind == "spiral":
        t = np.linspace(0, 2 * math.pi * u(2.0, 3.5), 60)
        r = t / t[-1]
        return [np.stack([r * np.cos(t), r * np.sin(t) * u(0.6, 1.0)], 1)]
    if kind == "dashes":
        out = []
        for _ in range(int(rng.integers(3, 9))):
            c = u(0, 1, 2)
            a = u(0, math.pi)
            h = u(0.02, 0.12) * np.array([math.cos(a), math.sin(a)])
            out.append(np.stack([c - h, c + h]))
        return out
    raise ValueError(f"no non-digit kind {kind!r}")


def nondigit_set(n: int, seed: int = 0) -> np.ndarray:
    """``n`` programmed non-digits (every kind in turn), as 28×28 uint8 inputs."""
    rng = np.random.default_rng(seed)
    drawings = [(nondigit(NONDIGIT_KINDS[i % len(NONDIGIT_KINDS)], rng), 0) for i in range(n)]
    x, _ = augmented(drawings, 1, seed=seed + 1)
    return x
