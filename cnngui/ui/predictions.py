"""Views of one prediction: ten probability bars, the top digit, and what the network sees."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QMouseEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.inference.confidence import NOT_SURE_BELOW as LOW_CONFIDENCE
from cnngui.ui.elided_label import ElidedLabel
from cnngui.ui.i18n import core_text, translate
from cnngui.ui.steady_text import SteadyText

_BAR = (90, 140, 200)
_TOP = (40, 170, 90)
_TOP_UNSURE = (220, 150, 40)
_BRUSHES = {"bar": pg.mkBrush(*_BAR), "top": pg.mkBrush(*_TOP), "unsure": pg.mkBrush(*_TOP_UNSURE)}


class ProbabilityBars(pg.PlotWidget):
    """One bar per class (0–9 for digits); the most probable one coloured.

    A click on a bar's column emits :attr:`digit_clicked` (so saliency and the nudge can
    explain that digit); :meth:`set_chosen` outlines the digit being explained.
    """

    digit_clicked = Signal(int)  #: the class whose column was clicked

    def __init__(self, parent: QWidget | None = None, classes: int = 10) -> None:
        super().__init__(parent, background=None)
        self.setMinimumHeight(100)
        self.setMaximumHeight(180)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        item = self.getPlotItem()
        item.setYRange(0, 1.06, padding=0)  # room for the "100%" label
        item.getAxis("left").setTicks([[(0, "0%"), (0.5, "50%"), (1, "100%")]])
        # pyqtgraph drops a label that reaches past the axis' end: "100%" would vanish
        item.getAxis("left").setStyle(hideOverlappingLabels=False)
        # wide enough for "100%" in the axis' font (a narrower axis silently drops it)
        axis_font = item.getAxis("left").style.get("tickFont") or self.font()
        item.getAxis("left").setWidth(QFontMetrics(axis_font).horizontalAdvance("100%") + 18)
        self._classes = 0
        self.chosen: int | None = None
        self._bars = pg.BarGraphItem(x=[], height=[], width=0.75)
        self.addItem(self._bars)
        self._mark = pg.BarGraphItem(  # an orange frame around the chosen digit's column
            x=[0],
            height=[1.0],
            width=0.95,
            brush=pg.mkBrush(255, 160, 0, 40),
            pen=pg.mkPen(230, 120, 0, width=2),
        )
        self._mark.setVisible(False)
        self._mark.setZValue(-1)  # behind the bars
        self.addItem(self._mark)
        self.setToolTip(
            translate(
                "Predictions",
                "How sure the network is of each digit (0% to 100%). Click a bar to see which "
                "pixels push the network towards that digit; the orange frame marks it.",
            )
        )
        self.set_classes(classes)

    def digit_at(self, pos: QPointF) -> int | None:
        """The class whose column is under widget position ``pos``, or None."""
        view = self.getPlotItem().vb
        point = view.mapSceneToView(self.mapToScene(pos.toPoint()))
        digit = round(point.x())
        if abs(point.x() - digit) > 0.5 or not 0 <= digit < self._classes:
            return None
        return int(digit)

    def set_chosen(self, digit: int | None) -> None:
        """Frame ``digit``'s column (the digit being explained); None removes the frame."""
        self.chosen = None if digit is None or not 0 <= digit < self._classes else int(digit)
        if self.chosen is not None:
            self._mark.setOpts(x=[self.chosen])
        self._mark.setVisible(self.chosen is not None)

    def mousePressEvent(self, ev: QMouseEvent) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            digit = self.digit_at(ev.position())
            if digit is not None:
                self.set_chosen(digit)
                self.digit_clicked.emit(digit)
                ev.accept()
                return
        super().mousePressEvent(ev)

    def set_classes(self, classes: int, names: list[str] | None = None) -> None:
        """Number of bars (and their labels) for the model shown."""
        self._classes = classes
        names = names or [str(i) for i in range(classes)]
        self.getPlotItem().getAxis("bottom").setTicks([list(enumerate(names))])
        self.getPlotItem().setXRange(-0.6, classes - 0.4, padding=0)
        self.set_chosen(self.chosen)
        self.set_probabilities(None)

    def set_probabilities(self, probs: np.ndarray | None) -> None:
        """Heights of the bars; None empties them (nothing drawn)."""
        n = self._classes
        heights = np.zeros(n) if probs is None else np.asarray(probs, dtype=float)[:n]
        brushes = [_BRUSHES["bar"]] * len(heights)  # made once: mkBrush is slow per move
        if probs is not None and len(heights):
            top = int(np.argmax(heights))
            brushes[top] = _BRUSHES["top" if heights[top] >= LOW_CONFIDENCE else "unsure"]
        self._bars.setOpts(x=np.arange(len(heights)), height=heights, brushes=brushes)


