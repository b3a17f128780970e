"""Any digit image → a 28×28 input that looks like an MNIST digit, step by step.

MNIST digits were made this way: white ink on black, the ink's bounding box scaled
(anti-aliased) to fit 20×20 keeping its aspect ratio, pasted into 28×28 and shifted so
the centre of mass lies at pixel (14, 14). A network trained on MNIST only recognises
digits prepared the same way — squeezing a whole canvas to 28×28 instead gets about a
third of real drawings right — so the canvas, ``cnngui predict`` and the tests all go
through :func:`preprocess`. Every intermediate image is kept so the window can show
"what the network sees".

NumPy only (Pillow for file reading and anti-aliased resizing); no Qt, no TensorFlow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.phrases import phrase

SIZE = 28  #: side of the network's input
BOX = 20  #: side of the box the ink is scaled into, as in MNIST
MAX_WORK_SIDE = 1024  #: bigger images are area-averaged down to about this first
MIN_CONTRAST = 0.1  #: ink must differ from the paper by at least this (of the full range)
NOISE = 0.15  #: ink weaker than this fraction of the strongest ink is paper noise
THIN = 1.0  #: strokes narrower than this (pixels, once scaled into 20×20) get thickened
TARGET_WIDTH = 1.8  #: ... to about this, the typical MNIST stroke
WORK_SIDE = 80  #: side at which thin strokes are thickened (4× the final 20 pixels)
STEP_DISPLAY_SIDE = 280  #: intermediate images are stored at most this big


@dataclass
class Preprocessed:
    """The 28×28 network input plus the named images that lead to it."""

    image28: np.ndarray | None  #: (28, 28) float32 in [0, 1]; None when nothing is drawn
    steps: list[tuple[str, np.ndarray]] = field(default_factory=list)
    empty: bool = False  #: True when no ink was found (the prediction must say "nothing drawn")
    inverted: bool = False  #: True when the input was dark ink on light paper
    #: where the 28×28 grid lies on the input image: (top, left, side) in input pixels, so
    #: a 28×28 map (saliency) can be drawn over the drawing exactly where it belongs
    grid: tuple[float, float, float] | None = None


def preprocess(image: np.ndarray) -> Preprocessed:
    """MNIST-style 28×28 input from any digit image.

    ``image`` may be (H, W) grey, (H, W, 1), RGB or RGBA (transparency counts as paper),
    of any integer, bool or float dtype, any size, dark-on-light or light-on-dark.
    """
    grey, alpha_ink = _to_grey(np.asarray(image))
    steps: list[tuple[str, np.ndarray]] = [(phrase("your drawing"), _for_display(grey))]
    if alpha_ink:
        ink, inverted = grey, False
    else:
        ink, inverted = _ink(grey)
    if ink is None:
        return Preprocessed(None, steps, empty=True, inverted=inverted)
    steps.append(
        (phrase("inverted to white ink") if inverted else phrase("ink found"), _for_display(ink))
    )
    box = _bounding_box(ink)
    if box is None:
        return Preprocessed(None, steps, empty=True, inverted=inverted)
    top, bottom, left, right = box
    crop = ink[top:bottom, left:right]
    steps.append((phrase("cropped to the ink"), _for_display(crop)))
    # (y0, x0, unit): pixel (y, x) of the working image is input pixel (y0 + y·unit, …)
    y0, x0, unit = float(top), float(left), 1.0
    thicker = _thicken_thin_strokes(crop)
    if thicker is not None:
        crop, factor, radius = thicker
        y0, x0, unit = top - radius * factor, left - radius * factor, float(factor)
        steps.append((phrase("thin strokes made thicker"), _for_display(crop)))
    scaled = _fit_box(crop)
    unit *= crop.shape[0] / scaled.shape[0]
    steps.append((phrase("scaled into {side}×{side}", side=BOX), _in_box(scaled)))
    placed, ptop, pleft = _centre_by_mass(scaled)
    steps.append((phrase("{side}×{side}, centred by mass", side=SIZE), placed))
    grid = (y0 - ptop * unit, x0 - pleft * unit, SIZE * unit)
    return Preprocessed(placed, steps, empty=False, inverted=inverted, grid=grid)


def load_image_file(path: str | Path) -> np.ndarray:
    """Pixels of an image file as a NumPy array (grey, RGB or RGBA; uint8/uint16/float).

    Raises :class:`UserError` with one sentence when the file is missing, empty, not an
    image or cannot be decoded.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    p = Path(path)
    if not p.exists():
        raise UserError(phrase("{path}: no such file; check the path.", path=str(p)))
    if p.is_dir():
        raise UserError(
            phrase("{path} is a folder, not an image file; give an image file.", path=str(p))
        )
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise UserError(
            phrase(
                "{path} cannot be read ({reason}); check its permissions.",
                path=str(p),
                reason=exc.strerror,
            )
        ) from None
    if size == 0:
        raise UserError(
            phrase("{path} is empty (0 bytes); give a PNG, JPEG or other image file.", path=str(p))
        )
    try:
        with Image.open(p) as img:
            img.seek(0)
            img = ImageOps.exif_transpose(img) or img
            img.load()
            return _pil_to_array(img)
    except UnidentifiedImageError:
        raise UserError(
            phrase(
                "{path} is not an image Pillow can read; give a PNG, JPEG, BMP, GIF, TIFF or "
                "WebP file.",
                path=str(p),
            )
        ) from None
    except PermissionError:
        raise UserError(
            phrase("{path} cannot be read (permission denied); check its permissions.", path=str(p))
        ) from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        reason = str(exc).rstrip(".") or type(exc).__name__
        raise UserError(
            phrase(
                "{path} could not be decoded ({reason}); the file may be damaged or incomplete.",
                path=str(p),
                reason=reason,
            )
        ) from None


