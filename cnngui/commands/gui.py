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
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cnngui.ui.app import run_app

    return run_app(args.project, quit_after=args.quit_after)
