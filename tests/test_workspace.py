"""The Workspace, headless: one owner of the project, the active network and the runs."""

from __future__ import annotations

import os

import numpy as np
import pytest

from cnngui.core.model.keras_build import build_model
from cnngui.core.model.presets import get_preset
from cnngui.core.project.workspace import UNTITLED, Workspace
from cnngui.core.training import EpochMetrics, Evaluation, TrainingConfig
from cnngui.core.training.events import RunOutcome

keras = pytest.importorskip("keras")


def metrics(epoch: int, acc: float) -> EpochMetrics:
    return EpochMetrics(epoch, 1 - acc, acc, 1 - acc, acc, 0.001, 1.0, 100.0)


def evaluation(acc: float) -> Evaluation:
    confusion = np.eye(10, dtype=np.int64) * 10
    return Evaluation(acc, 1 - acc, confusion, np.zeros(100, int), np.ones(100), np.array([], int))


def outcome(model, reason: str, acc: float, epochs: int = 1, stopped_at=None) -> RunOutcome:
    weights = [w + acc for w in model.get_weights()]  # recognisable weights
    return RunOutcome(
        reason=reason,
        message=reason,
        history=[metrics(e + 1, acc) for e in range(epochs)],
        evaluation=evaluation(acc),
        device="CPU",
        seconds=1.0,
        weights=weights,
        batch_curve=[[i / 100, 2.0 - i / 100] for i in range(1000)],
        stopped_at=stopped_at,
        images=20_000,
    )


@pytest.fixture
def ws():
    spec = get_preset("mlp")
    w = Workspace(spec)
    bundled = build_model(spec)
    w.set_bundled(bundled, spec)
    return w


def test_a_stopped_run_does_not_replace_a_better_network(ws):
    spec = ws.editor.spec
    good = build_model(spec)
    ws.record_run(outcome(good, "completed", 0.972, 3), TrainingConfig(), spec, good)
    assert ws.active.run == 0 and ws.active.accuracy == pytest.approx(0.972)
    kept = [w.copy() for w in ws.active.model.get_weights()]
    bad = build_model(spec)
    ws.record_run(outcome(bad, "stopped", 0.52, 0, [1, 120, 469]), TrainingConfig(), spec, bad)
    assert ws.active.run == 0  # still run 1's weights
    for a, b in zip(ws.active.model.get_weights(), kept):
        np.testing.assert_array_equal(a, b)
    assert ws.runs[1].describe_end().startswith("stopped in epoch 1 after 120 of 469 batches")
    ws.use_run(1, build_model(spec))  # the student chooses it
    assert ws.active.run == 1 and "run 2" in ws.active.origin


def test_a_better_stopped_run_does_replace_it(ws):
    spec = ws.editor.spec
    first = build_model(spec)
    ws.record_run(outcome(first, "completed", 0.90), TrainingConfig(), spec, first)
    second = build_model(spec)
    ws.record_run(outcome(second, "stopped", 0.95, 2, [3, 10, 50]), TrainingConfig(), spec, second)
    assert ws.active.run == 1


def test_new_resets_everything(ws, tmp_path):
    spec = ws.editor.spec
    model = build_model(spec)
    ws.record_run(outcome(model, "completed", 0.9), TrainingConfig(), spec, model)
    ws.set_evaluation(evaluation(0.9), None, None, None)
    ws.save(tmp_path / "lesson.cnnproj")
    events = []
    for kind in ("reset", "active", "runs", "evaluation", "name"):
        ws.connect(kind, lambda k=kind: events.append(k))
    ws.new()
    assert ws.runs == [] and ws.last_evaluation is None and ws.path is None
    assert ws.name == UNTITLED and ws.editor.spec.layers == ()
    assert ws.active is ws.bundled and not ws.has_unsaved_work()
    assert {"reset", "active", "runs", "evaluation", "name"} <= set(events)


