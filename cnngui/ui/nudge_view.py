""" "What would make it a 3?": nudge the drawing towards a chosen digit and show the change.

The gradient steps (core ``explain.nudge``) use TensorFlow, so they run in a ``QThread``;
the view only shows the drawing, the change (red: ink added, blue: removed, with a colour
bar) and the nudged drawing, with the target's probability before and after.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.errors import UserError
from cnngui.ui.i18n import core_text, translate
from cnngui.ui.map_view import MapView

LESSON = QT_TRANSLATE_NOOP(
    "NudgeView",
    "An adversarial example is an input changed so little that a person "
    "still sees the same digit, yet the network reads another: it follows "
    "pixel patterns, not the shape we see.",
)

_RUNNING: set[QThread] = set()  # a nudge outlives a closed view until its thread ends


class _NudgeThread(QThread):
    """Runs core ``nudge`` once; ``done`` carries (generation, Nudged or error sentence)."""

    done = Signal(int, object)

    def __init__(self, scores: Any, model: Any, image: np.ndarray, job: dict, generation: int):
        super().__init__()
        self._scores, self._model, self._image = scores, model, image
        self._job, self._generation = job, generation
        self.scores: Any = None  #: the compiled ScoreGradients (kept for the next run)

    def run(self) -> None:
        from cnngui.core.inference.explain.gradients import ScoreGradients
        from cnngui.core.inference.explain.nudge import nudge

        try:
            self.scores = self._scores or ScoreGradients(self._model)
            result: Any = nudge(self.scores, self._image, **self._job)
        except UserError as exc:
            result = core_text(exc)  # translated here: the signal carries the sentence
        self.done.emit(self._generation, result)


class NudgeView(QWidget):
    """Target digit, steps and bound; Run shows drawing → change → nudged drawing.

    API: ``set_model(model_or_None)``, ``set_input(image28_or_None)``, ``set_target(d)``,
    ``run()``, ``is_running()``; signal ``finished(object)`` with the core ``Nudged``
    (None when it could not run). ``result`` holds the latest ``Nudged``.
    """

    finished = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: Any = None
        self._scores: Any = None
        self._image: np.ndarray | None = None
        self._thread: _NudgeThread | None = None
        self._generation = 0
        self.result: Any = None

        self.target = QComboBox()
        self.target.addItems([str(d) for d in range(10)])
        self.target.setCurrentText("3")
        self.target.setToolTip(translate("NudgeView", "The digit the drawing is pushed towards"))
        self.steps = QSpinBox()
        self.steps.setRange(1, 100)
        self.steps.setValue(10)
        self.steps.setToolTip(
            translate("NudgeView", "How many small gradient steps to take (more: a stronger push)")
        )
        self.bound = QDoubleSpinBox()
        self.bound.setRange(0.01, 1.0)
        self.bound.setSingleStep(0.05)
        self.bound.setDecimals(2)
        self.bound.setValue(0.2)
        self.bound.setToolTip(
            translate(
                "NudgeView",
                "No pixel may change by more than this (ink runs from 0 to 1): the bound keeps "
                "the change small enough that a person still sees the same digit",
            )
        )
        self.run_button = QPushButton()
        self.run_button.setToolTip(
            translate(
                "NudgeView",
                "Change the drawing a little, step by step, in the direction that raises the "
                "chosen digit's probability (runs in the background)",
            )
        )
        self.drawing_view = MapView(translate("NudgeView", "your drawing"), legend=False)
        self.change_view = MapView(translate("NudgeView", "change: red ink added, blue removed"))
        self.nudged_view = MapView(translate("NudgeView", "nudged drawing"), legend=False)
        self.before_after = QLabel(" ")
        self.sentence = QLabel(
            translate("NudgeView", "Draw a digit, choose a target and press the button.")
        )
        self.sentence.setWordWrap(True)
        self.lesson = QLabel(translate("NudgeView", LESSON))
        self.lesson.setWordWrap(True)
        self.lesson.setStyleSheet("color: #555;")

        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("NudgeView", "towards")))
        controls.addWidget(self.target)
        controls.addWidget(QLabel(translate("NudgeView", "steps")))
        controls.addWidget(self.steps)
        controls.addWidget(QLabel(translate("NudgeView", "bound ±")))
        controls.addWidget(self.bound)
        controls.addWidget(self.run_button)
        controls.addStretch(1)
        maps = QHBoxLayout()
        for view in (self.drawing_view, self.change_view, self.nudged_view):
            maps.addWidget(view)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(maps, 1)
        layout.addWidget(self.before_after)
        layout.addWidget(self.sentence)
        layout.addWidget(self.lesson)

        self.target.currentTextChanged.connect(self._label_button)
        self.run_button.clicked.connect(self.run)
        self._label_button()

    # ------------------------------------------------------------ API

    def set_model(self, model: Any) -> None:
        self._model = model
        self._scores = None  # compiled again, in the background, by the next run
        self._forget()

    def set_input(self, image28: np.ndarray | None) -> None:
        image = None if image28 is None else np.asarray(image28, np.float32).reshape(28, 28)
        if image is not None and self._image is not None and np.array_equal(image, self._image):
            return
        self._image = image
        self.drawing_view.set_map(image, signed=False)
        self._forget()

    def set_target(self, digit: int) -> None:
        self.target.setCurrentText(str(int(digit)))

    def is_running(self) -> bool:
        return self._thread is not None

    def run(self) -> None:
        """Start the nudge in the background (nothing happens while one is running)."""
        if self._thread is not None:
            return
        if self._model is None or self._image is None:
            self.sentence.setText(
                translate("NudgeView", "Draw a digit first.")
                if self._model
                else translate("NudgeView", "No network yet.")
            )
            self.finished.emit(None)
            return
        job = {
            "digit": int(self.target.currentText()),
            "steps": self.steps.value(),
            "limit": float(self.bound.value()),
            "step": max(float(self.bound.value()) / 6, 0.005),
        }
        thread = _NudgeThread(self._scores, self._model, self._image.copy(), job, self._generation)
        thread.done.connect(self._done)
        _RUNNING.add(thread)
        thread.finished.connect(lambda: _RUNNING.discard(thread))
        self._thread = thread
        self.run_button.setEnabled(False)
        self.sentence.setText(
            translate("NudgeView", "Nudging towards {job}…").format(job=job["digit"])
        )
        thread.start()

    def wait(self) -> None:
        """Block until a running nudge ends (closing; tests)."""
        if self._thread is not None:
            self._thread.wait()

    # ------------------------------------------------------------ inside

    def _forget(self) -> None:
        """A nudge belongs to the drawing and network it was made from."""
        self._generation += 1
        self.result = None
        self.change_view.set_map(None)
        self.nudged_view.set_map(None)
        self.before_after.setText(" ")

    def _label_button(self) -> None:
        self.run_button.setText(
            translate("NudgeView", "What would make it a {currentText}?").format(
                currentText=self.target.currentText()
            )
        )

    def _done(self, generation: int, result: Any) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            if thread.scores is not None and thread._model is self._model:
                self._scores = thread.scores
        self.run_button.setEnabled(True)
        if generation != self._generation:  # the drawing or network changed meanwhile
            self.sentence.setText(
                translate("NudgeView", "The drawing changed; press the button again.")
            )
            self.finished.emit(None)
            return
        if isinstance(result, str):
            self.sentence.setText(result)
            self.finished.emit(None)
            return
        self.result = result
        d = result.digit
        self.change_view.set_map(result.change, signed=True)
        self.nudged_view.set_map(result.image, signed=False)
        self.before_after.setText(
            translate(
                "NudgeView",
                "Probability of {d}: before {before:.1%} → after {after:.1%} (the "
                "network read {argmax}, now {argmax2}).",
            ).format(
                d=d,
                before=result.before[d],
                after=result.after[d],
                argmax=int(np.argmax(result.before)),
                argmax2=int(np.argmax(result.after)),
            )
        )
        self.sentence.setText(core_text(result.sentence()))
        self.finished.emit(result)
