"""The drawing tab's left half: canvas, prediction, and what the network sees.

The panel owns a :class:`~cnngui.core.inference.Predictor`. While a stroke is drawn it
predicts at most ~30 times a second (a timer coalesces the rest) and always once when
the pen lifts, so the bars follow the pen without ever delaying it.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.errors import UserError
from cnngui.core.preprocess import preprocess
from cnngui.ui.canvas import DEFAULT_PEN, DrawingCanvas
from cnngui.ui.predictions import NetworkInputView, ProbabilityBars, TopDigit

if TYPE_CHECKING:
    from cnngui.core.inference import Prediction, Predictor

MAX_RATE_HZ = 30.0  #: most predictions per second while a stroke is drawn


class DrawPanel(QWidget):
    """Canvas + probability bars + "what the network sees".

    Public API: ``set_model(model, label, stale=False)``, ``set_weights(weights)``,
    ``load_image28(image28)``, ``clear()``, ``predict_now()``; properties ``canvas``,
    ``predictor``, ``last_prediction``; signal ``predicted(object)`` carrying a
    :class:`~cnngui.core.inference.Prediction` or None (nothing drawn / no model).
    """

    predicted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._predictor: Predictor | None = None
        self._last: Prediction | None = None
        self._last_time = 0.0
        self._fixed_input: np.ndarray | None = None  # a loaded 28×28 digit, used as is
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.predict_now)

        self._canvas = DrawingCanvas()
        self._canvas.changed.connect(self._on_changed)
        self._canvas.stroke_started.connect(self._on_stroke_started)
        self._canvas.stroke_finished.connect(self._on_stroke_finished)

        clear = QPushButton("Clear")
        clear.setToolTip("Clear the canvas (Esc, or right-click on it)")
        clear.clicked.connect(self.clear)
        undo = QPushButton("Undo")
        undo.setToolTip("Remove the last stroke (Ctrl+Z)")
        undo.clicked.connect(self._canvas.undo)
        self._pen = QSlider(Qt.Orientation.Horizontal)
        self._pen.setRange(4, 48)
        self._pen.setValue(int(DEFAULT_PEN))
        self._pen.setToolTip("Pen width")
        self._pen.valueChanged.connect(lambda v: self._canvas.set_pen_width(float(v)))
        self._pen.setMaximumWidth(140)
        tools = QHBoxLayout()
        tools.addWidget(clear)
        tools.addWidget(undo)
        tools.addStretch(1)
        tools.addWidget(QLabel("Pen"))
        tools.addWidget(self._pen)

        self._model_label = QLabel("No model loaded yet.")
        self._model_label.setWordWrap(True)
        self._top = TopDigit()
        self._bars = ProbabilityBars()
        self._seen = NetworkInputView()
        result = QHBoxLayout()
        result.addWidget(self._top)
        result.addWidget(self._bars, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self._model_label)
        layout.addWidget(self._canvas, 1)
        layout.addLayout(tools)
        layout.addLayout(result)
        layout.addWidget(self._seen)

    # ------------------------------------------------------------ public API

    @property
    def canvas(self) -> DrawingCanvas:
        return self._canvas

    @property
    def predictor(self) -> Predictor | None:
        return self._predictor

    @property
    def last_prediction(self) -> Prediction | None:
        return self._last

    def set_model(self, model: Any, label: str, stale: bool = False) -> None:
        """Predict with ``model`` (a keras.Model, or None for none) from now on.

        ``label`` names it for the student ("default model", "your model after epoch 3");
        ``stale`` says its weights no longer match the architecture being edited.
        """
        from cnngui.core.inference import Predictor

        self._predictor = None
        if model is not None:
            try:
                self._predictor = Predictor(model)
            except UserError as exc:
                self._model_label.setText(f"Cannot predict with {label}: {exc}")
                self._model_label.setStyleSheet("color: rgb(200, 60, 40);")
                self._emit(None)
                return
            classes = int(np.prod(self._predictor.layer_shapes()[-1]))
            self._bars.set_classes(classes)
        text = f"Predicting with {label}." if model is not None else "No model loaded yet."
        if stale:
            text += " Its weights are from before your latest changes: train to update them."
        self._model_label.setText(text)
        self._model_label.setStyleSheet("color: rgb(200, 120, 20);" if stale else "")
        self.predict_now()

    def set_weights(self, weights: list[np.ndarray]) -> None:
        """New weights for the current model (e.g. after an epoch); re-predicts the drawing."""
        if self._predictor is None:
            return
        self._predictor.set_weights(weights)
        self.predict_now()

    def load_image28(self, image28: np.ndarray) -> None:
        """Show and predict a ready 28×28 digit (ink = 1.0), e.g. a misclassified test digit."""
        image = np.clip(np.asarray(image28, np.float32).reshape(28, 28), 0, 1)
        self._fixed_input = image  # set first: the canvas's change signal then waits
        self._canvas.set_image(image)
        self.predict_now()

    def clear(self) -> None:
        self._canvas.clear()

    def predict_now(self) -> None:
        """Preprocess the canvas (or the loaded digit) and predict it at once."""
        self._timer.stop()
        self._last_time = time.monotonic()
        if self._fixed_input is not None:
            image28 = self._fixed_input
            steps = [("28×28 digit, used as it is", image28)]
        else:
            pre = preprocess(self._canvas.image())
            image28, steps = pre.image28, pre.steps
        self._seen.show_steps(image28, steps)
        if image28 is None:
            self._top.show_result(None)
            self._bars.set_probabilities(None)
            self._emit(None)
            return
        if self._predictor is None:
            self._top.show_result(None, label="no model yet")
            self._bars.set_probabilities(None)
            self._emit(None)
            return
        prediction = self._predictor(image28)
        self._top.show_result(prediction.digit, prediction.confidence)
        self._bars.set_probabilities(prediction.probabilities)
        self._emit(prediction)

    # ------------------------------------------------------------ internals

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc clears and Ctrl+Z undoes while the focus is anywhere in the panel."""
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self._canvas.undo()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _emit(self, prediction: Prediction | None) -> None:
        self._last = prediction
        self.predicted.emit(prediction)

    def _on_stroke_started(self) -> None:
        if self._fixed_input is not None:  # drawing over a loaded digit: predict the canvas
            self._fixed_input = None

    def _on_changed(self) -> None:
        if self._fixed_input is not None and not self._canvas.is_drawing():
            if self._canvas.is_empty():
                self._fixed_input = None
            else:
                return  # set_image's own change: load_image28 predicts right after
        if not self._canvas.is_drawing():
            self.predict_now()  # clear / undo: answer at once
            return
        wait = 1.0 / MAX_RATE_HZ - (time.monotonic() - self._last_time)
        if wait <= 0:
            self.predict_now()
        elif not self._timer.isActive():
            self._timer.start(max(1, int(wait * 1000)))

    def _on_stroke_finished(self) -> None:
        self.predict_now()  # always one prediction after the pen lifts
