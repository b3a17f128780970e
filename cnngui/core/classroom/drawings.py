"""The class's own drawings: a dataset that grows one kept drawing at a time.

Each drawing is stored as drawn (strokes, canvas size, time, label) and as the 28×28
input, so a later change of preprocessing can re-render the whole collection
(:meth:`DrawingStore.rerender`). The file is a JSON-lines log in the user's data folder:
every change (add, delete, relabel) is one appended line, flushed and fsynced, so a crash
loses at most the line being written — and a torn last line is skipped when reading.
The log is rewritten atomically (compacted) once dead lines outnumber live drawings.
Export and import use MNIST's ``.npz`` layout; see :mod:`cnngui.core.classroom.npzfiles`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from cnngui.core.classroom.strokes import Strokes, check_strokes, strokes_to_input
from cnngui.core.errors import UserError
from cnngui.core.userdata import user_data_dir

FORMAT = "cnngui-drawings"
VERSION = 1
FILE_NAME = "drawings.jsonl"
NUM_CLASSES = 10
SIDE = 28
#: compact when the log holds more than this many lines beyond one per live drawing
COMPACT_SLACK = 200


class DrawingsError(UserError):
    """A drawings file or drawing that cannot be used; one sentence saying why."""


def default_path() -> Path:
    """Where the window keeps the class's drawings (``$CNNGUI_DATA_DIR`` in tests)."""
    return user_data_dir() / "classroom" / FILE_NAME


def content_hash(image: np.ndarray) -> str:
    """SHA-256 of the 28×28 uint8 pixels: the same drawing from two machines has one hash."""
    return hashlib.sha256(np.ascontiguousarray(image, dtype=np.uint8).tobytes()).hexdigest()


def check_label(label: Any) -> int:
    if isinstance(label, bool) or not isinstance(label, (int, np.integer)):
        raise DrawingsError(f"a label must be a digit from 0 to 9, not {label!r}.")
    if not 0 <= int(label) < NUM_CLASSES:
        raise DrawingsError(f"a label must be a digit from 0 to 9, not {int(label)}.")
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
            raise DrawingsError("a drawing record must be an object with an id.")
        try:
            raw = base64.b64decode(str(d.get("image", "")), validate=True)
        except ValueError:
            raise DrawingsError(f"drawing {d['id']}: its image is not valid base64.") from None
        if len(raw) != SIDE * SIDE:
            raise DrawingsError(f"drawing {d['id']}: its image is not 28×28 pixels.")
        canvas = d.get("canvas")
        if canvas is not None:
            ok = isinstance(canvas, list) and len(canvas) == 2
            if not ok or not all(isinstance(v, int) and v > 0 for v in canvas):
                raise DrawingsError(f"drawing {d['id']}: canvas must be [width, height].")
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
            raise DrawingsError("the drawing is empty; draw a digit before keeping it.")
    image = np.asarray(image)
    if image.shape != (SIDE, SIDE):
        raise DrawingsError(f"the input image must be 28×28, not {image.shape}.")
    if image.dtype != np.uint8:
        image = np.clip(np.rint(image.astype(np.float32) * 255.0), 0, 255).astype(np.uint8)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return Drawing(uuid.uuid4().hex, label, image, strokes, canvas, stamp)


