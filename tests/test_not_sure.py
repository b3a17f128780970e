""" "Not sure": one calibrated threshold, used by ``cnngui predict`` (text and JSON) and
the window; scribbles are reported not sure while clean digits are sure; pen strokes
render into images the preprocessing accepts. None of this needs the pen dataset.
"""

from __future__ import annotations

import inspect
import json

import numpy as np
import pytest
from digits_helpers import mnist_test_digits
from PIL import Image

from cnngui.cli import main
from cnngui.core.inference import confidence
from cnngui.core.inference.confidence import NOT_SURE_BELOW, describe, is_sure
from cnngui.core.inference.preprocess import SIZE, preprocess
from cnngui.core.inference.strokes_render import render_strokes, smooth

#: a tangle drawn in one stroke (canvas-like units): no digit, and the bundled network
#: gives it about 35 % (pen 20), well under the threshold
SCRIBBLE = [
    [(23, 74), (59, 98), (93, 83), (47, 69), (20, 91), (59, 61), (95, 45), (86, 74), (89, 13)]
]


def test_threshold_logic() -> None:
    assert 0.3 < NOT_SURE_BELOW < 0.95
    assert is_sure(NOT_SURE_BELOW) and not is_sure(np.nextafter(NOT_SURE_BELOW, 0))
    assert is_sure(0.99) and not is_sure(0.2)
    assert is_sure(0.5, threshold=0.4) and not is_sure(0.5, threshold=0.6)
    assert describe(7, 0.412) == "not sure (maybe 7, 41 %)"
    assert describe(3, 0.987) == "3 (98.7% sure)"
    # how it was chosen is written next to it
    assert "calibrate_not_sure" in inspect.getsource(confidence)


def test_window_uses_the_same_threshold() -> None:
    pytest.importorskip("PySide6")
    from cnngui.ui import predictions

    assert predictions.LOW_CONFIDENCE == NOT_SURE_BELOW


def test_renderer_draws_like_the_canvas_and_preprocess_accepts_it() -> None:
    strokes = [[(1000, -500), (1000, -100)], [(900, -450), (1000, -500)]]  # a "1" in tablet units
    img = render_strokes(strokes, pen=20)
    assert img.shape == (280, 280) and img.dtype == np.float32
    assert img.min() >= 0.0 and img.max() == pytest.approx(1.0)
    assert img[(img > 0) & (img < 1)].size > 0.0  # antialiased edges
    rows = np.flatnonzero(img.sum(axis=1) > 0)
    assert rows[0] >= 280 * 0.15 - 12 and rows[-1] <= 280 * 0.85 + 12  # margin kept
    thin, thick = render_strokes(strokes, pen=8), render_strokes(strokes, pen=30)
    assert thin.sum() < img.sum() < thick.sum()
    pre = preprocess(img)
    assert not pre.empty and pre.image28 is not None and pre.image28.shape == (SIZE, SIZE)
    dot = render_strokes([[(5, 5)]], pen=20)
    assert dot.sum() > 0
    assert render_strokes([]).sum() == 0


def test_smooth_passes_through_ends() -> None:
    pts = np.array([[0.0, 0.0], [10.0, 5.0], [20.0, 0.0], [30.0, 8.0]])
    out = smooth(pts)
    assert out[0].tolist() == [0.0, 0.0] and out[-1].tolist() == [30.0, 8.0]
    assert len(out) > len(pts)


@pytest.fixture(scope="module")
def predictor():
    pytest.importorskip("keras")
    from cnngui.core.inference.predictor import Predictor, default_model_path

    if not default_model_path().exists():
        pytest.skip("the bundled model is missing")
    return Predictor.from_file(default_model_path(), jit=False, detect=False)


def test_scribble_is_not_sure_and_clean_digits_are_sure(predictor) -> None:
    scribble = predictor(preprocess(render_strokes(SCRIBBLE, pen=20)).image28)
    assert not is_sure(scribble.confidence), scribble.confidence
    x, _ = mnist_test_digits(100)
    sure = [is_sure(predictor(preprocess(img).image28).confidence) for img in x]
    assert np.mean(sure) >= 0.98


@pytest.fixture
def files(tmp_path) -> list[str]:
    x, _ = mnist_test_digits(1)
    digit = tmp_path / "digit.png"
    Image.fromarray((x[0] * 255).astype(np.uint8)).save(digit)
    scribble = tmp_path / "scribble.png"
    img = render_strokes(SCRIBBLE, pen=20)
    Image.fromarray(((1 - img) * 255).astype(np.uint8)).save(scribble)
    return [str(digit), str(scribble)]


def test_predict_json_says_sure_and_keeps_the_contract(predictor, files, capsys, monkeypatch):
    monkeypatch.setenv("CNNGUI_XLA", "0")
    assert main(["predict", "--json", *files]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["file"] for line in lines] == files
    for line in lines:
        assert {"file", "digit", "probabilities", "sure"} == set(line)
        assert len(line["probabilities"]) == 10 and isinstance(line["sure"], bool)
        assert line["digit"] == int(np.argmax(line["probabilities"]))
        assert line["sure"] == (max(line["probabilities"]) >= NOT_SURE_BELOW)
    assert lines[0]["sure"] is True and lines[0]["digit"] == 7
    assert lines[1]["sure"] is False


def test_predict_text_says_not_sure(predictor, files, capsys, monkeypatch):
    monkeypatch.setenv("CNNGUI_XLA", "0")
    assert main(["predict", *files]) == 0
    digit_line, scribble_line = capsys.readouterr().out.splitlines()
    assert digit_line.startswith(f"{files[0]}: 7 (") and "% sure)" in digit_line
    assert scribble_line.startswith(f"{files[1]}: not sure (maybe ")
    assert scribble_line.endswith(" %)")