class TopDigit(QWidget):
    """The predicted digit in large type with its confidence; unsure guesses say so.

    Both lines are :class:`SteadyText`: they change on nearly every pen move, and a
    label's new text would re-lay out the whole drawing panel each time.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digit = SteadyText("–", reserve="0")
        font = QFont()
        font.setPointSize(48)
        font.setBold(True)
        self.digit.setFont(font)
        self.digit.setMinimumWidth(90)
        self.caption = SteadyText(
            translate("Predictions", "nothing drawn"),
            wrap=True,
            reserve=translate("Predictions", "not sure — only {pct}").format(pct="00%"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.digit)
        layout.addWidget(self.caption)

    def show_result(self, digit: int | None, confidence: float = 0.0, label: str = "") -> None:
        """``digit`` None means nothing is drawn (no guess is shown)."""
        if digit is None:
            self.digit.setText("–")
            self.digit.set_colour(QPalette.ColorRole.Mid)
            self.caption.setText(label or translate("Predictions", "nothing drawn"))
            return
        self.digit.setText(label or str(digit))
        pct = f"{confidence * 100:.0f}%"
        if confidence >= LOW_CONFIDENCE:
            self.digit.set_colour(QColor(40, 150, 80))
            self.caption.setText(translate("Predictions", "{pct} sure").format(pct=pct))
        else:
            self.digit.set_colour(QColor(210, 130, 20))
            self.caption.setText(translate("Predictions", "not sure — only {pct}").format(pct=pct))


def array_pixmap(image: np.ndarray, side: int, invert: bool = False) -> QPixmap:
    """A [0, 1] grey image as a square pixmap scaled with visible pixels (no smoothing)."""
    a = np.clip(np.nan_to_num(np.asarray(image, np.float32)), 0, 1)
    if invert:
        a = 1.0 - a
    g = np.ascontiguousarray((a * 255).astype(np.uint8))
    h, w = g.shape
    qimg = QImage(g.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(qimg).scaled(
        side,
        side,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


class NetworkInputView(QWidget):
    """ "What the network sees": the 28×28 input, or every preprocessing step in a row.

    Steps are the ``(name, image)`` pairs from :func:`cnngui.core.inference.preprocess.preprocess`;
    the last one is the 28×28 input itself.
    """

    INPUT_SIDE = 112
    STEP_SIDE = 64

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QCheckBox(translate("Predictions", "show every step"))
        self.toggle.setToolTip(
            translate(
                "Predictions",
                "How your drawing becomes the 28×28 input: ink found, cropped, scaled to "
                "fit 20×20 and centred by its centre of mass — as MNIST digits were made.",
            )
        )
        self.toggle.toggled.connect(self._refresh)
        self.title = ElidedLabel(translate("Predictions", "What the network sees (28×28):"))
        self.input_label = QLabel()
        self._base_point_size = self.font().pointSizeF() or 9.0
        self._input_side = self.INPUT_SIDE  # grows with the window's zoom (presentation)
        self.input_label.setFixedSize(self.INPUT_SIDE, self.INPUT_SIDE)
        self.input_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.steps_box = QWidget()
        self.steps_layout = QGridLayout(self.steps_box)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps_layout.setHorizontalSpacing(6)
        self.steps_layout.setVerticalSpacing(2)
        self.steps_layout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # the checkbox sits first, top-left, and the box below keeps one height whichever
        # page shows: ticking "show every step" never moves the checkbox itself
        top = QHBoxLayout()
        top.addWidget(self.toggle)
        top.addStretch(1)
        self.stack = QStackedWidget()
        input_page = QWidget()
        row = QHBoxLayout(input_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input_label)
        row.addStretch(1)
        self.stack.addWidget(input_page)
        self.steps_scroll = QScrollArea()  # six steps never make the panel wider
        self.steps_scroll.setWidget(self.steps_box)
        self.steps_scroll.setWidgetResizable(True)
        self.steps_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.steps_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_scroll.setFixedHeight(self.STEP_SIDE + 66)
        self.stack.addWidget(self.steps_scroll)
        self.stack.setFixedHeight(max(self.INPUT_SIDE, self.STEP_SIDE + 66))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.stack)
        self._steps: list[tuple[str, np.ndarray]] = []
        self._image28: np.ndarray | None = None
        self._cells: list[tuple[QLabel, QLabel]] = []
        self._refresh()

    def show_steps(self, image28: np.ndarray | None, steps: list[tuple[str, np.ndarray]]) -> None:
        """Show a new input (None: nothing drawn) and the steps that made it."""
        self._image28 = image28
        self._steps = list(steps)
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Zoomed text (Ctrl+=, presentation mode): the 28×28 input grows with it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            scale = max(1.0, (self.font().pointSizeF() or 9.0) / self._base_point_size)
            side = int(self.INPUT_SIDE * scale)
            if side != self._input_side:
                self._input_side = side
                self.input_label.setFixedSize(side, side)
                self.stack.setFixedHeight(max(side, self.STEP_SIDE + 66))
                self._refresh()

    def _refresh(self) -> None:
        show = self.toggle.isChecked()
        self.stack.setCurrentIndex(1 if show else 0)
        self.title.setText(
            translate("Predictions", "How your drawing becomes its input:")
            if show
            else translate("Predictions", "What the network sees (28×28):")
        )
        if not show:
            image = np.zeros((28, 28)) if self._image28 is None else self._image28
            self.input_label.setPixmap(array_pixmap(image, self._input_side))
            return
        while len(self._cells) < len(self._steps):
            name, pic = QLabel(), QLabel()
            name.setWordWrap(True)
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            name.setFixedWidth(self.STEP_SIDE + 4)
            font = name.font()
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
            name.setFont(font)
            pic.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pic.setFixedSize(self.STEP_SIDE, self.STEP_SIDE)
            pic.setStyleSheet("background: black;")
            col = len(self._cells)
            self.steps_layout.addWidget(pic, 0, col)
            self.steps_layout.addWidget(name, 1, col)
            self._cells.append((name, pic))
        for i, (name, pic) in enumerate(self._cells):
            visible = i < len(self._steps)
            name.setVisible(visible)
            pic.setVisible(visible)
            if visible:
                title, image = self._steps[i]
                name.setText(f"{i + 1}. {core_text(title)}")
                pic.setPixmap(array_pixmap(image, self.STEP_SIDE))
        if not self._steps:
            self.title.setText(translate("Predictions", "Nothing drawn yet."))


class ColourLegend(QWidget):
    """A small colour bar: what black/white (or blue/white/red) mean, with the value range.

    ``set_range(name, low, high, signed)``: grey maps run black (0) → white (``high``);
    signed ones blue (−peak) → white (0) → red (+peak), as the feature maps draw them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.low, self.high, self.signed = "", 0.0, 1.0, False
        self.setMinimumHeight(46)
        self.setToolTip(
            translate(
                "Predictions",
                "What the colours mean: grey maps run from black (0) to white (the largest value "
                "of the layer); signed maps and filters are blue below zero, white at zero and "
                "red above it.",
            )
        )

    def set_range(self, name: str, low: float, high: float, signed: bool) -> None:
        if signed:
            peak = max(abs(low), abs(high))
            low, high = -peak, peak
        else:
            low = 0.0
        new = (name, float(low), float(high), bool(signed))
        if new != (self.name, self.low, self.high, self.signed):
            self.name, self.low, self.high, self.signed = new
            self.update()

    def text(self) -> str:
        """The legend in words (also what tests read)."""
        if not self.name:
            return ""
        if self.signed:
            return translate(
                "Predictions", "{name}: blue {low:.3g} · white 0 · red {high:+.3g}"
            ).format(name=self.name, low=self.low, high=self.high)
        return translate("Predictions", "{name}: black 0 · white {high:.3g}").format(
            name=self.name, high=self.high
        )

    def paintEvent(self, event) -> None:
        from PySide6.QtGui import QColor, QLinearGradient, QPainter

        if not self.name:
            return
        p = QPainter(self)
        w = self.width() - 8
        bar = self.rect().adjusted(4, 18, -4, -14)
        grad = QLinearGradient(bar.left(), 0, bar.right(), 0)
        stops = (
            [(0.0, (40, 90, 200)), (0.5, (245, 245, 245)), (1.0, (210, 50, 40))]
            if self.signed
            else [(0.0, (0, 0, 0)), (1.0, (255, 255, 255))]
        )
        for at, rgb in stops:
            grad.setColorAt(at, QColor(*rgb))
        p.fillRect(bar, grad)
        p.setPen(QColor(120, 120, 120))
        p.drawRect(bar)
        p.setPen(self.palette().windowText().color())
        p.drawText(4, 13, self.name)
        left = f"{self.low:.3g}" if self.signed else "0"
        p.drawText(4, self.height() - 2, left)
        if self.signed:
            p.drawText(4 + w // 2 - 3, self.height() - 2, "0")
        right = f"{self.high:+.3g}" if self.signed else f"{self.high:.3g}"
        p.drawText(4 + w - p.fontMetrics().horizontalAdvance(right), self.height() - 2, right)
        p.end()


def label_cells(view: pg.ViewBox, shape: tuple[int, ...], old: list | None) -> list | None:
    """Put "0"…"9" over the cells of a 10-unit strip (the output layer) in ``view``;
    remove the labels ``old`` of the row's previous layer. Returns the new labels."""
    for text in old or []:
        view.removeItem(text)
    if tuple(shape) != (10,):
        return None
    labels = []
    for i in range(10):
        text = pg.TextItem(str(i), color=(255, 140, 0), anchor=(0.5, 0.5))
        text.setPos(i + 0.5, 0.5)
        view.addItem(text)
        labels.append(text)
    return labels
