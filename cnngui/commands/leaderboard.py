"""``cnngui leaderboard FOLDER --assignment A.cnnassign --held-out FILE.npz``: score every
hand-in of a folder on a held-out set, sorted; bad hand-ins are rows with a reason.

Exit 0 whenever the folder and the held-out file could be used — a class's bad
hand-ins are the leaderboard's content, not an error — and 2 when either cannot.
"""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "leaderboard",
        help="score a folder of .cnnsub hand-ins on a held-out set",
        description="Score every .cnnsub file in FOLDER on a held-out .npz the students "
        "never saw: accuracy, parameters, MACs, epochs and the assignment's rules.",
    )
    p.add_argument("folder", metavar="FOLDER", help="the folder holding the .cnnsub files")
    p.add_argument("--assignment", required=True, metavar="A.cnnassign")
    p.add_argument("--held-out", required=True, metavar="FILE.npz", help="digits to score on")
    p.add_argument(
        "--json",
        action="store_true",
        help='one JSON object per hand-in: {"file", "name", "valid", "reason", "accuracy", '
        '"params", "macs", "epochs", …}',
    )
    p.add_argument("--html", metavar="OUT.html", help="also write the table as a web page")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cnngui.commands.options import check_output
    from cnngui.core.classroom.assignment import load_assignment
    from cnngui.core.classroom.leaderboard import score_folder, to_html

    assignment = load_assignment(args.assignment)
    html_path = check_output(args.html, "--html", ".html") if args.html else None
    rows = score_folder(args.folder, assignment, args.held_out, where="cli")
    if args.json:
        for row in rows:
            print(json.dumps(row.to_json()))
    else:
        _print_table(rows, assignment)
    if html_path is not None:
        from cnngui.core.atomic import atomic_write_text
        from cnngui.core.errors import UserError

        try:
            atomic_write_text(html_path, to_html(rows, assignment))
        except OSError as exc:
            raise UserError(f"{html_path}: cannot be written ({exc.strerror or exc}).") from None
    return 0


def _print_table(rows, assignment) -> None:
    from cnngui.core.model.shapes import fmt_int

    out = sys.stdout
    out.write(f"{assignment.title} — goal: {assignment.goal.text()}\n")
    if not rows:
        out.write("no .cnnsub hand-ins in the folder.\n")
        return
    width = max(4, *(len(r.name or r.file) for r in rows))
    out.write(f"{'#':>3}  {'name':<{width}}  {'accuracy':>8}  {'params':>9}  {'MACs':>11}  ep\n")
    rank = 0
    for r in rows:
        name = r.name or r.file
        if r.valid:
            rank += 1
            acc = "–" if r.accuracy is None else f"{r.accuracy:.2%}"
            goal = "  ✓ goal" if r.goal_met else ""
            epochs = "–" if r.epochs is None else r.epochs
            out.write(
                f"{rank:>3}  {name:<{width}}  {acc:>8}  {fmt_int(r.params or 0):>9}  "
                f"{fmt_int(r.macs or 0):>11}  {epochs:>2}{goal}\n"
            )
        else:
            out.write(f"  –  {name:<{width}}  not scored as valid: {r.reason}\n")
    valid = sum(r.valid for r in rows)
    out.write(f"{valid} valid, {len(rows) - valid} not valid.\n")
