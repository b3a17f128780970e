"""Project files: round trip, atomic saves, forgiving loads, autosave and recovery."""

from __future__ import annotations

import json
import os
import sys

import numpy as np
import pytest

from cnngui.core import project as proj
from cnngui.core.errors import UserError
from cnngui.core.model.presets import get_preset
from cnngui.core.project import (
    Autosaver,
    Project,
    ProjectError,
    RunRecord,
    list_recoveries,
    load_project,
    save_project,
    weights_path_for,
)
from cnngui.core.training import EpochMetrics, Evaluation, TrainingConfig, TrainingResult


def _result(epochs: int = 2, reason: str = "completed") -> TrainingResult:
    history = [
        EpochMetrics(e, 1.0 / e, 0.5 + e / 10, 0.9 / e, 0.6, 1e-3, 2.0, 1000.0)
        for e in range(1, epochs + 1)
    ]
    history[-1].val_loss = None  # a run without validation in its last epoch
    confusion = np.eye(10, dtype=np.int64) * 5
    ev = Evaluation(0.97, 0.1, confusion, np.zeros(3), np.ones(3), np.array([1, 2]))
    return TrainingResult(reason, "done.", history, None, ev, "CPU — no GPU found", 12.5)


@pytest.fixture(scope="module")
def model():
    from cnngui.core.model.keras_build import build_model

    return build_model(get_preset("mlp"))


def test_round_trip_keeps_spec_config_runs_and_model(tmp_path, model):
    spec = get_preset("mlp")
    config = TrainingConfig(epochs=3, learning_rate=0.01, schedule="cosine", augmentation=True)
    project = Project(spec, config)
    record = project.add_run(_result(), config)
    assert record.label.startswith("mlp · adam lr 0.01")
    project.add_run(_result(1, "stopped"), label="my second try")
    path = save_project(project, tmp_path / "lesson")
    assert path.name == "lesson.cnnproj" and not weights_path_for(path).exists()
    save_project(project, path, model=model)
    assert weights_path_for(path) == tmp_path / "lesson.keras"
    assert weights_path_for(path).is_file()

    loaded = load_project(path)
    assert loaded.warnings == []
    p = loaded.project
    assert p.spec == spec and p.config == config
    assert [r.label for r in p.runs] == [record.label, "my second try"]
    assert p.runs[0].history == project.runs[0].history
    assert p.runs[0].confusion[3][3] == 5 and p.runs[0].test_accuracy == 0.97
    assert p.runs[1].reason == "stopped" and p.runs[0].spec == spec
    assert p.trained_spec.layers == spec.layers
    x = np.random.default_rng(1).random((3, 28, 28, 1)).astype("float32")
    np.testing.assert_allclose(loaded.model(x).numpy(), model(x).numpy(), atol=1e-6)
    data = json.loads(path.read_text())
    assert data["format"] == "cnngui-project" and data["version"] == 1
    assert data["weights"]["file"] == "lesson.keras"


def test_save_as_elsewhere_copies_the_weights(tmp_path, model):
    project = Project(get_preset("mlp"))
    first = save_project(project, tmp_path / "a.cnnproj", model=model)
    other = tmp_path / "sub"
    other.mkdir()
    second = save_project(load_project(first, load_model=False).project, other / "b.cnnproj")
    assert (other / "b.keras").is_file()
    assert load_project(second).model is not None


def test_failed_save_leaves_the_previous_file(tmp_path, monkeypatch, model):
    path = save_project(Project(get_preset("mlp")), tmp_path / "keep.cnnproj", model=model)
    before = path.read_bytes(), weights_path_for(path).read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    changed = Project(get_preset("lenet-5"))
    with pytest.raises(ProjectError, match="previous file is unchanged"):
        save_project(changed, path)
    with pytest.raises(ProjectError, match="No space left"):
        save_project(changed, path, model=model)
    monkeypatch.undo()
    assert (path.read_bytes(), weights_path_for(path).read_bytes()) == before
    assert [f.name for f in tmp_path.iterdir() if f.name.startswith(".")] == []
    bad = Project(get_preset("mlp"))
    bad.runs.append(RunRecord("x", TrainingConfig(), confusion=[[object()]]))
    with pytest.raises(ProjectError):
        save_project(bad, path)
    assert path.read_bytes() == before[0]


def test_missing_weights_loads_the_rest(tmp_path, model):
    project = Project(get_preset("mlp"))
    project.add_run(_result())
    path = save_project(project, tmp_path / "p.cnnproj", model=model)
    weights_path_for(path).unlink()
    loaded = load_project(path)
    assert loaded.model is None and len(loaded.project.runs) == 1
    assert len(loaded.warnings) == 1 and "p.keras is missing" in loaded.warnings[0]


def test_damaged_weights_load_the_rest(tmp_path, model):
    path = save_project(Project(get_preset("mlp")), tmp_path / "p.cnnproj", model=model)
    weights_path_for(path).write_bytes(b"PK\x03\x04 not really")
    loaded = load_project(path)
    assert loaded.model is None and "could not be loaded" in loaded.warnings[0]


def test_newer_version_loads_what_it_can(tmp_path):
    path = save_project(Project(get_preset("mlp")), tmp_path / "p.cnnproj")
    data = json.loads(path.read_text())
    data["version"] = 7
    data["shiny_new_thing"] = {"x": 1}
    path.write_text(json.dumps(data))
    loaded = load_project(path)
    assert loaded.project.spec == get_preset("mlp")
    assert "newer cnngui" in loaded.warnings[0] and "format 7" in loaded.warnings[0]


