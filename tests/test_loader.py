"""The one loader: Keras 2 and Keras 3 files, any input a digit fits, fed as trained.

The Keras 2-style files are written here with h5py in the legacy layout (a
``model_config`` attribute, ``model_weights`` groups with ``layer_names`` /
``weight_names`` attributes), with weights taken from Keras 3 models of the same
architecture, so the imported network must compute exactly what the Keras 3 one does.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cnngui.cli import main
from cnngui.core.datasets import mnist_test_digits
from cnngui.core.errors import UserError
from cnngui.core.inference.loader import InputConvention, fit_input, fit_problem, load_network
from cnngui.core.inference.predictor import Predictor

keras = pytest.importorskip("keras")
h5py = pytest.importorskip("h5py")

_INIT = {"class_name": "VarianceScaling", "config": {"scale": 1.0, "seed": None}}


@pytest.fixture(autouse=True)
def no_xla(monkeypatch):
    monkeypatch.setenv("CNNGUI_XLA", "0")


def dense_cfg(name: str, units: int, activation: str, **extra) -> dict:
    """A Dense layer's config as Keras 2.0–2.3 wrote it."""
    return {
        "class_name": "Dense",
        "config": {
            "name": name,
            "trainable": True,
            "units": units,
            "activation": activation,
            "use_bias": True,
            "kernel_initializer": _INIT,
            "bias_initializer": {"class_name": "Zeros", "config": {}},
            "kernel_regularizer": None,
            "bias_regularizer": None,
            "activity_regularizer": None,
            "kernel_constraint": None,
            "bias_constraint": None,
            **extra,
        },
    }


def write_legacy_h5(path: Path, config: dict, model, names: list[str], version="2.0.6") -> Path:
    """A Keras 2 full-model .h5: ``model``'s weights filed under the config's layer names."""
    weighted = [layer for layer in model.layers if layer.weights]
    with h5py.File(path, "w") as f:
        f.attrs["keras_version"] = version.encode()
        f.attrs["backend"] = b"tensorflow"
        f.attrs["model_config"] = json.dumps(config).encode()
        group = f.create_group("model_weights")
        group.attrs["layer_names"] = [n.encode() for n in names]
        arrays = iter(weighted)
        for name in names:
            layer_group = group.create_group(name)
            layer = next(arrays) if _has_weights(config, name) else None
            kinds = _weight_kinds(layer)
            weight_names = [f"{name}/{k}:0" for k in kinds]
            layer_group.attrs["weight_names"] = [w.encode() for w in weight_names]
            if layer is not None:
                for wname, value in zip(weight_names, layer.get_weights()):
                    layer_group.create_dataset(wname, data=value)
    return path


def _has_weights(config: dict, name: str) -> bool:
    body = config["config"]
    layers = body if isinstance(body, list) else body["layers"]
    for entry in layers:
        entry_name = entry.get("name") or entry["config"]["name"]
        if entry_name == name:
            return entry["class_name"] in ("Dense", "Conv2D", "BatchNormalization")
    raise KeyError(name)


def _weight_kinds(layer) -> list[str]:
    if layer is None:
        return []
    if type(layer).__name__ == "BatchNormalization":
        return ["gamma", "beta", "moving_mean", "moving_variance"]
    return ["kernel", "bias"]


def train(model, x, y, epochs=6, lr=3e-3, batch_size=64):
    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    model.compile(optimizer=keras.optimizers.Adam(lr), loss=loss)
    model.fit(x, y, epochs=epochs, batch_size=batch_size, verbose=0)
    return model


@pytest.fixture(scope="module")
def digits():
    x, y = mnist_test_digits(4500)
    return x[500:], y[500:], x[:50]  # train on digits the detection never scores


@pytest.fixture(scope="module")
def mlp(digits):
    """A trained 784 → 32 → 10 network (Keras 3), the weights of the Keras 2 files."""
    keras.utils.set_random_seed(0)
    x, y, _ = digits
    L = keras.layers
    model = keras.Sequential(
        [keras.Input((28, 28)), L.Flatten(), L.Dense(32, activation="relu"), L.Dense(10)]
    )
    return train(model, x[:2000], y[:2000])


def same_outputs(loaded, model, images, shape):
    ours = np.asarray(loaded.model(np.stack([loaded.fit(i) for i in images])))
    theirs = np.asarray(model(np.stack([i.reshape(shape) for i in images])))
    np.testing.assert_allclose(ours, theirs, atol=1e-5)


