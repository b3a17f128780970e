"""Training, dataset and project messages are phrases: English on the command line,
template and values for the window (which translates them, see tests/ui/test_i18n_train.py)."""

from __future__ import annotations

import numpy as np
import pytest

from cnngui.core import datasets
from cnngui.core.datasets import Dataset, DatasetError, load_dataset
from cnngui.core.errors import UserError, for_window
from cnngui.core.phrases import Phrase, phrase_of, render
from cnngui.core.training import TrainingConfig
from cnngui.core.training.epoch_weights import EpochWeights
from cnngui.core.training.run import _failure_message, unsettled_batchnorm


def marked(template: str) -> str:
    """A fake translator: every template in brackets, so a test sees which were translated."""
    return f"<{template}>"


def raised(fn, *args, **kwargs) -> BaseException:
    with pytest.raises(UserError) as info:
        fn(*args, **kwargs)
    return info.value


# -- training settings and run messages -----------------------------------------------------


@pytest.mark.parametrize(
    ("change", "english"),
    [
        ({"epochs": 0}, "epochs must be a whole number from 1 to 100,000, not 0."),
        ({"optimizer": "ada"}, "unknown optimizer 'ada'; choose one of adam, rmsprop, sgd, "),
        (
            {"learning_rate": -1.0},
            "learning_rate must be a positive number such as 0.001, not -1.0.",
        ),
        ({"validation_split": 1.0}, "validation_split must be a fraction from 0 to below 1"),
        ({"augmentation": "yes"}, "augmentation must be true or false, not 'yes'."),
    ],
)
def test_config_errors_are_phrases(change, english):
    err = raised(TrainingConfig(**change).validate)
    assert isinstance(phrase_of(err), Phrase)
    assert str(err).startswith(english)
    assert render(err, marked).startswith("<")


def test_unknown_setting_in_a_file_is_a_phrase():
    err = raised(TrainingConfig.from_json, {"epochz": 3})
    assert isinstance(phrase_of(err), Phrase) and str(err).startswith("unknown training setting")


def test_run_messages_are_phrases():
    from cnngui.core.model.spec import LayerSpec, ModelSpec
    from cnngui.core.training import EpochMetrics

    oom = _failure_message(RuntimeError("ResourceExhaustedError: OOM when allocating"))
    assert isinstance(oom, Phrase) and oom.startswith("training ran out of memory")
    other = _failure_message(ValueError("bad thing"))
    assert other == "training failed: bad thing"
    assert render(other, marked) == "<training failed: {reason}>".format(reason="bad thing")

    spec = ModelSpec("bn", (28, 28, 1), (LayerSpec.create("BatchNormalization"),))
    m = EpochMetrics(1, 0.4, 0.86, None, None, 0.001, 1.0, 1.0)
    note = unsettled_batchnorm(spec, 170, [m], 0.14)
    assert isinstance(note, Phrase)
    assert "had only 170 batches to settle, about 500 are needed" in note


def test_a_finished_run_is_one_phrase_of_its_parts():
    pytest.importorskip("keras")
    from cnngui.core.training import train
    from tests.test_training import cfg, squares, tiny_spec

    result = train(tiny_spec(), cfg(epochs=1), squares(n=64, m=16))
    assert result.reason == "completed", result.message
    assert isinstance(result.message, Phrase)
    assert result.message.startswith("completed 1 epoch(s). Test accuracy ")
    shown = render(result.message, marked)
    assert shown.startswith("<completed 1 epoch(s).> <Test accuracy ")


def test_nan_result_is_a_phrase_with_its_fix():
    pytest.importorskip("keras")
    from cnngui.core.training import train
    from tests.test_training import cfg, squares, tiny_spec

    result = train(tiny_spec(), cfg(learning_rate=1e6, optimizer="sgd"), squares())
    assert result.reason == "nan"
    assert isinstance(result.message, Phrase)
    assert result.message.endswith("lower the learning rate or add BatchNormalization.")
    assert "<lower the learning rate or add BatchNormalization>" in render(result.message, marked)


def test_the_cpu_device_is_a_phrase(monkeypatch):
    from cnngui.core.training import device

    monkeypatch.setattr(device, "gpus", lambda: ())
    text = device.describe_device()
    assert text == "CPU — no GPU found" and isinstance(text, Phrase)


