"""Live loss and accuracy curves of the current run and of earlier runs (pyqtgraph).

Batch reports arrive up to ~20 times a second; they are only stored on arrival and
drawn by one timer, so the plots redraw at most ``MAX_REDRAWS_PER_SEC`` times a second
however fast training reports. Lines are drawn without antialiasing: painting is the
costly part of a redraw, and the window must stay smooth on a 2-core laptop.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnngui.ui.i18n import core_text, translate

MAX_REDRAWS_PER_SEC = 10
SMOOTHING = 0.15  # weight of the newest batch in the smoothed per-batch line
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b")


@dataclass
class Run:
    """One training run's points; x is measured in epochs (1.5 = halfway through epoch 2)."""

    number: int
    label: str
    color: str
    planned_epochs: int = 1
    epochs: list[int] = field(default_factory=list)
    loss: list[float] = field(default_factory=list)
    acc: list[float] = field(default_factory=list)
    val_loss: list[float] = field(default_factory=list)
    val_acc: list[float] = field(default_factory=list)
    batch_x: list[float] = field(default_factory=list)
    batch_loss: list[float] = field(default_factory=list)
    batch_acc: list[float] = field(default_factory=list)
    curves: dict[str, Any] = field(default_factory=dict)
    visible: bool = True
    drawn_batches: int = 0  # how many points the plots already have
    drawn_epochs: int = 0

    def add_batch(self, x: float, loss: float, acc: float) -> None:
        if not (math.isfinite(loss) and math.isfinite(acc)):
            return
        if self.batch_loss and x > self.batch_x[-1]:
            a = SMOOTHING
            loss = a * loss + (1 - a) * self.batch_loss[-1]
            acc = a * acc + (1 - a) * self.batch_acc[-1]
        elif self.batch_x and x <= self.batch_x[-1]:
            return
        self.batch_x.append(x)
        self.batch_loss.append(loss)
        self.batch_acc.append(acc)

    def add_epoch(self, m: Any) -> None:
        self.epochs.append(int(m.epoch))
        self.loss.append(float(m.loss))
        self.acc.append(float(m.accuracy))
        self.val_loss.append(math.nan if m.val_loss is None else float(m.val_loss))
        self.val_acc.append(math.nan if m.val_accuracy is None else float(m.val_accuracy))


