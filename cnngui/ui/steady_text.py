"""A painted line of text that changes on every pen move without re-laying out the window.

A ``QLabel`` asks its layout for new geometry on every ``setText``, even when its size
stays the same; in the drawing panel that travelled up to the dock's scroll area and cost
a layout pass and the repaint of its scroll bar — a quarter of each stroke-to-screen
update. This widget repaints itself only, and asks for new geometry only when the text
needs a different size (a wrapped caption taking another line, a wider word).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class SteadyText(QWidget):
    """``setText`` / ``text()`` like a label; ``wrap`` breaks long text into lines at the
    width the layout gives (the height follows, as a minimum, like ``WrapLabel``).

    ``reserve`` is a text whose size is always kept free (the longest one usually shown),
    so texts that come and go — "97% sure", "not sure — only 42%" — never move the
    widgets around it.
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        wrap: bool = False,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
        reserve: str = "",
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._wrap = wrap
        self._reserve = reserve
        self._alignment = alignment
        self._colour: QColor | QPalette.ColorRole | None = None
        horizontal = QSizePolicy.Policy.Ignored if wrap else QSizePolicy.Policy.Preferred
        self.setSizePolicy(horizontal, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(text)
        self._hint = self._measure()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        """Show ``text``; geometry is asked for only when its size changes."""
        if text == self._text:
            return
        self._text = text
        self.setAccessibleName(text)
        self._refit()
        self.update()

    def set_colour(self, colour: QColor | QPalette.ColorRole | None) -> None:
        """The text's colour: a colour, a palette role, or None for the normal text colour."""
        if colour != self._colour:
            self._colour = colour
            self.update()

    def sizeHint(self) -> QSize:
        return self._hint

    def minimumSizeHint(self) -> QSize:
        return QSize(10, self._hint.height()) if self._wrap else self._hint

    def _flags(self) -> int:
        flags = int(self._alignment)
        if self._wrap:
            flags |= int(Qt.TextFlag.TextWordWrap)
        return flags

    def _measure(self) -> QSize:
        metrics = self.fontMetrics()
        width = 100000 if not self._wrap else self.width() if self.width() > 20 else 300
        sizes = [
            metrics.boundingRect(QRect(0, 0, width, 100000), self._flags(), text).size()
            for text in (self._text, self._reserve)
        ]
        height = max(max(size.height() for size in sizes), metrics.height()) + 2
        return QSize(40 if self._wrap else max(size.width() for size in sizes) + 4, height)

    def _refit(self) -> None:
        hint = self._measure()
        if hint != self._hint:
            self._hint = hint
            self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._wrap:
            self._refit()  # another width may take another number of lines

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the window's zoom, a new font
            self._refit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = self._colour
        if colour is None:
            colour = self.palette().color(QPalette.ColorRole.WindowText)
        elif isinstance(colour, QPalette.ColorRole):
            colour = self.palette().color(colour)
        painter.setPen(colour)
        painter.drawText(self.rect(), self._flags(), self._text)
        painter.end()
