"""The kernel playground: a named or typed k×k kernel (and pooling) applied to the 28×28
input the network sees, with the output size and its formula.

Keras's Conv2D is a cross-correlation (the kernel is not flipped), so that is what is
computed here; "same" padding follows :mod:`.sliding`. The tests check every output
against ``keras.layers.Conv2D`` / ``MaxPooling2D`` / ``AveragePooling2D``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.inference.explain.activations import activate, activation_name
from cnngui.core.inference.explain.sliding import Geometry, geometry, pad_image, windows

MAX_KERNEL = 7  #: largest k of a k×k kernel or pool
MAX_STRIDE = 4
POOLS = ("max", "average")

#: the classic hand-made kernels of image processing, by the names the CLI accepts
PRESETS: dict[str, np.ndarray] = {
    "identity": np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]], np.float32),
    "sobel-x": np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float32),
    "sobel-y": np.array([[-1, -2, -1], [0, 0, 0], [1, 2, 1]], np.float32),
    "laplacian": np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], np.float32),
    "box-blur": np.full((3, 3), 1 / 9, np.float32),
    "gaussian-blur": np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]], np.float32) / 16,
    "sharpen": np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], np.float32),
    "emboss": np.array([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]], np.float32),
}

#: one sentence per preset for the panel and the Guide
PRESET_NOTES: dict[str, str] = {
    "identity": "copies the image: the only 1 sits in the centre.",
    "sobel-x": "bright where the image gets brighter from left to right (vertical edges).",
    "sobel-y": "bright where the image gets brighter from top to bottom (horizontal edges).",
    "laplacian": "second derivative: responds to blobs and thin lines, zero on flat areas.",
    "box-blur": "the average of the 3×3 neighbourhood.",
    "gaussian-blur": "a weighted average, the centre counting most: a softer blur.",
    "sharpen": "the pixel minus its neighbours' excess: edges stand out.",
    "emboss": "a diagonal edge detector that makes strokes look raised.",
}


def preset(name: str) -> np.ndarray:
    """A copy of the named kernel; one sentence listing the names when it is unknown."""
    key = name.strip().lower().replace("_", "-").replace(" ", "-")
    if key not in PRESETS:
        raise UserError(
            f"unknown kernel {name!r}; use one of {', '.join(PRESETS)} "
            'or type the numbers, e.g. "0,-1,0;-1,5,-1;0,-1,0".'
        )
    return PRESETS[key].copy()


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def _number(text: str, row: int, col: int) -> float:
    cell = text.strip()
    parts = cell.split("/")
    if 1 <= len(parts) <= 2 and all(_NUMBER.match(p.strip()) for p in parts):
        value = float(parts[0])
        if len(parts) == 2:
            if float(parts[1]) == 0:
                raise UserError(f"kernel row {row}, value {col} is {cell!r}, a division by zero.")
            value /= float(parts[1])
        return value
    raise UserError(
        f"kernel row {row}, value {col} is {cell!r}, not a number; "
        'write numbers like "1", "-0.5" or "1/9", separated by commas, rows by semicolons.'
    )


def parse_kernel(text: str, allow_even: bool = True) -> np.ndarray:
    """A preset name or rows ``"a,b,c;d,e,f;g,h,i"`` → a square float32 kernel.

    ``allow_even=False`` refuses 2×2, 4×4, 6×6 (they have no centre pixel).
    """
    source = str(text).strip()
    if not source:
        raise UserError(
            'the kernel is empty; give a name such as sobel-x or "1,0,-1;2,0,-2;1,0,-1".'
        )
    if "," not in source and ";" not in source and not _NUMBER.match(source.split("/")[0]):
        kernel = preset(source)
    else:
        rows = [r for r in source.split(";")]
        if rows and rows[-1].strip() == "":
            rows.pop()
        values = [
            [_number(v, i + 1, j + 1) for j, v in enumerate(r.split(","))]
            for i, r in enumerate(rows)
        ]
        lengths = sorted({len(r) for r in values})
        if len(lengths) > 1:
            raise UserError(
                "the kernel's rows have different lengths "
                f"({', '.join(map(str, lengths))} values); "
                "give every row the same number of values."
            )
        kernel = np.array(values, dtype=np.float32) if values else np.zeros((0, 0), np.float32)
        if kernel.shape[0] != kernel.shape[1]:
            raise UserError(
                f"the kernel has {kernel.shape[0]} rows of {kernel.shape[1]} values; "
                "it must be square (k rows of k values)."
            )
    return check_kernel(kernel, allow_even)


def check_kernel(kernel: np.ndarray, allow_even: bool = True) -> np.ndarray:
    """``kernel`` as float32 k×k with 1 ≤ k ≤ 7 and finite values, or one sentence why not."""
    k = np.asarray(kernel, dtype=np.float32)
    if k.ndim != 2 or k.shape[0] != k.shape[1] or k.shape[0] < 1:
        raise UserError(f"a kernel must be k×k, got shape {k.shape}.")
    size = k.shape[0]
    if size > MAX_KERNEL:
        raise UserError(
            f"the kernel is {size}×{size}; the playground takes at most {MAX_KERNEL}×{MAX_KERNEL}."
        )
    if not allow_even and size % 2 == 0:
        raise UserError(
            f'the kernel is {size}×{size}, an even size with no centre pixel, so "same" padding '
            'would shift the picture half a pixel; use 1, 3, 5 or 7 rows, or padding "valid".'
        )
    if not np.all(np.isfinite(k)):
        raise UserError("the kernel holds a value that is not a finite number.")
    return k


def check_stride(stride: int) -> int:
    """``stride`` as an int in 1…4, or one sentence."""
    try:
        s = int(stride)
    except (TypeError, ValueError):
        raise UserError(
            f"the stride must be a whole number from 1 to {MAX_STRIDE}, not {stride!r}."
        ) from None
    if not 1 <= s <= MAX_STRIDE or s != stride:
        raise UserError(
            f"the stride must be a whole number from 1 to {MAX_STRIDE}, not {stride!r}."
        )
    return s


@dataclass
class Applied:
    """What the playground shows: the output map, its geometry and the formula."""

    output: np.ndarray  #: (out_h, out_w) float32
    geometry: Geometry
    operation: str  #: e.g. "3×3 kernel, stride 1, padding same, relu" or "max pool 2×2, stride 2"

    @property
    def formula(self) -> str:
        return self.geometry.formula()


def _as_image(image: np.ndarray) -> np.ndarray:
    x = np.asarray(image, dtype=np.float64)
    if x.ndim == 3 and x.shape[-1] == 1:
        x = x[..., 0]
    if x.ndim != 2:
        raise UserError(
            f"the playground takes one grey image (rows × columns), got shape {x.shape}."
        )
    return x[..., None]


def apply_kernel(
    image: np.ndarray,
    kernel: np.ndarray,
    stride: int = 1,
    padding: str = "valid",
    activation: str = "linear",
    bias: float = 0.0,
) -> Applied:
    """``kernel`` slid over ``image`` (rows × columns) as a one-filter Conv2D computes it."""
    k = check_kernel(kernel)
    s = check_stride(stride)
    x = _as_image(image)
    geo = geometry(x.shape[:2], k.shape, s, padding)
    win = windows(pad_image(x, geo, 0.0), geo)[..., 0]  # (oh, ow, kh, kw)
    out = np.einsum("ijkl,kl->ij", win, k.astype(np.float64)) + float(bias)
    out = activate(out, activation).astype(np.float32)
    name = activation_name(activation)
    op = f"{k.shape[0]}×{k.shape[1]} kernel, stride {s}, padding {geo.padding}, {name}"
    return Applied(out, geo, op)


def apply_pooling(
    image: np.ndarray,
    pool: str = "max",
    size: int = 2,
    stride: int | None = None,
    padding: str = "valid",
) -> Applied:
    """Max or average pooling as Keras computes it ("same" padding never counts as a value)."""
    kind = {"avg": "average", "mean": "average"}.get(str(pool).lower(), str(pool).lower())
    if kind not in POOLS:
        raise UserError(f'pooling must be "max" or "average", not {pool!r}.')
    if not 1 <= int(size) <= MAX_KERNEL:
        raise UserError(f"the pool size must be from 1 to {MAX_KERNEL}, not {size!r}.")
    s = int(size) if stride is None else int(stride)
    if not 1 <= s <= MAX_KERNEL:
        raise UserError(f"the pool stride must be from 1 to {MAX_KERNEL}, not {stride!r}.")
    x = _as_image(image)
    geo = geometry(x.shape[:2], int(size), s, padding)
    win = windows(pad_image(x, geo, np.nan), geo)[..., 0]
    out = np.nanmax(win, axis=(2, 3)) if kind == "max" else np.nanmean(win, axis=(2, 3))
    op = f"{kind} pool {size}×{size}, stride {s}, padding {geo.padding}"
    return Applied(out.astype(np.float32), geo, op)


def sobel(image: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sobel-x, Sobel-y (same padding) and the gradient magnitude √(gx² + gy²)."""
    gx = apply_kernel(image, PRESETS["sobel-x"], padding="same").output
    gy = apply_kernel(image, PRESETS["sobel-y"], padding="same").output
    return gx, gy, np.hypot(gx, gy).astype(np.float32)


def learned_kernel(kernels: np.ndarray, index: int, channel: int = 0) -> np.ndarray:
    """Kernel ``index`` (0-based) of a Conv2D's weights (kh, kw, in, out), one input channel."""
    w = np.asarray(kernels)
    if not 0 <= index < w.shape[-1]:
        raise UserError(
            f"the first Conv2D layer has {w.shape[-1]} kernels; choose 1 to {w.shape[-1]}."
        )
    return np.asarray(w[:, :, channel, index], dtype=np.float32)
