"""Where the panels go, for the screen the window is on, and presentation mode with zoom.

Three arrangements, chosen by the window's width (never by fixed geometry):

- *wide* (≥ 1400 px): drawing | feature maps | builder, training and evaluation as tabs;
- *compact* (a 1366×768 laptop, down to 1024×640): the drawing on the left, and feature
  maps, builder, training and evaluation as tabs on the right (stacked, the drawing and the
  feature maps would not fit 640 px of height);
- *presentation* (View → Presentation, F11): full screen, text and plots zoomed so the
  back row reads them, the drawing and feature maps take most of the width.

Zoom (Ctrl+= / Ctrl+−) scales the application font, and with it every label, table and
plot axis; it is remembered, like presentation mode itself.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from cnngui.ui.main_window import MainWindow

SETTINGS_VERSION = 1  #: of the saved dock layout (a different version is not restored)
WIDE_FROM = 1400  #: px: below this the compact arrangement
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5)
PRESENTATION_ZOOM = 2.0  #: 9 pt text becomes 18 pt: readable from the back of a classroom
FIRST_SHARE = 0.92  #: a first window takes this much of a large screen's free area


def first_geometry(available: QRect, preferred: tuple[int, int] = (1360, 740)) -> QRect:
    """The first window's place: never larger than the screen's free area, centred on it.

    On a small screen (a 1366×768 laptop less its task bar) it takes all the free area; on
    a large one (a 1080p projector) most of it, so the panels are not stuck in a corner.

    >>> first_geometry(QRect(0, 0, 1366, 728)).size().toTuple()
    (1366, 728)
    >>> first_geometry(QRect(0, 0, 1920, 1040)).size().toTuple()
    (1766, 956)
    """
    w, h = available.width(), available.height()
    if w > preferred[0] * 1.2 and h > preferred[1] * 1.2:
        w, h = int(w * FIRST_SHARE), int(h * FIRST_SHARE)
    else:
        w, h = min(w, max(preferred[0], w)), min(h, max(preferred[1], h))
    rect = QRect(0, 0, w, h)
    rect.moveCenter(available.center())
    return rect


class WindowLayout(QObject):
    """Arranges one window's docks; owns zoom and presentation mode (``window.layout_``)."""

    zoom_changed = Signal(float)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.zoom = 1.0
        self.presenting = False
        self._base_point_size = QApplication.font().pointSizeF() or 9.0
        self._normal_geometry: QRect | None = None

    # -- arrangements -----------------------------------------------------------------
    def mode_for(self, width: int) -> str:
        return "presentation" if self.presenting else "wide" if width >= WIDE_FROM else "compact"

    def arrange(self, width: int | None = None) -> str:
        """Put every dock where the arrangement for ``width`` (default: the window's) wants it."""
        w = self.w
        width = w.width() if width is None else width
        mode = self.mode_for(width)
        d = w.docks
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        for dock in d.values():
            dock.setFloating(False)
            dock.show()
        first = ("builder", "training", "evaluation")
        if mode == "compact":  # stacked, the drawing and feature maps would not fit 640 px
            first = ("features", *first)
        tabs = [d[k] for k in first] + [d[k] for k in d if k not in ("draw", "features", *first)]
        w.addDockWidget(left, d["draw"])
        if mode != "compact":
            w.splitDockWidget(d["draw"], d["features"], Qt.Orientation.Horizontal)
        w.addDockWidget(right, tabs[0])
        for previous, dock in itertools.pairwise(tabs):
            w.tabifyDockWidget(previous, dock)
        tabs[0].raise_()
        if mode == "compact":
            # the drawing panel never narrower than it needs (no sideways scrolling)
            need = d["draw"].widget().widget().minimumSizeHint().width() + 24
            left_width = max(int(width * 0.38), min(need, width // 2))
            w.resizeDocks(
                [d["draw"], tabs[0]],
                [left_width, width - left_width],
                Qt.Orientation.Horizontal,
            )
        else:
            shares = (0.34, 0.38, 0.28) if mode == "presentation" else (0.28, 0.32, 0.40)
            w.resizeDocks(
                [d["draw"], d["features"], tabs[0]],
                [int(width * s) for s in shares],
                Qt.Orientation.Horizontal,
            )
        return mode

    def place_first(self) -> None:
        """Size a window that has no remembered geometry for the screen it opens on."""
        screen = self.w.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        self.w.setGeometry(first_geometry(screen.availableGeometry()))

    # -- remembered geometry ------------------------------------------------------------
    def restore_geometry(self) -> bool:
        """The size and dock layout the user left (False: none remembered, or off-screen)."""
        w = self.w
        geometry = w.settings.value("window/geometry")
        state = w.settings.value("window/state")
        if not isinstance(geometry, QByteArray) or geometry.isEmpty():
            return False
        w.restoreGeometry(geometry)
        screen = w.screen()
        if screen is not None and not screen.availableGeometry().intersects(w.geometry()):
            return False  # remembered on a screen that is gone (a projector unplugged)
        if isinstance(state, QByteArray) and not state.isEmpty():
            return w.restoreState(state, SETTINGS_VERSION)
        return False

    def place_late_docks(self) -> None:
        """Docks made after start-up: where the user left them, or the arrangement's place."""
        state = self.w.settings.value("window/state")
        restored = isinstance(state, QByteArray) and not state.isEmpty()
        if not (restored and self.w.restoreState(state, SETTINGS_VERSION)):
            self.arrange()

    def save_geometry(self) -> None:
        if not self.presenting:  # full screen is not a size to come back to
            self.w.settings.setValue("window/geometry", self.w.saveGeometry())
            self.w.settings.setValue("window/state", self.w.saveState(SETTINGS_VERSION))

    # -- zoom -------------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        """Scale the application's text (labels, tables, menus, plot axes) by ``zoom``."""
        zoom = min(max(float(zoom), ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self.zoom = zoom
        font = QFont(QApplication.font())
        font.setPointSizeF(self._base_point_size * zoom)
        QApplication.setFont(font)
        self._zoom_plots(font)
        features = self.w.features
        if hasattr(features, "set_zoom"):  # the panel exists once the window is set up
            features.set_zoom(zoom)
        self.w.settings.setValue("view/zoom", zoom)
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        bigger = [z for z in ZOOM_STEPS if z > self.zoom + 1e-6]
        self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self.zoom - 1e-6]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def _zoom_plots(self, font: QFont) -> None:
        """pyqtgraph draws its own text: give every plot axis the new font and pen width."""
        import pyqtgraph as pg

        for plot in self.w.findChildren(pg.PlotWidget):
            item: Any = plot.getPlotItem()
            for name in ("left", "bottom", "right", "top"):
                axis = item.getAxis(name)
                axis.setStyle(tickFont=font)
                axis.label.setFont(font)
            left = item.getAxis("left")
            if left.isVisible() and left.width() > 0:  # room for "100%" in the larger font
                left.setWidth(max(QFontMetrics(font).horizontalAdvance("100%") + 18, 30))
            item.titleLabel.item.setFont(font)

    # -- presentation mode ------------------------------------------------------------
    def set_presenting(self, on: bool) -> None:
        """Full screen, zoomed text, drawing and feature maps large; off restores it all."""
        w = self.w
        if on == self.presenting:
            return
        self.presenting = on
        if on:
            self._normal_zoom = self.zoom
            self._normal_geometry = w.geometry()
            w.showFullScreen()
            screen = w.screen()
            if screen is not None:  # without a window manager full screen is only a wish
                w.setGeometry(screen.geometry())
            self.set_zoom(max(self.zoom, PRESENTATION_ZOOM))
        else:
            w.showNormal()
            if self._normal_geometry is not None:
                w.setGeometry(self._normal_geometry)
            self.set_zoom(getattr(self, "_normal_zoom", 1.0))
        screen = w.screen()
        width = screen.geometry().width() if on and screen is not None else w.width()
        self.arrange(width)
        w.settings.setValue("view/presentation", on)
        action = w.menu_actions.get("presentation")
        if action is not None and action.isChecked() != on:
            action.setChecked(on)

    def restore(self) -> None:
        """Zoom and presentation mode as the user left them."""
        zoom = self.w.settings.value("view/zoom", 1.0)
        try:
            zoom = float(zoom)
        except (TypeError, ValueError):
            zoom = 1.0
        if abs(zoom - 1.0) > 1e-6:
            self.set_zoom(zoom)
        if str(self.w.settings.value("view/presentation", "false")).lower() == "true":
            self.set_presenting(True)
