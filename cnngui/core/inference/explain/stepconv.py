"""One convolution (or pooling) of the student's own network, one output pixel at a time.

For a Conv2D or pooling layer and one output channel, each :class:`Step` holds the input
patch under the window (one small patch per input channel, zeros where the window hangs
over the padding), the kernel, the element-wise products, their sum + bias and the
activation — the output pixel being filled in. Everything is NumPy on the layer's own
weights and the activation the layer really receives, so the animation *is* the
arithmetic; the tests check every pixel against Keras to 1e-5.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.inference.explain.activations import activate, activation_name
from cnngui.core.inference.explain.sliding import Geometry, geometry, pad_image, windows
from cnngui.core.phrases import Phrase, phrase

KINDS = {"Conv2D": "conv", "MaxPooling2D": "max", "AveragePooling2D": "average"}


@dataclass
class Step:
    """One window position and the numbers that make its output pixel."""

    index: int  #: 0 … len − 1, row by row
    row: int  #: output row being filled in
    col: int
    top: int  #: window's top-left cell in the padded input
    left: int
    patch: np.ndarray  #: (kh, kw, C) input under the window; 0 on padding (NaN for pooling)
    on_padding: np.ndarray  #: (kh, kw) True where the window covers padding
    kernel: np.ndarray | None  #: (kh, kw, C) for a convolution
    products: np.ndarray | None  #: patch × kernel, (kh, kw, C)
    channel_sums: np.ndarray | None  #: sum of products per input channel, (C,)
    bias: float
    total: float  #: Σ products + bias, or the max / mean of the window
    value: float  #: after the activation: the output pixel
    picked: tuple[int, int] | None = None  #: the window cell a max pool took

    def text(self, kind: str, activation: str) -> Phrase:
        """One line of the arithmetic: "Σ 9 products = 1.2, + bias 0.1 = 1.3 → relu → 1.3"."""
        where = phrase("output ({row}, {col})", row=self.row, col=self.col)
        if kind == "conv" and self.products is not None:
            n = self.products.size
            channels = self.products.shape[-1]
            numbers = {
                "where": where,
                "n": n,
                "channels": channels,
                "sum": self.total - self.bias,
                "bias": self.bias,
                "total": self.total,
            }
            if channels > 1:
                line = phrase(
                    "{where}: Σ {n} products over {channels} channels = {sum:.4g}, "
                    "+ bias {bias:.4g} = {total:.4g}",
                    **numbers,
                )
            else:
                line = phrase(
                    "{where}: Σ {n} products = {sum:.4g}, + bias {bias:.4g} = {total:.4g}",
                    **numbers,
                )
            if activation != "linear":
                return phrase(
                    "{line} → {activation} → {value:.4g}",
                    line=line,
                    activation=activation,
                    value=self.value,
                )
            return line
        if kind == "max":
            return phrase("{where}: max of the window = {value:.4g}", where=where, value=self.value)
        return phrase("{where}: average of the window = {value:.4g}", where=where, value=self.value)


class StepByStep:
    """The steps of one output channel of a Conv2D, MaxPooling2D or AveragePooling2D layer."""

    def __init__(self, layer: Any, layer_input: np.ndarray, channel: int = 0) -> None:
        """``layer_input``: what the layer receives, (H, W, C) without the batch dimension."""
        kind = KINDS.get(type(layer).__name__)
        if kind is None:
            raise UserError(
                phrase(
                    "layer {name} is a {type}; the step-by-step view shows Conv2D, "
                    "MaxPooling2D and AveragePooling2D layers.",
                    name=layer.name,
                    type=type(layer).__name__,
                )
            )
        config = layer.get_config()
        if config.get("data_format", "channels_last") not in (None, "channels_last"):
            raise UserError(
                phrase(
                    "layer {name} uses channels_first; only channels_last is shown.",
                    name=layer.name,
                )
            )
        self.kind = kind
        self.layer_name = layer.name
        self.layer_type = type(layer).__name__
        x = np.asarray(layer_input, dtype=np.float32)
        if x.ndim == 4 and x.shape[0] == 1:
            x = x[0]
        if x.ndim != 3:
            raise UserError(
                phrase(
                    "layer {name} needs an (H, W, C) input, got shape {shape}.",
                    name=layer.name,
                    shape=x.shape,
                )
            )
        self.input = x
        if kind == "conv":
            if tuple(np.atleast_1d(config.get("dilation_rate", 1))) not in ((1,), (1, 1)):
                raise UserError(
                    phrase(
                        "layer {name} is dilated; the step-by-step view shows plain convolutions.",
                        name=layer.name,
                    )
                )
            if int(config.get("groups", 1)) != 1:
                raise UserError(
                    phrase(
                        "layer {name} is a grouped convolution; it cannot be shown step by step.",
                        name=layer.name,
                    )
                )
            weights = layer.get_weights()
            w = np.asarray(weights[0], dtype=np.float32)
            channels = w.shape[-1]
            self._check_channel(channel, channels)
            self.kernel: np.ndarray | None = w[..., channel]
            self.bias = (
                float(weights[1][channel])
                if config.get("use_bias", True) and len(weights) > 1
                else 0.0
            )
            self.activation = activation_name(config.get("activation"))
            window, stride = w.shape[:2], config["strides"]
            pad_value = 0.0
            self.source = x
        else:
            self._check_channel(channel, x.shape[-1])
            self.kernel = None
            self.bias = 0.0
            self.activation = "linear"
            window = config["pool_size"]
            stride = config.get("strides") or window
            pad_value = np.nan  # Keras never counts "same" padding inside a pool
            self.source = x[..., channel : channel + 1]
        self.channel = channel
        self.geometry: Geometry = geometry(
            x.shape[:2], tuple(window), tuple(stride), config["padding"]
        )
        self.padded = pad_image(self.source, self.geometry, pad_value)
        mask = np.zeros(self.padded.shape[:2], bool)
        mask[:] = True
        top, _, left, _ = self.geometry.pad
        mask[top : top + x.shape[0], left : left + x.shape[1]] = False
        self.padding_mask = mask  #: (H', W') True on the border of padding

    @staticmethod
    def _check_channel(channel: int, channels: int) -> None:
        if not 0 <= int(channel) < channels:
            raise UserError(
                phrase(
                    "the layer has {count} output channels; choose 0 to {last}.",
                    count=channels,
                    last=channels - 1,
                )
            )

    def __len__(self) -> int:
        return self.geometry.out[0] * self.geometry.out[1]

    def step(self, index: int) -> Step:
        """The numbers of output pixel ``index`` (row by row)."""
        if not 0 <= index < len(self):
            raise IndexError(index)
        row, col = divmod(int(index), self.geometry.out[1])
        top, left = self.geometry.origin(row, col)
        kh, kw = self.geometry.window
        patch = self.padded[top : top + kh, left : left + kw, :]
        on_padding = self.padding_mask[top : top + kh, left : left + kw]
        if self.kind == "conv":
            products = patch.astype(np.float64) * self.kernel.astype(np.float64)
            channel_sums = products.sum(axis=(0, 1))
            total = float(channel_sums.sum()) + self.bias
            value = float(activate(np.array(total), self.activation))
            return Step(
                index,
                row,
                col,
                top,
                left,
                patch,
                on_padding,
                self.kernel,
                products,
                channel_sums,
                self.bias,
                total,
                value,
            )
        values = patch[..., 0].astype(np.float64)
        if self.kind == "max":
            flat = int(np.nanargmax(values))
            picked = divmod(flat, kw)
            total = float(values[picked])
        else:
            picked = None
            total = float(np.nanmean(values))
        return Step(
            index,
            row,
            col,
            top,
            left,
            patch,
            on_padding,
            None,
            None,
            None,
            0.0,
            total,
            total,
            picked,
        )

    def steps(self):
        """Every step in order (a generator: the animation asks for one at a time)."""
        return (self.step(i) for i in range(len(self)))

    def output(self) -> np.ndarray:
        """The whole output map of this channel at once, (out_h, out_w) float32."""
        win = windows(self.padded.astype(np.float64), self.geometry)
        if self.kind == "conv":
            pre = np.einsum("ijklc,klc->ij", win, self.kernel.astype(np.float64)) + self.bias
            return activate(pre, self.activation).astype(np.float32)
        if self.kind == "max":
            return np.nanmax(win[..., 0], axis=(2, 3)).astype(np.float32)
        return np.nanmean(win[..., 0], axis=(2, 3)).astype(np.float32)

    def summary(self) -> Phrase:
        """A sentence naming the layer, the window, the stride, the padding and the formula."""
        kh, kw = self.geometry.window
        if self.kind == "conv":
            what = phrase(
                "a {kh}×{kw}×{channels} kernel", kh=kh, kw=kw, channels=self.input.shape[-1]
            )
        elif self.kind == "max":
            what = phrase("a {kh}×{kw} max pool", kh=kh, kw=kw)
        else:
            what = phrase("a {kh}×{kw} average pool", kh=kh, kw=kw)
        return phrase(
            "{layer} ({type}), channel {channel}: {what} slides with stride {sh}×{sw}, "
            "padding {padding}; {formula}",
            layer=self.layer_name,
            type=self.layer_type,
            channel=self.channel,
            what=what,
            sh=self.geometry.stride[0],
            sw=self.geometry.stride[1],
            padding=self.geometry.padding,
            formula=self.geometry.formula(),
        )
