"""``cnngui selftest``: one line per check, exit 0 only when all pass."""

from __future__ import annotations

import numpy as np
import pytest

from cnngui.cli import main
from cnngui.core import selftest
from cnngui.core.resources import resource


def test_sample_digits_are_bundled_mnist_test_images():
    x, y = selftest.sample_digits()
    assert x.shape == (10, 28, 28) and x.dtype == np.float32
    assert sorted(y.tolist()) == list(range(10))
    with np.load(resource("mnist.npz")) as f, np.load(resource(selftest.SAMPLE_DIGITS)) as s:
        np.testing.assert_array_equal(f["x_test"][s["index"]], s["x"])


def test_selftest_passes_with_one_line_per_check(capsys):
    assert main(["selftest"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    names = [
        "device",
        "default model",
        "sample digits",
        "presets",
        "training step",
        "project file",
        "qt widgets",
    ]
    assert len(lines) == len(names) + 1
    for line, name in zip(lines, names):
        assert line.startswith("ok   ") and name in line
    assert lines[-1] == f"selftest: all {len(names)} checks passed"


def test_a_failing_check_fails_the_selftest(capsys, monkeypatch, tmp_path):
    """A bundle that lost a resource says which check failed and exits 1."""
    real = selftest.resource
    monkeypatch.setattr(
        selftest,
        "resource",
        lambda name: tmp_path / name if name == selftest.SAMPLE_DIGITS else real(name),
    )
    assert main(["selftest", "--no-gui"]) == 1
    out = capsys.readouterr().out
    assert "FAIL sample digits" in out and "is missing" in out
    assert "ok   presets" in out  # the other checks still ran
    assert "selftest: 1 of 6 checks FAILED (sample digits)" in out


def test_unexpected_errors_are_reported_not_raised(monkeypatch):
    def boom():
        raise RuntimeError("kaput\nwith a second line")

    lines: list[str] = []
    ok = selftest.run_selftest(lines.append, extra=[("boom", boom)])
    assert not ok
    assert any(
        line.startswith("FAIL boom") and "RuntimeError: kaput with" in line for line in lines
    )


@pytest.mark.parametrize("name", ["sample_digits.npz", "default_model.keras", "mnist.npz"])
def test_resources_the_bundle_needs_exist(name):
    assert resource(name).is_file()


@pytest.mark.parametrize("script", ["build.sh", "smoke_test.sh", "install_desktop.sh"])
def test_packaging_scripts_are_executable_bash(root, script):
    import os
    import subprocess

    path = root / "packaging" / script
    assert os.access(path, os.X_OK)
    assert subprocess.run(["bash", "-n", str(path)], capture_output=True).returncode == 0


def test_desktop_entry_and_icons(root):
    entry = (root / "resources" / "cnngui.desktop").read_text().splitlines()
    keys = dict(line.split("=", 1) for line in entry if "=" in line)
    assert entry[0] == "[Desktop Entry]" and keys["Type"] == "Application"
    assert keys["Exec"].startswith("cnngui gui") and keys["Icon"] == "cnngui"
    from PIL import Image

    assert Image.open(root / "resources" / "icons" / "cnngui.png").size == (256, 256)
    assert (root / "resources" / "icons" / "cnngui.svg").read_text().startswith("<?xml")
