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

from cnngui.core.errors import UserError
from cnngui.core.model.shapes import analyze, fmt_int
from cnngui.core.model.spec import LAYER_TYPES, ModelSpec
from cnngui.core.training.config import TrainingConfig

FORMAT = "cnngui-assignment"
VERSION = 1
SUFFIX = ".cnnassign"
MAX_BYTES = 1024 * 1024  #: an assignment is a page of text and a network or two
METRICS = ("accuracy",)
#: the dataset word that stands for the class's own drawings file, wherever it is kept
DRAWINGS = "drawings"
_KEYS = {
    "format", "version", "id", "title", "instructions", "start", "allowed_layers",
    "max_params", "max_macs", "max_epochs", "locked", "dataset", "goal", "require_network",
}  # fmt: skip


class AssignmentError(UserError):
    """An assignment file that cannot be used; one sentence saying what to fix."""


@dataclass(frozen=True)
class Goal:
    """What counts as done: ``metric`` ≥ ``value`` on the named dataset."""

    metric: str = "accuracy"
    value: float = 0.0
    dataset: str = "held-out set"

    def text(self) -> str:
        return f"{self.metric} ≥ {self.value:.1%} on {self.dataset}"


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

    def check(self, spec: ModelSpec, config: TrainingConfig | None = None) -> list[str]:
        """Every rule ``spec`` (and the run's ``config``) breaks, one sentence each."""
        problems: list[str] = []
        if self.allowed_layers is not None:
            for i, layer in enumerate(spec.layers):
                if layer.type not in self.allowed_layers:
                    problems.append(
                        f"layer {i} {layer.type} is not allowed in this assignment; use only "
                        f"{', '.join(self.allowed_layers)}."
                    )
                    break
        analysis = analyze(spec)
        if not analysis.ok:
            problems.append(analysis.errors[0])
        else:
            if self.max_params is not None and analysis.total_params > self.max_params:
                problems.append(
                    f"the network has {fmt_int(analysis.total_params)} parameters, more than "
                    f"the budget of {fmt_int(self.max_params)}; use fewer filters or units, or "
                    "pool before Flatten."
                )
            if self.max_macs is not None and analysis.total_macs > self.max_macs:
                problems.append(
                    f"the network needs {fmt_int(analysis.total_macs)} multiply-adds per image, "
                    f"more than the budget of {fmt_int(self.max_macs)}; pool earlier or use "
                    "fewer filters."
                )
        if self.require_network is not None:
            difference = _difference(self.require_network, spec)
            if difference:
                problems.append(difference)
        if config is not None:
            problems.extend(self.check_config(config))
        return problems

    def refuse_training(self, spec: ModelSpec, config: TrainingConfig) -> None:
        """Raise AssignmentError with the first broken rule (the window's Train button)."""
        problems = self.check(spec, config)
        if problems:
            raise AssignmentError(problems[0])

    def training_dataset(self, drawings_npz: str | Path | None = None) -> str:
        """The assignment's dataset for ``load_dataset``: ``drawings`` → the drawings file."""
        parts = [p.strip() for p in self.dataset.split("+")]
        if DRAWINGS in parts:
            if drawings_npz is None:
                raise AssignmentError(
                    "this assignment trains on the class's drawings; collect some drawings "
                    "(Draw panel → Collect) or import the class's file first."
                )
            parts = [str(drawings_npz) if p == DRAWINGS else p for p in parts]
        return "+".join(parts)

    def check_config(self, config: TrainingConfig) -> list[str]:
        """The rules about training settings: the epoch limit and the locked settings."""
        problems = []
        if self.max_epochs is not None and config.epochs > self.max_epochs:
            problems.append(
                f"this run trains {config.epochs} epochs, but the assignment allows at most "
                f"{self.max_epochs}; set epochs to {self.max_epochs} or fewer."
            )
        return problems + self.check_locks(config)

    def check_locks(self, config: TrainingConfig) -> list[str]:
        """One sentence per locked setting that ``config`` changes."""
        problems = []
        for key, want in self.locked.items():
            have = getattr(config, key)
            same = _dataset_matches(want, have) if key == "dataset" else have == want
            if not same:
                problems.append(
                    f"the assignment locks {key} to {want!r}, but this run uses {have!r}; "
                    f"set it back to {want!r}."
                )
        return problems

    def check_epochs(self, epochs: int) -> list[str]:
        """The epoch rule for a finished run (a submission reports how many it trained)."""
        if self.max_epochs is not None and epochs > self.max_epochs:
            return [
                f"the network was trained for {epochs} epochs, more than the {self.max_epochs} "
                "the assignment allows."
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
        return (
            f"Locked by the assignment “{self.title}”: everyone trains with {key} = "
            f"{self.locked[key]!r}, so the networks are compared fairly."
        )

    def goal_met(self, value: float | None) -> bool:
        return value is not None and value >= self.goal.value

    def progress_text(
        self, value: float | None = None, params: int | None = None, epochs: int | None = None
    ) -> str:
        """E.g. ``98.1 % / 98.5 % · 18,200 / 20,000 parameters · 2 / 3 epochs``."""
        got = "–" if value is None else f"{value * 100:.1f} %"
        parts = [f"{got} / {self.goal.value * 100:.1f} %"]
        if params is not None:
            budget = "" if self.max_params is None else f" / {fmt_int(self.max_params)}"
            parts.append(f"{fmt_int(params)}{budget} parameters")
        if epochs is not None:
            limit = "" if self.max_epochs is None else f" / {self.max_epochs}"
            parts.append(f"{epochs}{limit} epochs")
        return " · ".join(parts)

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
            raise AssignmentError(f"{path}: cannot be written ({exc.strerror or exc}).") from None
        return checked

    # -------------------------------------------------------------- files

    @classmethod
    def from_json(cls, data: Any) -> Assignment:
        """Parse the JSON object; the first problem is one :class:`AssignmentError`."""
        if not isinstance(data, dict):
            raise AssignmentError("an assignment must be a JSON object with a title and a goal.")
        if data.get("format") != FORMAT:
            raise AssignmentError(
                f'this is not an assignment file (expected "format": "{FORMAT}").'
            )
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise AssignmentError(
                f"version must be a positive whole number, not {_shown(version)}."
            )
        if version > VERSION:
            raise AssignmentError(
                f"this assignment is format version {version}, made by a newer cnngui; update "
                "cnngui to open it."
            )
        unknown = sorted(set(data) - _KEYS)
        if unknown:
            raise AssignmentError(
                f"unknown key {_shown(unknown[0])}; an assignment has {', '.join(sorted(_KEYS))}."
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
        raise AssignmentError(f"{p}: is larger than an assignment can be ({MAX_BYTES:,} bytes).")
    try:
        return Assignment.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise AssignmentError(f"{p}: is not a text file; an assignment is JSON.") from None
    except AssignmentError as exc:
        raise AssignmentError(f"{p}: {exc}") from None


def fingerprint(data: dict[str, Any]) -> str:
    """SHA-256 of the assignment's JSON with sorted keys: spacing and key order do not count."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ parsing helpers


def _shown(value: Any) -> str:
    """``repr`` clipped: a sentence must stay one line even for a 400-digit number."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _slug(title: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in title.lower()).split()) or "task"


def _text(data: dict[str, Any], key: str, required: bool = False) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise AssignmentError(
            f"{key} must be {'non-empty ' if required else ''}text, not {_shown(value)}."
        )
    return value


def _budget(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise AssignmentError(
            f"{key} must be a whole number of at least 1 or null, not {_shown(value)}."
        )
    return value


def _layers(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not value:
        raise AssignmentError("allowed_layers must be a list of layer types or null (any layer).")
    for name in value:
        if name not in LAYER_TYPES:
            raise AssignmentError(
                f"allowed_layers names {_shown(name)}, which is not a layer type; use "
                f"{', '.join(LAYER_TYPES)}."
            )
    return tuple(value)


def _network(value: Any, key: str) -> ModelSpec | None:
    if value is None:
        return None
    if isinstance(value, dict) and set(value) == {"preset"}:
        from cnngui.core.model.presets import PRESETS

        if value["preset"] not in PRESETS:
            raise AssignmentError(
                f"{key} names the preset {_shown(value['preset'])}, which does not exist; use "
                f"one of {', '.join(PRESETS)}."
            )
        return PRESETS[value["preset"]].spec()
    try:
        return ModelSpec.from_json(value)
    except UserError as exc:
        raise AssignmentError(f"{key}: {exc}") from None


def _locked(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise AssignmentError('locked must be an object of training settings, e.g. {"epochs": 3}.')
    try:
        config = TrainingConfig.from_json(value)
    except UserError as exc:
        raise AssignmentError(f"locked: {exc}") from None
    return {key: getattr(config, key) for key in value}


def _goal(value: Any) -> Goal:
    if value is None:
        return Goal()
    if not isinstance(value, dict):
        raise AssignmentError('goal must be an object like {"metric": "accuracy", "value": 0.98}.')
    metric = value.get("metric", "accuracy")
    if metric not in METRICS:
        raise AssignmentError(f"goal metric must be {' or '.join(METRICS)}, not {_shown(metric)}.")
    target = value.get("value")
    if isinstance(target, bool) or not isinstance(target, (int, float)) or not 0 <= target <= 1:
        raise AssignmentError(
            f"goal value must be a fraction from 0 to 1 (0.98 for 98 %), not {_shown(target)}."
        )
    where = value.get("dataset", "held-out set")
    if not isinstance(where, str):
        raise AssignmentError(f"goal dataset must be text, not {_shown(where)}.")
    return Goal(metric, float(target), where)


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


def _difference(want: ModelSpec, have: ModelSpec) -> str | None:
    """The first way ``have`` differs from the required network (layer names ignored)."""

    def plain(spec: ModelSpec) -> list[dict[str, Any]]:
        return [{k: v for k, v in layer.to_json().items() if k != "name"} for layer in spec.layers]

    a, b = plain(want), plain(have)
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            got, asked = have.layers[i], want.layers[i]
            return (
                f"layer {i} is {got.type} ({got.describe() or 'no settings'}) but the "
                f"assignment asks for {asked.type} ({asked.describe() or 'no settings'})."
            )
    if len(a) != len(b):
        return f"the network has {len(b)} layers but the assignment asks for {len(a)}."
    return None