def test_damaged_parts_are_skipped_with_a_warning(tmp_path):
    project = Project(get_preset("mlp"))
    project.add_run(_result())
    project.add_run(_result(3))
    path = save_project(project, tmp_path / "p.cnnproj")
    data = json.loads(path.read_text())
    data["config"]["epochs"] = -4
    data["runs"][0]["history"] = "lots"
    data["runs"][1]["history"][0]["loss"] = "a lot"
    data["runs"].append(17)
    path.write_text(json.dumps(data))
    loaded = load_project(path)
    assert loaded.project.config == TrainingConfig()
    assert loaded.project.runs == []
    assert len(loaded.warnings) == 4
    assert "epochs" in loaded.warnings[0]
    assert all("\n" not in w for w in loaded.warnings)


def test_a_model_spec_opens_as_a_project(tmp_path):
    path = tmp_path / "net.json"
    get_preset("lenet-5").save(path)
    loaded = load_project(path)
    assert loaded.project.spec == get_preset("lenet-5") and "model spec" in loaded.warnings[0]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"not json at all", "not valid JSON"),
        (b'{"format": "cnngui-project", "spec": {"layers": [', "truncated"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not a text file"),
        (b"[1, 2, 3]", "not an object"),
        (b'{"format": "word-document"}', "word-document"),
        (b'{"spec": {}}', "no format name"),
        (b'{"format": "cnngui-project", "spec": 3}', "network cannot be read"),
        (b'{"format": "cnngui-project"}', "network cannot be read"),
        (b'{"format": "cnngui-project", "spec": {"layers": [{"type": "Warp"}]}}', "Warp"),
        (b'{"format": "cnngui-project", "version": ' + b"9" * 5000 + b"}", "number too long"),
        (b"[" * 100_000, "nesting too deep"),
    ],
)
def test_unreadable_files_give_one_sentence(tmp_path, content, needle):
    path = tmp_path / "bad.cnnproj"
    path.write_bytes(content)
    with pytest.raises(ProjectError) as err:
        load_project(path)
    assert needle in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectError, match="no such file"):
        load_project(tmp_path / "nope.cnnproj")
    with pytest.raises(ProjectError, match="folder"):
        load_project(tmp_path)
    with pytest.raises(ProjectError, match="no such folder"):
        save_project(Project(get_preset("mlp")), tmp_path / "no" / "x.cnnproj")


def test_weights_reference_cannot_escape_the_folder(tmp_path, model):
    path = save_project(Project(get_preset("mlp")), tmp_path / "p.cnnproj", model=model)
    data = json.loads(path.read_text())
    data["weights"]["file"] = "../../etc/p.keras"
    path.write_text(json.dumps(data))
    loaded = load_project(path)  # resolves to p.keras beside the project, nowhere else
    assert loaded.project.weights_file == tmp_path / "p.keras"


def test_autosave_and_recovery(tmp_path, monkeypatch, model):
    monkeypatch.setenv(proj.DATA_DIR_ENV, str(tmp_path / "data"))
    assert list_recoveries() == []
    saver = Autosaver()
    project = Project(get_preset("mlp"))
    project.add_run(_result())
    saver.save(project, model=model, source=tmp_path / "lesson.cnnproj")
    assert saver.path.parent == tmp_path / "data" / "autosave"
    assert list_recoveries() == []  # this session's own autosave is not a crash's leftover
    found = list_recoveries(include_running=True)
    assert len(found) == 1 and "lesson.cnnproj" in found[0].describe()

    # A crashed session: same file, but its process is gone.
    data = json.loads(saver.path.read_text())
    data["autosave"]["pid"] = 2**22 + 12345
    saver.path.write_text(json.dumps(data))
    (recovery,) = list_recoveries()
    restored = proj.restore(recovery)
    assert restored.project.spec == get_preset("mlp") and len(restored.project.runs) == 1
    assert restored.model is not None
    proj.discard(recovery)
    assert list_recoveries(include_running=True) == []
    assert not weights_path_for(saver.path).exists()
    saver.save(project)
    saver.discard()
    assert list(saver.folder.iterdir()) == []


def test_a_damaged_autosave_is_still_listed(tmp_path):
    folder = tmp_path / "autosave"
    folder.mkdir()
    (folder / "autosave-1-2.cnnproj").write_bytes(b"\x00garbage")
    (recovery,) = list_recoveries(tmp_path)
    assert recovery.name == "unnamed network"
    with pytest.raises(UserError):
        proj.restore(recovery)


def test_user_data_dir_defaults(monkeypatch, tmp_path):
    monkeypatch.delenv(proj.DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    if os.name == "posix" and sys.platform.startswith("linux"):
        assert proj.user_data_dir() == tmp_path / "cnngui"
    assert proj.user_data_dir(tmp_path / "x") == tmp_path / "x"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_saved_files_get_the_users_umask(tmp_path):
    """A teacher's files in a shared folder must be readable by the students."""
    from cnngui.core.atomic import atomic_write_text

    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "a.txt", "x")
        save_project(Project(get_preset("mlp")), tmp_path / "p.cnnproj")
        os.umask(0o077)
        atomic_write_text(tmp_path / "private.txt", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "p.cnnproj").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "private.txt").stat().st_mode & 0o777 == 0o600