def test_save_and_reopen_keep_every_run_detail(ws, tmp_path):
    spec = ws.editor.spec
    model = build_model(spec)
    config = TrainingConfig(limit=20_000, epochs=3)
    ws.record_run(outcome(model, "completed", 0.97, 3), config, spec, model)
    ws.record_run(outcome(model, "stopped", 0.5, 0, [1, 7, 40]), config, spec, model)
    ws.set_visible(1, False)
    path = ws.save(tmp_path / "lesson1.cnnproj")
    assert ws.name == "lesson1" and not ws.has_unsaved_work()
    other = Workspace()
    other.open(path)
    assert other.name == "lesson1"
    first, second = other.runs
    assert len(first.batch_curve) == 400 and first.batch_curve[0] == [0.0, 2.0]
    assert first.images == 20_000 and "20,000 images" in first.label
    assert first.visible and not second.visible
    assert second.stopped_at == [1, 7, 40] and second.describe_end().startswith("stopped")
    assert not first.label.lower().startswith("run")  # the list adds "Run N:" itself
    assert other.active.origin == "the network saved in lesson1.cnnproj"
    assert "from " not in other.active.origin.split("saved in")[0]


def test_import_names_where_the_network_came_from(ws, tmp_path):
    path = tmp_path / "exported.keras"
    build_model(get_preset("mlp")).save(path)
    ws.import_keras(path)
    assert ws.active.origin == "the network imported from exported.keras"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_saved_projects_get_the_umask(ws, tmp_path):
    old = os.umask(0o022)
    try:
        model = build_model(ws.editor.spec)
        ws.record_run(outcome(model, "completed", 0.9), TrainingConfig(), ws.editor.spec, model)
        path = ws.save(tmp_path / "shared.cnnproj")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
    assert path.with_suffix(".keras").stat().st_mode & 0o777 == 0o644


def test_an_imported_raw_pixel_network_is_fed_its_way_and_keeps_it_when_saved(tmp_path):
    """Import, project save and reopen all feed the network pixels 0–255, as it was trained."""
    from cnngui.core.datasets import mnist_test_digits

    keras.utils.set_random_seed(4)
    x, y = mnist_test_digits(3000)
    L = keras.layers
    model = keras.Sequential(
        [keras.Input((28, 28, 1)), L.Flatten(), L.Dense(48, activation="relu"), L.Dense(10)]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(1e-3),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    )
    model.fit(x[500:, ..., None] * 255.0, y[500:], epochs=8, batch_size=32, verbose=0)
    path = tmp_path / "raw.h5"
    model.save(path)
    ws = Workspace()
    notes = ws.import_keras(path)
    assert "pixels 0–255" in notes[0]
    np.testing.assert_allclose(ws.active.fit(x[0]), x[0][..., None] * 255, atol=1e-4)
    saved = ws.save(tmp_path / "raw-lesson.cnnproj")
    again = Workspace()
    again.open(saved)
    assert again.active.feed is not None and again.active.feed.convention.scale == 255
    batch = again.active.fit_batch(x[:5, ..., None])
    assert batch.shape == (5, 28, 28, 1) and float(batch.max()) > 1.5


def test_epoch_weights_are_kept_per_run_and_saved_with_the_project(ws, tmp_path):
    spec = ws.editor.spec
    model = build_model(spec)
    store = ws.new_epoch_store()
    base = model.get_weights()
    for epoch in (1, 2, 3):
        store.add(epoch, [w + epoch for w in base])
    ws.record_run(outcome(model, "completed", 0.9, 3), TrainingConfig(), spec, model, store)
    path = ws.save(tmp_path / "scrub.cnnproj")
    assert (tmp_path / "scrub.run1.epochs").is_file()
    again = Workspace()
    again.open(path)
    kept = again.epoch_weights[0]
    assert kept.epochs == [1, 2, 3]
    np.testing.assert_array_equal(kept.get(2)[0], base[0] + 2)
    assert ws.new_epoch_store().budget_bytes < store.budget_bytes + 1  # bounded per project


def test_any_network_can_be_made_active(ws):
    model = build_model(ws.editor.spec)
    ws.use_network(model, ws.editor.spec, "Ana's hand-in")
    assert ws.active.model is model and ws.active.origin == "Ana's hand-in"
