"""The Evaluation panel: test accuracy and loss, and a clickable confusion matrix.

Clicking a cell lists the test images of that true digit that the network took for
the other digit; clicking one of them sends it to the drawing and feature-map views.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QIcon, QImage, QPixmap, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cnngui.ui.classroom.per_class import PerClassAccuracy, make_dataset_chooser, resolve_dataset
from cnngui.ui.confusion_paint import confusion_rgba, font_pixels, text_is_light
from cnngui.ui.i18n import translate

MAX_THUMBNAILS = 200


def thumbnail(image28: np.ndarray, size: int = 56) -> QPixmap:
    """A grey 28×28 image in [0, 1] as a pixmap, scaled without blurring."""
    data = np.ascontiguousarray((np.clip(image28, 0, 1) * 255).astype(np.uint8))
    h, w = data.shape[:2]
    image = QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(image).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio)


EMPTY_SUMMARY = QT_TRANSLATE_NOOP(
    "Evaluation",
    "Press Evaluate to see how the network in use does on the test images "
    "it never saw (training a network evaluates it too).",
)


class EvaluationView(QWidget):
    """Shows one run's test results; ``image_chosen(image28, caption)`` when a digit is clicked.

    ``evaluation_dataset()`` is the chosen test set as a ``load_dataset`` string (MNIST, the
    class's drawings from ``set_drawings_store``, or both); per-class accuracy sits beside
    the confusion matrix.
    """

    image_chosen = Signal(object, str)
    evaluate_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation: Any = None
        self.x_test: np.ndarray | None = None
        self.y_test: np.ndarray | None = None
        self.store: Any = None  # the class's DrawingStore, for the drawings test sets
        self.class_names: list[str] = [str(i) for i in range(10)]
        self.cell: tuple[int, int] | None = None
        self.plot: Any = None
        self._image: Any = None
        self._texts: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.evaluate_button = QPushButton(translate("Evaluation", "Evaluate"))
        self.evaluate_button.setToolTip(
            translate(
                "Evaluation",
                "Run the network the drawing uses (bundled, imported or a chosen run) on the "
                "test images and fill in the confusion matrix.",
            )
        )
        self.evaluate_button.clicked.connect(self.evaluate_requested)
        self.eval_progress = QProgressBar()
        self.eval_progress.setMaximum(1000)
        self.eval_progress.setTextVisible(True)
        self.eval_progress.setFormat("")
        self.cancel_button = QPushButton(translate("Evaluation", "Cancel"))
        self.cancel_button.setToolTip(
            translate("Evaluation", "Stop the evaluation; the last results stay shown.")
        )
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.setEnabled(False)
        row.addWidget(self.evaluate_button)
        self.dataset = make_dataset_chooser()
        row.addWidget(self.dataset)
        row.addWidget(self.eval_progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.summary = QLabel(translate("Evaluation", EMPTY_SUMMARY))
        self.summary.setObjectName("eval_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self._plot_box = QVBoxLayout()
        self.empty_label = QLabel(
            translate("Evaluation", "Evaluate the network to fill in the confusion matrix.")
        )
        self.empty_label.setObjectName("confusion_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMinimumSize(220, 220)
        self.empty_label.setStyleSheet("color: #666; border: 1px dashed #bbb;")
        self.empty_label.setToolTip(
            translate(
                "Evaluation",
                "The confusion matrix appears here after Evaluate (or after training).",
            )
        )
        self._plot_box.addWidget(self.empty_label)
        self.per_class = PerClassAccuracy()
        middle = QHBoxLayout()
        middle.addLayout(self._plot_box, 1)
        middle.addWidget(self.per_class, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(middle, 3)
        self.cell_label = QLabel("")
        self.cell_label.setObjectName("cell_label")
        self.cell_label.setWordWrap(True)
        layout.addWidget(self.cell_label)
        self.gallery = QListWidget()
        self.gallery.setObjectName("gallery")
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(56, 56))
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setSpacing(4)
        self.gallery.setToolTip(
            translate(
                "Evaluation",
                "Test images in the chosen cell. Click one to see what the network makes of it "
                "in the Draw & predict and Feature maps panels.",
            )
        )
        self.gallery.itemClicked.connect(self._item_clicked)
        layout.addWidget(self.gallery, 2)

    def ensure_plot(self) -> Any:
        if self.plot is None:
            import pyqtgraph as pg

            self.plot = pg.PlotWidget(
                title=translate("Evaluation", "Confusion matrix — click a cell")
            )
            self.plot.setObjectName("confusion")
            self.plot.setBackground("w")
            self.plot.setLabel("left", translate("Evaluation", "true digit"))
            self.plot.setLabel("bottom", translate("Evaluation", "predicted digit"))
            self.plot.invertY(True)
            self.plot.setAspectLocked(True)
            self.plot.setMouseEnabled(x=False, y=False)
            self.plot.hideButtons()
            self.plot.setMenuEnabled(False)
            self.plot.setMinimumSize(220, 220)
            self.plot.setToolTip(
                translate(
                    "Evaluation",
                    "Row = the real digit, column = what the network said. The diagonal counts "
                    "correct answers; every other cell counts one kind of mistake. Click a cell "
                    "to see those images.",
                )
            )
            self._image = pg.ImageItem(axisOrder="row-major")
            self.plot.addItem(self._image)
            self._highlight = pg.PlotDataItem([], [], pen=pg.mkPen("#e6550d", width=3))
            self._highlight.setZValue(10)
            self.plot.addItem(self._highlight)
            self.plot.scene().sigMouseClicked.connect(self._scene_clicked)
            self.plot.getPlotItem().vb.sigResized.connect(self._fit_counts)
            self._plot_box.addWidget(self.plot)
            self.plot.setVisible(self.evaluation is not None)  # empty: the text below instead
        return self.plot

    # the evaluation task ----------------------------------------------------------------
    def set_drawings_store(self, store: Any) -> None:
        self.store = store

    def evaluation_dataset(self) -> str:
        """The chosen test set for ``load_dataset``; UserError when there are no drawings."""
        return resolve_dataset(self.dataset.currentData() or "mnist", self.store)

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While evaluating: Cancel instead of Evaluate, and a progress bar."""
        self.evaluate_button.setEnabled(not busy)
        self.dataset.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.eval_progress.setFormat(text)
        if busy:
            self.eval_progress.setValue(0)

    def set_progress(self, done: int, total: int) -> None:
        self.eval_progress.setValue(int(1000 * done / max(total, 1)))
        self.eval_progress.setFormat(
            translate("Evaluation", "{done:,} of {total:,} test images").format(
                done=done, total=total
            )
        )

    # data --------------------------------------------------------------------------------
    def clear(self) -> None:
        """Nothing evaluated (a new project): no matrix, no digits, the first-use text."""
        self.evaluation = None
        self.x_test = self.y_test = None
        self.cell = None
        self.summary.setText(translate("Evaluation", EMPTY_SUMMARY))
        self.cell_label.setText("")
        self.gallery.clear()
        self.per_class.show_values(None)
        if self.plot is not None:
            for item in self._texts:
                self.plot.removeItem(item)
            self._texts = []
            self._image.clear()
            self._highlight.setData([], [])
            self.plot.setVisible(False)
        self.empty_label.setVisible(True)

    def show_evaluation(
        self,
        evaluation: Any,
        x_test: np.ndarray | None,
        y_test: np.ndarray | None,
        class_names: list[str] | None = None,
    ) -> None:

        self.evaluation = evaluation
        self.x_test, self.y_test = x_test, y_test
        n = evaluation.confusion.shape[0]
        self.class_names = list(class_names or [str(i) for i in range(n)])
        plot = self.ensure_plot()
        total = int(evaluation.confusion.sum())
        self.per_class.show_confusion(evaluation.confusion, self.class_names)
        self.summary.setText(
            translate(
                "Evaluation",
                "<b>Test accuracy {accuracy:.2%}</b> · test loss {loss:.4f} · "
                "{n_misclassified:,} of {total:,} test images wrong.",
            ).format(
                accuracy=evaluation.accuracy,
                loss=evaluation.loss,
                n_misclassified=len(evaluation.misclassified),
                total=total,
            )
        )
        counts = evaluation.confusion.astype(np.float64)
        self.empty_label.setVisible(False)
        plot.setVisible(True)
        self._image.setImage(confusion_rgba(counts), autoLevels=False)
        self._image.setRect(0, 0, n, n)
        light = text_is_light(counts)
        for item in self._texts:
            plot.removeItem(item)
        self._texts = []
        for r in range(n):
            for c in range(n):
                value = int(counts[r, c])
                if value == 0:
                    continue
                # plain text items: far cheaper than pg.TextItem for a hundred numbers
                text = QGraphicsSimpleTextItem(str(value))
                text.setBrush(QColor("white" if light[r, c] else "black"))
                text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
                plot.addItem(text)
                text.setPos(c + 0.5, r + 0.5)
                self._texts.append(text)
        ticks = [[(i + 0.5, self.class_names[i][:6]) for i in range(n)]]
        plot.getAxis("bottom").setTicks(ticks)
        plot.getAxis("left").setTicks(ticks)
        plot.setXRange(0, n, padding=0.02)
        plot.setYRange(0, n, padding=0.02)
        self._fit_counts()
        worst = self._worst_cell()
        if worst is not None:
            self.cell = worst
            self._highlight.setData([], [])
            self.cell_label.setText("")
            self.gallery.clear()
            # the thumbnails a moment later: the window paints the matrix in between
            QTimer.singleShot(0, lambda: self.open_cell(*worst) if self.cell == worst else None)
        else:
            self.cell_label.setText(
                translate("Evaluation", "No mistakes at all on the test images.")
            )
            self.gallery.clear()

    def cell_pixels(self) -> float:
        """The side of one matrix cell on screen, in pixels."""
        if self.plot is None or self.evaluation is None:
            return 0.0
        vb = self.plot.getPlotItem().vb
        (x0, x1), (y0, y1) = vb.viewRange()
        rect = vb.sceneBoundingRect()
        return min(rect.width() / max(x1 - x0, 1e-9), rect.height() / max(y1 - y0, 1e-9))

    def _fit_counts(self, *_args: Any) -> None:
        """Scale the counts' font to the cells, so "1008" fits its cell at any size."""
        if not self._texts:
            return
        probe = QFont(self._texts[0].font())
        probe.setPixelSize(10)
        widest = max(QFontMetricsF(probe).horizontalAdvance(t.text()) for t in self._texts)
        font = QFont(probe)
        font.setPixelSize(font_pixels(self.cell_pixels(), widest))
        metrics = QFontMetricsF(font)
        for item in self._texts:
            item.setFont(font)
            rect = metrics.boundingRect(item.text())
            self._center_text(item, rect.width(), rect.height())

    @staticmethod
    def _center_text(item: QGraphicsSimpleTextItem, width: float, height: float) -> None:
        """Centre an item that ignores the view's scaling on its (data) position."""
        item.setTransform(QTransform.fromTranslate(-width / 2, -height / 2))

    def _worst_cell(self) -> tuple[int, int] | None:
        confusion = self.evaluation.confusion.copy()
        np.fill_diagonal(confusion, 0)
        if confusion.max() == 0:
            return None
        r, c = np.unravel_index(int(confusion.argmax()), confusion.shape)
        return int(r), int(c)

    def _scene_clicked(self, event: Any) -> None:
        if self.evaluation is None or self.plot is None:
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        n = self.evaluation.confusion.shape[0]
        c, r = int(np.floor(point.x())), int(np.floor(point.y()))
        if 0 <= r < n and 0 <= c < n:
            self.open_cell(r, c)

    def cell_indices(self, true: int, predicted: int) -> np.ndarray:
        """Test-set indices whose label is ``true`` and prediction ``predicted``."""
        if self.evaluation is None or self.y_test is None:
            return np.zeros(0, dtype=np.int64)
        y = np.asarray(self.y_test)
        pred = np.asarray(self.evaluation.predicted)
        return np.flatnonzero((y == true) & (pred == predicted))

    def open_cell(self, true: int, predicted: int) -> None:
        """List the test images of the cell (true row, predicted column)."""
        self.cell = (true, predicted)
        names = self.class_names
        if self.plot is not None:
            x, y = predicted, true
            self._highlight.setData([x, x + 1, x + 1, x, x], [y, y, y + 1, y + 1, y])
        indices = self.cell_indices(true, predicted)
        if true == predicted:
            self.cell_label.setText(
                translate(
                    "Evaluation",
                    "{n_indices:,} images of {names} recognised correctly (first {min} "
                    "shown). Cells off the diagonal are mistakes.",
                ).format(
                    n_indices=len(indices), names=names[true], min=min(len(indices), MAX_THUMBNAILS)
                )
            )
        else:
            self.cell_label.setText(
                translate(
                    "Evaluation",
                    "<b>{n_indices:,} images of {names} taken for {names2}</b> — under "
                    "each, how sure the network was that it is {names2}. Click one to look "
                    "at it in the drawing and feature-map panels.",
                ).format(n_indices=len(indices), names=names[true], names2=names[predicted])
            )
        self.gallery.clear()
        if self.x_test is None:
            return
        confidence = np.asarray(self.evaluation.confidence)
        for index in indices[:MAX_THUMBNAILS]:
            image = np.asarray(self.x_test[index]).reshape(self.x_test.shape[1:3])
            caption = translate(
                "Evaluation",
                "test image {index}: true {names}, predicted {names2} ({confidence:.0%} sure)",
            ).format(
                index=index,
                names=names[true],
                names2=names[predicted],
                confidence=confidence[index],
            )
            item = QListWidgetItem(QIcon(thumbnail(image)), f"{confidence[index]:.0%}")
            item.setToolTip(caption)
            item.setData(Qt.ItemDataRole.UserRole, int(index))
            self.gallery.addItem(item)

    def _item_clicked(self, item: QListWidgetItem) -> None:
        self.choose(int(item.data(Qt.ItemDataRole.UserRole)))

    def choose(self, index: int) -> None:
        """Send test image ``index`` to the prediction views."""
        if self.x_test is None:
            return
        image = np.asarray(self.x_test[index], dtype=np.float32).reshape(self.x_test.shape[1:3])
        true = int(self.y_test[index]) if self.y_test is not None else -1
        pred = int(self.evaluation.predicted[index])
        caption = translate(
            "Evaluation",
            "test image {index}: true {class_names}, the trained network said "
            "{class_names2} ({float:.0%} sure)",
        ).format(
            index=index,
            class_names=self.class_names[true],
            class_names2=self.class_names[pred],
            float=float(self.evaluation.confidence[index]),
        )
        self.image_chosen.emit(image, caption)
