"""How to train: every setting a run needs besides the network and the data.

Settings are plain values so they round-trip through project files and the CLI; bad
values are refused with one sentence before anything starts.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

from cnngui.core.errors import UserError
from cnngui.core.phrases import phrase

OPTIMIZERS = ("adam", "rmsprop", "sgd", "nadam", "adamw")
SCHEDULES = ("constant", "one-cycle", "cosine")


@dataclass
class TrainingConfig:
    """How to train: everything a run needs besides the network and the data."""

    epochs: int = 5
    batch_size: int = 64
    optimizer: str = "adam"
    learning_rate: float = 1e-3
    schedule: str = "constant"
    #: Adam-family moment decays (adam, nadam, adamw); None: Keras's 0.9 and 0.999
    beta_1: float | None = None
    beta_2: float | None = None
    validation_split: float = 0.1
    early_stopping_patience: int | None = None
    restore_best_weights: bool = True
    checkpoint_path: str | None = None
    augmentation: bool = False
    seed: int | None = 0
    limit: int | None = None
    dataset: str = "mnist"
    #: for "mnist+drawings.npz": how many times the smaller set is repeated in training
    oversample: int = 1
    mixed_precision: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, d: Any) -> TrainingConfig:
        """Read a dict (e.g. from a project file); bad keys or values raise UserError."""
        if not isinstance(d, dict):
            raise UserError(
                phrase("a training configuration must be a JSON object, not {value!r}.", value=d)
            )
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - known)
        if unknown:
            raise UserError(
                phrase(
                    "unknown training setting {name!r}; known settings are {known}.",
                    name=unknown[0],
                    known=", ".join(sorted(known)),
                )
            )
        config = cls(**{k: _coerce(k, v) for k, v in d.items()})
        config.validate()
        return config

    def validate(self) -> None:
        """Raise UserError with one sentence for the first impossible value."""
        _int(self.epochs, "epochs", 1, 100_000)
        _int(self.batch_size, "batch_size", 1, 1 << 20)
        _int(self.oversample, "oversample", 1, 1000)
        if self.optimizer not in OPTIMIZERS:
            raise UserError(
                phrase(
                    "unknown optimizer {name!r}; choose one of {known}.",
                    name=self.optimizer,
                    known=", ".join(OPTIMIZERS),
                )
            )
        lr = self.learning_rate
        if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not 0 < lr < math.inf:
            raise UserError(
                phrase(
                    "learning_rate must be a positive number such as 0.001, not {value!r}.",
                    value=lr,
                )
            )
        for name in ("beta_1", "beta_2"):
            beta = getattr(self, name)
            if beta is not None and (
                isinstance(beta, bool) or not isinstance(beta, (int, float)) or not 0 <= beta < 1
            ):
                raise UserError(
                    phrase(
                        "{name} must be a number from 0 to below 1 (e.g. 0.9), or null for "
                        "Keras's default, not {value!r}.",
                        name=name,
                        value=beta,
                    )
                )
        if self.schedule not in SCHEDULES:
            raise UserError(
                phrase(
                    "unknown learning-rate schedule {name!r}; choose one of {known}.",
                    name=self.schedule,
                    known=", ".join(SCHEDULES),
                )
            )
        v = self.validation_split
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v < 1:
            raise UserError(
                phrase(
                    "validation_split must be a fraction from 0 to below 1 (e.g. 0.1), "
                    "not {value!r}.",
                    value=v,
                )
            )
        if self.early_stopping_patience is not None:
            _int(self.early_stopping_patience, "early_stopping_patience", 0, 100_000)
        if self.checkpoint_path is not None and not str(self.checkpoint_path).endswith(".keras"):
            raise UserError(
                phrase(
                    "checkpoint_path must end with .keras, not {value!r}.",
                    value=self.checkpoint_path,
                )
            )
        if self.seed is not None:
            _int(self.seed, "seed", 0, 2**31 - 1)
        if self.limit is not None:
            _int(self.limit, "limit", 1, 1 << 40)
        if not isinstance(self.dataset, str) or not self.dataset.strip():
            raise UserError(
                phrase("dataset must be mnist, fashion_mnist or the path of a .npz file.")
            )
        for name in ("restore_best_weights", "augmentation", "mixed_precision"):
            if not isinstance(getattr(self, name), bool):
                raise UserError(
                    phrase(
                        "{name} must be true or false, not {value!r}.",
                        name=name,
                        value=getattr(self, name),
                    )
                )


def _int(value: Any, name: str, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise UserError(
            phrase(
                "{name} must be a whole number from {low} to {high:,}, not {value!r}.",
                name=name,
                low=low,
                high=high,
                value=value,
            )
        )


def _coerce(key: str, value: Any) -> Any:
    """JSON gives 5.0 for 5 sometimes; accept whole floats where an int is wanted."""
    ints = ("epochs", "batch_size", "early_stopping_patience", "seed", "limit")
    if key in ints and isinstance(value, float) and value.is_integer():
        return int(value)
    floats = ("learning_rate", "beta_1", "beta_2")
    if key in floats and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value
