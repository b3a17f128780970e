"""A one-line label that never asks for more width: long text is elided with "…".

A read-out that changes with the mouse (feature-map values) must not re-balance the
window's panels; this label's size hint ignores its text's width, it draws the text
elided to the width it is given, and the full text is its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """``text()`` is the full text; what is painted is elided to the label's width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setToolTip(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        return QSize(40, self.fontMetrics().height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(10, self.fontMetrics().height() + 4)

    def elided_text(self) -> str:
        """What is shown: the text cut with "…" to the current width."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, max(0, self.contentsRect().width())
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.elided_text(),
        )
        painter.end()


class WrapLabel(QLabel):
    """A word-wrapped label that asks for the lines it needs as its *minimum* height.

    A plain wrapped QLabel makes its whole layout height-for-width, and Qt then lays such
    a layout out from preferred heights: in a short panel the items below it overlapped
    the canvas. This label keeps the layout ordinary and grows its minimum height to the
    lines its text takes at the width it was given.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        return QSize(40, self._lines_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(10, self._lines_height())

    def _lines_height(self) -> int:
        width = self.width() if self.width() > 20 else 300
        return max(super().heightForWidth(width), self.fontMetrics().height() + 2)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.minimumSizeHint().height() != self.height():
            self.updateGeometry()
