"""Score every hand-in in a folder on a held-out set the students never saw.

One :class:`Row` per ``.cnnsub`` file: accuracy, per-class accuracy, parameters, MACs,
epochs and the assignment's rule violations. A bad file (truncated, for another
assignment, weights that do not fit, a Lambda layer, too big, not a zip) becomes a row
with ``valid`` false and one sentence in ``reason`` — it never stops the others. Only a
missing folder or an unusable held-out file is an error (exit 2 on the command line).
The window's Leaderboard panel calls :func:`score_folder` with ``on_row`` to fill in
as it goes.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from cnngui.core.classroom.assignment import Assignment
from cnngui.core.classroom.submission import SUFFIX, read_submission
from cnngui.core.errors import UserError
from cnngui.core.model.shapes import analyze, fmt_int
from cnngui.core.phrases import Phrase, phrase, phrase_of

NUM_CLASSES = 10
BATCH = 1024


class LeaderboardError(UserError):
    """The folder itself cannot be scored (missing, not a folder, unreadable)."""


@dataclass
class Row:
    """One hand-in's line on the leaderboard (``to_json`` is the ``--json`` line)."""

    file: str
    name: str | None = None
    valid: bool = False
    reason: str | None = None
    accuracy: float | None = None
    params: int | None = None
    macs: int | None = None
    epochs: int | None = None
    per_class: list[float | None] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    goal_met: bool = False
    #: the hand-in's full path (not in the JSON line): the window loads the network from it
    path: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "name": self.name,
            "valid": self.valid,
            "reason": self.reason,
            "accuracy": self.accuracy,
            "params": self.params,
            "macs": self.macs,
            "epochs": self.epochs,
            "per_class": self.per_class,
            "violations": self.violations,
            "goal_met": self.goal_met,
        }


def per_class_accuracy(confusion: Any) -> list[float | None]:
    """Share of each true class predicted right (None for a class with no images).

    ``confusion`` rows are true classes, columns predicted (as in
    :class:`~cnngui.core.training.events.Evaluation`); the Evaluation panel shows these
    beside the matrix, the leaderboard per hand-in.
    """
    m = np.asarray(confusion)
    totals = m.sum(axis=1)
    return [float(m[i, i] / t) if t else None for i, t in enumerate(totals)]


def confusion_matrix(y: np.ndarray, predicted: np.ndarray, num_classes: int = NUM_CLASSES):
    """Counts of (true, predicted) pairs as a ``num_classes`` square matrix."""
    flat = np.asarray(y, np.int64) * num_classes + np.asarray(predicted, np.int64)
    return np.bincount(flat, minlength=num_classes * num_classes).reshape(num_classes, -1)


def load_held_out(path: str | Path) -> tuple[np.ndarray, np.ndarray]:
    """All images of a held-out ``.npz`` (both splits: none of it was trained on) and labels."""
    from cnngui.core.datasets import DatasetError, load_dataset

    data = load_dataset(str(path))
    if data.num_classes != NUM_CLASSES:
        raise DatasetError(
            phrase(
                "{path}: has {count} classes, but a held-out set for the leaderboard holds the "
                "digits 0–9.",
                path=str(path),
                count=data.num_classes,
            )
        )
    x = np.concatenate([data.x_train, data.x_test])
    y = np.concatenate([data.y_train, data.y_test])
    return x, y


def list_submissions(folder: str | Path) -> list[Path]:
    """The ``.cnnsub`` files of ``folder``, sorted by name; LeaderboardError if unusable."""
    p = Path(folder)
    if not p.exists():
        raise LeaderboardError(
            phrase("{path}: no such folder; give the folder the hand-ins were put in.", path=str(p))
        )
    if not p.is_dir():
        raise LeaderboardError(
            phrase(
                "{path}: is not a folder; give the folder holding the .cnnsub files.", path=str(p)
            )
        )
    try:
        return sorted(q for q in p.iterdir() if q.suffix.lower() == SUFFIX)
    except OSError as exc:
        raise LeaderboardError(
            phrase("{path}: cannot be read ({reason}).", path=str(p), reason=exc.strerror or exc)
        ) from None


def score_submission(
    path: Path, assignment: Assignment, x: np.ndarray, y: np.ndarray, where: str = "window"
) -> Row:
    """One row; a problem with the file is its ``reason``, never an exception.

    ``where``: the window's Leaderboard panel or ``cnngui leaderboard`` (their fixes name
    the window's menus or the commands)."""
    row = Row(path.name, path=str(path))
    try:
        sub = read_submission(path, assignment, where=where)
        row.name, row.epochs = sub.student, sub.epochs
        analysis = analyze(sub.spec)
        if analysis.ok:
            row.params, row.macs = analysis.total_params, analysis.total_macs
        row.violations = _violations(assignment, sub, x.shape[1:])
        model = sub.build_model()
        predicted = _predict(model, x)
    except UserError as exc:
        row.reason = _without_path(phrase_of(exc), path)
        return row
    except Exception as exc:  # a hand-in must never stop the rest, whatever TensorFlow says
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
        row.reason = phrase(
            "this hand-in's network could not be run ({reason}).", reason=first.rstrip(".")
        )
        return row
    row.accuracy = float(np.mean(predicted == y)) if len(y) else math.nan
    row.per_class = per_class_accuracy(confusion_matrix(y, predicted))
    row.goal_met = assignment.goal_met(row.accuracy)
    row.valid = not row.violations
    if row.violations:
        more = len(row.violations) - 1
        row.reason = (
            phrase("{reason} (and {more} more rule(s) broken)", reason=row.violations[0], more=more)
            if more
            else row.violations[0]
        )
    return row


