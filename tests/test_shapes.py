"""Shape and parameter arithmetic, validation messages (pure; no TensorFlow)."""

from __future__ import annotations

import doctest

import pytest

import cnngui.core.model.shapes as shapes_module
from cnngui.core.model.presets import PRESETS, get_preset
from cnngui.core.model.shapes import analyze
from cnngui.core.model.spec import LayerSpec, ModelSpec, SpecError

EXPECTED_TOTALS = {
    "three-conv": 93_322,
    "two-conv-dropout": 1_199_882,
    "fashion-two-conv": 333_526,
    "keras-mnist-convnet": 34_826,
}


def spec_of(*layers: tuple[str, dict], input_shape=(28, 28, 1)) -> ModelSpec:
    return ModelSpec("t", input_shape, tuple(LayerSpec.create(t, **a) for t, a in layers))


def test_doctests():
    assert doctest.testmod(shapes_module).failed == 0


@pytest.mark.parametrize(("name", "total"), EXPECTED_TOTALS.items())
def test_reference_totals(name, total):
    assert analyze(get_preset(name)).total_params == total


def test_three_conv_is_3x3x64_before_flatten():
    a = analyze(get_preset("three-conv"))
    flatten = next(i for i in a.layers if i.type == "Flatten")
    assert flatten.input_shape == (3, 3, 64)


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_preset_is_valid_and_trainable(name):
    a = analyze(get_preset(name))
    assert a.ok, a.errors
    assert a.warnings == []
    assert a.training_blocker() is None
    assert PRESETS[name].description


def test_batchnorm_split_like_keras():
    a = analyze(spec_of(("Conv2D", {"filters": 64, "kernel_size": 3}), ("BatchNormalization", {})))
    bn = a.layers[1]
    assert (bn.trainable_params, bn.non_trainable_params) == (128, 128)
    assert a.non_trainable_params == 128


def test_macs():
    a = analyze(
        spec_of(
            ("Conv2D", {"filters": 32, "kernel_size": 3, "padding": "same"}),
            ("Flatten", {}),
            ("Dense", {"units": 10}),
        )
    )
    assert a.layers[0].macs == 28 * 28 * 32 * 3 * 3 * 1
    assert a.layers[2].macs == 28 * 28 * 32 * 10


def test_arithmetic_text_for_students():
    a = analyze(
        spec_of(
            ("Conv2D", {"filters": 32, "kernel_size": 3, "padding": "same"}),
            ("Conv2D", {"filters": 64, "kernel_size": 3, "padding": "same"}),
        )
    )
    assert "(28 − 3 + 2·1)/1 + 1 = 28" in a.layers[0].shape_math
    assert a.layers[1].params_math.startswith("3·3·32·64 + 64 = 18,496")
    valid = analyze(spec_of(("Conv2D", {"filters": 4, "kernel_size": 3})))
    assert "(28 − 3)/1 + 1 = 26" in valid.layers[0].shape_math
    pooled = analyze(
        spec_of(("MaxPooling2D", {"pool_size": 2})),
    ).layers[0]
    assert "(28 − 2)/2 + 1 = 14" in pooled.shape_math


@pytest.mark.parametrize(
    ("layers", "needles"),
    [
        ([("Conv2D", {"filters": 0, "kernel_size": 3})], ["layer 0 Conv2D", "filters is 0"]),
        ([("Conv2D", {"filters": 4, "kernel_size": 0})], ["kernel_size is 0×0"]),
        ([("Dense", {"units": -3})], ["layer 0 Dense", "units is -3"]),
        ([("Dropout", {"rate": 1.5})], ["rate is 1.5", "from 0 to 1"]),
        ([("Dropout", {"rate": -0.1})], ["rate is -0.1"]),
        ([("Conv2D", {"filters": 4, "kernel_size": 29})], ["smaller than the kernel", "same"]),
        (
            [
                ("MaxPooling2D", {}),
                ("MaxPooling2D", {}),
                ("MaxPooling2D", {}),
                ("MaxPooling2D", {}),
                ("MaxPooling2D", {}),
            ],
            ["layer 4 MaxPooling2D", "input is 1×1×1", "pool_size 2×2", "0×0", 'padding="same"'],
        ),
        (
            [("Flatten", {}), ("Conv2D", {"filters": 4, "kernel_size": 3})],
            ["layer 1 Conv2D", "flat list of 784", "before the Flatten"],
        ),
        (
            [("Flatten", {}), ("Dense", {"units": 4}), ("MaxPooling2D", {})],
            ["layer 2 MaxPooling2D"],
        ),
        (
            [("Conv2D", {"filters": 4, "kernel_size": 3, "strides": 2, "dilation_rate": 2})],
            ["dilation_rate"],
        ),
    ],
)
def test_invalid_architectures_are_explained(layers, needles):
    a = analyze(spec_of(*layers))
    assert not a.ok
    message = a.errors[0]
    for needle in needles:
        assert needle in message, message
    assert a.training_blocker() == message


