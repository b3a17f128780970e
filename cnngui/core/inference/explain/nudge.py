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
from cnngui.core.phrases import Phrase, phrase

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

    def sentence(self) -> Phrase:
        """What happened, in words for the student."""
        was = int(np.argmax(self.before))
        now = int(np.argmax(self.after))
        numbers = {
            "limit": self.limit,
            "digit": self.digit,
            "before": float(self.before[self.digit]),
            "after": float(self.after[self.digit]),
            "was": was,
            "now": now,
        }
        if now == self.digit and was != self.digit:
            return phrase(
                "Changing no pixel by more than {limit:.2f} raised the network's belief that "
                "this is a {digit} from {before:.1%} to {after:.1%}, so it now reads a {digit} "
                "where it read a {was}: changes too small for a person to notice can fool a "
                "network (an adversarial example).",
                **numbers,
            )
        return phrase(
            "Changing no pixel by more than {limit:.2f} raised the network's belief that this "
            "is a {digit} from {before:.1%} to {after:.1%}; it still reads a {now}. The change "
            "shows which strokes the network would want moved — small, targeted edits count "
            "for more than they look.",
            **numbers,
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
