"""``cnngui gui`` (and plain ``cnngui``): open the window."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the window (the default)")
    p.add_argument("project", nargs="?", help="a .cnnproj project or a model spec to open")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cnngui.ui.app import run_app

    return run_app(args.project)
