"""The training panel shows the core's run results, devices and dataset errors in Korean."""

from __future__ import annotations

import re

import pytest

from cnngui.core import datasets
from cnngui.core.phrases import phrase
from cnngui.core.training import TrainingConfig
from cnngui.core.training.events import RunOutcome

HANGUL = re.compile("[가-힣]")


@pytest.fixture
def panel(qtbot):
    from cnngui.ui.training_panel import TrainingPanel
    from cnngui.ui.workers import TrainingRunner

    made = TrainingPanel(TrainingRunner())
    qtbot.addWidget(made)
    return made


def outcome(reason: str, message: str) -> RunOutcome:
    return RunOutcome(reason, message, [], None, phrase("CPU — no GPU found"), 1.0, None)


def test_run_results_and_the_device_read_in_korean(korean, panel):
    stopped = phrase(
        "stopped by the user in epoch {epoch} after {done} of {per_epoch} batches.",
        epoch=2,
        done=17,
        per_epoch=938,
    )
    panel._on_finished(outcome("stopped", stopped))
    shown = panel.message.text()
    assert HANGUL.search(shown) and "17" in shown and "938" in shown
    assert "stopped" not in shown and "batches" not in shown

    nan = phrase(
        "the loss {what}, so training stopped; {fix}.",
        what=phrase("became NaN (not a number)"),
        fix=phrase("lower the learning rate or add BatchNormalization"),
    )
    panel._on_finished(outcome("nan", nan))
    shown = panel.message.text()
    assert "손실" in shown and "학습률" in shown and "learning rate" not in shown

    panel.set_device(phrase("CPU — no GPU found"))
    assert "GPU를 찾지 못했습니다" in panel.device.text()


def test_an_offline_dataset_names_the_panel_in_korean_not_the_flag(
    korean, panel, monkeypatch, tmp_path
):
    """The worker turns the core's DatasetError into the window's sentence, in Korean."""
    from cnngui.core.model.spec import LayerSpec, ModelSpec
    from cnngui.ui.workers import TrainingWorker

    monkeypatch.setattr(datasets, "_candidates", lambda key: [tmp_path / f"{key}.npz"])

    def no_network(key):
        raise OSError("Temporary failure in name resolution")

    monkeypatch.setattr(datasets, "_download", no_network)
    spec = ModelSpec("t", (28, 28, 1), (LayerSpec.create("Flatten"), LayerSpec.create("Dense")))
    worker = TrainingWorker(spec, TrainingConfig(dataset="fashion_mnist"))
    failures: list[str] = []
    worker.failed.connect(failures.append)
    worker._run()
    assert len(failures) == 1
    panel._on_failed(failures[0])
    shown = panel.message.text()
    assert "Fashion-MNIST" in shown and "학습 시작" in shown and "이미지" in shown
    assert "--dataset" not in shown and not re.search("[a-z]{4,} [a-z]{4,}", shown)


def test_a_damaged_project_and_the_run_list_read_in_korean(korean, window, tmp_path, monkeypatch):
    """An Open error names the file in Korean; a run's label and ending in the run list too."""
    from PySide6.QtWidgets import QMessageBox

    from cnngui.core.project.runs import RunRecord, default_label
    from cnngui.core.training import EpochMetrics

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    empty = tmp_path / "lesson.cnnproj"
    empty.write_text("")
    assert not window.files.open_path(empty)
    assert shown and str(empty) in shown[-1] and "빈 파일" in shown[-1]
    assert "empty" not in shown[-1]

    config = TrainingConfig(limit=500)
    record = RunRecord(
        label=default_label(0, window.editor.spec, config),
        config=config,
        history=[EpochMetrics(1, 0.3, 0.9, 0.3, 0.9, 0.001, 1.0, 100.0)],
        reason="stopped",
        test_accuracy=0.97,
        stopped_at=[1, 120, 469],
    )
    window.workspace.runs.append(record)
    window.network.show_document()
    item = window.training.curves.run_list.item(0).text()
    assert "배치 64" in item and "이미지 500장" in item and "테스트 정확도 97.0%" in item
    assert "469" in item and "batches" not in item and "images" not in item


def test_the_training_device_reads_in_korean_in_the_window(korean, window):
    window.on_tf_ready(phrase("CPU — no GPU found"), 2.5)
    assert "GPU를 찾지 못했습니다" in window.training.device.text()
    assert "GPU를 찾지 못했습니다" in window.statusBar().currentMessage()
    assert window.device == "CPU — no GPU found"  # kept in English for the HTML report
