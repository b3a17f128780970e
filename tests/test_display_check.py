"""The start-up check: every missing X11 library named, with its package, before Qt aborts."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cnngui.ui import display_check as dc

LINUX_X11 = {"DISPLAY": ":0"}
ICCCM, KEYSYMS = "libxcb-icccm.so.4", "libxcb-keysyms.so.1"


def fail_for(*names: str):
    def loader(name: str) -> object:
        if name in names:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    return loader


def qt_dirs_or_skip():
    dirs = dc._qt_dirs()
    if dirs is None:
        pytest.skip("this PySide6 has no xcb platform plugin")
    return dirs


def test_the_plugins_own_list_of_libraries_is_read():
    _shipped, plugin = qt_dirs_or_skip()
    needed = dc.needed_libraries(plugin)
    assert ICCCM in needed and KEYSYMS in needed and "libxcb-cursor.so.0" in needed
    assert dc.needed_libraries(Path(__file__)) == []  # not an ELF file


def test_every_missing_library_is_named_with_its_package():
    qt_dirs_or_skip()
    problem = dc.display_problem(LINUX_X11, "linux", fail_for(ICCCM, KEYSYMS))
    assert ICCCM in problem and KEYSYMS in problem
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in problem
    assert problem.count(";") == 1 and problem.endswith(".")  # one sentence


def test_a_library_missing_behind_another_is_the_one_named():
    qt_dirs_or_skip()

    def loader(name: str) -> object:
        if name == "libxkbcommon-x11.so.0":
            raise OSError("libxkbcommon.so.0: cannot open shared object file")
        return object()

    problem = dc.display_problem(LINUX_X11, "linux", loader)
    assert "libxkbcommon.so.0" in problem and "libxkbcommon0" in problem


def test_nothing_missing_or_not_x11_means_no_problem():
    qt_dirs_or_skip()
    assert dc.display_problem(LINUX_X11, "linux", fail_for()) is None
    everything = fail_for(ICCCM)
    assert dc.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", everything) is None
    assert dc.display_problem({"WAYLAND_DISPLAY": "w-0"}, "linux", everything) is None
    assert dc.display_problem(LINUX_X11, "win32", everything) is None


def test_no_display_says_how_to_run_without_one():
    problem = dc.display_problem({}, "linux", fail_for())
    assert "no display found" in problem and "QT_QPA_PLATFORM=offscreen" in problem


def test_package_names_follow_debian():
    assert dc.package_for("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert dc.package_for("libX11-xcb.so.1") == "libx11-xcb1"
    assert dc.package_for("libfoo2.so.3") == "libfoo2-3"
    for lib in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"):
        assert lib in dc.DESKTOP_PACKAGES


def test_the_window_command_exits_2_with_the_sentence_and_no_qt_abort(tmp_path):
    """A whole `cnngui gui` start on X11 with two libraries that cannot be loaded."""
    qt_dirs_or_skip()
    (tmp_path / "sitecustomize.py").write_text(
        textwrap.dedent(
            f"""
            import ctypes
            _real = ctypes.CDLL
            class CDLL(_real):
                def __init__(self, name, *args, **kwargs):
                    if name in {(ICCCM, KEYSYMS)!r}:
                        raise OSError(name + ": cannot open shared object file")
                    super().__init__(name, *args, **kwargs)
            ctypes.CDLL = CDLL
            """
        )
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    paths = [str(tmp_path), *filter(None, [os.environ.get("PYTHONPATH")])]
    env.update(DISPLAY=":97", PYTHONPATH=os.pathsep.join(paths))
    for args in (["gui"], ["gui", "--check-display"]):
        done = subprocess.run(
            [sys.executable, "-m", "cnngui", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in done.stderr
        # this machine may lack more libraries than the two faked: each is named
        assert "libxcb-icccm4" in lines[0] and "libxcb-keysyms1" in lines[0]
