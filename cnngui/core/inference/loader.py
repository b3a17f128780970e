"""One loader for every door: a model file → a network fed the way it was trained.

The window's import, ``cnngui predict``, ``cnngui evaluate``, projects and submissions
all open model files here. The architecture is read by the allow-listed importer (no
code from the file ever runs; ``.keras`` and ``.h5`` from Keras 2.0 on), the drawing is
preprocessed MNIST-style (28×28, values 0–1, white digit on black) and then fitted to
the input the model declares — padded to 32×32 (LeNet), resized for other sizes,
flattened for 784 — and finally put in the pixel convention the model was trained with,
found by scoring it on bundled MNIST test digits under each one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from math import isqrt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnngui.core.model.importer import ModelImportError, import_model
from cnngui.core.model.shapes import analyze, fmt_shape
from cnngui.core.model.spec import ModelSpec
from cnngui.core.phrases import Phrase, phrase

if TYPE_CHECKING:
    import keras

SIZE = 28
LENET = 32  #: MNIST padded by 2 pixels on every side, the classic LeNet-5 input
MIN_SIDE, MAX_SIDE = 8, 256
CHECK_DIGITS = 500  #: MNIST test digits scored under each convention on import
MIN_ACCURACY = 0.5  #: below this under every convention: maybe not a digit classifier


@dataclass(frozen=True)
class InputConvention:
    """How a model wants its pixels: 0–1 or 0–255, white digit on black or inverted."""

    scale: float = 1.0  #: 1.0: pixels 0–1; 255.0: pixels 0–255
    inverted: bool = False  #: True: a dark digit on a light background
    accuracy: float | None = None  #: share of the check digits right under it (if scored)

    def apply(self, x: np.ndarray) -> np.ndarray:
        """Pixels in [0, 1], white on black → this convention."""
        x = np.asarray(x, dtype=np.float32)
        return ((1.0 - x) if self.inverted else x) * np.float32(self.scale)

    def describe(self) -> Phrase:
        """e.g. ``pixels 0–255, white digit on black``."""
        top = "255" if self.scale == 255 else f"{self.scale:g}"
        if self.inverted:
            return phrase("pixels 0–{top}, black digit on white", top=top)
        return phrase("pixels 0–{top}, white digit on black", top=top)

    @property
    def is_default(self) -> bool:
        return self.scale == 1.0 and not self.inverted

    def to_json(self) -> dict[str, Any]:
        return {"scale": self.scale, "inverted": self.inverted, "accuracy": self.accuracy}

    @classmethod
    def from_json(cls, data: Any) -> InputConvention:
        """Read what :meth:`to_json` wrote; anything unreadable is the default convention."""
        if not isinstance(data, dict):
            return cls()
        scale = data.get("scale", 1.0)
        scale = 255.0 if scale == 255 else 1.0
        accuracy = data.get("accuracy")
        ok = isinstance(accuracy, (int, float)) and not isinstance(accuracy, bool)
        return cls(scale, data.get("inverted") is True, float(accuracy) if ok else None)


#: tried in this order; on a tie the earlier one wins (0–1, white on black first)
CONVENTIONS = (
    InputConvention(1.0, False),
    InputConvention(255.0, False),
    InputConvention(1.0, True),
    InputConvention(255.0, True),
)


def fit_problem(shape: tuple[int, ...]) -> Phrase | None:
    """Why a drawing cannot be fed to a model with this input shape (None: it can)."""
    dims = tuple(shape)
    if len(dims) == 3 and dims[2] != 1:
        return phrase(
            "the model takes {shape} images, but the digits are 28×28×1 (grey pixels); use a "
            "model with one input channel, e.g. keras.Input(shape=(28, 28, 1)).",
            shape=fmt_shape(dims),
        )
    if len(dims) == 1:
        side = isqrt(dims[0])
        if side * side != dims[0]:
            return phrase(
                "the model takes {count:,} numbers, which is not a square image such as "
                "784 = 28×28; use a model for MNIST digits.",
                count=dims[0],
            )
        dims = (side, side)
    if not 2 <= len(dims) <= 3 or not all(MIN_SIDE <= d <= MAX_SIDE for d in dims[:2]):
        return phrase(
            "the model takes input of shape {shape}, which a digit drawing cannot be fitted "
            "to; use a model for 28×28 digits.",
            shape=fmt_shape(tuple(shape)),
        )
    return None


def fit_input(image28: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """A 28×28 MNIST-style image fitted to a model input shape (no batch axis).

    32×32 is MNIST padded by 2 pixels (LeNet); other sizes are resized; a flat input
    is the image read row by row; a channel axis is added when the model has one.

    >>> fit_input(np.ones((28, 28)), (32, 32, 1)).shape, fit_input(np.ones((28, 28)), (784,)).shape
    ((32, 32, 1), (784,))
    >>> float(fit_input(np.ones((28, 28)), (14, 14))[7, 7])
    1.0
    """
    image = np.asarray(image28, dtype=np.float32).reshape(SIZE, SIZE)
    if len(shape) == 1:
        side = isqrt(shape[0])
        return _grid(image, side, side).reshape(-1)
    grid = _grid(image, shape[0], shape[1])
    return grid[..., None] if len(shape) == 3 else grid


def _grid(image: np.ndarray, h: int, w: int) -> np.ndarray:
    if (h, w) == (SIZE, SIZE):
        return image
    if (h, w) == (LENET, LENET):
        pad = (LENET - SIZE) // 2
        return np.pad(image, pad)
    from PIL import Image

    resized = Image.fromarray(image, mode="F").resize((w, h), Image.Resampling.BILINEAR)
    return np.clip(np.asarray(resized, dtype=np.float32), 0.0, 1.0)


@dataclass
class LoadedModel:
    """A model ready to be fed drawings: the network, its spec and how to feed it."""

    model: keras.Model
    spec: ModelSpec
    source: Path | None
    convention: InputConvention = field(default_factory=InputConvention)
    warnings: list[str] = field(default_factory=list)
    #: one line for the user about the convention (empty when it is the usual one)
    message: str | Phrase = ""

    @property
    def input_shape(self) -> tuple[int, ...]:
        return tuple(self.spec.input_shape)

    def fit(self, image28: np.ndarray) -> np.ndarray:
        """A preprocessed 28×28 drawing in [0, 1] → exactly what this model takes."""
        return self.convention.apply(fit_input(image28, self.input_shape))

    def fit_batch(self, images: np.ndarray) -> np.ndarray:
        """Many 28×28 images ``(N, 28, 28[, 1])`` in [0, 1] → a batch of this model's input."""
        x = np.asarray(images, dtype=np.float32).reshape(-1, SIZE, SIZE)
        if self.input_shape in ((SIZE, SIZE, 1), (SIZE, SIZE)):
            fitted = x.reshape(len(x), *self.input_shape)
        else:
            fitted = np.stack([fit_input(image, self.input_shape) for image in x])
        return self.convention.apply(fitted)

    @property
    def convention_line(self) -> str | Phrase:
        """How the network is fed, in one line, whatever the convention (for the window)."""
        return convention_message(self.convention, always=True)

    def with_convention(self, convention: InputConvention) -> LoadedModel:
        """The same network fed another way (the user's override)."""
        return replace(self, convention=convention, message=convention_message(convention))


