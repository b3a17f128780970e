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
    assert LAYER_TYPES == tuple(REGISTRY)
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
