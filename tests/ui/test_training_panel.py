"""Training from the window: a tiny run to completion, pause/resume/stop, closing mid-run."""

from __future__ import annotations

import threading

import pytest
from ui_helpers import save_shot, tiny_spec

from cnngui.core.project.runs import settings_label
from cnngui.ui.training_panel import format_duration

pytestmark = pytest.mark.slow


def prepare(window, data, epochs: int, batch_size: int = 16) -> None:
    """A tiny network, a few hundred digits, and the settings for a short run."""
    window.builder.replace_spec(tiny_spec())
    window.training.data_override = data
    window.training.epochs.setValue(epochs)
    window.training.batch_size.setValue(batch_size)
    window.training.validation_split.setValue(0.2)
    window.training.learning_rate.setValue(0.01)


def test_train_to_completion_draws_curves_and_fills_every_panel(window, tiny_data, qtbot):
    prepare(window, tiny_data, epochs=3)
    epochs: list[object] = []
    weights: list[int] = []
    window.runner.epoch.connect(epochs.append)
    window.runner.weights.connect(lambda epoch, _w: weights.append(epoch))
    with qtbot.waitSignal(window.runner.finished, timeout=90_000) as finished:
        assert window.training.start()
        assert not window.training.start_button.isEnabled()
        assert window.training.stop_button.isEnabled()
    outcome = finished.args[0]
    assert outcome.reason == "completed", outcome.message
    assert [m.epoch for m in epochs] == [1, 2, 3]
    assert weights == [1, 2, 3]
    qtbot.waitUntil(lambda: not window.runner.running, timeout=5000)
    curves = window.training.curves
    qtbot.waitUntil(lambda: curves.point_count() >= 12, timeout=2000)  # 3 epochs × 4 curves
    run = curves.current
    assert run.epochs == [1, 2, 3] and len(run.val_loss) == 3 and run.batch_x
    assert "test accuracy" in window.training.curves.run_list.item(0).text()
    assert window.training.progress.value() == 1000
    assert "Completed 3 epoch(s)" in window.training.message.text()
    qtbot.waitUntil(window.training.start_button.isEnabled, timeout=5000)
    # the drawing now predicts with the trained network, and the builder knows it
    active = window.workspace.active
    assert active is not None and active.spec == tiny_spec() and active.run == 0
    assert not window.editor.trained_is_stale
    assert window.draw.wait_until_ready()
    digit = tiny_data.x_test[0, :, :, 0]
    window.draw.load_image28(digit)
    prediction = window.draw.last_prediction
    assert prediction is not None and prediction.probabilities.shape == (10,)
    assert [a.type for a in prediction.activations][:2] == ["Conv2D", "MaxPooling2D"]
    # the evaluation shows the confusion matrix of the 400 test digits
    evaluation = window.evaluation
    qtbot.waitUntil(lambda: evaluation.evaluation is outcome.evaluation, timeout=5000)
    assert int(evaluation.evaluation.confusion.sum()) == len(tiny_data.x_test)
    assert "Test accuracy" in evaluation.summary.text()
    true, predicted = evaluation.cell
    assert true != predicted
    qtbot.waitUntil(lambda: evaluation.gallery.count() > 0, timeout=5000)
    # editing the network marks the trained weights as belonging to an older architecture
    window.builder.select_row(0)
    window.builder.form.editors["filters"].setValue(6)
    assert window.editor.trained_is_stale
    assert window.network._draw_label == (active.origin, True)  # labelled as out of date
    window.undo_stack.undo()
    assert not window.editor.trained_is_stale
    assert window.network._draw_label == (active.origin, False)
    # a second run with another optimizer is kept beside the first for comparison; the
    # drawing keeps its network (same architecture) and just takes the new weights
    first_model = window.workspace.active.model
    window.training.optimizer.setCurrentText("rmsprop")
    window.training.epochs.setValue(1)
    with qtbot.waitSignal(window.runner.finished, timeout=90_000):
        assert window.training.start()
    qtbot.waitUntil(lambda: not window.runner.running, timeout=5000)
    labels = [curves.run_list.item(i).text() for i in range(curves.run_list.count())]
    assert len(labels) == 2 and "adam" in labels[0] and "rmsprop" in labels[1]
    assert window.workspace.active.model is first_model
    assert window.network._draw_label[0].startswith("run 2 — 1 epoch trained")
    curves.set_run_visible(1, False)
    assert not any(c.isVisible() for c in curves.runs[0].curves.values())
    curves.set_run_visible(1, True)
    assert len(window.workspace.runs) == 2
    # screenshots of each panel and the whole window, for people to look at
    window.draw.load_image28(tiny_data.x_test[1, :, :, 0])
    window.docks["training"].raise_()
    save_shot(window, "window_training")
    for key, dock in window.docks.items():
        dock.raise_()
        save_shot(dock.widget(), f"panel_{key}")
    window.docks["evaluation"].raise_()
    save_shot(window, "window_evaluation")
    window.docks["builder"].raise_()
    save_shot(window, "window_builder")


