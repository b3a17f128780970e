"""``cnngui selftest``: check an installation (or a packaged bundle), one line per check."""

from __future__ import annotations

import argparse
import os


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "selftest",
        help="check that this installation works (offline, no window needed)",
        description="Load the default model, predict the bundled sample digits, validate the "
        "presets, train one tiny step on the bundled MNIST, write and read a project, and "
        "start Qt offscreen. Exit code 0 only when every check passes.",
    )
    p.add_argument("--no-gui", action="store_true", help="skip the Qt check")
    p.add_argument(
        "--require-gpu",
        action="store_true",
        help="fail the device check when TensorFlow finds no GPU (for the GPU bundle)",
    )
    p.set_defaults(func=run)


def check_qt() -> str:
    """Qt's widgets start on the offscreen platform (what a bundle can lose: its plugins)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(["cnngui-selftest"])
    label = QLabel("cnngui")
    label.show()
    app.processEvents()
    label.close()
    platform = app.platformName()
    import pyqtgraph

    return f"PySide6 {pyside_version} on the {platform} platform, pyqtgraph {pyqtgraph.__version__}"


def run(args: argparse.Namespace) -> int:
    from cnngui.core.selftest import run_selftest

    extra = [] if args.no_gui else [("qt widgets", check_qt)]
    return 0 if run_selftest(print, extra, require_gpu=args.require_gpu) else 1
