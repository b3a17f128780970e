"""Parsing, defaults and JSON round trip of model specs (no TensorFlow, no Qt)."""

from __future__ import annotations

import json

import pytest

from cnngui.core.model.presets import PRESETS, get_preset
from cnngui.core.model.spec import LayerSpec, ModelSpec, SpecError


def test_missing_arguments_take_keras_defaults():
    layer = LayerSpec.create("Conv2D", filters=8, kernel_size=5)
    assert layer.args["kernel_size"] == (5, 5)
    assert layer.args["strides"] == (1, 1)
    assert layer.args["padding"] == "valid"
    assert layer.args["activation"] is None
    assert layer.args["use_bias"] is True
    pool = LayerSpec.create("MaxPooling2D")
    assert pool.args == {"pool_size": (2, 2), "strides": None, "padding": "valid"}


@pytest.mark.parametrize("name", list(PRESETS))
def test_round_trip_through_json(name):
    spec = get_preset(name)
    again = ModelSpec.loads(spec.dumps())
    assert again == spec


def test_design_example_parses():
    text = json.dumps(
        {
            "format": "cnngui-model",
            "version": 1,
            "name": "three-conv",
            "input_shape": [28, 28, 1],
            "layers": [
                {
                    "type": "Conv2D",
                    "filters": 32,
                    "kernel_size": [3, 3],
                    "strides": [1, 1],
                    "padding": "same",
                    "activation": "relu",
                    "use_bias": True,
                },
                {"type": "MaxPooling2D", "pool_size": [2, 2], "strides": None, "padding": "valid"},
                {"type": "BatchNormalization"},
                {"type": "Dropout", "rate": 0.25},
                {"type": "Flatten"},
                {"type": "Dense", "units": 64, "activation": "relu"},
                {"type": "Dense", "units": 10, "activation": "softmax"},
            ],
        }
    )
    spec = ModelSpec.loads(text)
    assert [layer.type for layer in spec.layers][:3] == [
        "Conv2D",
        "MaxPooling2D",
        "BatchNormalization",
    ]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "not valid JSON"),
        ("{", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"layers": 3}', '"layers" list'),
        ('{"layers": [{"type": "Conv3D"}]}', "unknown layer type 'Conv3D'"),
        (
            '{"layers": [{"type": "conv2d", "filters": 3, "kernel_size": 3}]}',
            'did you mean "Conv2D"',
        ),
        ('{"layers": [{"type": "Dense", "unit": 3}]}', 'did you mean "units"'),
        ('{"layers": [{"type": "Dense", "units": "ten"}]}', "whole number"),
        (
            '{"layers": [{"type": "Dense", "units": 10, "activation": "relux"}]}',
            'did you mean "relu"',
        ),
        ('{"layers": [{"type": "Conv2D", "filters": 3, "kernel_size": [3]}]}', "pair"),
        ('{"layers": [{"type": "MaxPooling2D", "padding": "full"}]}', '"valid" or "same"'),
        ('{"layers": [{"units": 3}]}', 'missing "type"'),
        ('{"layers": ["Dense"]}', "must be an object"),
        ('{"version": 7, "layers": []}', "newer cnngui"),
        ('{"format": "keras", "layers": []}', "not a cnngui model spec"),
        ('{"input_shape": [28, 28, 1, 1], "layers": []}', "input_shape"),
        ('{"input_shape": [0, 28, 1], "layers": []}', "below 1"),
    ],
)
def test_bad_specs_say_what_is_wrong(text, needle):
    with pytest.raises(SpecError) as err:
        ModelSpec.loads(text)
    message = str(err.value)
    assert needle in message
    assert "\n" not in message


def test_load_names_the_file(tmp_path):
    missing = tmp_path / "nope.json"
    with pytest.raises(SpecError, match="no such file"):
        ModelSpec.load(missing)
    empty = tmp_path / "empty.json"
    empty.write_text("")
    with pytest.raises(SpecError, match="empty"):
        ModelSpec.load(empty)
    binary = tmp_path / "garbage.json"
    binary.write_bytes(bytes(range(256)))
    with pytest.raises(SpecError, match="not a text file"):
        ModelSpec.load(binary)
    with pytest.raises(SpecError, match="folder"):
        ModelSpec.load(tmp_path)


def test_save_is_readable_and_atomic(tmp_path):
    path = tmp_path / "m.json"
    spec = get_preset("three-conv")
    spec.save(path)
    assert ModelSpec.load(path) == spec
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]
