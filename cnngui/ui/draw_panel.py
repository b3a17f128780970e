"""The drawing tab's left half: canvas, prediction, and what the network sees.

The panel owns a :class:`~cnngui.core.inference.predictor.Predictor`. While a stroke is drawn it
predicts on the move itself when the last prediction is long enough ago (a timer
coalesces the moves in between) and always once when the pen lifts. "Long enough" is
twice what the last update cost, so predictions never take more than half of the GUI
thread and the pen is never delayed; a move is answered at once, within the frame it
was drawn in, unless moves come faster than that.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.errors import UserError
from cnngui.core.inference.preprocess import preprocess
from cnngui.ui.canvas import DrawingCanvas
from cnngui.ui.classroom.collect import CollectBar, canvas_strokes
from cnngui.ui.draw_tools import build_tools
from cnngui.ui.elided_label import WrapLabel
from cnngui.ui.i18n import core_text, translate
from cnngui.ui.predictions import NetworkInputView, ProbabilityBars, TopDigit

if TYPE_CHECKING:
    from cnngui.core.classroom.drawings import DrawingStore
    from cnngui.core.inference.predictor import Prediction, Predictor

MAX_RATE_HZ = 120.0  #: most predictions per second while a stroke is drawn (fewer if slow)
#: ... while a training run shares the CPU: drawing then steals less of the training's time
TRAINING_RATE_HZ = 30.0


class DrawPanel(QWidget):
    """Canvas + probability bars + "what the network sees".

    Public API: ``set_model(model, label, stale=False, background=True)``,
    ``set_weights(weights)``, ``load_image28(image28)``, ``clear()``, ``predict_now()``,
    ``is_preparing()``, ``wait_until_ready()``; properties ``canvas``, ``predictor``,
    ``last_prediction``; signals ``predicted(object)`` carrying a
    :class:`~cnngui.core.inference.predictor.Prediction` or None (nothing drawn / no model),
    ``model_ready(str)`` and ``model_failed(str)``.

    Collect mode (the "Collect" toggle, ``set_collecting``): Enter keeps the drawing in
    ``store`` (a DrawingStore; the user's data folder unless set) with the chosen label,
    Esc skips it; ``drawing_kept(drawing)`` after each kept drawing.
    """

    predicted = Signal(object)
    model_ready = Signal(str)  #: the label of a model that now predicts
    model_failed = Signal(str)  #: one sentence: why the model cannot predict
    drawing_kept = Signal(object)  #: a Drawing just stored in Collect mode
    #: the 28×28 input of each prediction (or None), for views that explain it
    input_changed = Signal(object)
    overlay_toggled = Signal(bool)  #: the student turned the saliency overlay on or off
    _built = Signal(int, object, object)  # generation, Predictor or None, error or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: set by the window while a training run shares the CPU (see _jit)
        self.training_running = False
        self._predictor: Predictor | None = None
        self._last: Prediction | None = None
        self._last_time = 0.0
        self._cost = 0.0  # seconds the last prediction and its views took
        self._fixed_input: np.ndarray | None = None  # a loaded 28×28 digit, used as is
        self._generation = 0
        self._model: Any = None
        self._model_ok = True
        self._fit: Any = None  # an imported network's own input fitting (None: 28×28×1)
        self.last_image28: np.ndarray | None = None  #: the input of the latest prediction
        #: where that input lies on the canvas, (x, y, w, h) in 0..1 (None: a loaded digit)
        self.last_region: tuple[float, float, float, float] | None = None
        self._built_generation = 0
        self._label, self._stale = "", False
        self._pending_weights: list[np.ndarray] | None = None
        self._threads: list[threading.Thread] = []
        self._built.connect(self._on_built)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.predict_now)

        self._canvas = DrawingCanvas()
        self._canvas.changed.connect(self._on_changed)
        self._canvas.stroke_started.connect(self._on_stroke_started)
        self._canvas.stroke_finished.connect(self._on_stroke_finished)
        self._canvas.installEventFilter(self)
        self._store: DrawingStore | None = None
        self.collect_bar = CollectBar()
        self.collect_bar.setVisible(False)
        self.collect_bar.keep_requested.connect(self.keep_drawing)
        self.collect_bar.skip_requested.connect(self.skip_drawing)
        self.collect_bar.kept.connect(self.drawing_kept)
        tools = build_tools(self)

        self._model_label = WrapLabel(translate("DrawPanel", "No model loaded yet."))
        self._top = TopDigit()
        self._bars = ProbabilityBars()
        self._seen = NetworkInputView()
        result = QHBoxLayout()
        result.addWidget(self._top)
        result.addWidget(self._bars, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self._model_label)
        # the canvas takes most of any spare height, the probability bars grow with it
        layout.addWidget(self._canvas, 3)
        layout.addLayout(tools)
        layout.addWidget(self.collect_bar)
        layout.addLayout(result, 1)
        layout.addWidget(self._seen)

    # ------------------------------------------------------------ public API

    @property
    def canvas(self) -> DrawingCanvas:
        return self._canvas

    @property
    def store(self) -> DrawingStore:
        """Where Collect mode keeps drawings (opened on first use)."""
        if self._store is None:
            from cnngui.core.classroom.drawings import DrawingStore

            self._store = DrawingStore()
        return self._store

    @store.setter
    def store(self, store: DrawingStore) -> None:
        self._store = store
        if self.collect_bar.isVisible() or self.collect_button.isChecked():
            self.collect_bar.set_store(store)

    def is_collecting(self) -> bool:
        return self.collect_button.isChecked()

    def set_collecting(self, on: bool) -> None:
        """Show or hide Collect mode; live prediction carries on either way."""
        if self.collect_button.isChecked() != on:
            self.collect_button.setChecked(on)  # comes back here through toggled
            return
        if on:
            try:
                self.collect_bar.set_store(self.store)
            except UserError as exc:
                self.collect_bar.message.setText(core_text(exc))
        self.collect_bar.setVisible(on)
        if on:
            self._canvas.setFocus()

    def keep_drawing(self) -> bool:
        """Collect mode's Enter: store the strokes with the label, then clear the canvas."""
        if not self.is_collecting():
            return False
        side = min(self._canvas.width(), self._canvas.height())
        if not self.collect_bar.keep(canvas_strokes(self._canvas), (side, side)):
            return False
        self.clear()
        return True

    def skip_drawing(self) -> None:
        """Collect mode's Esc: clear without storing, move the prompt on."""
        self.collect_bar.skip()
        self.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In Collect mode Enter/Esc on the canvas keep/skip (the canvas would clear)."""
        if (
            watched is self._canvas
            and event.type() == QEvent.Type.KeyPress
            and self.is_collecting()
            and self._collect_key(event)  # type: ignore[arg-type]
        ):
            return True
        return super().eventFilter(watched, event)

    def _collect_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.keep_drawing()
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.skip_drawing()
            return True
        return False

    @property
    def predictor(self) -> Predictor | None:
        return self._predictor

    @property
    def last_prediction(self) -> Prediction | None:
        return self._last

    def set_model(
        self,
        model: Any,
        label: str,
        stale: bool = False,
        background: bool = True,
        fit: Any = None,
    ) -> None:
        """Predict with ``model`` (a keras.Model, or None for none) from now on.

        ``label`` names it for the student ("default model", "your model after epoch 3");
        ``stale`` says its weights no longer match the architecture being edited; ``fit``
        feeds an imported network its own way (input size, pixel scale, inversion).
        Compiling the predictor takes a second or more, so by default it happens in a
        background thread while the previous model keeps predicting; ``model_ready``
        (or ``model_failed``) is emitted when it is done. ``background=False`` blocks.
        """
        label = core_text(label)  # the Workspace's origin (a phrase) in the window's language
        if model is not None and model is self._model and self._model_ok and fit == self._fit:
            # the same network, only a new label or staleness: no recompilation
            self._label, self._stale = label, stale
            text = (
                translate("DrawPanel", "Preparing {label}…")
                if self.is_preparing()
                else translate("DrawPanel", "Predicting with {label}.")
            )
            self._show_model_label(text.format(label=label))
            if not self.is_preparing():
                self.predict_now()  # its weights may have been changed in place
            return
        self._generation += 1
        self._model, self._model_ok = model, True
        self._fit = fit
        self._pending_weights = None
        self._label, self._stale = label, stale
        if model is None:
            self._built_generation = self._generation
            self._predictor = None
            self._show_model_label(translate("DrawPanel", "No model loaded yet."))
            self.predict_now()
            return
        self._show_model_label(translate("DrawPanel", "Preparing {label}…").format(label=label))
        if not background:
            self._on_built(self._generation, *_build_predictor(model, self._jit(), fit))
            return
        generation = self._generation
        thread = threading.Thread(
            target=self._build_in_thread, args=(generation, model, self._jit(), fit), daemon=True
        )
        thread.start()
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]

    def set_weights(self, weights: list[np.ndarray]) -> None:
        """New weights for the current model (e.g. after an epoch); re-predicts the drawing."""
        if self.is_preparing():
            self._pending_weights = weights  # applied as soon as the predictor is ready
            return
        if self._predictor is None:
            return
        self._predictor.set_weights(weights)
        self.predict_now()

    def is_preparing(self) -> bool:
        """True while a model given to :meth:`set_model` is still being compiled."""
        return self._built_generation != self._generation

    def wait_until_ready(self, timeout: float = 60.0) -> bool:
        """Block until background compilation finishes (for tests and scripts)."""
        from PySide6.QtCore import QCoreApplication

        for thread in self._threads:
            thread.join(timeout)
        QCoreApplication.processEvents()
        return not self.is_preparing()

    def shutdown(self, timeout: float = 30.0) -> None:
        """Let a compilation still running in the background finish (closing the window):
        a thread left tracing a TensorFlow graph while Python shuts down can hang it."""
        for thread in self._threads:
            thread.join(timeout)
        self._threads = []

    def load_image28(self, image28: np.ndarray) -> None:
        """Show and predict a ready 28×28 digit (ink = 1.0), e.g. a misclassified test digit."""
        image = np.clip(np.asarray(image28, np.float32).reshape(28, 28), 0, 1)
        self._fixed_input = image  # set first: the canvas's change signal then waits
        self._canvas.set_image(image)
        if self.is_preparing():  # a deliberate click deserves the new model's answer
            self.wait_until_ready()
        self.predict_now()

    def clear(self) -> None:
        self._canvas.clear()

    def predict_now(self) -> None:
        """Preprocess the canvas (or the loaded digit) and predict it at once."""
        self._timer.stop()
        self._last_time = start = time.monotonic()
        try:
            self._predict()
        finally:
            # the whole update (views listening to ``predicted`` included): a slow model
            # is asked less often, so the pen never waits for it
            self._cost = time.monotonic() - start

    def _predict(self) -> None:
        self.last_region = None
        if self._fixed_input is not None:
            image28 = self._fixed_input
            steps = [(translate("DrawPanel", "28×28 digit, used as it is"), image28)]
        else:
            canvas = self._canvas.image()
            pre = preprocess(canvas)
            image28, steps = pre.image28, pre.steps
            if pre.grid is not None:  # where the 28×28 input lies on the canvas, in 0..1
                top, left, side = pre.grid
                h, w = canvas.shape[:2]
                self.last_region = (left / w, top / h, side / w, side / h)
        if image28 is not None and self._fit is not None:
            steps = [*steps, _fed_step(self._fit(image28))]
        self.last_image28 = image28
        self._seen.show_steps(image28, steps)
        self.input_changed.emit(image28)
        if image28 is None:
            self._top.show_result(None)
            self._bars.set_probabilities(None)
            self._emit(None)
            return
        if self._predictor is None:
            self._top.show_result(None, label=translate("DrawPanel", "no model yet"))
            self._bars.set_probabilities(None)
            self._emit(None)
            return
        try:
            prediction = self._predictor(image28)
        except Exception as exc:  # never let a model problem break drawing
            self._top.show_result(None, label=translate("DrawPanel", "cannot predict"))
            self._bars.set_probabilities(None)
            self._show_model_label(
                translate("DrawPanel", "Prediction failed: {exc}")
                .format(exc=core_text(exc))
                .split("\n")[0][:200],
                error=True,
            )
            self._emit(None)
            return
        self._top.show_result(prediction.digit, prediction.confidence)
        self._bars.set_probabilities(prediction.probabilities)
        self._emit(prediction)

    # ------------------------------------------------------------ internals

    def _jit(self) -> bool | None:
        """No XLA while training runs: its seconds of compiling would slow the training."""
        return False if self.training_running else None

    def _build_in_thread(self, generation: int, model: Any, jit: bool | None, fit: Any) -> None:
        predictor, error = _build_predictor(model, jit, fit)
        with contextlib.suppress(RuntimeError):  # the panel may have been closed meanwhile
            self._built.emit(generation, predictor, error)

    def _on_built(self, generation: int, predictor: Any, error: str | None) -> None:
        if generation != self._generation:
            return  # a newer model was given meanwhile
        self._built_generation = generation
        if predictor is None:
            self._predictor = None
            self._model_ok = False
            self._show_model_label(
                translate("DrawPanel", "Cannot predict with {label}: {error}").format(
                    label=self._label, error=error
                ),
                error=True,
            )
            self.model_failed.emit(error or "")
            self.predict_now()
            return
        self._predictor = predictor
        classes = int(np.prod(predictor.layer_shapes()[-1]))
        self._bars.set_classes(classes)
        self._show_model_label(
            translate("DrawPanel", "Predicting with {label}.").format(label=self._label)
        )
        if self._pending_weights is not None:
            weights, self._pending_weights = self._pending_weights, None
            try:
                predictor.set_weights(weights)
            except UserError as exc:
                self._show_model_label(
                    translate("DrawPanel", "Cannot use the new weights: {exc}").format(
                        exc=core_text(exc)
                    ),
                    error=True,
                )
        self.model_ready.emit(self._label)
        self.predict_now()

    def _show_model_label(self, text: str, error: bool = False) -> None:
        if self._stale and not error and not text.startswith("No model"):
            text += translate(
                "DrawPanel",
                " Its weights are from before your latest changes: train to update them.",
            )
        self._model_label.setText(text)
        if error:
            self._model_label.setStyleSheet("color: rgb(200, 60, 40);")
        else:
            self._model_label.setStyleSheet("color: rgb(200, 120, 20);" if self._stale else "")

    def undo_stroke(self) -> None:
        """Remove the last stroke (the window's Ctrl+Z while the drawing has the focus)."""
        self._canvas.undo()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc clears and Ctrl+Z undoes while the focus is anywhere in the panel."""
        if self.is_collecting() and self._collect_key(event):
            event.accept()
            return
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
        rate = TRAINING_RATE_HZ if self.training_running else MAX_RATE_HZ
        interval = max(1.0 / rate, 2.0 * self._cost)
        wait = interval - (time.monotonic() - self._last_time)
        if wait <= 0:
            self.predict_now()
        elif not self._timer.isActive():
            self._timer.start(max(1, int(wait * 1000)))

    def _on_stroke_finished(self) -> None:
        self.predict_now()  # always one prediction after the pen lifts


def _build_predictor(
    model: Any, jit: bool | None = None, fit: Any = None
) -> tuple[Any, str | None]:
    """(Predictor, None) or (None, one-sentence reason); safe to run in any thread."""
    from cnngui.core.inference.predictor import Predictor

    try:
        return Predictor(model, jit=jit, fit=fit), None
    except UserError as exc:
        return None, core_text(exc)
    except Exception as exc:  # Keras/TF errors on unusual models: say so, do not crash
        return None, translate(
            "DrawPanel", "the model could not be compiled for prediction ({name__})."
        ).format(name__=type(exc).__name__)


def _fed_step(fed: Any) -> tuple[str, np.ndarray]:
    """The "what the network sees" step for an imported network's own input (any shape)."""
    fed = np.asarray(fed, dtype=np.float32)
    shape = "×".join(map(str, fed.shape))
    if fed.ndim == 1:  # a flat input: shown as the square image it is read from
        side = round(fed.size**0.5)
        fed = fed.reshape(side, -1)
    elif fed.ndim == 3:
        fed = fed[..., 0]
    top = float(fed.max()) or 1.0
    return (
        translate("DrawPanel", "as this network takes it: {shape}").format(shape=shape),
        fed / top if top > 1 else fed,
    )
