"""Exported scripts: readable, valid Python that builds the same network and trains it."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys

import pytest

from cnngui.cli import main
from cnngui.core.model.presets import PRESETS, get_preset
from cnngui.core.model.shapes import analyze
from cnngui.core.model.spec import LayerSpec, ModelSpec
from cnngui.core.project.codegen import generate_script, layer_source
from cnngui.core.training import SCHEDULES, TrainingConfig


def _build(script: str):
    """Execute the script's build_model() (only the definitions, not main())."""
    namespace: dict = {"__name__": "exported"}
    exec(compile(script, "exported.py", "exec"), namespace)
    return namespace


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_preset_exports_the_same_parameter_count(name):
    spec = get_preset(name)
    namespace = _build(generate_script(spec, TrainingConfig()))
    assert namespace["build_model"]().count_params() == analyze(spec).total_params


@pytest.mark.parametrize("schedule", SCHEDULES)
@pytest.mark.parametrize("optimizer", ["adam", "sgd", "adamw"])
def test_settings_are_written_into_the_script(schedule, optimizer):
    config = TrainingConfig(
        epochs=7,
        batch_size=32,
        optimizer=optimizer,
        learning_rate=0.005,
        schedule=schedule,
        early_stopping_patience=3,
        augmentation=True,
        seed=42,
    )
    script = generate_script(get_preset("mlp"), config)
    ast.parse(script)
    assert "EPOCHS = 7" in script and "BATCH_SIZE = 32" in script
    assert "LEARNING_RATE = 0.005" in script and "EARLY_STOPPING_PATIENCE = 3" in script
    assert "keras.datasets.mnist.load_data()" in script
    assert {"adam": "Adam(", "sgd": "SGD(", "adamw": "AdamW("}[optimizer] in script
    if schedule != "constant":
        assert "CosineDecay" in script
    namespace = _build(script)
    lr = namespace["learning_rate"](100)
    assert isinstance(lr, float) == (schedule == "constant")


def test_layer_source_leaves_out_keras_defaults():
    layer = LayerSpec.create("Conv2D", filters=8, kernel_size=5, padding="same")
    assert layer_source(layer) == (
        'keras.layers.Conv2D(filters=8, kernel_size=(5, 5), padding="same")'
    )
    assert layer_source(LayerSpec.create("Flatten")) == "keras.layers.Flatten()"


@pytest.mark.filterwarnings("error::DeprecationWarning")
def test_odd_names_and_paths_stay_valid_python():
    spec = ModelSpec('my "net"\\ """ x', (28, 28, 1), get_preset("mlp").layers)
    config = TrainingConfig(dataset='C:\\data\\"digits".npz')
    script = generate_script(spec, config)
    namespace = _build(script)
    assert namespace["DATA_FILE"] == 'C:\\data\\"digits".npz'


def test_export_command_writes_a_script_that_trains(tmp_path, root):
    """The round trip: spec → exported script → run it briefly → same parameter count."""
    spec = ModelSpec.from_json(
        {
            "name": "tiny",
            "layers": [
                {"type": "Conv2D", "filters": 4, "kernel_size": 3, "activation": "relu"},
                {"type": "MaxPooling2D", "pool_size": 4},
                {"type": "Flatten"},
                {"type": "Dense", "units": 10, "activation": "softmax"},
            ],
        }
    )
    spec_path = tmp_path / "tiny.json"
    spec.save(spec_path)
    script = tmp_path / "tiny.py"
    assert main(["export", str(spec_path), "--python", str(script), "--epochs", "3"]) == 0
    assert "EPOCHS = 3" in script.read_text()
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "KERAS_HOME": str(tmp_path / "keras")}
    data = str(root / "resources" / "mnist.npz")
    args = ["--epochs", "1", "--limit", "256", "--data", data, "--out", str(tmp_path / "t.keras")]
    out = subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env=env,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    count = re.search(r"Total parameters: ([\d,]+)", out.stdout)
    assert count and int(count.group(1).replace(",", "")) == analyze(spec).total_params
    assert "Test accuracy" in out.stdout
    assert (tmp_path / "t.keras").is_file()


def test_export_preset_and_errors(tmp_path, capsys):
    out = tmp_path / "lenet.py"
    assert main(["export", "--preset", "lenet-5", "--python", str(out)]) == 0
    recipe = PRESETS["lenet-5"].recipe
    if "epochs" in recipe:
        assert f"EPOCHS = {recipe['epochs']}" in out.read_text()
    assert main(["export", "--preset", "nope", "--python", str(out)]) == 2
    assert "unknown preset" in capsys.readouterr().err
    assert main(["export", "--preset", "mlp", "--python", str(tmp_path / "no" / "x.py")]) == 2
    assert main(["export", "--preset", "mlp", "--python", str(out), "--epochs", "0"]) == 2
    err = capsys.readouterr().err
    assert "no such folder" in err and "epochs" in err
    assert main(["export", "--python", str(out)]) == 2


def test_export_from_a_project_uses_its_settings(tmp_path):
    from cnngui.core.project import Project, save_project

    config = TrainingConfig(epochs=4, optimizer="rmsprop", schedule="one-cycle")
    path = save_project(Project(get_preset("mlp"), config), tmp_path / "p.cnnproj")
    out = tmp_path / "p.py"
    assert main(["export", str(path), "--python", str(out), "--batch-size", "16"]) == 0
    script = out.read_text()
    assert "EPOCHS = 4" in script and "BATCH_SIZE = 16" in script
    assert "RMSprop(" in script and "warmup_target" in script


def test_export_refuses_an_invalid_spec(tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text('{"layers": [{"type": "Dense", "units": 10}]}')
    assert main(["export", str(path), "--python", str(tmp_path / "x.py")]) == 2
    assert "Flatten" in capsys.readouterr().err
    assert not (tmp_path / "x.py").exists()


@pytest.mark.parametrize("schedule", SCHEDULES)
def test_scripts_are_lint_clean_and_formatted(tmp_path, schedule):
    """Readable means what a linter and a formatter would leave alone."""
    from pathlib import Path

    ruff = Path(sys.executable).parent / "ruff"
    if not ruff.exists():
        pytest.skip("ruff is not installed next to this Python")
    config = TrainingConfig(schedule=schedule, augmentation=True, mixed_precision=True)
    path = tmp_path / "script.py"
    path.write_text(generate_script(get_preset("three-conv"), config))
    opts = ["--isolated", "--line-length", "100"]
    check = [str(ruff), "check", *opts, "--select", "E,F,W,I,B,UP", str(path)]
    fmt = [str(ruff), "format", *opts, "--check", str(path)]
    for cmd in (check, fmt):
        out = subprocess.run(cmd, capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr
