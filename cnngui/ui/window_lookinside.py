"""Looking inside, wired into the window: the Look inside panel on the student's drawing,
the saliency overlay on the canvas, and the epoch scrubber that replays a run.

Replaying epoch k never touches the active network: the drawing and feature maps switch
to a separate copy of the run's network holding epoch k's weights, and back to the
active network when the scrubber returns to the last epoch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from cnngui.core.errors import UserError
from cnngui.ui.i18n import translate

if TYPE_CHECKING:
    from cnngui.core.training.epoch_weights import EpochWeights
    from cnngui.ui.main_window import MainWindow


class LookInsideSide(QObject):
    """The Look inside dock, the overlay and the scrubber (``window.look``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.panel: Any = None
        self.scrubber: Any = None
        self.collecting: EpochWeights | None = None  # the running run's epochs
        self._replay: tuple[int, Any] | None = None  # (run index, model) shown while scrubbing
        self._overlay_on = False

    def build(self) -> None:
        from cnngui.ui.look_inside import LookInsidePanel
        from cnngui.ui.scrubber import EpochScrubber

        w = self.w
        self.panel = LookInsidePanel()
        dock = w.make_dock(
            "look",
            translate("WindowLookinside", "Look inside"),
            self.panel,
            translate(
                "WindowLookinside",
                "How a kernel, one convolution, saliency and a nudge work on your own drawing.",
            ),
        )
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        w.tabifyDockWidget(w.docks["evaluation"], dock)
        self.scrubber = EpochScrubber()
        self.scrubber.setToolTip(
            translate(
                "WindowLookinside",
                "Replay a run: the drawing, feature maps and filters show the network after "
                "the chosen epoch; the curves mark it.",
            )
        )
        curves = w.training.ensure_curves()
        curves.layout().addWidget(self.scrubber)
        self.scrubber.setEnabled(False)
        draw = w.draw
        draw.input_changed.connect(self.panel.set_input)
        draw._bars.digit_clicked.connect(self.panel.explain_digit)
        self.panel.explained_digit_changed.connect(draw._bars.set_chosen)
        self.panel.saliency_changed.connect(self._saliency_changed)
        draw.overlay_toggled.connect(self.set_overlay)
        self.scrubber.epoch_chosen.connect(self.replay)

    # -- the drawing's network ----------------------------------------------------------
    def set_model(self, model: Any) -> None:
        """The network the drawing uses changed: explain that one."""
        if self.panel is not None:
            self.panel.set_model(model)

    def set_overlay(self, on: bool) -> None:
        self._overlay_on = on
        self.panel.set_live_saliency(on)
        if not on:
            self.w.draw.canvas.set_overlay(None)

    def _saliency_changed(self, saliency: Any) -> None:
        from cnngui.core.inference.explain.render import heat_rgba

        canvas = self.w.draw.canvas
        region = self.w.draw.last_region
        if not self._overlay_on or saliency is None or region is None:
            canvas.set_overlay(None)
            return
        canvas.set_overlay(heat_rgba(saliency.values), region)

    # -- the epoch scrubber ---------------------------------------------------------------
    def run_started(self) -> None:
        self.collecting = self.w.workspace.new_epoch_store()
        self.scrubber.set_epochs(0)
        self.scrubber.setEnabled(False)

    def epoch_done(self, epoch: int, weights: list[Any]) -> None:
        if self.collecting is None:
            return
        try:
            self.collecting.add(epoch, weights)
        except UserError:
            self.collecting = None  # a network too big to keep per epoch: no replay
            return
        self.scrubber.set_epochs(epoch)
        self.scrubber.set_epoch(epoch)

    def take_epochs(self) -> EpochWeights | None:
        """The finished run's epoch weights, for the Workspace to keep with the run."""
        store, self.collecting = self.collecting, None
        return store

    def show_run(self) -> None:
        """Point the scrubber at the run whose weights are active (or the last one kept)."""
        ws = self.w.workspace
        index = self._scrubbed_run()
        store = ws.epoch_weights.get(index) if index is not None else None
        self._replay = None
        if store is None or not len(store):
            self.scrubber.set_epochs(0)
            self.scrubber.setEnabled(False)
            self.w.training.ensure_curves().mark_epoch(None)
            return
        self.scrubber.setEnabled(True)
        self.scrubber.set_epochs(max(store.epochs))
        self.scrubber.set_epoch(max(store.epochs))
        self.scrubber.set_note("")

    def _scrubbed_run(self) -> int | None:
        ws = self.w.workspace
        active = ws.active
        if active is not None and active.run is not None and active.run in ws.epoch_weights:
            return active.run
        kept = sorted(ws.epoch_weights)
        return kept[-1] if kept else None

    def replay(self, epoch: int) -> None:
        """Show the run as it was after ``epoch`` (the last epoch: the active network again)."""
        from cnngui.core.model.keras_build import build_model
        from cnngui.ui.scrubber import weights_for

        w = self.w
        ws = w.workspace
        index = self._scrubbed_run()
        if index is None or w.runner.running:
            return
        store = ws.epoch_weights[index]
        w.training.ensure_curves().mark_epoch(epoch)
        if epoch >= max(store.epochs) and ws.active is not None and ws.active.run == index:
            self._replay = None
            self.scrubber.set_note("")
            w.network.show_active()
            return
        weights, note = weights_for(store, epoch)
        self.scrubber.set_note(note)
        run = ws.runs[index]
        if self._replay is None or self._replay[0] != index:
            self._replay = (index, build_model(run.spec or w.editor.spec))
        model = self._replay[1]
        model.set_weights(weights)
        label = translate("WindowLookinside", "run {v0} as it was after epoch {epoch}").format(
            v0=index + 1, epoch=epoch
        )
        w.network.show_model(model, label)
        w.draw.set_weights(weights)
        w.network.evaluate_model(model, label)  # the confusion matrix at epoch k, too

    def shutdown(self) -> None:
        if self.panel is not None:
            self.panel.shutdown()
