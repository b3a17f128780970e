"""The window follows the Workspace: New, open, names and undo behave as one document."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cnngui.core.model.keras_build import build_model
from cnngui.core.training import EpochMetrics, Evaluation, TrainingConfig
from cnngui.core.training.events import RunOutcome

keras = pytest.importorskip("keras")


def finished_run(window, reason="completed", acc=0.9):
    spec = window.editor.spec
    model = build_model(spec)
    outcome = RunOutcome(
        reason=reason,
        message=reason,
        history=[EpochMetrics(1, 0.3, acc, 0.3, acc, 0.001, 1.0, 100.0)],
        evaluation=Evaluation(
            acc, 0.3, np.eye(10, dtype=np.int64), np.arange(10), np.ones(10), np.array([], int)
        ),
        device="CPU",
        seconds=1.0,
        weights=model.get_weights(),
        x_test=np.zeros((10, 28, 28, 1), np.float32),
        y_test=np.arange(10),
        class_names=[str(i) for i in range(10)],
    )
    window.network._run = (TrainingConfig(), spec)
    window.network._display_model = model
    window.training.ensure_curves().new_run("test run")
    window.training._on_finished(outcome)
    window.network.run_finished(outcome)


def test_new_empties_runs_curves_evaluation_and_network(window, qtbot):
    window.builder.load_preset("mlp")
    finished_run(window)
    qtbot.waitUntil(lambda: window.evaluation.evaluation is not None, timeout=5000)
    assert window.workspace.runs and window.training.curves.runs
    window.files.new_project()
    assert window.workspace.runs == [] and window.training.curves.runs == []
    assert window.training.curves.run_list.count() == 0
    assert window.evaluation.evaluation is None
    assert "Press Evaluate" in window.evaluation.summary.text()
    assert window.training.message.text() == "" and window.training.progress.format() == ""
    assert len(window.editor) == 0
    assert window.windowTitle().startswith("untitled — ")


def test_ctrl_z_in_the_drawing_undoes_a_stroke_not_a_builder_edit(window, qtbot):
    window.builder.load_preset("mlp")
    window.editor.delete(0)  # an edit the student made in the builder
    edits = window.undo_stack.index()
    canvas = window.draw.canvas
    canvas.setFocus()
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=canvas.rect().center())
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=canvas.rect().center())
    window.activateWindow()
    canvas.setFocus()
    qtbot.waitUntil(window.menus.drawing_has_focus, timeout=5000)
    window.menus.update_undo_text()
    assert window.menu_actions["undo"].text() == "&Undo stroke"
    window.menu_actions["undo"].trigger()
    assert window.undo_stack.index() == edits  # the builder's edit is still there
    window.builder.table.setFocus()
    qtbot.waitUntil(lambda: not window.menus.drawing_has_focus(), timeout=5000)
    window.menus.update_undo_text()
    assert window.menu_actions["undo"].text().startswith("&Undo ")
    window.menu_actions["undo"].trigger()
    assert window.undo_stack.index() == edits - 1


def test_one_name_and_honest_labels_after_save_and_reopen(window, tmp_path):
    window.builder.load_preset("fast")
    finished_run(window)
    path = tmp_path / "lesson1.cnnproj"
    assert window.files.save_to(path)
    window.files.new_project()
    assert window.files.open_path(path)
    assert window.windowTitle().startswith("lesson1 — ")
    assert window.workspace.default_export_name("-report.html") == "lesson1-report.html"
    label = window.network._draw_label[0]
    assert label == "the network saved in lesson1.cnnproj"
    item = window.training.curves.run_list.item(0).text()
    assert item.startswith("Run 1: fast · ") and "Run 1: run" not in item


def test_a_stopped_worse_run_keeps_the_drawings_network(window):
    window.builder.load_preset("mlp")
    finished_run(window, "completed", 0.97)
    good = window.workspace.active
    finished_run(window, "stopped", 0.52)
    assert window.workspace.active is good and window.network._draw_model is good.model
    assert window.network.use_run(1)
    assert window.workspace.active.run == 1


def test_the_active_network_is_evaluated_without_training(window, qtbot):
    """The bundled (or imported, or chosen) network fills the confusion matrix on request."""
    from cnngui.core.inference.predictor import default_model_path, load_model

    model = load_model(default_model_path())
    window.on_default_model(model, None)
    assert window.evaluation.evaluation is None
    window.evaluation.evaluate_button.click()
    assert window.evaluation.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: window.evaluation.evaluation is not None, timeout=120_000)
    evaluation = window.evaluation.evaluation
    assert int(evaluation.confusion.sum()) == 10_000 and evaluation.accuracy > 0.98
    assert window.evaluation.evaluate_button.isEnabled()
    assert window.workspace.last_evaluation.network == window.workspace.active.origin


def test_an_evaluation_can_be_cancelled(window, qtbot):
    from cnngui.core.inference.predictor import default_model_path, load_model

    window.on_default_model(load_model(default_model_path()), None)
    cancelled = []
    window.evaluation.evaluate_button.click()
    window.network.evaluation_task.cancelled.connect(lambda: cancelled.append(True))
    window.evaluation.cancel_button.click()
    qtbot.waitUntil(
        lambda: bool(cancelled) or window.evaluation.evaluation is not None, timeout=120_000
    )
    qtbot.waitUntil(lambda: not window.network.evaluation_task.running, timeout=30_000)
    assert window.evaluation.evaluate_button.isEnabled()


def test_file_dialogs_open_on_the_window(window, monkeypatch, tmp_path):
    """Every dialog of the file actions gets the window as its parent (a QWidget)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    parents = []

    def fake(parent, *args, **kwargs):
        parents.append(parent)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, *a: parents.append(parent))
    files = window.files
    for action in (files.open_dialog, files.import_keras_dialog, files.save_as):
        action()
    files.export_script_dialog()
    files.export_report_dialog()
    files.error("Title", "a message.")
    assert parents and all(isinstance(p, QWidget) and p is window for p in parents)


