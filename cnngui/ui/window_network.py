"""The drawing and the feature maps follow the active network, and training feeds them.

While a run trains, the drawing shows its weights after each epoch (poured into the
network already shown when the architecture is the same, so nothing recompiles); when
it ends, the Workspace decides whether those weights become the active network, and
the drawing goes back to whatever is active.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from cnngui.core.errors import UserError, for_window
from cnngui.ui.i18n import core_text, translate

if TYPE_CHECKING:
    from cnngui.core.model.spec import ModelSpec
    from cnngui.core.training.events import RunOutcome
    from cnngui.ui.main_window import MainWindow


class NetworkView(QObject):
    """Keeps the drawing, feature maps, run list and evaluation on the Workspace's network."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._display_model: Any = None  # the worker's model twin, for live weights
        self._run: tuple[Any, ModelSpec] | None = None  # config and spec being trained
        self._poured_over: list[Any] | None = None  # active weights a run poured over
        self.evaluation_task: Any = None  # workers.EvaluationTask, made on first use

    # -- evaluating the active network ----------------------------------------------------
    def evaluate_active(self) -> bool:
        """Evaluate the network in use on the test set in the background (cancellable)."""
        active = self.w.workspace.active
        if active is None:
            self.w.files.error(
                translate("WindowNetwork", "Nothing to evaluate"),
                translate("WindowNetwork", "no network is loaded yet; wait a moment or train one."),
            )
            return False
        return self.evaluate_model(active.model, active.origin, active.fit_batch)

    def evaluate_model(self, model: Any, origin: str, prepare: Any = None) -> bool:
        """Evaluate any network (the active one, or a run at an earlier epoch)."""
        from cnngui.ui.workers import EvaluationTask

        view = self.w.evaluation
        if self.evaluation_task is None:
            task = self.evaluation_task = EvaluationTask(self)
            task.progress.connect(view.set_progress)
            task.finished.connect(self._evaluated)
            task.failed.connect(self._evaluation_failed)
            task.cancelled.connect(lambda: view.set_busy(False, "cancelled"))
        try:
            dataset = view.evaluation_dataset()
        except UserError as exc:
            self.w.files.error(
                translate("WindowNetwork", "Cannot evaluate"), core_text(for_window(exc))
            )
            return False
        if self.evaluation_task.running:
            self.evaluation_task.shutdown()
        self._evaluating = origin
        view.set_busy(
            True,
            translate("WindowNetwork", "evaluating {origin}…").format(origin=core_text(origin)),
        )
        self.evaluation_task.start(model, dataset, prepare)
        return True

    def cancel_evaluation(self) -> None:
        if self.evaluation_task is not None:
            self.evaluation_task.cancel()

    def _evaluated(self, evaluation: Any, x_test: Any, y_test: Any, names: Any) -> None:
        self.w.evaluation.set_busy(False, "done")
        origin = getattr(self, "_evaluating", None)
        self.w.workspace.set_evaluation(evaluation, x_test, y_test, names, origin)

    def _evaluation_failed(self, message: str) -> None:
        self.w.evaluation.set_busy(False, "failed")
        self.w.files.error(translate("WindowNetwork", "Cannot evaluate"), message)

    def shutdown(self) -> None:
        """The window closes: cancel an evaluation, wait for its thread and for the
        drawing's background compilation."""
        if self.evaluation_task is not None:
            self.evaluation_task.shutdown()
        if self.w.ready:
            self.w.draw.shutdown()

    def run_started(self, spec: ModelSpec) -> None:
        self._run = (self.w.training.config(), spec)
        self.w.look.run_started()
        self.w.docks["training"].raise_()

    def training_running(self, running: bool) -> None:
        self.w.draw.training_running = running  # the drawing compiles lighter meanwhile

    def display_model_ready(self, model: Any) -> None:
        self._display_model = model

    def epoch_weights(self, epoch: int, weights: list[Any]) -> None:
        """After each epoch: the drawing's prediction and feature maps use the new weights."""
        self.w.look.epoch_done(epoch, weights)
        model = self._display_model
        if model is None or not self.w.ready or self._run is None:
            return
        label = translate(
            "WindowNetwork", "your network while it trains (new weights after each epoch)"
        )
        active = self.w.workspace.active
        if self._draw_model is not model:
            if (
                active is not None
                and self._draw_model is active.model
                and (self.w.workspace.same_architecture_active(self._run[1]))
            ):
                # the drawing already shows this architecture: pour the new weights into
                # it instead of switching models (no relayout, no recompilation); the
                # active weights are kept to put back if this run does not replace them
                if self._poured_over is None:
                    self._poured_over = active.model.get_weights()
                self._display_model = model = self._draw_model
                self._relabel_draw(label, False)
            else:
                self._set_draw_model(model, label)
        self.w.draw.set_weights(weights)

    _draw_model: Any = None
    _draw_label: tuple[str, bool] = ("", False)

    _fit: Any = None

    def _set_draw_model(self, model: Any, label: str, stale: bool = False, fit: Any = None) -> None:
        """Show ``model`` in the drawing and feature maps (only relabel when it is the same)."""
        if not self.w.ready:
            return  # finish_setup() shows it
        if model is self._draw_model and fit == self._fit:
            self._relabel_draw(label, stale)
            return
        self._draw_model, self._fit = model, fit
        self._draw_label = (label, stale)
        self.w.features.set_model(model)
        self.w.draw.set_model(model, label, stale, fit=fit)
        self.w.look.set_model(model)

    def _relabel_draw(self, label: str, stale: bool) -> None:
        if (label, stale) != self._draw_label:
            self._draw_label = (label, stale)
            # the same model: relabel only
            self.w.draw.set_model(self._draw_model, label, stale, fit=self._fit)

    def show_model(self, model: Any, label: str) -> None:
        """Show a network that is not the active one (an epoch being replayed)."""
        self._set_draw_model(model, label)

    def show_active(self) -> None:
        """The drawing and feature maps show the workspace's active network."""
        if not self.w.ready or self._run is not None:
            return  # while a run trains, the drawing follows it (until run_finished)
        active = self.w.workspace.active
        if active is not None:
            fit = active.feed.fit if active.feed is not None else None
            self._set_draw_model(active.model, active.origin, self.w.workspace.active_is_stale, fit)
        self.w.training.ensure_curves().mark_active(
            None if active is None or active.run is None else active.run + 1
        )

    def run_finished(self, outcome: RunOutcome) -> None:
        ws = self.w.workspace
        config, spec = self._run or (self.w.training.config(), self.w.editor.spec)
        self._run = None
        model = self._display_model
        poured, self._poured_over = self._poured_over, None
        before = ws.active
        ws.record_run(outcome, config, spec, model, self.w.look.take_epochs())
        if poured is not None and ws.active is before and before is not None:
            before.model.set_weights(poured)  # the run did not replace them: put them back
        ran_active = ws.active is not before
        if outcome.evaluation is not None and ran_active:
            # a moment later, so the finish handler stays short and the window keeps painting
            QTimer.singleShot(
                0,
                lambda: ws.set_evaluation(
                    outcome.evaluation, outcome.x_test, outcome.y_test, outcome.class_names
                ),
            )
        self.show_active()
        self.w.look.show_run()
        message = core_text(outcome.message)
        if not ran_active and outcome.weights is not None and before is not None:
            message += translate(
                "WindowNetwork", " The drawing keeps {origin}; choose the run to use its weights."
            ).format(origin=core_text(before.origin))
        self.w.statusBar().showMessage(message[:1].upper() + message[1:], 15000)
        self.w.files.update_title()

    def run_failed(self, _message: str) -> None:
        """A run that could not start: the drawing goes back to the active network."""
        self._run = None
        self._poured_over = None
        self.w.look.take_epochs()
        self.show_active()

    def use_run(self, index: int) -> bool:
        """Make run ``index``'s weights the active network (from the run list)."""
        from cnngui.core.model.keras_build import build_model

        run = self.w.workspace.runs[index]
        try:
            self.w.workspace.use_run(index, build_model(run.spec or self.w.editor.spec))
        except UserError as exc:
            self.w.files.error(
                translate("WindowNetwork", "Cannot use these weights"), core_text(exc)
            )
            return False
        return True

    def show_evaluation(self) -> None:
        state = self.w.workspace.last_evaluation
        if state is None:
            self.w.evaluation.clear()
        else:
            self.w.evaluation.show_evaluation(
                state.evaluation, state.x_test, state.y_test, state.class_names
            )

    def show_document(self) -> None:
        """New or opened: every panel shows the workspace's document from scratch."""
        ws = self.w.workspace
        self.w.training.set_config(ws.config)
        curves = self.w.training.ensure_curves()
        curves.clear_runs()
        for i, run in enumerate(ws.runs):
            shown = curves.add_finished_run(run.label, run.history, run.describe_end())
            for x, loss, *acc in run.batch_curve:  # older files kept no accuracy
                shown.add_batch(x, loss, acc[0] if acc else math.nan)
            if not run.visible:
                curves.set_run_visible(i + 1, False)
        self.w.training.clear_status()
        self.w.files.update_title()

    def test_image_chosen(self, image: Any, caption: str) -> None:
        if self.w.ready:
            self.w.draw.load_image28(image)
        self.w.docks["draw"].raise_()
        self.w.statusBar().showMessage(caption, 10000)
