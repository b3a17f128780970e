"""The classroom panels offscreen: collect, gallery, dataset choices and locks, evaluation
chooser, assignment panel, hand-in and the leaderboard (pytest-qt, tiny synthetic data)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from ui_helpers import save_shot

from cnngui.core.classroom.drawings import DrawingStore
from cnngui.core.classroom.synthetic import synthetic_drawings


@pytest.fixture
def store(tmp_path):
    return DrawingStore(tmp_path / "drawings.jsonl")


@pytest.fixture
def filled_store(store):
    for strokes, label in synthetic_drawings(3, seed=1):
        store.add(strokes, label)
    return store


def draw_seven(canvas):
    """A 7 drawn with the pen (the canvas's own input path)."""
    side = min(canvas.width(), canvas.height())
    pts = [(0.25, 0.25), (0.75, 0.25), (0.45, 0.8)]
    canvas._begin(QPointF(pts[0][0] * side, pts[0][1] * side))
    for x, y in pts[1:]:
        canvas._extend(QPointF(x * side, y * side))
    canvas._end()


def test_collect_keeps_with_enter_and_skips_with_esc(qtbot, store):
    from cnngui.ui.draw_panel import DrawPanel

    panel = DrawPanel()
    qtbot.addWidget(panel)
    panel.store = store
    panel.show()
    kept = []
    panel.drawing_kept.connect(kept.append)
    panel.collect_button.click()
    assert panel.is_collecting() and panel.collect_bar.isVisible()
    panel.collect_bar.choose_label(7)
    draw_seven(panel.canvas)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Return)
    assert len(store) == 1 and store.counts()[7] == 1 and len(kept) == 1
    assert panel.canvas.is_empty()
    assert "1 drawings kept" in panel.collect_bar.count.text()
    stored = kept[0]
    assert stored.strokes and stored.image.shape == (28, 28) and stored.image.max() > 0
    # an empty canvas is refused in one sentence, nothing stored
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Return)
    assert len(store) == 1 and "empty" in panel.collect_bar.message.text()
    # prompt me: asks for 0, 1, … and Esc moves on without storing
    panel.collect_bar.rounds.setValue(2)
    panel.collect_bar.choose_label(-1)
    assert panel.collect_bar.prompt.text() == "Draw a 0 (1 of 20)"
    draw_seven(panel.canvas)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Escape)
    assert len(store) == 1 and panel.canvas.is_empty()
    assert panel.collect_bar.prompt.text() == "Draw a 1 (2 of 20)"
    draw_seven(panel.canvas)
    panel.collect_bar.keep_button.click()
    assert store.counts()[1] == 1
    assert panel.collect_bar.prompt.text() == "Draw a 2 (3 of 20)"
    # leaving Collect mode: Esc clears again, nothing stored
    panel.collect_button.click()
    draw_seven(panel.canvas)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Return)
    assert len(store) == 2
    panel.collect_button.click()
    draw_seven(panel.canvas)
    panel.resize(560, 900)
    save_shot(panel, "classroom-collect")
    for w in panel.collect_bar.findChildren(type(panel.collect_button)):
        assert w.toolTip()


def test_gallery_view_delete_undo_relabel_export_import(qtbot, filled_store, tmp_path):
    from cnngui.ui.classroom.gallery import GalleryView

    gallery = GalleryView(filled_store)
    qtbot.addWidget(gallery)
    assert gallery.list.count() == 30 and gallery.digit.itemText(4) == "3 (3)"
    gallery.digit.setCurrentIndex(gallery.digit.findData(3))
    assert gallery.list.count() == 3
    chosen = []
    gallery.drawing_chosen.connect(chosen.append)
    item = gallery.list.item(0)
    gallery.list.itemClicked.emit(item)
    assert chosen and chosen[0].shape == (28, 28) and 0 < chosen[0].max() <= 1.0
    item.setSelected(True)
    qtbot.keyClick(gallery.list, Qt.Key.Key_Delete)
    assert len(filled_store) == 29 and gallery.list.count() == 2
    gallery.undo_button.click()
    assert len(filled_store) == 30 and gallery.list.count() == 3
    gallery.list.item(0).setSelected(True)
    gallery.relabel_selected(8)
    assert filled_store.counts()[3] == 2 and filled_store.counts()[8] == 4
    gallery.undo()
    assert filled_store.counts()[3] == 3
    out = tmp_path / "class.npz"
    gallery.export_to(str(out))
    assert out.exists() and "Exported" in gallery.message.text()
    bad = tmp_path / "bad.npz"
    bad.write_text("not an archive")
    other = DrawingStore(tmp_path / "other.jsonl")
    view2 = GalleryView(other)
    qtbot.addWidget(view2)
    report = view2.import_files([str(out), str(bad)])
    assert len(other) == 30 and len(report.problems) == 1
    lines = view2.message.text().splitlines()
    assert len(lines) == 2 and "bad.npz" in lines[1]
    assert_tooltips(gallery)
    gallery.digit.setCurrentIndex(0)
    gallery.resize(640, 420)
    save_shot(gallery, "classroom-gallery")


