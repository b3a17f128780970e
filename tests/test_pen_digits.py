"""Pen-drawn training digits (core.pen_digits) and the leave-writers-out scoring of
core.default_model_pen: tiny inputs, no TensorFlow."""

from __future__ import annotations

import numpy as np
import pytest

from cnngui.core import default_model_pen as dmp
from cnngui.core import pen_digits

SEVEN = [[[0, 0], [10, 0], [4, 14]], [[2, 7], [8, 7]]]  # a crossed 7, tablet units


def test_draw_fits_the_strokes_into_the_canvas_with_the_pen() -> None:
    img = pen_digits.draw(SEVEN, pen=20)
    assert img.shape == (280, 280) and img.dtype == np.uint8
    rows = np.flatnonzero(img.max(axis=1))
    # the digit spans 70 % of the canvas, plus half a pen above and below
    assert 280 * 0.15 - 11 <= rows[0] <= 280 * 0.15 and 280 * 0.85 <= rows[-1] <= 280 * 0.85 + 11
    assert pen_digits.draw([], pen=20).max() == 0


def test_to_input_is_an_mnist_like_28x28_image() -> None:
    x = pen_digits.to_input(SEVEN, pen=20)
    assert x is not None and x.shape == (28, 28) and x.dtype == np.uint8
    assert x.max() > 200 and x[:3].max() == 0  # ink, and MNIST's empty border
    assert pen_digits.to_input([], pen=20) is None


def test_augmented_is_repeatable_and_varied() -> None:
    a, ya = pen_digits.augmented([(SEVEN, 7)], copies=3, seed=5)
    b, _ = pen_digits.augmented([(SEVEN, 7)], copies=3, seed=5)
    assert a.shape == (3, 28, 28) and ya.tolist() == [7, 7, 7]
    assert np.array_equal(a, b)
    assert not np.array_equal(a[0], a[1])


@pytest.mark.parametrize("digit", pen_digits.CONTINENTAL)
def test_continental_styles_draw(digit: int) -> None:
    rng = np.random.default_rng(digit)
    for _ in range(5):
        strokes = pen_digits.continental(digit, rng)
        assert strokes and all(len(s) >= 2 for s in strokes)
        assert pen_digits.to_input(strokes, pen=16) is not None
    with pytest.raises(ValueError):
        pen_digits.continental(0, rng)


def test_stroke_set_gives_each_row_its_own_drawings() -> None:
    rows = [
        {"label": 7, "writer": 3, "strokes": SEVEN},
        {"label": 1, "writer": 4, "strokes": [[[0, 0], [0, 10]]]},
    ]
    x, y, w = dmp.stroke_set(rows, copies=2, seed=1)
    assert y.tolist() == [7, 7, 1, 1] and w.tolist() == [3, 3, 4, 4]
    x0, _, _ = dmp.stroke_set(rows[:1], copies=2, seed=1)
    assert np.array_equal(x[:2], x0)


def test_score_reports_per_digit_per_writer_and_not_sure() -> None:
    probs = np.full((4, 10), 0.01)
    probs[0, 1] = probs[1, 7] = probs[2, 7] = 0.91  # 1 right, 1 read as 7, 7 right
    probs[3, 3] = 0.3  # a doubtful 9
    s = dmp.score(probs, np.array([1, 1, 7, 9]), np.array([1, 1, 2, 2]))
    assert s["accuracy"] == 0.5 and s["digits"] == 4
    assert (
        s["per_digit"][0] is None
        and s["per_digit"][1] == 0.5
        and s["per_digit"][7] == 1.0
        and s["per_digit"][9] == 0.0
    )
    assert s["per_writer"] == {"1": 0.5, "2": 0.5}
    assert s["not_sure"] == 0.25 and s["confusions"] == {"1 read as 7": 1, "9 read as 3": 1}


def test_parse_folds_checks_the_writers() -> None:
    assert dmp.parse_folds("1,2/3", [1, 2, 3]) == [[1, 2], [3]]
    with pytest.raises(SystemExit):
        dmp.parse_folds("1,9", [1, 2, 3])


@pytest.mark.parametrize("kind", pen_digits.NONDIGIT_KINDS)
def test_nondigits_draw(kind: str) -> None:
    strokes = pen_digits.nondigit(kind, np.random.default_rng(0))
    assert strokes and pen_digits.to_input(strokes, pen=14) is not None
    with pytest.raises(ValueError):
        pen_digits.nondigit("digit", np.random.default_rng(0))


def test_nondigit_set_takes_every_kind_in_turn() -> None:
    x = pen_digits.nondigit_set(len(pen_digits.NONDIGIT_KINDS), seed=2)
    assert x.shape == (len(pen_digits.NONDIGIT_KINDS), 28, 28) and x.dtype == np.uint8
    assert all(img.max() > 0 for img in x)


def test_blend_averages_every_weight_with_the_base(tmp_path) -> None:
    keras = pytest.importorskip("keras")

    def tiny(value: float):
        model = keras.Sequential(
            [keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(10)]
        )
        model.set_weights([np.full_like(w, value) for w in model.get_weights()])
        return model

    tiny(1.0).save(tmp_path / "base.keras")
    mixed = dmp.blend(tiny(3.0), tmp_path / "base.keras", 0.25)
    assert all(np.allclose(w, 1.5) for w in mixed.get_weights())
    tuned = tiny(3.0)
    assert dmp.blend(tuned, tmp_path / "base.keras", 1.0) is tuned


def test_recalibrate_sets_batch_norm_statistics_to_the_data() -> None:
    keras = pytest.importorskip("keras")
    model = keras.Sequential(
        [keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.BatchNormalization()]
    )
    x = np.random.default_rng(0).uniform(0, 1, (50, 28, 28, 1)).astype(np.float32)
    dmp.recalibrate(model, x)
    _, _, mean, var = model.layers[-1].get_weights()
    assert np.allclose(mean, x.reshape(50, -1).mean(0), atol=1e-5)
    assert np.allclose(var, x.reshape(50, -1).var(0), atol=1e-5)
