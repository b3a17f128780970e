"""One 2-D map with a colour legend and its value under the mouse — the building block of
the Look inside panel (kernel input and output, step-by-step, saliency).

Signed maps use a blue–white–red scale centred on zero, others grey; NaN cells (an
output pixel not computed yet) show as transparent. The widget only shows what it is
given: the numbers come from :mod:`cnngui.core.inference.explain`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from cnngui.ui.i18n import translate

GREY = pg.ColorMap([0.0, 1.0], [(0, 0, 0), (255, 255, 255)])
DIVERGING = pg.ColorMap([0.0, 0.5, 1.0], [(40, 90, 200), (245, 245, 245), (210, 50, 40)])
_LUTS = {id(cmap): cmap.getLookupTable(nPts=256) for cmap in (GREY, DIVERGING)}


class _HoverImage(pg.ImageItem):
    def __init__(self, owner: MapView) -> None:
        super().__init__(axisOrder="row-major")
        self._owner = owner
        self.setAcceptHoverEvents(True)

    def hoverEvent(self, ev: Any) -> None:
        if ev.isExit():
            self._owner._hover(None)
        else:
            self._owner._hover(ev.pos())


class MapView(QWidget):
    """A titled image of a 2-D array, a colour bar, and "row, col: value" on hover."""

    hovered = Signal(int, int, float)  #: row, column, value under the mouse

    def __init__(self, title: str = "", parent: QWidget | None = None, legend: bool = True):
        super().__init__(parent)
        self.values: np.ndarray | None = None
        self._cmap: Any = None  # what is set already, so a new map of the same kind is
        self._levels: Any = None  # only a new image
        self._shape: tuple[int, ...] = ()
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground(None)
        self.graphics.ci.setContentsMargins(1, 1, 1, 1)
        self.view = self.graphics.addViewBox(row=0, col=0, lockAspect=True, invertY=True)
        self.view.setMouseEnabled(False, False)
        self.view.setMenuEnabled(False)
        self.item = _HoverImage(self)
        self.view.addItem(self.item)
        self.frame = pg.QtWidgets.QGraphicsRectItem()
        self.frame.setPen(QPen(QColor(255, 170, 0), 0))
        self.frame.setZValue(10)
        self.frame.hide()
        self.view.addItem(self.frame)
        self.border = pg.QtWidgets.QGraphicsPathItem()
        self.border.setBrush(QColor(128, 128, 128, 150))
        self.border.setPen(QPen(QColor(128, 128, 128), 0))
        self.border.setZValue(5)
        self.border.hide()
        self.view.addItem(self.border)
        self.bar: pg.ColorBarItem | None = None
        if legend:
            self.bar = pg.ColorBarItem(
                values=(0, 1), colorMap=GREY, interactive=False, width=10, colorMapMenu=False
            )
            self.bar.setImageItem(self.item)
            self.graphics.addItem(self.bar, row=0, col=1)
        self.title = QLabel(title)
        self.readout = QLabel(" ")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.title)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.readout)
        self.graphics.setMinimumSize(110, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_map(self, values: np.ndarray | None, signed: bool | None = None) -> None:
        """Show ``values`` (rows × columns); ``signed`` None: blue–red when any is negative."""
        if values is None:
            self.values = None
            self.item.clear()
            return
        v = np.asarray(values, dtype=np.float32)
        self.values = v
        finite = v[np.isfinite(v)]
        low = float(finite.min()) if finite.size else 0.0
        high = float(finite.max()) if finite.size else 1.0
        if signed is None:
            signed = low < 0
        if signed:
            peak = max(abs(low), abs(high), 1e-12)
            levels, cmap = (-peak, peak), DIVERGING
        else:
            levels, cmap = (min(low, 0.0), max(high, 1e-12)), GREY
        if cmap is not self._cmap:  # re-colouring the bar costs more than the image
            self._cmap = cmap
            self.item.setLookupTable(_LUTS[id(cmap)])
            if self.bar is not None:
                self.bar.setColorMap(cmap)
        self.item.setImage(v, levels=levels, autoLevels=False)
        if self.bar is not None and levels != self._levels:
            self.bar.setLevels(levels)
        self._levels = levels
        if v.shape != self._shape:  # the same size again: the view already fits it
            self._shape = v.shape
            self.view.setRange(QRectF(0, 0, v.shape[1], v.shape[0]), padding=0.02)

    def set_frame(self, top: int, left: int, height: int, width: int) -> None:
        """Outline a window (the kernel's position) on the map, in cells."""
        self.frame.setRect(QRectF(left, top, width, height))
        self.frame.show()

    def set_padding(self, pad: tuple[int, int, int, int] | None) -> None:
        """Grey over the border of padding (top, bottom, left, right cells) of the map shown."""
        if pad is None or self.values is None or not any(pad):
            self.border.hide()
            return
        h, w = self.values.shape
        top, bottom, left, right = pad
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        path.addRect(QRectF(0, 0, w, h))
        path.addRect(QRectF(left, top, w - left - right, h - top - bottom))
        self.border.setPath(path)
        self.border.show()

    def hide_frame(self) -> None:
        self.frame.hide()

    def _hover(self, pos: Any) -> None:
        if pos is None or self.values is None:
            self.readout.setText(" ")
            return
        row, col = int(pos.y()), int(pos.x())
        if 0 <= row < self.values.shape[0] and 0 <= col < self.values.shape[1]:
            value = float(self.values[row, col])
            self.readout.setText(
                translate("MapView", "row {row}, column {col}: {value:.4g}").format(
                    row=row, col=col, value=value
                )
            )
            self.hovered.emit(row, col, value)
