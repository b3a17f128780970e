"""Drawings ⇄ ``.npz`` files in MNIST's layout, and merging files from several machines.

A file holds ``x_train, y_train, x_test, y_test`` (uint8 28×28 images, uint8 labels) like
Keras's MNIST cache, so ``load_dataset`` and any notebook read it, plus ``strokes``: one
JSON string per image (train images first, then test) with the strokes, canvas size and
time — plain text, never pickled objects, so reading a classmate's file runs no code.

The train/test split is decided by each drawing's content hash, not by chance: the same
drawing lands in the same split on every machine and in every export, so merged files
never leak a test drawing into another file's training set.
"""

from __future__ import annotations

import json
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from cnngui.core.classroom.record import (
    NUM_CLASSES,
    SIDE,
    Drawing,
    DrawingsError,
    check_label,
    content_hash,
)
from cnngui.core.classroom.strokes import check_strokes
from cnngui.core.errors import UserError
from cnngui.core.files import checked_size
from cnngui.core.phrases import Phrase, join_phrases, phrase, phrase_of

KEYS = ("x_train", "y_train", "x_test", "y_test")
#: a class's drawings are a few thousand images; a bigger file is a mistake (or MNIST itself)
MAX_FILE_BYTES = 200 * 1024 * 1024
#: what its arrays may unpack to: a compressed file must not turn into gigabytes in memory
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024


def is_test(drawing_hash: str, test_share: float) -> bool:
    """Whether a drawing belongs to the test split (stable: depends on its pixels only)."""
    return int(drawing_hash[:8], 16) % 10_000 < round(test_share * 10_000)


def split_drawings(
    drawings: list[Drawing], test_share: float
) -> tuple[list[Drawing], list[Drawing]]:
    """Train and test drawings, each non-empty when there are at least two drawings."""
    if not 0 <= test_share < 1:
        raise DrawingsError(
            phrase(
                "the test share must be a fraction from 0 to below 1, not {share!r}.",
                share=test_share,
            )
        )
    train = [d for d in drawings if not is_test(d.hash, test_share)]
    test = [d for d in drawings if is_test(d.hash, test_share)]
    if len(drawings) >= 2 and not test:
        test.append(train.pop())
    if len(drawings) >= 2 and not train:
        train.append(test.pop())
    return train, test


def _meta(d: Drawing) -> str:
    return json.dumps(
        {
            "strokes": d.strokes,
            "canvas": None if d.canvas is None else list(d.canvas),
            "time": d.time,
        },
        separators=(",", ":"),
    )


def write_npz(
    drawings: list[Drawing], path: str | Path, test_share: float = 0.2
) -> tuple[int, int]:
    """Write ``drawings`` to ``path`` atomically; returns (train, test) counts."""
    from cnngui.core.atomic import replacing

    if len(drawings) < 2:
        raise DrawingsError(
            phrase(
                "a dataset needs at least two drawings (one to train on, one to test); keep more."
            )
        )
    train, test = split_drawings(drawings, test_share)

    def images(ds: list[Drawing]) -> np.ndarray:
        return np.stack([d.image for d in ds]).astype(np.uint8)

    def labels(ds: list[Drawing]) -> np.ndarray:
        return np.array([d.label for d in ds], np.uint8)

    path = Path(path)
    try:
        with replacing(path, ".npz") as tmp:
            np.savez_compressed(
                tmp,
                x_train=images(train), y_train=labels(train),
                x_test=images(test), y_test=labels(test),
                strokes=np.array([_meta(d) for d in train + test], dtype=np.str_),
            )  # fmt: skip
    except OSError as exc:
        raise DrawingsError(
            phrase(
                "{path}: cannot be written ({reason}).", path=str(path), reason=exc.strerror or exc
            )
        ) from None
    return len(train), len(test)


def read_npz(path: str | Path) -> list[Drawing]:
    """Every drawing in a dataset file (with strokes where it has them), or one DrawingsError."""
    p = Path(path)
    checked_size(p, "a class's drawings", MAX_FILE_BYTES, DrawingsError)
    try:
        if zipfile.is_zipfile(p):
            with zipfile.ZipFile(p) as zf:
                unpacked = sum(info.file_size for info in zf.infolist())
            if unpacked > MAX_UNPACKED_BYTES:
                raise DrawingsError(
                    phrase(
                        "{path}: unpacks to {size:,.1f} GB, more than a class's drawings can "
                        "be; give an exported drawings file.",
                        path=str(p),
                        size=unpacked / 2**30,
                    )
                )
        with np.load(p, allow_pickle=False) as f:
            missing = [k for k in KEYS if k not in f.files]
            if missing:
                raise DrawingsError(
                    phrase(
                        "{path}: has no {names} array, so it is not a dataset file in MNIST's "
                        "layout; export it again from cnngui.",
                        path=str(p),
                        names=", ".join(missing),
                    )
                )
            arrays = {k: np.asarray(f[k]) for k in KEYS}
            strokes = np.asarray(f["strokes"]) if "strokes" in f.files else None
    except DrawingsError:
        raise
    except ValueError as exc:
        if "pickle" in str(exc):
            raise DrawingsError(
                phrase(
                    "{path}: stores Python objects, which cnngui never loads; export the "
                    "drawings again from cnngui.",
                    path=str(p),
                )
            ) from None
        raise DrawingsError(
            phrase("{path}: is damaged; export the drawings again from cnngui.", path=str(p))
        ) from None
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, KeyError):
        raise DrawingsError(
            phrase("{path}: is damaged or not a NumPy .npz file; export it again.", path=str(p))
        ) from None
    return _drawings(p, arrays, strokes)


