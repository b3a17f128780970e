"""A dock's scroll area that gives its panel the viewport and scrolls only below its minimum.

``QScrollArea.setWidgetResizable(True)`` sizes a panel that holds a word-wrapped label
(any height-for-width item) at its *preferred* height for the width — the canvas at its
320 px hint, the charts at theirs — so on a 1024×640 screen the drawing panel scrolled
although everything fitted at minimum size. Here the panel gets the viewport's size, and
more only when its smallest honest height (wrapped labels at the width they are given,
every other item at its minimum) does not fit; the panel's layout then hands any spare
height to its stretchy items (the canvas).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLayout, QLayoutItem, QScrollArea, QWidget


def minimum_height_for_width(item: QLayoutItem | QWidget, width: int) -> int:
    """The least height ``item`` needs at ``width`` without clipping a wrapped text."""
    if isinstance(item, QWidget):
        widget: QWidget | None = item
        layout: QLayout | None = item.layout()
    else:
        if item.isEmpty():
            return 0
        widget, layout = item.widget(), item.layout()
        if widget is not None and widget.layout() is not None:
            layout = widget.layout()
    if widget is not None and layout is None:
        least = max(widget.minimumSizeHint().height(), widget.minimumHeight())
        if widget.hasHeightForWidth():
            least = max(least, widget.heightForWidth(width))
        return min(least, widget.maximumHeight())
    if not isinstance(layout, QBoxLayout):
        assert layout is not None or widget is not None
        found = (layout or widget).minimumSize().height()  # type: ignore[union-attr]
        if layout is not None and layout.hasHeightForWidth():
            found = max(found, layout.heightForWidth(width))  # preferred: never too small
        return found
    margins = layout.contentsMargins()
    inner = max(width - margins.left() - margins.right(), 1)
    children = [layout.itemAt(i) for i in range(layout.count())]
    children = [c for c in children if c is not None and not c.isEmpty()]
    vertical = layout.direction() in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.BottomToTop,
    )
    if vertical:
        spacing = max(layout.spacing(), 0) * max(len(children) - 1, 0)
        body = sum(minimum_height_for_width(c, inner) for c in children) + spacing
    else:  # side by side: each at the width the layout gave it last time
        body = max(
            (minimum_height_for_width(c, c.geometry().width() or inner) for c in children),
            default=0,
        )
    least = body + margins.top() + margins.bottom()
    if widget is not None:
        least = max(least, widget.minimumHeight())
    return least


class PanelScrollArea(QScrollArea):
    """Holds one panel: the viewport's size when it fits, scroll bars when it does not."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(panel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        panel.installEventFilter(self)
        self._fitting = False

    def fit(self) -> None:
        """Size the panel for the current viewport."""
        panel = self.widget()
        if panel is None or self._fitting:
            return
        self._fitting = True
        try:
            view = self.maximumViewportSize()
            width = max(view.width(), panel.minimumSizeHint().width())
            need = minimum_height_for_width(panel, width)
            if need > view.height():  # a vertical scroll bar takes some of the width
                bar = self.verticalScrollBar().sizeHint().width()
                width = max(view.width() - bar, panel.minimumSizeHint().width())
                need = minimum_height_for_width(panel, width)
            height = max(need, view.height())
            if panel.size().toTuple() != (width, height):
                panel.resize(width, height)
        finally:
            self._fitting = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)
