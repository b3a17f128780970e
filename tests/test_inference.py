"""The Predictor: one compiled call → probabilities + every layer's activations.

The accuracy test uses the real bundled default model on digits it has never seen in
MNIST's form: rendered from fonts, drawn with a mouse-like pen, and MNIST test digits
placed small, large and off-centre on a big canvas.
"""

from __future__ import annotations

import collections
import zipfile

import numpy as np
import pytest
from digits_helpers import drawn_digits, font_digits, mnist_test_digits, placed_mnist

from cnngui.core.errors import UserError
from cnngui.core.inference.predictor import (
    Prediction,
    Predictor,
    default_model_path,
    first_conv_kernels,
    load_model,
)
from cnngui.core.inference.preprocess import preprocess
from cnngui.core.model.keras_build import build_model
from cnngui.core.model.presets import get_preset
from cnngui.core.model.shapes import analyze
from cnngui.core.model.spec import ModelSpec

keras = pytest.importorskip("keras")


@pytest.fixture(scope="module")
def default_predictor() -> Predictor:
    path = default_model_path()
    if not path.exists():
        pytest.skip(f"the bundled default model {path} is missing (make default-model)")
    return Predictor.from_file(path)


def small_spec() -> ModelSpec:
    return ModelSpec.from_json(
        {
            "format": "cnngui-model",
            "version": 1,
            "name": "tiny",
            "input_shape": [28, 28, 1],
            "layers": [
                {"type": "Conv2D", "filters": 4, "kernel_size": 3, "activation": "relu"},
                {"type": "BatchNormalization"},
                {"type": "MaxPooling2D"},
                {"type": "AveragePooling2D", "pool_size": 2, "padding": "same"},
                {"type": "Activation", "activation": "tanh"},
                {"type": "Dropout", "rate": 0.3},
                {"type": "GlobalMaxPooling2D"},
                {"type": "Dense", "units": 10, "activation": "softmax"},
            ],
        }
    )


@pytest.mark.parametrize("preset", ["lenet-5", "mlp", "fast"])
def test_activations_match_the_spec_shapes(preset: str) -> None:
    spec = get_preset(preset)
    predictor = Predictor(build_model(spec))
    image = np.random.default_rng(0).random((28, 28), dtype=np.float32)
    out = predictor(image)
    assert isinstance(out, Prediction)
    analysis = analyze(spec)
    assert [a.name for a in out.activations] == [
        f"{t.type.lower()}_{t.index}" for t in analysis.layers
    ]
    assert [a.type for a in out.activations] == [info.type for info in analysis.layers]
    assert [a.values.shape for a in out.activations] == [
        tuple(info.output_shape) for info in analysis.layers
    ]
    assert out.probabilities.shape == (10,)
    assert out.probabilities.sum() == pytest.approx(1.0, abs=1e-4)
    assert out.digit == int(np.argmax(out.probabilities))
    assert out.confidence == pytest.approx(float(out.probabilities.max()))


def test_compiled_call_equals_model_predict_and_never_retraces() -> None:
    model = build_model(small_spec())
    predictor = Predictor(model)
    x, _ = mnist_test_digits(5)
    for image in x:
        got = predictor(image).probabilities
        want = model.predict(image.reshape(1, 28, 28, 1), verbose=0)[0]
        np.testing.assert_allclose(got, want, atol=1e-5)
    predictor(x[0].reshape(28, 28, 1))  # a channel axis is fine too
    assert predictor._call.experimental_get_tracing_count() == 1


def test_set_weights_changes_the_prediction_without_rebuilding() -> None:
    model = build_model(small_spec())
    predictor = Predictor(model)
    image = mnist_test_digits(1)[0][0]
    before = predictor(image).probabilities
    weights = model.get_weights()
    zeroed = [np.zeros_like(w) for w in weights]
    predictor.set_weights(zeroed)
    flat = predictor(image).probabilities
    np.testing.assert_allclose(flat, np.full(10, 0.1), atol=1e-6)  # no information left
    predictor.set_weights(weights)
    np.testing.assert_allclose(predictor(image).probabilities, before, atol=1e-6)
    assert predictor._call.experimental_get_tracing_count() == 1
    with pytest.raises(UserError, match="weights do not fit"):
        predictor.set_weights(weights[:-1])


