"""The drawing canvas: smooth round strokes with mouse, pen tablet or finger.

Strokes are kept as point lists in canvas-relative coordinates (0..1), so the drawing
survives resizing and high-DPI screens; they are rendered into a QImage at device
resolution. While a stroke is drawn only the new segment is painted (a few
microseconds), so drawing never waits for anything else.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from cnngui.ui.i18n import translate


@dataclass
class Stroke:
    """One pen-down-to-pen-up line: points in 0..1 canvas coordinates and its pen width."""

    points: list[QPointF]
    width: float


MIN_SIDE = 200  #: smallest canvas side in logical pixels (a 1024×640 screen still fits the panel)
#: the canvas side pen widths are measured in (a 280-pixel canvas; they scale with the canvas)
PEN_REFERENCE = 280
DEFAULT_PEN = 20.0  #: pen width in pixels of a 280-pixel canvas (MNIST-like strokes)


class DrawingCanvas(QWidget):
    """A square canvas; ``image()`` is the drawing as float32 with ink = 1.0.

    Signals: ``changed`` on every new point and on clear/undo/set; ``stroke_started``;
    ``stroke_finished`` when the pen lifts (always once per stroke); ``cleared``.
    """

    changed = Signal()
    stroke_started = Signal()
    stroke_finished = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(MIN_SIDE, MIN_SIDE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(
            translate("Canvas", "Draw a digit. Right-click or Esc clears, Ctrl+Z undoes a stroke.")
        )
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self._background: np.ndarray | None = None  # an image shown under the strokes
        self._pen_width = DEFAULT_PEN
        self._ink = QColor(20, 20, 20)
        self._paper = QColor(255, 255, 255)
        self._buffer = QImage()
        self._overlay: QImage | None = None  # a saliency map laid over the paper
        self._overlay_region = QRectF(0, 0, 1, 1)  # where it lies, in 0..1 canvas units
        self._render_all()

    # ------------------------------------------------------------ public API

    def sizeHint(self) -> QSize:
        return QSize(PEN_REFERENCE + 40, PEN_REFERENCE + 40)

    def pen_width(self) -> float:
        """Pen width in pixels of a 280-pixel canvas (it scales with the canvas)."""
        return self._pen_width

    def set_pen_width(self, width: float) -> None:
        """Width for the next strokes; strokes already drawn keep theirs."""
        self._pen_width = float(max(1.0, min(width, 80.0)))

    def is_empty(self) -> bool:
        return not self._strokes and self._current is None and self._background is None

    def stroke_count(self) -> int:
        return len(self._strokes)

    def is_drawing(self) -> bool:
        """True while the pen is down."""
        return self._current is not None

    def set_overlay(
        self,
        rgba: np.ndarray | None,
        region: tuple[float, float, float, float] | None = None,
    ) -> None:
        """Lay an (h, w, 4) uint8 RGBA map (e.g. ``render.heat_rgba`` of a saliency map)
        semi-transparently over the paper, under the strokes; None removes it.

        ``region`` is (x, y, width, height) of the map in canvas units (0..1): where the
        28×28 grid the preprocessing made lies on the canvas. None: the whole canvas.
        Pixels stay visible (no smoothing) so a student sees the grid the network sees.
        """
        if rgba is None:
            self._overlay = None
            self.update()
            return
        a = np.ascontiguousarray(np.asarray(rgba, dtype=np.uint8))
        if a.ndim != 3 or a.shape[2] != 4:
            raise ValueError(f"the overlay must be (h, w, 4) RGBA, not {a.shape}")
        h, w = a.shape[:2]
        self._overlay = QImage(a.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
        self._overlay_region = QRectF(*(region or (0.0, 0.0, 1.0, 1.0)))
        self.update()

    def has_overlay(self) -> bool:
        return self._overlay is not None

    def clear(self) -> None:
        """Remove every stroke, any loaded image and the overlay."""
        self._strokes.clear()
        self._current = None
        self._background = None
        self._overlay = None
        self._render_all()
        self.cleared.emit()
        self.changed.emit()

    def undo(self) -> None:
        """Remove the last stroke (or the loaded image when no stroke is left)."""
        if self._current is not None:
            return
        if self._strokes:
            self._strokes.pop()
        elif self._background is not None:
            self._background = None
        else:
            return
        self._render_all()
        self.changed.emit()

    def set_image(self, ink: np.ndarray | None) -> None:
        """Show an image (float, ink = 1.0, any size) under the strokes, e.g. a test digit."""
        self._strokes.clear()
        self._current = None
        self._background = None if ink is None else np.clip(np.asarray(ink, np.float32), 0, 1)
        self._render_all()
        self.changed.emit()

    def image(self) -> np.ndarray:
        """The drawing at device resolution as (H, W) float32, paper = 0.0, ink = 1.0."""
        buf = self._buffer
        if buf.isNull():
            return np.zeros((PEN_REFERENCE, PEN_REFERENCE), np.float32)
        h, w = buf.height(), buf.width()
        raw = np.frombuffer(buf.constBits(), np.uint8, count=buf.sizeInBytes())
        alpha = raw.reshape(h, buf.bytesPerLine())[:, : 4 * w].reshape(h, w, 4)[:, :, _ALPHA]
        return alpha.astype(np.float32) * (1.0 / 255.0)

    # ------------------------------------------------------------ rendering

    def _side(self) -> float:
        return float(min(self.width(), self.height()))

    def _origin(self) -> QPointF:
        side = self._side()
        return QPointF((self.width() - side) / 2, (self.height() - side) / 2)

    def _device_side(self) -> int:
        return max(1, round(self._side() * self.devicePixelRatioF()))

    def _render_all(self) -> None:
        side = self._device_side()
        if self._buffer.isNull() or self._buffer.width() != side:
            self._buffer = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        self._buffer.fill(Qt.GlobalColor.transparent)
        painter = QPainter(self._buffer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self._background is not None:
            painter.drawImage(QRectF(0, 0, side, side), _ink_image(self._background))
        for stroke in self._strokes:
            self._paint_stroke(painter, stroke, side)
        if self._current:
            self._paint_stroke(painter, self._current, side)
        painter.end()
        self.update()

    def _pen(self, side: float, width: float) -> QPen:
        pen = QPen(self._ink, width * side / PEN_REFERENCE)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _paint_stroke(self, painter: QPainter, stroke: Stroke, side: float) -> None:
        painter.setPen(self._pen(side, stroke.width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pts = [QPointF(p.x() * side, p.y() * side) for p in stroke.points]
        painter.drawPath(_smooth_path(pts))

    def _paint_segment(self) -> None:
        """Paint only the newest piece of the current stroke."""
        stroke = self._current
        if stroke is None:
            return
        side = self._device_side()
        pts = [QPointF(p.x() * side, p.y() * side) for p in stroke.points[-3:]]
        path = _smooth_path(pts, tail_only=True)
        painter = QPainter(self._buffer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = self._pen(side, stroke.width)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.end()
        dpr = self.devicePixelRatioF()
        rect = path.boundingRect().adjusted(
            -pen.widthF(), -pen.widthF(), pen.widthF(), pen.widthF()
        )
        o = self._origin()
        self.update(
            QRectF(
                o.x() + rect.x() / dpr,
                o.y() + rect.y() / dpr,
                rect.width() / dpr + 2,
                rect.height() / dpr + 2,
            ).toAlignedRect()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        side = self._side()
        o = self._origin()
        target = QRectF(o.x(), o.y(), side, side)
        painter.fillRect(target, self._paper)
        if self._overlay is not None:
            r = self._overlay_region
            painter.save()
            painter.setClipRect(target)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            place = QRectF(
                o.x() + r.x() * side, o.y() + r.y() * side, r.width() * side, r.height() * side
            )
            painter.drawImage(place, self._overlay)
            painter.restore()
        painter.drawImage(target, self._buffer)
        painter.setPen(QPen(QColor(160, 160, 160), 1))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        if self.is_empty():
            painter.setPen(QColor(150, 150, 150))
            painter.drawText(
                target, Qt.AlignmentFlag.AlignCenter, translate("Canvas", "draw a digit here")
            )
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render_all()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._render_all()

    # ------------------------------------------------------------ input

    def _to_unit(self, pos: QPointF) -> QPointF:
        """Canvas-relative position; outside the square is kept (the paper clips it), so a
        stroke that leaves the canvas does not run along its edge."""
        side = self._side() or 1.0
        o = self._origin()
        x = min(max((pos.x() - o.x()) / side, -1.0), 2.0)
        y = min(max((pos.y() - o.y()) / side, -1.0), 2.0)
        return QPointF(x, y)

    def _begin(self, pos: QPointF) -> None:
        if self._current is not None:
            self._end()
        hint_shown = self.is_empty()
        self._current = Stroke([self._to_unit(pos)], self._pen_width)
        self.stroke_started.emit()
        self._paint_segment()
        if hint_shown:  # the "draw a digit here" hint goes with the first touch, not on release
            self.update()
        self.changed.emit()

    def _extend(self, pos: QPointF) -> None:
        if self._current is None:
            return
        point = self._to_unit(pos)
        last = self._current.points[-1]
        side = self._side() or 1.0
        if abs(point.x() - last.x()) * side < 0.5 and abs(point.y() - last.y()) * side < 0.5:
            return  # under half a pixel: nothing new to paint
        self._current.points.append(point)
        self._paint_segment()
        self.changed.emit()

    def _end(self) -> None:
        if self._current is None:
            return
        self._strokes.append(self._current)
        self._current = None
        self._render_all()  # the exact smooth path replaces the incremental pieces
        self.stroke_finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        else:
            super().keyPressEvent(event)  # e.g. up to the panel
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.clear()
        elif event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and event.buttons():
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._extend(event.position())
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._extend(pos)
                    self._end()
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._end()
            return True
        return super().event(event)


# ---------------------------------------------------------------- helpers

_ALPHA = 3 if np.little_endian else 0  # byte of alpha in ARGB32 words


def _smooth_path(points: list[QPointF], tail_only: bool = False) -> QPainterPath:
    """A smooth curve through ``points``: quadratic pieces between segment midpoints.

    With ``tail_only`` the path is just the newest piece (from the previous midpoint to
    the newest one), which is what an incremental repaint needs.
    """
    path = QPainterPath()
    if not points:
        return path
    if len(points) == 1:
        p = points[0]
        path.moveTo(p)
        path.lineTo(p.x() + 0.01, p.y())  # a dot: the round cap makes it a disc
        return path
    if len(points) == 2:
        path.moveTo(points[0])
        path.lineTo(points[1])
        return path

    def mid(a: QPointF, b: QPointF) -> QPointF:
        return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)

    if tail_only:
        a, b, c = points[-3:]
        path.moveTo(mid(a, b))
        path.quadTo(b, mid(b, c))
        path.lineTo(c)  # provisional end; the finished stroke is repainted exactly
        return path
    path.moveTo(points[0])
    path.lineTo(mid(points[0], points[1]))
    for i in range(1, len(points) - 1):
        path.quadTo(points[i], mid(points[i], points[i + 1]))
    path.lineTo(points[-1])
    return path


def _ink_image(ink: np.ndarray) -> QImage:
    """A float ink array as a transparent QImage with dark ink (for the background image)."""
    a = (np.clip(ink, 0, 1) * 255).astype(np.uint8)
    h, w = a.shape[:2]
    argb = np.zeros((h, w, 4), np.uint8)  # premultiplied black ink: colour 0, alpha = ink
    argb[:, :, _ALPHA] = a
    img = QImage(argb.data, w, h, 4 * w, QImage.Format.Format_ARGB32_Premultiplied)
    return img.copy()
