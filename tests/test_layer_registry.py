"""The layer registry is the one place per layer type; spec, shapes and importer read it."""

from __future__ import annotations

import pytest

from cnngui.core.model.layers import KERAS_NAMES, REGISTRY
from cnngui.core.model.shapes import analyze
from cnngui.core.model.spec import (
    LAYER_ARGS,
    LAYER_DESCRIPTIONS,
    LAYER_TYPES,
    NEW_LAYER_ARGS,
    PRIMARY_ARGS,
    LayerSpec,
    ModelSpec,
)


def spec_of(*layers, input_shape=(28, 28, 1)) -> ModelSpec:
    return ModelSpec("t", input_shape, tuple(LayerSpec.create(t, **a) for t, a in layers))


def test_public_names_are_derived_from_the_registry():
    assert tuple(REGISTRY) == LAYER_TYPES
    for name, kind in REGISTRY.items():
        assert set(LAYER_ARGS[name]) == {*kind.args, "name"}
        assert LAYER_DESCRIPTIONS[name] == kind.description
        assert set(PRIMARY_ARGS[name]) <= set(kind.args)


@pytest.mark.parametrize("name", list(REGISTRY))
def test_every_type_has_a_valid_new_layer_and_describes_it(name):
    layer = LayerSpec.create(name, **NEW_LAYER_ARGS.get(name, {}))
    assert isinstance(layer.describe(), str)
    assert KERAS_NAMES[name] == name


def test_aliases_name_registered_types():
    assert KERAS_NAMES["MaxPool2D"] == "MaxPooling2D"
    assert KERAS_NAMES["Convolution2D"] == "Conv2D"
    assert all(target in REGISTRY for target in KERAS_NAMES.values())


def test_large_kernel_on_the_first_layer_does_not_blame_pooling():
    a = analyze(spec_of(("Conv2D", {"filters": 4, "kernel_size": 29})))
    assert "smaller than the kernel" in a.errors[0]
    assert "pooling" not in a.errors[0]
    assert "kernel_size" in a.errors[0]


def test_large_kernel_after_pooling_suggests_removing_it():
    a = analyze(
        spec_of(
            ("MaxPooling2D", {"pool_size": 4}),
            ("Conv2D", {"filters": 4, "kernel_size": 9}),
        )
    )
    assert "remove a pooling layer before it" in a.errors[0]


def test_first_pool_too_large_is_told_a_smaller_pool_size():
    a = analyze(spec_of(("MaxPooling2D", {"pool_size": 30})))
    assert 'padding="same"' in a.errors[0] and "smaller pool_size" in a.errors[0]
    assert "remove a pooling layer" not in a.errors[0]


def test_new_layer_types_round_trip_through_json():
    spec = spec_of(
        ("Rescaling", {"scale": 0.5, "offset": -1}),
        ("ZeroPadding2D", {"padding": [[1, 2], [0, 3]]}),
        ("BatchNormalization", {"axis": 1}),
        ("Reshape", {"target_shape": [-1]}),
        ("Activation", {"activation": "hard_silu"}),
    )
    assert ModelSpec.loads(spec.dumps()) == spec
    assert spec.layers[1].args["padding"] == ((1, 2), (0, 3))
    assert [i.output_shape for i in analyze(spec).layers] == [
        (28, 28, 1),
        (31, 31, 1),
        (31, 31, 1),
        (961,),
        (961,),
    ]
    assert [layer.describe() for layer in spec.layers] == [
        "× 0.5 − 1",
        "top 1, bottom 2, left 0, right 3",
        "axis 1",
        "→ ?",
        "hard_silu",
    ]


@pytest.mark.parametrize(
    ("shape", "layers", "needles"),
    [
        ((784,), [("Reshape", {"target_shape": [28, 27, 1]})], ["holds 756", "784"]),
        ((784,), [("Reshape", {"target_shape": [-1, 5]})], ["cannot be divided"]),
        ((784,), [("Reshape", {"target_shape": [-1, -1]})], ["at most one -1"]),
        ((28, 28), [("Conv2D", {"filters": 2})], ["no channels axis", "[28, 28, 1]"]),
        ((784,), [("MaxPooling2D", {})], ["flat list of 784"]),
        ((28, 28, 1), [("BatchNormalization", {"axis": 0})], ["axis is 0", "from 1 to 3"]),
        ((28, 28, 1), [("ZeroPadding2D", {"padding": -1})], ["fewer than 0"]),
    ],
)
def test_new_layer_errors_say_why(shape, layers, needles):
    a = analyze(spec_of(*layers, input_shape=shape))
    assert not a.ok
    for needle in needles:
        assert needle in a.errors[0], a.errors[0]


def test_flat_and_grid_inputs_parse_and_feed_dense():
    for shape in ([784], [28, 28]):
        spec = ModelSpec.from_json(
            {"input_shape": shape, "layers": [{"type": "Dense", "units": 10}]}
        )
        assert analyze(spec).ok and spec.input_shape == tuple(shape)


def test_softmax_advice_fits_the_last_layer():
    head = [("Flatten", {}), ("Dense", {"units": 10})]
    plain = analyze(spec_of(*head, ("Rescaling", {"scale": 2.0}))).warnings[-1]
    assert 'add Activation("softmax") after it' in plain and "set activation" not in plain
    after = analyze(
        spec_of(
            ("Flatten", {}), ("Dense", {"units": 10, "activation": "softmax"}), ("Rescaling", {})
        )
    ).warnings[-1]
    assert "move the softmax after it" in after
    dense = analyze(spec_of(*head)).warnings[-1]
    assert 'set activation="softmax" on it' in dense
