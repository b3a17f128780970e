"""A window sliding over an image: Keras's padding, the output size and its formula.

Convolution and pooling share this geometry. Keras ("same" padding as TensorFlow does
it) pads ``max((out − 1)·S + F − W, 0)`` cells in total, the smaller half before and the
larger half after — so an even kernel or an odd leftover puts the extra row at the
bottom/right. The playground, the step-by-step view and the tests all use these
functions, so what the student reads is what Keras computes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.phrases import Phrase, phrase

PADDINGS = ("valid", "same")


def check_padding(padding: str) -> str:
    """The padding name in lower case, or one sentence saying which names exist."""
    name = str(padding).strip().lower()
    if name not in PADDINGS:
        raise UserError(
            phrase('padding must be "valid" or "same", not {padding!r}.', padding=padding)
        )
    return name


def output_length(size: int, window: int, stride: int, padding: str) -> int:
    """Cells along one axis after sliding ``window`` with ``stride`` (Keras's rule).

    >>> output_length(28, 3, 1, "valid"), output_length(28, 3, 2, "same")
    (26, 14)
    """
    if padding == "same":
        return (size - 1) // stride + 1
    return max((size - window) // stride + 1, 0)


def pad_amounts(size: int, window: int, stride: int, padding: str) -> tuple[int, int]:
    """Cells of padding (before, after) along one axis, as TensorFlow pads for "same".

    >>> pad_amounts(28, 3, 1, "same"), pad_amounts(28, 3, 2, "same"), pad_amounts(5, 4, 1, "same")
    ((1, 1), (0, 1), (1, 2))
    """
    if padding != "same":
        return 0, 0
    out = output_length(size, window, stride, padding)
    total = max((out - 1) * stride + window - size, 0)
    return total // 2, total - total // 2


@dataclass(frozen=True)
class Geometry:
    """Where a window goes over an input: sizes, strides, padding, and the output size."""

    height: int
    width: int
    window: tuple[int, int]  #: (rows, columns) of the kernel or pool
    stride: tuple[int, int]
    padding: str
    pad: tuple[int, int, int, int]  #: (top, bottom, left, right) cells added
    out: tuple[int, int]  #: output (rows, columns)

    def origin(self, row: int, col: int) -> tuple[int, int]:
        """Top-left cell of the window for output (row, col), in padded coordinates."""
        return row * self.stride[0], col * self.stride[1]

    def formula(self) -> Phrase:
        """The output-size formula with this layer's numbers, one line per axis if they differ."""
        rows = _formula_line(self.height, self.window[0], self.stride[0], self.pad[:2])
        cols = _formula_line(self.width, self.window[1], self.stride[1], self.pad[2:])
        h, w = self.out
        if rows == cols:
            return phrase("{rows}  →  output {h}×{w}", rows=rows, h=h, w=w)
        return phrase(
            "rows: {rows};  columns: {cols}  →  output {h}×{w}", rows=rows, cols=cols, h=h, w=w
        )


def geometry(
    shape: tuple[int, int],
    window: int | tuple[int, int],
    stride: int | tuple[int, int],
    padding: str,
) -> Geometry:
    """The :class:`Geometry` of a ``window`` sliding over an image of ``shape`` (rows, cols)."""
    padding = check_padding(padding)
    wh, ww = _pair(window)
    sh, sw = _pair(stride)
    h, w = int(shape[0]), int(shape[1])
    top, bottom = pad_amounts(h, wh, sh, padding)
    left, right = pad_amounts(w, ww, sw, padding)
    out = (output_length(h, wh, sh, padding), output_length(w, ww, sw, padding))
    if out[0] < 1 or out[1] < 1:
        raise UserError(
            phrase(
                "a {wh}×{ww} window does not fit in a {h}×{w} input with padding {padding!r}; "
                'use a smaller window or padding "same".',
                wh=wh,
                ww=ww,
                h=h,
                w=w,
                padding=padding,
            )
        )
    return Geometry(h, w, (wh, ww), (sh, sw), padding, (top, bottom, left, right), out)


def _formula_line(size: int, window: int, stride: int, pad: tuple[int, int]) -> str | Phrase:
    """(W − F + 2P)/S + 1 with the numbers; a floor sign when the division is not exact.

    Only the words of an uneven padding are translated; the arithmetic reads the same in
    every language.
    """
    total = pad[0] + pad[1]
    numerator = size - window + total
    quotient = numerator // stride + 1
    p_text: str | Phrase = (
        f"2×{total // 2}"
        if total % 2 == 0
        else phrase(
            "{total} (top/left {top}, bottom/right {bottom})",
            total=total,
            top=pad[0],
            bottom=pad[1],
        )
    )
    numbers = {"size": size, "window": window, "pad": p_text, "stride": stride, "out": quotient}
    if numerator % stride == 0:
        return phrase(
            "(W − F + 2P)/S + 1 = ({size} − {window} + {pad})/{stride} + 1 = {out}", **numbers
        )
    return phrase(
        "⌊(W − F + 2P)/S⌋ + 1 = ⌊({size} − {window} + {pad})/{stride}⌋ + 1 = {out}", **numbers
    )


def _pair(value: int | tuple[int, int] | list[int]) -> tuple[int, int]:
    if isinstance(value, (tuple, list)):
        return int(value[0]), int(value[1])
    return int(value), int(value)


def pad_image(x: np.ndarray, geo: Geometry, value: float = 0.0) -> np.ndarray:
    """``x`` (H, W, C) with ``geo``'s padding of ``value`` around it (zeros for a convolution)."""
    top, bottom, left, right = geo.pad
    return np.pad(x, ((top, bottom), (left, right), (0, 0)), constant_values=value)


def windows(x: np.ndarray, geo: Geometry) -> np.ndarray:
    """Every window of a padded (H', W', C) array: shape (out_h, out_w, kh, kw, C)."""
    view = np.lib.stride_tricks.sliding_window_view(x, geo.window, axis=(0, 1))
    # sliding_window_view puts the window axes last: (H'', W'', C, kh, kw)
    view = view[:: geo.stride[0], :: geo.stride[1]][: geo.out[0], : geo.out[1]]
    return np.moveaxis(view, 2, 4)
