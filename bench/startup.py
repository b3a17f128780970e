"""Start-up time of the window against a bare PySide6 window, measured in the same run.

Each sample is a fresh process; the clock starts just before the process is spawned
and stops when the window receives its first paint event. The cnngui window is then
followed until its panels are built, TensorFlow has loaded (on a background thread)
and the bundled model is ready. Bare and cnngui processes alternate so that both see
the same machine load. Both run with Python's bytecode cache written (one warm-up start
each first), as an installed application does. Prints ONE JSON line.

    python bench/startup.py [--runs 5]

Targets (issue 5): window painted ≤ 1.5 × the bare window; TensorFlow ready ≤ 5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD_COMMON = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
stamps = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in stamps:
            stamps["painted"] = time.time()
            on_painted()
        return False

def report():
    print("STAMPS " + json.dumps(stamps), flush=True)
"""

BARE_CHILD = (
    CHILD_COMMON
    + r"""
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1360, 740)
def on_painted():
    QTimer.singleShot(0, app.quit)
flt = FirstPaint()
window.installEventFilter(flt)
window.show()
QTimer.singleShot(20000, app.quit)
app.exec()
report()
"""
)

APP_CHILD = (
    CHILD_COMMON
    + r"""
from PySide6.QtCore import QSettings
from cnngui.ui.app import start
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
app, window, loader = start(None, settings)
def on_painted():
    pass
def check_done():
    if window.ready and "panels" not in stamps:
        stamps["panels"] = time.time()
    if all(k in stamps for k in ("panels", "tf", "model")):
        app.quit()
def tf_ready(device, seconds):
    stamps["tf"] = time.time()
    stamps["device"] = device
    check_done()
def model_ready(*_):
    stamps["model"] = time.time()
    check_done()
flt = FirstPaint()
window.installEventFilter(flt)
loader.ready.connect(tf_ready)
loader.model_loaded.connect(model_ready)
loader.failed.connect(lambda message: (stamps.update(error=message), app.quit()))
poll = QTimer()
poll.timeout.connect(check_done)
poll.start(20)
QTimer.singleShot(120000, app.quit)
app.exec()
report()
"""
)


def sample(code: str, *args: str) -> dict:
    """Run one child; return its stamps as seconds since just before it was spawned."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    # as installed (pip and the bundle keep compiled bytecode), not recompiling cnngui's
    # sources on every start: a shell with PYTHONDONTWRITEBYTECODE set would time that
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # autosaves and recovery offers stay out of the user's own folder (and never block)
    env.setdefault("CNNGUI_DATA_DIR", tempfile.mkdtemp(prefix="cnngui-bench-"))
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("STAMPS ")), None)
    if line is None:
        raise SystemExit(f"benchmark child failed:\n{proc.stderr[-2000:]}")
    stamps = json.loads(line[len("STAMPS ") :])
    return {k: (v - t0 if isinstance(v, float) else v) for k, v in stamps.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="samples of each (default 5)")
    args = parser.parse_args()
    bare: list[float] = []
    app: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = str(Path(tmp) / "settings.ini")  # never the user's settings
        sample(BARE_CHILD)  # warm the file cache for both, and write cnngui's bytecode
        sample(APP_CHILD, settings)
        for _ in range(args.runs):
            bare.append(sample(BARE_CHILD)["painted"])
            app.append(sample(APP_CHILD, settings))
    errors = [a["error"] for a in app if "error" in a]
    if errors:
        raise SystemExit(f"TensorFlow did not load: {errors[0]}")

    def median(key: str) -> float:
        return round(statistics.median(a[key] for a in app), 3)

    bare_s = round(statistics.median(bare), 3)
    window_s = median("painted")
    ratio = round(window_s / bare_s, 2)
    tf_s = median("tf")
    result = {
        "benchmark": "startup",
        "runs": args.runs,
        "bare_window_s": bare_s,
        "window_s": window_s,
        "window_ratio": ratio,
        "panels_ready_s": median("panels"),
        "tf_ready_s": tf_s,
        "default_model_ready_s": median("model"),
        "target_window_ratio": 1.5,
        "target_tf_ready_s": 5.0,
        "pass": ratio <= 1.5 and tf_s <= 5.0,
        "device": app[0].get("device"),
        # what sample() gives the children: xcb when there is a display
        "platform": os.environ.get("QT_QPA_PLATFORM")
        or ("xcb" if os.environ.get("DISPLAY") else "offscreen"),
        "cpus": os.cpu_count(),
        "load_avg_1min": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
