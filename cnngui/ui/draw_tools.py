"""The Draw panel's tool row: Clear, Undo, Collect, Why? and the pen width.

Split from ``draw_panel`` to keep modules small; the buttons become attributes of the
panel (``panel.collect_button``, ``panel.overlay_button``) as before.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider

from cnngui.ui.canvas import DEFAULT_PEN
from cnngui.ui.i18n import translate


def build_tools(self: Any) -> QHBoxLayout:
    """Create the panel's buttons and pen slider; return the row that holds them."""
    self.collect_button = QPushButton(translate("DrawPanel", "Collect"))
    self.collect_button.setObjectName("collect")
    self.collect_button.setCheckable(True)
    self.collect_button.setToolTip(
        translate(
            "DrawPanel",
            "Collect mode: build the class's own dataset. Draw the asked-for digit, press "
            "Enter to keep it or Esc to skip it.",
        )
    )
    self.collect_button.toggled.connect(self.set_collecting)

    self.overlay_button = QPushButton(translate("DrawPanel", "Why?"))
    self.overlay_button.setObjectName("saliency_overlay")
    self.overlay_button.setCheckable(True)
    self.overlay_button.setToolTip(
        translate(
            "DrawPanel",
            "Colour the drawing by how much each spot pushed the network towards its answer "
            "(red: towards it, blue: away). Click a probability bar to ask about another "
            "digit.",
        )
    )
    self.overlay_button.toggled.connect(self.overlay_toggled)

    clear = QPushButton(translate("DrawPanel", "Clear"))
    clear.setToolTip(translate("DrawPanel", "Clear the canvas (Esc, or right-click on it)"))
    clear.clicked.connect(self.clear)
    undo = QPushButton(translate("DrawPanel", "Undo"))
    undo.setToolTip(translate("DrawPanel", "Remove the last stroke (Ctrl+Z)"))
    undo.clicked.connect(self._canvas.undo)
    self._pen = QSlider(Qt.Orientation.Horizontal)
    self._pen.setRange(4, 48)
    self._pen.setValue(int(DEFAULT_PEN))
    self._pen.setToolTip(translate("DrawPanel", "Pen width"))
    self._pen.valueChanged.connect(lambda v: self._canvas.set_pen_width(float(v)))
    self._pen.setMaximumWidth(140)
    tools = QHBoxLayout()
    tools.addWidget(clear)
    tools.addWidget(undo)
    tools.addWidget(self.collect_button)
    tools.addWidget(self.overlay_button)
    tools.addStretch(1)
    tools.addWidget(QLabel(translate("DrawPanel", "Pen")))
    tools.addWidget(self._pen)
    return tools
