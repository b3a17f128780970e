"""The "Look inside" panel: the kernel playground, one convolution step by step,
saliency, and the "what would make it a 3?" nudge — all on the current drawing and the
student's own network.

Self-contained: the window gives it the drawing (:meth:`LookInsidePanel.set_input`) and
the network (:meth:`LookInsidePanel.set_model`) and may listen to
:attr:`LookInsidePanel.saliency_changed` to overlay the map on the canvas. Work is only
done for the tab that is showing, and repeated inputs within one event-loop pass are
coalesced into one update, so it can follow the pen.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.errors import UserError
from cnngui.ui.i18n import core_text, translate
from cnngui.ui.kernel_playground import KernelPlayground
from cnngui.ui.map_view import MapView
from cnngui.ui.nudge_view import NudgeView
from cnngui.ui.step_view import StepView

PREDICTED = QT_TRANSLATE_NOOP("LookInside", "the predicted digit")

#: a few sentences per tab for Help → Guide (the window's guide may quote them)
GUIDE = {
    "Kernel playground": (
        QT_TRANSLATE_NOOP(
            "LookInside",
            "A kernel is a small grid of weights that slides over the image; at "
            "each place the pixels under it are multiplied by the weights and "
            "added up. Pick a preset (Sobel finds edges, a blur averages, sharpen "
            "exaggerates differences), one of the kernels your network learned, or "
            'type your own. Stride is how far the window jumps; padding "same" '
            "adds a border of zeros so the output keeps its size. The output size "
            "follows (W − F + 2P)/S + 1, shown with the numbers. Max and average "
            "pooling work the same way with no weights: they keep the largest "
            "value of each window, or its mean.",
        )
    ),
    "One convolution, step by step": QT_TRANSLATE_NOOP(
        "LookInside",
        "Choose a convolution or pooling layer of your own network and one output channel. "
        "Play, pause or step: the orange window slides over what the layer really receives "
        "(grey border: the zeros of padding); the tables show the patch, the kernel and their "
        "products, and the line below adds them up, adds the bias and applies the activation "
        "— the output pixel being filled in. These are exactly Keras's numbers. A layer after "
        "the first sees many channels: each has its own kernel slice, and the sums of all "
        "channels add up to one output pixel.",
    ),
    "Saliency": (
        QT_TRANSLATE_NOOP(
            "LookInside",
            "Which pixels made the decision? Gradient × input and integrated "
            "gradients colour each pixel by how much its ink pushes the chosen "
            "digit's score up (red) or down (blue); occlusion erases a small patch "
            "at a time and shows how much the probability drops; Grad-CAM shows "
            "where the last convolution looked. Click a bar of the probabilities "
            "to explain that digit instead of the predicted one.",
        )
    ),
    "What would make it a …?": (
        QT_TRANSLATE_NOOP(
            "LookInside",
            "Choose a digit and press the button: the drawing is changed a little, "
            "step by step, in the direction that raises that digit's probability, "
            "and no pixel moves by more than the bound. Red shows ink added, blue "
            "ink removed. Often the network changes its mind while a person still "
            "sees the same digit — an adversarial example: the network follows "
            "pixel patterns, not the shape we see.",
        )
    ),
}

#: Guide entries for the parts of the window that show what this panel computes
PARTS_GUIDE = {
    "Saliency on the canvas": (
        QT_TRANSLATE_NOOP(
            "LookInside",
            "Turn on the overlay to colour your drawing while you draw: red pixels "
            "push the network towards the digit being explained, blue ones away "
            "from it, and the stronger the colour, the bigger the push. The map "
            "covers the 28×28 grid the network sees, so its squares are the "
            "network's pixels.",
        )
    ),
    "Probability bars": (
        QT_TRANSLATE_NOOP(
            "LookInside",
            "Each bar is how sure the network is of one digit, from 0% to 100%; "
            "they add up to 100%. Click a bar to explain that digit: the saliency "
            "map and the nudge then follow it, and an orange frame marks it.",
        )
    ),
    "Epoch scrubber": (
        QT_TRANSLATE_NOOP(
            "LookInside",
            "Every run keeps its weights after each epoch. Drag the slider, step "
            "with ◀ ▶ or press Play to see the network as it was after epoch k: "
            "the prediction, the feature maps, the filters and the saliency "
            "change, and a dotted line marks k on the curves. Early epochs guess; "
            "later ones find edges and strokes.",
        )
    ),
    "Colour legends": (
        QT_TRANSLATE_NOOP(
            "LookInside",
            "Grey maps run from black (0) to white (the largest value shown). Maps "
            "with negative values, filters and the nudge's change are red where "
            "positive, blue where negative and white at zero; the bar beside them "
            "gives the range. The output strip is labelled 0–9: its brightest cell "
            "is the prediction.",
        )
    ),
}


class SaliencyView(QWidget):
    """Which pixels made the decision (the nudge is :class:`NudgeView`, the next tab)."""

    saliency_changed = Signal(object)  #: a core SaliencyMap, or None when nothing is drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cnngui.core.inference.explain.saliency import METHOD_NAMES

        self._model: Any = None
        self._explainer: Any = None
        self._image: np.ndarray | None = None
        self.result: Any = None  #: the latest SaliencyMap

        self.method = QComboBox()
        for key, name in METHOD_NAMES.items():
            self.method.addItem(core_text(name), key)
        self.digit = QComboBox()
        self.digit.addItems([translate("LookInside", PREDICTED), *map(str, range(10))])
        self.method.setToolTip(
            translate(
                "LookInside",
                "How the map is computed: gradient × input, integrated gradients, occlusion "
                "(erase a patch, see the probability drop) or Grad-CAM (the last convolution)",
            )
        )
        self.digit.setToolTip(
            translate(
                "LookInside", "Which digit to explain (or click its bar in the probabilities)"
            )
        )
        self.map_view = MapView(
            translate("LookInside", "saliency: red pushes towards the digit, blue away")
        )
        self.drawing_view = MapView(translate("LookInside", "the drawing"), legend=False)
        self.caption = QLabel(translate("LookInside", "Draw a digit."))
        self.caption.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("LookInside", "method")))
        top.addWidget(self.method)
        top.addWidget(QLabel(translate("LookInside", "explain")))
        top.addWidget(self.digit)
        top.addStretch(1)
        maps = QHBoxLayout()
        for view in (self.drawing_view, self.map_view):
            maps.addWidget(view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(maps, 1)
        layout.addWidget(self.caption)

        self.method.currentIndexChanged.connect(self.update_map)
        self.digit.currentIndexChanged.connect(self.update_map)

    def set_model(self, model: Any) -> None:
        self._model = model
        self._explainer = None  # compiled lazily, the first time a map is asked for

    def set_input(self, image28: np.ndarray | None) -> None:
        image = None if image28 is None else np.asarray(image28, np.float32).reshape(28, 28)
        if image is not None and self._image is not None and np.array_equal(image, self._image):
            return
        self._image = image
        self.drawing_view.set_map(self._image, signed=False)

    def explain_digit(self, digit: int | None) -> None:
        """Explain ``digit`` (e.g. clicked in the probability bars); None: the prediction."""
        self.digit.setCurrentIndex(0 if digit is None else int(digit) + 1)

    def _ready(self) -> bool:
        if self._model is None or self._image is None:
            self.caption.setText(
                translate("LookInside", "Draw a digit.")
                if self._model is not None
                else translate("LookInside", "No network yet.")
            )
            return False
        if self._explainer is None:
            from cnngui.core.inference.explain.saliency import Explainer

            try:
                self._explainer = Explainer(self._model)
            except UserError as exc:
                self.caption.setText(core_text(exc))
                return False
        return True

    def update_map(self) -> None:
        """Recompute the map for the current drawing, method and digit."""
        if not self._ready():
            self.result = None
            self.map_view.set_map(None)
            self.saliency_changed.emit(None)
            return
        digit = None if self.digit.currentIndex() == 0 else self.digit.currentIndex() - 1
        try:
            self.result = self._explainer.explain(self._image, self.method.currentData(), digit)
        except UserError as exc:
            self.caption.setText(core_text(exc))
            self.result = None
            self.map_view.set_map(None)
            self.saliency_changed.emit(None)
            return
        self.map_view.set_map(self.result.values, signed=True)
        p = float(self.result.probabilities[self.result.digit])
        self.caption.setText(
            translate(
                "LookInside",
                "{currentText} for {digit} (the network gives it {p:.1%}). Hover to "
                "read a pixel's value.",
            ).format(currentText=self.method.currentText(), digit=self.result.digit, p=p)
        )
        self.saliency_changed.emit(self.result)


class LookInsidePanel(QWidget):
    """Tabs: kernel playground, one convolution step by step, saliency, and the nudge.

    API: ``set_input(image28_or_None)``, ``set_model(keras_model_or_None)``,
    ``explain_digit(digit_or_None)``, ``set_live_saliency(bool)``; signal
    ``saliency_changed(object)``.
    """

    saliency_changed = Signal(object)  #: a core SaliencyMap, or None
    #: the digit the saliency explains (int), or None for "the predicted digit" — for
    #: ``ProbabilityBars.set_chosen``
    explained_digit_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: np.ndarray | None = None
        self._pending = False  # a drawing came while the panel was hidden
        self._live_saliency = False
        self.playground = KernelPlayground()
        self.steps = StepView()
        self.saliency = SaliencyView()
        self.nudge = NudgeView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.playground, translate("LookInside", "Kernel playground"))
        self.tabs.addTab(self.steps, translate("LookInside", "One convolution, step by step"))
        self.tabs.addTab(self.saliency, translate("LookInside", "Saliency"))
        self.tabs.addTab(self.nudge, translate("LookInside", "What would make it a …?"))
        for i, text in enumerate(GUIDE.values()):
            self.tabs.setTabToolTip(i, translate("LookInside", text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._update_visible)
        self.tabs.currentChanged.connect(lambda _: self._update_visible())
        self.saliency.saliency_changed.connect(self.saliency_changed)
        self.saliency.digit.currentIndexChanged.connect(
            lambda i: self.explained_digit_changed.emit(None if i <= 0 else i - 1)
        )

    def set_model(self, model: Any) -> None:
        """The network to look inside (a keras.Model; None when there is none yet)."""
        self.playground.set_model(model)
        self.steps.set_model(model)
        self.saliency.set_model(model)
        self.nudge.set_model(model)
        self._schedule()

    def set_input(self, image28: np.ndarray | None) -> None:
        """The drawing as the network sees it (28×28, ink 1 on paper 0), or None."""
        self._image = None if image28 is None else np.asarray(image28, np.float32).reshape(28, 28)
        self._schedule()  # the tabs follow when shown: none of this delays the pen

    def explain_digit(self, digit: int | None) -> None:
        """Explain ``digit`` in the saliency tab (None: the predicted digit); a digit also
        becomes the nudge's target."""
        self.saliency.explain_digit(digit)
        if digit is not None:
            self.nudge.set_target(digit)

    def set_live_saliency(self, on: bool) -> None:
        """Keep :attr:`saliency_changed` coming with every drawing even while another tab
        shows (for the canvas overlay toggle)."""
        self._live_saliency = bool(on)
        if on:
            self._schedule()

    def shutdown(self) -> None:
        """The window closes: wait for a running nudge's thread to end (a few seconds)."""
        self.nudge.wait()

    def flush(self) -> None:
        """Run the pending update now (tests; the window never needs to)."""
        self._timer.stop()
        self._update_visible(everything=True)

    def _schedule(self) -> None:
        self._pending = True
        self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:  # drawn on while hidden
            self._schedule()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._pending:  # on show again (e.g. its dock's tab raised): catch up
            self._schedule()

    def _on_show(self) -> bool:
        """Whether any of the panel can be seen (a dock tabbed behind another counts as
        visible to Qt, but nothing of it is on the screen)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def _update_visible(self, everything: bool = False) -> None:
        """Bring the tabs up to date with the drawing while the panel is on show.

        Hidden, nothing is redrawn (every stroke would repaint four views nobody sees);
        showing the panel or switching to the playground catches up.
        """
        shown = everything or self._on_show()
        current = self.tabs.currentWidget()
        if shown and (everything or current is self.playground):
            self.playground.set_input(self._image)
        if shown or self._live_saliency:
            self.saliency.set_input(self._image)
        if shown:
            self.steps.set_input(self._image)
            self.nudge.set_input(self._image)
        if (shown and current is self.saliency) or self._live_saliency:
            self.saliency.update_map()
        self._pending = not shown