def test_keras_2_0_bare_list_sequential(tmp_path, mlp, digits):
    config = {
        "class_name": "Sequential",
        "config": [
            {
                "class_name": "Flatten",
                "config": {"name": "flatten_1", "batch_input_shape": [None, 28, 28]},
            },
            dense_cfg("dense_1", 32, "relu"),
            dense_cfg("dense_2", 10, "linear"),
        ],
    }
    path = write_legacy_h5(tmp_path / "old.h5", config, mlp, ["flatten_1", "dense_1", "dense_2"])
    loaded = load_network(path)
    assert [layer.type for layer in loaded.spec.layers] == ["Flatten", "Dense", "Dense"]
    same_outputs(loaded, mlp, digits[2], (28, 28))
    assert loaded.convention.is_default and loaded.convention.accuracy > 0.8
    assert loaded.message == "" and not loaded.warnings


def test_flat_input_with_batch_input_shape_and_positive_bn_axis(tmp_path, digits):
    """tf.keras 2.x: InputLayer with batch_input_shape (784,), BatchNormalization axis [1]."""
    keras.utils.set_random_seed(1)
    L = keras.layers
    model = keras.Sequential(
        [keras.Input((784,)), L.Dense(16, activation="relu"), L.BatchNormalization(), L.Dense(10)]
    )
    model.layers[1].moving_mean.assign(np.linspace(-1, 1, 16).astype("float32"))
    bn = {
        "class_name": "BatchNormalization",
        "config": {"name": "bn", "axis": [1], "momentum": 0.99, "epsilon": 0.001},
    }
    config = {
        "class_name": "Sequential",
        "config": {
            "name": "sequential",
            "layers": [
                {
                    "class_name": "InputLayer",
                    "config": {"batch_input_shape": [None, 784], "name": "dense_input"},
                },
                dense_cfg("dense", 16, "relu"),
                bn,
                dense_cfg("dense_1", 10, "linear"),
            ],
        },
    }
    path = write_legacy_h5(tmp_path / "flat.h5", config, model, ["dense", "bn", "dense_1"])
    loaded = load_network(path, detect=False)
    assert loaded.spec.input_shape == (784,)
    assert loaded.spec.layers[1].args["axis"] == -1
    same_outputs(loaded, model, digits[2], (784,))


def test_functional_reshape_from_flat_input(tmp_path, digits):
    keras.utils.set_random_seed(2)
    L = keras.layers
    model = keras.Sequential(
        [
            keras.Input((784,)),
            L.Reshape((28, 28, 1)),
            L.Conv2D(3, 3, activation="relu"),
            L.MaxPooling2D(),
            L.Flatten(),
            L.Dense(10, activation="softmax"),
        ]
    )
    conv = {
        "class_name": "Conv2D",
        "config": {
            "name": "conv2d_1",
            "filters": 3,
            "kernel_size": [3, 3],
            "strides": [1, 1],
            "padding": "valid",
            "data_format": "channels_last",
            "dilation_rate": [1, 1],
            "activation": "relu",
            "use_bias": True,
        },
    }
    chain = [
        ("Reshape", "reshape_1", {"target_shape": [28, 28, 1]}),
        ("Conv2D", "conv2d_1", conv["config"]),
        ("MaxPooling2D", "max_pooling2d_1", {"pool_size": [2, 2], "padding": "valid"}),
        ("Flatten", "flatten_1", {}),
        ("Dense", "dense_1", dense_cfg("dense_1", 10, "softmax")["config"]),
    ]
    layers = [
        {
            "class_name": "InputLayer",
            "name": "input_1",
            "config": {"batch_input_shape": [None, 784], "name": "input_1"},
            "inbound_nodes": [],
        }
    ]
    previous = "input_1"
    for cls, name, cfg in chain:
        layers.append(
            {
                "class_name": cls,
                "name": name,
                "config": {**cfg, "name": name},
                "inbound_nodes": [[[previous, 0, 0, {}]]],
            }
        )
        previous = name
    config = {"class_name": "Model", "config": {"name": "model_1", "layers": layers}}
    names = ["input_1"] + [name for _, name, _ in chain]
    path = write_legacy_h5(tmp_path / "reshape.h5", config, model, names, version="2.1.6")
    loaded = load_network(path, detect=False)
    assert [layer.type for layer in loaded.spec.layers][:2] == ["Reshape", "Conv2D"]
    same_outputs(loaded, model, digits[2], (784,))