def _pil_to_array(img) -> np.ndarray:
    """Pillow image → array in a mode :func:`preprocess` understands."""
    if img.width == 0 or img.height == 0:
        raise ValueError("the image has no pixels")
    mode = img.mode
    if mode in ("1", "L", "LA", "RGB", "RGBA", "I;16", "I;16B", "I;16L", "F"):
        pass
    elif mode == "I":
        arr = np.asarray(img)
        return arr.astype(np.uint16) if arr.min() >= 0 and arr.max() <= 65535 else arr
    elif (mode == "P" and "transparency" in img.info) or mode in ("PA", "La"):
        img = img.convert("RGBA")
    else:  # P, CMYK, YCbCr, LAB, HSV, RGBa, ...
        img = img.convert("RGB")
    arr = np.asarray(img)
    if arr.dtype.byteorder == ">":
        arr = arr.astype(arr.dtype.newbyteorder("="))
    return arr


# ---------------------------------------------------------------- steps


def _to_grey(arr: np.ndarray) -> tuple[np.ndarray, bool]:
    """Float32 grey in [0, 1], downsampled if huge; True when the ink is the alpha channel.

    An image with real transparency (a PNG exported from a drawing program) has its ink
    wherever it is opaque, whatever the colour of the ink.
    """
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[:, :, 0]
    if arr.ndim not in (2, 3) or (arr.ndim == 3 and arr.shape[2] not in (2, 3, 4)):
        raise UserError(
            phrase(
                "an image must be H×W grey, RGB or RGBA, got an array of shape {shape}.",
                shape=arr.shape,
            )
        )
    if arr.shape[0] == 0 or arr.shape[1] == 0:
        raise UserError(phrase("the image has no pixels; give an image at least 1×1 in size."))
    arr = _shrink(arr)
    values = _unit(arr)
    if values.ndim == 2:
        return values, False
    channels = values.shape[2]
    colour = (
        values[:, :, 0] if channels == 2 else values[:, :, :3] @ np.float32([0.299, 0.587, 0.114])
    )
    if channels in (2, 4):
        alpha = values[:, :, -1]
        # A uniformly (semi-)transparent image keeps its drawing in the colour.
        if float(alpha.min()) < 0.99 and float(alpha.max() - alpha.min()) >= MIN_CONTRAST:
            return alpha.astype(np.float32), True
    return colour.astype(np.float32), False


