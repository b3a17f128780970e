"""cnngui's shape arithmetic against real Keras models built from the same specs."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnngui.core.model.presets import PRESETS, get_preset
from cnngui.core.model.shapes import analyze
from cnngui.core.model.spec import ACTIVATIONS, LayerSpec, ModelSpec

keras = pytest.importorskip("keras")


def keras_numbers(spec: ModelSpec):
    """Per-layer (output shape, trainable, non-trainable) of the real Keras model."""
    from cnngui.core.model.keras_build import build_model

    model = build_model(spec, check=False)
    rows = []
    for layer in model.layers:
        trainable = int(sum(np.prod(w.shape) for w in layer.trainable_weights))
        frozen = int(sum(np.prod(w.shape) for w in layer.non_trainable_weights))
        rows.append((tuple(layer.output.shape[1:]), trainable, frozen))
    return rows, model.count_params()


def assert_same_as_keras(spec: ModelSpec) -> bool:
    """True when Keras builds the spec (then cnngui must accept it with Keras's numbers).

    False when Keras refuses it; then cnngui must refuse it too. Never stricter, never
    looser: the contract of DESIGN.md.
    """
    ours = analyze(spec)
    try:
        theirs, total = keras_numbers(spec)
    except Exception:  # Keras rejected it; so must we
        assert not ours.ok, f"Keras rejects a spec cnngui accepts: {spec.dumps()}"
        return False
    assert ours.ok, f"cnngui refuses a spec Keras builds ({ours.errors[0]}): {spec.dumps()}"
    mine = [(i.output_shape, i.trainable_params, i.non_trainable_params) for i in ours.layers]
    assert mine == theirs, spec.dumps()
    assert ours.total_params == total
    return True


@pytest.mark.parametrize("name", list(PRESETS))
def test_presets_match_keras(name):
    assert assert_same_as_keras(get_preset(name))


pairs = st.one_of(st.integers(1, 5), st.tuples(st.integers(1, 5), st.integers(1, 5)))
paddings = st.sampled_from(["valid", "same"])
activations = st.sampled_from([None, "relu", "tanh", "sigmoid", "softmax", "gelu"])

conv = st.builds(
    lambda f, k, s, p, a, b: (
        "Conv2D",
        {
            "filters": f,
            "kernel_size": k,
            "strides": s,
            "padding": p,
            "activation": a,
            "use_bias": b,
        },
    ),
    st.integers(1, 16),
    pairs,
    st.one_of(st.just(1), st.integers(1, 3)),
    paddings,
    activations,
    st.booleans(),
)
dilated = st.builds(
    lambda f, k, d, p: (
        "Conv2D",
        {"filters": f, "kernel_size": k, "dilation_rate": d, "padding": p},
    ),
    st.integers(1, 8),
    pairs,
    st.integers(1, 3),
    paddings,
)
pool = st.builds(
    lambda t, ps, s, p: (t, {"pool_size": ps, "strides": s, "padding": p}),
    st.sampled_from(["MaxPooling2D", "AveragePooling2D"]),
    pairs,
    st.one_of(st.none(), st.integers(1, 3)),
    paddings,
)
bn = st.builds(
    lambda c, s, axis: ("BatchNormalization", {"center": c, "scale": s, "axis": axis}),
    st.booleans(),
    st.booleans(),
    st.one_of(st.just(-1), st.just(-1), st.integers(-4, 4)),  # some invalid for the rank
)
drop = st.builds(lambda r: ("Dropout", {"rate": r}), st.floats(0, 0.9))
act = st.builds(lambda a: ("Activation", {"activation": a}), st.sampled_from(ACTIVATIONS))
rescale = st.builds(
    lambda sc, off: ("Rescaling", {"scale": sc, "offset": off}),
    st.sampled_from([1 / 255, 255.0, -1.0, 0.5]),
    st.sampled_from([0.0, -1.0, 0.5]),
)
zero_pad = st.builds(
    lambda p: ("ZeroPadding2D", {"padding": p}),
    st.one_of(
        st.integers(0, 3),
        st.tuples(st.integers(0, 3), st.integers(0, 3)).map(list),
        st.tuples(
            st.tuples(st.integers(0, 3), st.integers(0, 3)),
            st.tuples(st.integers(0, 3), st.integers(0, 3)),
        ).map(lambda p: [list(p[0]), list(p[1])]),
    ),
)
# Reshapes that may or may not fit the input: both sides must agree either way.
reshape = st.builds(
    lambda t: ("Reshape", {"target_shape": t}),
    st.one_of(
        st.just([-1]),
        st.tuples(st.just(-1), st.integers(1, 6)).map(list),
        st.tuples(st.integers(1, 6), st.just(-1), st.integers(1, 3)).map(list),
    ),
)
image_layer = st.one_of(conv, conv, dilated, pool, bn, drop, act, zero_pad, rescale)
to_flat = st.sampled_from(
    [
        ("Flatten", {}),
        ("GlobalAveragePooling2D", {}),
        ("GlobalMaxPooling2D", {}),
        ("Reshape", {"target_shape": [-1]}),
    ]
)
dense = st.builds(
    lambda u, a, b: ("Dense", {"units": u, "activation": a, "use_bias": b}),
    st.integers(1, 64),
    activations,
    st.booleans(),
)
flat_layer = st.one_of(dense, dense, bn, drop, act, rescale)
# Layers Keras applies to the last axis of any shape: on an image they act per pixel.
any_rank_layer = st.one_of(dense, bn, drop, act, rescale, reshape)


@st.composite
def architectures(draw):
    h = draw(st.integers(4, 40))
    w = draw(st.one_of(st.just(h), st.integers(4, 40)))
    c = draw(st.integers(1, 3))
    form = draw(st.integers(0, 9))
    if form <= 1:  # flat (784,) or grid (28, 28) inputs, as MLPs declare them
        shape = (h * w * c,) if form == 0 else (h, w * c)
        if draw(st.booleans()):  # an MLP: Dense layers straight on the input
            layers = draw(st.lists(flat_layer, max_size=3))
            layers.append(("Dense", {"units": 10, "activation": "softmax"}))
            return _spec(shape, layers)
        target = draw(st.sampled_from([[h, w, c], [h, w, -1], [-1, w, c]]))
        prefix = [("Reshape", {"target_shape": target})]
    else:
        shape, prefix = (h, w, c), []
    layers = prefix + draw(
        st.lists(st.one_of(image_layer, image_layer, any_rank_layer), max_size=6)
    )
    if draw(st.integers(0, 9)) < 8:  # most end like classifiers; some stop anywhere
        layers.append(draw(to_flat))
        layers += draw(st.lists(flat_layer, min_size=0, max_size=3))
        layers.append(("Dense", {"units": 10, "activation": "softmax"}))
    elif draw(st.booleans()) or not layers:
        layers.append(draw(st.one_of(conv, pool, to_flat)))  # may land on a flat input
    return _spec(shape, layers)


def _spec(shape, layers) -> ModelSpec:
    return ModelSpec("random", shape, tuple(LayerSpec.create(t, **a) for t, a in layers))


def test_random_architectures_match_keras():
    """≥ 300 random valid architectures: identical shapes and counts, zero mismatches.

    Among them Dense, BatchNormalization, Dropout and Activation on image-shaped inputs,
    and networks that do not end in a classifier: Keras builds those, so cnngui must show
    their numbers (and only block training).
    """
    valid = []

    @settings(
        max_examples=420,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(architectures())
    def check(spec):
        if assert_same_as_keras(spec):
            valid.append(spec)
        if len(valid) % 50 == 0:
            keras.backend.clear_session()

    check()
    assert len(valid) >= 300, f"only {len(valid)} valid architectures were generated"
    per_pixel = [
        spec
        for spec in valid
        if any(info.warning and info.type == "Dense" for info in analyze(spec).layers)
    ]
    assert len(per_pixel) >= 20, f"only {len(per_pixel)} had Dense on an image"
    for kind in ("Reshape", "Rescaling", "ZeroPadding2D", "BatchNormalization", "Activation"):
        count = sum(any(layer.type == kind for layer in spec.layers) for spec in valid)
        assert count >= 20, f"only {count} valid architectures had {kind}"
    assert sum(len(spec.input_shape) < 3 for spec in valid) >= 20
    assert any(
        layer.type == "BatchNormalization" and layer.args["axis"] != -1
        for spec in valid
        for layer in spec.layers
    )
