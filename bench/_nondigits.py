"""Drawings that are not digits, the way a student might put them on the canvas: random
scribbles, letters and symbols ("x", "#", "@", ...) from a font, and tiny marks.

Every image is a 280×280 float32 canvas, paper 0.0 and ink 1.0, like ``canvas.image()``.
"""

from __future__ import annotations

import glob
from collections.abc import Iterator

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from cnngui.core.inference.strokes_render import render_strokes

#: glyphs that no one would read as a digit (no O, l, S, Z, B, g, b, q)
SYMBOLS = "x#@%&WMKHwmkA*+=?<>XNVY"
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf")


def _fonts() -> list[str]:
    found = {}
    for path in glob.glob("/usr/share/fonts/**/*.ttf", recursive=True):
        name = path.rsplit("/", 1)[-1]
        if name in FONTS:
            found.setdefault(name, path)
    return [found[n] for n in FONTS if n in found]


def glyph(char: str, font_path: str, size: int = 200, canvas: int = 280) -> np.ndarray:
    """``char`` in a font, white on black, centred on the canvas."""
    img = Image.new("L", (canvas, canvas), 0)
    font = ImageFont.truetype(font_path, size)
    ImageDraw.Draw(img).text((canvas / 2, canvas / 2), char, fill=255, font=font, anchor="mm")
    return np.asarray(img, dtype=np.float32) / 255.0


def scribble(rng: np.random.Generator, pen: float) -> np.ndarray:
    """1–3 strokes of a random walk with momentum: a tangle, a zigzag, a loop or two."""
    strokes = []
    for _ in range(int(rng.integers(1, 4))):
        n = int(rng.integers(6, 30))
        heading = rng.uniform(0, 2 * np.pi)
        turns = np.cumsum(rng.normal(0, rng.uniform(0.3, 1.5), n)) + heading
        steps = np.stack([np.cos(turns), np.sin(turns)], 1) * rng.uniform(0.5, 1.5, (n, 1))
        start = rng.uniform(-3, 3, 2)
        strokes.append(np.concatenate([start[None], start + np.cumsum(steps, 0)]).tolist())
    return render_strokes(strokes, pen=pen)


def mark(rng: np.random.Generator, pen: float) -> np.ndarray:
    """An empty-ish mark: a dot, a short dash or a tick, small on the canvas."""
    kind = int(rng.integers(0, 3))
    x, y = rng.uniform(60, 220, 2)
    size = rng.uniform(5, 40)
    if kind == 0:
        strokes = [[(x, y)]]
    elif kind == 1:
        a = rng.uniform(0, np.pi)
        strokes = [[(x, y), (x + size * np.cos(a), y + size * np.sin(a))]]
    else:
        strokes = [[(x, y), (x + size / 3, y + size / 3), (x + size, y - size)]]
    # drawn at its real size on the canvas, not fitted to it: place it on a 280 frame
    frame = [[(0.0, 0.0)], [(280.0, 280.0)]]
    img = render_strokes([*strokes, *frame], pen=pen, margin=0.0)
    r = int(np.ceil(pen / 2)) + 1  # wipe the two frame dots in the corners
    img[:r, :r] = 0
    img[-r:, -r:] = 0
    return img


def nondigits(n_random: int = 600, seed: int = 0) -> Iterator[tuple[np.ndarray, str]]:
    """(image, kind): font symbols in every font at two sizes, scribbles and marks."""
    for path in _fonts():
        for char in SYMBOLS:
            for size in (120, 220):
                yield glyph(char, path, size), f"symbol {char}"
    rng = np.random.default_rng(seed)
    for i in range(n_random):
        pen = float(rng.choice([10.0, 20.0, 30.0]))
        if i % 4 == 3:
            yield mark(rng, pen), "mark"
        else:
            yield scribble(rng, pen), "scribble"
