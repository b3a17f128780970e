"""Project files (``.cnnproj``): a network, its training settings, its runs and trained weights.

A project is a small JSON file (format ``cnngui-project``) holding the spec, the
training config, the history of every run (per-epoch metrics with the settings that
produced them), and the name of the trained model saved beside it as ``<name>.keras``.
Saves are atomic, so a crash or a full disk mid-save leaves the previous file intact.
Opening is forgiving: a file from a newer cnngui, a damaged run or a missing weights
file loads what it can and says what it skipped (:attr:`LoadedProject.warnings`); only
a file with no readable network raises :class:`ProjectError`.

Autosave (unsaved work kept in the user's data folder) is in :mod:`.autosave`.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnngui.core.atomic import atomic_write_text, save_model_atomic
from cnngui.core.errors import UserError, brief
from cnngui.core.files import read_user_file
from cnngui.core.model.spec import ModelSpec, SpecError
from cnngui.core.phrases import phrase, phrase_of
from cnngui.core.project.runs import (
    RunRecord,
    _is_int,
)
from cnngui.core.training import TrainingConfig

if TYPE_CHECKING:
    import keras

    from cnngui.core.training import TrainingResult

FORMAT_NAME = "cnngui-project"
FORMAT_VERSION = 1
EXTENSION = ".cnnproj"
MAX_BYTES = 64 * 1024 * 1024  # a project is a few KB of JSON; anything this big is not one
_KNOWN_KEYS = {"format", "version", "app", "saved", "spec", "config", "runs", "weights", "autosave"}


class ProjectError(UserError):
    """A project that cannot be opened at all; the message names the file and the problem."""


# What damaged parts of a file can raise while being parsed (they are skipped, not fatal).
_DAMAGE = (UserError, TypeError, ValueError, AttributeError, KeyError, RecursionError)


# ---------------------------------------------------------------------------- data


@dataclass
class Project:
    """Everything a student's work consists of (the trained model itself lives beside it)."""

    spec: ModelSpec
    config: TrainingConfig = field(default_factory=TrainingConfig)
    runs: list[RunRecord] = field(default_factory=list)
    weights_file: Path | None = None  # absolute path of the trained model, when there is one
    trained_spec: ModelSpec | None = None  # the network the weights belong to
    #: how an imported network is fed (InputConvention.to_json()); None: as trained here
    convention: dict[str, Any] | None = None

    @property
    def name(self) -> str:
        return self.spec.name

    def add_run(
        self,
        result: TrainingResult,
        config: TrainingConfig | None = None,
        spec: ModelSpec | None = None,
        label: str | None = None,
    ) -> RunRecord:
        """Record a finished run (any reason), labelled ``run N — …`` unless told otherwise."""
        record = RunRecord.from_result(
            result, config or self.config, spec or self.spec, label, len(self.runs) + 1
        )
        self.runs.append(record)
        return record

    def to_json(self, weights_name: str | None = None) -> dict[str, Any]:
        from cnngui import __version__

        weights = None
        if weights_name:
            trained = self.trained_spec or self.spec
            weights = {"file": weights_name, "spec": trained.to_json()}
            if self.convention is not None:
                weights["convention"] = self.convention
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "app": f"cnngui {__version__}",
            "saved": datetime.now().isoformat(timespec="seconds"),
            "spec": self.spec.to_json(),
            "config": self.config.to_json(),
            "runs": [r.to_json() for r in self.runs],
            "weights": weights,
        }


@dataclass
class LoadedProject:
    """An opened project, its trained model (None when there is none) and what was skipped."""

    project: Project
    path: Path
    model: keras.Model | None = None
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------- save


def weights_path_for(path: str | Path) -> Path:
    """``lesson.cnnproj`` → ``lesson.keras`` in the same folder."""
    p = Path(path)
    return p.with_name(p.name.removesuffix(EXTENSION) + ".keras")


