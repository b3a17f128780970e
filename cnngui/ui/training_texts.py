"""The Training panel's words: tooltips, dataset names, progress lines and run endings.

Kept apart from the panel so the panel stays a layout of widgets; every text goes
through Qt's translation system (context "TrainingPanel").
"""

from __future__ import annotations

import math
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cnngui.ui.i18n import core_text, translate

DATASETS = (
    ("mnist", QT_TRANSLATE_NOOP("TrainingPanel", "MNIST handwritten digits")),
    ("fashion_mnist", QT_TRANSLATE_NOOP("TrainingPanel", "Fashion-MNIST clothes")),
)
CHOOSE_FILE = QT_TRANSLATE_NOOP("TrainingPanel", "Choose a .npz file…")

TIPS = {
    "dataset": QT_TRANSLATE_NOOP(
        "TrainingPanel",
        "Which pictures to learn from. MNIST ships with cnngui; a .npz file "
        "needs x_train, y_train, x_test and y_test arrays.",
    ),
    "epochs": QT_TRANSLATE_NOOP(
        "TrainingPanel", "How many times the network sees every training image."
    ),
    "batch_size": QT_TRANSLATE_NOOP(
        "TrainingPanel",
        "How many images the network looks at before each small weight update. "
        "Bigger is faster per image but takes more memory.",
    ),
    "optimizer": QT_TRANSLATE_NOOP(
        "TrainingPanel",
        "The rule that changes the weights after each batch. adam is a safe "
        "choice; try rmsprop or sgd and compare the curves.",
    ),
    "learning_rate": QT_TRANSLATE_NOOP(
        "TrainingPanel",
        "How big each weight change is. Too big: the loss jumps around or "
        "becomes NaN. Too small: learning is slow.",
    ),
    "schedule": QT_TRANSLATE_NOOP(
        "TrainingPanel",
        "How the learning rate changes during training: constant, one-cycle "
        "(warm up then cool down) or cosine (slowly down).",
    ),
    "validation_split": QT_TRANSLATE_NOOP(
        "TrainingPanel",
        "Share of the training images held back to check the network on "
        "pictures it does not learn from.",
    ),
    "early_stopping": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Stop when the validation loss has not improved for this many epochs."
    ),
    "restore_best_weights": QT_TRANSLATE_NOOP(
        "TrainingPanel", "After early stopping, go back to the weights of the best epoch."
    ),
    "augmentation": QT_TRANSLATE_NOOP(
        "TrainingPanel",
        "Shift, rotate and zoom the training images a little each time, so the "
        "network learns digits in any position (slower, usually more robust).",
    ),
    "seed": QT_TRANSLATE_NOOP(
        "TrainingPanel",
        "Start from the same random numbers every time so runs can be repeated "
        "exactly (0 = random each time).",
    ),
    "limit": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Use only this many training images (0 = all). Handy for a quick try."
    ),
    "mixed_precision": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Use 16-bit numbers on a GPU for speed (ignored on a CPU)."
    ),
}


def format_duration(seconds: float) -> str:
    if not math.isfinite(seconds) or seconds < 0:
        return "—"
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, s = divmod(seconds, 60)
    if minutes < 60:
        return translate("TrainingPanel", "{minutes} min {s:02d} s").format(minutes=minutes, s=s)
    hours, m = divmod(minutes, 60)
    return translate("TrainingPanel", "{hours} h {m:02d} min").format(hours=hours, m=m)


def tip(key: str) -> str:
    """The tooltip of one training setting, in the window's language."""
    return translate("TrainingPanel", TIPS[key])


REASONS = {
    "completed": QT_TRANSLATE_NOOP("TrainingPanel", "finished"),
    "early-stopped": QT_TRANSLATE_NOOP("TrainingPanel", "stopped early"),
    "stopped": QT_TRANSLATE_NOOP("TrainingPanel", "stopped"),
    "failed": QT_TRANSLATE_NOOP("TrainingPanel", "failed"),
    "nan": QT_TRANSLATE_NOOP("TrainingPanel", "stopped: the loss became NaN (not a number)"),
}


def reason_text(reason: str, seconds: float) -> str:
    """How a run ended, for the progress bar: never a raw code such as "nan"."""
    what = translate("TrainingPanel", REASONS[reason]) if reason in REASONS else reason
    return translate("TrainingPanel", "{what} · {duration}").format(
        what=what, duration=format_duration(seconds)
    )


def progress_line(p: Any, info: Any, left: float, paused: bool) -> str:
    """The line under the progress bar while a run goes on."""
    text = translate(
        "TrainingPanel",
        "Epoch {epoch}/{epochs} · batch {step}/{steps} · "
        "{samples_per_sec:,.0f} samples/s · about {duration} left · loss "
        "{loss:.3f}, accuracy {accuracy:.1%}",
    ).format(
        epoch=p.epoch,
        epochs=info.epochs,
        step=p.step,
        steps=p.steps,
        samples_per_sec=p.samples_per_sec,
        duration=format_duration(left),
        loss=p.loss,
        accuracy=p.accuracy,
    )
    return translate("TrainingPanel", "Paused · ") + text if paused else text


def epoch_line(m: Any) -> str:
    """The message after each epoch."""
    val = (
        translate("TrainingPanel", ", validation accuracy {val_accuracy:.1%}").format(
            val_accuracy=m.val_accuracy
        )
        if m.val_accuracy is not None
        else ""
    )
    return translate(
        "TrainingPanel", "Epoch {epoch} done in {duration}: accuracy {accuracy:.1%}{val}."
    ).format(epoch=m.epoch, duration=format_duration(m.seconds), accuracy=m.accuracy, val=val)


def finished_line(outcome: Any) -> str:
    """The line under the progress bar once a run has ended with at least one epoch."""
    last = outcome.history[-1]
    n = len(outcome.history)
    return translate(
        "TrainingPanel",
        "{n} epoch(s) in {duration} · last epoch {samples_per_sec:,.0f} "
        "samples/s · loss {loss:.3f}, accuracy {accuracy:.1%} · device: {device}",
    ).format(
        n=n,
        duration=format_duration(outcome.seconds),
        samples_per_sec=last.samples_per_sec,
        loss=last.loss,
        accuracy=last.accuracy,
        device=core_text(outcome.device),
    )


_NOT_DOWNLOADED = re.compile(r"^(?P<key>[\w+-]+) was not found in .* and could not be downloaded")
_NAMES = {"fashion_mnist": "Fashion-MNIST", "mnist": "MNIST"}


def window_message(message: str) -> tuple[str, str]:
    """A failure message as a window user should read it, and the full text for a tooltip.

    Core messages speak to the command line (``--dataset``); in the window the fix is a
    choice in the panel. A dataset that is neither on disk nor downloadable gets a
    sentence of the window's own, in the window's language.
    """
    found = _NOT_DOWNLOADED.match(message)
    if found:
        name = _NAMES.get(found.group("key"), found.group("key"))
        return (
            translate(
                "TrainingPanel",
                "The {name} images are not on this computer and could not be downloaded "
                "(is the network connected?). Connect once and press Start again, or choose "
                "MNIST or your own .npz file under Images.",
            ).format(name=name),
            message,
        )
    text = message.replace(", or give the path of a .npz file with --dataset", "")
    return text, message