def _shrink(arr: np.ndarray) -> np.ndarray:
    """Area-average a huge image by an integer factor so the rest takes microseconds."""
    side = max(arr.shape[0], arr.shape[1])
    factor = -(-side // MAX_WORK_SIDE)
    if factor <= 1:
        return arr
    h, w = arr.shape[0] // factor, arr.shape[1] // factor
    if h == 0 or w == 0:  # absurd aspect ratio: keep at least one pixel each way
        h, w = max(h, 1), max(w, 1)
        return arr[:: max(arr.shape[0] // h, 1), :: max(arr.shape[1] // w, 1)][:h, :w]
    cropped = arr[: h * factor, : w * factor]
    if arr.dtype == np.bool_:
        cropped = cropped.view(np.uint8)  # the means are then fractions of set pixels
    out = cropped.reshape(h, factor, w, factor, *arr.shape[2:]).mean(axis=(1, 3), dtype=np.float32)
    return _unit(out, like=arr.dtype)


def _unit(arr: np.ndarray, like: np.dtype | None = None) -> np.ndarray:
    """Values scaled to [0, 1] float32 according to their (original) dtype."""
    dtype = np.dtype(like) if like is not None else arr.dtype
    out = arr.astype(np.float32, copy=False)
    if dtype == np.bool_:
        return out  # 0/1, or fractions after area averaging
    if dtype == np.uint8:
        return out / 255.0
    if dtype == np.uint16:
        return out / 65535.0
    if np.issubdtype(dtype, np.integer):
        top = float(arr.max()) if arr.size else 1.0
        scale = 255.0 if top <= 255 else 65535.0 if top <= 65535 else top
        return np.clip(out / scale, 0.0, 1.0)
    lo, top = float(out.min()), float(out.max())  # NaN anywhere makes these NaN
    if not (np.isfinite(lo) and np.isfinite(top)):
        out = np.nan_to_num(out, nan=0.0, posinf=1.0, neginf=0.0)
        lo, top = float(out.min()), float(out.max())
    if top > 1.0:  # floats on a 0..255 or 0..65535 scale
        out = out / (255.0 if top <= 255 else 65535.0 if top <= 65535 else top)
    elif lo >= 0.0:
        return out  # already in [0, 1] (the canvas): no copy
    return np.clip(out, 0.0, 1.0)


def _ink(grey: np.ndarray) -> tuple[np.ndarray | None, bool]:
    """Ink as white-on-black in [0, 1] and whether the input was dark-on-light.

    The paper is the median of the border (most of a drawing's border is paper); the ink
    is on whichever side of it the image reaches further.
    """
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    paper = float(np.median(border))
    darker = paper - float(grey.min())
    lighter = float(grey.max()) - paper
    inverted = darker > lighter
    contrast = max(darker, lighter)
    if contrast < MIN_CONTRAST:
        return None, paper > 0.5
    ink = np.subtract(paper, grey) if inverted else np.subtract(grey, paper)
    ink *= 1.0 / contrast
    np.minimum(ink, 1.0, out=ink)
    ink *= ink >= NOISE  # paper noise and the far side of the paper become 0
    return ink.astype(np.float32, copy=False), inverted


def _bounding_box(ink: np.ndarray) -> tuple[int, int, int, int] | None:
    """(top, bottom, left, right) of the digit's ink, leaving out specks of dust.

    Starting from the rows (columns) that hold the middle 98% of the ink, the box grows
    outward until it meets an empty row (column): everything joined to the digit is
    kept, while a speck across a gap of clean paper no longer shrinks the digit.
    """
    rows = _extent(ink.sum(axis=1))
    cols = _extent(ink.sum(axis=0))
    if rows is None or cols is None:
        return None
    return rows[0], rows[1], cols[0], cols[1]


def _extent(mass: np.ndarray, share: float = 0.01) -> tuple[int, int] | None:
    """[start, stop) of the ink along one axis, given the ink per row (or column).

    >>> _extent(np.array([0, 1, 0, 0, 50, 90, 40, 0, 0]))  # the 1 is a speck past a gap
    (4, 7)
    >>> _extent(np.array([0, 0, 2, 5, 9, 4, 1, 0]))
    (2, 7)
    """
    total = float(mass.sum())
    if total <= 0:
        return None
    cum = np.cumsum(mass)
    lo = int(np.searchsorted(cum, share * total))
    hi = min(int(np.searchsorted(cum, (1 - share) * total)), len(mass) - 1)
    empty = np.flatnonzero(mass <= 0)
    before = empty[empty < lo]
    after = empty[empty > hi]
    start = int(before[-1]) + 1 if before.size else 0
    stop = int(after[0]) if after.size else len(mass)
    return start, stop


def stroke_width(ink: np.ndarray) -> float:
    """Typical stroke width in pixels: twice the ink area over its outline length.

    A stroke of width w and length L has area ≈ w·L and outline ≈ 2·L.

    >>> bar = np.zeros((50, 50)); bar[10:40, 20:24] = 1
    >>> round(stroke_width(bar), 1)
    3.5
    """
    mask = ink > 0.5
    area = int(np.count_nonzero(mask))
    if area == 0:
        return 0.0
    edges = np.count_nonzero(mask[1:] != mask[:-1]) + np.count_nonzero(mask[:, 1:] != mask[:, :-1])
    edges += int(mask[0].sum() + mask[-1].sum() + mask[:, 0].sum() + mask[:, -1].sum())
    return float(2.0 * area / max(edges, 1))


def _thicken_thin_strokes(crop: np.ndarray) -> tuple[np.ndarray, int, int] | None:
    """A thicker version of ``crop`` if its strokes would be hairlines in 20×20, else None.

    Returns the thicker image, the pooling factor and the border added on each side
    (pixel (y, x) of it is crop pixel ((y − border)·factor, (x − border)·factor)).

    A thin pen on a big drawing becomes a faint, broken 0.5-pixel line once scaled
    down, which MNIST never showed the network. The crop is max-pooled to about 80
    pixels (thin lines stay bright) and dilated until the strokes would be about
    :data:`TARGET_WIDTH` pixels wide in the final 20×20 box.
    """
    side = max(crop.shape)
    scale = BOX / side
    width = stroke_width(crop) * scale
    if width >= THIN or width == 0:
        return None
    factor = max(1, side // WORK_SIDE)
    h, w = -(-crop.shape[0] // factor), -(-crop.shape[1] // factor)
    padded = np.zeros((h * factor, w * factor), np.float32)
    padded[: crop.shape[0], : crop.shape[1]] = crop
    pooled = padded.reshape(h, factor, w, factor).max(axis=(1, 3))
    per_box_pixel = max(h, w) / BOX  # pooled pixels per final pixel
    radius = round((TARGET_WIDTH - width) / 2 * per_box_pixel)
    if radius <= 0:
        return None
    out = np.zeros((h + 2 * radius, w + 2 * radius), np.float32)
    out[radius : radius + h, radius : radius + w] = pooled
    for i in range(radius):  # alternate cross and square steps: a roughly round pen
        grown = out.copy()
        np.maximum(grown[1:], out[:-1], out=grown[1:])
        np.maximum(grown[:-1], out[1:], out=grown[:-1])
        np.maximum(grown[:, 1:], out[:, :-1], out=grown[:, 1:])
        np.maximum(grown[:, :-1], out[:, 1:], out=grown[:, :-1])
        if i % 2:
            np.maximum(grown[1:, 1:], out[:-1, :-1], out=grown[1:, 1:])
            np.maximum(grown[:-1, :-1], out[1:, 1:], out=grown[:-1, :-1])
            np.maximum(grown[1:, :-1], out[:-1, 1:], out=grown[1:, :-1])
            np.maximum(grown[:-1, 1:], out[1:, :-1], out=grown[:-1, 1:])
        out = grown
    return out, factor, radius


def _fit_box(crop: np.ndarray) -> np.ndarray:
    """Scale so the longer side is :data:`BOX` pixels, keeping the aspect ratio, anti-aliased."""
    from PIL import Image

    h, w = crop.shape
    scale = BOX / max(h, w)
    new_h, new_w = max(1, round(h * scale)), max(1, round(w * scale))
    if (new_h, new_w) == (h, w):
        return crop.astype(np.float32, copy=True)
    img = Image.fromarray(np.ascontiguousarray(crop, dtype=np.float32), mode="F")
    resized = img.resize((new_w, new_h), Image.Resampling.LANCZOS, reducing_gap=3.0)
    out = np.asarray(resized, dtype=np.float32)
    return np.clip(out, 0.0, 1.0)


def _centre_by_mass(patch: np.ndarray) -> tuple[np.ndarray, int, int]:
    """Paste into 28×28 so the centre of mass lands on pixel (14, 14), as MNIST did.

    Returns the 28×28 image and where the patch's top-left corner went.
    """
    h, w = patch.shape
    mass = float(patch.sum())
    if mass <= 0:
        cy, cx = (h - 1) / 2, (w - 1) / 2
    else:
        cy = float(patch.sum(axis=1) @ np.arange(h, dtype=np.float32)) / mass
        cx = float(patch.sum(axis=0) @ np.arange(w, dtype=np.float32)) / mass
    top = int(np.clip(round(SIZE / 2 - cy), 0, SIZE - h))
    left = int(np.clip(round(SIZE / 2 - cx), 0, SIZE - w))
    out = np.zeros((SIZE, SIZE), np.float32)
    out[top : top + h, left : left + w] = patch
    return out, top, left


def _in_box(patch: np.ndarray) -> np.ndarray:
    """The scaled patch centred in its 20×20 box (so the step shows its real size)."""
    out = np.zeros((BOX, BOX), np.float32)
    h, w = patch.shape
    top, left = (BOX - h) // 2, (BOX - w) // 2
    out[top : top + h, left : left + w] = patch
    return out


def _for_display(image: np.ndarray) -> np.ndarray:
    """A copy small enough to show (intermediate steps of huge images stay cheap)."""
    side = max(image.shape)
    factor = -(-side // STEP_DISPLAY_SIDE)
    if factor <= 1:
        return image.astype(np.float32, copy=True)
    return image[::factor, ::factor].astype(np.float32, copy=True)
