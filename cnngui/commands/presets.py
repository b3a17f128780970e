"""``cnngui presets``: list the named architectures with one line each."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("presets", help="list the named reference architectures")
    p.add_argument("--json", action="store_true", help="one JSON object per preset")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import json

    from cnngui.core.model.presets import PRESETS
    from cnngui.core.model.shapes import analyze, fmt_int

    for name, preset in PRESETS.items():
        total = analyze(preset.spec()).total_params
        if args.json:
            print(
                json.dumps(
                    {
                        "name": name,
                        "description": preset.description,
                        "total_params": total,
                        "recipe": preset.recipe,
                    }
                )
            )
        else:
            print(f"{name:<20} {fmt_int(total):>10} params  {preset.description}")
    return 0
