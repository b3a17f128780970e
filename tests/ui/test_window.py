"""The main window: panels, menus, settings, files, help — without training."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMessageBox,
    QTextBrowser,
    QWidget,
)

from cnngui.core.model.presets import get_preset
from cnngui.ui.builder import BuilderWidget
from cnngui.ui.evaluation import EvaluationView
from cnngui.ui.main_window import MainWindow
from cnngui.ui.training_panel import TrainingPanel


def test_window_opens_with_every_panel_and_fits_a_small_screen(window):
    from cnngui.ui.draw_panel import DrawPanel
    from cnngui.ui.feature_maps import FeatureMapView

    docks = {d.windowTitle().replace("&&", "&"): d for d in window.findChildren(QDockWidget)}
    assert set(docks) == {
        "Draw & predict",
        "Feature maps",
        "Model builder",
        "Training",
        "Evaluation",
        "Look inside",
        "Class drawings",
        "Assignment",
        "Leaderboard",
    }
    assert isinstance(window.panel("draw"), DrawPanel)
    assert isinstance(window.panel("features"), FeatureMapView)
    assert isinstance(window.panel("builder"), BuilderWidget)
    assert isinstance(window.panel("training"), TrainingPanel)
    assert isinstance(window.panel("evaluation"), EvaluationView)
    QApplication.processEvents()
    free = window.screen().availableGeometry()
    assert free.size().toTuple() == (1366, 768)  # tests/offscreen-laptop.json
    assert window.width() <= free.width() and window.height() <= free.height()
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 640
    # the default network is trainable, so Start is on before TensorFlow has loaded
    assert window.training.start_button.isEnabled()
    assert "TensorFlow" in window.statusBar().currentMessage()


def test_every_menu_action_and_control_has_a_plain_tooltip(window):
    titles = [
        m.title().replace("&", "")
        for m in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
        if m.title()
    ]
    for needed in ("File", "Edit", "View", "Help"):
        assert needed in titles
    for key in (
        "new",
        "open",
        "save",
        "save_as",
        "import",
        "export_model",
        "export_script",
        "export_report",
    ):
        action = window.menu_actions[key]
        assert action.isEnabled() and action.toolTip(), key
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QTableView

    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox)
    missing = []
    checked = 0
    for panel in (window.builder, window.training, window.evaluation):
        for widget in panel.findChildren(QWidget):
            if not isinstance(widget, kinds) or isinstance(widget.parent(), QTableView):
                continue
            checked += 1
            if not (widget.toolTip() or widget.parent().toolTip()):
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
    assert checked > 20
    assert not missing, f"controls without a tooltip: {missing}"


def test_edit_menu_undoes_builder_edits(window):
    before = window.editor.spec
    window.builder.load_preset("mlp")
    assert window.editor.spec == get_preset("mlp")
    assert window.windowTitle().endswith("* — cnngui")
    window.menu_actions["undo"].trigger()
    assert window.editor.spec == before
    window.menu_actions["redo"].trigger()
    assert window.editor.spec == get_preset("mlp")


def test_invalid_network_disables_training_with_the_reason(window):
    window.builder.editor.replace_spec(get_preset("mlp").with_layers(get_preset("mlp").layers[:2]))
    assert not window.training.start_button.isEnabled()
    assert "output is 128" in window.training.blocker_label.text()
    assert "units to 10" in window.training.blocker_label.text()
    window.undo_stack.clear()
    window.builder.load_preset("fast")
    assert window.training.start_button.isEnabled()
    assert window.training.blocker_label.text() == ""


def test_a_preset_brings_its_training_recipe(window):
    window.builder.load_preset("two-conv-dropout")
    assert window.training.config().batch_size == 128
    assert window.training.config().epochs == 6


def test_settings_remember_layout_network_and_training(qtbot, settings):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    first.builder.load_preset("lenet-5")
    first.training.epochs.setValue(7)
    first.training.optimizer.setCurrentText("rmsprop")
    first.docks["features"].hide()
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    assert second.editor.spec == get_preset("lenet-5")
    assert second.training.config().epochs == 7
    assert second.training.config().optimizer == "rmsprop"
    assert not second.docks["features"].isVisible()
    second.reset_layout()
    assert second.docks["features"].isVisible()
    second.close()


def test_save_open_and_exports(window, tmp_path):
    window.builder.load_preset("mlp")
    path = tmp_path / "lesson.cnnproj"
    assert window.files.save_to(path)
    assert window.undo_stack.isClean() and window.windowTitle().startswith("lesson — ")
    assert json.loads(path.read_text())["spec"]["layers"][0]["type"] == "Flatten"
    window.files.new_project()
    assert len(window.editor) == 0
    assert window.files.open_path(path)
    assert window.editor.spec.layers == get_preset("mlp").layers
    assert window.recent_menu.actions()[0].toolTip() == str(path.resolve())
    script = tmp_path / "mlp.py"
    assert window.files.export_script(script)
    assert "keras.layers.Dense" in script.read_text() or "layers.Dense" in script.read_text()
    report = tmp_path / "report.html"
    assert window.files.export_report(report)
    assert "Flatten" in report.read_text()


def test_opening_a_broken_file_says_so_in_one_sentence(window, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    bad = tmp_path / "broken.cnnproj"
    bad.write_text("{not json")
    assert not window.files.open_path(bad)
    assert len(shown) == 1 and "broken.cnnproj" in shown[0] and "\n" not in shown[0]


def test_help_guide_and_about(window, monkeypatch):
    dialog = window.show_guide()
    assert isinstance(dialog, QDialog)
    text = dialog.findChild(QTextBrowser).toPlainText()
    for words in ("Output shape", "Parameters", "MACs", "epoch", "confusion matrix"):
        assert words in text
    dialog.close()
    about: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: about.append(text))
    window.on_tf_ready("CPU — no GPU found", 2.5)
    window.show_about()
    assert "PySide6" in about[0] and "CPU — no GPU found" in about[0]
    assert window.training.device.text() == "Device: CPU — no GPU found"
