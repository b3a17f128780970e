"""The ``cnngui`` command: the window by default, and headless subcommands over the same core.

Every mistake a user can make ends as one sentence on stderr and exit code 2; a
traceback means a bug in cnngui.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from cnngui import __version__
from cnngui.core.errors import UserError

#: subcommand → module in cnngui.commands (each defines add_parser and run)
COMMANDS = (
    "gui",
    "summary",
    "train",
    "predict",
    "evaluate",
    "kernel",
    "saliency",
    "export",
    "presets",
    "selftest",
    "drawings",
    "handin",
    "leaderboard",
)
#: subcommands that need TensorFlow: it is imported up front, quietly (see tf_import)
TENSORFLOW_COMMANDS = (
    "train",
    "predict",
    "evaluate",
    "saliency",
    "selftest",
    "handin",
    "leaderboard",
)
EXIT_USER_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cnngui",
        description="Explore convolutional neural networks on handwritten digits. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"cnngui {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="show TensorFlow's own log lines"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"cnngui.commands.{name}")
        module.add_parser(sub)
    return parser


def quiet_tensorflow(verbose: bool) -> None:
    """Keep TensorFlow's C++ start-up chatter out of the terminal unless asked for."""
    if not verbose:
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        os.environ.setdefault("ABSL_MIN_LOG_LEVEL", "3")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    quiet_tensorflow(args.verbose)
    command = args.command or "gui"
    if command == "gui" and not hasattr(args, "func"):
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    try:
        if command in TENSORFLOW_COMMANDS:
            from cnngui.core.tf_import import import_tensorflow

            import_tensorflow(args.verbose)
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"cnngui {command}: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(f"cnngui {command}: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `cnngui presets | head`: the reader has all it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(["gui"])
