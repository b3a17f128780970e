"""Stroke to screen: per mouse move, the time until the probabilities and feature maps are
painted again, in the real window (offscreen) with the default network.

A move event is sent to the canvas; the clock stops when the drawing panel has emitted a
new prediction and the event loop has painted the probability bars and the feature-map
view again (their paint events are watched, nothing is repainted by hand: a forced
repaint would paint them twice).
Moves that the panel's throttle answers later are timed to that answer, as a student
sees it. Between events the loop sleeps, as the application's does. Prints one JSON line
(milliseconds): median and p95 over the moves, and the CPU time the process spent per
move (all its threads: TensorFlow's too), which depends much less on what else the
machine runs than the wall-clock figures do.

    python bench/stroke_latency.py [--strokes 6]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strokes", type=int, default=6)
    args = parser.parse_args()
    os.environ["CNNGUI_DATA_DIR"] = tempfile.mkdtemp(prefix="cnngui-bench-")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cnngui.ui.app import start

    ini = os.path.join(tempfile.mkdtemp(), "settings.ini")
    app, window, _loader = start(settings=QSettings(ini, QSettings.Format.IniFormat))

    loop = QEventLoop()

    def pump_until(condition, seconds: float) -> bool:
        """Run the event loop as the application does: asleep until the next event (a
        loop spinning here would take a core from TensorFlow's threads and the paint)."""
        end = time.perf_counter() + seconds
        wake = QTimer()
        wake.setSingleShot(True)
        wake.start(int(seconds * 1000) + 1)  # never sleep past the deadline
        try:
            while time.perf_counter() < end:
                loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
                if condition():
                    return True
            return False
        finally:
            wake.stop()

    assert pump_until(lambda: window.ready and window.workspace.active is not None, 120)
    draw = window.draw
    assert pump_until(lambda: not draw.is_preparing() and draw.predictor is not None, 120)
    canvas = draw.canvas
    counter = {"n": 0}
    draw.predicted.connect(lambda _p: counter.__setitem__("n", counter["n"] + 1))

    class PaintWatch(QObject):
        """Counts the paint events each watched viewport receives."""

        def __init__(self) -> None:
            super().__init__()
            self.paints: dict[int, int] = {}

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.paints[id(watched)] = self.paints.get(id(watched), 0) + 1
            return False

    watch = PaintWatch()
    views = [window.features.graphics.viewport(), draw._bars.viewport()]
    for view in views:
        view.installEventFilter(watch)

    def answered(before: int, paints: dict[int, int]) -> bool:
        """A new prediction, and both views painted since the move."""
        return counter["n"] > before and all(
            watch.paints.get(id(v), 0) > paints.get(id(v), 0) for v in views
        )

    timings: list[float] = []
    cpu: list[float] = []
    load = os.getloadavg()[0]
    w, h = canvas.width(), canvas.height()
    for s in range(args.strokes):
        draw.clear()
        app.processEvents()
        y0 = 0.2 + 0.1 * (s % 4)
        points = [
            QPoint(int(w * (0.2 + 0.6 * t / 30)), int(h * (y0 + 0.4 * t / 30))) for t in range(31)
        ]
        QTest.mousePress(
            canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0]
        )
        for point in points[1:]:
            before, paints = counter["n"], dict(watch.paints)
            t0, c0 = time.perf_counter(), time.process_time()
            QTest.mouseMove(canvas, point)
            if pump_until(lambda b=before, p=paints: answered(b, p), 0.2):
                timings.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
            time.sleep(0.012)  # a hand moves about every 16 ms
        QTest.mouseRelease(
            canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1]
        )
        app.processEvents()
    painted = sorted(timings)
    p95 = painted[int(0.95 * (len(painted) - 1))] if painted else float("nan")
    print(
        json.dumps(
            {
                "bench": "stroke_latency",
                "moves_answered": len(painted),
                "median_ms": round(statistics.median(painted), 1) if painted else None,
                "p95_ms": round(p95, 1),
                "max_ms": round(painted[-1], 1) if painted else None,
                "cpu_median_ms": round(statistics.median(cpu), 1) if cpu else None,
                "load_average_1min": round((load + os.getloadavg()[0]) / 2, 2),
                "targets_ms": {"median": 8, "p95": 16},
                "platform": QApplication.platformName(),
            }
        )
    )
    window.ask_before_close = False
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