@pytest.mark.parametrize(("shape", "fitted"), [((32, 32, 1), (32, 32, 1)), ((14, 14, 1), None)])
def test_other_image_sizes_are_fitted(tmp_path, digits, shape, fitted):
    keras.utils.set_random_seed(3)
    L = keras.layers
    model = keras.Sequential(
        [keras.Input(shape), L.Conv2D(2, 5), L.Flatten(), L.Dense(10, activation="softmax")]
    )
    path = tmp_path / "m.keras"
    model.save(path)
    loaded = load_network(path, detect=False)
    image = digits[2][0]
    x = loaded.fit(image)
    assert x.shape == shape
    if shape[0] == 32:  # LeNet: MNIST padded by 2 pixels on every side
        np.testing.assert_array_equal(x[2:30, 2:30, 0], image)
        assert x[:2].max() == 0 and x[:, 30:].max() == 0
    predictor = Predictor.from_file(path, jit=False, detect=False)
    expected = np.asarray(model(x[None]))[0]
    np.testing.assert_allclose(predictor(image).probabilities, expected, atol=1e-5)


def test_fit_input_shapes():
    image = np.zeros((28, 28), np.float32)
    image[10:18, 12:16] = 1
    assert fit_input(image, (28, 28)).shape == (28, 28)
    np.testing.assert_array_equal(fit_input(image, (784,)), image.reshape(-1))
    assert fit_input(image, (196,)).shape == (196,)
    assert fit_problem((32, 32, 3)) and "32×32×3" in fit_problem((32, 32, 3))
    assert fit_problem((101,)) and fit_problem((2, 2, 1))
    assert fit_problem((28, 28, 1)) is None and fit_problem((28, 28)) is None


def test_model_trained_on_raw_pixels_is_detected_and_fed_that_way(tmp_path, digits, capsys):
    keras.utils.set_random_seed(4)
    x, y, _ = digits
    L = keras.layers
    model = keras.Sequential(
        [keras.Input((28, 28, 1)), L.Flatten(), L.Dense(64, activation="relu"), L.Dense(10)]
    )
    train(model, x[..., None] * 255.0, y, epochs=10, lr=1e-3, batch_size=32)
    path = tmp_path / "raw.h5"
    model.save(path)  # Keras 3 writes the legacy full-model .h5 layout
    loaded = load_network(path)
    assert loaded.convention.scale == 255 and not loaded.convention.inverted
    assert loaded.convention.accuracy > 0.7
    assert "pixels 0–255, white digit on black" in loaded.message
    np.testing.assert_allclose(loaded.fit(digits[2][0]), digits[2][0][..., None] * 255, atol=1e-4)
    image = tmp_path / "seven.png"
    Image.fromarray((255 - digits[2][0] * 255).astype(np.uint8)).resize((140, 140)).save(image)
    assert main(["predict", "--model", str(path), "--json", str(image)]) == 0
    out = capsys.readouterr()
    assert "0–255" in out.err and len(out.err.strip().splitlines()) == 1
    assert json.loads(out.out)["digit"] == int(mnist_test_digits(1)[1][0])


def test_convention_round_trips_and_can_be_overridden(tmp_path, mlp):
    path = tmp_path / "mlp.keras"
    mlp.save(path)
    loaded = load_network(path, digits=100)
    inverted = InputConvention(255.0, True)
    other = loaded.with_convention(inverted)
    assert other.convention == inverted and "black digit on white" in other.message
    assert InputConvention.from_json(json.loads(json.dumps(inverted.to_json()))) == inverted
    assert InputConvention.from_json("junk") == InputConvention()
    np.testing.assert_allclose(other.fit(np.zeros((28, 28))).reshape(28, 28), 255.0)


@pytest.mark.parametrize("filing", ["layer names", "counted twice"])
def test_backslash_weight_paths_in_a_keras_zip(tmp_path, mlp, digits, filing):
    """Keras 2.13–2.15 on Windows filed weights under ``_layer_checkpoint_dependencies\\…``
    (a layer with weights is listed twice there, so its class counter may skip numbers)."""
    source = tmp_path / "mlp.keras"
    mlp.save(source)
    buffer = io.BytesIO()
    names = {
        "layer names": ["flatten", "dense", "dense_1"],
        "counted twice": ["f", "dense", "dense_2"],
    }
    with h5py.File(buffer, "w") as f:
        for layer, name in zip(mlp.layers, names[filing]):
            for i, value in enumerate(layer.get_weights()):
                f.create_dataset(f"_layer_checkpoint_dependencies\\{name}\\vars\\{i}", data=value)
    target = tmp_path / "windows.keras"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        dst.writestr("config.json", src.read("config.json"))
        dst.writestr("metadata.json", src.read("metadata.json"))
        dst.writestr("model.weights.h5", buffer.getvalue())
    loaded = load_network(target, detect=False)
    same_outputs(loaded, mlp, digits[2], (28, 28))


