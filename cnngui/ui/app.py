"""Start the window: check the display, show the window first, then load TensorFlow.

TensorFlow takes seconds to import, so it is loaded on a background thread after the
window is on screen; the status bar says so, and the builder works meanwhile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from cnngui.ui.display_check import display_problem

ORGANIZATION = "cnngui"
APPLICATION = "cnngui"


GIL_SWITCH_INTERVAL_S = 0.001


def tune_for_responsiveness() -> None:
    """Let the GUI thread take Python's lock back within 1 ms (the default is 5 ms).

    While Keras drives training from a worker thread, the window's thread waits for
    the interpreter lock each time it runs Python (a slot, a paint); a shorter switch
    interval keeps those waits below a frame.
    """
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


def start(path: str | None = None, settings: Any = None) -> tuple[Any, Any, Any]:
    """Create the application and window, show it, and queue TensorFlow's loading.

    Returns ``(app, window, loader)`` without entering the event loop (benchmarks and
    tests drive it themselves).
    """
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    tune_for_responsiveness()
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("cnngui")

    from PySide6.QtCore import QSettings

    from cnngui.ui.i18n import install_translator

    # before any widget exists: texts are translated when the widgets are built
    install_translator(app, None, settings if settings is not None else QSettings())

    from cnngui.ui.main_window import MainWindow
    from cnngui.ui.workers import TensorFlowLoader

    window = MainWindow(settings, progressive=True)
    window.show()
    loader = TensorFlowLoader(window)
    loader.ready.connect(window.on_tf_ready)
    loader.failed.connect(window.on_tf_failed)
    loader.model_loaded.connect(window.on_default_model)
    window.first_painted.connect(loader.start)  # the window is on screen: now load TF
    if path:  # once the panels exist (they are built right after the first paint)
        window.first_painted.connect(
            lambda: QTimer.singleShot(0, lambda: window.open_path(Path(path)))
        )
    return app, window, loader


def run_app(path: str | None = None, quit_after: float | None = None) -> int:
    """Open the main window (and ``path``, a project or spec); return the exit code.

    ``quit_after`` closes the window by itself after that many seconds without asking
    about unsaved work (smoke tests of an install use it).
    """
    problem = display_problem()
    if problem:
        print(f"cnngui: {problem}", file=sys.stderr)
        return 2
    app, window, _loader = start(path)
    if quit_after is not None:
        from PySide6.QtCore import QTimer

        def close() -> None:
            window.ask_before_close = False
            window.close()

        QTimer.singleShot(max(0, int(quit_after * 1000)), close)
    return int(app.exec())
