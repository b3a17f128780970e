"""The class's drawings: keep, delete (undo), relabel, survive a crash mid-append, export
to MNIST's .npz layout, merge files from several machines, re-render from strokes.
No Qt and no TensorFlow: strokes are drawn with Pillow.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from cnngui.core.classroom.drawings import DrawingsError, DrawingStore, make_drawing
from cnngui.core.classroom.npzfiles import merge_files, merge_npz, read_npz, write_npz
from cnngui.core.classroom.strokes import StrokeError, polyline_strokes, strokes_to_input
from cnngui.core.classroom.synthetic import synthetic_drawings
from cnngui.core.datasets import load_dataset


def _store(tmp_path, per_digit=2, seed=0):
    store = DrawingStore(tmp_path / "drawings.jsonl")
    for strokes, label in synthetic_drawings(per_digit, seed):
        store.add(strokes, label, canvas=(320, 320))
    return store


def test_kept_drawings_are_stored_as_drawn_and_as_input(tmp_path):
    store = _store(tmp_path)
    assert len(store) == 20 and store.counts() == [2] * 10
    again = DrawingStore(store.path)
    assert [d.id for d in again] == [d.id for d in store]
    d = next(iter(again))
    assert d.image.shape == (28, 28) and d.image.dtype == np.uint8 and d.image.max() > 200
    assert d.strokes and d.canvas == (320, 320) and d.time.endswith("Z")
    assert again.skipped_lines == 0


def test_delete_is_undoable_and_relabel_persists(tmp_path):
    store = _store(tmp_path)
    ids = [d.id for d in store.by_label(3)]
    gone = store.delete(ids)
    assert [d.id for d in gone] == ids and store.counts()[3] == 0
    assert DrawingStore(store.path).counts()[3] == 0
    store.restore(gone)
    assert DrawingStore(store.path).counts()[3] == 2
    first = store.by_label(7)[0]
    old = store.relabel(first.id, 1)
    assert old.label == 7 and store.get(first.id).label == 1
    assert DrawingStore(store.path).get(first.id).label == 1
    with pytest.raises(DrawingsError, match="digit from 0 to 9"):
        store.relabel(first.id, 10)


def test_empty_and_bad_drawings_are_refused_in_one_sentence(tmp_path):
    store = DrawingStore(tmp_path / "d.jsonl")
    with pytest.raises(DrawingsError, match="empty"):
        store.add([], 3)
    with pytest.raises(StrokeError, match="point"):
        store.add([{"points": [["a", 1]], "width": 5}], 3)
    with pytest.raises(DrawingsError, match="label"):
        store.add(polyline_strokes([[(0.5, 0.2), (0.5, 0.8)]]), True)
    assert len(store) == 0 and not store.path.exists()


def test_a_torn_last_line_leaves_a_readable_dataset(tmp_path):
    """A crash can stop an append at any byte: every earlier drawing must survive."""
    store = _store(tmp_path, per_digit=1)
    full = store.path.read_bytes()
    store.add(polyline_strokes([[(0.5, 0.2), (0.5, 0.8)]]), 1)
    with_last = store.path.read_bytes()
    assert with_last.startswith(full)
    for cut in range(len(full) + 1, len(with_last), max(1, (len(with_last) - len(full)) // 40)):
        store.path.write_bytes(with_last[:cut])
        torn = DrawingStore(store.path)
        assert len(torn) == 10 and torn.skipped_lines <= 1
        # the next kept drawing is not glued onto the torn line
        torn.add(polyline_strokes([[(0.3, 0.3), (0.7, 0.7)]]), 4)
        reread = DrawingStore(store.path)
        assert len(reread) == 11 and reread.skipped_lines == 0


_WRITER = """
import sys
from cnngui.core.classroom.drawings import DrawingStore
from cnngui.core.classroom.synthetic import synthetic_drawings
store = DrawingStore(sys.argv[1])
print("ready", flush=True)
for strokes, label in synthetic_drawings(10_000):
    store.add(strokes, label)