def save_project(
    project: Project, path: str | Path, model: keras.Model | None = None, extra: Any = None
) -> Path:
    """Save atomically; with ``model``, also save it beside the project as ``<name>.keras``.

    The JSON is fully built before anything is written, and each file is written to a
    temporary name and renamed, so a failure at any point leaves the previous project
    (and its weights) as they were. Returns the path written. Raises ProjectError.
    """
    p = Path(path)
    if p.suffix != EXTENSION:
        p = p.with_name(p.name + EXTENSION)
    if not p.parent.is_dir():
        raise ProjectError(
            phrase("{folder}: no such folder; choose another place to save.", folder=p.parent)
        )
    weights_target = weights_path_for(p)
    weights_name: str | None = None
    source = project.weights_file
    if model is not None or (source is not None and Path(source).is_file()):
        weights_name = weights_target.name
    data = project.to_json(weights_name)
    if extra is not None:
        data["autosave"] = extra
    try:
        text = json.dumps(data, indent=1, allow_nan=False) + "\n"
    except (TypeError, ValueError) as exc:
        raise ProjectError(
            phrase(
                "{path}: could not be saved ({reason}); the previous file is unchanged.",
                path=p,
                reason=exc,
            )
        ) from None
    try:
        if model is not None:
            save_model_atomic(model, weights_target)
        elif weights_name and Path(source).resolve() != weights_target.resolve():  # type: ignore[arg-type]
            _copy_atomic(Path(source), weights_target)  # type: ignore[arg-type]
        atomic_write_text(p, text)
    except OSError as exc:
        raise ProjectError(
            phrase(
                "{path}: could not be saved ({reason}); the previous file is unchanged.",
                path=p,
                reason=brief(exc),
            )
        ) from None
    if weights_name:
        project.weights_file = weights_target
        if model is not None and project.trained_spec is None:
            project.trained_spec = project.spec
    return p


def _copy_atomic(source: Path, target: Path) -> None:
    """Copy the weights unless the target already holds this very file (autosave every minute)."""
    from cnngui.core.atomic import atomic_write_bytes

    data = source.read_bytes()
    with contextlib.suppress(OSError):
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return  # no write, no fsync
    atomic_write_bytes(target, data)


# ---------------------------------------------------------------------------- load


