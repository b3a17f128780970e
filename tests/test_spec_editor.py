"""The builder's evented model, without Qt."""

from __future__ import annotations

import pytest

from cnngui.core.model.editor import ChangeEvent, SpecEditor, fingerprint
from cnngui.core.model.presets import get_preset
from cnngui.core.model.spec import LayerSpec, SpecError


@pytest.fixture
def model() -> tuple[SpecEditor, list[ChangeEvent]]:
    m = SpecEditor()
    events: list[ChangeEvent] = []
    m.changed.connect(events.append)
    return m, events


def test_build_from_empty_updates_shapes_and_params(model):
    m, events = model
    assert len(m) == 0
    assert m.training_blocker() == "the network has no layers; add some or pick a preset."
    m.add("Conv2D", filters=8, kernel_size=3)
    m.add("MaxPooling2D")
    m.add("Flatten")
    m.add("Dense", units=10, activation="softmax")
    assert [e.kind for e in events] == ["insert"] * 4
    assert [e.index for e in events] == [0, 1, 2, 3]
    shapes = [info.output_shape for info in m.analysis.layers]
    assert shapes == [(26, 26, 8), (13, 13, 8), (1352,), (10,)]
    assert m.analysis.total_params == 3 * 3 * 8 + 8 + 1352 * 10 + 10
    assert m.training_blocker() is None


def test_set_arg_reanalyses_and_reports_invalid_layer(model):
    m, events = model
    m.load_preset("three-conv")
    before = m.analysis.total_params
    m.set_arg(0, "filters", 16)
    assert events[-1] == ChangeEvent("set_arg", 0)
    assert m.analysis.total_params < before
    m.set_arg(0, "padding", "valid")
    m.set_arg(0, "kernel_size", 40)  # bigger than the 28×28 input
    info = m.analysis.layers[0]
    assert info.error and "smaller than the kernel" in info.error
    assert m.training_blocker() == info.error
    with pytest.raises(SpecError):
        m.set_arg(0, "padding", "sideways")
    assert m.layers[0].args["padding"] == "valid"  # unchanged after a refused edit


def test_insert_delete_duplicate_move(model):
    m, events = model
    m.replace_spec(get_preset("mlp"))
    assert [layer.type for layer in m.layers] == ["Flatten", "Dense", "Dense"]
    m.insert(1, "Dropout", rate=0.2)
    assert m.layers[1] == LayerSpec.create("Dropout", rate=0.2)
    assert m.duplicate(1) == 2
    assert [layer.type for layer in m.layers] == ["Flatten", "Dropout", "Dropout", "Dense", "Dense"]
    m.move(0, 2)
    assert events[-1] == ChangeEvent("move", 0, 2)
    assert [layer.type for layer in m.layers][:3] == ["Dropout", "Dropout", "Flatten"]
    removed = m.delete(0)
    assert removed.type == "Dropout"
    assert len(m) == 4
    with pytest.raises(IndexError):
        m.delete(10)


def test_input_shape_changes_flatten_size(model):
    m, _ = model
    m.replace_spec(get_preset("mlp"))
    m.set_input_shape((32, 32, 3))
    assert m.analysis.layers[0].output_shape == (32 * 32 * 3,)
    with pytest.raises(SpecError):
        m.set_input_shape((0, 28, 1))


def test_trained_architecture_goes_stale_on_edit_and_back_on_undo(model):
    m, _ = model
    stale_events: list[bool] = []
    m.trained_changed.connect(stale_events.append)
    m.load_preset("fast")
    original = m.spec
    m.mark_trained()
    assert m.has_trained and not m.trained_is_stale
    m.set_arg(0, "filters", 12)
    assert m.trained_is_stale
    m.replace_spec(original)  # what undo does
    assert not m.trained_is_stale
    assert stale_events == [False, True, False]
    m.set_name("renamed")  # the name does not change the weights
    assert not m.trained_is_stale


def test_fingerprint_ignores_names_only():
    a = get_preset("fast")
    b = a.with_layers([a.layers[0].replace(name="first"), *a.layers[1:]])
    c = a.with_layers([a.layers[0].replace(filters=3), *a.layers[1:]])
    assert fingerprint(a) == fingerprint(b) != fingerprint(c)


def test_duplicate_drops_custom_name(model):
    m, _ = model
    m.add("Dense", units=4, name="hidden")
    m.duplicate(0)
    assert m.layers[0].args["name"] == "hidden"
    assert "name" not in m.layers[1].args
