"""Issue 12's labels and messages in the panels: each fix checked in an offscreen widget."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from cnngui.ui.confusion_paint import confusion_rgba
from cnngui.ui.training_texts import reason_text, window_message


def test_probability_axis_shows_0_50_and_100_percent(qtbot):
    from cnngui.ui.predictions import ProbabilityBars

    for height in (100, 180):
        bars = ProbabilityBars()
        qtbot.addWidget(bars)
        bars.resize(300, height)
        bars.show()
        qtbot.waitExposed(bars)
        axis = bars.getPlotItem().getAxis("left")
        image = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        drawn = [spec[2] for spec in axis.generateDrawSpecs(painter)[2]]
        painter.end()
        assert drawn == ["0%", "50%", "100%"]


def test_confusion_diagonal_is_green_and_mistakes_blue():
    counts = np.diag([1008, 950, 10, 990, 1000, 980]).astype(float)
    counts[3, 5] = 7
    rgba = confusion_rgba(counts)
    r, g, b, _ = rgba[0, 0].astype(int)
    assert g > r and g > b  # green diagonal
    r, g, b, _ = rgba[3, 5].astype(int)  # row = true 3, column = said 5
    assert b > r and b > g  # blue mistake
    assert tuple(rgba[1, 2][:3]) == (255, 255, 255)  # zero: white


@pytest.fixture
def evaluation_view(qtbot):
    from cnngui.ui.evaluation import EvaluationView

    view = EvaluationView()
    qtbot.addWidget(view)
    view.resize(520, 620)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_empty_evaluation_says_what_to_do_instead_of_empty_axes(evaluation_view):
    view = evaluation_view
    view.ensure_plot()  # the window builds the plot early
    QApplication.processEvents()
    assert view.empty_label.isVisible()
    assert not view.plot.isVisible()
    assert "Evaluate" in view.empty_label.text()


def test_counts_fit_their_cells_even_1008(evaluation_view, qtbot):
    from cnngui.core.training import Evaluation

    view = evaluation_view
    y = np.repeat(np.arange(10), 1008)
    predicted = y.copy()
    predicted[:5] = 6
    confusion = np.zeros((10, 10), dtype=np.int64)
    np.add.at(confusion, (y, predicted), 1)
    wrong = np.flatnonzero(predicted != y)
    ev = Evaluation(0.99, 0.1, confusion, predicted, np.ones(len(y), np.float32), wrong)
    view.show_evaluation(ev, None, None)
    QApplication.processEvents()
    assert view.plot.isVisible() and not view.empty_label.isVisible()
    for size in ((520, 620), (360, 480)):
        view.resize(*size)
        QApplication.processEvents()
        cell = view.cell_pixels()
        assert cell > 5
        for item in view._texts:
            width = QFontMetricsF(item.font()).horizontalAdvance(item.text())
            assert width <= cell, (item.text(), width, cell)
    assert any(item.text() == "1003" for item in view._texts)


def test_hover_readout_never_widens_the_feature_map_panel(qtbot):
    from cnngui.ui.elided_label import ElidedLabel

    label = ElidedLabel("short")
    qtbot.addWidget(label)
    hint = label.sizeHint().width()
    label.setText("conv2d_0 (Conv2D) · channel 31 · pixel (27, 27) · value 123.456 " * 3)
    assert label.sizeHint().width() == hint
    label.resize(120, 20)
    assert label.elided_text().endswith("…")
    assert label.text().startswith("conv2d_0") and label.toolTip() == label.text()


def test_show_every_step_does_not_move_its_checkbox(qtbot):
    from cnngui.ui.predictions import NetworkInputView

    view = NetworkInputView()
    qtbot.addWidget(view)
    view.resize(420, 260)
    view.show()
    steps = [(f"step {i}", np.zeros((28, 28))) for i in range(6)]
    view.show_steps(np.zeros((28, 28)), steps)
    QApplication.processEvents()
    before = view.toggle.mapTo(view, QPoint(0, 0))
    height = view.sizeHint().height()
    view.toggle.setChecked(True)
    QApplication.processEvents()
    assert view.toggle.mapTo(view, QPoint(0, 0)) == before
    assert view.sizeHint().height() == height


def test_drawing_hint_goes_with_the_first_touch(qtbot, monkeypatch):
    from cnngui.ui.canvas import DrawingCanvas

    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(280, 280)
    canvas.show()
    updates = []
    original = canvas.update
    monkeypatch.setattr(canvas, "update", lambda *a: (updates.append(a), original(*a)))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(140, 140))
    assert not canvas.is_empty()
    assert () in updates  # a full repaint: the centred hint is wiped at once
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(150, 150))


def test_nan_is_said_in_words_not_shown_raw():
    text = reason_text("nan", 2.0)
    assert not text.startswith("nan")
    assert "NaN (not a number)" in text and "2 s" in text


def test_offline_dataset_message_speaks_to_the_window():
    core = (
        "fashion_mnist was not found in /x/fashion_mnist.npz and /home/u/.keras/datasets/"
        "fashion-mnist and could not be downloaded (URLError: <urlopen error [Errno -3] "
        "Temporary failure in name resolution>: None -- [Er); connect to the network once, "
        "or give the path of a .npz file with --dataset."
    )
    text, full = window_message(core)
    assert "--dataset" not in text and "[Er" not in text
    assert "Fashion-MNIST" in text and text.endswith(".")
    assert full == core


def test_no_training_setting_can_change_mid_run(qtbot):
    from cnngui.ui.training_panel import TrainingPanel
    from cnngui.ui.workers import TrainingRunner

    runner = TrainingRunner()
    panel = TrainingPanel(runner)
    qtbot.addWidget(panel)
    settings = [
        panel.dataset,
        panel.epochs,
        panel.batch_size,
        panel.optimizer,
        panel.learning_rate,
        panel.schedule,
        panel.validation_split,
        panel.early_stopping,
        panel.patience,
        panel.restore_best,
        panel.augmentation,
        panel.seed,
        panel.limit,
        panel.mixed_precision,
    ]
    panel.classroom.update_locks(True)
    assert [w.objectName() or type(w).__name__ for w in settings if w.isEnabled()] == []
    panel.classroom.update_locks(False)
    assert panel.learning_rate.isEnabled() and panel.seed.isEnabled()


def test_preset_betas_have_no_widget_but_are_kept_and_never_leak(qtbot):
    from cnngui.core.model.presets import PRESETS
    from cnngui.ui.training_panel import TrainingPanel
    from cnngui.ui.workers import TrainingRunner

    panel = TrainingPanel(TrainingRunner())
    qtbot.addWidget(panel)
    panel.apply_recipe(PRESETS["fast"].recipe)
    config = panel.config()
    assert (config.beta_1, config.beta_2, config.epochs, config.batch_size) == (0.7, 0.9, 1, 256)
    panel.apply_recipe(PRESETS["three-conv"].recipe)  # its recipe has no betas: Keras's
    assert (panel.config().beta_1, panel.config().beta_2) == (None, None)


def make_builder(qtbot, width: int = 700):
    """A builder holding the three-conv preset (conv, pooling, dense …)."""
    from PySide6.QtGui import QUndoStack

    from cnngui.core.model.editor import SpecEditor
    from cnngui.core.model.presets import PRESETS
    from cnngui.core.model.spec import ModelSpec
    from cnngui.ui.builder import BuilderWidget

    builder = BuilderWidget(SpecEditor(ModelSpec("empty")), QUndoStack())
    qtbot.addWidget(builder)
    builder.resize(width, 600)
    builder.show()
    builder.load_preset(next(iter(PRESETS)))
    return builder


def test_delete_key_deletes_the_selected_layer(qtbot):
    builder = make_builder(qtbot)
    qtbot.waitExposed(builder)
    n = len(builder.editor)
    builder.select_row(1)
    builder.table.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(builder.table, Qt.Key.Key_Delete)
    assert len(builder.editor) == n - 1


def test_in_place_settings_editor_has_room_for_every_value(qtbot):
    from cnngui.ui.builder.settings import SettingsForm
    from cnngui.ui.builder.table import COL_SETTINGS

    for width in (420, 700):
        builder = make_builder(qtbot, width=width)
        for row, layer in enumerate(builder.editor.spec.layers):
            if layer.type not in ("Conv2D", "Dense", "MaxPooling2D"):
                continue
            builder.table.edit(builder.table_model.index(row, COL_SETTINGS))
            QApplication.processEvents()
            form = next(f for f in builder.table.findChildren(SettingsForm) if f.isVisible())
            viewport = builder.table.viewport().rect()
            assert viewport.contains(form.geometry()), (
                width,
                layer.type,
                form.geometry(),
                viewport,
            )
            for editor in form.editors.values():
                assert editor.width() >= editor.minimumSizeHint().width(), editor.objectName()
                assert viewport.contains(editor.geometry().translated(form.pos())), (
                    width,
                    layer.type,
                    editor.objectName(),
                )
            builder.table.closePersistentEditor(builder.table_model.index(row, COL_SETTINGS))
            builder.table.setFocus()


def test_every_control_of_the_panels_has_a_tooltip(qtbot):
    """The panels fixed here, built on their own (the window has its own tooltip test)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QSlider,
        QTabBar,
        QWidget,
    )

    from cnngui.ui.builder.settings import SettingsForm
    from cnngui.ui.evaluation import EvaluationView
    from cnngui.ui.kernel_playground import KernelPlayground
    from cnngui.ui.training_panel import TrainingPanel
    from cnngui.ui.workers import TrainingRunner

    builder = make_builder(qtbot)
    form = SettingsForm()
    form.set_layer(builder.editor.spec.layers[0])
    panels = [builder, form, EvaluationView(), KernelPlayground(), TrainingPanel(TrainingRunner())]
    missing = []
    for panel in panels:
        qtbot.addWidget(panel)
        for w in panel.findChildren(QWidget):
            if not isinstance(
                w, (QAbstractButton, QComboBox, QAbstractSpinBox, QSlider, QLineEdit)
            ):
                continue
            if w.objectName().startswith("qt_") or w.toolTip() or isinstance(w.parent(), QTabBar):
                continue  # Qt's own parts (a spin box's line edit, a tab bar's arrows)
            if isinstance(w.parent(), QAbstractSpinBox | QComboBox) and w.parent().toolTip():
                continue
            missing.append((type(panel).__name__, type(w).__name__, w.objectName()))
    assert not missing, missing