class TrainingCurves(QWidget):
    """Two plots (loss, accuracy) and a checkable list of runs to compare."""

    redrawn = Signal()
    run_toggled = Signal(int, bool)  #: run number (from 1), shown or not
    run_chosen = Signal(int)  #: run number whose weights the student wants to use

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        pg.setConfigOptions(background="w", foreground="#333")
        self.runs: list[Run] = []
        self.marked_epoch: int | None = None
        self._epoch_lines: list[Any] = []
        self._dirty = False
        self.redraw_count = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        plots = QHBoxLayout()
        self.loss_plot = pg.PlotWidget(title=translate("Curves", "Loss (lower is better)"))
        self.acc_plot = pg.PlotWidget(title=translate("Curves", "Accuracy (higher is better)"))
        for plot, name in (
            (self.loss_plot, QT_TRANSLATE_NOOP("Curves", "loss")),
            (self.acc_plot, QT_TRANSLATE_NOOP("Curves", "accuracy")),
        ):
            plot.setLabel("bottom", translate("Curves", "epoch"))
            plot.setLabel("left", translate("Curves", name))
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setMinimumSize(160, 140)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            # fixed ranges, changed only when they must: repainting the axes on every
            # redraw (auto-range) costs more than everything else in the window
            plot.getPlotItem().vb.disableAutoRange()
            plots.addWidget(plot)
        self.acc_plot.setYRange(0, 1, padding=0.02)
        self._add_epoch_lines()
        self._ranges: tuple[float, float] = (0.0, 0.0)
        self.loss_plot.setToolTip(
            translate(
                "Curves",
                "How wrong the network is: thick line with dots = training set per epoch, dashed "
                "= validation images it never trains on, thin = smoothed value during the epoch.",
            )
        )
        self.acc_plot.setToolTip(
            translate(
                "Curves",
                "Share of images classified correctly: thick = training, dashed = validation, "
                "thin = smoothed during the epoch. Validation far below training means "
                "overfitting.",
            )
        )
        layout.addLayout(plots, 1)
        legend = QLabel(
            translate(
                "Curves",
                "━●  training (per epoch)   ╍╍  validation   ─  training, smoothed per batch",
            )
        )
        legend.setStyleSheet("color: #555;")
        layout.addWidget(legend)
        self.run_list = QListWidget()
        self.run_list.setObjectName("run_list")
        self.run_list.setMaximumHeight(80)
        self.run_list.setToolTip(
            translate(
                "Curves",
                "Every run of this project, labelled with its settings and how it ended. Untick a "
                "run to hide its curves; tick several to compare them (e.g. adam against rmsprop). "
                "Double-click a run to draw and evaluate with its weights.",
            )
        )
        self.run_list.itemChanged.connect(self._item_toggled)
        self.run_list.itemDoubleClicked.connect(
            lambda item: self.run_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        layout.addWidget(self.run_list)
        self._timer = QTimer(self)
        self._timer.setInterval(int(1000 / MAX_REDRAWS_PER_SEC))
        self._timer.timeout.connect(self._redraw)
        self._timer.start()

    # data in ---------------------------------------------------------------------------
    def new_run(self, label: str, epochs: int = 1) -> Run:
        import pyqtgraph as pg

        color = PALETTE[len(self.runs) % len(PALETTE)]
        label = core_text(label)  # the core's label (a phrase) in the window's language
        run = Run(len(self.runs) + 1, label, color, max(1, int(epochs)))
        thick = pg.mkPen(color, width=2)
        dashed = pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine)
        thin = pg.mkPen(color, width=1)
        for key, plot in (("loss", self.loss_plot), ("acc", self.acc_plot)):
            run.curves[f"batch_{key}"] = plot.plot([], [], pen=thin)
            run.curves[key] = plot.plot(
                [], [], pen=thick, symbol="o", symbolSize=6, symbolBrush=color
            )
            run.curves[f"val_{key}"] = plot.plot(
                [], [], pen=dashed, symbol="s", symbolSize=5, symbolBrush=color
            )
        self.runs.append(run)
        self._fit_ranges()
        item = QListWidgetItem(
            translate("Curves", "Run {number}: {label}").format(number=run.number, label=label)
        )
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        item.setForeground(pg.mkColor(color))
        item.setData(Qt.ItemDataRole.UserRole, run.number)
        self.run_list.addItem(item)
        self._dirty = True
        return run

    @property
    def current(self) -> Run | None:
        return self.runs[-1] if self.runs else None

    def add_batch(self, p: Any) -> None:
        if self.current is not None and p.steps:
            self.current.add_batch((p.epoch - 1) + p.step / p.steps, p.loss, p.accuracy)
            self._dirty = True

    def add_epoch(self, m: Any) -> None:
        if self.current is not None:
            self.current.add_epoch(m)
            self._dirty = True

    def finish_run(self, suffix: str) -> None:
        run = self.current
        if run is None:
            return
        item = self.run_list.item(self.run_list.count() - 1)
        item.setText(
            translate("Curves", "Run {number}: {label} — {suffix}").format(
                number=run.number, label=run.label, suffix=core_text(suffix)
            )
        )
        self._dirty = True

    def add_finished_run(self, label: str, history: list[Any], suffix: str) -> Run:
        """A run from a project file: its per-epoch points, for comparison with new runs."""
        run = self.new_run(label, max(1, len(history)))
        for m in history:
            run.add_epoch(m)
        self.finish_run(suffix)
        return run

    def clear_runs(self) -> None:
        """Forget every run (a different project was opened)."""
        self.loss_plot.clear()
        self.acc_plot.clear()
        self.runs.clear()
        self.run_list.clear()
        self._add_epoch_lines()  # plot.clear() removed them
        self.mark_epoch(None)
        self._ranges = (0.0, 0.0)
        self._dirty = True

    # drawing ---------------------------------------------------------------------------
    def _item_toggled(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        for run in self.runs:
            if run.number == number:
                visible = item.checkState() == Qt.CheckState.Checked
                if visible == run.visible:
                    continue
                run.visible = visible
                for curve in run.curves.values():
                    curve.setVisible(run.visible)
                self.run_toggled.emit(number, visible)
        self._fit_ranges()

    def mark_active(self, number: int | None) -> None:
        """Show which run's weights the drawing uses (bold, with a marker)."""
        for i in range(self.run_list.count()):
            item = self.run_list.item(i)
            font = item.font()
            font.setBold(item.data(Qt.ItemDataRole.UserRole) == number)
            item.setFont(font)

    def mark_epoch(self, epoch: int | None) -> None:
        """A vertical line at ``epoch`` on both plots (the epoch scrubber's); None hides it."""
        self.marked_epoch = None if epoch is None else int(epoch)
        for line in self._epoch_lines:
            if epoch is not None:
                line.setValue(float(epoch))
            line.setVisible(epoch is not None)

    def _add_epoch_lines(self) -> None:
        import pyqtgraph as pg

        self._epoch_lines = []
        for plot in (self.loss_plot, self.acc_plot):
            line = pg.InfiniteLine(
                angle=90, movable=False, pen=pg.mkPen("#e08000", width=2, style=Qt.PenStyle.DotLine)
            )
            line.setVisible(False)
            plot.addItem(line, ignoreBounds=True)
            self._epoch_lines.append(line)

    def set_run_visible(self, number: int, visible: bool) -> None:
        item = self.run_list.item(number - 1)
        item.setCheckState(Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)

    def _redraw(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self.redraw_count += 1
        for run in self.runs:
            c = run.curves
            if len(run.batch_x) != run.drawn_batches:  # only what changed is handed over
                run.drawn_batches = len(run.batch_x)
                c["batch_loss"].setData(run.batch_x, run.batch_loss, skipFiniteCheck=True)
                c["batch_acc"].setData(run.batch_x, run.batch_acc, skipFiniteCheck=True)
            if len(run.epochs) == run.drawn_epochs:
                continue
            run.drawn_epochs = len(run.epochs)
            c["loss"].setData(run.epochs, run.loss)
            c["acc"].setData(run.epochs, run.acc)
            pairs = [(e, v, a) for e, v, a in zip(run.epochs, run.val_loss, run.val_acc)]
            valid = [p for p in pairs if math.isfinite(p[1])]
            c["val_loss"].setData([p[0] for p in valid], [p[1] for p in valid])
            c["val_acc"].setData([p[0] for p in valid], [p[2] for p in valid])
        self._fit_ranges()
        self.redrawn.emit()

    def _fit_ranges(self) -> None:
        """x: the planned epochs of the runs shown; loss y: 0 to the largest loss shown."""
        shown = [r for r in self.runs if r.visible] or self.runs
        x_max = float(max((r.planned_epochs for r in shown), default=1))
        losses = [v for r in shown for v in (*r.batch_loss, *r.loss, *r.val_loss)]
        finite = [v for v in losses if math.isfinite(v)]
        y_max = max(finite, default=1.0) * 1.05 or 1.0
        if (x_max, y_max) == self._ranges or (
            x_max == self._ranges[0] and y_max <= self._ranges[1] and y_max > 0.5 * self._ranges[1]
        ):
            return  # still fits, and not too loosely: leave the axes alone
        self._ranges = (x_max, y_max)
        for plot in (self.loss_plot, self.acc_plot):
            plot.setXRange(0, x_max, padding=0.02)
        self.loss_plot.setYRange(0, y_max, padding=0.02)

    def point_count(self) -> int:
        """Points drawn for the current run (tests and the screenshot script read it)."""
        run = self.current
        if run is None:
            return 0
        total = 0
        for curve in run.curves.values():
            xs = curve.getData()[0]
            total += 0 if xs is None else len(xs)
        return total
