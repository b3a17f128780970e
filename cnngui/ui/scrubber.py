"""The epoch scrubber: replay a run epoch by epoch with a slider, play and step buttons.

A thin view: it holds only which epoch is shown. The window keeps the run's weights per
epoch (core ``EpochWeights``), listens to :attr:`EpochScrubber.epoch_chosen` and loads
that epoch's weights into the drawing, feature maps and evaluation.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from cnngui.ui.i18n import translate

PLAY_INTERVAL_MS = 700  #: time each epoch stays on screen while playing


class EpochScrubber(QWidget):
    """Slider over epochs 1..N, ◀ / ▶ steps, Play/Pause, and "epoch k of N".

    API: ``set_epochs(n)`` (0: nothing to replay, the controls are off), ``set_epoch(k)``
    (moves the slider without emitting), ``epoch()``, ``set_note(text)``; signal
    ``epoch_chosen(int)`` whenever the student (or playing) picks an epoch.
    """

    epoch_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note = ""
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(
            translate(
                "Scrubber",
                "Drag to replay the run: the drawing's prediction, feature maps and filters show "
                "the network as it was after that epoch.",
            )
        )
        self.slider.setPageStep(1)
        self.back = QPushButton("◀")
        self.back.setToolTip(translate("Scrubber", "One epoch earlier"))
        self.forward = QPushButton("▶")
        self.forward.setToolTip(translate("Scrubber", "One epoch later"))
        self.play = QPushButton(translate("Scrubber", "Play"))
        self.play.setCheckable(True)
        self.play.setToolTip(
            translate(
                "Scrubber", "Play the run epoch by epoch from here (from the first at the end)"
            )
        )
        for button in (self.back, self.forward):
            button.setMaximumWidth(36)
        self.label = QLabel()
        self.label.setToolTip(translate("Scrubber", "Which epoch's weights the window shows"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play)
        layout.addWidget(self.back)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.forward)
        layout.addWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.slider.valueChanged.connect(self._moved)
        self.back.clicked.connect(lambda: self.step(-1))
        self.forward.clicked.connect(lambda: self.step(1))
        self.play.toggled.connect(self._toggle_play)
        self.set_epochs(0)

    # ------------------------------------------------------------ API

    def epochs(self) -> int:
        return self.slider.maximum() if self.slider.isEnabled() else 0

    def epoch(self) -> int:
        """The epoch shown (0 when there is nothing to replay)."""
        return self.slider.value() if self.epochs() else 0

    def set_epochs(self, n: int) -> None:
        """Epochs 1..``n`` can be replayed; keeps the epoch shown when it still exists, else
        shows the last. Emits nothing."""
        n = max(int(n), 0)
        keep = self.slider.value() if self.epochs() else 0
        self.play.setChecked(False)
        for w in (self.slider, self.back, self.forward, self.play):
            w.setEnabled(n > 0)
        self.slider.blockSignals(True)
        self.slider.setRange(1, max(n, 1))
        self.slider.setValue(keep if 1 <= keep <= n else max(n, 1))
        self.slider.blockSignals(False)
        self._update_label()

    def set_epoch(self, k: int) -> None:
        """Show epoch ``k`` (clamped) without emitting :attr:`epoch_chosen`."""
        self.slider.blockSignals(True)
        self.slider.setValue(int(k))
        self.slider.blockSignals(False)
        self._update_label()

    def set_note(self, text: str) -> None:
        """A short note after the label, e.g. "weights of epoch 6 (7 was not kept)"."""
        self._note = text
        self._update_label()

    def step(self, delta: int) -> None:
        """Move ``delta`` epochs (emits when it moved)."""
        self.slider.setValue(self.slider.value() + int(delta))

    # ------------------------------------------------------------ inside

    def _moved(self, value: int) -> None:
        self._update_label()
        if self.epochs():
            self.epoch_chosen.emit(int(value))

    def _toggle_play(self, on: bool) -> None:
        self.play.setText(translate("Scrubber", "Pause") if on else translate("Scrubber", "Play"))
        if not on:
            self.timer.stop()
            return
        if self.slider.value() >= self.slider.maximum():
            self.slider.setValue(self.slider.minimum())  # from the start again
        self.timer.start()

    def _tick(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.play.setChecked(False)
            return
        self.step(1)
        if self.slider.value() >= self.slider.maximum():
            self.play.setChecked(False)

    def _update_label(self) -> None:
        n = self.epochs()
        text = (
            translate("Scrubber", "epoch {value} of {n}").format(value=self.slider.value(), n=n)
            if n
            else translate("Scrubber", "no epochs to replay yet")
        )
        self.label.setText(f"{text} · {self._note}" if self._note and n else text)


def weights_for(store: Any, epoch: int) -> tuple[list[np.ndarray], str]:
    """The weights to show for ``epoch`` from a core ``EpochWeights`` store, and a note for
    :meth:`EpochScrubber.set_note` ("" when that epoch itself was kept)."""
    kept = store.nearest(int(epoch))
    note = (
        ""
        if kept == epoch
        else translate("Scrubber", "weights of epoch {kept} ({epoch} was not kept)").format(
            kept=kept, epoch=epoch
        )
    )
    return store.get(kept), note
