"""One convolution of the student's own network, step by step: the window slides over
the layer's real input (padding in grey), and each step shows the patch, the kernel,
their products, the sum + bias and the activation — the output pixel being filled in.

Play, pause, step and speed drive a QTimer; every number comes from
:class:`cnngui.core.inference.explain.stepconv.StepByStep`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.errors import UserError
from cnngui.ui.i18n import core_text, translate
from cnngui.ui.map_view import MapView

SPEEDS = (1, 2, 5, 10, 20, 50, 100)  #: steps per second the speed slider offers


def _table(values: np.ndarray, grey: np.ndarray | None = None, mark: Any = None) -> str:
    """A small HTML table of numbers; padding cells grey, one cell marked (a max pool's pick)."""
    rows = []
    for r in range(values.shape[0]):
        cells = []
        for c in range(values.shape[1]):
            v = values[r, c]
            text = "·" if not np.isfinite(v) else f"{v:.3g}"
            style = "padding:0 4px;"
            if grey is not None and grey[r, c]:
                style += "background:#ccc;color:#555;"
            if mark is not None and (r, c) == tuple(mark):
                style += "font-weight:bold;color:#b00020;"
            cells.append(f'<td align="right" style="{style}">{text}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return '<table cellspacing="0" border="1">' + "".join(rows) + "</table>"


class StepView(QWidget):
    """A Conv2D or pooling layer of the network, one output pixel at a time.

    API: ``set_model(model)``, ``set_input(image28)``; signal ``step_shown(int)``.
    """

    step_shown = Signal(int)  #: the index of the step now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: Any = None
        self._image: np.ndarray | None = None
        self._steps: Any = None  #: the core StepByStep for the chosen layer and channel
        self._output: np.ndarray | None = None
        self._index = 0
        self._dirty = False

        self.layer = QComboBox()
        self.channel = QSpinBox()
        self.channel.setPrefix(translate("StepView", "output channel "))
        self.in_channel = QSpinBox()
        self.in_channel.setPrefix(translate("StepView", "input channel shown "))
        self.all_channels = QCheckBox(translate("StepView", "every input channel's sum"))
        self.back = QPushButton(translate("StepView", "◀ back"))
        self.play = QPushButton(translate("StepView", "▶ play"))
        self.play.setCheckable(True)
        self.forward = QPushButton(translate("StepView", "step ▶"))
        self.restart = QPushButton(translate("StepView", "◀◀ start"))
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(3)
        self.speed_label = QLabel()
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.summary = QLabel(translate("StepView", "Choose a layer and draw a digit."))
        self.summary.setWordWrap(True)
        self.arithmetic = QLabel(" ")
        self.arithmetic.setWordWrap(True)
        self.arithmetic.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tables = QLabel(" ")
        self.tables.setTextFormat(Qt.TextFormat.RichText)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.tables.setFont(mono)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.tables)
        self.input_view = MapView(translate("StepView", "layer input (padding in grey)"))
        self.output_view = MapView(translate("StepView", "output channel, filled in step by step"))
        self.timer = QTimer(self)
        for widget, tip in (
            (
                self.layer,
                translate("StepView", "A convolution or pooling layer of your network to watch"),
            ),
            (
                self.channel,
                translate("StepView", "Which output channel (filter) of that layer is filled in"),
            ),
            (
                self.in_channel,
                translate(
                    "StepView", "Which input channel's patch and kernel slice the tables show"
                ),
            ),
            (
                self.all_channels,
                translate("StepView", "Show the sum of every input channel's products, not one"),
            ),
            (self.restart, translate("StepView", "Back to the first position")),
            (self.back, translate("StepView", "One position back")),
            (
                self.play,
                translate("StepView", "Slide the window automatically; press again to pause"),
            ),
            (self.forward, translate("StepView", "One position forward")),
            (self.speed, translate("StepView", "How fast the window slides while playing")),
            (self.position, translate("StepView", "Drag to any position of the window")),
        ):
            widget.setToolTip(tip)

        top = QHBoxLayout()
        for w in (self.layer, self.channel, self.in_channel, self.all_channels):
            top.addWidget(w)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for w in (self.restart, self.back, self.play, self.forward):
            buttons.addWidget(w)
        buttons.addWidget(QLabel(translate("StepView", "speed")))
        buttons.addWidget(self.speed)
        buttons.addWidget(self.speed_label)
        buttons.addWidget(self.position, 1)
        maps = QHBoxLayout()
        maps.addWidget(self.input_view, 1)
        maps.addWidget(self.output_view, 1)
        maps.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(maps, 1)
        layout.addWidget(self.arithmetic)
        layout.addLayout(buttons)

        self.layer.currentIndexChanged.connect(self._rebuild)
        self.channel.valueChanged.connect(self._rebuild)
        self.in_channel.valueChanged.connect(self._show_current)
        self.all_channels.toggled.connect(self._show_current)
        self.play.toggled.connect(self._play_toggled)
        self.forward.clicked.connect(lambda: self.show_step(self._index + 1))
        self.back.clicked.connect(lambda: self.show_step(self._index - 1))
        self.restart.clicked.connect(lambda: self.show_step(0))
        self.position.valueChanged.connect(self.show_step)
        self.speed.valueChanged.connect(self._speed_changed)
        self.timer.timeout.connect(self._tick)
        self._speed_changed()

    # ------------------------------------------------------------ public API

    def set_model(self, model: Any) -> None:
        """List the model's Conv2D and pooling layers (None: nothing to show)."""
        from cnngui.core.inference.explain.probe import steppable_layers

        self._model = model
        self.layer.blockSignals(True)
        self.layer.clear()
        if model is not None:
            for name, kind in steppable_layers(model):
                self.layer.addItem(f"{name} ({kind})", name)
        self.layer.blockSignals(False)
        self._rebuild()

    def set_input(self, image28: np.ndarray | None) -> None:
        """The drawing (28×28, ink 1); the layer's input is recomputed when visible."""
        self._image = None if image28 is None else np.asarray(image28, np.float32)
        if self.isVisible():
            self._rebuild()
        else:
            self._dirty = True

    def step_count(self) -> int:
        return len(self._steps) if self._steps is not None else 0

    def current_step(self) -> Any:
        """The core Step shown now (None when there is nothing to show)."""
        return self._steps.step(self._index) if self._steps is not None else None

    def show_step(self, index: int) -> None:
        """Show step ``index`` (clamped): the window, the numbers, the output so far."""
        if self._steps is None:
            return
        self._index = int(np.clip(index, 0, len(self._steps) - 1))
        self._show_current()

    # ------------------------------------------------------------ internals

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self._rebuild()

    def _rebuild(self) -> None:
        from cnngui.core.inference.explain.probe import layer_input
        from cnngui.core.inference.explain.stepconv import StepByStep

        self._dirty = False
        self._steps = None
        name = self.layer.currentData()
        if self._model is None or self._image is None or name is None:
            self._clear(
                translate("StepView", "Choose a layer and draw a digit.")
                if self._model
                else translate("StepView", "No network yet.")
            )
            return
        layer = self._model.get_layer(name)
        channels = int(layer.output.shape[-1])
        self.channel.blockSignals(True)
        self.channel.setRange(0, channels - 1)
        self.channel.blockSignals(False)
        try:
            x = layer_input(self._model, layer, self._image)
            self._steps = StepByStep(layer, x, self.channel.value())
        except UserError as exc:
            self._clear(core_text(exc))
            return
        self.in_channel.setRange(0, self._steps.padded.shape[-1] - 1)
        self.in_channel.setEnabled(self._steps.kind == "conv")
        self.all_channels.setEnabled(self._steps.kind == "conv")
        self._output = self._steps.output()
        self.summary.setText(core_text(self._steps.summary()))
        self.position.blockSignals(True)
        self.position.setRange(0, len(self._steps) - 1)
        self.position.blockSignals(False)
        self.show_step(min(self._index, len(self._steps) - 1))

    def _clear(self, message: str) -> None:
        self.summary.setText(message)
        self.input_view.set_map(None)
        self.output_view.set_map(None)
        self.tables.setText(" ")
        self.arithmetic.setText(" ")
        self.play.setChecked(False)

    def _show_current(self) -> None:
        steps = self._steps
        if steps is None:
            return
        step = steps.step(self._index)
        c = self.in_channel.value() if steps.kind == "conv" else 0
        shown = steps.padded[..., min(c, steps.padded.shape[-1] - 1)]
        self.input_view.set_map(np.nan_to_num(shown))
        self.input_view.set_padding(steps.geometry.pad)
        kh, kw = steps.geometry.window
        self.input_view.set_frame(step.top, step.left, kh, kw)
        filled = np.full(self._output.shape, np.nan, np.float32)
        flat = filled.reshape(-1)
        flat[: self._index + 1] = self._output.reshape(-1)[: self._index + 1]
        self.output_view.set_map(filled, signed=bool(np.nanmin(self._output) < 0))
        self.output_view.set_frame(step.row, step.col, 1, 1)
        self.tables.setText(self._tables(step, c))
        self.arithmetic.setText(core_text(step.text(steps.kind, steps.activation)))
        self.position.blockSignals(True)
        self.position.setValue(self._index)
        self.position.blockSignals(False)
        self.step_shown.emit(self._index)

    def _tables(self, step: Any, c: int) -> str:
        if step.kernel is None:
            return f"<b>window</b>{_table(step.patch[..., 0], step.on_padding, step.picked)}"
        parts = [
            translate("StepView", "<b>input patch, channel {c}</b>{table}").format(
                c=c, table=_table(step.patch[..., c], step.on_padding)
            ),
            translate("StepView", "<b>kernel, channel {c}</b>{table}").format(
                c=c, table=_table(step.kernel[..., c])
            ),
            f"<b>products</b>{_table(step.products[..., c], step.on_padding)}",
            translate("StepView", "Σ channel {c} = {channel_sums:.4g}").format(
                c=c, channel_sums=step.channel_sums[c]
            ),
        ]
        if self.all_channels.isChecked():
            sums = ", ".join(f"{i}: {s:.3g}" for i, s in enumerate(step.channel_sums))
            parts.append(
                translate("StepView", "<br><b>every input channel's Σ</b><br>{sums}").format(
                    sums=sums
                )
            )
        return "<br>".join(parts)

    def _speed_changed(self) -> None:
        per_second = SPEEDS[self.speed.value()]
        self.speed_label.setText(f"{per_second}/s")
        self.timer.setInterval(max(1, 1000 // per_second))

    def _play_toggled(self, on: bool) -> None:
        self.play.setText(
            translate("StepView", "⏸ pause") if on else translate("StepView", "▶ play")
        )
        if on and self._steps is not None:
            if self._index >= len(self._steps) - 1:
                self.show_step(0)
            self.timer.start()
        else:
            self.timer.stop()

    def _tick(self) -> None:
        if self._steps is None or self._index >= len(self._steps) - 1:
            self.play.setChecked(False)
            return
        self.show_step(self._index + 1)
