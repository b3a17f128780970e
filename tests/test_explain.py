"""Look inside (issue 13): the kernel playground and the step-by-step view compute what
Keras computes, value for value; saliency maps and the nudge behave as a student expects."""

from __future__ import annotations

import numpy as np
import pytest
from digits_helpers import draw_strokes, mnist_test_digits

from cnngui.core.errors import UserError
from cnngui.core.inference.explain.kernels import (
    PRESETS,
    apply_kernel,
    apply_pooling,
    parse_kernel,
    sobel,
)
from cnngui.core.inference.explain.sliding import geometry
from cnngui.core.inference.preprocess import preprocess

keras = pytest.importorskip("keras")

TOL = dict(rtol=1e-5, atol=1e-5)


@pytest.fixture(scope="module")
def image() -> np.ndarray:
    """A real MNIST digit: ink 1 on paper 0."""
    x, _ = mnist_test_digits(1)
    return x[0]


@pytest.fixture(scope="module")
def default_model():
    from cnngui.core.inference.predictor import default_model_path, load_model

    if not default_model_path().exists():
        pytest.skip("the bundled default model is missing (make default-model)")
    return load_model(default_model_path())


def _keras_conv(image, kernel, stride, padding, activation="linear", bias=0.0):
    k = kernel.shape[0]
    layer = keras.layers.Conv2D(1, k, strides=stride, padding=padding, activation=activation)
    layer.build((1, *image.shape, 1))
    layer.set_weights([kernel[:, :, None, None].astype(np.float32), np.array([bias], np.float32)])
    return np.asarray(layer(image[None, ..., None].astype(np.float32)))[0, ..., 0]


# ---------------------------------------------------------------- kernel playground


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5, 7])
@pytest.mark.parametrize("stride", [1, 2, 3])
@pytest.mark.parametrize("padding", ["valid", "same"])
def test_playground_equals_keras_conv2d(image, size, stride, padding) -> None:
    rng = np.random.default_rng(size * 10 + stride)
    kernel = rng.normal(size=(size, size)).astype(np.float32)
    ours = apply_kernel(image, kernel, stride, padding, "relu", bias=0.1)
    theirs = _keras_conv(image, kernel, stride, padding, "relu", 0.1)
    assert ours.output.shape == theirs.shape
    assert ours.geometry.out == theirs.shape
    np.testing.assert_allclose(ours.output, theirs, **TOL)
    assert f"= {theirs.shape[0]}" in ours.formula


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_presets_equal_keras_on_a_digit(image, name) -> None:
    ours = apply_kernel(image, PRESETS[name], 1, "same")
    np.testing.assert_allclose(ours.output, _keras_conv(image, PRESETS[name], 1, "same"), **TOL)


@pytest.mark.parametrize("pool", ["max", "average"])
@pytest.mark.parametrize("size,stride", [(2, None), (2, 1), (3, 2), (3, 3), (5, 2)])
@pytest.mark.parametrize("padding", ["valid", "same"])
def test_pooling_equals_keras(image, pool, size, stride, padding) -> None:
    cls = keras.layers.MaxPooling2D if pool == "max" else keras.layers.AveragePooling2D
    layer = cls(pool_size=size, strides=stride, padding=padding)
    theirs = np.asarray(layer(image[None, ..., None]))[0, ..., 0]
    ours = apply_pooling(image, pool, size, stride, padding)
    assert ours.output.shape == theirs.shape
    np.testing.assert_allclose(ours.output, theirs, **TOL)


def test_formula_has_the_numbers() -> None:
    assert (
        geometry((28, 28), 3, 1, "valid")
        .formula()
        .startswith("(W − F + 2P)/S + 1 = (28 − 3 + 2×0)/1 + 1 = 26")
    )
    assert "(28 − 5 + 2×2)/1 + 1 = 28" in geometry((28, 28), 5, 1, "same").formula()
    text = geometry((28, 28), 3, 2, "valid").formula()
    assert "⌊" in text and text.endswith("output 13×13")


def test_sobel_finds_edges_and_magnitude() -> None:
    step = np.zeros((28, 28), np.float32)
    step[:, 14:] = 1.0  # a vertical edge between columns 13 and 14
    gx, gy, mag = sobel(step)
    assert gx[10, 13] > 0 and gx[10, 14] > 0 and np.allclose(gx[:, :12], 0)
    assert np.allclose(gy[1:-1], 0)
    np.testing.assert_allclose(mag, np.hypot(gx, gy), rtol=1e-6)


