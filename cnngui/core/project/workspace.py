"""The Workspace: the one owner of what the student is working on (no Qt in it).

It holds the project (name, path, the network being edited, training settings, runs),
the *active network* — the weights the drawing, the feature maps and the evaluation use,
with the spec they belong to and where they came from — and the last evaluation. The
window listens to its events and asks it to act; no widget keeps a copy of any of this,
so New, Open, Stop and reopening cannot leave one panel showing another document.

Events (plain callbacks, like the editor's): ``reset`` (new/open: everything changed),
``active`` (the active network changed), ``runs`` (a run was added or changed),
``evaluation``, ``name`` and ``dirty``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnngui.core.model.editor import EventEmitter, SpecEditor, fingerprint
from cnngui.core.model.spec import ModelSpec
from cnngui.core.phrases import join_phrases, phrase
from cnngui.core.project.file import (
    EXTENSION,
    LoadedProject,
    Project,
    load_project,
    save_project,
)
from cnngui.core.project.runs import RunRecord
from cnngui.core.training.config import TrainingConfig
from cnngui.core.training.epoch_weights import DEFAULT_BUDGET, EpochWeights

if TYPE_CHECKING:
    import keras
    import numpy as np

    from cnngui.core.inference.loader import InputConvention, LoadedModel
    from cnngui.core.training.events import Evaluation, RunOutcome

UNTITLED = "untitled"


@dataclass
class ActiveNetwork:
    """The weights in use, the network they belong to, and a phrase for where they came from.

    ``origin`` completes "Predicting with …", e.g. "the bundled network trained on MNIST",
    "run 2 (epoch 3 of 3, test accuracy 98.1%)", "the network imported from model.keras".
    """

    model: keras.Model
    spec: ModelSpec | None
    origin: str
    run: int | None = None  # index into Workspace.runs when the weights come from a run
    accuracy: float | None = None  # test accuracy, when known
    #: how an imported network is fed (input size, pixel scale, inversion); None: as trained
    #: here (28×28×1, pixels 0–1, white on black)
    feed: LoadedModel | None = None

    def fit(self, image28: np.ndarray) -> np.ndarray | None:
        """The drawing as this network takes it (None: the 28×28×1 image as it is)."""
        return None if self.feed is None else self.feed.fit(image28)

    @property
    def fit_batch(self) -> Callable[[np.ndarray], np.ndarray] | None:
        return None if self.feed is None else self.feed.fit_batch


@dataclass
class EvaluationState:
    """The last evaluation and the test images it was made on (for the matrix's cells)."""

    evaluation: Evaluation
    x_test: np.ndarray | None
    y_test: np.ndarray | None
    class_names: list[str] | None
    network: str  # the origin of the network evaluated


def epochs_path(project_path: Path, index: int) -> Path:
    """Where run ``index``'s epoch weights are kept beside a project file."""
    stem = project_path.name.removesuffix(EXTENSION)
    return project_path.with_name(f"{stem}.run{index + 1}.epochs")


class Workspace:
    """See the module docstring. ``editor`` is the builder's evented spec."""

    def __init__(self, spec: ModelSpec | None = None) -> None:
        self.editor = SpecEditor(spec if spec is not None else ModelSpec(UNTITLED))
        self.config = TrainingConfig()
        self.runs: list[RunRecord] = []
        self.path: Path | None = None
        self.active: ActiveNetwork | None = None
        self.bundled: ActiveNetwork | None = None
        self.last_evaluation: EvaluationState | None = None
        self._run_weights: dict[int, list[np.ndarray]] = {}
        #: weights after every epoch of each run (the epoch scrubber), bounded per project
        self.epoch_weights: dict[int, EpochWeights] = {}
        self._saved_runs = 0
        self._restored = False  # restored from an autosave: unsaved until saved
        self.events: dict[str, EventEmitter] = {
            kind: EventEmitter()
            for kind in ("reset", "active", "runs", "evaluation", "name", "dirty")
        }

    # -- events ------------------------------------------------------------------------
    def connect(self, kind: str, callback: Callable[..., Any]) -> None:
        self.events[kind].connect(callback)

    def _emit(self, *kinds: str) -> None:
        for kind in kinds:
            self.events[kind].emit()

    # -- the name ----------------------------------------------------------------------
    @property
    def name(self) -> str:
        """One name everywhere (title, prompts, exports, report): the file's stem once saved."""
        if self.path is not None:
            return self.path.name.removesuffix(EXTENSION)
        return UNTITLED

    def default_export_name(self, suffix: str) -> str:
        return f"{self.name}{suffix}"

    # -- unsaved work ------------------------------------------------------------------
    def has_unsaved_runs(self) -> bool:
        return self._restored or len(self.runs) > self._saved_runs

    def has_unsaved_work(self, edits_saved: bool = True) -> bool:
        """Runs not in the file yet, or (``edits_saved`` False) builder edits since saving."""
        return not edits_saved or self.has_unsaved_runs()

    # -- the active network ------------------------------------------------------------
    def set_bundled(self, model: keras.Model, spec: ModelSpec | None) -> None:
        """The bundled trained network: active whenever nothing else is."""
        self.bundled = ActiveNetwork(model, spec, phrase("the bundled network trained on MNIST"))
        if self.active is None:
            self._activate(self.bundled)

    def _activate(self, active: ActiveNetwork | None) -> None:
        self.active = active
        if active is not None and active.spec is not None:
            self.editor.mark_trained(active.spec)
        else:
            self.editor.clear_trained()
        self._emit("active")

    @property
    def active_is_stale(self) -> bool:
        """The builder's network no longer matches the active weights."""
        return self.active is not None and self.editor.trained_is_stale

    def new_epoch_store(self) -> EpochWeights:
        """A store for the next run's epoch weights, within what the project has left."""
        used = sum(store.total_bytes for store in self.epoch_weights.values())
        return EpochWeights(max(DEFAULT_BUDGET - used, DEFAULT_BUDGET // 20))

    def record_run(
        self,
        outcome: RunOutcome,
        config: TrainingConfig,
        spec: ModelSpec,
        model: keras.Model | None,
        epochs: EpochWeights | None = None,
    ) -> RunRecord:
        """Add a finished run (any reason); make its weights active only when they are better.

        A completed or early-stopped run becomes active. A run that was stopped, failed
        or went NaN never replaces a network the student already has, unless its test
        accuracy beats the active one's (the student can still choose it: :meth:`use_run`).
        ``model`` is a Keras model of ``spec``'s architecture to hold the weights.
        """
        record = RunRecord.from_result(outcome, config, spec, None, len(self.runs) + 1)
        index = len(self.runs)
        self.runs.append(record)
        if outcome.weights is not None:
            self._run_weights[index] = outcome.weights
        if epochs is not None and len(epochs):
            self.epoch_weights[index] = epochs
        self._emit("runs", "dirty")
        if outcome.weights is None or model is None:
            return record
        finished = outcome.reason in ("completed", "early-stopped")
        accuracy = record.test_accuracy
        current = self.active.accuracy if self.active is not None else None
        better = accuracy is not None and current is not None and accuracy > current
        if finished or better or self.active is None:
            model.set_weights(outcome.weights)
            self._activate(self._run_network(index, model))
        return record

    def _run_network(self, index: int, model: keras.Model) -> ActiveNetwork:
        run = self.runs[index]
        epochs = len(run.history)
        if epochs == 1:
            trained = phrase("run {number} — 1 epoch trained", number=index + 1)
        else:
            trained = phrase("run {number} — {n} epochs trained", number=index + 1, n=epochs)
        parts: list[Any] = [trained]
        if run.reason == "stopped":  # stopped by the student (early stopping is "early-stopped")
            parts.append(phrase(" (stopped by you)"))
        if run.test_accuracy is not None:
            parts.append(phrase(", test accuracy {accuracy:.1%}", accuracy=run.test_accuracy))
        origin = join_phrases("", parts)
        return ActiveNetwork(model, run.spec, origin, index, run.test_accuracy)

    def use_network(self, model: keras.Model, spec: ModelSpec | None, origin: str) -> None:
        """Make any network active (a hand-in from the leaderboard, say)."""
        self._activate(ActiveNetwork(model, spec, origin))

    def use_run(self, index: int, model: keras.Model) -> None:
        """Make run ``index``'s weights active (the student chose them in the run list)."""
        from cnngui.core.errors import UserError

        if index not in self._run_weights:
            raise UserError(
                phrase(
                    "run {number} kept no weights (it failed, went NaN, or was opened from a "
                    "file that stores only the active network); train it again to use it.",
                    number=index + 1,
                )
            )
        model.set_weights(self._run_weights[index])
        self._activate(self._run_network(index, model))

    def set_visible(self, index: int, visible: bool) -> None:
        """Show or hide a run's curves; remembered in the project."""
        if self.runs[index].visible != visible:
            self.runs[index].visible = visible
            self._emit("runs")

    # -- evaluation --------------------------------------------------------------------
    def set_evaluation(
        self,
        evaluation: Evaluation,
        x_test: np.ndarray | None,
        y_test: np.ndarray | None,
        class_names: list[str] | None,
        origin: str | None = None,
    ) -> None:
        """The last evaluation; ``origin`` names the network (default: the active one)."""
        if origin is None:
            origin = self.active.origin if self.active is not None else phrase("a network")
        self.last_evaluation = EvaluationState(evaluation, x_test, y_test, class_names, origin)
        self._emit("evaluation")

    # -- documents ---------------------------------------------------------------------
    def _reset(self, spec: ModelSpec, config: TrainingConfig, runs: list[RunRecord]) -> None:
        self.editor.replace_spec(spec)
        self.config = config
        self.runs = runs
        self._run_weights = {}
        self.epoch_weights = {}
        self._saved_runs = len(runs)
        self._restored = False
        self.last_evaluation = None

    def new(self) -> None:
        """An empty network, no runs, no evaluation; the drawing goes back to the bundled one."""
        self._reset(ModelSpec(UNTITLED), TrainingConfig(), [])
        self.path = None
        self._emit("reset")
        self._activate(self.bundled)
        self._emit("runs", "evaluation", "name", "dirty")

    def open(self, path: str | Path, restored: bool = False) -> LoadedProject:
        """Open a project or spec file (ProjectError when it cannot be read at all)."""
        loaded = load_project(path, load_model=True)
        project = loaded.project
        self._reset(project.spec, project.config, list(project.runs))
        p = Path(path)
        self.path = None if restored or p.suffix != EXTENSION else p
        self._restored = restored
        self._load_epochs(p)
        self._emit("reset")
        if loaded.model is not None:
            where = (
                phrase("the restored work")
                if restored
                else phrase("the network saved in {name}", name=p.name)
            )
            trained = project.trained_spec or project.spec
            best = max(
                (r.test_accuracy for r in project.runs if r.test_accuracy is not None),
                default=None,
            )
            feed = None
            if project.convention is not None:
                from cnngui.core.inference.loader import InputConvention, LoadedModel

                convention = InputConvention.from_json(project.convention)
                feed = LoadedModel(loaded.model, trained, p).with_convention(convention)
            self._activate(ActiveNetwork(loaded.model, trained, where, None, best, feed))
        else:
            self._activate(self.bundled)
        self._emit("runs", "evaluation", "name", "dirty")
        return loaded

    def project(self) -> Project:
        """The project as it would be saved now."""
        active = self.active
        trained = active.spec if active is not None else None
        project = Project(self.editor.spec, self.config, list(self.runs), None, trained)
        if active is not None and active.feed is not None:
            project.convention = active.feed.convention.to_json()
        return project

    def saved_model(self) -> keras.Model | None:
        """The weights a save writes beside the project (never the bundled network's)."""
        if self.active is None or self.active is self.bundled:
            return None
        return self.active.model

    def save(self, path: str | Path) -> Path:
        """Save atomically (ProjectError on failure); the project takes the file's name."""
        written = save_project(self.project(), path, self.saved_model())
        self._save_epochs(written)
        self.path = written
        self._saved_runs = len(self.runs)
        self._restored = False
        if self.active is not None and self.active.run is None and self.active is not self.bundled:
            self.active.origin = phrase("the network saved in {name}", name=written.name)
            self._emit("active")
        self._emit("name", "dirty")
        return written

    def _save_epochs(self, project_path: Path) -> None:
        """Each run's epoch weights as ``<project>.run<N>.epochs`` beside the project."""
        from cnngui.core.atomic import atomic_write_bytes

        for index, store in self.epoch_weights.items():
            atomic_write_bytes(epochs_path(project_path, index), store.to_bytes())

    def _load_epochs(self, project_path: Path) -> None:
        """Read back what :meth:`_save_epochs` wrote; a missing or damaged file is skipped."""
        from cnngui.core.errors import UserError

        for index in range(len(self.runs)):
            path = epochs_path(project_path, index)
            if path.is_file():
                try:
                    self.epoch_weights[index] = EpochWeights.from_bytes(path.read_bytes())
                except (OSError, UserError):
                    continue

    def import_keras(self, path: str | Path) -> list[str]:
        """Import a Keras file: its network goes into the builder and becomes active.

        The same loader as ``cnngui predict``: any supported Keras 2/3 file, fed the way
        it was trained. Returns what to tell the user (how it is fed, warnings).
        """
        from cnngui.core.inference.loader import load_network

        loaded = load_network(path)
        self.editor.replace_spec(loaded.spec)
        origin = phrase("the network imported from {name}", name=Path(path).name)
        self._activate(ActiveNetwork(loaded.model, loaded.spec, origin, feed=loaded))
        self._emit("dirty")
        return [loaded.convention_line, *loaded.warnings]

    def set_convention(self, convention: InputConvention) -> None:
        """Feed the active imported network another way (the student's override)."""
        active = self.active
        if active is None or active.feed is None:
            return
        active.feed = active.feed.with_convention(convention)
        self._emit("active", "dirty")

    def same_architecture_active(self, spec: ModelSpec) -> bool:
        """Whether the active network has ``spec``'s architecture (weights can be poured in)."""
        return (
            self.active is not None
            and self.active.spec is not None
            and fingerprint(self.active.spec) == fingerprint(spec)
        )