def read_json(path: str | Path) -> Any:
    """The JSON in ``path``; every way a file can be wrong is one ProjectError sentence."""
    p = Path(path)
    raw = read_user_file(p, phrase("project file"), ProjectError, limit=MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        size = p.stat().st_size
        raise ProjectError(
            phrase(
                "{path}: the file is {size:,.0f} MB, far too big to be a cnngui project.",
                path=p,
                size=size / 1e6,
            )
        )
    if not raw.strip():
        raise ProjectError(
            phrase("{path}: the file is empty, so there is no project in it.", path=p)
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ProjectError(
            phrase(
                "{path}: not a text file; a cnngui project is JSON text (was another file "
                "renamed?).",
                path=p,
            )
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip()) - 1
        why = (
            phrase("it ends too early (truncated)")
            if cut
            else phrase("line {line}: {reason}", line=exc.lineno, reason=exc.msg)
        )
        raise ProjectError(
            phrase("{path}: the file is damaged — not valid JSON ({why}).", path=p, why=why)
        ) from None
    except (ValueError, RecursionError):
        raise ProjectError(
            phrase(
                "{path}: the file is damaged — its JSON holds a number too long or nesting "
                "too deep.",
                path=p,
            )
        ) from None


def load_project(path: str | Path, load_model: bool = True) -> LoadedProject:
    """Open a project (or a plain model spec), loading whatever can be loaded.

    Raises ProjectError only when there is no usable network in the file; everything
    else that is wrong becomes a sentence in ``warnings``.
    """
    p = Path(path)
    data = read_json(p)
    if not isinstance(data, dict):
        raise ProjectError(
            phrase(
                "{path}: not a cnngui project (the JSON is a {type}, not an object).",
                path=p,
                type=type(data).__name__,
            )
        )
    fmt = data.get("format")
    if fmt == "cnngui-model":
        try:
            spec = ModelSpec.from_json(data, default_name=p.stem)
        except SpecError as exc:
            raise ProjectError(phrase("{path}: {reason}", path=p, reason=phrase_of(exc))) from None
        note = phrase(
            "{name} is a model spec, not a project: opened its network, with no runs.",
            name=p.name,
        )
        return LoadedProject(Project(spec), p, None, [note])
    if fmt != FORMAT_NAME:
        said = (
            phrase("it says format {format!r}", format=fmt)
            if fmt is not None
            else phrase("it has no format name")
        )
        raise ProjectError(
            phrase(
                '{path}: not a cnngui project ({said}; projects say "format": "{name}").',
                path=p,
                said=said,
                name=FORMAT_NAME,
            )
        )
    warnings: list[str] = []
    version = data.get("version")
    if not _is_int(version) or version < 1:
        warnings.append(
            phrase(
                "{name}: the format version {version!r} is not valid; read it as version "
                "{current}.",
                name=p.name,
                version=version,
                current=FORMAT_VERSION,
            )
        )
    elif version > FORMAT_VERSION:
        warnings.append(
            phrase(
                "{name} was saved by a newer cnngui (project format {version}; this one reads "
                "{current}); opened what this version understands — update cnngui to see "
                "the rest.",
                name=p.name,
                version=version,
                current=FORMAT_VERSION,
            )
        )
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown and not (_is_int(version) and version > FORMAT_VERSION):
        warnings.append(
            phrase(
                "{name}: ignored unknown entries {entries}.",
                name=p.name,
                entries=", ".join(map(repr, unknown[:5])),
            )
        )

    try:
        spec = ModelSpec.from_json(data.get("spec"), default_name=p.stem)
    except SpecError as exc:
        raise ProjectError(
            phrase("{path}: its network cannot be read: {reason}", path=p, reason=phrase_of(exc))
        ) from None

    config = TrainingConfig()
    if data.get("config") is not None:
        try:
            config = TrainingConfig.from_json(data["config"])
        except _DAMAGE as exc:
            warnings.append(
                phrase(
                    "{name}: the training settings were reset to defaults ({reason})",
                    name=p.name,
                    reason=phrase_of(exc),
                )
            )

    runs: list[RunRecord] = []
    raw_runs = data.get("runs", [])
    if not isinstance(raw_runs, list):
        warnings.append(phrase("{name}: the run history is damaged and was skipped.", name=p.name))
        raw_runs = []
    for i, raw in enumerate(raw_runs, start=1):
        try:
            runs.append(RunRecord.from_json(raw))
        except _DAMAGE as exc:
            warnings.append(
                phrase(
                    "{name}: run {number} is damaged and was skipped ({reason}).",
                    name=p.name,
                    number=i,
                    reason=brief(exc),
                )
            )

    project = Project(spec, config, runs)
    loaded = LoadedProject(project, p, None, warnings)
    _attach_weights(loaded, data.get("weights"), load_model)
    return loaded


def _attach_weights(loaded: LoadedProject, weights: Any, load_model: bool) -> None:
    p = loaded.path
    if weights is None:
        return
    if not isinstance(weights, dict) or not isinstance(weights.get("file"), str):
        loaded.warnings.append(
            phrase("{name}: the reference to the trained model is damaged.", name=p.name)
        )
        return
    name = Path(weights["file"]).name  # never follow a path out of the project's folder
    target = p.parent / name
    trained: ModelSpec | None = None
    if weights.get("spec") is not None:
        with contextlib.suppress(SpecError):
            trained = ModelSpec.from_json(weights["spec"])
    loaded.project.trained_spec = trained
    if isinstance(weights.get("convention"), dict):
        loaded.project.convention = weights["convention"]
    if not target.is_file():
        loaded.warnings.append(
            phrase(
                "the trained model {model} is missing beside {name}; the network, settings and "
                "run history were opened — train again (or put {model} back) to get the model.",
                model=name,
                name=p.name,
            )
        )
        return
    loaded.project.weights_file = target
    if not load_model:
        return
    from cnngui.core.model.importer import import_model

    try:
        imported = import_model(target, expected_input=None)
    except UserError as exc:
        loaded.project.weights_file = None
        loaded.warnings.append(
            phrase(
                "the trained model {model} could not be loaded ({reason}); the rest of the "
                "project was opened.",
                model=name,
                reason=brief(exc),
            )
        )
        return
    if trained is not None and imported.spec.layers != trained.layers:
        loaded.warnings.append(
            phrase(
                "the trained model {model} does not match the network recorded for it; it was "
                "loaded as it is.",
                model=name,
            )
        )
    loaded.project.trained_spec = ModelSpec(
        (trained or imported.spec).name, imported.spec.input_shape, imported.spec.layers
    )
    loaded.model = imported.model