@pytest.mark.parametrize(
    "text,shape",
    [
        ("sobel-x", (3, 3)),
        ("Gaussian Blur", (3, 3)),
        ("1", (1, 1)),
        ("1/9,1/9;1/9,1/9", (2, 2)),
        ("0,-1,0; -1,5,-1; 0,-1,0", (3, 3)),
        ("1e-1,2,3;4,5,6;7,8,9;", (3, 3)),
    ],
)
def test_parse_kernel_accepts(text, shape) -> None:
    assert parse_kernel(text).shape == shape


@pytest.mark.parametrize(
    "text,words",
    [
        ("sobel-z", "unknown kernel"),
        ("1,a,3;4,5,6;7,8,9", "not a number"),
        ("1,2,3;4,5;6,7,8", "different lengths"),
        ("1,2;3,4;5,6", "square"),
        (";".join([",".join(["1"] * 8)] * 8), "at most 7"),
        ("", "empty"),
        ("1/0", "division by zero"),
    ],
)
def test_parse_kernel_refuses_in_one_sentence(text, words) -> None:
    with pytest.raises(UserError, match=words) as info:
        parse_kernel(text)
    assert "\n" not in str(info.value)


def test_even_kernel_refused_where_not_allowed() -> None:
    assert parse_kernel("1,2;3,4").shape == (2, 2)
    with pytest.raises(UserError, match="even size"):
        parse_kernel("1,2;3,4", allow_even=False)


# ---------------------------------------------------------------- step by step


def _drawing() -> np.ndarray:
    pre = preprocess(draw_strokes(3, 200, 20.0))
    assert pre.image28 is not None
    return pre.image28