def test_epoch_weight_texts_are_phrases():
    store = EpochWeights(1024 * 1024)
    assert str(store.describe()) == "No epoch weights kept yet (up to 1.0 MB per project)."
    store.add(1, [np.zeros(10, np.float32)])
    assert store.describe() == "1 epoch kept, 0 KB each, 0 KB in all (up to 1.0 MB per project)."
    assert isinstance(store.describe(), Phrase)
    err = raised(store.get, 3)
    assert str(err) == "the weights of epoch 3 were not kept (kept: 1)."
    err = raised(EpochWeights.from_bytes, b"junk")
    assert (
        str(err)
        == "the project's epoch weights are damaged; the run's replay is lost, train again."
    )
    assert render(err, marked).startswith("<<the project's epoch weights> are damaged")


# -- datasets ---------------------------------------------------------------------------------


def offline(monkeypatch, tmp_path):
    monkeypatch.setattr(datasets, "_candidates", lambda key: [tmp_path / f"{key}.npz"])

    def no_network(key):
        raise OSError("Temporary failure in name resolution")

    monkeypatch.setattr(datasets, "_download", no_network)


def test_offline_fashion_mnist_names_the_flag_on_the_cli_and_the_panel_in_the_window(
    monkeypatch, tmp_path
):
    offline(monkeypatch, tmp_path)
    with pytest.raises(DatasetError) as info:
        load_dataset("fashion_mnist")
    err = info.value
    cli = str(err)
    assert cli.startswith("fashion_mnist was not found in ") and isinstance(phrase_of(err), Phrase)
    assert cli.endswith("or give the path of a .npz file with --dataset.")
    window = for_window(err)
    assert isinstance(window, Phrase) and "--dataset" not in window
    assert "Fashion-MNIST" in window and "Start training" in window and "under Images" in window


def test_missing_and_damaged_dataset_files_are_phrases(tmp_path):
    missing = tmp_path / "nope.npz"
    with pytest.raises(DatasetError) as info:
        load_dataset(str(missing))
    assert str(info.value).startswith(f"dataset file {missing} does not exist; give the path")
    assert "--" not in for_window(info.value) and "under Images" in for_window(info.value)

    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a zip")
    with pytest.raises(DatasetError) as info:
        load_dataset(str(broken))
    assert isinstance(phrase_of(info.value), Phrase)
    assert str(info.value).startswith(f"{broken} ")
    assert for_window(info.value) is info.value  # the same sentence fits both


def test_bad_arrays_are_phrases(tmp_path):
    x = np.zeros((3, 28, 28), np.uint8)
    path = tmp_path / "labels.npz"
    np.savez(path, x_train=x, y_train=np.array([0, 1, 12]), x_test=x, y_test=np.zeros(3))
    with pytest.raises(DatasetError) as info:
        load_dataset(str(path))
    assert isinstance(phrase_of(info.value), Phrase)
    assert str(info.value).startswith("labels: y_train has labels from 0 to 12, outside 0–9")


def test_dataset_description_is_a_phrase():
    x = np.zeros((2, 28, 28, 1), np.float32)
    d = Dataset("d", x, np.zeros(2, np.int64), x[:1], np.zeros(1, np.int64), ["a", "b"])
    assert d.describe() == "d: 2 training and 1 test images of 28×28, 2 classes"
    assert isinstance(d.describe(), Phrase)


# -- files, projects, runs, origins -----------------------------------------------------------


def test_file_errors_are_phrases(tmp_path):
    from cnngui.core.files import parse_json, read_user_file

    err = raised(read_user_file, tmp_path / "gone.json", "spec file")
    assert str(err) == f"{tmp_path / 'gone.json'}: no such file."
    assert isinstance(phrase_of(err), Phrase)
    err = raised(read_user_file, tmp_path, "spec file")
    assert str(err) == f"{tmp_path}: is a folder, not a spec file."
    err = raised(parse_json, "{", UserError, "a spec")
    assert str(err).startswith("not valid JSON (line 1, column 2: ")
    assert render(err, marked).startswith("<not valid JSON (line 1, column 2: ")


