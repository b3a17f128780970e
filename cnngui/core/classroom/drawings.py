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

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from cnngui.core.classroom.record import (
    NUM_CLASSES,
    SIDE,
    Drawing,
    DrawingsError,
    check_label,
    content_hash,
    make_drawing,
)
from cnngui.core.classroom.strokes import strokes_to_input
from cnngui.core.errors import UserError
from cnngui.core.phrases import phrase
from cnngui.core.userdata import user_data_dir

FORMAT = "cnngui-drawings"
VERSION = 1
FILE_NAME = "drawings.jsonl"
__all__ = [
    "NUM_CLASSES",
    "SIDE",
    "Drawing",
    "DrawingStore",
    "DrawingsError",
    "check_label",
    "content_hash",
    "default_path",
    "make_drawing",
]
#: compact when the log holds more than this many lines beyond one per live drawing
COMPACT_SLACK = 200


def default_path() -> Path:
    """Where the window keeps the class's drawings (``$CNNGUI_DATA_DIR`` in tests)."""
    return user_data_dir() / "classroom" / FILE_NAME


def _is_header(record: Any) -> bool:
    return (
        isinstance(record, dict)
        and record.get("op") == "header"
        and (record.get("format") == FORMAT)
    )


class DrawingStore:
    """The collection in one JSON-lines file; every change is appended (see module doc).

    Not thread-safe: the window calls it from the GUI thread only.
    """

    def __init__(self, path: str | Path | None = None, where: str = "window") -> None:
        """``where``: who reads a refusal — the window (its collection lives at the default
        path) or ``cnngui drawings`` (which takes another file with ``--file``)."""
        self.path = Path(path) if path is not None else default_path()
        self.where = where
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
            raise DrawingsError(
                phrase(
                    "{path}: cannot be read ({reason}).",
                    path=str(self.path),
                    reason=exc.strerror or exc,
                )
            ) from None
        for line in data.split(b"\n"):
            if not line.strip():
                continue
            self._lines += 1
            try:
                record = json.loads(line)
            except (ValueError, RecursionError):
                self.skipped_lines += 1  # a torn line (a crash mid-append) or damage
                continue
            if self._lines - self.skipped_lines == 1 and not _is_header(record):
                # someone else's file: refuse it rather than compact it away on the next add
                raise DrawingsError(
                    phrase(
                        "{path} is not a cnngui drawings file; give another file with --file.",
                        path=str(self.path),
                    )
                    if self.where == "cli"
                    else phrase(
                        "{path} is not a cnngui drawings file; move or rename it, and cnngui "
                        "starts a new collection there.",
                        path=str(self.path),
                    )
                )
            if _is_header(record) and record.get("version", 1) > VERSION:
                raise DrawingsError(
                    phrase(
                        "{path} was written by a newer cnngui; update cnngui to open it.",
                        path=str(self.path),
                    )
                )
            try:
                self._apply(record)
            except (ValueError, UserError, TypeError, KeyError, AttributeError):
                self.skipped_lines += 1

    def _apply(self, rec: Any) -> None:
        op = rec.get("op") if isinstance(rec, dict) else None
        if op == "header":
            if rec.get("format") != FORMAT:
                raise DrawingsError(
                    phrase("{path} is not a cnngui drawings file.", path=str(self.path))
                )
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
            raise DrawingsError(phrase("unknown record {op!r}.", op=op))

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
            raise DrawingsError(
                phrase("there is no drawing {id!r} in the collection.", id=drawing_id)
            ) from None

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
                phrase(
                    "{path}: cannot be written ({reason}).",
                    path=str(self.path),
                    reason=exc.strerror or exc,
                )
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
                phrase(
                    "{path}: cannot be written ({reason}).",
                    path=str(self.path),
                    reason=exc.strerror or exc,
                )
            ) from None
        self._lines += len(records)

    # ------------------------------------------------------------------ files

    def export_npz(self, path: str | Path, test_share: float = 0.2) -> tuple[int, int]:
        """Write the collection as an MNIST-layout ``.npz``; returns (train, test) counts."""
        from cnngui.core.classroom.npzfiles import write_npz

        return write_npz(list(self._items.values()), path, test_share)

    def training_file(self, test_share: float = 0.2) -> Path:
        """The collection as a ``.npz`` beside the log, rewritten only when the log changed.

        What the Training panel's "class drawings" and "MNIST + class drawings" choices
        pass to ``load_dataset`` (``mnist+<this path>``).
        """
        target = self.path.with_suffix(".npz")
        try:
            fresh = target.stat().st_mtime_ns >= self.path.stat().st_mtime_ns
        except OSError:
            fresh = False
        if not fresh:
            self.export_npz(target, test_share)
        return target

    def import_npz(self, paths: Iterable[str | Path]) -> Any:
        """Merge ``.npz`` files into the collection, skipping drawings already in it.

        Returns a :class:`~cnngui.core.classroom.npzfiles.MergeReport`; a bad file is one
        sentence in ``report.problems`` and never stops the others.
        """
        from cnngui.core.classroom.npzfiles import merge_files

        report = merge_files(paths, known=self.hashes())
        self.add_drawings(report.drawings)
        return report


class PromptPlan:
    """Collect mode's "prompt me": ask for each digit in turn, ``rounds`` times.

    ``current`` is the digit to ask for (None when done); keeping a drawing (Enter) or
    skipping one (Esc) both move on, so a digit a student cannot draw well does not
    block the rest. ``progress`` is the text for the prompt, e.g. "7 · 18 of 50".
    """

    def __init__(self, rounds: int = 10, digits: tuple[int, ...] = tuple(range(NUM_CLASSES))):
        if isinstance(rounds, bool) or not isinstance(rounds, int) or rounds < 1:
            raise DrawingsError(
                phrase(
                    "the number of rounds must be a whole number ≥ 1, not {rounds!r}.",
                    rounds=rounds,
                )
            )
        self.order = [d for _ in range(rounds) for d in digits]
        self.position = 0
        self.kept = 0

    @property
    def current(self) -> int | None:
        return self.order[self.position] if self.position < len(self.order) else None

    @property
    def done(self) -> bool:
        return self.position >= len(self.order)

    def keep(self) -> None:
        if not self.done:
            self.kept += 1
            self.position += 1

    def skip(self) -> None:
        if not self.done:
            self.position += 1

    @property
    def progress(self) -> str:
        if self.done:
            return f"done · {self.kept} kept"
        return f"{self.current} · {self.position + 1} of {len(self.order)}"
