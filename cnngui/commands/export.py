"""``cnngui export``: a model spec (or project) as a runnable, readable Keras training script."""

from __future__ import annotations

import argparse
from pathlib import Path


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


_OVERRIDES = {
    "epochs": "epochs",
    "batch_size": "batch_size",
    "optimizer": "optimizer",
    "learning_rate": "learning_rate",
    "schedule": "schedule",
    "validation_split": "validation_split",
    "early_stopping": "early_stopping_patience",
    "augment": "augmentation",
    "seed": "seed",
    "dataset": "dataset",
}


def run(args: argparse.Namespace) -> int:
    from cnngui.core.atomic import atomic_write_text
    from cnngui.core.codegen import generate_script
    from cnngui.core.errors import UserError
    from cnngui.core.presets import PRESETS
    from cnngui.core.shapes import analyze, fmt_int
    from cnngui.core.spec import ModelSpec
    from cnngui.core.training import TrainingConfig

    if bool(args.spec) == bool(args.preset):
        raise UserError("give either a model spec file or --preset NAME (not both, not neither).")
    settings: dict = {}
    if args.preset:
        if args.preset not in PRESETS:
            raise UserError(
                f"unknown preset {args.preset!r}; choose one of {', '.join(PRESETS)} "
                f"(`cnngui presets` lists them)."
            )
        spec = PRESETS[args.preset].spec()
        settings = dict(PRESETS[args.preset].recipe)
    elif str(args.spec).endswith(".cnnproj"):
        from cnngui.core.project import load_project

        loaded = load_project(args.spec, load_model=False)
        spec = loaded.project.spec
        settings = loaded.project.config.to_json()
    else:
        spec = ModelSpec.load(args.spec)
    for arg, key in _OVERRIDES.items():
        value = getattr(args, arg)
        if value is not None:
            settings[key] = value
    known = set(TrainingConfig().to_json())
    config = TrainingConfig.from_json({k: v for k, v in settings.items() if k in known})
    analysis = analyze(spec)
    if not analysis.ok:
        raise UserError(analysis.errors[0])
    out = Path(args.python)
    if out.is_dir():
        raise UserError(f"{out}: is a folder; give a file name such as model.py.")
    if not out.parent.exists():
        raise UserError(f"{out.parent}: no such folder; create it or choose another place.")
    try:
        atomic_write_text(out, generate_script(spec, config))
    except OSError as exc:
        raise UserError(f"{out}: cannot be written ({exc.strerror}).") from None
    print(f"wrote {out}: {spec.name}, {fmt_int(analysis.total_params)} parameters")
    return 0
