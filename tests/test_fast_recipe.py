"""The ``fast`` preset's one-epoch recipe: its settings, Adam's betas, and every door to it."""

from __future__ import annotations

import json

import pytest

from cnngui.cli import main
from cnngui.core.errors import UserError
from cnngui.core.model.presets import PRESETS, get_preset
from cnngui.core.model.shapes import analyze
from cnngui.core.project.codegen import generate_script
from cnngui.core.training import TrainingConfig
from cnngui.core.training.run import make_optimizer


def test_fast_is_the_pooled_batch_normalised_network():
    a = analyze(get_preset("fast"))
    assert a.total_params == 216_130 and a.non_trainable_params == 624
    types = [layer.type for layer in a.layers]
    # each block: convolution (or Dense) → pool → batch norm → ReLU, as the recipe needs
    assert types[:4] == ["Conv2D", "MaxPooling2D", "BatchNormalization", "Activation"]
    assert all(
        layer.args.get("momentum") == 0.9
        for layer in get_preset("fast").layers
        if layer.type == "BatchNormalization"
    )
    assert "one epoch" in PRESETS["fast"].description


def test_fast_recipe_is_one_epoch_on_every_image_with_short_adam_memories():
    config = TrainingConfig.from_json(PRESETS["fast"].recipe)
    assert (config.epochs, config.batch_size, config.validation_split) == (1, 256, 0.0)
    assert (config.optimizer, config.schedule) == ("adam", "one-cycle")
    assert (config.beta_1, config.beta_2) == (0.7, 0.9)


@pytest.mark.parametrize("name", ["adam", "nadam", "adamw"])
def test_betas_reach_the_adam_family(name):
    opt = make_optimizer(TrainingConfig(optimizer=name, beta_1=0.7, beta_2=0.9), 10)
    assert (opt.beta_1, opt.beta_2) == pytest.approx((0.7, 0.9))
    default = make_optimizer(TrainingConfig(optimizer=name), 10)
    assert (default.beta_1, default.beta_2) == pytest.approx((0.9, 0.999))


def test_betas_are_ignored_where_there_are_none():
    opt = make_optimizer(TrainingConfig(optimizer="sgd", beta_1=0.5), 10)
    assert type(opt).__name__ == "SGD"


def test_configs_written_before_betas_still_load():
    old = TrainingConfig().to_json()
    del old["beta_1"], old["beta_2"]
    config = TrainingConfig.from_json(old)
    assert config.beta_1 is None and config.beta_2 is None
    assert TrainingConfig.from_json({"beta_1": 0, "beta_2": 0.5}).beta_1 == 0.0


@pytest.mark.parametrize("bad", [1.0, -0.1, "0.9", True, float("nan")])
def test_bad_betas_are_one_sentence(bad):
    with pytest.raises(UserError, match="beta_2 must be a number from 0 to below 1") as err:
        TrainingConfig.from_json({"beta_2": bad})
    assert str(err.value).endswith(".")


def test_exported_script_uses_the_betas():
    script = generate_script(get_preset("fast"), TrainingConfig.from_json(PRESETS["fast"].recipe))
    assert "keras.optimizers.Adam(learning_rate=lr, beta_1=0.7, beta_2=0.9)" in script
    assert "keras.optimizers.Adam(learning_rate=lr)" in generate_script(get_preset("mlp"))


def test_cli_trains_fast_with_its_recipe(tmp_path, capsys):
    out, hist = tmp_path / "fast.keras", tmp_path / "fast.json"
    code = main(
        ["train", "--preset", "fast", "--limit", "300", "--out", str(out), "--history", str(hist)]
    )
    assert code == 0 and out.is_file()
    doc = json.loads(hist.read_text())
    config = doc["config"]
    assert (config["epochs"], config["batch_size"], config["validation_split"]) == (1, 256, 0.0)
    assert (config["beta_1"], config["beta_2"]) == (0.7, 0.9)
    assert [e["epoch"] for e in doc["epochs"]] == [1]
    assert "0 for validation" in capsys.readouterr().out


def test_cli_betas_override_the_recipe(tmp_path):
    hist = tmp_path / "h.json"
    argv = ["train", "--preset", "mlp", "--limit", "64", "--beta-1", "0.8"]
    assert main([*argv, "--out", str(tmp_path / "m.keras"), "--history", str(hist)]) == 0
    assert json.loads(hist.read_text())["config"]["beta_1"] == 0.8
