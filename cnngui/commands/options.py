"""What `train` and `export` share: which network to use, its training settings, output paths."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cnngui.core.errors import UserError

#: command-line option → TrainingConfig field (a command may offer only some of them)
OVERRIDES = {
    "epochs": "epochs",
    "batch_size": "batch_size",
    "optimizer": "optimizer",
    "learning_rate": "learning_rate",
    "beta_1": "beta_1",
    "beta_2": "beta_2",
    "schedule": "schedule",
    "validation_split": "validation_split",
    "early_stopping": "early_stopping_patience",
    "checkpoint": "checkpoint_path",
    "augment": "augmentation",
    "seed": "seed",
    "limit": "limit",
    "dataset": "dataset",
    "mixed_precision": "mixed_precision",
}


def spec_and_settings(args: argparse.Namespace) -> tuple[Any, dict[str, Any]]:
    """The network (a spec file, a project or a preset) and the settings that came with it."""
    from cnngui.core.model.presets import PRESETS
    from cnngui.core.model.spec import ModelSpec

    if bool(args.spec) == bool(args.preset):
        raise UserError("give either a model spec file or --preset NAME (not both, not neither).")
    if args.preset:
        if args.preset not in PRESETS:
            raise UserError(
                f"unknown preset {args.preset!r}; choose one of {', '.join(PRESETS)} "
                f"(`cnngui presets` lists them)."
            )
        return PRESETS[args.preset].spec(), dict(PRESETS[args.preset].recipe)
    if str(args.spec).endswith(".cnnproj"):
        from cnngui.core.project import load_project

        loaded = load_project(args.spec, load_model=False)
        return loaded.project.spec, loaded.project.config.to_json()
    return ModelSpec.load(args.spec), {}


def training_config(args: argparse.Namespace, settings: dict[str, Any]) -> Any:
    """Settings given on the command line win over the preset's recipe or the project's."""
    from cnngui.core.training import TrainingConfig

    for arg, key in OVERRIDES.items():
        value = getattr(args, arg, None)
        if value is not None:
            settings[key] = value
    known = set(TrainingConfig().to_json())
    return TrainingConfig.from_json({k: v for k, v in settings.items() if k in known})


def check_output(path: str, what: str, suffix: str) -> Path:
    """An output file path that can be written, or one sentence saying why not."""
    out = Path(path)
    if not out.name.endswith(suffix):
        raise UserError(f"{what} {out} must end with {suffix}, e.g. model{suffix}.")
    if out.is_dir():
        raise UserError(f"{out}: is a folder; give a file name such as model{suffix}.")
    if not out.parent.exists():
        raise UserError(f"{out.parent}: no such folder; create it or choose another place.")
    return out