def test_huge_model_refused_with_size_in_bytes():
    a = analyze(
        spec_of(
            ("Flatten", {}),
            ("Dense", {"units": 1_000_000}),
            ("Dense", {"units": 10, "activation": "softmax"}),
        )
    )
    assert not a.ok
    assert "parameters" in a.errors[0] and "GB" in a.errors[0]


def test_last_layer_warnings_do_not_block_shapes():
    a = analyze(spec_of(("Flatten", {}), ("Dense", {"units": 5})))
    assert a.ok and a.warnings and "10 classes" in a.warnings[0]
    assert a.training_blocker() is not None
    b = analyze(spec_of(("Flatten", {}), ("Dense", {"units": 10})))
    assert b.ok and "softmax" in b.warnings[0]
    c = analyze(
        spec_of(
            ("Flatten", {}), ("Dense", {"units": 10}), ("Activation", {"activation": "softmax"})
        )
    )
    assert c.ok and c.warnings == []


def test_layers_after_an_error_have_unknown_shapes():
    a = analyze(
        spec_of(
            ("Conv2D", {"filters": 4, "kernel_size": 29}),
            ("Flatten", {}),
            ("Dense", {"units": 10, "activation": "softmax"}),
        )
    )
    assert [i.output_shape for i in a.layers] == [None, None, None]
    assert len(a.errors) == 1


def test_dense_on_an_image_works_per_pixel_as_in_keras():
    a = analyze(
        ModelSpec(
            "per-pixel",
            (8, 8, 8),
            (LayerSpec.create("Dense", units=10, activation="softmax"),),
        )
    )
    info = a.layers[0]
    assert a.ok and info.output_shape == (8, 8, 10)
    assert info.trainable_params == 8 * 10 + 10 and info.macs == 8 * 8 * 8 * 10
    assert "each of the 8×8 pixels separately" in info.warning and "Flatten" in info.warning
    blocker = a.training_blocker(image_shape=(8, 8, 8))
    assert "output is 8×8×10" in blocker and "one vector of 10 numbers" in blocker
    assert "insert a Flatten layer before layer 0 Dense" in blocker


@pytest.mark.parametrize(
    ("layer", "needle"),
    [
        (("Dropout", {"rate": 1.0}), "drops every value"),
        (("BatchNormalization", {"momentum": 2.0}), "momentum is 2"),
        (("BatchNormalization", {"epsilon": 0.0}), "epsilon is 0"),
    ],
)
def test_values_keras_builds_but_cannot_train_block_training_only(layer, needle):
    a = analyze(spec_of(layer, ("Flatten", {}), ("Dense", {"units": 10, "activation": "softmax"})))
    assert a.ok and a.layers[0].blocks and a.layers[0].output_shape == (28, 28, 1)
    assert needle in a.training_blocker()


def test_networks_that_cannot_classify_say_what_the_output_must_be():
    no_dense = analyze(spec_of(("Conv2D", {"filters": 10, "kernel_size": 28})))
    assert no_dense.ok and no_dense.layers[0].output_shape == (1, 1, 10)
    assert "output is 1×1×10" in no_dense.training_blocker()
    assert "Flatten and Dense(10" in no_dense.training_blocker()
    wrong_units = analyze(spec_of(("Flatten", {}), ("Dense", {"units": 7})))
    assert "set the last Dense layer's units to 10" in wrong_units.training_blocker()


def test_dropout_after_softmax_is_not_told_to_add_softmax():
    a = analyze(
        spec_of(("Flatten", {}), ("Dense", {"units": 10, "activation": "softmax"}), ("Dropout", {}))
    )
    assert not any("softmax" in w for w in a.warnings)


def test_more_than_500_layers_is_one_sentence():
    a = analyze(spec_of(*[("Dropout", {"rate": 0.1})] * 501))
    assert not a.ok and "501 layers, more than the 500" in a.errors[0]
    with pytest.raises(SpecError, match="10,000 layers"):
        ModelSpec.from_json({"layers": [{"type": "Flatten"}] * 10_000})


def test_an_input_that_does_not_fit_the_images_blocks_training_before_start():
    """Issue 12: a 32×28 input is not "ready to train" on MNIST's 28×28 digits."""
    spec = ModelSpec(
        "odd", (32, 28, 1), (LayerSpec.create("Flatten"), LayerSpec.create("Dense", units=10))
    )
    blocker = analyze(spec).training_blocker(10)
    assert "input is 32×28×1 but the images are 28×28×1" in blocker
    flat = ModelSpec("flat", (784,), (LayerSpec.create("Dense", units=10, activation="softmax"),))
    assert analyze(flat).training_blocker(10) is None  # 784 numbers: the image row by row
