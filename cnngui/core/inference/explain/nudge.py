""" "What would make it a 3?": a few small steps on the drawing towards a chosen digit.

Projected gradient ascent on the digit's log-probability: each step moves every pixel by
at most ``step`` in the direction that raises it, and no pixel ever moves more than
``limit`` from the drawing (nor out of 0…1). A person still sees the same digit; the
network may not — the classic adversarial-example lesson.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from cnngui.core.inference.explain.gradients import ScoreGradients

if TYPE_CHECKING:
    import keras


@dataclass
class Nudged:
    """The drawing after the nudge, what changed, and what the network says before and after."""

    digit: int  #: the digit it was pushed towards
    original: np.ndarray  #: (28, 28) float32
    image: np.ndarray  #: (28, 28) float32, within ``limit`` of the original
    before: np.ndarray  #: probabilities of the original
    after: np.ndarray  #: probabilities of the nudged image
    history: list[float]  #: the digit's probability after each step
    limit: float

    @property
    def change(self) -> np.ndarray:
        """Nudged minus original: positive = ink added (red), negative = ink removed (blue)."""
        return (self.image - self.original).astype(np.float32)

    def sentence(self) -> str:
        """What happened, in words for the student."""
        was = int(np.argmax(self.before))
        now = int(np.argmax(self.after))
        moved = (
            f"Changing no pixel by more than {self.limit:.2f} raised the network's belief that "
            f"this is a {self.digit} from {self.before[self.digit]:.1%} "
            f"to {self.after[self.digit]:.1%}"
        )
        if now == self.digit and was != self.digit:
            return (
                f"{moved}, so it now reads a {self.digit} where it read a {was}: changes too small "
                "for a person to notice can fool a network (an adversarial example)."
            )
        return (
            f"{moved}; it still reads a {now}. The change shows which strokes the network would "
            "want moved — small, targeted edits count for more than they look."
        )


def nudge(
    model: keras.Model | ScoreGradients,
    image28: np.ndarray,
    digit: int,
    steps: int = 10,
    step: float = 0.03,
    limit: float = 0.2,
) -> Nudged:
    """``steps`` signed-gradient steps towards ``digit``; keeps the best image found."""
    scores = model if isinstance(model, ScoreGradients) else ScoreGradients(model)
    digit = scores.check_target(digit)
    original = scores.batch(image28)[:1].reshape(28, 28).astype(np.float64)
    before = scores.probabilities(original)[0]
    best, best_p = original.copy(), float(before[digit])
    x = original.copy()
    history: list[float] = []
    for _ in range(max(int(steps), 0)):
        g, _ = scores.gradient(x, digit)
        x = x + step * np.sign(g[0])
        x = np.clip(np.clip(x, original - limit, original + limit), 0.0, 1.0)
        p = float(scores.probabilities(x)[0, digit])
        history.append(p)
        if p > best_p:
            best, best_p = x.copy(), p
    after = scores.probabilities(best)[0]
    return Nudged(
        digit,
        original.astype(np.float32),
        best.astype(np.float32),
        before.astype(np.float32),
        after.astype(np.float32),
        history,
        float(limit),
    )