class DrawingStore:
    """The collection in one JSON-lines file; every change is appended (see module doc).

    Not thread-safe: the window calls it from the GUI thread only.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._items: dict[str, Drawing] = {}
        self._lines = 0
        #: lines that could not be read (a torn last line after a crash, a damaged edit)
        self.skipped_lines = 0
        self.load()

    # ------------------------------------------------------------------ reading

    def load(self) -> None:
        """(Re)read the file; a missing file is an empty collection."""
        self._items, self._lines, self.skipped_lines = {}, 0, 0
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise DrawingsError(f"{self.path}: cannot be read ({exc.strerror or exc}).") from None
        for line in data.split(b"\n"):
            if not line.strip():
                continue
            self._lines += 1
            try:
                self._apply(json.loads(line))
            except (ValueError, UserError, TypeError, KeyError, RecursionError):
                self.skipped_lines += 1

    def _apply(self, rec: Any) -> None:
        op = rec.get("op") if isinstance(rec, dict) else None
        if op == "header":
            if rec.get("format") != FORMAT:
                raise DrawingsError(f"{self.path} is not a cnngui drawings file.")
        elif op == "add":
            d = Drawing.from_json(rec.get("drawing"))
            self._items[d.id] = d
        elif op == "delete":
            self._items.pop(str(rec.get("id")), None)
        elif op == "relabel":
            d = self._items.get(str(rec.get("id")))
            if d is not None:
                self._items[d.id] = replace(d, label=check_label(rec.get("label")))
        else:
            raise DrawingsError(f"unknown record {op!r}.")

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Drawing]:
        return iter(list(self._items.values()))

    def __contains__(self, drawing_id: object) -> bool:
        return drawing_id in self._items

    def get(self, drawing_id: str) -> Drawing:
        try:
            return self._items[drawing_id]
        except KeyError:
            raise DrawingsError(f"there is no drawing {drawing_id!r} in the collection.") from None

    def counts(self) -> list[int]:
        """Number of drawings of each digit 0–9 (the gallery's headings)."""
        counts = [0] * NUM_CLASSES
        for d in self._items.values():
            counts[d.label] += 1
        return counts

    def by_label(self, label: int) -> list[Drawing]:
        return [d for d in self._items.values() if d.label == label]

    def hashes(self) -> set[str]:
        return {d.hash for d in self._items.values()}

    # ------------------------------------------------------------------ changing

    def add(
        self,
        strokes: Any,
        label: int,
        canvas: tuple[int, int] | None = (280, 280),
        image: np.ndarray | None = None,
    ) -> Drawing:
        """Keep a drawing (Collect mode's Enter); it is on disk when this returns."""
        drawing = make_drawing(strokes, label, canvas, image)
        self.add_drawings([drawing])
        return drawing

    def add_drawings(self, drawings: Iterable[Drawing]) -> None:
        """Append existing drawings (imports, and undoing a delete: ids are kept)."""
        drawings = [d for d in drawings if d.id not in self._items]
        if drawings:
            self._append([{"op": "add", "drawing": d.to_json()} for d in drawings])
            for d in drawings:
                self._items[d.id] = d

    restore = add_drawings  #: undo of :meth:`delete`

    def delete(self, ids: Iterable[str]) -> list[Drawing]:
        """Remove drawings; returns them so the caller can undo with :meth:`restore`."""
        gone = [self._items[i] for i in dict.fromkeys(ids) if i in self._items]
        if gone:
            self._append([{"op": "delete", "id": d.id} for d in gone])
            for d in gone:
                del self._items[d.id]
        return gone

    def relabel(self, drawing_id: str, label: int) -> Drawing:
        """Give a drawing another label; returns the drawing as it was (for undo)."""
        old = self.get(drawing_id)
        label = check_label(label)
        if label != old.label:
            self._append([{"op": "relabel", "id": drawing_id, "label": label}])
            self._items[drawing_id] = replace(old, label=label)
        return old

    def rerender(self) -> int:
        """Recompute every 28×28 input from its strokes (after preprocessing changed).

        Drawings without strokes keep their pixels. Returns how many images changed;
        the file is rewritten atomically.
        """
        changed = 0
        for d in list(self._items.values()):
            image = strokes_to_input(d.strokes) if d.strokes else None
            if image is not None and not np.array_equal(image, d.image):
                self._items[d.id] = replace(d, image=image)
                changed += 1
        if changed:
            self.compact()
        return changed

    def compact(self) -> None:
        """Rewrite the log as one line per live drawing, atomically (old file or new)."""
        from cnngui.core.atomic import atomic_write_bytes

        lines = [self._header()] + [
            json.dumps({"op": "add", "drawing": d.to_json()}) for d in self._items.values()
        ]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            atomic_write_bytes(self.path, ("\n".join(lines) + "\n").encode("utf-8"))
        except OSError as exc:
            raise DrawingsError(
                f"{self.path}: cannot be written ({exc.strerror or exc})."
            ) from None
        self._lines, self.skipped_lines = len(lines), 0

    # ------------------------------------------------------------------ the log

    @staticmethod
    def _header() -> str:
        return json.dumps({"op": "header", "format": FORMAT, "version": VERSION})

    def _append(self, records: list[dict[str, Any]]) -> None:
        """Append whole lines, then fsync: a crash tears at most the last line."""
        if self.skipped_lines or self._lines > 2 * len(self._items) + COMPACT_SLACK:
            self.compact()  # drop torn or dead lines first
        text = "".join(json.dumps(r) + "\n" for r in records)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "ab") as fh:
                if fh.tell() == 0:
                    text = self._header() + "\n" + text
                    self._lines += 1
                else:
                    with open(self.path, "rb") as check:
                        check.seek(-1, os.SEEK_END)
                        if check.read(1) != b"\n":  # a torn line: never glue onto it
                            text = "\n" + text
                fh.write(text.encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise DrawingsError(
                f"{self.path}: cannot be written ({exc.strerror or exc})."
            ) from None
        self._lines += len(records)

    # ------------------------------------------------------------------ files

    def export_npz(self, path: str | Path, test_share: float = 0.2) -> tuple[int, int]:
        """Write the collection as an MNIST-layout ``.npz``; returns (train, test) counts."""
        from cnngui.core.classroom.npzfiles import write_npz

        return write_npz(list(self._items.values()), path, test_share)

    def import_npz(self, paths: Iterable[str | Path]) -> Any:
        """Merge ``.npz`` files into the collection, skipping drawings already in it.

        Returns a :class:`~cnngui.core.classroom.npzfiles.MergeReport`; a bad file is one
        sentence in ``report.problems`` and never stops the others.
        """
        from cnngui.core.classroom.npzfiles import merge_files

        report = merge_files(paths, known=self.hashes())
        self.add_drawings(report.drawings)
        return report
