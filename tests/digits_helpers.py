"""Digit images nobody drew on MNIST's grid: rendered from fonts, and MNIST digits placed
small, large and off-centre on a big canvas — what a person's drawing really looks like.
"""

from __future__ import annotations

import contextlib
import glob
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]

#: upright, regular-weight font families whose digits look handwritten enough for MNIST
FONT_NAMES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSansMono.ttf",
    "DejaVuSansCondensed.ttf",
    "LiberationSans-Regular.ttf",
    "FreeSans.ttf",
)


def find_fonts() -> list[str]:
    """Paths of the TTF fonts in :data:`FONT_NAMES` found on this machine."""
    found: dict[str, str] = {}
    for pattern in ("/usr/share/fonts/**/*.ttf", "/usr/local/share/fonts/**/*.ttf"):
        for path in glob.glob(pattern, recursive=True):
            name = Path(path).name
            if name in FONT_NAMES and name not in found:
                found[name] = path
    return [found[n] for n in FONT_NAMES if n in found]


def render_text_digit(
    digit: int,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    canvas: int = 280,
    offset: tuple[int, int] = (0, 0),
    dark_on_light: bool = True,
) -> np.ndarray:
    """A uint8 grey canvas with ``digit`` drawn around its centre moved by ``offset``."""
    paper, ink = (255, 0) if dark_on_light else (0, 255)
    img = Image.new("L", (canvas, canvas), paper)
    draw = ImageDraw.Draw(img)
    x = canvas // 2 + offset[0]
    y = canvas // 2 + offset[1]
    draw.text((x, y), str(digit), fill=ink, font=font, anchor="mm")
    return np.asarray(img)


def font_digits(canvas: int = 280) -> Iterator[tuple[np.ndarray, int, str]]:
    """(image, label, description) for every digit in each font, at a few sizes and places."""
    fonts: list[tuple[str, ImageFont.FreeTypeFont | ImageFont.ImageFont]] = []
    for path in find_fonts():
        for size in (60, 200):
            fonts.append((f"{Path(path).stem}@{size}", ImageFont.truetype(path, size)))
    with contextlib.suppress(TypeError):  # Pillow < 10.1 has no scalable default font
        fonts.append(("pillow-default@150", ImageFont.load_default(size=150)))
    placements = [((0, 0), True), ((-60, 50), True), ((50, -40), False)]
    for name, font in fonts:
        for (offset, dark), place in zip(placements, ("centre", "lower-left", "upper-right")):
            if getattr(font, "size", 0) >= 200 and offset != (0, 0):
                continue  # a big glyph moved off-centre would leave the canvas
            for digit in range(10):
                kind = "dark-on-light" if dark else "light-on-dark"
                yield (
                    render_text_digit(digit, font, canvas, offset, dark),
                    digit,
                    f"{name} {place} {kind}",
                )


def mnist_test_digits(n: int, start: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Test digits ``start..start+n`` as float32 [0, 1] (n, 28, 28) and their labels."""
    with np.load(ROOT / "resources" / "mnist.npz") as data:
        x = data["x_test"][start : start + n].astype(np.float32) / 255.0
        y = data["y_test"][start : start + n].astype(np.int64)
    return x, y


def place_digit(
    digit28: np.ndarray,
    side: int,
    canvas: int = 560,
    at: tuple[float, float] = (0.5, 0.5),
    dark_on_light: bool = False,
) -> np.ndarray:
    """An MNIST digit scaled to ``side`` pixels and placed at fraction ``at`` (x, y) of a canvas."""
    img = Image.fromarray((digit28 * 255).astype(np.uint8)).resize(
        (side, side), Image.Resampling.BICUBIC
    )
    big = Image.new("L", (canvas, canvas), 0)
    x = int(at[0] * (canvas - side))
    y = int(at[1] * (canvas - side))
    big.paste(img, (x, y))
    out = np.asarray(big)
    return 255 - out if dark_on_light else out


def placed_mnist(n: int = 100, start: int = 0) -> Iterator[tuple[np.ndarray, int, str]]:
    """MNIST test digits placed small, large and off-centre, some dark on light."""
    x, y = mnist_test_digits(n, start)
    plans = [
        (60, (0.1, 0.85), False, "small lower-left"),
        (500, (0.5, 0.5), False, "large"),
        (200, (0.95, 0.05), True, "upper-right dark-on-light"),
        (120, (0.3, 0.6), False, "off-centre"),
    ]
    for i, (digit, label) in enumerate(zip(x, y)):
        side, at, dark, name = plans[i % len(plans)]
        yield place_digit(digit, side, 560, at, dark), int(label), f"mnist#{start + i} {name}"
