"""Headless, the whole lesson: collect a few hundred stroke drawings on two machines →
export → merge → train on MNIST + drawings → evaluate → hand in → leaderboard.
Also ``mnist+FILE.npz`` datasets with an oversampling factor.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from classroom_helpers import ASSIGNMENT, tiny_spec, write_held_out

from cnngui.cli import main
from cnngui.core.classroom.drawings import DrawingStore
from cnngui.core.classroom.npzfiles import merge_npz
from cnngui.core.classroom.synthetic import synthetic_drawings
from cnngui.core.datasets import DatasetError, load_dataset

EVAL_KEYS = {"file", "dataset", "images", "accuracy", "loss", "per_class", "confusion"}


def test_collect_export_merge_train_evaluate_handin_score(tmp_path, capsys):
    drawings = synthetic_drawings(30, seed=3)  # 300 drawings
    machine_a = DrawingStore(tmp_path / "a" / "drawings.jsonl")
    machine_b = DrawingStore(tmp_path / "b" / "drawings.jsonl")
    for i, (strokes, label) in enumerate(drawings):
        store = machine_a if i < 150 else machine_b
        store.add(strokes, label)
    # the same 20 drawings reached both machines (a shared USB stick)
    machine_b.add_drawings(list(machine_a)[:20])
    machine_a.export_npz(tmp_path / "a.npz")
    machine_b.export_npz(tmp_path / "b.npz")
    report = merge_npz([tmp_path / "a.npz", tmp_path / "b.npz"], tmp_path / "class.npz")
    assert len(report.drawings) == 300 and report.duplicates == 20 and not report.problems

    spec_path = tmp_path / "tiny.json"
    tiny_spec(4).save(spec_path)
    model, history = tmp_path / "m.keras", tmp_path / "h.json"
    code = main(
        ["train", str(spec_path), "--dataset", f"mnist+{tmp_path / 'class.npz'}",
         "--oversample", "2", "--limit", "300", "--epochs", "2", "--batch-size", "32",
         "--learning-rate", "0.01", "--out", str(model), "--history", str(history)]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and "mnist+class" in out and "test accuracy" in out

    assert main(["evaluate", str(model), "--dataset", str(tmp_path / "class.npz"), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == EVAL_KEYS and doc["dataset"] == "class"
    n_test = len(load_dataset(str(tmp_path / "class.npz")).y_test)
    assert np.sum(doc["confusion"]) == doc["images"] == n_test
    assert len(doc["per_class"]) == 10 and 0 <= doc["accuracy"] <= 1
    for i, row in enumerate(doc["confusion"]):
        if sum(row):
            assert doc["per_class"][i] == pytest.approx(row[i] / sum(row))

    mixed = f"mnist+{tmp_path / 'class.npz'}"
    assert main(["evaluate", str(model), "--dataset", mixed, "--limit", "100"]) == 0
    text = capsys.readouterr().out
    assert "accuracy" in text and "(rows: true class, columns: predicted class)" in text

    task = tmp_path / "task.cnnassign"
    task.write_text(json.dumps(ASSIGNMENT))
    folder = tmp_path / "handins"
    folder.mkdir()
    code = main(["handin", str(model), "--assignment", str(task), "--name", "Ada",
                 "--out", str(folder / "ada.cnnsub"), "--history", str(history)])  # fmt: skip
    assert code == 0 and "written" in capsys.readouterr().out
    held_out = write_held_out(tmp_path / "held_out.npz", per_digit=5, seed=11)
    assert main(["leaderboard", str(folder), "--assignment", str(task),
                 "--held-out", str(held_out), "--json"]) == 0  # fmt: skip
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["name"] == "Ada" and row["valid"] and row["epochs"] == 2 and row["params"] == 410


def test_handin_warns_about_broken_rules_but_still_writes(tmp_path, capsys):
    from cnngui.core.model.keras_build import build_model

    spec = tiny_spec(12)  # 1,210 parameters, over the budget
    model = tmp_path / "big.keras"
    build_model(spec).save(model)
    task = tmp_path / "task.cnnassign"
    task.write_text(json.dumps(ASSIGNMENT))
    out = tmp_path / "big.cnnsub"
    code = main(["handin", str(model), "--assignment", str(task), "--name", "B", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 0 and out.exists() and "warning: the network has 1,210 parameters" in err


def _class_file(tmp_path, n=40):
    store = DrawingStore(tmp_path / "d.jsonl")
    for strokes, label in synthetic_drawings(n // 10, seed=1):
        store.add(strokes, label)
    store.export_npz(tmp_path / "class.npz")
    return tmp_path / "class.npz"


def test_mnist_plus_drawings_oversamples_the_small_set(tmp_path):
    path = _class_file(tmp_path)
    alone = load_dataset(str(path))
    data = load_dataset(f"mnist+{path}", limit=100, oversample=3)
    assert data.name == "mnist+class"
    assert len(data.x_train) == 100 + 3 * len(alone.x_train)
    assert len(data.x_test) == 100 + len(alone.x_test)
    # shuffled: a validation share from the end (or a limit from the front) sees both sets
    drawn = {alone.x_train[i].tobytes() for i in range(len(alone.x_train))}
    first = [x.tobytes() in drawn for x in data.x_train[: len(data.x_train) // 2]]
    assert 0 < sum(first) < len(first)
    assert load_dataset(f"mnist+{path}", limit=100).x_train.shape[0] == 100 + len(alone.x_train)


def test_joined_datasets_are_checked_in_one_sentence(tmp_path):
    path = _class_file(tmp_path)
    with np.load(path) as f:
        arrays = dict(f)
    np.savez(tmp_path / "three.npz", **{**arrays, "y_train": arrays["y_train"] % 3,
             "y_test": arrays["y_test"] % 3}, class_names=np.array(["a", "b", "c"]))  # fmt: skip
    for source, words in (
        ("mnist+", "empty part"),
        (f"mnist+{tmp_path / 'three.npz'}", "different classes"),
        (f"mnist+{tmp_path / 'nope.npz'}", "does not exist"),
    ):
        with pytest.raises(DatasetError, match=words):
            load_dataset(source, limit=10)
    with pytest.raises(DatasetError, match="oversampling factor"):
        load_dataset(f"mnist+{path}", limit=10, oversample=0)
    plus = tmp_path / "a+b.npz"  # a real file whose name has a + is one dataset
    plus.write_bytes(path.read_bytes())
    assert load_dataset(str(plus)).name == "a+b"


def test_train_refuses_a_run_that_breaks_the_assignment(tmp_path, capsys):
    task = tmp_path / "task.cnnassign"
    task.write_text(json.dumps(ASSIGNMENT))
    spec_path = tmp_path / "tiny.json"
    tiny_spec(2).save(spec_path)
    out = tmp_path / "m.keras"
    code = main(["train", str(spec_path), "--assignment", str(task), "--epochs", "5",
                 "--batch-size", "32", "--limit", "50", "--out", str(out)])  # fmt: skip
    err = capsys.readouterr().err.strip()
    assert code == 2 and not out.exists()
    assert err == (  # the command line's fix names the flag (the window's: the setting)
        "cnngui train: this run trains 5 epochs, but the assignment allows at most 3; train "
        "with --epochs 3 or fewer."
    )
