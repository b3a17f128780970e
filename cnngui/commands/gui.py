"""``cnngui gui`` (and plain ``cnngui``): open the window."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the window (the default)")
    p.add_argument("project", nargs="?", help="a .cnnproj project or a model spec to open")
    p.add_argument(
        "--quit-after",
        type=float,
        metavar="SECONDS",
        help="close the window by itself after SECONDS (for smoke tests of an install)",
    )
    p.add_argument(
        "--check-display",
        action="store_true",
        help="only check that every system library the X11 window needs is installed",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.check_display:
        return check_display()
    from cnngui.ui.app import run_app

    return run_app(args.project, quit_after=args.quit_after)


def check_display() -> int:
    """Report the X11 window's missing system libraries (install checks and smoke tests)."""
    import sys

    from cnngui.ui.display_check import display_problem

    problem = display_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":check"})
    if problem:
        print(f"cnngui gui: {problem}", file=sys.stderr)
        return 2
    print("every system library the window needs is installed")
    return 0
