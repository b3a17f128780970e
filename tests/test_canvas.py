"""The canvas and the drawing panel, driven with real mouse events (pytest-qt, offscreen)."""

from __future__ import annotations

import numpy as np
import pytest
from digits_helpers import STROKES
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from ui.ui_helpers import save_shot

from cnngui.ui.canvas import DrawingCanvas

keras = pytest.importorskip("keras")


@pytest.fixture(autouse=True)
def no_xla(monkeypatch):
    """These tests check behaviour, not speed: skip the seconds XLA takes to compile."""
    monkeypatch.setenv("CNNGUI_XLA", "0")


def stroke(widget, points: list[tuple[int, int]]) -> None:
    """Press, move through ``points`` and release the left button, as a person would."""
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(widget, left, none, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(widget, QPoint(x, y))
    QTest.mouseRelease(widget, left, none, QPoint(*points[-1]))


def draw_digit(canvas: DrawingCanvas, digit: int, height_fraction: float = 0.75) -> None:
    """Draw one of the test templates on the canvas's square with the mouse."""
    side = min(canvas.width(), canvas.height())
    ox, oy = (canvas.width() - side) / 2, (canvas.height() - side) / 2
    h = side * height_fraction
    w = 0.75 * h
    for points in STROKES[digit]:
        pts = [
            (round(ox + side / 2 + (x - 0.5) * w), round(oy + side / 2 + (y - 0.5) * h))
            for x, y in points
        ]
        stroke(canvas, pts)


@pytest.fixture(scope="module")
def model():
    from cnngui.core.inference.predictor import default_model_path, load_model

    if not default_model_path().exists():
        pytest.skip(f"the bundled default model {default_model_path()} is missing")
    return load_model(default_model_path())


def test_canvas_strokes_undo_and_clear(qtbot) -> None:
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(300, 300)
    canvas.show()
    assert canvas.is_empty() and canvas.image().max() == 0.0
    with qtbot.waitSignal(canvas.stroke_finished, timeout=2000):
        stroke(canvas, [(50, 50), (150, 60), (250, 250)])
    ink = canvas.image()
    assert ink.dtype == np.float32 and ink.max() == pytest.approx(1.0)
    assert ink.shape[0] >= 280 and ink.shape[0] == ink.shape[1]
    assert canvas.stroke_count() == 1
    stroke(canvas, [(40, 250), (250, 40)])
    two = canvas.image().sum()
    QTest.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert canvas.stroke_count() == 1
    np.testing.assert_allclose(canvas.image().sum(), ink.sum(), rtol=1e-3)
    assert two > ink.sum()
    with qtbot.waitSignal(canvas.cleared, timeout=2000):
        QTest.mouseClick(canvas, Qt.MouseButton.RightButton, pos=QPoint(100, 100))
    assert canvas.is_empty() and canvas.image().max() == 0.0


def test_a_stroke_leaving_the_canvas_is_clipped_not_dragged_along_the_edge(qtbot) -> None:
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(280, 280)
    canvas.show()
    stroke(canvas, [(140, 140), (400, 140), (400, 20), (500, 20)])  # out of the right side
    ink = canvas.image()
    edge = ink[:, -1]
    assert edge.max() > 0.9  # the stroke reaches the edge where it left ...
    assert np.count_nonzero(edge > 0.5) < 0.15 * len(edge)  # ... and nowhere else


def test_touch_and_pen_tablet_draw_too(qtbot) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(280, 280)
    canvas.show()
    finger = QTest.createTouchDevice()
    QTest.touchEvent(canvas, finger).press(0, QPoint(50, 50)).commit()
    for x in range(60, 240, 10):
        QTest.touchEvent(canvas, finger).move(0, QPoint(x, x)).commit()
    QTest.touchEvent(canvas, finger).release(0, QPoint(240, 240)).commit()
    assert canvas.stroke_count() == 1 and canvas.image().sum() > 1000

    pen = QPointingDevice(
        "test pen",
        1,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )

    def send(kind: QEvent.Type, x: float, y: float, buttons: Qt.MouseButton) -> None:
        at = QPointF(x, y)
        event = QTabletEvent(
            kind, pen, at, at, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons,
        )  # fmt: skip
        QApplication.sendEvent(canvas, event)

    before = canvas.image().sum()
    send(QEvent.Type.TabletPress, 40, 200, Qt.MouseButton.LeftButton)
    for i in range(20):
        send(QEvent.Type.TabletMove, 40 + i * 10, 200 - i * 8, Qt.MouseButton.LeftButton)
    send(QEvent.Type.TabletRelease, 240, 40, Qt.MouseButton.NoButton)
    assert canvas.stroke_count() == 2 and canvas.image().sum() > before + 1000


def test_pen_width_and_resizing_keep_the_drawing(qtbot) -> None:
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(280, 280)
    canvas.show()
    canvas.set_pen_width(8)
    stroke(canvas, [(40, 140), (240, 140)])
    thin = canvas.image()
    canvas.clear()
    canvas.set_pen_width(30)
    stroke(canvas, [(40, 140), (240, 140)])
    thick = canvas.image()
    assert thick.sum() > 2.5 * thin.sum()
    canvas.resize(560, 560)  # the window grows: the drawing scales with it
    qtbot.waitUntil(lambda: canvas.image().shape[0] >= 560, timeout=2000)
    big = canvas.image()
    rows = np.flatnonzero(big.max(axis=1) > 0.5)
    assert abs(rows.mean() / big.shape[0] - 0.5) < 0.05  # still in the middle


def test_draw_panel_predicts_while_drawing_and_after(qtbot, model) -> None:
    from cnngui.ui import draw_panel as dp
    from cnngui.ui.draw_panel import DrawPanel
    from cnngui.ui.feature_maps import FeatureMapView

    panel = DrawPanel()
    maps = FeatureMapView()
    qtbot.addWidget(panel)
    qtbot.addWidget(maps)
    panel.predicted.connect(maps.show_prediction)
    panel.resize(520, 720)
    maps.resize(900, 760)
    with qtbot.waitSignal(panel.model_ready, timeout=60_000):
        panel.set_model(model, "the default model")  # compiled in a background thread
    assert not panel.is_preparing()
    maps.set_model(model)
    panel.show()
    maps.show()
    got = []
    panel.predicted.connect(got.append)

    with qtbot.waitSignal(panel.predicted, timeout=3000) as blocker:
        draw_digit(panel.canvas, 7)
    assert blocker.args[0] is not None
    assert got[-1] is not None and got[-1].digit == 7, got[-1].probabilities
    assert panel.last_prediction is got[-1]
    assert len(maps.layer_names()) >= 5

    panel.clear()
    assert got[-1] is None  # nothing drawn: no guess
    for digit in (3, 4, 0):
        draw_digit(panel.canvas, digit)
        assert got[-1].digit == digit, (digit, got[-1].probabilities)
        panel.clear()
    draw_digit(panel.canvas, 2)
    panel._seen.toggle.setChecked(True)
    maps.kernels_box.setChecked(True)
    maps.select_channel(maps.layer_names()[0], 5)
    qtbot.wait(100)  # let the layouts settle before taking pictures
    save_shot(panel, "draw_panel")  # for people to look at, not checked
    save_shot(maps, "feature_maps")

    # throttling: with the clock standing still, a long stroke predicts once while
    # drawing (the rest wait for the timer) and once when the pen lifts
    panel.clear()
    got.clear()
    original = dp.time.monotonic
    dp.time.monotonic = lambda: 1000.0
    try:
        panel._last_time = 0.0
        stroke(panel.canvas, [(60 + 4 * i, 100 + 2 * i) for i in range(40)])
    finally:
        dp.time.monotonic = original
    assert len(got) == 2 and got[-1] is not None
    qtbot.waitUntil(lambda: not panel._timer.isActive(), timeout=2000)


def test_panel_shortcuts_weights_and_loaded_digits(qtbot, model) -> None:
    from digits_helpers import mnist_test_digits

    from cnngui.ui.draw_panel import DrawPanel

    panel = DrawPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 700)
    panel.show()
    panel.predict_now()
    assert panel.last_prediction is None  # no model yet: no guess
    wrong = keras.Sequential([keras.Input((32, 32, 3)), keras.layers.Flatten()])
    with qtbot.waitSignal(panel.model_failed, timeout=30_000) as failed:
        panel.set_model(wrong, "a colour model")
    assert "28" in failed.args[0] and "Cannot predict" in panel._model_label.text()
    panel.set_model(model, "default", stale=True, background=False)
    assert "before your latest changes" in panel._model_label.text()
    compiled = panel.predictor
    panel.set_model(model, "default", stale=False)  # same network: relabelled at once
    assert panel.predictor is compiled and not panel.is_preparing()
    assert "before your latest changes" not in panel._model_label.text()
    x, y = mnist_test_digits(3)
    panel.load_image28(x[1])
    assert panel.last_prediction.digit == y[1]
    np.testing.assert_allclose(panel._seen._image28, x[1])
    draw_digit(panel.canvas, 1)  # drawing over a loaded digit predicts the canvas
    assert panel._fixed_input is None
    panel.canvas.setFocus()
    QTest.keyClick(panel.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.canvas.stroke_count() == 0
    QTest.keyClick(panel.canvas, Qt.Key.Key_Escape)
    assert panel.canvas.is_empty() and panel.last_prediction is None
    draw_digit(panel.canvas, 7)
    before = panel.last_prediction.probabilities
    weights = model.get_weights()
    try:
        panel.set_weights([np.zeros_like(w) for w in weights])
        np.testing.assert_allclose(panel.last_prediction.probabilities, 0.1, atol=1e-5)
    finally:
        panel.set_weights(weights)
    np.testing.assert_allclose(panel.last_prediction.probabilities, before, atol=1e-5)
    # weights that arrive while a model is still compiling are applied when it is ready
    panel.set_model(None, "nothing")
    panel.set_model(model, "default again")
    panel.set_weights([np.zeros_like(w) for w in weights])
    try:
        assert panel.wait_until_ready()
        np.testing.assert_allclose(panel.last_prediction.probabilities, 0.1, atol=1e-5)
    finally:
        panel.set_weights(weights)
    panel.set_model(None, "nothing")
    assert panel.last_prediction is None
