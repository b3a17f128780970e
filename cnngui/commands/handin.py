"""``cnngui handin MODEL.keras --assignment A.cnnassign --name NAME --out X.cnnsub``: write a
hand-in file from a trained model (what File → Hand in does in the window).

The model is read through the safe importer (allow-listed layers only, weights loaded
into a network built from its spec); ``--history`` (from ``cnngui train --history``)
adds the run's settings and curves, which the leaderboard needs to check epoch limits
and locked settings. Broken rules are printed as warnings: the file is still written,
and the leaderboard lists it as not valid.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cnngui.core.errors import UserError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("handin", help="write a .cnnsub hand-in for an assignment")
    p.add_argument("model", metavar="MODEL.keras", help="the trained model")
    p.add_argument("--assignment", required=True, metavar="A.cnnassign")
    p.add_argument("--name", required=True, help="the student's name")
    p.add_argument("--out", required=True, metavar="X.cnnsub")
    p.add_argument("--history", metavar="H.json", help="the run's record from train --history")
    p.set_defaults(func=run)


def read_history(path: str) -> tuple[dict, list[dict]]:
    """The config and epoch records of a ``cnngui train --history`` file."""
    from cnngui.core.files import read_user_file

    raw = read_user_file(path, "history file", limit=64 * 1024 * 1024)
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise UserError(
            f"{path}: is not a JSON training record from cnngui train --history."
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != "cnngui-history":
        raise UserError(f"{path}: is not a training record from cnngui train --history.")
    config = doc.get("config") if isinstance(doc.get("config"), dict) else {}
    epochs = [e for e in doc.get("epochs") or [] if isinstance(e, dict)]
    return config, epochs


def run(args: argparse.Namespace) -> int:
    from cnngui.commands.options import check_output
    from cnngui.core.classroom.assignment import load_assignment
    from cnngui.core.classroom.submission import write_submission
    from cnngui.core.model.importer import import_model
    from cnngui.core.training.config import TrainingConfig

    assignment = load_assignment(args.assignment)
    out = check_output(args.out, "--out", ".cnnsub")
    config, history = read_history(args.history) if args.history else ({}, [])
    imported = import_model(Path(args.model))
    problems = assignment.check(imported.spec)
    if history:
        problems += assignment.check_epochs(len(history))
    if config:
        known = set(TrainingConfig().to_json())
        problems += assignment.check_locks(
            TrainingConfig.from_json({k: v for k, v in config.items() if k in known}), where="cli"
        )
    write_submission(
        out,
        student=args.name,
        assignment=assignment,
        spec=imported.spec,
        model=imported.model,
        config=config,
        history=history,
        where="cli",
    )
    for problem in problems:
        print(f"cnngui handin: warning: {problem}", file=sys.stderr)
    print(f"hand-in for {assignment.title!r} written to {out}")
    return 0
