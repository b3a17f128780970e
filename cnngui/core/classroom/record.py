"""One kept drawing: as drawn (strokes, canvas size, time, label) and as the 28×28 input.

Separate from the store (:mod:`~cnngui.core.classroom.drawings`) and the file formats
(:mod:`~cnngui.core.classroom.npzfiles`) because both build on it.
"""

from __future__ import annotations

import base64
import hashlib
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from cnngui.core.classroom.strokes import Strokes, check_strokes, strokes_to_input
from cnngui.core.errors import UserError
from cnngui.core.phrases import phrase

NUM_CLASSES = 10
SIDE = 28


class DrawingsError(UserError):
    """A drawings file or drawing that cannot be used; one sentence saying why."""


def content_hash(image: np.ndarray) -> str:
    """SHA-256 of the 28×28 uint8 pixels: the same drawing from two machines has one hash."""
    return hashlib.sha256(np.ascontiguousarray(image, dtype=np.uint8).tobytes()).hexdigest()


def check_label(label: Any) -> int:
    if isinstance(label, bool) or not isinstance(label, (int, np.integer)):
        raise DrawingsError(
            phrase("a label must be a digit from 0 to 9, not {label}.", label=repr(label))
        )
    if not 0 <= int(label) < NUM_CLASSES:
        raise DrawingsError(
            phrase("a label must be a digit from 0 to 9, not {label}.", label=int(label))
        )
    return int(label)


@dataclass(frozen=True)
class Drawing:
    """One kept drawing: as drawn (``strokes``, ``canvas``, ``time``) and as the input ``image``.

    ``strokes`` is empty for drawings imported from a file without strokes; those keep
    their pixels but cannot be re-rendered.
    """

    id: str
    label: int
    image: np.ndarray = field(repr=False)  #: (28, 28) uint8, white ink on black
    strokes: Strokes = field(default_factory=list, repr=False)
    canvas: tuple[int, int] | None = None
    time: str = ""

    @property
    def hash(self) -> str:
        return content_hash(self.image)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "strokes": self.strokes,
            "canvas": None if self.canvas is None else list(self.canvas),
            "time": self.time,
            "image": base64.b64encode(self.image.astype(np.uint8).tobytes()).decode("ascii"),
        }

    @classmethod
    def from_json(cls, d: Any) -> Drawing:
        """Parse one stored drawing; anything wrong is a DrawingsError."""
        if not isinstance(d, dict) or not isinstance(d.get("id"), str):
            raise DrawingsError(phrase("a drawing record must be an object with an id."))
        try:
            raw = base64.b64decode(str(d.get("image", "")), validate=True)
        except ValueError:
            raise DrawingsError(
                phrase("drawing {name}: its image is not valid base64.", name=_name(d["id"]))
            ) from None
        if len(raw) != SIDE * SIDE:
            raise DrawingsError(
                phrase("drawing {name}: its image is not 28×28 pixels.", name=_name(d["id"]))
            )
        canvas = d.get("canvas")
        if canvas is not None:
            ok = isinstance(canvas, list) and len(canvas) == 2
            if not ok or not all(isinstance(v, int) and v > 0 for v in canvas):
                raise DrawingsError(
                    phrase("drawing {name}: canvas must be [width, height].", name=_name(d["id"]))
                )
            canvas = (canvas[0], canvas[1])
        image = np.frombuffer(raw, np.uint8).reshape(SIDE, SIDE).copy()
        image.flags.writeable = False
        return cls(
            d["id"], check_label(d.get("label")), image, check_strokes(d.get("strokes", [])),
            canvas, str(d.get("time", "")),
        )  # fmt: skip


def make_drawing(
    strokes: Any,
    label: int,
    canvas: tuple[int, int] | None = (280, 280),
    image: np.ndarray | None = None,
) -> Drawing:
    """A new drawing from the canvas's strokes; the 28×28 input is rendered unless given.

    Refuses an empty drawing (nothing to learn from) in one sentence.
    """
    strokes = check_strokes(strokes)
    label = check_label(label)
    if image is None:
        image = strokes_to_input(strokes)
        if image is None:
            raise DrawingsError(phrase("the drawing is empty; draw a digit before keeping it."))
    image = np.asarray(image)
    if image.shape != (SIDE, SIDE):
        raise DrawingsError(
            phrase("the input image must be 28×28, not {shape}.", shape=image.shape)
        )
    if image.dtype != np.uint8:
        image = np.clip(np.rint(image.astype(np.float32) * 255.0), 0, 255).astype(np.uint8)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return Drawing(uuid.uuid4().hex, label, image, strokes, canvas, stamp)


def _name(drawing_id: str) -> str:
    """A drawing's id as one short line for a message (ids come from files)."""
    text = " ".join(drawing_id.split())[:40]
    return repr(text)
