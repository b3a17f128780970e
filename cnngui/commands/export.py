"""``cnngui export``: a model spec (or project) as a runnable, readable Keras training script."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="write a Keras Python script that builds and trains a model spec",
        description="Write a plain Keras script that builds the same network (same parameter "
        "count) and trains it with the same settings, loading MNIST the standard Keras way.",
    )
    p.add_argument("spec", nargs="?", metavar="SPEC", help="a model spec JSON or .cnnproj project")
    p.add_argument("--preset", metavar="NAME", help="a named architecture (see `cnngui presets`)")
    p.add_argument("--python", required=True, metavar="FILE.py", help="the script to write")
    g = p.add_argument_group("training settings written into the script")
    g.add_argument("--epochs", type=int)
    g.add_argument("--batch-size", type=int)
    g.add_argument("--optimizer")
    g.add_argument("--learning-rate", type=float)
    g.add_argument("--schedule", help="constant, one-cycle or cosine")
    g.add_argument("--validation-split", type=float)
    g.add_argument("--early-stopping", type=int, metavar="PATIENCE")
    g.add_argument("--augment", action="store_true", default=None, help="random shifts/rotations")
    g.add_argument("--seed", type=int)
    g.add_argument("--dataset", help="mnist, fashion_mnist or a .npz file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cnngui.commands.options import check_output, spec_and_settings, training_config
    from cnngui.core.atomic import atomic_write_text
    from cnngui.core.errors import UserError
    from cnngui.core.model.shapes import analyze, fmt_int
    from cnngui.core.project.codegen import generate_script

    spec, settings = spec_and_settings(args)
    config = training_config(args, settings)
    analysis = analyze(spec)
    blocker = analysis.training_blocker()  # the script trains it on MNIST
    if blocker:
        raise UserError(blocker)
    out = check_output(args.python, "--python", ".py")
    try:
        atomic_write_text(out, generate_script(spec, config))
    except OSError as exc:
        raise UserError(f"{out}: cannot be written ({exc.strerror}).") from None
    print(f"wrote {out}: {spec.name}, {fmt_int(analysis.total_params)} parameters")
    return 0