"""


def test_a_killed_writer_leaves_a_readable_dataset(tmp_path):
    """The real thing: SIGKILL a process that keeps drawings as fast as it can."""
    path = tmp_path / "drawings.jsonl"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, env=env
    )
    assert proc.stdout.readline().strip() == b"ready"
    deadline = time.monotonic() + 60
    while (not path.exists() or path.stat().st_size < 20_000) and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store = DrawingStore(path)
    assert len(store) >= 1 and store.skipped_lines <= 1
    store.add(polyline_strokes([[(0.5, 0.2), (0.5, 0.8)]]), 1)
    assert len(DrawingStore(path)) == len(store)


def test_export_is_mnist_layout_with_strokes_as_text(tmp_path):
    store = _store(tmp_path, per_digit=5)
    n_train, n_test = store.export_npz(tmp_path / "class.npz")
    assert n_train + n_test == 50 and n_test > 0 and n_train > n_test
    with np.load(tmp_path / "class.npz", allow_pickle=False) as f:
        assert f["x_train"].dtype == np.uint8 and f["x_train"].shape == (n_train, 28, 28)
        assert f["y_test"].dtype == np.uint8 and f["strokes"].dtype.kind == "U"
        meta = json.loads(str(f["strokes"][0]))
    assert set(meta) == {"strokes", "canvas", "time"} and meta["canvas"] == [320, 320]
    data = load_dataset(str(tmp_path / "class.npz"))
    assert data.num_classes == 10 and len(data.x_train) == n_train
    # the split follows the pixels: exporting again puts every drawing in the same split
    store.export_npz(tmp_path / "again.npz")
    with np.load(tmp_path / "class.npz") as a, np.load(tmp_path / "again.npz") as b:
        assert np.array_equal(a["x_test"], b["x_test"])


def test_merge_skips_duplicates_and_reports_each_bad_file_in_one_sentence(tmp_path):
    a = _store(tmp_path / "a", per_digit=3, seed=1)
    b = _store(tmp_path / "b", per_digit=3, seed=2)
    a.export_npz(tmp_path / "a.npz")
    b.export_npz(tmp_path / "b.npz")
    (tmp_path / "text.npz").write_text("not a dataset")
    np.savez(tmp_path / "keys.npz", images=np.zeros((2, 28, 28), np.uint8))
    bad_labels = {k: v for k, v in np.load(tmp_path / "a.npz").items()}
    bad_labels["y_train"] = np.full_like(bad_labels["y_train"], 12)
    np.savez(tmp_path / "labels.npz", **bad_labels)
    objects = {**bad_labels, "y_train": np.array([object()] * len(bad_labels["x_train"]))}
    np.savez(tmp_path / "objects.npz", **objects)
    paths = [tmp_path / n for n in ("a.npz", "text.npz", "b.npz", "keys.npz", "a.npz")]
    paths += [tmp_path / "labels.npz", tmp_path / "objects.npz", tmp_path / "missing.npz"]
    report = merge_npz(paths, tmp_path / "merged.npz")
    assert len(report.drawings) == 60 and report.duplicates == 30 and report.files == 3
    assert len(report.problems) == 5
    for sentence in report.problems:
        assert sentence.endswith(".") and "\n" not in sentence
    assert "0–9" in report.problems[2] and "Python objects" in report.problems[3]
    assert "missing.npz" in report.problems[4]
    merged = read_npz(tmp_path / "merged.npz")
    assert len(merged) == 60 and all(d.strokes for d in merged)
    # importing into a collection skips what it already holds
    report = a.import_npz([tmp_path / "merged.npz"])
    assert len(report.drawings) == 30 and report.duplicates == 30 and len(a) == 60


def test_same_pixels_with_another_label_is_a_conflict(tmp_path):
    d = make_drawing(polyline_strokes([[(0.5, 0.2), (0.5, 0.8)]]), 1)
    e = make_drawing(polyline_strokes([[(0.2, 0.5), (0.8, 0.5)]]), 4)
    write_npz([d, e], tmp_path / "one.npz")
    flipped = make_drawing(d.strokes, 7)
    write_npz([flipped, e], tmp_path / "two.npz")
    report = merge_files([tmp_path / "one.npz", tmp_path / "two.npz"])
    assert len(report.drawings) == 2 and report.conflicts == 1 and report.duplicates == 1


def test_rerender_recomputes_inputs_from_strokes(tmp_path):
    store = _store(tmp_path, per_digit=1)
    first = next(iter(store))
    store.delete([first.id])
    store.restore([make_drawing(first.strokes, first.label, image=np.zeros((28, 28)))])
    assert store.rerender() == 1
    again = DrawingStore(store.path)
    expected = strokes_to_input(first.strokes)
    assert any(np.array_equal(d.image, expected) for d in again)
    assert again.rerender() == 0


def test_training_file_is_rewritten_only_when_the_collection_changed(tmp_path):
    store = _store(tmp_path, per_digit=1)
    path = store.training_file()
    assert path == store.path.with_suffix(".npz") and load_dataset(str(path)).num_classes == 10
    stamp = path.stat().st_mtime_ns
    assert store.training_file().stat().st_mtime_ns == stamp
    store.add(polyline_strokes([[(0.5, 0.2), (0.5, 0.8)]]), 1)
    os.utime(store.path, ns=(stamp + 10**9, stamp + 10**9))  # coarse file-system clocks
    store.training_file()
    assert len(read_npz(path)) == 11


def test_drawings_command_exports_imports_and_merges(tmp_path, capsys):
    from cnngui.cli import main

    store = _store(tmp_path / "a", per_digit=2)
    out = tmp_path / "a.npz"
    assert main(["drawings", "--file", str(store.path), "--export", str(out)]) == 0
    assert "20 drawings written" in capsys.readouterr().out
    (tmp_path / "bad.npz").write_text("x")
    mine = tmp_path / "mine.jsonl"
    code = main(["drawings", "--file", str(mine), "--import", str(out), str(tmp_path / "bad.npz")])
    captured = capsys.readouterr()
    assert code == 2 and "20 new drawings from 1 file(s)" in captured.out
    assert captured.err.count("\n") == 1 and "bad.npz" in captured.err
    assert len(DrawingStore(mine)) == 20
    merged = tmp_path / "merged.npz"
    assert main(["drawings", "--merge", str(out), str(out), "--out", str(merged)]) == 0
    assert "20 duplicates skipped" in capsys.readouterr().out and len(read_npz(merged)) == 20


def test_someone_elses_file_is_refused_and_left_alone(tmp_path):
    other = tmp_path / "notes.jsonl"
    other.write_text('{"op": "add", "text": "my notes"}\n')
    with pytest.raises(DrawingsError, match="not a cnngui drawings file"):
        DrawingStore(other)
    assert other.read_text() == '{"op": "add", "text": "my notes"}\n'
    newer = tmp_path / "newer.jsonl"
    newer.write_text('{"op": "header", "format": "cnngui-drawings", "version": 9}\n')
    with pytest.raises(DrawingsError, match="newer cnngui"):
        DrawingStore(newer)


def test_prompt_me_asks_for_each_digit_in_turn():
    from cnngui.core.classroom.drawings import PromptPlan

    plan = PromptPlan(rounds=2)
    asked = []
    while not plan.done:
        asked.append(plan.current)
        plan.skip() if plan.current == 3 else plan.keep()
    assert asked == list(range(10)) * 2 and plan.kept == 18 and plan.current is None
    assert PromptPlan(3).progress == "0 · 1 of 30" and plan.progress == "done · 18 kept"
    with pytest.raises(DrawingsError):
        PromptPlan(0)
