"""Hardening matrix (issue 6), the Qt-free part: every bad input ends as one clear sentence.

Specs and projects, datasets, training and property-based fuzzing of spec parsing live
here; model files are in test_importer.py, project details in test_project.py, image
files for predict with the drawing code, and window cases with the UI tests.
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnngui.core.datasets import DatasetError, load_dataset
from cnngui.core.errors import UserError
from cnngui.core.model.presets import get_preset
from cnngui.core.model.shapes import analyze
from cnngui.core.model.spec import LAYER_ARGS, LAYER_TYPES, ModelSpec, SpecError
from cnngui.core.project import ProjectError, load_project
from cnngui.core.training import Reporter, TrainingConfig, TrainingControl, train


def _one_sentence(message: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message
    assert len(message) < 600


def _spec_text(layers: list, **top) -> str:
    return json.dumps({"format": "cnngui-model", "version": 1, **top, "layers": layers})


# ---------------------------------------------------------------------------- specs & projects

_DENSE = {"type": "Dense", "units": 10, "activation": "softmax"}
BAD_SPECS = {
    "empty file": b"",
    "not JSON": b"conv conv pool dense",
    "truncated JSON": _spec_text([{"type": "Flatten"}, _DENSE]).encode()[:40],
    "wrong types": _spec_text([{"type": "Conv2D", "filters": "many", "kernel_size": 3}]).encode(),
    "layers not a list": b'{"layers": {"type": "Dense"}}',
    "unknown layer type": _spec_text([{"type": "Transformer"}]).encode(),
    "wrong format version": _spec_text([], version=99).encode(),
    "wrong format name": b'{"format": "keras-model", "layers": []}',
    "binary garbage": bytes(range(256)) * 8,
}
# Parsed, but impossible: analyze() reports them and training refuses them.
INVALID_SPECS = {
    "negative filters": [{"type": "Conv2D", "filters": -3, "kernel_size": 3}],
    "negative units": [{"type": "Flatten"}, {"type": "Dense", "units": -10}],
    "huge numbers": [{"type": "Flatten"}, {"type": "Dense", "units": 10**15}],
    "huge float rate": [{"type": "Dropout", "rate": 1e308}],
    "infinite rate": [{"type": "Dropout", "rate": float("inf")}],
    "zero kernel": [{"type": "Conv2D", "filters": 4, "kernel_size": 0}],
    "kernel larger than the image": [{"type": "Conv2D", "filters": 4, "kernel_size": 29}],
}


@pytest.mark.parametrize("case", list(BAD_SPECS))
def test_bad_spec_files_raise_one_sentence(tmp_path, case):
    path = tmp_path / "spec.json"
    path.write_bytes(BAD_SPECS[case])
    with pytest.raises(SpecError) as err:
        ModelSpec.load(path)
    _one_sentence(str(err.value))
    assert str(path) in str(err.value)


@pytest.mark.parametrize("case", list(BAD_SPECS))
def test_bad_project_files_raise_one_sentence(tmp_path, case):
    path = tmp_path / "work.cnnproj"
    content = BAD_SPECS[case]
    if content.startswith(b'{"format": "cnngui-model"') and case != "truncated JSON":
        data = json.loads(content)  # the same damage, inside a project
        content = json.dumps({"format": "cnngui-project", "version": 1, "spec": data}).encode()
    path.write_bytes(content)
    try:
        loaded = load_project(path)
    except ProjectError as exc:
        _one_sentence(str(exc))
        assert str(path) in str(exc)
    else:  # a newer version loads what it can, with a warning
        assert case == "wrong format version" and loaded.warnings
        _one_sentence(loaded.warnings[0])


@pytest.mark.parametrize("case", list(INVALID_SPECS))
def test_impossible_values_are_reported_not_raised(case):
    spec = ModelSpec.loads(_spec_text(INVALID_SPECS[case]))
    analysis = analyze(spec)
    assert not analysis.ok
    _one_sentence(analysis.errors[0])
    assert analysis.errors[0].startswith("layer") or "parameters" in analysis.errors[0]


def test_ten_thousand_layers_are_one_sentence_and_500_are_fine():
    layers = [{"type": "Activation", "activation": "relu"}] * 9_998 + [{"type": "Flatten"}, _DENSE]
    with pytest.raises(SpecError, match="10,000 layers, more than the 500"):
        ModelSpec.loads(_spec_text(layers))
    spec = ModelSpec.loads(_spec_text(layers[-500:]))
    assert len(spec.layers) == 500 and analyze(spec).ok


def test_summary_of_ten_thousand_layers_exits_2_with_one_sentence(tmp_path, capsys):
    from cnngui.cli import main

    path = tmp_path / "huge.json"
    path.write_text(_spec_text([{"type": "Flatten"}] * 10_000))
    assert main(["summary", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "10,000 layers" in err


@pytest.mark.parametrize(
    "text", ['{"layers": [{"type": "Dense", "units": ' + "9" * 5000 + "}]}", "[" * 100_000]
)
def test_absurd_json_in_a_spec_is_a_spec_error(text):
    with pytest.raises(SpecError):
        ModelSpec.loads(text)


# ---------------------------------------------------------------------------- datasets


def _npz(path, **arrays):
    base = {
        "x_train": np.zeros((20, 28, 28), np.uint8),
        "y_train": np.arange(20) % 10,
        "x_test": np.zeros((10, 28, 28), np.uint8),
        "y_test": np.arange(10),
    }
    base.update(arrays)
    np.savez(path, **{k: v for k, v in base.items() if v is not None})
    return str(path)


@pytest.mark.parametrize(
    ("case", "arrays"),
    [
        ("missing key", {"y_test": None}),
        ("wrong image shape", {"x_train": np.zeros((20, 5), np.uint8)}),
        ("labels and images disagree", {"y_train": np.arange(7)}),
        ("labels out of range", {"y_train": np.arange(20) - 3}),
        ("labels not whole numbers", {"y_train": np.linspace(0, 1, 20)}),
        ("NaN pixels", {"x_train": np.full((20, 28, 28), np.nan, np.float32)}),
    ],
)
def test_bad_datasets_raise_one_sentence(tmp_path, case, arrays):
    with pytest.raises(DatasetError) as err:
        load_dataset(_npz(tmp_path / "data.npz", **arrays))
    _one_sentence(str(err.value))


@pytest.mark.parametrize(
    ("name", "content"),
    [("missing.npz", None), ("corrupt.npz", b"PK\x03\x04 broken zip"), ("empty.npz", b"")],
)
def test_missing_or_corrupt_dataset_files(tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DatasetError) as err:
        load_dataset(str(path))
    _one_sentence(str(err.value))


# ---------------------------------------------------------------------------- training


@pytest.fixture(scope="module")
def tiny_data():
    return load_dataset("mnist", limit=128)


def test_nan_loss_is_reported_not_raised(tiny_data):
    config = TrainingConfig(epochs=2, learning_rate=1e6, batch_size=32, validation_split=0.0)
    result = train(get_preset("mlp"), config, tiny_data)
    assert result.reason == "nan"
    _one_sentence(result.message)
    assert "learning rate" in result.message


def test_too_large_model_is_refused_before_training_with_the_estimate(tiny_data):
    spec = ModelSpec.loads(
        _spec_text([{"type": "Flatten"}, {"type": "Dense", "units": 1_000_000}, _DENSE])
    )
    started = []

    class Watch(Reporter):
        def on_start(self, info):
            started.append(info)

    with pytest.raises(UserError) as err:
        train(spec, TrainingConfig(epochs=1), tiny_data, Watch())
    _one_sentence(str(err.value))
    assert "795,000,010 parameters" in str(err.value) and "GB" in str(err.value)
    assert not started


def test_model_too_large_for_free_memory_is_refused_with_the_estimate(tiny_data, monkeypatch):
    """Under the parameter cap, yet its activations would not fit: refused, not swapped."""
    wide = {"type": "Conv2D", "filters": 512, "kernel_size": 3, "padding": "same"}
    spec = ModelSpec.loads(_spec_text([wide, wide, {"type": "Flatten"}, _DENSE]))
    monkeypatch.setattr("cnngui.core.training.device.available_memory_bytes", lambda: 2 * 1024**3)
    started = []

    class Watch(Reporter):
        def on_start(self, info):
            started.append(info)

    with pytest.raises(UserError) as err:
        train(spec, TrainingConfig(epochs=1, batch_size=256), tiny_data, Watch())
    message = str(err.value)
    _one_sentence(message)
    assert "batch size 256" in message and "GB of memory" in message
    assert "smaller batch size" in message
    assert not started


class _StopAtStart(Reporter):
    """Presses Stop the moment the run starts: the first batch is under way or next."""

    def __init__(self, control: TrainingControl) -> None:
        self.control = control

    def on_start(self, info):
        self.control.stop()


def test_stop_during_the_first_batch(tiny_data):
    control = TrainingControl()
    config = TrainingConfig(epochs=3, batch_size=32, validation_split=0.0)
    result = train(get_preset("mlp"), config, tiny_data, _StopAtStart(control), control)
    assert result.reason == "stopped" and len(result.history) <= 1
    _one_sentence(result.message)


def test_stop_from_another_thread_while_training(tiny_data):
    control = TrainingControl()
    started = threading.Event()

    class Signal(Reporter):
        def on_start(self, info):
            started.set()

    results = []
    config = TrainingConfig(epochs=50, batch_size=16, validation_split=0.0)
    worker = threading.Thread(
        target=lambda: results.append(
            train(get_preset("mlp"), config, tiny_data, Signal(), control)
        )
    )
    worker.start()
    assert started.wait(120)
    control.stop()
    worker.join(120)
    assert not worker.is_alive()
    assert results[0].reason == "stopped" and len(results[0].history) < 50


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/statm")
def test_twenty_start_stop_cycles_do_not_grow_memory(tiny_data):
    config = TrainingConfig(epochs=3, batch_size=32, validation_split=0.0)
    spec = get_preset("mlp")

    def cycle():
        control = TrainingControl()
        result = train(spec, config, tiny_data, _StopAtStart(control), control)
        assert result.reason == "stopped"

    for _ in range(2):  # warm up: first traces and allocator pools
        cycle()
    before = _rss_mb()
    for _ in range(20):
        cycle()
    growth = _rss_mb() - before
    assert growth < 200, f"RSS grew by {growth:.0f} MB over 20 start/stop cycles"


# ---------------------------------------------------------------------------- fuzzing

_ARG_NAMES = sorted({a for args in LAYER_ARGS.values() for a in args} | {"type", "bogus"})
_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(["relu", "same", "valid", "softmax", "", "Conv2D", "x" * 50]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
_layers = st.one_of(
    st.fixed_dictionaries(
        {"type": st.sampled_from([*LAYER_TYPES, "Lambda", "conv2d", 7])},
        optional={name: _values for name in _ARG_NAMES if name != "type"},
    ),
    _values,
)
_specs = st.fixed_dictionaries(
    {},
    optional={
        "format": st.sampled_from(["cnngui-model", "other", 3]),
        "version": _values,
        "name": _values,
        "input_shape": st.one_of(
            st.lists(st.integers(min_value=-2, max_value=64), min_size=0, max_size=4), _values
        ),
        "layers": st.lists(_layers, max_size=8),
        "extra": _values,
    },
)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(_specs)
def test_fuzzed_specs_parse_or_raise_spec_error_and_analyze_cleanly(data):
    try:
        spec = ModelSpec.from_json(data)
    except SpecError as exc:
        _one_sentence(str(exc))
        return
    analysis = analyze(spec)  # never raises
    assert analysis.ok or analysis.errors
    for message in analysis.errors:
        _one_sentence(message)
    assert ModelSpec.loads(spec.dumps()) == spec or _has_nan(spec)
    if analysis.ok:
        assert analysis.total_params >= 0 and all(
            info.output_shape and min(info.output_shape) >= 1 for info in analysis.layers
        )


def _has_nan(spec: ModelSpec) -> bool:
    return any(
        isinstance(v, float) and math.isnan(v) for layer in spec.layers for v in layer.args.values()
    )


_small = st.integers(min_value=-2, max_value=40)
_KIND = {
    "int": _small,
    "pair": st.one_of(_small, st.tuples(_small, _small).map(list)),
    "pair_or_none": st.one_of(st.none(), _small, st.tuples(_small, _small).map(list)),
    "float": st.floats(min_value=-1, max_value=2, allow_nan=False),
    "bool": st.booleans(),
    "padding": st.sampled_from(["valid", "same"]),
    "activation": st.sampled_from([None, "relu", "softmax", "tanh"]),
    "str": st.none(),
    "shape": st.lists(_small, min_size=1, max_size=4),
    "padding2d": st.one_of(
        _small,
        st.tuples(_small, _small).map(list),
        st.tuples(st.tuples(_small, _small), st.tuples(_small, _small)).map(list),
    ),
}


@st.composite
def _typed_layer(draw):
    """A layer whose arguments have the right JSON types but any values (the builder's case)."""
    kind = draw(st.sampled_from(LAYER_TYPES))
    layer = {"type": kind}
    for arg, d in LAYER_ARGS[kind].items():
        if arg != "name" and draw(st.booleans()):
            layer[arg] = draw(_KIND[d.kind])
    return layer


_typed_specs = st.fixed_dictionaries(
    {
        "input_shape": st.tuples(
            *[st.integers(min_value=1, max_value=40)] * 2, st.integers(1, 3)
        ).map(list),
        "layers": st.lists(_typed_layer(), max_size=10),
    }
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_typed_specs)
def test_well_typed_specs_always_parse_and_analyze(data):
    spec = ModelSpec.from_json(data)  # right types: parsing never refuses
    analysis = analyze(spec)
    if analysis.ok:
        shapes = [info.output_shape for info in analysis.layers]
        assert all(s and min(s) >= 1 for s in shapes)
    else:
        assert any(info.error for info in analysis.layers) or "parameters" in analysis.errors[0]
        for message in analysis.errors:
            _one_sentence(message)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200) | st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
def test_fuzzed_text_is_a_spec_error_or_a_spec(text):
    try:
        ModelSpec.loads(text)
    except SpecError as exc:
        _one_sentence(str(exc))
