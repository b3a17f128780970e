"""Feature maps: every layer's activations for the current drawing, one mosaic per layer.

Each Conv2D / pooling / BatchNormalization layer is ONE pyqtgraph ``ImageItem`` whose
image tiles all channels (:class:`cnngui.core.inference.mosaic.Mosaic`); a refresh is one
``setImage`` per layer with fixed levels, so 30 refreshes a second stay cheap. Dense
layers are a strip of units. Hover shows layer, channel and value; a click enlarges a
channel; the first layer's filters can be shown as images.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.inference.mosaic import Mosaic, display_scale
from cnngui.ui.elided_label import ElidedLabel
from cnngui.ui.feature_map_parts import (
    _DIVERGING,
    _GREY,
    KERNEL_HEIGHT,
    MAP_HEIGHT,
    MOSAIC_ASPECT,
    SKIPPED,
    STRIP_HEIGHT,
    _MosaicItem,
    _Row,
    hover_text,
)
from cnngui.ui.i18n import translate
from cnngui.ui.predictions import ColourLegend, label_cells

if TYPE_CHECKING:
    from cnngui.core.inference.predictor import LayerActivation, Prediction


class FeatureMapView(QWidget):
    """All layers' activations of the latest prediction.

    Public API: ``set_model(model)`` (a keras.Model or None; used for the first layer's
    filters), ``show_prediction(prediction_or_None)``; signal ``channel_selected(str, int)``
    (layer name, channel) when a channel is clicked and enlarged; attribute ``kernels_box``
    (QCheckBox) to show the first-layer filters.
    """

    channel_selected = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: Any = None
        self._rows: list[_Row] = []
        self._signature: tuple[tuple[str, tuple[int, ...]], ...] = ()
        self._selected: tuple[str, int] | None = None
        self._kernels: _Row | None = None
        self._plain = True  # the rows were built without the filters row on top
        self._last: Prediction | None = None

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground(None)
        self.graphics.ci.setContentsMargins(2, 2, 2, 2)
        self.graphics.ci.setSpacing(2)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.graphics)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.detail = pg.GraphicsLayoutWidget()
        self.detail.setBackground(None)
        # a wrapped Qt label above the enlarged view: never cut off, whatever the width
        self.detail_label = QLabel(translate("FeatureMaps", "click a channel to enlarge it"))
        self.detail_label.setWordWrap(True)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.detail_label.setToolTip(
            translate("FeatureMaps", "Click a channel of any layer to see it enlarged here.")
        )
        self.detail_view = self.detail.addViewBox(row=0, col=0, lockAspect=True, invertY=True)
        self.detail_view.setMouseEnabled(False, False)
        self.detail_view.setMenuEnabled(False)
        self.detail_item = pg.ImageItem(axisOrder="row-major")
        self.detail_view.addItem(self.detail_item)
        self.detail.setMinimumWidth(120)
        self.detail.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self.kernels_box = QCheckBox(translate("FeatureMaps", "show first-layer filters"))
        self.kernels_box.setToolTip(
            translate(
                "FeatureMaps",
                "The learned 2-D filters of the first convolution: red weights add, blue subtract.",
            )
        )
        self.kernels_box.toggled.connect(self._relayout)
        # hovering changes this line all the time: elided, it never widens the panel
        self.info = ElidedLabel(
            translate("FeatureMaps", "Draw a digit to see what every layer computes.")
        )

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.kernels_box)
        side_layout.addWidget(self.detail_label)
        side_layout.addWidget(self.detail, 1)
        self.legend = ColourLegend()  # the enlarged layer's colours (the first until a click)
        self.filter_legend = ColourLegend()  # the first-layer filters', while shown
        side_layout.addWidget(self.legend)
        side_layout.addWidget(self.filter_legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.info)
        self._aspect = MOSAIC_ASPECT
        self.scroll.viewport().installEventFilter(self)
        self.graphics.installEventFilter(self)
        self.scroll.verticalScrollBar().valueChanged.connect(self._draw_stale_rows)

    # ------------------------------------------------------------ public API

    def set_model(self, model: Any) -> None:
        """The model whose activations will be shown (for its filters and layer names)."""
        self._model = model
        self._last = None
        self._selected = None
        self._clear_detail()
        self._relayout()

    def show_prediction(self, prediction: Prediction | None) -> None:
        """Show every layer's activations; None (nothing drawn) blanks the maps."""
        self._last = prediction
        if prediction is None:
            for row in self._rows:
                row.values = row.scaled = None
                row.stale = False
                row.item.clear()
            self._clear_detail_image()
            self.info.setText(
                translate(
                    "FeatureMaps", "Nothing drawn: draw a digit to see what every layer computes."
                )
            )
            return
        shown = [a for a in prediction.activations if _shown(a)]
        signature = tuple((a.name, tuple(a.values.shape)) for a in shown)
        if signature != self._signature:
            self._signature = signature
            self._rebuild(shown)
        prompts = (
            translate("FeatureMaps", "Draw a digit to see what every layer computes."),
            translate(
                "FeatureMaps", "Nothing drawn: draw a digit to see what every layer computes."
            ),
        )
        if self.info.text() in prompts:
            self.info.setText(
                translate(
                    "FeatureMaps",
                    "Hover over a map to read its values; click a channel to enlarge it.",
                )
            )
        if self.kernels_box.isChecked():
            self._update_kernels()
        selected = self._selected[0] if self._selected else None
        visible = self._visible_rows()
        for row, act in zip(self._rows, shown):
            if row.name in visible or row.name == selected:
                self._set_row(row, act.values)
            else:  # scrolled away or hidden: drawn when it comes into view
                row.values, row.stale = act.values, True
        self._update_detail()
        self._update_legends()

    def layer_names(self) -> list[str]:
        """Names of the layers shown, top to bottom (for tests and the window)."""
        return [row.name for row in self._rows]

    def mosaic_image(self, name: str) -> np.ndarray | None:
        """The image currently shown for layer ``name`` (None if none)."""
        for row in self._rows:
            if row.name == name:
                if row.stale:
                    self._set_row(row, row.values)
                return row.item.image
        return None

    def select_channel(self, name: str, channel: int) -> None:
        """Enlarge ``channel`` of layer ``name`` (what a click does)."""
        self._selected = (name, channel)
        self._update_detail()
        self._update_legends()
        self.channel_selected.emit(name, channel)

    # ------------------------------------------------------------ building

    def _visible_rows(self) -> set[str]:
        """Names of the rows at least partly on screen now.

        Only they are redrawn on every pen move: a small screen shows three or four of a
        network's ten rows, and a hidden panel none, so the rest wait until they are
        scrolled to or shown (:meth:`_draw_stale_rows`).
        """
        viewport = self.graphics.viewport()
        region = viewport.visibleRegion()
        if region.isEmpty():
            return set()
        return {
            row.name
            for row in self._rows
            if region.intersects(
                self.graphics.mapFromScene(row.view.sceneBoundingRect()).boundingRect()
            )
        }

    def _draw_stale_rows(self) -> None:
        """Draw the rows that came into view with the values they missed."""
        stale = [row for row in self._rows if row.stale]
        if not stale:
            return
        visible = self._visible_rows()
        for row in stale:
            if row.name in visible:
                self._set_row(row, row.values)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Re-tile the mosaics when the maps' area gets much wider or narrower; draw rows
        that come into view."""
        if watched is self.graphics and event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self._draw_stale_rows)  # once the layout has settled
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._draw_stale_rows)  # a taller view shows more rows
            aspect = _aspect_for(event.size().width(), self._map_height())
            if abs(aspect - self._aspect) / self._aspect > 0.3:
                self._aspect = aspect
                QTimer.singleShot(0, self._relayout)  # not inside the resize itself
        return super().eventFilter(watched, event)

    def _relayout(self) -> None:
        """Rebuild the rows (model changed or filters toggled) and show the last values."""
        if self._last is not None:
            self._signature = ()
            self.show_prediction(self._last)
            return
        shown = [a for a in _model_layers(self._model) if _shown(a)]
        self._signature = tuple((a.name, tuple(a.values.shape)) for a in shown)
        self._rebuild(shown)
        self._update_legends()

    def _rebuild(self, shown: list[Any]) -> None:
        if self._rows and self._plain and not self.kernels_box.isChecked():
            self._reuse_rows(shown)  # another network: retarget the rows, do not remake them
            return
        self._plain = not self.kernels_box.isChecked()
        self.graphics.clear()
        self._rows = []
        self._kernels = None
        height = 0
        r = 0
        if self.kernels_box.isChecked():
            kernels = self._kernel_array()
            if kernels is None:
                self.graphics.addLabel(
                    translate("FeatureMaps", "the model has no Conv2D layer: no filters to show"),
                    row=r,
                )
                r += 1
                height += 24
            else:
                name, k = kernels
                kh, kw, _, out = k.shape
                self._kernels = self._add_row(
                    r,
                    translate("FeatureMaps", "{name} filters ({kh}×{kw}, {out} of them)").format(
                        name=name, kh=kh, kw=kw, out=out
                    ),
                    name,
                    "kernels",
                    k.shape,
                )
                self._update_kernels()
                r += 2
                height += self._view_height("kernels", k.shape) + 24
        for act in shown:
            shape = tuple(act.values.shape)
            row = self._add_row(r, _row_label(act, shape), act.name, act.type, shape)
            self._rows.append(row)
            r += 2
            height += self._view_height(act.type, shape) + 24
        self.graphics.setMinimumHeight(max(height, 50))

    def _reuse_rows(self, shown: list[Any]) -> None:
        """Point the existing rows at another network's layers (a new model after training).

        Making pyqtgraph view boxes and labels is what costs: remaking every row froze the
        window for ~100 ms when the drawing switched to the network being trained. Only
        the rows the new network has in excess are added, the missing ones removed.
        """
        old, self._rows = self._rows, []
        height = 0
        for i, act in enumerate(shown):
            shape = tuple(act.values.shape)
            text = _row_label(act, shape)
            height += self._view_height(act.type, shape) + 24
            if i >= len(old):
                self._rows.append(self._add_row(2 * i, text, act.name, act.type, shape))
                continue
            row = old[i]
            mosaic = Mosaic.for_shape(shape, aspect=self._aspect)
            row.label.setText(text, size=self._label_size())
            row.label.setToolTip(text)
            row.view.setFixedHeight(self._view_height(act.type, shape))
            row.item.clear()
            h, w = mosaic.shape
            row.view.setRange(xRange=(0, w), yRange=(0, h), padding=0.02)
            new = _Row(act.name, act.type, shape, mosaic, row.item, row.view, row.label)
            new.digits = label_cells(new.view, shape, row.digits)
            self._rows.append(new)
        for row in old[len(shown) :]:
            self.graphics.ci.removeItem(row.label)
            self.graphics.ci.removeItem(row.view)
        self.graphics.setMinimumHeight(max(height, 50))

    zoom = 1.0  #: the window's text zoom (presentation mode): layer titles follow it

    def _label_size(self) -> str:
        return f"{9 * self.zoom:.0f}pt"

    def set_zoom(self, zoom: float) -> None:
        """Layer titles as large as the window's text (pyqtgraph draws its own labels), and
        the mosaics as many times taller: on a projector the maps grow with the text."""
        if abs(zoom - self.zoom) < 1e-6:
            return
        self.zoom = zoom
        for row in self._rows:
            row.label.setText(row.label.text, size=self._label_size())
        self._aspect = _aspect_for(self.scroll.viewport().width(), self._map_height())
        if self._rows or self._kernels is not None:
            self._signature = ()  # rebuild at the new heights
            self._relayout()

    def _map_height(self) -> int:
        return int(MAP_HEIGHT * self.zoom)

    def _view_height(self, kind: str, shape: tuple[int, ...]) -> int:
        """Pixels of one row's view: mosaics, Dense strips and filters scale with the zoom."""
        if kind == "kernels":
            return int(KERNEL_HEIGHT * self.zoom)
        return int((STRIP_HEIGHT if len(shape) == 1 else MAP_HEIGHT) * self.zoom)

    def _add_row(self, r: int, text: str, name: str, kind: str, shape: tuple[int, ...]) -> _Row:
        if kind == "kernels":
            kh, kw, _, out = shape
            mosaic = Mosaic.for_shape((kh, kw, out), aspect=self._aspect * 2)
        else:
            mosaic = Mosaic.for_shape(shape, aspect=self._aspect)
        label = self.graphics.addLabel(text, row=r, col=0, justify="left", size=self._label_size())
        label.setMinimumWidth(10)  # long names are clipped, never widen the view
        label.setToolTip(text)
        view = self.graphics.addViewBox(row=r + 1, col=0, lockAspect=True, invertY=True)
        view.setMouseEnabled(False, False)
        view.setMenuEnabled(False)
        view.setFixedHeight(self._view_height(kind, shape))
        key = -1 if kind == "kernels" else len(self._rows)
        item = _MosaicItem(self, key)
        item.setColorMap(_GREY)
        view.addItem(item)
        h, w = mosaic.shape
        view.setRange(xRange=(0, w), yRange=(0, h), padding=0.02)
        row = _Row(name, kind, shape, mosaic, item, view, label)
        row.digits = label_cells(view, shape, None)
        return row

    # ------------------------------------------------------------ updating

    def _set_row(self, row: _Row, values: np.ndarray) -> None:
        scaled, signed = display_scale(values)
        if signed != row.signed or row.values is None:
            row.item.setColorMap(_DIVERGING if signed else _GREY)
        row.values = values
        row.scaled = scaled
        row.signed = signed
        row.stale = False
        row.item.setImage(row.mosaic.render(scaled), autoLevels=False, levels=(0.0, 1.0))

    def _update_legends(self) -> None:
        """The legend shows the enlarged layer (the first one until a channel is clicked)."""
        name = self._selected[0] if self._selected else None
        rows = [r for r in self._rows if r.values is not None]
        row = next((r for r in rows if r.name == name), rows[0] if rows else None)
        kernels = self._kernels if self.kernels_box.isChecked() else None
        for legend, shown, suffix in (
            (self.legend, row, ""),
            (self.filter_legend, kernels, translate("FeatureMaps", " filters")),
        ):
            ok = shown is not None and shown.values is not None
            legend.setVisible(ok)
            if ok:
                v = np.nan_to_num(shown.values)
                legend.set_range(shown.name + suffix, float(v.min()), float(v.max()), shown.signed)

    def _kernel_array(self) -> tuple[str, np.ndarray] | None:
        if self._model is None:
            return None
        from cnngui.core.inference.predictor import first_conv_kernels

        return first_conv_kernels(self._model)

    def _update_kernels(self) -> None:
        if self._kernels is None:
            return
        found = self._kernel_array()
        if found is None or found[1].shape != self._kernels.shape:
            return
        k = found[1].mean(axis=2)  # (kh, kw, out): averaged over input channels
        top = float(np.abs(k).max()) or 1.0
        scaled = 0.5 + 0.5 * k / top  # zero weight = white, whatever the signs present
        self._kernels.values = k
        self._kernels.scaled = scaled
        self._kernels.signed = True
        self._kernels.item.setColorMap(_DIVERGING)
        self._kernels.item.setImage(
            self._kernels.mosaic.render(scaled), autoLevels=False, levels=(0.0, 1.0)
        )

    def _row(self, key: int) -> _Row | None:
        if key == -1:
            return self._kernels
        return self._rows[key] if 0 <= key < len(self._rows) else None

    def _hover(self, key: int | None, y: float, x: float) -> None:
        row = None if key is None else self._row(key)
        if row is None or row.values is None:
            return
        spot = row.mosaic.locate(y, x)
        if spot is None:
            return
        self.info.setText(hover_text(row, *spot))

    def _click(self, key: int, y: float, x: float) -> None:
        row = self._row(key)
        if row is None:
            return
        spot = row.mosaic.locate(y, x)
        if spot is None:
            return
        name = f"{row.name} filter" if row.type == "kernels" else row.name
        self.select_channel(name, spot[0])

    def _update_detail(self) -> None:
        if self._selected is None:
            return
        name, channel = self._selected
        if name.endswith(" filter"):
            row = self._kernels
            title = f"{name} {channel}"
        else:
            row = next((r for r in self._rows if r.name == name), None)
            title = f"{name}<br>channel {channel}"
            if row is not None and row.stale:  # chosen while off screen
                self._set_row(row, row.values)
        if row is None or row.scaled is None:
            self._clear_detail_image()
            return
        scaled = row.scaled
        if scaled.ndim == 1:
            part = scaled.reshape(1, -1)
            title = translate("FeatureMaps", "{name}<br>all {shape} units").format(
                name=name, shape=scaled.shape[0]
            )
        elif scaled.ndim == 2:
            part = scaled
        elif channel < scaled.shape[2]:
            part = scaled[:, :, channel]
        else:
            return
        self.detail_item.setColorMap(_DIVERGING if row.signed else _GREY)
        self.detail_item.setImage(part, autoLevels=False, levels=(0.0, 1.0))
        self.detail_label.setText(f"{title} · {part.shape[0]}×{part.shape[1]}")
        self._fit_detail(part.shape)

    def _fit_detail(self, shape: tuple[int, ...]) -> None:
        self.detail_view.setRange(xRange=(0, shape[1]), yRange=(0, shape[0]), padding=0.02)

    def _clear_detail_image(self) -> None:
        self.detail_item.clear()

    def _clear_detail(self) -> None:
        self._clear_detail_image()
        self.detail_label.setText(translate("FeatureMaps", "click a channel to enlarge it"))


