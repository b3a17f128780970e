"""Importing Keras models: same predictions, and untrusted files refused before Keras reads them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from cnngui.core.errors import UserError
from cnngui.core.model.importer import import_model, read_config, spec_from_config
from cnngui.core.model.shapes import analyze


def _reference(keras):
    L = keras.layers
    return keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            L.Conv2D(4, 3, activation="relu", kernel_regularizer="l2"),
            L.MaxPooling2D(),
            L.BatchNormalization(),
            L.Conv2D(3, 3, padding="same"),
            L.AveragePooling2D(2, strides=1),
            L.Activation("relu"),
            L.GlobalAveragePooling2D(),
            L.Dropout(0.2),
            L.Dense(10, activation="softmax"),
        ]
    )


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """Model files of every kind the importer must accept or refuse (built once)."""
    import keras

    L = keras.layers
    d = tmp_path_factory.mktemp("models")
    out: dict[str, Path] = {}

    def save(name, model):
        out[name] = d / name
        model.save(out[name])

    ref = _reference(keras)
    bn = ref.layers[2]
    bn.moving_mean.assign(np.linspace(-1, 1, 4).astype("float32"))  # non-default statistics
    save("ref.keras", ref)
    save("ref.h5", ref)
    inp = keras.Input((28, 28))
    func = keras.Model(inp, L.Dense(10, activation="softmax")(L.Flatten()(inp)))
    save("functional.keras", func)
    lam = keras.Sequential([keras.Input((28, 28, 1)), L.Lambda(lambda t: t * 2), L.Flatten()])
    save("lambda.keras", lam)
    save("lambda.h5", lam)
    unsupported = keras.Sequential(
        [keras.Input((28, 28, 1)), L.UpSampling2D(), L.Conv2D(2, 3), L.LayerNormalization()]
    )
    save("unsupported.keras", unsupported)
    rgb = keras.Sequential([keras.Input((32, 32, 3)), L.Conv2D(2, 3), L.Flatten(), L.Dense(10)])
    save("rgb32.keras", rgb)
    i = keras.Input((28, 28, 1))
    merged = L.Add()([L.Conv2D(2, 3)(i), L.Conv2D(2, 3)(i)])
    save("branched.keras", keras.Model(i, L.Dense(10)(L.Flatten()(merged))))
    ref.save_weights(d / "only.weights.h5")
    out["only.weights.h5"] = d / "only.weights.h5"
    raw = out["ref.keras"].read_bytes()
    (d / "truncated.keras").write_bytes(raw[: len(raw) // 2])
    out["truncated.keras"] = d / "truncated.keras"
    raw = out["ref.h5"].read_bytes()
    (d / "truncated.h5").write_bytes(raw[: len(raw) // 2])
    out["truncated.h5"] = d / "truncated.h5"
    out["x"] = np.random.default_rng(0).random((5, 28, 28, 1)).astype("float32")
    out["ref_out"] = ref(out["x"]).numpy()
    out["func_out"] = func(out["x"][..., 0]).numpy()
    return out


@pytest.mark.parametrize("name", ["ref.keras", "ref.h5"])
def test_import_gives_same_predictions(files, name):
    imported = import_model(files[name])
    spec, model = imported  # unpacks as (spec, model)
    assert [layer.type for layer in spec.layers] == [
        "Conv2D",
        "MaxPooling2D",
        "BatchNormalization",
        "Conv2D",
        "AveragePooling2D",
        "Activation",
        "GlobalAveragePooling2D",
        "Dropout",
        "Dense",
    ]
    assert spec.layers[4].args["strides"] == (1, 1)
    assert analyze(spec).ok
    assert model.count_params() == analyze(spec).total_params
    np.testing.assert_allclose(model(files["x"]).numpy(), files["ref_out"], atol=1e-6)
    assert any("kernel_regularizer" in w for w in imported.warnings)
    assert model.layers[0].name == "conv2d_0"  # cnngui's naming, for the feature-map views


def test_functional_chain_with_2d_input_imports(files):
    imported = import_model(files["functional.keras"])
    assert imported.spec.input_shape == (28, 28, 1)
    np.testing.assert_allclose(imported.model(files["x"]).numpy(), files["func_out"], atol=1e-6)


@pytest.mark.parametrize("name", ["lambda.keras", "lambda.h5"])
def test_lambda_is_refused_without_running_it(files, name, monkeypatch):
    import keras

    def never(*a, **k):  # the file must not reach Keras's deserializer at all
        raise AssertionError("Keras was asked to load an untrusted model")

    monkeypatch.setattr(keras.saving, "load_model", never)
    with pytest.raises(UserError, match=r"Lambda layer.*never runs code"):
        import_model(files[name])


def test_hidden_code_anywhere_in_the_config_is_refused():
    config = {
        "class_name": "Sequential",
        "config": {
            "layers": [
                {"class_name": "InputLayer", "config": {"batch_shape": [None, 28, 28, 1]}},
                {
                    "class_name": "Dense",
                    "config": {"units": 10, "activation": {"class_name": "function"}},
                },
            ]
        },
    }
    with pytest.raises(UserError, match="custom code"):
        spec_from_config(config)
    config["config"]["layers"][1] = {
        "module": "evil.module",
        "class_name": "Dense",
        "config": {"units": 3},
    }
    with pytest.raises(UserError, match=r"evil\.module"):
        spec_from_config(config)


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("unsupported.keras", "cannot import layers of type UpSampling2D, LayerNormalization"),
        ("rgb32.keras", "takes 32×32×3 images, but the digits are 28×28×1"),
        ("branched.keras", "one chain of layers"),
        ("only.weights.h5", "holds only weights"),
        ("truncated.keras", "damaged or incomplete"),
        ("truncated.h5", "damaged or incomplete"),
    ],
)
def test_bad_models_are_refused_with_one_sentence(files, name, needle):
    with pytest.raises(UserError) as err:
        import_model(files[name])
    message = str(err.value)
    assert needle in message
    assert str(files[name]) in message
    assert "\n" not in message and "Traceback" not in message


@pytest.mark.parametrize(
    ("content", "needle"),
    [(b"", "empty"), (b"\x00\xff" * 300, "not a Keras model"), (b"PK\x03\x04junk", "damaged")],
)
def test_garbage_files(tmp_path, content, needle):
    path = tmp_path / "model.keras"
    path.write_bytes(content)
    with pytest.raises(UserError, match=needle):
        import_model(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        import_model(tmp_path / "nope.keras")
    with pytest.raises(UserError, match="folder"):
        import_model(tmp_path)


def test_archive_without_weights_or_config(tmp_path, files):
    path = tmp_path / "half.keras"
    with zipfile.ZipFile(files["ref.keras"]) as src, zipfile.ZipFile(path, "w") as dst:
        dst.writestr("config.json", src.read("config.json"))
    with pytest.raises(UserError, match="no weights"):
        import_model(path)
    with zipfile.ZipFile(path, "w") as dst:
        dst.writestr("readme.txt", "hello")
    with pytest.raises(UserError, match="no model config"):
        import_model(path)


def test_weights_that_do_not_fit_are_reported(tmp_path, files):
    """A config edited to disagree with its weights fails with a sentence, not a traceback."""
    path = tmp_path / "edited.keras"
    with zipfile.ZipFile(files["ref.keras"]) as src, zipfile.ZipFile(path, "w") as dst:
        config = json.loads(src.read("config.json"))
        config["config"]["layers"][1]["config"]["filters"] = 5
        dst.writestr("config.json", json.dumps(config))
        dst.writestr("model.weights.h5", src.read("model.weights.h5"))
    with pytest.raises(UserError, match="do not fit"):
        import_model(path)


def test_read_config_needs_no_tensorflow(files):
    config, kind = read_config(files["ref.h5"])
    assert kind == "h5" and config["class_name"] == "Sequential"


def test_keras2_style_configs_parse():
    """Configs as TF 2.x (Keras 2) wrote them into .h5 files from older notebooks."""
    dense = {"units": 10, "activation": "softmax", "use_bias": True, "name": "dense"}
    sequential = {
        "class_name": "Sequential",
        "config": {
            "name": "sequential",
            "layers": [
                {
                    "class_name": "InputLayer",
                    "config": {"batch_input_shape": [None, 28, 28, 1], "name": "conv2d_input"},
                },
                {
                    "class_name": "Conv2D",
                    "config": {
                        "filters": 8,
                        "kernel_size": [3, 3],
                        "strides": [1, 1],
                        "padding": "valid",
                        "data_format": "channels_last",
                        "activation": "relu",
                        "kernel_initializer": {"class_name": "GlorotUniform", "config": {}},
                    },
                },
                {"class_name": "MaxPool2D", "config": {"pool_size": [2, 2], "strides": [2, 2]}},
                {"class_name": "Flatten", "config": {"data_format": "channels_last"}},
                {"class_name": "Dense", "config": dense},
            ],
        },
    }
    spec, notes = spec_from_config(sequential)
    assert spec.input_shape == (28, 28, 1) and notes == []
    assert [layer.type for layer in spec.layers] == ["Conv2D", "MaxPooling2D", "Flatten", "Dense"]
    assert spec.layers[1].args["strides"] is None
    functional = {
        "class_name": "Functional",
        "config": {
            "layers": [
                {
                    "class_name": "InputLayer",
                    "name": "input_1",
                    "config": {"batch_input_shape": [None, 28, 28]},
                    "inbound_nodes": [],
                },
                {
                    "class_name": "Flatten",
                    "name": "flatten",
                    "config": {},
                    "inbound_nodes": [[["input_1", 0, 0, {}]]],
                },
                {
                    "class_name": "Dense",
                    "name": "dense",
                    "config": dense,
                    "inbound_nodes": [[["flatten", 0, 0, {}]]],
                },
            ]
        },
    }
    spec, _ = spec_from_config(functional)
    assert spec.input_shape == (28, 28, 1) and len(spec.layers) == 2
    functional["config"]["layers"][2]["inbound_nodes"] = [[["input_1", 0, 0, {}]]]
    with pytest.raises(UserError, match="one chain"):
        spec_from_config(functional)


def test_custom_compile_settings_are_ignored_not_run(tmp_path):
    """A notebook's custom loss sits in compile_config, which the importer never reads."""
    import keras

    def my_loss(y_true, y_pred):
        return keras.ops.mean(keras.ops.square(y_true - y_pred))

    model = keras.Sequential(
        [keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(10)]
    )
    model.compile(optimizer="adam", loss=my_loss)
    model.save(tmp_path / "custom_loss.keras")
    config, _ = read_config(tmp_path / "custom_loss.keras")
    assert "my_loss" in json.dumps(config["compile_config"])
    assert import_model(tmp_path / "custom_loss.keras").model.count_params() == 7850
