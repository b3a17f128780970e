"""Assignments: parsing with one-sentence errors, the rules enforced in core (no Qt, no
TensorFlow), locks, progress text, and the two example assignments shipped in resources/.
"""

from __future__ import annotations

import json

import pytest

from cnngui.core.classroom.assignment import Assignment, AssignmentError, load_assignment
from cnngui.core.model.presets import get_preset
from cnngui.core.model.spec import LayerSpec, ModelSpec
from cnngui.core.resources import resource
from cnngui.core.training.config import TrainingConfig

BASE = {
    "format": "cnngui-assignment",
    "version": 1,
    "id": "t1",
    "title": "Tiny",
    "allowed_layers": ["Conv2D", "MaxPooling2D", "Flatten", "Dense"],
    "max_params": 1000,
    "max_macs": 10000,
    "max_epochs": 3,
    "locked": {"optimizer": "adam", "batch_size": 32, "dataset": "mnist+drawings"},
    "goal": {"metric": "accuracy", "value": 0.9, "dataset": "held-out drawings"},
}


def tiny(filters=2, extra=()):
    return ModelSpec(
        "tiny",
        (28, 28, 1),
        (
            LayerSpec.create("Conv2D", filters=filters, kernel_size=3, strides=2),
            LayerSpec.create("MaxPooling2D", pool_size=4),
            *extra,
            LayerSpec.create("Flatten"),
            LayerSpec.create("Dense", units=10, activation="softmax"),
        ),
    )


def test_a_network_and_run_within_the_rules_pass():
    a = Assignment.from_json(BASE)
    config = TrainingConfig(epochs=3, batch_size=32, dataset="mnist+/home/me/class.npz")
    assert a.check(tiny(), config) == []


@pytest.mark.parametrize(
    "spec, config, words",
    [
        (tiny(extra=(LayerSpec.create("Dropout", rate=0.2),)), None, "layer 2 Dropout is not"),
        (tiny(filters=40), None, "parameters, more than the budget of 1,000"),
        (tiny(filters=8), None, "multiply-adds per image, more than the budget of 10,000"),
        (tiny(), TrainingConfig(epochs=5, batch_size=32, dataset="mnist+x.npz"), "5 epochs"),
        (tiny(), TrainingConfig(epochs=1, batch_size=64, dataset="mnist+x.npz"), "batch_size"),
        (tiny(), TrainingConfig(epochs=1, batch_size=32, dataset="mnist"), "locks dataset"),
    ],
)
def test_each_broken_rule_is_one_sentence(spec, config, words):
    problems = Assignment.from_json(BASE).check(spec, config)
    assert any(words in p for p in problems), problems
    assert all(p.endswith(".") and "\n" not in p for p in problems)


def test_locks_are_applied_and_explained():
    a = Assignment.from_json(BASE)
    config = a.apply_locks(TrainingConfig(epochs=10, batch_size=256, optimizer="sgd"))
    assert (config.epochs, config.batch_size, config.optimizer) == (3, 32, "adam")
    assert a.check_config(config) == [] or "dataset" in a.check_config(config)[0]
    assert "Tiny" in a.lock_reason("batch_size") and a.lock_reason("learning_rate") is None


def test_progress_text():
    a = Assignment.from_json({**BASE, "max_params": 20000, "goal": {"value": 0.985}})
    text = a.progress_text(0.981, 18200, 2)
    assert text == "98.1 % / 98.5 % · 18,200 / 20,000 parameters · 2 / 3 epochs"
    assert a.progress_text().startswith("– / 98.5 %")
    assert not a.goal_met(0.981) and a.goal_met(0.99)


def test_required_network_names_the_first_difference():
    want = get_preset("three-conv")
    a = Assignment.from_json({**BASE, "allowed_layers": None, "max_params": None,
                              "max_macs": None, "require_network": want.to_json()})  # fmt: skip
    assert a.check(want) == []
    changed = want.with_layers([want.layers[0].replace(filters=16), *want.layers[1:]])
    (problem,) = a.check(changed)
    assert problem.startswith("layer 0 is Conv2D (16 × 3×3") and "32 × 3×3" in problem
    (problem,) = a.check(want.with_layers(want.layers[:-1]))
    assert "8 layers" in problem and "asks for 9" in problem


def test_the_hash_ignores_spacing_and_key_order():
    a = Assignment.from_json(BASE)
    b = Assignment.loads(json.dumps(dict(reversed(list(BASE.items()))), indent=4))
    c = Assignment.from_json({**BASE, "max_params": 999})
    assert a.hash == b.hash != c.hash


