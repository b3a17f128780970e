"""The Look inside panel, offscreen: the playground follows the controls, the step view
animates a real layer and its numbers match Keras, saliency and the nudge show up."""

from __future__ import annotations

import numpy as np
import pytest
from digits_helpers import draw_strokes
from ui_helpers import save_shot

from cnngui.core.inference.predictor import default_model_path, load_model
from cnngui.core.inference.preprocess import preprocess

keras = pytest.importorskip("keras")


@pytest.fixture(scope="module")
def model():
    if not default_model_path().exists():
        pytest.skip("the bundled default model is missing")
    return load_model(default_model_path())


@pytest.fixture
def drawing() -> np.ndarray:
    return preprocess(draw_strokes(3, 200, 20.0)).image28


@pytest.fixture
def panel(qtbot, model, drawing):
    from cnngui.ui.look_inside import LookInsidePanel

    widget = LookInsidePanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.set_model(model)
    widget.set_input(drawing)
    widget.flush()
    return widget


def test_playground_follows_the_controls(panel, model, drawing):
    from cnngui.core.inference.explain.kernels import PRESETS, apply_kernel

    play = panel.playground
    play.preset.setCurrentText("sobel-y")
    play.padding.setCurrentText("same")
    play.stride.setValue(2)
    expected = apply_kernel(drawing, PRESETS["sobel-y"], 2, "same").output
    np.testing.assert_allclose(play.output_view.values, expected, rtol=1e-6)
    assert "= 14" in play.formula.text()
    play.grid.item(1, 1).setText("abc")  # a typo is one sentence, not a crash
    assert "not a number" in play.error.text()
    play.grid.item(1, 1).setText("2")
    assert play.error.text() == "" and play.preset.currentText().startswith("custom")
    play.size.setValue(5)
    assert play.grid.rowCount() == 5 and "= 14" in play.formula.text()
    learned = [
        play.preset.itemText(i)
        for i in range(play.preset.count())
        if "learned" in play.preset.itemText(i)
    ]
    assert len(learned) == 32
    play.size.setValue(2)
    play.preset.setCurrentText(learned[0])
    kernel = model.layers[0].get_weights()[0][:, :, 0, 0]
    np.testing.assert_array_equal(play.kernel(), kernel)  # full precision, not the 4 digits shown
    play.mode.setCurrentIndex(1)  # max pooling 2×2 stride 2
    assert play.output_view.values.shape == (14, 14)
    play.sobel_box.setChecked(True)
    assert all(v.values is not None and v.values.shape == (28, 28) for v in play.sobel_views)
    save_shot(panel, "look_inside_playground")


def test_step_view_plays_a_real_layer(panel, model, drawing, qtbot):
    from cnngui.core.inference.explain.probe import layer_output

    panel.tabs.setCurrentWidget(panel.steps)
    view = panel.steps
    assert view.layer.count() == 6
    view.layer.setCurrentIndex(1)  # the first max pooling
    view.channel.setValue(5)
    assert view.step_count() == 14 * 14
    truth = layer_output(model, view.layer.currentData(), drawing)[..., 5]
    for index in (0, 37, 14 * 14 - 1):
        view.show_step(index)
        step = view.current_step()
        assert step.value == pytest.approx(float(truth[step.row, step.col]), abs=1e-5)
    view.layer.setCurrentIndex(2)  # the second Conv2D: 32 input channels
    view.all_channels.setChecked(True)
    view.show_step(20)
    assert "Σ" in view.arithmetic.text() and "bias" in view.arithmetic.text()
    start = view._index
    view.speed.setValue(view.speed.maximum())
    view.play.setChecked(True)
    qtbot.waitUntil(lambda: view._index >= start + 3, timeout=5000)
    view.play.setChecked(False)
    assert not view.timer.isActive()
    save_shot(panel, "look_inside_steps")


def test_saliency_and_nudge(panel, qtbot):
    seen = []
    panel.saliency_changed.connect(seen.append)
    panel.tabs.setCurrentWidget(panel.saliency)
    assert seen and seen[-1] is not None and seen[-1].values.shape == (28, 28)
    assert seen[-1].digit == 3
    explained = []
    panel.explained_digit_changed.connect(explained.append)
    panel.explain_digit(8)
    assert seen[-1].digit == 8 and explained == [8]
    view = panel.saliency
    view.method.setCurrentIndex(view.method.findData("occlusion"))
    assert seen[-1].method == "occlusion"
    assert panel.nudge.target.currentText() == "8"  # a clicked digit is the nudge's target
    save_shot(panel, "look_inside_saliency")
    panel.set_input(None)
    panel.flush()
    assert seen[-1] is None and panel.nudge.result is None


def test_no_network_or_one_without_convolutions(qtbot, drawing):
    from cnngui.ui.look_inside import GUIDE, LookInsidePanel

    widget = LookInsidePanel()
    qtbot.addWidget(widget)
    widget.set_input(drawing)
    widget.flush()  # no network yet: the playground still works
    assert widget.playground.output_view.values is not None
    mlp = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    widget.set_model(mlp)
    widget.tabs.setCurrentWidget(widget.steps)
    widget.flush()
    assert widget.steps.layer.count() == 0 and widget.steps.step_count() == 0
    widget.tabs.setCurrentWidget(widget.saliency)
    widget.saliency.method.setCurrentIndex(widget.saliency.method.findData("gradcam"))
    assert "needs a Conv2D" in widget.saliency.caption.text()
    assert widget.saliency.result is None
    widget.saliency.method.setCurrentIndex(widget.saliency.method.findData("grad"))
    assert widget.saliency.result is not None
    widget.set_model(None)
    widget.flush()
    assert len(GUIDE) == widget.tabs.count()


def test_live_saliency_follows_the_drawing_from_any_tab(panel, drawing):
    seen = []
    panel.saliency_changed.connect(seen.append)
    panel.tabs.setCurrentWidget(panel.playground)
    panel.set_input(np.roll(drawing, 2, axis=1))
    panel.flush()
    assert not seen  # off by default: no work for a tab nobody looks at
    panel.set_live_saliency(True)
    panel.set_input(drawing)
    panel.flush()
    assert seen and seen[-1].values.shape == (28, 28)


def test_a_hidden_panel_waits_and_catches_up_when_shown(qtbot, drawing):
    """Drawing while the panel is not on show redraws none of its views (the stroke pays
    for nothing nobody sees); showing it brings the playground up to date."""
    from cnngui.ui.look_inside import LookInsidePanel

    widget = LookInsidePanel()
    qtbot.addWidget(widget)
    widget.set_input(drawing)
    widget._update_visible()  # what the panel's timer runs after each drawing
    assert widget.playground.output_view.values is None
    widget.resize(900, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.playground.output_view.values is not None, timeout=5000)
    np.testing.assert_array_equal(widget.playground.input_view.values, drawing)
