"""Training: settings (config), what a run reports (events), the run itself (run),
its Keras callbacks, the tf.data pipeline (data), the device, and the default model.

The names most callers need are importable from here.
"""

from cnngui.core.training.config import OPTIMIZERS, SCHEDULES, TrainingConfig
from cnngui.core.training.device import describe_device
from cnngui.core.training.events import (
    REASONS,
    BatchProgress,
    EpochMetrics,
    Evaluation,
    Reporter,
    StartInfo,
    TrainingControl,
    TrainingResult,
)
from cnngui.core.training.run import evaluate, train

__all__ = [
    "OPTIMIZERS",
    "REASONS",
    "SCHEDULES",
    "BatchProgress",
    "EpochMetrics",
    "Evaluation",
    "Reporter",
    "StartInfo",
    "TrainingConfig",
    "TrainingControl",
    "TrainingResult",
    "describe_device",
    "evaluate",
    "train",
]