def test_pause_resume_and_stop_mid_run(window, tiny_data, qtbot):
    prepare(window, tiny_data, epochs=200)
    batches: list[object] = []
    window.runner.batch.connect(batches.append)
    assert window.training.start()
    qtbot.waitUntil(lambda: len(batches) >= 2, timeout=60_000)
    # A handshake, not a guess of how long a batch takes: know when training is held.
    control = window.runner._worker.control
    held = threading.Event()
    wait = control.wait_while_paused
    control.wait_while_paused = lambda timeout=None: held.set() or wait(timeout)
    window.training.pause_button.click()
    assert window.runner.paused
    assert window.training.pause_button.text() == "Resume"
    assert window.training.progress_text.text().startswith("Paused")
    qtbot.waitUntil(held.is_set, timeout=60_000)
    qtbot.wait(50)  # deliver a report the held batch queued before it stopped
    seen = len(batches)
    qtbot.wait(400)
    assert len(batches) == seen  # nothing trains while paused
    window.training.pause_button.click()
    assert not window.runner.paused and window.training.pause_button.text() == "Pause"
    qtbot.waitUntil(lambda: len(batches) > seen, timeout=30_000)
    with qtbot.waitSignal(window.runner.finished, timeout=30_000) as finished:
        window.training.stop_button.click()
    outcome = finished.args[0]
    assert outcome.reason == "stopped"
    assert "Stopped by the user" in window.training.message.text()
    qtbot.waitUntil(window.training.start_button.isEnabled, timeout=5000)


def test_closing_the_window_during_training_stops_it_cleanly(window, tiny_data, qtbot):
    prepare(window, tiny_data, epochs=200)
    batches: list[object] = []
    window.runner.batch.connect(batches.append)
    assert window.training.start()
    qtbot.waitUntil(lambda: len(batches) >= 1, timeout=60_000)
    shutdowns: list[bool] = []
    original = window.runner.shutdown
    # The property, not the speed: closing stops the run and its thread ends (a loaded
    # machine may need longer than the window's own 2-second wait, so allow more here).
    window.runner.shutdown = lambda timeout_s=2.0: shutdowns.append(original(60.0)) or True
    window.close()
    assert shutdowns == [True]  # the training thread ended
    assert not window.runner.running


def test_a_dataset_that_cannot_load_is_a_readable_message(window, qtbot, tmp_path):
    window.training.set_config(window.training.config())
    missing = tmp_path / "nowhere.npz"
    window.training.dataset.insertItem(0, str(missing), str(missing))
    window.training.dataset.setCurrentIndex(0)
    with qtbot.waitSignal(window.runner.failed, timeout=30_000):
        assert window.training.start()
    qtbot.waitUntil(window.training.start_button.isEnabled, timeout=5000)
    text = window.training.message.text()
    assert text.startswith("⚠") and "nowhere.npz" in text and "Traceback" not in text


def test_labels_and_durations_for_students():
    from cnngui.core.training import TrainingConfig

    config = TrainingConfig(optimizer="rmsprop", learning_rate=0.0005, epochs=1, limit=500)
    assert settings_label(config) == "rmsprop lr 0.0005, batch 64, 500 images"
    assert [format_duration(s) for s in (4.4, 75, 3700, float("nan"))] == [
        "4 s",
        "1 min 15 s",
        "1 h 01 min",
        "—",
    ]