@pytest.mark.parametrize(
    "change, words",
    [
        ({"format": "cnngui-model"}, "not an assignment"),
        ({"version": 9}, "newer cnngui"),
        ({"title": ""}, "title must be non-empty text"),
        ({"max_params": -5}, "max_params must be a whole number"),
        ({"allowed_layers": ["Lambda"]}, "'Lambda', which is not a layer type"),
        ({"locked": {"optimiser": "adam"}}, "locked: unknown training setting 'optimiser'"),
        ({"locked": {"epochs": 0}}, "locked: epochs must be"),
        ({"goal": {"value": 98}}, "fraction from 0 to 1"),
        ({"goal": {"metric": "f1", "value": 0.5}}, "goal metric"),
        ({"start": {"preset": "nope"}}, "preset 'nope'"),
        ({"start": {"layers": [{"type": "Lambda"}]}}, "start: layer 0: unknown layer type"),
        ({"colour": "red"}, "unknown key 'colour'"),
    ],
)
def test_bad_assignments_are_one_sentence(tmp_path, change, words):
    path = tmp_path / "a.cnnassign"
    path.write_text(json.dumps({**BASE, **change}))
    with pytest.raises(AssignmentError) as err:
        load_assignment(path)
    message = str(err.value)
    assert words in message and message.startswith(str(path)) and "\n" not in message


def test_unreadable_files_are_one_sentence(tmp_path):
    for content, words in ((b"{", "not valid JSON"), (b"\xff\xfe", "not a text file")):
        (tmp_path / "a.cnnassign").write_bytes(content)
        with pytest.raises(AssignmentError, match=words):
            load_assignment(tmp_path / "a.cnnassign")
    (tmp_path / "big.cnnassign").write_bytes(b" " * (1024 * 1024 + 10))
    with pytest.raises(AssignmentError, match="larger than"):
        load_assignment(tmp_path / "big.cnnassign")
    with pytest.raises(AssignmentError, match="no such file"):
        load_assignment(tmp_path / "none.cnnassign")


def test_the_example_assignments_open_and_mean_what_they_say():
    small = load_assignment(resource("assignments/small-net-class-drawings.cnnassign"))
    assert small.max_params == 20000 and small.max_epochs == 3 and small.goal.value == 0.98
    # the starting network is just over budget: the student's first job is to trim it
    (problem,) = small.check(small.start)
    assert "more than the budget of 20,000" in problem
    redo = load_assignment(resource("assignments/reproduce-three-conv.cnnassign"))
    assert redo.check(get_preset("three-conv"), TrainingConfig(epochs=5)) == []
    assert redo.check(redo.start) == ["the network has 0 layers but the assignment asks for 9."]
    assert "### " not in redo.instructions and redo.instructions.startswith("# ")


def test_training_is_refused_with_the_first_broken_rule():
    a = Assignment.from_json(BASE)
    with pytest.raises(AssignmentError, match="5 epochs"):
        a.refuse_training(tiny(), TrainingConfig(epochs=5, batch_size=32, dataset="mnist+x.npz"))
    a.refuse_training(tiny(), TrainingConfig(epochs=3, batch_size=32, dataset="mnist+x.npz"))


def test_the_drawings_word_becomes_the_collection_file():
    a = Assignment.from_json(BASE | {"dataset": "mnist+drawings"})
    assert a.training_dataset("/data/drawings.npz") == "mnist+/data/drawings.npz"
    with pytest.raises(AssignmentError, match="collect some drawings"):
        a.training_dataset(None)
    assert Assignment.from_json(BASE).training_dataset() == "mnist"


def test_a_new_assignment_saves_and_reopens_with_the_same_rules(tmp_path):
    a = Assignment.from_json(BASE | {"start": {"preset": "fast"}})
    saved = a.save(tmp_path / "new.cnnassign")
    again = load_assignment(tmp_path / "new.cnnassign")
    assert again == saved and again.hash == saved.hash
    assert again.start == a.start and again.locked == a.locked and again.max_macs == 10000
    for name in ("small-net-class-drawings", "reproduce-three-conv"):
        shipped = load_assignment(resource(f"assignments/{name}.cnnassign"))
        copy = shipped.save(tmp_path / f"{name}.cnnassign")
        assert copy.check(get_preset("three-conv")) == shipped.check(get_preset("three-conv"))