def assert_tooltips(widget):
    """Every control has a tooltip (the window test checks the same once it is wired)."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    for kind in (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit):
        for w in widget.findChildren(kind):
            if w.parent() is not None and isinstance(w.parent(), QAbstractSpinBox | QComboBox):
                continue  # the line edit inside a spin box or combo
            assert w.toolTip() or w.parent().toolTip(), (
                type(w).__name__,
                w.text() if hasattr(w, "text") else "",
            )


ASSIGNMENT = {
    "format": "cnngui-assignment",
    "version": 1,
    "id": "tiny-net",
    "title": "A tiny network",
    "instructions": "# Tiny\n\nBuild a **tiny** network.",
    "max_params": 1000,
    "max_epochs": 3,
    "locked": {"batch_size": 32, "optimizer": "sgd", "dataset": "mnist+drawings"},
    "goal": {"metric": "accuracy", "value": 0.5, "dataset": "held-out drawings"},
}


def tiny_spec(filters=2):
    from classroom_helpers import tiny_spec as spec

    return spec(filters)


def test_training_panel_class_datasets_and_locks(qtbot, filled_store):
    from cnngui.core.classroom.assignment import Assignment
    from cnngui.ui.training_panel import TrainingPanel
    from cnngui.ui.workers import TrainingRunner

    runner = TrainingRunner()
    panel = TrainingPanel(runner)
    qtbot.addWidget(panel)
    keys = [panel.dataset.itemData(i) for i in range(panel.dataset.count())]
    assert "drawings" in keys and "mnist+drawings" in keys
    panel.dataset.setCurrentIndex(keys.index("mnist+drawings"))
    assert panel.classroom.oversample.isEnabled()
    assert panel.config().dataset == "mnist+drawings"  # no store yet: nothing to resolve
    panel.set_drawings_store(filled_store)
    dataset = panel.config().dataset
    assert dataset == f"mnist+{filled_store.training_file()}"
    panel.classroom.oversample.setValue(3)
    panel.dataset.setCurrentIndex(0)
    panel.set_config(panel.config().__class__(dataset=dataset))  # a reopened project
    assert panel.dataset.currentData() == "mnist+drawings"
    from cnngui.core.datasets import load_dataset
    from cnngui.ui.workers import _load_dataset

    config = panel.config()
    assert panel.classroom.prepare(tiny_spec(4), config) is None  # nothing loaded here
    assert config.oversample == 3
    data = _load_dataset(config.dataset, config.oversample)  # what the training thread does
    drawings = load_dataset(str(filled_store.training_file()))
    mnist = load_dataset("mnist")
    assert len(data.y_train) == len(mnist.y_train) + 3 * len(drawings.y_train)
    # an assignment: locked values applied, widgets greyed out with the reason
    assignment = Assignment.from_json(ASSIGNMENT)
    panel.epochs.setValue(10)
    panel.apply_assignment(assignment)
    assert panel.batch_size.value() == 32 and panel.optimizer.currentText() == "sgd"
    assert not panel.batch_size.isEnabled() and not panel.optimizer.isEnabled()
    assert "Locked by the assignment" in panel.batch_size.toolTip()
    assert panel.epochs.value() == 3 and panel.epochs.isEnabled()
    assert panel.dataset.currentData() == "mnist+drawings" and not panel.dataset.isEnabled()
    # Start refuses a network over the budget with the assignment's sentence
    panel.spec_provider = lambda: tiny_spec(16)
    panel.set_blocker(None)
    assert panel.start() is False
    assert "budget" in panel.message.text() and not runner.running
    panel.resize(720, 420)
    save_shot(panel, "classroom-training-locks")
    # unlocking restores the controls
    panel.apply_assignment(None)
    assert panel.batch_size.isEnabled() and "Locked" not in panel.batch_size.toolTip()
    assert_tooltips(panel)


def test_evaluation_dataset_chooser_and_per_class_accuracy(qtbot, filled_store):
    from cnngui.core.errors import UserError
    from cnngui.core.training import Evaluation
    from cnngui.ui.evaluation import EvaluationView

    view = EvaluationView()
    qtbot.addWidget(view)
    assert view.evaluation_dataset() == "mnist"
    view.dataset.setCurrentIndex(view.dataset.findData("drawings"))
    with pytest.raises(UserError, match="no class drawings"):
        view.evaluation_dataset()
    view.set_drawings_store(filled_store)
    assert view.evaluation_dataset() == str(filled_store.training_file())
    view.dataset.setCurrentIndex(view.dataset.findData("mnist+drawings"))
    assert view.evaluation_dataset() == f"mnist+{filled_store.training_file()}"
    y = np.arange(100) % 10
    predicted = y.copy()
    predicted[[3, 13]] = 5  # two of ten 3s wrong
    confusion = np.zeros((10, 10), dtype=np.int64)
    np.add.at(confusion, (y, predicted), 1)
    wrong = np.flatnonzero(predicted != y)
    evaluation = Evaluation(0.98, 0.1, confusion, predicted, np.ones(100), wrong)
    view.show_evaluation(evaluation, np.zeros((100, 28, 28, 1), np.float32), y)
    assert view.per_class.values[3] == pytest.approx(0.8) and view.per_class.values[0] == 1.0
    rows = view.per_class.text().splitlines()
    assert len(rows) == 11 and rows[4].strip().startswith("3") and "80.0 %" in rows[4]
    view.clear()
    assert view.per_class.values == []
    view.set_busy(True)
    assert not view.dataset.isEnabled()
    view.set_busy(False)
    assert_tooltips(view)


def test_assignment_panel_progress_rules_new_and_hand_in(qtbot, tmp_path):
    import json

    from cnngui.core.classroom.submission import read_submission
    from cnngui.core.training import TrainingConfig
    from cnngui.ui.classroom.assignment_panel import AssignmentPanel
    from cnngui.ui.classroom.handin import HandInDialog
    from cnngui.ui.classroom.new_assignment import NewAssignmentDialog

    path = tmp_path / "tiny.cnnassign"
    path.write_text(json.dumps(ASSIGNMENT))
    panel = AssignmentPanel()
    qtbot.addWidget(panel)
    assert not panel.hand_in_button.isEnabled()
    bad = tmp_path / "bad.cnnassign"
    bad.write_text("{")
    assert panel.open_path(str(bad)) is None and "JSON" in panel.message.text()
    with qtbot.waitSignal(panel.assignment_opened) as opened:
        assignment = panel.open_path(str(path))
    assert opened.args[0] is assignment and panel.title.text() == "A tiny network"
    assert panel.path == str(path)
    assert "tiny" in panel.instructions.toPlainText() and "50.0%" in panel.goal.text()
    config = TrainingConfig(epochs=2, batch_size=32, optimizer="sgd", dataset="mnist+x.npz")
    problems = panel.update_state(tiny_spec(2), config, 0.61, 2)
    assert problems == []
    assert panel.progress.text() == "61.0 % / 50.0 % · 210 / 1,000 parameters · 2 / 3 epochs"
    assert "keeps every rule" in panel.violations.text()
    problems = panel.update_state(tiny_spec(16), TrainingConfig(epochs=5), None, None)
    assert len(problems) >= 3 and "budget" in panel.violations.text()
    with qtbot.waitSignal(panel.hand_in_requested):
        panel.hand_in_button.click()
    # the teacher's form writes a file that opens again
    dialog = NewAssignmentDialog(tiny_spec(2), TrainingConfig(batch_size=16))
    qtbot.addWidget(dialog)
    assert dialog.save() is None and "choose where" in dialog.message.text()
    dialog.title.setText("Reproduce tiny")
    dialog.require.setChecked(True)
    dialog.max_epochs.setValue(2)
    dialog.lock_optimizer.setChecked(True)
    dialog.path.setText(str(tmp_path / "new"))
    saved = dialog.save()
    assert saved is not None and (tmp_path / "new.cnnassign").exists()
    again = panel.open_path(str(tmp_path / "new.cnnassign"))
    assert again.locked == {"optimizer": "adam", "batch_size": 16} and again.max_epochs == 2
    assert again.require_network is not None
    # hand in: name and path, then core writes a readable .cnnsub
    from classroom_helpers import student_weights

    weights = student_weights(tiny_spec(2), np.random.default_rng(0))
    hand = HandInDialog(assignment, tiny_spec(2), weights=weights, config=config, epochs=2)
    qtbot.addWidget(hand)
    assert hand.hand_in() is None  # no name: one sentence
    hand.name.setText("Min-jun Kim")
    assert hand.path.text().endswith("Min-jun-Kim-tiny-net.cnnsub")
    hand.path.setText(str(tmp_path / "kim.cnnsub"))
    written = hand.hand_in()
    sub = read_submission(written, assignment)
    assert sub.student == "Min-jun Kim" and sub.epochs == 2
    for w in (panel, dialog, hand):
        assert_tooltips(w)
    panel.open_path(str(path))
    panel.update_state(tiny_spec(16), config, 0.42, 3)
    panel.resize(460, 560)
    save_shot(panel, "classroom-assignment")


def test_leaderboard_panel_fills_in_and_loads_a_row(qtbot, tmp_path):
    import json

    from classroom_helpers import write_bad, write_good, write_held_out

    from cnngui.core.classroom.assignment import Assignment
    from cnngui.ui.classroom.leaderboard_panel import LeaderboardPanel

    data = dict(ASSIGNMENT, locked={"batch_size": 32})
    assignment = Assignment.from_json(data)
    folder = tmp_path / "handins"
    folder.mkdir()
    write_good(folder, assignment, 4)
    write_bad(folder, assignment, "truncated")
    write_bad(folder, assignment, "lambda")
    (tmp_path / "a.cnnassign").write_text(json.dumps(data))
    held = write_held_out(tmp_path / "held.npz", per_digit=3)
    panel = LeaderboardPanel()
    qtbot.addWidget(panel)
    assert panel.start() is False and "assignment" in panel.message.text()
    panel.assignment_path.setText(str(tmp_path / "a.cnnassign"))
    panel.folder.setText(str(folder))
    panel.held_out.setText(str(held))
    arrived = []
    panel_rows = panel.table.rowCount
    with qtbot.waitSignal(panel.scoring_finished, timeout=120_000) as done:
        panel.table.model().rowsInserted.connect(lambda *a: arrived.append(panel_rows()))
        assert panel.start() is True and panel.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
    qtbot.waitUntil(panel.score_button.isEnabled, timeout=10_000)  # the thread's end, queued
    rows = done.args[0]
    assert len(rows) == 6 and sum(r.valid for r in rows) == 4 and arrived
    assert panel.table.rowCount() == 6 and panel.table.item(0, 1).text() == "yes"
    assert panel.table.item(5, 1).text() == "no" and panel.table.item(5, 6).text()
    assert "4 valid, 2 refused" in panel.message.text() and panel.score_button.isEnabled()
    with qtbot.waitSignal(panel.network_chosen) as chosen:
        panel.table.cellClicked.emit(0, 0)
    model, spec, label = chosen.args
    assert model.output_shape[-1] == 10 and spec.layers and "Student" in label
    assert panel.choose(5) is False and panel.message.text().startswith("⚠")
    assert_tooltips(panel)
    panel.resize(760, 420)
    save_shot(panel, "classroom-leaderboard")
    # Stop: the worker polls between hand-ins and ends early, the thread quits
    with qtbot.waitSignal(panel.scoring_finished, timeout=120_000):
        panel.start()
        panel.stop()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
    assert "stopped early" in panel.message.text() and len(panel.rows) < 6
