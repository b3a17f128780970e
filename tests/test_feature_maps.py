"""Feature-map mosaics: tiling arithmetic (headless) and the view (pytest-qt, offscreen)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnngui.core.inference.mosaic import Mosaic, display_scale, grid_shape

# ---------------------------------------------------------------- core: no Qt


@settings(max_examples=60, deadline=None)
@given(h=st.integers(1, 30), w=st.integers(1, 30), c=st.integers(1, 70), aspect=st.floats(0.3, 6))
def test_every_channel_pixel_is_where_locate_says(h: int, w: int, c: int, aspect: float) -> None:
    mosaic = Mosaic.for_shape((h, w, c), aspect=aspect)
    assert mosaic.rows * mosaic.cols >= c
    assert (mosaic.rows - 1) * mosaic.cols < c  # no empty row
    values = np.arange(h * w * c, dtype=np.float32).reshape(h, w, c)
    image = mosaic.render(values)
    assert image.shape == mosaic.shape
    assert np.isnan(image).sum() == image.size - values.size  # gaps and spare tiles only
    rng = np.random.default_rng(h * 1000 + w * 10 + c)
    for _ in range(20):
        ch, y, x = int(rng.integers(c)), int(rng.integers(h)), int(rng.integers(w))
        oy, ox = mosaic.origin(ch)
        assert image[oy + y, ox + x] == values[y, x, ch]
        assert mosaic.locate(oy + y + 0.5, ox + x + 0.5) == (ch, y, x)


def test_gaps_and_outside_locate_to_nothing() -> None:
    mosaic = Mosaic.for_shape((4, 4, 3))
    assert mosaic.locate(-1, 0) is None
    assert mosaic.locate(4.5, 0) is None  # the gap row
    assert mosaic.locate(0, 4.2) is None  # the gap column
    assert mosaic.locate(1000, 1000) is None
    assert grid_shape(0) == (1, 1)


def test_dense_strip_and_2d_values() -> None:
    strip = Mosaic.for_shape((130,))
    image = strip.render(np.arange(130, dtype=np.float32))
    assert image.shape == (3, 64)
    assert strip.locate(1, 2) == (66, 0, 0)
    assert np.isnan(image[2, 2:]).all()
    plain = Mosaic.for_shape((5, 6))
    assert plain.render(np.ones((5, 6))).shape == (5, 6)
    with pytest.raises(ValueError):
        plain.render(np.ones((6, 5)))


def test_display_scale_keeps_zero_meaningful() -> None:
    scaled, signed = display_scale(np.array([0.0, 1.0, 4.0]))
    assert not signed and scaled.tolist() == [0.0, 0.25, 1.0]
    scaled, signed = display_scale(np.array([-2.0, 0.0, 1.0]))
    assert signed and scaled.tolist() == [0.0, 0.5, 0.75]
    scaled, _ = display_scale(np.zeros(4))
    assert scaled.tolist() == [0.0] * 4
    # a NaN or infinity (a diverged network) leaves the finite values' scale intact
    scaled, signed = display_scale(np.array([np.nan, 1.0, 2.0, np.inf], np.float32))
    assert not signed and scaled[1:3].tolist() == [0.5, 1.0]


# ---------------------------------------------------------------- the view


@pytest.fixture(scope="module")
def model():
    pytest.importorskip("keras")
    from cnngui.core.model.keras_build import build_model
    from cnngui.core.model.presets import get_preset

    return build_model(get_preset("batchnorm-vgg"))


def test_view_shows_one_image_per_layer_with_hover_and_click(qtbot, model) -> None:
    import pyqtgraph as pg
    from digits_helpers import mnist_test_digits
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    from cnngui.core.inference.predictor import Predictor
    from cnngui.ui.feature_maps import FeatureMapView

    view = FeatureMapView()
    qtbot.addWidget(view)
    view.resize(800, 700)
    view.set_model(model)
    view.show()
    # before anything is drawn the layers are already named
    assert view.layer_names()[0] == "conv2d_0"
    prediction = Predictor(model, jit=False)(mnist_test_digits(1)[0][0])
    view.show_prediction(prediction)

    shown = [a for a in prediction.activations if a.type not in ("Flatten", "Dropout")]
    assert view.layer_names() == [a.name for a in shown]
    items = [i for i in view.graphics.scene().items() if isinstance(i, pg.ImageItem)]
    assert len(items) == len(shown)  # ONE image per layer, not one per channel
    for act in shown:
        image = view.mosaic_image(act.name)
        assert image.shape == Mosaic.for_shape(act.values.shape, aspect=view._aspect).shape
        finite = image[np.isfinite(image)]
        assert finite.min() >= 0 and finite.max() <= 1

    # real mouse events over pixel (3, 2) of channel 7 of the first layer
    qtbot.waitExposed(view)
    qtbot.wait(50)  # let the layout settle before aiming at a pixel
    row = view._rows[0]
    oy, ox = row.mosaic.origin(7)
    at = view.graphics.mapFromScene(row.item.mapToScene(QPointF(ox + 2.5, oy + 3.5)))
    QTest.mouseMove(view.graphics.viewport(), at)
    qtbot.waitUntil(lambda: "channel 7" in view.info.text(), timeout=2000)
    value = float(row.values[3, 2, 7])
    assert "conv2d_0" in view.info.text() and f"{value:.3f}" in view.info.text()
    with qtbot.waitSignal(view.channel_selected, timeout=2000) as blocker:
        QTest.mouseClick(
            view.graphics.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at
        )
    assert blocker.args == ["conv2d_0", 7]
    assert view.detail_item.image.shape == row.values.shape[:2]

    dense = next(i for i, r in enumerate(view._rows) if r.type == "Dense")
    view._hover(dense, 0.5, 3.5)
    assert "unit 3" in view.info.text()

    view.kernels_box.setChecked(True)
    assert view._kernels is not None
    assert (
        view._kernels.item.image.shape
        == Mosaic.for_shape((3, 3, 32), aspect=2 * view._aspect).shape
    )
    view._hover(-1, 0.5, 0.5)
    assert "filter 0" in view.info.text()
    items = [i for i in view.graphics.scene().items() if isinstance(i, pg.ImageItem)]
    assert len(items) == len(shown) + 1

    view.show_prediction(None)
    assert view.mosaic_image("conv2d_0") is None
    assert "Nothing drawn" in view.info.text()


def test_rows_off_screen_are_drawn_when_scrolled_to(qtbot, model) -> None:
    """A pen move redraws the rows on screen only; the others catch up when they show."""
    from digits_helpers import mnist_test_digits

    from cnngui.core.inference.predictor import Predictor
    from cnngui.ui.feature_maps import FeatureMapView

    view = FeatureMapView()
    qtbot.addWidget(view)
    view.resize(600, 260)  # room for about one row of mosaics
    view.set_model(model)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    predictor = Predictor(model, jit=False)
    digits = mnist_test_digits(2)[0]
    view.show_prediction(predictor(digits[0]))
    first, last = view._rows[0], view._rows[-1]
    assert not first.stale and first.item.image is not None
    assert last.stale and last.item.image is None  # not drawn: off screen
    assert view.mosaic_image(last.name) is not None  # asked for: drawn at once
    assert not last.stale

    second = predictor(digits[1])
    view.show_prediction(second)
    assert last.stale and last.values is second.activations[-1].values
    bar = view.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not last.stale, timeout=2000)
    assert np.allclose(
        view.mosaic_image(last.name)[np.isfinite(view.mosaic_image(last.name))],
        display_scale(second.activations[-1].values)[0].ravel(),
    )
    assert first.name not in view._visible_rows()  # scrolled away
    view.select_channel(first.name, 0)  # the enlarged channel is drawn even off screen
    view.show_prediction(predictor(digits[0]))
    assert not first.stale and view._rows[1].stale