def test_imported_functional_model_with_logits_and_2d_input() -> None:
    inputs = keras.Input((28, 28))
    x = keras.layers.Reshape((28, 28, 1))(inputs)
    x = keras.layers.Conv2D(3, 3, name="c")(x)
    x = keras.layers.Flatten()(x)
    logits = keras.layers.Dense(10, name="logits")(x)  # no softmax
    predictor = Predictor(keras.Model(inputs, logits))
    out = predictor(np.ones((28, 28), np.float32))
    assert out.probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    assert out.probabilities.min() >= 0
    names = [a.name for a in out.activations]
    assert names[1] == "c" and names[-1] == "logits"
    assert out.activations[1].values.shape == (26, 26, 3)
    assert out.activations[-1].values.shape == (10,)


def test_models_that_cannot_take_a_digit_are_refused() -> None:
    wrong = keras.Sequential([keras.Input((32, 32, 3)), keras.layers.Flatten()])
    with pytest.raises(UserError, match="28"):
        Predictor(wrong)


def test_from_file_round_trip_and_kernels(tmp_path) -> None:
    model = build_model(small_spec())
    path = tmp_path / "m.keras"
    model.save(path)
    # an untrained network's random weights make any pixel convention "fit best": the
    # round trip is compared under the convention the loader chose, whichever it is
    predictor = Predictor.from_file(path)
    image = mnist_test_digits(1)[0][0]
    np.testing.assert_allclose(
        predictor(image).probabilities,
        Predictor(model, fit=predictor.fit)(image).probabilities,
        atol=1e-6,
    )
    plain = Predictor.from_file(path, detect=False)
    np.testing.assert_allclose(
        plain(image).probabilities, Predictor(model)(image).probabilities, atol=1e-6
    )
    name, kernels = first_conv_kernels(predictor.model)
    assert name == "conv2d_0" and kernels.shape == (3, 3, 1, 4)


def test_bad_model_files_give_one_sentence(tmp_path) -> None:
    (tmp_path / "text.keras").write_text("hello")
    (tmp_path / "model.h5").write_text("x")
    with zipfile.ZipFile(tmp_path / "junk.keras", "w") as z:
        z.writestr("something.txt", "not a model")
    cases = {
        "missing.keras": "does not exist",
        "text.keras": "not a zip archive",
        "model.h5": "not a .keras file",
        "junk.keras": "could not be loaded",
        "": "folder",
    }
    for name, words in cases.items():
        with pytest.raises(UserError, match=words) as info:
            load_model(tmp_path / name)
        assert "\n" not in str(info.value)


def test_default_model_recognises_digits_it_never_saw(default_predictor: Predictor) -> None:
    """≥ 95% on fonts, mouse-style strokes and MNIST digits placed anywhere on a canvas.

    The fonts are whichever of a fixed list this machine has (none is fine): the test must
    not depend on what is installed, so the counts are checked for the fixed sources only.
    """
    results: dict[str, list[bool]] = collections.defaultdict(list)
    wrong = []
    sources = [("mnist-placed", placed_mnist(120, start=0)), ("drawn", drawn_digits())]
    fonts = list(font_digits())
    if fonts:
        sources.append(("fonts", iter(fonts)))
    for source, items in sources:
        for image, label, description in items:
            pre = preprocess(image)
            assert pre.image28 is not None, description
            digit = default_predictor(pre.image28).digit
            results[source].append(digit == label)
            if digit != label:
                wrong.append(f"{description}: {label} read as {digit}")
    for source, hits in results.items():
        accuracy = float(np.mean(hits))
        assert accuracy >= 0.95, f"{source}: {accuracy:.1%}; wrong: {wrong}"
    assert len(results["mnist-placed"]) == 120 and len(results["drawn"]) == 70