def load_network(path: str | Path, detect: bool = True, digits: int = CHECK_DIGITS) -> LoadedModel:
    """Open a ``.keras`` / ``.h5`` model file; every problem is one :class:`UserError`.

    With ``detect``, score the model on ``digits`` bundled MNIST test digits under each
    :data:`CONVENTIONS` entry and feed it the best one.
    """
    p = Path(path)
    imported = import_model(p, expected_input=None)
    spec = imported.spec
    problem = fit_problem(tuple(spec.input_shape))
    if problem:
        raise ModelImportError(phrase("{path}: {problem}", path=str(p), problem=problem))
    out = analyze(spec, num_classes=None).output_shape
    if out is None or int(np.prod(out)) != 10:
        raise ModelImportError(
            phrase(
                "{path}: the model's output is {shape}, not one score for each digit 0–9; "
                "use a digit classifier that ends in Dense(10).",
                path=str(p),
                shape=fmt_shape(out),
            )
        )
    warnings = [w for w in imported.warnings if "softmax" not in w]
    loaded = LoadedModel(imported.model, spec, p, warnings=warnings)
    if not detect:
        return loaded
    convention = detect_convention(loaded, digits)
    loaded = loaded.with_convention(convention)
    if convention.accuracy is not None and convention.accuracy < MIN_ACCURACY:
        loaded.warnings.append(
            phrase(
                "the network gets at most {accuracy:.0%} of {digits} MNIST test digits right "
                "however its pixels are scaled or inverted, so it may not be an MNIST digit "
                "classifier.",
                accuracy=convention.accuracy,
                digits=digits,
            )
        )
    return loaded


def detect_convention(loaded: LoadedModel, digits: int = CHECK_DIGITS) -> InputConvention:
    """The convention under which the model gets most MNIST test digits right."""
    from cnngui.core.datasets import DatasetError, mnist_test_digits

    try:
        x, y = mnist_test_digits(digits)
    except DatasetError:
        return InputConvention()
    if not len(y):
        return InputConvention()
    fitted = np.stack([fit_input(image, loaded.input_shape) for image in x])
    best: InputConvention | None = None
    for convention in CONVENTIONS:
        scores = np.asarray(loaded.model(convention.apply(fitted), training=False))
        accuracy = float(np.mean(scores.reshape(len(y), -1).argmax(axis=1) == y))
        if best is None or accuracy > (best.accuracy or 0.0):
            best = replace(convention, accuracy=accuracy)
    assert best is not None
    return best


def convention_message(convention: InputConvention, always: bool = False) -> str | Phrase:
    """The one line that says how the network is fed.

    Empty for the usual 0–1, white-on-black convention unless ``always`` (the window
    may show it every time; the command line only when it is unusual).

    >>> convention_message(InputConvention(255.0, False, 0.974))[:59]
    'this network expects pixels 0–255, white digit on black: cn'
    """
    if convention.is_default and not always:
        return ""
    if convention.accuracy is None:
        return phrase(
            "this network expects {convention}: cnngui feeds it that way.",
            convention=convention.describe(),
        )
    return phrase(
        "this network expects {convention}: cnngui feeds it that way — {percent:.1f} % on "
        "MNIST test digits.",
        convention=convention.describe(),
        percent=convention.accuracy * 100,
    )