def test_reopening_shows_batch_curves_hidden_runs_and_how_each_ended(window, tmp_path, qtbot):
    """Bugs 4 and 8: per-batch curves, visibility, labels and a stop's place come back."""
    from cnngui.core.project.runs import RunRecord

    window.builder.load_preset("mlp")
    config = TrainingConfig(limit=20_000, epochs=3)
    spec = window.editor.spec
    done = RunRecord(
        "mlp · adam lr 0.001, batch 64, 20,000 images",
        config,
        [EpochMetrics(1, 0.3, 0.9, 0.3, 0.9, 0.001, 1.0, 100.0)],
        test_accuracy=0.9,
        spec=spec,
        batch_curve=[[i / 50, 2.0 - i / 50, i / 60] for i in range(50)],
        images=18_000,
    )
    exploded = RunRecord(
        "mlp · sgd lr 10, batch 64",
        config,
        [],
        reason="stopped",
        spec=spec,
        visible=False,
        stopped_at=[1, 120, 469],
        batch_curve=[[0.1, 680_000.0, 0.1]],
    )
    window.workspace.runs[:] = [done, exploded]
    path = tmp_path / "lesson1.cnnproj"
    assert window.files.save_to(path)
    window.files.new_project()
    assert window.files.open_path(path)
    curves = window.training.curves
    first, second = curves.runs
    assert len(first.batch_x) >= 40  # a one-epoch run is a curve, not a single dot
    assert not second.visible and all(not c.isVisible() for c in second.curves.values())
    items = [curves.run_list.item(i).text() for i in range(curves.run_list.count())]
    assert items[0].startswith("Run 1: mlp · ") and "20,000 images" in items[0]
    assert "Run 1: run" not in items[0] and "3 epochs" not in items[1]
    assert "stopped in epoch 1 after 120 of 469 batches" in items[1]
    assert second.epochs == []  # no half-epoch point at epoch 1


def test_the_window_feeds_an_imported_network_like_the_command_line(window, tmp_path, capsys):
    """Issue 16: the same file and image give the same digit in the window and `predict`."""
    import json

    from PIL import Image

    from cnngui.cli import main
    from cnngui.core.datasets import mnist_test_digits

    keras.utils.set_random_seed(4)
    x, y = mnist_test_digits(2500)
    L = keras.layers
    model = keras.Sequential([keras.Input((784,)), L.Dense(48, activation="relu"), L.Dense(10)])
    model.compile(
        optimizer=keras.optimizers.Adam(1e-3),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    )
    model.fit(x[500:].reshape(-1, 784) * 255.0, y[500:], epochs=6, batch_size=32, verbose=0)
    path = tmp_path / "flat-raw.h5"
    model.save(path)
    assert window.files.import_keras(path)
    assert window.draw.wait_until_ready()
    for i in range(5):
        digit = (255 - x[i] * 255).astype(np.uint8)
        image = tmp_path / f"d{i}.png"
        Image.fromarray(digit).resize((112, 112)).save(image)
        assert main(["predict", "--model", str(path), "--json", str(image)]) == 0
        cli = json.loads(capsys.readouterr().out)["digit"]
        from cnngui.core.inference.preprocess import load_image_file, preprocess

        window.draw.load_image28(preprocess(load_image_file(image)).image28)
        assert window.draw.last_prediction.digit == cli


def test_the_student_can_change_how_an_imported_network_is_fed(window, tmp_path):
    """Issue 16: the detected pixel convention can be overridden from the View menu."""
    path = tmp_path / "plain.keras"
    build_model(window.editor.spec).save(path)
    assert window.files.import_keras(path)
    window.menus._fill_feed_menu()
    actions = window.menus._feed_menu.actions()
    assert len(actions) == 4 and sum(a.isChecked() for a in actions) == 1
    actions[1].trigger()  # pixels 0–255
    assert window.workspace.active.feed.convention.scale == 255
    window.menus._fill_feed_menu()
    assert window.menus._feed_menu.actions()[1].isChecked()
