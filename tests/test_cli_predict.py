"""``cnngui predict``: good files predicted, bad files one sentence each, exit code 2."""

from __future__ import annotations

import json

import numpy as np
import pytest
from digits_helpers import draw_strokes
from PIL import Image

from cnngui.cli import main
from cnngui.core.inference.predictor import default_model_path

pytest.importorskip("keras")


@pytest.fixture(autouse=True)
def no_xla(monkeypatch):
    """These tests check behaviour, not speed: skip the seconds XLA takes to compile."""
    monkeypatch.setenv("CNNGUI_XLA", "0")


@pytest.fixture(scope="module")
def model_path(tmp_path_factory) -> str:
    """The default model, or (only when it is missing) a small one trained here."""
    if default_model_path().exists():
        return str(default_model_path())
    import keras
    from digits_helpers import mnist_test_digits

    from cnngui.core.model.keras_build import build_model
    from cnngui.core.model.presets import get_preset

    x, y = mnist_test_digits(2000)
    model = build_model(get_preset("keras-mnist-convnet"))
    model.compile(optimizer=keras.optimizers.Adam(3e-3), loss="sparse_categorical_crossentropy")
    model.fit(x[..., None], y, epochs=3, batch_size=64, verbose=0)
    path = tmp_path_factory.mktemp("model") / "small.keras"
    model.save(path)
    return str(path)


@pytest.fixture
def images(tmp_path):
    """Good digit files in several formats and polarities, plus broken ones."""
    seven = draw_strokes(7, 200, 22.0, canvas=300, centre=(120, 170))
    zero = draw_strokes(0, 90, 16.0, canvas=400, centre=(300, 100))
    good = {
        "seven_dark_on_light.png": (((1 - seven) * 255).astype(np.uint8), 7),
        "seven_light_on_dark.jpg": ((seven * 255).astype(np.uint8), 7),
        "zero_16bit.png": (((1 - zero) * 65535).astype(np.uint16), 0),
    }
    paths = {}
    for name, (array, label) in good.items():
        Image.fromarray(array).save(tmp_path / name)
        paths[name] = (str(tmp_path / name), label)
    rgba = np.zeros((280, 280, 4), np.uint8)
    rgba[:, :, 3] = (draw_strokes(4, 220, 20.0) * 255).astype(np.uint8)
    Image.fromarray(rgba).save(tmp_path / "four_transparent.png")
    paths["four_transparent.png"] = (str(tmp_path / "four_transparent.png"), 4)
    (tmp_path / "notes.png").write_text("this is text")
    (tmp_path / "zero_bytes.png").write_bytes(b"")
    Image.new("L", (64, 64), 255).save(tmp_path / "blank.png")
    return tmp_path, paths


def test_json_lines_for_good_files(model_path, images, capsys) -> None:
    _, paths = images
    files = [p for p, _ in paths.values()]
    assert main(["predict", "--model", model_path, "--json", *files]) == 0
    out = capsys.readouterr()
    lines = [json.loads(line) for line in out.out.splitlines()]
    assert [line["file"] for line in lines] == files
    for line, (_, label) in zip(lines, paths.values()):
        assert set(line) == {"file", "digit", "probabilities", "sure"}
        assert len(line["probabilities"]) == 10
        assert sum(line["probabilities"]) == pytest.approx(1.0, abs=1e-3)
        assert line["digit"] == int(np.argmax(line["probabilities"]))
        assert line["digit"] == label, line
    assert out.err == ""


def test_bad_files_say_why_and_the_rest_are_predicted(model_path, images, capsys) -> None:
    folder, paths = images
    good = paths["seven_dark_on_light.png"][0]
    bad = [
        str(folder / "notes.png"),
        str(folder / "zero_bytes.png"),
        str(folder / "blank.png"),
        str(folder / "missing.png"),
        str(folder),
    ]
    code = main(["predict", "--model", model_path, bad[0], good, *bad[1:]])
    assert code == 2
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{good}: 7 (") and "% sure" in lines[0]
    errors = out.err.splitlines()
    assert len(errors) == len(bad)
    for path, line in zip(bad, errors):
        assert line.startswith("cnngui predict: ") and path in line
        assert "Traceback" not in line and line.endswith(".")
    assert "not an image" in errors[0]
    assert "empty" in errors[1]
    assert "no digit found" in errors[2]
    assert "no such file" in errors[3]
    assert "folder" in errors[4]


def test_bad_model_file_is_one_sentence(tmp_path, capsys) -> None:
    (tmp_path / "broken.keras").write_text("garbage")
    image = tmp_path / "x.png"
    Image.new("L", (10, 10)).save(image)
    assert main(["predict", "--model", str(tmp_path / "broken.keras"), str(image)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("cnngui predict: ") and "broken.keras" in err
    assert len(err.splitlines()) == 1
