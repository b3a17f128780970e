"""``cnngui drawings``: the class's drawings without the window — counts, export, import,
merge several machines' files into one, and re-render after a preprocessing change.

A bad file among several is one sentence on stderr and the rest are still merged; the
exit code is 2 if any file was refused.
"""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "drawings",
        help="count, export, import or merge the class's own drawings (.npz, MNIST layout)",
    )
    p.add_argument("--file", metavar="DRAWINGS.jsonl", help="the collection (default: yours)")
    p.add_argument("--export", metavar="OUT.npz", help="write the collection as a dataset")
    p.add_argument("--test-share", type=float, default=0.2, help="share kept for testing")
    p.add_argument("--import", dest="imports", nargs="+", metavar="FILE.npz", default=[])
    p.add_argument(
        "--merge",
        nargs="+",
        metavar="FILE.npz",
        default=[],
        help="merge these files into --out (duplicates skipped), without touching yours",
    )
    p.add_argument("--out", metavar="OUT.npz", help="where --merge writes")
    p.add_argument("--rerender", action="store_true", help="re-render every drawing's input")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cnngui.commands.options import check_output
    from cnngui.core.classroom.drawings import DrawingStore
    from cnngui.core.classroom.npzfiles import merge_npz
    from cnngui.core.errors import UserError

    problems: list[str] = []
    if args.merge:
        if not args.out:
            raise UserError("--merge needs --out OUT.npz, the file to write the merged set to.")
        report = merge_npz(args.merge, check_output(args.out, "--out", ".npz"), args.test_share)
        print(report.summary())
        problems += report.problems
    else:
        store = DrawingStore(args.file, where="cli")
        if args.imports:
            report = store.import_npz(args.imports)
            print(report.summary())
            problems += report.problems
        if args.rerender:
            print(f"{store.rerender()} drawing(s) re-rendered")
        if args.export:
            train, test = store.export_npz(
                check_output(args.export, "--export", ".npz"), args.test_share
            )
            print(
                f"{train + test:,} drawings written to {args.export} ({train} train, {test} test)"
            )
        counts = store.counts()
        print(f"{len(store):,} drawings in {store.path}: " + ", ".join(
            f"{d}: {n}" for d, n in enumerate(counts)
        ))  # fmt: skip
    for problem in problems:
        print(f"cnngui drawings: {problem}", file=sys.stderr)
    return 2 if problems else 0
