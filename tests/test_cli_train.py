"""``cnngui train`` on a few hundred real digits: files out, history JSON, errors, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal

import pytest

from cnngui.cli import main
from cnngui.core.model.spec import LayerSpec, ModelSpec


def small_spec_file(tmp_path):
    spec = ModelSpec(
        "small",
        (28, 28, 1),
        (
            LayerSpec.create("Conv2D", filters=4, kernel_size=3, activation="relu"),
            LayerSpec.create("MaxPooling2D", pool_size=4),
            LayerSpec.create("Flatten"),
            LayerSpec.create("Dense", units=10, activation="softmax"),
        ),
    )
    path = tmp_path / "small.json"
    spec.save(path)
    return path


def test_train_spec_writes_model_and_history(tmp_path, capsys):
    import keras

    out, hist = tmp_path / "m.keras", tmp_path / "h.json"
    code = main(
        [
            "train",
            str(small_spec_file(tmp_path)),
            "--limit",
            "400",
            "--epochs",
            "2",
            "--batch-size",
            "32",
            "--learning-rate",
            "0.01",
            "--out",
            str(out),
            "--history",
            str(hist),
        ]
    )
    text = capsys.readouterr().out
    assert code == 0
    assert "test accuracy" in text and "epoch 2/2" in text
    model = keras.saving.load_model(out)
    assert model.output_shape == (None, 10)
    doc = json.loads(hist.read_text())
    assert doc["format"] == "cnngui-history" and doc["reason"] == "completed"
    assert [e["epoch"] for e in doc["epochs"]] == [1, 2]
    assert doc["config"]["limit"] == 400 and doc["config"]["learning_rate"] == 0.01
    assert doc["spec"]["name"] == "small" and doc["device"]
    assert 0.3 < doc["test"]["accuracy"] <= 1.0  # chance is 0.1
    assert len(doc["test"]["confusion"]) == 10


def test_preset_recipe_and_ctrl_c_still_writes_the_model(tmp_path, capsys, monkeypatch):
    import cnngui.commands.train as cmd

    real = cmd.progress_printer

    def interrupting(stream):
        printer = real(stream)
        original = printer.on_batch

        def on_batch(p):
            original(p)
            os.kill(os.getpid(), signal.SIGINT)  # as if the user pressed Ctrl-C

        printer.on_batch = on_batch
        return printer

    monkeypatch.setattr(cmd, "progress_printer", interrupting)
    out = tmp_path / "stopped.keras"
    # A test runner started in the background inherits SIGINT as ignored: start from
    # Python's own handler, as an interactive terminal does, and put back what was there.
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        code = main(
            ["train", "--preset", "mlp", "--limit", "300", "--epochs", "50", "--out", str(out)]
        )
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored
    finally:
        signal.signal(signal.SIGINT, before)
    captured = capsys.readouterr()
    assert code == 0 and out.is_file()
    assert "stopped by Ctrl-C" in captured.out and "stopping after this batch" in captured.err


@pytest.mark.parametrize(
    "argv, words",
    [
        (["--preset", "nope"], "unknown preset 'nope'"),
        ([], "either a model spec file or --preset"),
        (["--preset", "mlp", "--optimizer", "adagrad"], "unknown optimizer"),
        (["--preset", "mlp", "--learning-rate", "-1"], "learning_rate"),
        (["--preset", "mlp", "--dataset", "nowhere.npz"], "does not exist"),
        (["--preset", "mlp", "--history", "h.txt"], "must end with .json"),
    ],
)
def test_user_errors_exit_2_with_one_line(tmp_path, capsys, argv, words):
    code = main(["train", *argv, "--out", str(tmp_path / "m.keras")])
    err = capsys.readouterr().err
    assert code == 2
    assert words in err and err.startswith("cnngui train: ") and err.count("\n") == 1
    assert not (tmp_path / "m.keras").exists()


def test_bad_spec_exits_2(tmp_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "cnngui-model", "version": 1, "layers": [{"type": "Conv9D"}]}')
    assert main(["train", str(broken), "--out", str(tmp_path / "m.keras")]) == 2
    assert "Conv9D" in capsys.readouterr().err

    impossible = ModelSpec(
        "tiny-pool",
        (28, 28, 1),
        (LayerSpec.create("MaxPooling2D", pool_size=64), LayerSpec.create("Flatten")),
    )
    impossible.save(tmp_path / "impossible.json")
    code = main(["train", str(tmp_path / "impossible.json"), "--out", str(tmp_path / "m.keras")])
    assert code == 2 and "layer 0 MaxPooling2D" in capsys.readouterr().err


def test_out_must_be_keras(tmp_path, capsys):
    assert main(["train", "--preset", "mlp", "--out", str(tmp_path / "m.h5")]) == 2
    assert "--out" in capsys.readouterr().err


def test_nan_exits_2_without_a_model(tmp_path, capsys):
    out = tmp_path / "m.keras"
    code = main(
        [
            "train",
            str(small_spec_file(tmp_path)),
            "--limit",
            "200",
            "--optimizer",
            "sgd",
            "--learning-rate",
            "1e6",
            "--out",
            str(out),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "lower the learning rate" in err and not out.exists()