def test_project_file_errors_and_warnings_are_phrases(tmp_path):
    from cnngui.core.project.file import ProjectError, load_project

    empty = tmp_path / "empty.cnnproj"
    empty.write_text("  ")
    with pytest.raises(ProjectError) as info:
        load_project(empty)
    assert str(info.value) == f"{empty}: the file is empty, so there is no project in it."
    assert isinstance(phrase_of(info.value), Phrase)

    cut = tmp_path / "cut.cnnproj"
    cut.write_text('{"format": "cnngui-project", "spec": ')
    with pytest.raises(ProjectError) as info:
        load_project(cut)
    assert str(info.value) == (
        f"{cut}: the file is damaged — not valid JSON (it ends too early (truncated))."
    )
    assert "<it ends too early (truncated)>" in render(info.value, marked)

    spec = tmp_path / "net.json"
    spec.write_text(
        '{"format": "cnngui-model", "version": 1, "name": "n", "input_shape": [28, 28, 1],'
        ' "layers": [{"type": "Flatten"}, {"type": "Dense", "units": 10}]}'
    )
    note = load_project(spec, load_model=False).warnings[0]
    assert note == "net.json is a model spec, not a project: opened its network, with no runs."
    assert isinstance(note, Phrase)


def test_a_damaged_run_keeps_its_reason_translatable(tmp_path):
    from cnngui.core.project.file import load_project

    path = tmp_path / "p.cnnproj"
    path.write_text(
        '{"format": "cnngui-project", "version": 1, "spec": {"format": "cnngui-model",'
        ' "version": 1, "name": "n", "input_shape": [28, 28, 1], "layers": [{"type":'
        ' "Flatten"}, {"type": "Dense", "units": 10}]}, "runs": [{"history": 3}]}'
    )
    warning = load_project(path, load_model=False).warnings[0]
    assert warning == "p.cnnproj: run 1 is damaged and was skipped (its history is not a list)."
    assert render(warning, marked) == (
        "<{name}: run {number} is damaged and was skipped ({reason}).>".format(
            name="p.cnnproj", number=1, reason="<its history is not a list>"
        )
    )


def test_run_labels_and_endings_are_phrases():
    from cnngui.core.project.runs import default_label, end_text

    config = TrainingConfig(optimizer="rmsprop", learning_rate=0.0005, limit=500)
    label = default_label(1, None, config)
    assert label == "model · rmsprop lr 0.0005, batch 64, 500 images"
    assert render(label, marked) == "<model> · rmsprop lr 0.0005, <batch 64>, <500 images>"
    end = end_text("stopped", 1, [2, 120, 469], 0.52)
    assert end == "stopped in epoch 2 after 120 of 469 batches, test accuracy 52.0%"
    assert isinstance(end, Phrase)
    assert end_text("completed", 1, None, None) == "1 epoch"
    assert end_text("early-stopped", 4, None, 0.9) == "4 epochs, early-stopped, test accuracy 90.0%"
    # a run whose loss went NaN says so in words, not as the reason code "nan"
    assert end_text("nan", 1, None, None) == "1 epoch, loss NaN"


def test_autosave_description_is_a_phrase(tmp_path):
    from cnngui.core.project.autosave import Recovery

    found = Recovery(tmp_path / "a.cnnproj", "lesson", "2026-12-02T10:11:12", None, None)
    assert found.describe() == "lesson (never saved), autosaved 2026-12-02 10:11"
    assert isinstance(found.describe(), Phrase)
    found = Recovery(tmp_path / "a.cnnproj", "lesson", "2026-12-02T10:11:12", "/x/l.cnnproj", 1)
    assert found.describe() == "lesson (from l.cnnproj), autosaved 2026-12-02 10:11"


def test_origins_are_phrases_and_a_user_stop_is_not_called_early_stopping():
    pytest.importorskip("keras")
    from cnngui.core.model.keras_build import build_model
    from cnngui.core.model.presets import get_preset
    from cnngui.core.project.workspace import Workspace
    from tests.test_workspace import outcome

    spec = get_preset("mlp")
    ws = Workspace(spec)
    ws.set_bundled(build_model(spec), spec)
    assert ws.active.origin == "the bundled network trained on MNIST"
    assert isinstance(ws.active.origin, Phrase)
    model = build_model(spec)
    ws.record_run(outcome(model, "completed", 0.981, 3), TrainingConfig(), spec, model)
    assert ws.active.origin == "run 1 — 3 epochs trained, test accuracy 98.1%"
    assert isinstance(ws.active.origin, Phrase)
    model = build_model(spec)
    ws.record_run(outcome(model, "stopped", 0.99, 1, [2, 5, 40]), TrainingConfig(), spec, model)
    assert ws.active.origin == "run 2 — 1 epoch trained (stopped by you), test accuracy 99.0%"
    assert "early" not in ws.active.origin