def _drawings(p: Path, arrays: dict[str, np.ndarray], strokes: np.ndarray | None) -> list[Drawing]:
    parts = []
    for split in ("train", "test"):
        x, y = arrays[f"x_{split}"], arrays[f"y_{split}"]
        if x.ndim == 4 and x.shape[-1] == 1:
            x = x[..., 0]
        if x.ndim != 3 or x.shape[1:] != (SIDE, SIDE):
            raise DrawingsError(
                phrase(
                    "{path}: {array} has shape {shape}; drawings are 28×28 images.",
                    path=str(p),
                    array=f"x_{split}",
                    shape=x.shape,
                )
            )
        if x.dtype != np.uint8:
            raise DrawingsError(
                phrase(
                    "{path}: {array} holds {dtype} values; drawings are uint8 pixels.",
                    path=str(p),
                    array=f"x_{split}",
                    dtype=x.dtype,
                )
            )
        if y.ndim != 1 or len(y) != len(x):
            raise DrawingsError(
                phrase(
                    "{path}: {array} needs one label per image ({count:,}).",
                    path=str(p),
                    array=f"y_{split}",
                    count=len(x),
                )
            )
        if len(y) and (
            not np.issubdtype(y.dtype, np.integer) or y.min() < 0 or y.max() >= NUM_CLASSES
        ):
            raise DrawingsError(
                phrase(
                    "{path}: {array} holds labels outside the digits 0–9.",
                    path=str(p),
                    array=f"y_{split}",
                )
            )
        parts.append((x, y))
    n = len(parts[0][0]) + len(parts[1][0])
    if strokes is not None and (
        strokes.ndim != 1 or len(strokes) != n or strokes.dtype.kind != "U"
    ):
        raise DrawingsError(
            phrase(
                "{path}: the strokes array must hold one JSON text per image ({count:,}).",
                path=str(p),
                count=n,
            )
        )
    out: list[Drawing] = []
    i = 0
    for x, y in parts:
        for image, label in zip(x, y):
            meta = _parse_meta(p, i, str(strokes[i])) if strokes is not None else {}
            canvas = meta.get("canvas")
            out.append(
                Drawing(
                    content_hash(image)[:32],
                    check_label(int(label)),
                    image.copy(),
                    meta.get("strokes", []),
                    tuple(canvas) if canvas else None,
                    str(meta.get("time", "")),
                )
            )
            i += 1
    return out


def _parse_meta(p: Path, i: int, text: str) -> dict:
    try:
        meta = json.loads(text)
        if not isinstance(meta, dict):
            raise ValueError
        meta["strokes"] = check_strokes(meta.get("strokes", []))
        canvas = meta.get("canvas")
        if canvas is not None and not (
            isinstance(canvas, list)
            and len(canvas) == 2
            and all(isinstance(v, int) for v in canvas)
        ):
            raise ValueError
        return meta
    except (ValueError, UserError, RecursionError):
        raise DrawingsError(
            phrase(
                "{path}: the strokes of image {index} are damaged; export the file again.",
                path=str(p),
                index=i,
            )
        ) from None


@dataclass
class MergeReport:
    """What merging did: the new drawings, how many were skipped, one sentence per bad file."""

    drawings: list[Drawing] = field(default_factory=list)
    files: int = 0
    duplicates: int = 0
    conflicts: int = 0  #: same pixels, different label in another file: the first one wins
    problems: list[str] = field(default_factory=list)

    def summary(self) -> Phrase:
        parts = [
            phrase(
                "{count:,} new drawings from {files} file(s)",
                count=len(self.drawings),
                files=self.files,
            )
        ]
        if self.duplicates:
            parts.append(phrase("{count:,} duplicates skipped", count=self.duplicates))
        if self.conflicts:
            parts.append(
                phrase("{count:,} with a different label elsewhere skipped", count=self.conflicts)
            )
        if self.problems:
            parts.append(phrase("{count} file(s) refused", count=len(self.problems)))
        return phrase("{summary}.", summary=join_phrases(", ", parts))


def merge_files(paths: Iterable[str | Path], known: set[str] | None = None) -> MergeReport:
    """Drawings of several files, each once (by content hash); hashes in ``known`` skipped.

    A file that cannot be read adds one sentence to ``problems``; the rest go on.
    """
    report = MergeReport()
    seen: dict[str, int] = {}
    known = known or set()
    for path in paths:
        try:
            drawings = read_npz(path)
        except UserError as exc:
            report.problems.append(phrase_of(exc))
            continue
        report.files += 1
        for d in drawings:
            h = d.hash
            if h in known:
                report.duplicates += 1
            elif h in seen:
                if seen[h] == d.label:
                    report.duplicates += 1
                else:
                    report.conflicts += 1
            else:
                seen[h] = d.label
                report.drawings.append(d)
    return report


def merge_npz(paths: Iterable[str | Path], out: str | Path, test_share: float = 0.2) -> MergeReport:
    """Merge several drawings files into one new file (the teacher's class set)."""
    report = merge_files(paths)
    if len(report.drawings) >= 2:
        write_npz(report.drawings, out, test_share)
    else:
        report.problems.append(
            phrase(
                "{path}: not written, the files hold fewer than two usable drawings.", path=str(out)
            )
        )
    return report
