"""Digit images nobody drew on MNIST's grid: rendered from fonts, and MNIST digits placed
small, large and off-centre on a big canvas — what a person's drawing really looks like.
"""

from __future__ import annotations

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
    "DejaVuSans-ExtraLight.ttf",
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


def _arc(cx: float, cy: float, rx: float, ry: float, a0: float, a1: float, n: int = 24):
    """Points on an elliptical arc from angle a0 to a1 (degrees, 0 = right, 90 = down)."""
    t = np.radians(np.linspace(a0, a1, n))
    return [(cx + rx * np.cos(a), cy + ry * np.sin(a)) for a in t]


#: digits as pen strokes in a unit box (x right, y down), the way people draw them
STROKES: dict[int, list[list[tuple[float, float]]]] = {
    0: [_arc(0.5, 0.5, 0.32, 0.48, -90, 275, 40)],
    1: [[(0.38, 0.12), (0.55, 0.0), (0.52, 1.0)]],
    2: [[*_arc(0.5, 0.28, 0.3, 0.27, 200, 390, 20), (0.15, 1.0), (0.88, 1.0)]],
    3: [_arc(0.47, 0.25, 0.3, 0.25, 210, 450, 20) + _arc(0.47, 0.74, 0.33, 0.26, -90, 150, 20)],
    4: [[(0.55, 0.0), (0.1, 0.65), (0.9, 0.65)], [(0.68, 0.3), (0.66, 1.0)]],
    5: [[(0.82, 0.0), (0.28, 0.0), (0.24, 0.45), *_arc(0.48, 0.7, 0.33, 0.3, -120, 150, 20)]],
    6: [[(0.72, 0.0), (0.45, 0.2), *_arc(0.5, 0.7, 0.3, 0.3, 200, 560, 36)]],
    7: [[(0.1, 0.0), (0.9, 0.0), (0.4, 1.0)]],
    8: [
        [(0.5 + 0.3 * np.sin(2 * t), 0.5 - 0.5 * np.cos(t)) for t in np.linspace(0, 2 * np.pi, 48)]
    ],
    9: [[*_arc(0.48, 0.3, 0.3, 0.3, 0, 360, 36), (0.78, 0.3), (0.72, 1.0)]],
}


def draw_strokes(
    digit: int, height: int, pen: float, canvas: int = 280, centre: tuple[int, int] | None = None
) -> np.ndarray:
    """``digit`` drawn with a round pen of ``pen`` pixels, ``height`` pixels tall, as a
    mouse would on the app's canvas: float32, paper 0, ink 1."""
    img = Image.new("L", (canvas, canvas), 0)
    draw = ImageDraw.Draw(img)
    cx, cy = centre or (canvas // 2, canvas // 2)
    width = 0.75 * height
    r = pen / 2
    for stroke in STROKES[digit]:
        pts = [(cx + (x - 0.5) * width, cy + (y - 0.5) * height) for x, y in stroke]
        draw.line(pts, fill=255, width=max(1, round(pen)), joint="curve")
        for x, y in (pts[0], pts[-1]):
            draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
    return np.asarray(img, dtype=np.float32) / 255.0


def drawn_digits(canvas: int = 280) -> Iterator[tuple[np.ndarray, int, str]]:
    """Mouse-style drawings: big and small, thin and thick pens, off-centre."""
    plans = [
        (220, 20.0, None, "big pen 20"),
        (220, 10.0, None, "big thin pen 10"),
        (110, 20.0, (80, 200), "small pen 20 lower-left"),
        (70, 14.0, (210, 70), "tiny pen 14 upper-right"),
        (180, 36.0, None, "thick pen 36"),
        (240, 3.0, None, "big hairline pen 3"),
        (200, 6.0, (150, 130), "thin pen 6"),
    ]
    for height, pen, centre, name in plans:
        for digit in range(10):
            yield draw_strokes(digit, height, pen, canvas, centre), digit, name
