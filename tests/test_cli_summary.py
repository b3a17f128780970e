"""`cnngui summary` and `cnngui presets` as a user runs them: real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cnngui.core.model.presets import PRESETS, get_preset


def cnngui(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cnngui", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_summary_table_of_a_preset():
    out = cnngui("summary", "--preset", "three-conv")
    assert out.returncode == 0, out.stderr
    assert "Total params: 93,322" in out.stdout
    assert "3×3×64" in out.stdout


def test_summary_json_many_files(tmp_path):
    paths = []
    for name in PRESETS:
        p = tmp_path / f"{name}.json"
        get_preset(name).save(p)
        paths.append(str(p))
    out = cnngui("summary", "--json", *paths)
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [row["file"] for row in lines] == paths
    three = lines[list(PRESETS).index("three-conv")]
    assert three["ok"] is True
    assert three["total_params"] == 93_322
    assert three["input_shape"] == [28, 28, 1]
    assert three["layers"][0] == {
        "index": 0,
        "type": "Conv2D",
        "output_shape": [28, 28, 32],
        "params": 320,
        "trainable_params": 320,
        "non_trainable_params": 0,
        "macs": 28 * 28 * 32 * 9,
    }
    assert {"trainable_params", "non_trainable_params", "total_macs", "name"} <= set(three)


BAD = {
    "missing": None,
    "notjson": "this is not json",
    "wrongtype": '{"layers": [{"type": "Dense", "units": "many"}]}',
    "negative": '{"layers": [{"type": "Conv2D", "filters": -4, "kernel_size": 3}]}',
    "unknown": '{"layers": [{"type": "Transformer"}]}',
    "impossible": '{"layers": [{"type": "Conv2D", "filters": 4, "kernel_size": 40}]}',
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_exit_2_one_sentence(tmp_path, case):
    path = tmp_path / f"{case}.json"
    if BAD[case] is not None:
        path.write_text(BAD[case])
    out = cnngui("summary", str(path))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert str(path) in out.stderr
    js = cnngui("summary", "--json", str(path))
    assert js.returncode == 2
    row = json.loads(js.stdout)
    assert row["ok"] is False and row["file"] == str(path) and row["error"]


def test_one_bad_file_does_not_hide_the_good_ones(tmp_path):
    good = tmp_path / "good.json"
    get_preset("mlp").save(good)
    out = cnngui("summary", "--json", str(tmp_path / "missing.json"), str(good))
    assert out.returncode == 2
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["ok"] for r in rows] == [False, True]


def test_unknown_preset_and_no_input():
    out = cnngui("summary", "--preset", "nope")
    assert out.returncode == 2 and "unknown preset" in out.stderr
    out = cnngui("summary")
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_presets_lists_every_preset():
    out = cnngui("presets")
    assert out.returncode == 0
    for name in PRESETS:
        assert name in out.stdout