@dataclass
class _Placeholder:
    """Stands in for a LayerActivation when rebuilding rows without new values."""

    name: str
    type: str
    shape: tuple[int, ...]

    @property
    def values(self) -> np.ndarray:
        return np.zeros(self.shape, np.float32)


def _aspect_for(width: int, row_height: int = MAP_HEIGHT) -> float:
    """Mosaic width/height ratio that fills a view ``width`` pixels wide with rows this high."""
    return float(min(max((width - 20) / max(row_height, 1), 1.0), 6.0))


def _row_label(act: Any, shape: tuple[int, ...]) -> str:
    """``conv2d_0 · 28×28×32`` (the type added when the name does not say it)."""
    kind = "" if act.type.lower() in act.name.lower() else f" ({act.type})"
    return f"{act.name}{kind} · {'×'.join(str(d) for d in shape)}"


def _model_layers(model: Any) -> list[_Placeholder]:
    """Names, types and output shapes of ``model``'s layers, before anything is drawn."""
    if model is None:
        return []
    out = []
    for layer in model.layers:
        try:
            shape = tuple(int(d) for d in layer.output.shape[1:])
        except (AttributeError, TypeError, ValueError):
            continue
        out.append(_Placeholder(layer.name, type(layer).__name__, shape))
    return out


def _shown(act: LayerActivation | _Placeholder) -> bool:
    return act.type not in SKIPPED and act.values.ndim in (1, 2, 3)
