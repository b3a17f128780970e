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
from cnngui.core.phrases import Phrase, phrase

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
    "identity": phrase("copies the image: the only 1 sits in the centre."),
    "sobel-x": phrase("bright where the image gets brighter from left to right (vertical edges)."),
    "sobel-y": phrase(
        "bright where the image gets brighter from top to bottom (horizontal edges)."
    ),
    "laplacian": phrase("second derivative: responds to blobs and thin lines, zero on flat areas."),
    "box-blur": phrase("the average of the 3×3 neighbourhood."),
    "gaussian-blur": phrase("a weighted average, the centre counting most: a softer blur."),
    "sharpen": phrase("the pixel minus its neighbours' excess: edges stand out."),
    "emboss": phrase("a diagonal edge detector that makes strokes look raised."),
}


def preset(name: str) -> np.ndarray:
    """A copy of the named kernel; one sentence listing the names when it is unknown."""
    key = name.strip().lower().replace("_", "-").replace(" ", "-")
    if key not in PRESETS:
        raise UserError(
            phrase(
                "unknown kernel {name!r}; use one of {names} or type the numbers, e.g. "
                '"0,-1,0;-1,5,-1;0,-1,0".',
                name=name,
                names=", ".join(PRESETS),
            )
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
                raise UserError(
                    phrase(
                        "kernel row {row}, value {col} is {cell!r}, a division by zero.",
                        row=row,
                        col=col,
                        cell=cell,
                    )
                )
            value /= float(parts[1])
        return value
    raise UserError(
        phrase(
            'kernel row {row}, value {col} is {cell!r}, not a number; write numbers like "1", '
            '"-0.5" or "1/9", separated by commas, rows by semicolons.',
            row=row,
            col=col,
            cell=cell,
        )
    )


def grid_cell_problem(row: int, col: int, text: str) -> Phrase:
    """The window's sentence for a grid cell that does not hold a number."""
    return phrase("row {row}, column {col} is {text!r}, not a number.", row=row, col=col, text=text)


def parse_kernel(text: str, allow_even: bool = True) -> np.ndarray:
    """A preset name or rows ``"a,b,c;d,e,f;g,h,i"`` → a square float32 kernel.

    ``allow_even=False`` refuses 2×2, 4×4, 6×6 (they have no centre pixel).
    """
    source = str(text).strip()
    if not source:
        raise UserError(
            phrase('the kernel is empty; give a name such as sobel-x or "1,0,-1;2,0,-2;1,0,-1".')
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
                phrase(
                    "the kernel's rows have different lengths ({lengths} values); give every "
                    "row the same number of values.",
                    lengths=", ".join(map(str, lengths)),
                )
            )
        kernel = np.array(values, dtype=np.float32) if values else np.zeros((0, 0), np.float32)
        if kernel.shape[0] != kernel.shape[1]:
            raise UserError(
                phrase(
                    "the kernel has {rows} rows of {cols} values; it must be square (k rows of "
                    "k values).",
                    rows=kernel.shape[0],
                    cols=kernel.shape[1],
                )
            )
    return check_kernel(kernel, allow_even)


def check_kernel(kernel: np.ndarray, allow_even: bool = True) -> np.ndarray:
    """``kernel`` as float32 k×k with 1 ≤ k ≤ 7 and finite values, or one sentence why not."""
    k = np.asarray(kernel, dtype=np.float32)
    if k.ndim != 2 or k.shape[0] != k.shape[1] or k.shape[0] < 1:
        raise UserError(phrase("a kernel must be k×k, got shape {shape}.", shape=k.shape))
    size = k.shape[0]
    if size > MAX_KERNEL:
        raise UserError(
            phrase(
                "the kernel is {size}×{size}; the playground takes at most {most}×{most}.",
                size=size,
                most=MAX_KERNEL,
            )
        )
    if not allow_even and size % 2 == 0:
        raise UserError(
            phrase(
                'the kernel is {size}×{size}, an even size with no centre pixel, so "same" '
                "padding would shift the picture half a pixel; use 1, 3, 5 or 7 rows, or "
                'padding "valid".',
                size=size,
            )
        )
    if not np.all(np.isfinite(k)):
        raise UserError(phrase("the kernel holds a value that is not a finite number."))
    return k


def check_stride(stride: int) -> int:
    """``stride`` as an int in 1…4, or one sentence."""
    try:
        s = int(stride)
    except (TypeError, ValueError):
        raise UserError(_bad_stride(stride)) from None
    if not 1 <= s <= MAX_STRIDE or s != stride:
        raise UserError(_bad_stride(stride))
    return s


def _bad_stride(stride: object) -> Phrase:
    return phrase(
        "the stride must be a whole number from 1 to {most}, not {stride!r}.",
        most=MAX_STRIDE,
        stride=stride,
    )


@dataclass
class Applied:
    """What the playground shows: the output map, its geometry and the formula."""

    output: np.ndarray  #: (out_h, out_w) float32
    geometry: Geometry
    operation: (
        str | Phrase
    )  #: e.g. "3×3 kernel, stride 1, padding same, relu" or "max pool 2×2, stride 2"

    @property
    def formula(self) -> Phrase:
        return self.geometry.formula()


def _as_image(image: np.ndarray) -> np.ndarray:
    x = np.asarray(image, dtype=np.float64)
    if x.ndim == 3 and x.shape[-1] == 1:
        x = x[..., 0]
    if x.ndim != 2:
        raise UserError(
            phrase(
                "the playground takes one grey image (rows × columns), got shape {shape}.",
                shape=x.shape,
            )
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
    op = phrase(
        "{rows}×{cols} kernel, stride {stride}, padding {padding}, {activation}",
        rows=k.shape[0],
        cols=k.shape[1],
        stride=s,
        padding=geo.padding,
        activation=name,
    )
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
        raise UserError(phrase('pooling must be "max" or "average", not {pool!r}.', pool=pool))
    if not 1 <= int(size) <= MAX_KERNEL:
        raise UserError(
            phrase(
                "the pool size must be from 1 to {most}, not {size!r}.", most=MAX_KERNEL, size=size
            )
        )
    s = int(size) if stride is None else int(stride)
    if not 1 <= s <= MAX_KERNEL:
        raise UserError(
            phrase(
                "the pool stride must be from 1 to {most}, not {stride!r}.",
                most=MAX_KERNEL,
                stride=stride,
            )
        )
    x = _as_image(image)
    geo = geometry(x.shape[:2], int(size), s, padding)
    win = windows(pad_image(x, geo, np.nan), geo)[..., 0]
    out = np.nanmax(win, axis=(2, 3)) if kind == "max" else np.nanmean(win, axis=(2, 3))
    where = {"size": size, "stride": s, "padding": geo.padding}
    op = (
        phrase("max pool {size}×{size}, stride {stride}, padding {padding}", **where)
        if kind == "max"
        else phrase("average pool {size}×{size}, stride {stride}, padding {padding}", **where)
    )
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
            phrase(
                "the first Conv2D layer has {count} kernels; choose 1 to {count}.",
                count=w.shape[-1],
            )
        )
    return np.asarray(w[:, :, channel, index], dtype=np.float32)
