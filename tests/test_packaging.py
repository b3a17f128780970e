"""The bundles' build environments: the CPU bundle on tensorflow-cpu, the GPU one on CUDA."""

from __future__ import annotations

import re
import shutil
import subprocess
from types import SimpleNamespace

import pytest

from cnngui.core import selftest
from cnngui.core.training import device


def names(lines: list[str]) -> list[str]:
    """Distribution names (lower case, extras kept) of requirement lines."""
    out = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(re.split(r"[<>=!~; ]", line, maxsplit=1)[0].lower())
    return out


def requirement_file(root, name):
    return names((root / "requirements" / name).read_text().splitlines())


@pytest.mark.parametrize(
    ("name", "tensorflow"),
    [("package-cpu.txt", "tensorflow-cpu"), ("package-gpu.txt", "tensorflow[and-cuda]")],
)
def test_build_environments_carry_every_runtime_dependency(root, name, tensorflow):
    """A dependency added to pyproject.toml must reach the bundles too."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    expected = names(project["dependencies"]) + names(project["optional-dependencies"]["package"])
    expected = [tensorflow if n == "tensorflow" else n for n in expected]
    assert sorted(requirement_file(root, name)) == sorted(expected)


def test_tensorflow_cpu_is_pinned_to_the_same_release_as_tensorflow(root):
    pins = dict(
        line.strip().split("==", 1)
        for line in (root / "requirements" / "constraints.txt").read_text().splitlines()
        if "==" in line
    )
    assert pins["tensorflow-cpu"] == pins["tensorflow"]


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize(
    ("target", "venv", "requirements", "bundle"),
    [
        ("package", ".venv-package-cpu", "package-cpu.txt", "cnngui"),
        ("package-gpu", ".venv-package-gpu", "package-gpu.txt", "cnngui-gpu"),
    ],
)
def test_make_builds_each_bundle_in_its_own_environment(root, target, venv, requirements, bundle):
    plan = subprocess.run(
        ["make", "-n", "-B", target], cwd=root, capture_output=True, text=True, check=True
    ).stdout
    assert f"PYTHON={venv}/bin/python CNNGUI_BUNDLE={bundle} packaging/build.sh" in plan
    assert f"-r requirements/{requirements}" in plan
    assert ".venv/bin" not in plan  # the development environment stays untouched


def test_selftest_names_the_tensorflow_build():
    build = selftest.tensorflow_build()
    assert build.endswith(("(CPU-only build)", ")")) and build[0].isdigit()
    assert selftest.SelfTest().check_device().startswith(f"TensorFlow {build} runs on ")


def test_require_gpu_fails_the_device_check_without_a_gpu(monkeypatch):
    monkeypatch.setattr(device, "gpus", lambda: ())
    assert selftest.SelfTest().check_device().endswith("CPU — no GPU found")
    with pytest.raises(selftest.CheckFailed, match="but a GPU was required"):
        selftest.SelfTest(require_gpu=True).check_device()


def test_require_gpu_passes_with_a_gpu(monkeypatch):
    gpu = SimpleNamespace(name="/physical_device:GPU:0")
    monkeypatch.setattr(device, "gpus", lambda: (gpu,))
    monkeypatch.setattr(device, "gpu_name", lambda _: "NVIDIA Test GPU")
    assert selftest.SelfTest(require_gpu=True).check_device().endswith("runs on NVIDIA Test GPU")
