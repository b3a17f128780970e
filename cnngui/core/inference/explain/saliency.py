"""Which pixels made the decision: four saliency maps of one 28×28 drawing for one digit.

- ``grad``: gradient × input — how much each pixel's ink pushes the digit's score.
- ``integrated``: integrated gradients from a blank page to the drawing (the gradients
  summed along the way, so they add up to the change in score).
- ``occlusion``: paper laid over a small patch at a time; the drop in the digit's
  probability, averaged over the patches that covered each pixel.
- ``gradcam``: Grad-CAM on the last Conv2D — its maps weighted by the mean gradient,
  positive part, scaled up to 28×28.

Every map is 28×28 float and deterministic (no random baselines or noise).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.inference.explain.gradients import ScoreGradients
from cnngui.core.phrases import phrase

if TYPE_CHECKING:
    import keras

METHODS = ("grad", "integrated", "occlusion", "gradcam")
METHOD_NAMES = {
    "grad": phrase("gradient × input"),
    "integrated": phrase("integrated gradients"),
    "occlusion": phrase("occlusion"),
    "gradcam": phrase("Grad-CAM (last Conv2D)"),
}


@dataclass
class SaliencyMap:
    """A map of how much each pixel pushed the network towards ``digit``."""

    method: str
    digit: int  #: the digit explained (the prediction unless another was asked for)
    values: np.ndarray  #: (28, 28) float32; positive = towards the digit
    probabilities: np.ndarray  #: (classes,) for the drawing as it is

    def normalised(self) -> np.ndarray:
        """Values divided by the largest magnitude (−1…1), for colouring; zeros stay zeros."""
        peak = float(np.max(np.abs(self.values)))
        return (self.values / peak).astype(np.float32) if peak > 0 else self.values.copy()


class Explainer:
    """Saliency maps for one model; build once, call for every stroke."""

    def __init__(self, model: keras.Model, ig_steps: int = 32, patch: int = 4, stride: int = 2):
        self.scores = ScoreGradients(model)
        self.ig_steps = int(ig_steps)
        self.patch = int(patch)
        self.stride = int(stride)

    def explain(
        self, image28: np.ndarray, method: str = "grad", digit: int | None = None
    ) -> SaliencyMap:
        """The ``method`` map of ``image28`` for ``digit`` (default: the predicted digit)."""
        key = str(method).strip().lower()
        if key not in METHODS:
            raise UserError(
                phrase(
                    "unknown saliency method {method!r}; use one of {names}.",
                    method=method,
                    names=", ".join(METHODS),
                )
            )
        x = self.scores.batch(image28)[:1]
        probs = self.scores.probabilities(x)[0]
        target = int(np.argmax(probs)) if digit is None else self.scores.check_target(digit)
        compute = {
            "grad": self._grad_x_input,
            "integrated": self._integrated,
            "occlusion": self._occlusion,
            "gradcam": self._gradcam,
        }[key]
        values = compute(x.reshape(28, 28).astype(np.float64), target, probs)
        return SaliencyMap(key, target, values.astype(np.float32), probs.astype(np.float32))

    def _grad_x_input(self, x: np.ndarray, target: int, probs: np.ndarray) -> np.ndarray:
        g, _ = self.scores.gradient(x, target)
        return g[0] * x

    def _integrated(self, x: np.ndarray, target: int, probs: np.ndarray) -> np.ndarray:
        alphas = (np.arange(self.ig_steps) + 0.5) / self.ig_steps  # midpoint rule
        path = alphas[:, None, None] * x[None]
        g, _ = self.scores.gradient(path, target)
        return g.mean(axis=0) * x

    def _occlusion(self, x: np.ndarray, target: int, probs: np.ndarray) -> np.ndarray:
        p, s = self.patch, self.stride
        starts = list(range(0, 28 - p + 1, s))
        if starts[-1] != 28 - p:
            starts.append(28 - p)  # cover the last rows and columns too
        corners = [(r, c) for r in starts for c in starts]
        batch = np.repeat(x[None], len(corners), axis=0)
        for i, (r, c) in enumerate(corners):
            batch[i, r : r + p, c : c + p] = 0.0  # paper over the patch
        occluded = self.scores.probabilities(batch)[:, target]
        drop = float(probs[target]) - occluded
        total = np.zeros((28, 28))
        count = np.zeros((28, 28))
        for d, (r, c) in zip(drop, corners):
            total[r : r + p, c : c + p] += d
            count[r : r + p, c : c + p] += 1
        return total / np.maximum(count, 1)

    def _gradcam(self, x: np.ndarray, target: int, probs: np.ndarray) -> np.ndarray:
        maps, grads = self.scores.cam_parts(x, target)
        weights = grads.mean(axis=(0, 1))
        cam = np.maximum((maps * weights).sum(axis=-1), 0.0)
        return upsample(cam, 28)


def upsample(values: np.ndarray, size: int) -> np.ndarray:
    """Bilinear resize of a small (h, w) map to size × size, pixel centres aligned."""
    h, w = values.shape

    def axis(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        pos = np.clip((np.arange(size) + 0.5) * n / size - 0.5, 0, n - 1)
        lo = np.floor(pos).astype(int)
        hi = np.minimum(lo + 1, n - 1)
        return lo, hi, pos - lo

    r0, r1, fr = axis(h)
    c0, c1, fc = axis(w)
    top = values[r0][:, c0] * (1 - fc) + values[r0][:, c1] * fc
    bottom = values[r1][:, c0] * (1 - fc) + values[r1][:, c1] * fc
    return top * (1 - fr[:, None]) + bottom * fr[:, None]


def saliency(
    model: keras.Model, image28: np.ndarray, method: str = "grad", digit: int | None = None
) -> SaliencyMap:
    """One map without keeping an :class:`Explainer` (it compiles; keep one for live use)."""
    return Explainer(model).explain(image28, method, digit)