_VERBS = ("is", "was", "holds", "has", "does", "unpacks", "cannot")


def _without_path(message: Any, path: Path) -> Any:
    """The row already names the file: "x.cnnsub: is 2 GB …" → "this hand-in is 2 GB …".

    A phrase keeps its recipe with the file's name replaced by "this hand-in", so the
    window translates the whole sentence.
    """
    text = str(message)
    rest = text.removeprefix(f"{path}: ")
    if rest == text:
        return message
    if rest.startswith("its "):
        english = "this hand-in's " + rest[4:]
    else:
        english = ("this hand-in " + rest) if rest.split(" ", 1)[0] in _VERBS else rest
    if not isinstance(message, Phrase) or message.values.get("path") != str(path):
        return english
    made = Phrase(english)  # the English as before; the recipe names no file
    made.__dict__.update(message.__dict__)
    made.values = {**message.values, "path": phrase("this hand-in")}
    return made


def _violations(assignment: Assignment, sub: Any, image_shape: tuple[int, ...]) -> list[str]:
    from cnngui.core.training.config import TrainingConfig

    problems = assignment.check(sub.spec)
    blocker = analyze(sub.spec).training_blocker(NUM_CLASSES)
    if blocker:  # it does not end in 10 class scores: there is nothing to score
        raise UserError(blocker)
    if assignment.max_epochs is not None:
        if sub.epochs is None:
            problems.append(
                phrase(
                    "the hand-in does not say how many epochs it trained, so the epoch limit "
                    "cannot be checked; hand it in again with its training record."
                )
            )
        else:
            problems.extend(assignment.check_epochs(sub.epochs))
    if assignment.locked:
        known = set(TrainingConfig().to_json())
        try:
            config = TrainingConfig.from_json({k: v for k, v in sub.config.items() if k in known})
        except UserError:
            problems.append(phrase("the hand-in's training settings cannot be read."))
        else:
            problems.extend(assignment.check_locks(config))
    want = tuple(sub.spec.input_shape)
    if tuple(image_shape) != want:
        raise UserError(
            phrase(
                "the network takes {want} images but the held-out digits are {got}.",
                want="×".join(map(str, want)),
                got="×".join(map(str, image_shape)),
            )
        )
    return problems


def _predict(model: Any, x: np.ndarray) -> np.ndarray:
    """Predicted classes, one compiled-free direct call per batch (faster than predict)."""
    out = []
    for start in range(0, len(x), BATCH):
        probs = np.asarray(model(x[start : start + BATCH], training=False))
        out.append(probs.argmax(axis=1))
    return np.concatenate(out) if out else np.zeros(0, np.int64)


def sort_rows(rows: list[Row]) -> list[Row]:
    """Valid rows by accuracy (then fewer parameters), then the rest by file name."""

    def key(r: Row) -> tuple:
        acc = r.accuracy if r.accuracy is not None and not math.isnan(r.accuracy) else -1.0
        return (not r.valid, -acc if r.valid else 0.0, r.params or 0, r.file)

    return sorted(rows, key=key)


def score_folder(
    folder: str | Path,
    assignment: Assignment,
    held_out: str | Path,
    on_row: Callable[[Row], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    where: str = "window",
) -> list[Row]:
    """Score every hand-in in ``folder``; sorted rows.

    ``on_row`` is called with each row as soon as it is scored (the window's panel fills
    in); ``should_stop`` is polled between files so a long folder can be cancelled.
    Raises LeaderboardError / DatasetError only for the folder or the held-out file.
    """
    files = list_submissions(folder)
    x, y = load_held_out(held_out)
    rows = []
    for path in files:
        if should_stop is not None and should_stop():
            break
        row = score_submission(path, assignment, x, y, where)
        rows.append(row)
        if on_row is not None:
            on_row(row)
    return sort_rows(rows)


def to_html(rows: list[Row], assignment: Assignment) -> str:
    """A self-contained page a teacher can open or project (no scripts, no external files)."""

    def cell(value: Any) -> str:
        return f"<td>{html.escape(str(value))}</td>"

    lines = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{html.escape(assignment.title)} — leaderboard</title>",
        "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
        "td:nth-child(2),td:nth-child(8){text-align:left}.bad{color:#a00}</style>",
        "</head><body>",
        f"<h1>{html.escape(assignment.title)}</h1>",
        f"<p>Goal: {html.escape(assignment.goal.text())}</p>",
        "<table><tr><th>#</th><th>name</th><th>accuracy</th><th>parameters</th><th>MACs</th>"
        "<th>epochs</th><th>goal</th><th>note</th></tr>",
    ]
    for rank, r in enumerate(rows, 1):
        acc = "–" if r.accuracy is None else f"{r.accuracy:.2%}"
        lines.append(
            f'<tr class="{"" if r.valid else "bad"}">'
            + cell(rank if r.valid else "–")
            + cell(r.name or r.file)
            + cell(acc)
            + cell("–" if r.params is None else fmt_int(r.params))
            + cell("–" if r.macs is None else fmt_int(r.macs))
            + cell("–" if r.epochs is None else r.epochs)
            + cell("✓" if r.valid and r.goal_met else "")
            + cell(r.reason or "")
            + "</tr>"
        )
    lines.append("</table></body></html>")
    return "\n".join(lines) + "\n"
