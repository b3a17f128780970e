"""The pieces of the feature-map view: colour maps, one layer's row, the hover read-out.

Split from ``feature_maps`` to keep modules small.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from cnngui.core.inference.mosaic import Mosaic
from cnngui.ui.i18n import translate

SKIPPED = ("Flatten", "Dropout", "InputLayer")  #: same values as the layer before
MAP_HEIGHT = 150  #: pixels per mosaic row
STRIP_HEIGHT = 46  #: pixels per Dense strip
KERNEL_HEIGHT = 100  #: pixels for the first layer's filters
MOSAIC_ASPECT = 4.0  #: mosaics are laid out about this much wider than high

_GREY = pg.ColorMap([0.0, 1.0], [(0, 0, 0), (255, 255, 255)])
_DIVERGING = pg.ColorMap(
    [0.0, 0.5, 1.0], [(40, 90, 200), (245, 245, 245), (210, 50, 40)]
)  # blue (negative) – white (zero) – red (positive)


class _MosaicItem(pg.ImageItem):
    """An ImageItem that reports hover and clicks in mosaic pixel coordinates."""

    def __init__(self, owner: Any, key: int) -> None:
        super().__init__(axisOrder="row-major")
        self._owner = owner
        self._key = key
        self.setAcceptHoverEvents(True)

    def hoverEvent(self, ev: Any) -> None:
        if ev.isExit():
            self._owner._hover(None, 0.0, 0.0)
            return
        pos = ev.pos()
        self._owner._hover(self._key, pos.y(), pos.x())

    def mouseClickEvent(self, ev: Any) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            pos = ev.pos()
            self._owner._click(self._key, pos.y(), pos.x())
            ev.accept()


@dataclass
class _Row:
    """One layer's mosaic and the data behind it (for hover and enlarging)."""

    name: str
    type: str
    shape: tuple[int, ...]
    mosaic: Mosaic
    item: _MosaicItem
    view: pg.ViewBox
    label: pg.LabelItem
    values: np.ndarray | None = None  #: raw activations (for hover)
    scaled: np.ndarray | None = None  #: values mapped to [0, 1] (for the enlarged view)
    signed: bool = False
    digits: list[Any] | None = None  #: "0"…"9" over a 10-unit strip
    stale: bool = False  #: ``values`` are newer than the image (the row is off screen)


def hover_text(row: _Row, channel: int, ry: int, rx: int) -> str:
    """The read-out line for the mosaic pixel under the mouse."""
    v = row.values
    if row.type == "kernels":
        value = float(v[ry, rx, channel])
        return translate(
            "FeatureMaps", "{name} filter {channel} · weight ({ry}, {rx}) = {value:+.3f}"
        ).format(name=row.name, channel=channel, ry=ry, rx=rx, value=value)
    elif v.ndim == 1:
        return translate("FeatureMaps", "{name} ({type}) · unit {channel} · value {v:.3f}").format(
            name=row.name, type=row.type, channel=channel, v=v[channel]
        )
    else:
        value = float(v[ry, rx, channel] if v.ndim == 3 else v[ry, rx])
        return translate(
            "FeatureMaps",
            "{name} ({type}) · channel {channel} · pixel ({ry}, {rx}) · value {value:.3f}",
        ).format(name=row.name, type=row.type, channel=channel, ry=ry, rx=rx, value=value)