def test_weights_only_file_is_one_sentence_exit_2(tmp_path, mlp, capsys):
    path = tmp_path / "only.h5"
    with h5py.File(path, "w") as f:  # what model.save_weights("x.h5") wrote in Keras 2
        f.attrs["layer_names"] = [b"dense_1"]
        f.attrs["keras_version"] = b"2.3.1"
        f.create_group("dense_1").attrs["weight_names"] = []
    image = tmp_path / "x.png"
    Image.new("L", (28, 28)).save(image)
    assert main(["predict", "--model", str(path), str(image)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "only weights" in err and str(path) in err
    with pytest.raises(UserError, match="only weights"):
        load_network(path)


def test_a_model_that_is_not_a_digit_classifier_is_refused_or_warned(tmp_path):
    L = keras.layers
    three = keras.Sequential([keras.Input((28, 28, 1)), L.Flatten(), L.Dense(3)])
    three.save(tmp_path / "three.keras")
    with pytest.raises(UserError, match="each digit 0–9"):
        load_network(tmp_path / "three.keras")
    keras.utils.set_random_seed(5)
    zeros = keras.Sequential([keras.Input((28, 28, 1)), L.Flatten(), L.Dense(10)])
    zeros.layers[-1].set_weights([np.zeros((784, 10)), np.arange(10, dtype="float32")])
    zeros.save(tmp_path / "constant.keras")
    loaded = load_network(tmp_path / "constant.keras", digits=100)
    assert any("may not be an MNIST digit classifier" in w for w in loaded.warnings)


def test_keras3_weights_filed_by_class_not_by_the_layers_own_names(tmp_path, digits):
    """Keras 3 files weights as ``dense``, ``dense_1``… whatever the layers are called."""
    keras.utils.set_random_seed(6)
    L = keras.layers
    model = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            L.Conv2D(2, 3, name="zz"),
            L.Flatten(name="f"),
            L.Dense(10, name="zz_dense"),
            L.Dense(10, name="aa", activation="relu"),
            L.Dense(10, name="mm"),
        ]
    )
    model.save(tmp_path / "named.keras")
    loaded = load_network(tmp_path / "named.keras", detect=False)
    same_outputs(loaded, model, digits[2], (28, 28, 1))


def test_relu_and_softmax_layers_import_as_activations(tmp_path, digits):
    keras.utils.set_random_seed(7)
    L = keras.layers
    model = keras.Sequential([keras.Input((784,)), L.Dense(16), L.ReLU(), L.Dense(10), L.Softmax()])
    model.save(tmp_path / "layers.h5")
    loaded = load_network(tmp_path / "layers.h5", detect=False)
    assert [(layer.type, layer.args.get("activation")) for layer in loaded.spec.layers] == [
        ("Dense", "linear"),
        ("Activation", "relu"),
        ("Dense", "linear"),
        ("Activation", "softmax"),
    ]
    same_outputs(loaded, model, digits[2], (784,))
    capped = keras.Sequential([keras.Input((784,)), L.ReLU(max_value=2.0), L.Dense(10)])
    capped.save(tmp_path / "capped.keras")
    with pytest.raises(UserError, match="ReLU layer with max_value"):
        load_network(tmp_path / "capped.keras")


def test_same_shaped_layers_keep_their_own_weights_in_cnngui_saved_files(tmp_path):
    """cnngui names layers ``<type>_<index>`` and Keras 3 files them ``dense``, ``dense_1``…:
    the second Dense is called dense_2 but filed as dense_1, which must not go to the first."""
    from cnngui.core.model.importer import import_model
    from cnngui.core.model.keras_build import build_model
    from cnngui.core.model.spec import LayerSpec, ModelSpec

    keras.utils.set_random_seed(8)
    layers = [("Flatten", {}), ("Dense", {"units": 16}), ("Dense", {"units": 16})]
    spec = ModelSpec("s", (4, 4), tuple(LayerSpec.create(t, **a) for t, a in layers))
    model = build_model(spec)
    model.save(tmp_path / "s.keras")
    model.save(tmp_path / "s.h5")
    x = np.random.default_rng(0).random((3, 4, 4)).astype("float32")
    for name in ("s.keras", "s.h5"):
        imported = import_model(tmp_path / name, expected_input=None)
        np.testing.assert_allclose(imported.model(x), model(x), atol=1e-6)