def test_step_by_step_equals_every_layer_of_the_default_model(default_model) -> None:
    from cnngui.core.inference.explain.probe import layer_input, layer_output, steppable_layers
    from cnngui.core.inference.explain.stepconv import StepByStep

    x = _drawing()
    names = steppable_layers(default_model)
    assert [t for _, t in names].count("Conv2D") >= 2 and "MaxPooling2D" in [t for _, t in names]
    for name, _ in names:
        inp = layer_input(default_model, name, x)
        out = layer_output(default_model, name, x)
        layer = default_model.get_layer(name)
        for channel in sorted({0, out.shape[-1] // 2, out.shape[-1] - 1}):
            steps = StepByStep(layer, inp, channel)
            assert len(steps) == out.shape[0] * out.shape[1]
            values = np.array([s.value for s in steps.steps()]).reshape(out.shape[:2])
            np.testing.assert_allclose(
                values, out[..., channel], **TOL, err_msg=f"{name} ch {channel}"
            )
            np.testing.assert_allclose(steps.output(), out[..., channel], **TOL)


def test_step_shows_padding_products_and_sum() -> None:
    from cnngui.core.inference.explain.stepconv import StepByStep

    layer = keras.layers.Conv2D(2, 3, strides=2, padding="same", activation="relu")
    x = np.random.default_rng(0).normal(size=(1, 7, 7, 3)).astype(np.float32)
    out = np.asarray(layer(x))[0]
    steps = StepByStep(layer, x[0], channel=1)
    assert len(steps) == 16
    last = steps.step(15)  # bottom-right: the window hangs over the bottom/right padding
    assert last.on_padding[-1].all() and not last.on_padding[0, 0]
    assert np.all(last.patch[last.on_padding] == 0)
    assert last.patch.shape == last.kernel.shape == last.products.shape == (3, 3, 3)
    np.testing.assert_allclose(last.products.sum() + last.bias, last.total, rtol=1e-9)
    np.testing.assert_allclose(last.value, out[3, 3, 1], **TOL)
    assert "bias" in last.text("conv", "relu")
    pool = StepByStep(keras.layers.MaxPooling2D(3, 2, padding="same"), x[0], channel=2)
    first = pool.step(0)
    assert first.picked is not None and first.value == np.nanmax(first.patch)


def test_step_by_step_refuses_other_layers() -> None:
    from cnngui.core.inference.explain.stepconv import StepByStep

    with pytest.raises(UserError, match="Dense"):
        StepByStep(keras.layers.Dense(3), np.zeros((4, 4, 1), np.float32))
    layer = keras.layers.Conv2D(2, 3)
    layer.build((1, 5, 5, 1))
    with pytest.raises(UserError, match="choose 0 to 1"):
        StepByStep(layer, np.zeros((5, 5, 1), np.float32), channel=2)


# ---------------------------------------------------------------- saliency and nudge


@pytest.fixture(scope="module")
def explainer(default_model):
    from cnngui.core.inference.explain.saliency import Explainer

    return Explainer(default_model)


@pytest.mark.parametrize("method", ["grad", "integrated", "occlusion", "gradcam"])
def test_saliency_maps_are_28x28_and_deterministic(explainer, method) -> None:
    x = _drawing()
    first = explainer.explain(x, method)
    again = explainer.explain(x.copy(), method)
    assert first.values.shape == (28, 28) and first.values.dtype == np.float32
    assert np.all(np.isfinite(first.values))
    np.testing.assert_allclose(first.values, again.values, rtol=1e-6, atol=1e-9)
    assert first.digit == int(np.argmax(first.probabilities))
    assert np.abs(first.values).max() > 0
    assert np.abs(first.normalised()).max() == pytest.approx(1.0)


def test_saliency_for_another_digit(explainer) -> None:
    x = _drawing()
    other = explainer.explain(x, "grad", digit=8)
    assert other.digit == 8
    assert not np.allclose(other.values, explainer.explain(x, "grad").values)


@pytest.mark.parametrize("digit", [0, 3, 4, 7])
def test_occlusion_is_higher_on_the_ink_than_on_paper(explainer, digit) -> None:
    x = preprocess(draw_strokes(digit, 200, 20.0)).image28
    result = explainer.explain(x, "occlusion", digit=digit)
    ink = x > 0.5
    paper = x == 0
    assert result.values[ink].mean() > result.values[paper].mean()
    assert result.values[ink].mean() > 0


def test_gradient_x_input_is_zero_on_empty_paper(explainer) -> None:
    x = _drawing()
    values = explainer.explain(x, "grad").values
    assert np.all(values[x == 0] == 0)


def test_unknown_method_and_digit_say_so(explainer) -> None:
    with pytest.raises(UserError, match="unknown saliency method"):
        explainer.explain(_drawing(), "magic")
    with pytest.raises(UserError, match="from 0 to 9"):
        explainer.explain(_drawing(), "grad", digit=10)


@pytest.mark.parametrize("target", [3, 8, 5])
def test_nudge_raises_the_chosen_digit(explainer, target) -> None:
    from cnngui.core.inference.explain.nudge import nudge

    x = preprocess(draw_strokes(2, 200, 20.0)).image28
    result = nudge(explainer.scores, x, target, steps=8, step=0.03, limit=0.2)
    assert result.after[target] > result.before[target]
    assert np.abs(result.change).max() <= 0.2 + 1e-6
    assert result.image.min() >= 0 and result.image.max() <= 1
    assert result.image.shape == (28, 28) and len(result.history) == 8
    assert str(target) in result.sentence()


def test_pictures_for_the_command_line_and_the_canvas(tmp_path) -> None:
    from PIL import Image

    from cnngui.core.inference.explain.render import grey, heat_rgba, overlay, save_png

    signed = np.array([[-2.0, 0.0], [1.0, 2.0]])
    assert grey(signed).tolist() == [[0, 128], [191, 255]]
    assert grey(np.array([[0.0, 0.5, 1.0]])).tolist() == [[0, 128, 255]]
    rgba = heat_rgba(signed)
    assert rgba.shape == (2, 2, 4) and rgba[0, 1, 3] == 0 and rgba[1, 1, 3] > rgba[1, 0, 3]
    assert rgba[0, 0, 2] > rgba[0, 0, 0] and rgba[1, 1, 0] > rgba[1, 1, 2]
    picture = overlay(np.zeros((28, 28)), np.zeros((28, 28)))
    assert picture.shape == (28, 28, 3) and np.all(picture == 255)
    path = save_png(picture, tmp_path / "o.png", scale=3)
    with Image.open(path) as img:
        assert img.size == (84, 84)
    with pytest.raises(UserError, match="does not exist"):
        save_png(picture, tmp_path / "missing" / "o.png")


def test_sliding_doctests() -> None:
    import doctest

    from cnngui.core.inference.explain import sliding

    assert doctest.testmod(sliding).failed == 0
