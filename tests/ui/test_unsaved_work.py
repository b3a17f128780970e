"""Nothing lost: unsaved-changes questions, autosave, restore after a crash, past runs reopen."""

from __future__ import annotations

import json
import os

import pytest

from cnngui.core.model.presets import get_preset
from cnngui.core.project import Autosaver, Project, RunRecord, list_recoveries, save_project
from cnngui.core.training import EpochMetrics, TrainingConfig, TrainingResult


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("CNNGUI_DATA_DIR", str(folder))
    return folder


def _dead_pid() -> int:
    pid = 999_999
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except PermissionError:
            pass
        pid -= 1


def _edit(window):
    """One undoable edit in the builder (makes the work unsaved)."""
    window.builder.add_layer("Dropout")
    assert window.files.has_unsaved_work()


def test_close_asks_and_cancel_keeps_the_window(window, monkeypatch):
    asked = []
    monkeypatch.setattr(type(window), "ask_unsaved", lambda self: asked.append(1) or "cancel")
    _edit(window)
    assert window.close() is False
    assert asked and window.isVisible()
    assert window.windowTitle().split(" — ")[0].endswith("*")


def test_new_asks_and_save_writes_the_project(window, monkeypatch, tmp_path):
    target = tmp_path / "work.cnnproj"
    monkeypatch.setattr(type(window), "ask_unsaved", lambda self: "save")
    monkeypatch.setattr(type(window.files), "save_as", lambda self: self.save_to(target))
    _edit(window)
    window.files.new_project()
    assert target.exists()
    assert window.editor.spec.layers == ()
    assert not window.files.has_unsaved_work()


def test_recovery_is_offered_and_restored(data_dir, window, monkeypatch):
    spec = get_preset("mlp")
    saver = Autosaver()
    path = saver.save(Project(spec, TrainingConfig(epochs=2)))
    # make it look left behind by a session that crashed: a process that no longer runs
    data = json.loads(path.read_text())
    data["autosave"]["pid"] = _dead_pid()
    path.write_text(json.dumps(data))
    offered = []
    monkeypatch.setattr(
        type(window), "ask_restore", lambda self, text: offered.append(text) or True
    )
    assert window.files.offer_recovery()
    assert offered and "mlp" in offered[0]
    assert window.editor.spec.layers == spec.layers
    assert window.training.config().epochs == 2
    assert window.files.has_unsaved_work()  # restored work is not saved until the user saves it
    assert list_recoveries(include_running=True) == []


def test_closing_without_asking_keeps_an_autosave(data_dir, window):
    _edit(window)
    window.ask_before_close = False
    window.close()
    assert window.files.autosaver.path.exists()
    assert [r.path for r in list_recoveries(include_running=True)] == [window.files.autosaver.path]


def test_clean_close_leaves_no_autosave(data_dir, window):
    _edit(window)
    assert window.files.autosave()
    window.close()  # the question's answer here is "discard"
    assert not window.files.autosaver.path.exists()


def test_opening_a_project_shows_its_past_runs(window, tmp_path):
    spec = get_preset("mlp")
    history = [
        EpochMetrics(1, 0.5, 0.85, 0.4, 0.88, 1e-3, 2.0, 1000.0),
        EpochMetrics(2, 0.3, 0.91, 0.3, 0.92, 1e-3, 2.0, 1000.0),
    ]
    result = TrainingResult("completed", "done", history, None, None, "CPU", 4.0)
    run = RunRecord.from_result(result, TrainingConfig(epochs=2), spec, "adam run", 1)
    path = tmp_path / "p.cnnproj"
    save_project(Project(spec, TrainingConfig(epochs=2), [run]), path)
    assert window.files.open_path(path)
    curves = window.training.ensure_curves()
    assert [r.label for r in curves.runs] == ["adam run"]
    assert curves.runs[0].loss == [0.5, 0.3]
    assert not window.files.has_unsaved_work()
