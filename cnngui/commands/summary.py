"""``cnngui summary``: shapes and parameter counts of spec files, like ``model.summary()``.

Pure arithmetic from :mod:`cnngui.core.model.shapes` — TensorFlow is never imported, so
hundreds of files take well under a second.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from cnngui.core.errors import UserError
from cnngui.core.model.shapes import Analysis, analyze, fmt_bytes, fmt_int, fmt_shape
from cnngui.core.model.spec import ModelSpec, SpecError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("summary", help="print layer shapes and parameter counts of model specs")
    p.add_argument("specs", nargs="*", metavar="SPEC", help="model spec JSON files")
    p.add_argument(
        "--preset",
        action="append",
        default=[],
        metavar="NAME",
        help="a named architecture (see `cnngui presets`); may be repeated",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per input, one per line")
    p.set_defaults(func=run)


def analysis_json(label: str, analysis: Analysis) -> dict[str, Any]:
    """The contract's JSON object for one valid spec (see DESIGN.md)."""
    spec = analysis.spec
    return {
        "file": label,
        "ok": True,
        "name": spec.name,
        "input_shape": list(spec.input_shape),
        "layers": [
            {
                "index": info.index,
                "type": info.type,
                "output_shape": list(info.output_shape or ()),
                "params": info.params,
                "trainable_params": info.trainable_params,
                "non_trainable_params": info.non_trainable_params,
                "macs": info.macs,
            }
            for info in analysis.layers
        ],
        "total_params": analysis.total_params,
        "trainable_params": analysis.trainable_params,
        "non_trainable_params": analysis.non_trainable_params,
        "total_macs": analysis.total_macs,
        "warnings": analysis.warnings,
    }


def summary_table(analysis: Analysis) -> str:
    """A text table in the spirit of Keras's ``model.summary()``."""
    spec = analysis.spec
    rows = [("#", "Layer (type)", "Output Shape", "Param #", "MACs")]
    rows.append(("", "Input", fmt_shape(spec.input_shape), "0", "0"))
    for info in analysis.layers:
        settings = info.layer.describe()
        label = f"{info.type} ({settings})" if settings else info.type
        rows.append(
            (
                str(info.index),
                label,
                fmt_shape(info.output_shape),
                fmt_int(info.params),
                fmt_int(info.macs),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    align = ["<", "<", "<", ">", ">"]

    def line(r: tuple[str, ...]) -> str:
        return "  ".join(f"{c:{a}{w}}" for c, a, w in zip(r, align, widths)).rstrip()

    rule = "─" * len(line(rows[0]))
    out = [f'Model: "{spec.name}"', rule, line(rows[0]), rule]
    out += [line(r) for r in rows[1:]]
    out += [
        rule,
        f"Total params: {fmt_int(analysis.total_params)} ({fmt_bytes(analysis.size_bytes)})",
        f"Trainable params: {fmt_int(analysis.trainable_params)}",
        f"Non-trainable params: {fmt_int(analysis.non_trainable_params)}",
        f"Multiply-accumulates per image: {fmt_int(analysis.total_macs)}",
    ]
    out += [f"Warning: {w}" for w in analysis.warnings]
    return "\n".join(out)


def _inputs(args: argparse.Namespace) -> list[tuple[str, ModelSpec | str]]:
    """(label, spec or error message) for each file and preset, in the order given."""
    from cnngui.core.model.presets import get_preset

    items: list[tuple[str, ModelSpec | str]] = []
    for path in args.specs:
        try:
            items.append((path, ModelSpec.load(path)))
        except SpecError as exc:
            items.append((path, str(exc)))
    for name in args.preset:
        try:
            items.append((f"preset:{name}", get_preset(name)))
        except KeyError as exc:
            items.append((f"preset:{name}", exc.args[0]))
    return items


def run(args: argparse.Namespace) -> int:
    if not args.specs and not args.preset:
        raise UserError(
            "give one or more model spec files, or --preset NAME "
            "(`cnngui presets` lists the names)."
        )
    failed = False
    for index, (label, item) in enumerate(_inputs(args)):
        error = item if isinstance(item, str) else None
        analysis = None
        if error is None:
            assert isinstance(item, ModelSpec)
            analysis = analyze(item)
            if not analysis.ok:
                error = analysis.errors[0]
                if not error.startswith(label):
                    error = f"{label}: {error}"
        if error is not None:
            failed = True
            print(f"cnngui summary: {error}", file=sys.stderr)
            if args.json:
                print(json.dumps({"file": label, "ok": False, "error": error}), flush=True)
            continue
        assert analysis is not None
        if args.json:
            print(json.dumps(analysis_json(label, analysis)))
        else:
            if index:
                print()
            print(summary_table(analysis))
    return 2 if failed else 0
