"""``.cnnassign`` files: a teacher's task with a goal, budgets and locked training settings.

An assignment is versioned JSON a teacher writes in the window or by hand (DESIGN.md):

.. code-block:: json

    {"format": "cnngui-assignment", "version": 1, "id": "small-net", "title": "…",
     "instructions": "Markdown shown beside the builder",
     "start": {"preset": "tiny"} | <model spec> | null,
     "allowed_layers": ["Conv2D", "MaxPooling2D", "Flatten", "Dense"] | null,
     "max_params": 20000, "max_macs": null, "max_epochs": 3,
     "locked": {"optimizer": "adam", "batch_size": 64},
     "dataset": "mnist+drawings",
     "goal": {"metric": "accuracy", "value": 0.98, "dataset": "the class's drawings"},
     "require_network": <model spec> | null}

The rules are checked here, in core, so the window (refusing to start a run), the
hand-in and the leaderboard all enforce the same ones: :meth:`Assignment.check` returns
one sentence per broken rule. Nothing in the file is executed; the networks in it are
parsed as model specs.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cnngui.core.classroom.assignment_fields import (
    METRICS,
    AssignmentError,
    Goal,
    _budget,
    _goal,
    _layers,
    _locked,
    _network,
    _shown,
    _slug,
    _text,
)
from cnngui.core.model.shapes import analyze, fmt_int
from cnngui.core.model.spec import ModelSpec
from cnngui.core.phrases import Phrase, join_phrases, phrase, phrase_of
from cnngui.core.training.config import TrainingConfig

__all__ = ["METRICS", "Assignment", "AssignmentError", "Goal", "fingerprint", "load_assignment"]

FORMAT = "cnngui-assignment"
VERSION = 1
SUFFIX = ".cnnassign"
MAX_BYTES = 1024 * 1024  #: an assignment is a page of text and a network or two
#: the dataset word that stands for the class's own drawings file, wherever it is kept
DRAWINGS = "drawings"
_KEYS = {
    "format", "version", "id", "title", "instructions", "start", "allowed_layers",
    "max_params", "max_macs", "max_epochs", "locked", "dataset", "goal", "require_network",
}  # fmt: skip
#: ``cnngui train``'s flag for each training setting that takes a value
_CLI_FLAGS = {
    "epochs": "--epochs", "batch_size": "--batch-size", "optimizer": "--optimizer",
    "learning_rate": "--learning-rate", "schedule": "--schedule",
    "validation_split": "--validation-split", "early_stopping_patience": "--early-stopping",
    "limit": "--limit", "seed": "--seed",
}  # fmt: skip


@dataclass(frozen=True)
class Assignment:
    """A parsed ``.cnnassign``; ``hash`` fingerprints its rules (submissions carry it)."""

    id: str
    title: str
    instructions: str = ""
    start: ModelSpec | None = None
    allowed_layers: tuple[str, ...] | None = None
    max_params: int | None = None
    max_macs: int | None = None
    max_epochs: int | None = None
    locked: dict[str, Any] = field(default_factory=dict)
    dataset: str = "mnist"
    goal: Goal = field(default_factory=Goal)
    require_network: ModelSpec | None = None
    hash: str = ""

    # -------------------------------------------------------------- the rules

    def check(
        self, spec: ModelSpec, config: TrainingConfig | None = None, where: str = "window"
    ) -> list[str]:
        """Every rule ``spec`` (and the run's ``config``) breaks, one sentence each.

        ``where`` is who reads the fixes: ``"window"`` (the Training panel's settings) or
        ``"cli"`` (``cnngui train``'s flags).
        """
        problems: list[str] = []
        if self.allowed_layers is not None:
            for i, layer in enumerate(spec.layers):
                if layer.type not in self.allowed_layers:
                    problems.append(
                        phrase(
                            "layer {index} {type} is not allowed in this assignment; use only "
                            "{allowed}.",
                            index=i,
                            type=layer.type,
                            allowed=", ".join(self.allowed_layers),
                        )
                    )
                    break
        analysis = analyze(spec)
        if not analysis.ok:
            problems.append(analysis.errors[0])
        else:
            if self.max_params is not None and analysis.total_params > self.max_params:
                problems.append(
                    phrase(
                        "the network has {params} parameters, more than the budget of "
                        "{budget}; use fewer filters or units, or pool before Flatten.",
                        params=fmt_int(analysis.total_params),
                        budget=fmt_int(self.max_params),
                    )
                )
            if self.max_macs is not None and analysis.total_macs > self.max_macs:
                problems.append(
                    phrase(
                        "the network needs {macs} multiply-adds per image, more than the "
                        "budget of {budget}; pool earlier or use fewer filters.",
                        macs=fmt_int(analysis.total_macs),
                        budget=fmt_int(self.max_macs),
                    )
                )
        if self.require_network is not None:
            difference = _difference(self.require_network, spec)
            if difference:
                problems.append(difference)
        if config is not None:
            problems.extend(self.check_config(config, where))
        return problems

    def refuse_training(
        self, spec: ModelSpec, config: TrainingConfig, where: str = "window"
    ) -> None:
        """Raise AssignmentError with the first broken rule (the window's Train button,
        ``cnngui train --assignment`` with ``where="cli"``)."""
        problems = self.check(spec, config, where)
        if problems:
            raise AssignmentError(problems[0])

    def training_dataset(self, drawings_npz: str | Path | None = None) -> str:
        """The assignment's dataset for ``load_dataset``: ``drawings`` → the drawings file."""
        parts = [p.strip() for p in self.dataset.split("+")]
        if DRAWINGS in parts:
            if drawings_npz is None:
                raise AssignmentError(
                    phrase(
                        "this assignment trains on the class's drawings; collect some drawings "
                        "(Draw panel → Collect) or import the class's file first."
                    )
                )
            parts = [str(drawings_npz) if p == DRAWINGS else p for p in parts]
        return "+".join(parts)

    def check_config(self, config: TrainingConfig, where: str = "window") -> list[str]:
        """The rules about training settings: the epoch limit and the locked settings."""
        problems = []
        if self.max_epochs is not None and config.epochs > self.max_epochs:
            numbers = {"epochs": config.epochs, "most": self.max_epochs}
            problems.append(
                phrase(
                    "this run trains {epochs} epochs, but the assignment allows at most "
                    "{most}; train with --epochs {most} or fewer.",
                    **numbers,
                )
                if where == "cli"
                else phrase(
                    "this run trains {epochs} epochs, but the assignment allows at most "
                    "{most}; set epochs to {most} or fewer.",
                    **numbers,
                )
            )
        return problems + self.check_locks(config, where)

    def check_locks(self, config: TrainingConfig, where: str = "window") -> list[str]:
        """One sentence per locked setting that ``config`` changes (``where``: as in
        :meth:`check`; the command line's fix names the flag that sets it)."""
        problems = []
        for key, want in self.locked.items():
            have = getattr(config, key)
            same = _dataset_matches(want, have) if key == "dataset" else have == want
            if same:
                continue
            flag = _CLI_FLAGS.get(key) if where == "cli" else None
            if flag is not None and not isinstance(want, bool) and want is not None:
                problems.append(
                    phrase(
                        "the assignment locks {key} to {want!r}, but this run uses {have!r}; "
                        "train with {flag} {value}.",
                        key=key,
                        want=want,
                        have=have,
                        flag=flag,
                        value=want,
                    )
                )
                continue
            problems.append(
                phrase(
                    "the assignment locks {key} to {want!r}, but this run uses {have!r}; "
                    "set it back to {want!r}.",
                    key=key,
                    want=want,
                    have=have,
                )
            )
        return problems

    def check_epochs(self, epochs: int) -> list[str]:
        """The epoch rule for a finished run (a submission reports how many it trained)."""
        if self.max_epochs is not None and epochs > self.max_epochs:
            return [
                phrase(
                    "the network was trained for {epochs} epochs, more than the {most} the "
                    "assignment allows.",
                    epochs=epochs,
                    most=self.max_epochs,
                )
            ]
        return []

    def apply_locks(self, config: TrainingConfig) -> TrainingConfig:
        """``config`` with every locked setting forced (what the window shows as locked)."""
        values = {**config.to_json(), **self.locked}
        if self.max_epochs is not None:
            values["epochs"] = min(values["epochs"], self.max_epochs)
        return TrainingConfig.from_json(values)

    def lock_reason(self, key: str) -> str | None:
        """Tooltip for a locked setting, or None when ``key`` is not locked."""
        if key not in self.locked:
            return None
        return phrase(
            "Locked by the assignment “{title}”: everyone trains with {key} = {value!r}, so "
            "the networks are compared fairly.",
            title=self.title,
            key=key,
            value=self.locked[key],
        )

    def goal_met(self, value: float | None) -> bool:
        return value is not None and value >= self.goal.value

    def progress_text(
        self, value: float | None = None, params: int | None = None, epochs: int | None = None
    ) -> Phrase:
        """E.g. ``98.1 % / 98.5 % · 18,200 / 20,000 parameters · 2 / 3 epochs``."""
        got = "–" if value is None else f"{value * 100:.1f} %"
        parts: list[str | Phrase] = [f"{got} / {self.goal.value * 100:.1f} %"]
        if params is not None:
            budget = "" if self.max_params is None else f" / {fmt_int(self.max_params)}"
            parts.append(phrase("{count} parameters", count=f"{fmt_int(params)}{budget}"))
        if epochs is not None:
            limit = "" if self.max_epochs is None else f" / {self.max_epochs}"
            parts.append(phrase("{count} epochs", count=f"{epochs}{limit}"))
        return join_phrases(" · ", parts)

    def starting_spec(self) -> ModelSpec | None:
        return self.start

    def to_json(self) -> dict[str, Any]:
        """The file's JSON (File → New assignment writes this); presets are written out."""

        def spec(s: ModelSpec | None) -> dict[str, Any] | None:
            return None if s is None else s.to_json()

        goal = {"metric": self.goal.metric, "value": self.goal.value, "dataset": self.goal.dataset}
        return {
            "format": FORMAT,
            "version": VERSION,
            "id": self.id,
            "title": self.title,
            "instructions": self.instructions,
            "start": spec(self.start),
            "allowed_layers": None if self.allowed_layers is None else list(self.allowed_layers),
            "max_params": self.max_params,
            "max_macs": self.max_macs,
            "max_epochs": self.max_epochs,
            "locked": dict(self.locked),
            "dataset": self.dataset,
            "goal": goal,
            "require_network": spec(self.require_network),
        }

    def save(self, path: str | Path) -> Assignment:
        """Write the file atomically; returns the assignment as read back (with its hash)."""
        from cnngui.core.atomic import atomic_write_text

        data = self.to_json()
        checked = Assignment.from_json(data)  # never write a file that cannot be opened
        try:
            atomic_write_text(Path(path), json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise AssignmentError(_unwritable(path, exc)) from None
        return checked

    # -------------------------------------------------------------- files

    @classmethod
    def from_json(cls, data: Any) -> Assignment:
        """Parse the JSON object; the first problem is one :class:`AssignmentError`."""
        if not isinstance(data, dict):
            raise AssignmentError(
                phrase("an assignment must be a JSON object with a title and a goal.")
            )
        if data.get("format") != FORMAT:
            raise AssignmentError(
                phrase(
                    'this is not an assignment file (expected "format": "{format}").',
                    format=FORMAT,
                )
            )
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise AssignmentError(
                phrase(
                    "version must be a positive whole number, not {value}.",
                    value=_shown(version),
                )
            )
        if version > VERSION:
            raise AssignmentError(
                phrase(
                    "this assignment is format version {version}, made by a newer cnngui; "
                    "update cnngui to open it.",
                    version=version,
                )
            )
        unknown = sorted(set(data) - _KEYS)
        if unknown:
            raise AssignmentError(
                phrase(
                    "unknown key {key}; an assignment has {keys}.",
                    key=_shown(unknown[0]),
                    keys=", ".join(sorted(_KEYS)),
                )
            )
        title = _text(data, "title", required=True)
        ident = _text(data, "id") or _slug(title)
        return cls(
            id=ident,
            title=title,
            instructions=_text(data, "instructions"),
            start=_network(data.get("start"), "start"),
            allowed_layers=_layers(data.get("allowed_layers")),
            max_params=_budget(data, "max_params"),
            max_macs=_budget(data, "max_macs"),
            max_epochs=_budget(data, "max_epochs"),
            locked=_locked(data.get("locked")),
            dataset=_text(data, "dataset") or "mnist",
            goal=_goal(data.get("goal")),
            require_network=_network(data.get("require_network"), "require_network"),
            hash=fingerprint(data),
        )

    @classmethod
    def loads(cls, text: str) -> Assignment:
        from cnngui.core.files import parse_json

        data = parse_json(text, AssignmentError, "an assignment")
        return cls.from_json(data)


def load_assignment(path: str | Path) -> Assignment:
    """Read a ``.cnnassign`` file; every problem is one sentence naming the file."""
    from cnngui.core.files import read_user_file

    p = Path(path)
    raw = read_user_file(p, "assignment file", AssignmentError, limit=MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise AssignmentError(
            phrase(
                "{path}: is larger than an assignment can be ({most:,} bytes).",
                path=str(p),
                most=MAX_BYTES,
            )
        )
    try:
        return Assignment.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise AssignmentError(
            phrase("{path}: is not a text file; an assignment is JSON.", path=str(p))
        ) from None
    except AssignmentError as exc:
        raise AssignmentError(
            phrase("{path}: {problem}", path=str(p), problem=phrase_of(exc))
        ) from None


def _unwritable(path: str | Path, exc: OSError) -> Phrase:
    return phrase(
        "{path}: cannot be written ({reason}).", path=str(path), reason=exc.strerror or exc
    )


def fingerprint(data: dict[str, Any]) -> str:
    """SHA-256 of the assignment's JSON with sorted keys: spacing and key order do not count."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _dataset_matches(locked: str, actual: str) -> bool:
    """``drawings`` (or any .npz) in a locked dataset matches whatever path holds them."""
    want = [p.strip().lower() for p in str(locked).split("+")]
    have = [p.strip().lower() for p in str(actual).split("+")]
    if len(want) != len(have):
        return False
    for w, h in zip(want, have):
        file_like = w == DRAWINGS or w.endswith(".npz")
        if not (w == h or (file_like and h.endswith(".npz"))):
            return False
    return True


def _difference(want: ModelSpec, have: ModelSpec) -> Phrase | None:
    """The first way ``have`` differs from the required network (layer names ignored)."""

    def plain(spec: ModelSpec) -> list[dict[str, Any]]:
        return [{k: v for k, v in layer.to_json().items() if k != "name"} for layer in spec.layers]

    a, b = plain(want), plain(have)
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            got, asked = have.layers[i], want.layers[i]
            return phrase(
                "layer {index} is {got} ({got_settings}) but the assignment asks for {asked} "
                "({asked_settings}).",
                index=i,
                got=got.type,
                got_settings=got.describe() or phrase("no settings"),
                asked=asked.type,
                asked_settings=asked.describe() or phrase("no settings"),
            )
    if len(a) != len(b):
        return phrase(
            "the network has {have} layers but the assignment asks for {want}.",
            have=len(b),
            want=len(a),
        )
    return None
