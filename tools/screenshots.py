"""Screenshots of the real window in each classroom situation, for people to look at.

For each screen size (a 1024×640 netbook, a 1366×700 laptop, a 1920×1080 projector, and
the projector in presentation mode) and each language, a fresh process opens the window,
draws a digit with the mouse, trains a tiny run, evaluates it, opens Look inside, and
saves a PNG of each state into ``OUT/<size>-<language>-<state>.png``.

    python tools/screenshots.py [--out screenshots/window] [--platform offscreen|xcb]

``offscreen`` (the default) needs no display; ``xcb`` runs under a real X server such as
Xvfb (``Xvfb :91 -screen 0 1920x1080x24 & DISPLAY=:91 python tools/screenshots.py
--platform xcb``): the window is then placed by the X server like on a real desktop.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CONFIGS = (
    ("1024x640", (1024, 640), False),
    ("1366x700", (1366, 700), False),
    ("1920x1080", (1920, 1080), False),
    ("1920x1080-presentation", (1920, 1080), True),
)
LANGUAGES = ("en", "ko")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="screenshots/window")
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen")
    parser.add_argument("--only", help="one configuration name, e.g. 1366x700")
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(json.loads(args.child))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name, size, presenting in CONFIGS:
        if args.only and args.only != name:
            continue
        for language in args.languages.split(","):
            job = {
                "name": name,
                "size": size,
                "presenting": presenting,
                "language": language,
                "out": str(out.resolve()),
            }
            env = dict(os.environ)
            if args.platform == "offscreen":
                env["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_file(size)}"
            else:
                env["QT_QPA_PLATFORM"] = "xcb"
            env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
            t0 = time.perf_counter()
            done = subprocess.run(
                [sys.executable, __file__, "--child", json.dumps(job)], env=env, timeout=600
            )
            status = "ok" if done.returncode == 0 else f"FAILED ({done.returncode})"
            print(f"{name} {language}: {status} in {time.perf_counter() - t0:.0f} s", flush=True)
            failed += done.returncode != 0
    return 1 if failed else 0


def _screen_file(size: tuple[int, int]) -> str:
    """An offscreen platform configuration with one screen of ``size``."""
    config = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": False,
        "screens": [
            {
                "name": "screen",
                "x": 0,
                "y": 0,
                "width": size[0],
                "height": size[1],
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ],
    }
    path = Path(tempfile.gettempdir()) / f"cnngui-screen-{size[0]}x{size[1]}.json"
    path.write_text(json.dumps(config))
    return str(path)


def child(job: dict) -> int:
    """One window, one configuration: the states, each saved as a PNG."""
    os.environ["CNNGUI_DATA_DIR"] = tempfile.mkdtemp(prefix="cnngui-shots-")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from cnngui.ui.app import start

    QCoreApplication.setOrganizationName("cnngui-screenshots")
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/language", job["language"])
    settings.setValue("view/presentation", job["presenting"])
    app, window, _loader = start(settings=settings)
    prefix = Path(job["out"]) / f"{job['name']}-{job['language']}"

    def wait(condition, seconds: float = 120.0) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if condition():
                return True
            time.sleep(0.02)
        return False

    def shot(state: str) -> None:
        for _ in range(5):
            app.processEvents()
            time.sleep(0.05)
        screen = window.screen()
        platform = QApplication.platformName()
        image = screen.grabWindow(0) if platform == "xcb" else window.grab()
        image.save(f"{prefix}-{state}.png")

    if not job["presenting"]:
        w, h = job["size"]
        window.resize(w, h)
    assert wait(lambda: window.ready and window.workspace.active is not None), "no model"
    assert wait(lambda: not window.draw.is_preparing())
    _draw_digit(window)
    assert wait(lambda: window.draw.last_prediction is not None, 30)
    shot("1-draw")
    window.docks["builder"].raise_()
    shot("2-builder")
    config = window.training.config()
    config.limit, config.epochs = 12_000, 1  # a minute of training: a network worth showing
    window.training.set_config(config)
    assert window.training.start(), window.training.blocker_label.text()
    assert wait(lambda: window.runner.running, 30)
    assert wait(lambda: not window.runner.running, 300), "training did not end"
    assert wait(lambda: window.evaluation.evaluation is not None, 60)
    window.docks["training"].raise_()
    shot("3-training")
    window.docks["evaluation"].raise_()
    shot("4-evaluation")
    window.docks["look"].raise_()
    window.draw.overlay_button.setChecked(True)
    wait(lambda: False, 2.0)
    shot("5-look-inside")
    window.ask_before_close = False
    window.close()
    return 0


def _draw_digit(window) -> None:
    """A 3 drawn with real mouse events on the canvas."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    canvas = window.draw.canvas
    w, h = canvas.width(), canvas.height()
    path = [(0.3, 0.2), (0.55, 0.15), (0.7, 0.3), (0.5, 0.48), (0.72, 0.65), (0.55, 0.85)]
    path.append((0.3, 0.8))
    points = [QPoint(int(x * w), int(y * h)) for x, y in path]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for a, b in itertools.pairwise(points):
        for t in range(1, 9):
            p = QPoint(int(a.x() + (b.x() - a.x()) * t / 8), int(a.y() + (b.y() - a.y()) * t / 8))
            QTest.mouseMove(canvas, p)
    QTest.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1]
    )


if __name__ == "__main__":
    sys.exit(main())
