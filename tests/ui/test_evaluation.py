"""The evaluation view: confusion matrix cells open the mistakes; an image goes to the drawing."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from ui_helpers import save_shot

from cnngui.core.training import Evaluation
from cnngui.ui.evaluation import EvaluationView


def fake_results(n: int = 300, seed: int = 0):
    """Test images whose predictions are right except a known set of 3→5 and 4→9 mistakes."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 10
    predicted = y.copy()
    predicted[[3, 13, 23]] = 5
    predicted[[4, 14]] = 9
    confidence = rng.uniform(0.3, 1.0, n).astype(np.float32)
    x = rng.uniform(0, 1, (n, 28, 28, 1)).astype(np.float32)
    confusion = np.zeros((10, 10), dtype=np.int64)
    np.add.at(confusion, (y, predicted), 1)
    wrong = np.flatnonzero(predicted != y)
    evaluation = Evaluation(1 - len(wrong) / n, 0.25, confusion, predicted, confidence, wrong)
    return evaluation, x, y


@pytest.fixture
def view(qtbot):
    widget = EvaluationView()
    qtbot.addWidget(widget)
    widget.resize(560, 640)
    widget.show()
    return widget


def test_summary_and_the_worst_cell_open_first(view, qtbot):
    evaluation, x, y = fake_results()
    view.show_evaluation(evaluation, x, y)
    assert "Test accuracy 98.33%" in view.summary.text()
    assert "5 of 300 test images wrong" in view.summary.text()
    assert view.cell == (3, 5)
    qtbot.waitUntil(lambda: view.gallery.count() == 3, timeout=5000)
    assert "3 images of 3 taken for 5" in view.cell_label.text()
    tips = [view.gallery.item(i).toolTip() for i in range(3)]
    assert tips[0].startswith("test image 3: true 3, predicted 5 (")
    save_shot(view, "evaluation_view")


def test_clicking_a_cell_opens_its_images(view, qtbot):
    evaluation, x, y = fake_results()
    view.show_evaluation(evaluation, x, y)
    qtbot.waitUntil(lambda: view.gallery.count() == 3, timeout=5000)
    qtbot.waitExposed(view)
    plot = view.plot
    scene_point = plot.getPlotItem().vb.mapViewToScene(QPointF(9.5, 4.5))  # row 4, column 9
    point = plot.mapFromScene(scene_point)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.cell == (4, 9)
    assert view.gallery.count() == 2
    view.open_cell(7, 7)  # the diagonal: correct answers
    assert "recognised correctly" in view.cell_label.text()
    assert view.gallery.count() == 30


def test_clicking_an_image_sends_it_to_the_prediction_views(view, qtbot):
    evaluation, x, y = fake_results()
    view.show_evaluation(evaluation, x, y)
    qtbot.waitUntil(lambda: view.gallery.count() == 3, timeout=5000)
    with qtbot.waitSignal(view.image_chosen) as chosen:
        item = view.gallery.item(1)
        rect = view.gallery.visualItemRect(item)
        qtbot.mouseClick(view.gallery.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    image, caption = chosen.args
    np.testing.assert_array_equal(image, x[13, :, :, 0])
    assert caption.startswith("test image 13: true 3, the trained network said 5")


def test_window_loads_a_chosen_test_image_into_the_drawing(window, monkeypatch):
    loaded: list[np.ndarray] = []
    monkeypatch.setattr(window.draw, "load_image28", loaded.append)
    evaluation, x, y = fake_results()
    window.evaluation.show_evaluation(evaluation, x, y)
    window.evaluation.choose(23)
    assert len(loaded) == 1 and loaded[0].shape == (28, 28)
    assert "test image 23" in window.statusBar().currentMessage()
