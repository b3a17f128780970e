"""``cnngui kernel`` and ``cnngui saliency``: pictures and JSON for good input, one
sentence and exit code 2 for bad input — never a traceback."""

from __future__ import annotations

import json

import numpy as np
import pytest
from digits_helpers import draw_strokes
from PIL import Image

from cnngui.cli import main
from cnngui.core.inference.predictor import default_model_path

pytest.importorskip("keras")


@pytest.fixture
def digit_file(tmp_path) -> str:
    """A 3 drawn dark on light paper, as a scanned or saved drawing would be."""
    three = draw_strokes(3, 200, 22.0)
    path = tmp_path / "three.png"
    Image.fromarray(((1 - three) * 255).astype(np.uint8)).save(path)
    return str(path)


def _one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(
    "kernel,stride,padding,size",
    [
        ("sobel-x", 1, "valid", 26),
        ("gaussian-blur", 2, "same", 14),
        ("1,0;0,-1", 1, "valid", 27),
        ("0,-1,0;-1,5,-1;0,-1,0", 3, "valid", 9),
    ],
)
def test_kernel_writes_the_output_and_the_formula(
    digit_file, tmp_path, capsys, kernel, stride, padding, size
):
    out = tmp_path / "out.png"
    code = main(
        [
            "kernel",
            digit_file,
            "--kernel",
            kernel,
            "--stride",
            str(stride),
            "--padding",
            padding,
            "--out",
            str(out),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    with Image.open(out) as img:
        assert img.size == (size, size)
    assert f"+ 1 = {size}" in captured.out and "W − F + 2P" in captured.out
    assert captured.err == ""


def test_kernel_scale_and_activation(digit_file, tmp_path, capsys):
    out = tmp_path / "big.png"
    assert (
        main(
            [
                "kernel",
                digit_file,
                "--kernel",
                "laplacian",
                "--activation",
                "relu",
                "--padding",
                "same",
                "--scale",
                "4",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    with Image.open(out) as img:
        assert img.size == (112, 112)


@pytest.mark.parametrize(
    "args,words",
    [
        (["--kernel", "sobel-q"], "unknown kernel"),
        (["--kernel", "1,x,1;1,1,1;1,1,1"], "not a number"),
        (["--kernel", "1,2;3,4", "--padding", "same"], "even size"),
        (["--kernel", "1,2,3;4,5,6"], "square"),
        (["--kernel", "sobel-x", "--stride", "5"], "stride"),
        (["--kernel", "sobel-x", "--padding", "full"], "padding"),
        (["--kernel", "sobel-x", "--activation", "wiggle"], "unknown activation"),
    ],
)
def test_kernel_bad_input_is_one_sentence(digit_file, tmp_path, capsys, args, words):
    code = main(["kernel", digit_file, *args, "--out", str(tmp_path / "o.png")])
    assert code == 2
    line = _one_sentence(capsys.readouterr().err)
    assert line.startswith("cnngui kernel: ") and words in line
    assert not (tmp_path / "o.png").exists()


def test_kernel_pooling_and_learned_kernels(digit_file, tmp_path, capsys):
    out = tmp_path / "pool.png"
    assert main(["kernel", digit_file, "--pool", "max", "--size", "3", "--out", str(out)]) == 0
    with Image.open(out) as img:
        assert img.size == (9, 9)
    assert "max pool 3×3, stride 3" in capsys.readouterr().out
    if not default_model_path().exists():
        return
    assert (
        main(
            ["kernel", digit_file, "--kernel", "learned-2", "--padding", "same", "--out", str(out)]
        )
        == 0
    )
    captured = capsys.readouterr()
    assert "learned kernel 2 of" in captured.out and captured.err == ""
    with Image.open(out) as img:
        assert img.size == (28, 28)
    assert main(["kernel", digit_file, "--kernel", "learned-999", "--out", str(out)]) == 2
    assert "choose 1 to" in _one_sentence(capsys.readouterr().err)


def test_kernel_missing_image_and_folder(tmp_path, digit_file, capsys):
    assert (
        main(
            [
                "kernel",
                str(tmp_path / "nope.png"),
                "--kernel",
                "sobel-x",
                "--out",
                str(tmp_path / "o.png"),
            ]
        )
        == 2
    )
    assert "no such file" in _one_sentence(capsys.readouterr().err)
    assert (
        main(["kernel", digit_file, "--kernel", "sobel-x", "--out", str(tmp_path / "no" / "o.png")])
        == 2
    )
    assert "does not exist" in _one_sentence(capsys.readouterr().err)


needs_model = pytest.mark.skipif(not default_model_path().exists(), reason="no bundled model")


@pytest.fixture(autouse=True)
def no_xla(monkeypatch):
    monkeypatch.setenv("CNNGUI_XLA", "0")


@needs_model
@pytest.mark.parametrize("method", ["grad", "occlusion", "gradcam"])
def test_saliency_json_lines(digit_file, tmp_path, capsys, method):
    out = tmp_path / "map.png"
    code = main(
        ["saliency", digit_file, digit_file, "--method", method, "--json", "--out", str(out)]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert len(lines) == 2
    for line in lines:
        assert set(line) == {"file", "digit", "method", "saliency"}
        assert line["file"] == digit_file and line["method"] == method and line["digit"] == 3
        grid = np.array(line["saliency"])
        assert grid.shape == (28, 28) and np.all(np.isfinite(grid))
    assert lines[0]["saliency"] == lines[1]["saliency"]  # deterministic
    for n in (1, 2):
        with Image.open(tmp_path / f"map-{n}.png") as img:
            assert img.size == (28, 28) and img.mode == "RGB"


@needs_model
def test_saliency_text_and_other_digit(digit_file, capsys):
    assert main(["saliency", digit_file, "--digit", "8"]) == 0
    assert "for 8" in capsys.readouterr().out


@needs_model
def test_saliency_bad_files_and_values(digit_file, tmp_path, capsys):
    (tmp_path / "notes.png").write_text("not an image")
    code = main(
        [
            "saliency",
            str(tmp_path / "missing.png"),
            str(tmp_path / "notes.png"),
            digit_file,
            "--json",
        ]
    )
    captured = capsys.readouterr()
    assert code == 2
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2 and all(e.startswith("cnngui saliency: ") for e in errors)
    assert len(captured.out.splitlines()) == 1  # the good file is still explained
    for args, words in (
        (["--method", "magic"], "unknown method"),
        (["--digit", "12"], "0 to 9"),
        (["--model", str(tmp_path / "m.keras")], "does not exist"),
    ):
        assert main(["saliency", digit_file, *args]) == 2
        assert words in _one_sentence(capsys.readouterr().err)
