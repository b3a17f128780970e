"""Digit-like stroke drawings made by a program: tests, benches and demos need a class's
worth of drawings without a class. Each digit is a few template strokes, moved, scaled,
slanted and jittered per sample, so a tiny network can learn them but not trivially.
"""

from __future__ import annotations

import math

import numpy as np

from cnngui.core.classroom.strokes import Strokes


def _arc(cx: float, cy: float, rx: float, ry: float, a0: float, a1: float, n: int = 14):
    return [
        (
            cx + rx * math.cos(a0 + (a1 - a0) * t / (n - 1)),
            cy + ry * math.sin(a0 + (a1 - a0) * t / (n - 1)),
        )
        for t in range(n)
    ]


_PI = math.pi
#: template strokes per digit in a unit box (y grows downwards, like the canvas)
TEMPLATES: dict[int, list[list[tuple[float, float]]]] = {
    0: [_arc(0.5, 0.5, 0.22, 0.32, 0, 2 * _PI, 24)],
    1: [[(0.42, 0.3), (0.52, 0.18), (0.52, 0.82)]],
    2: [[*_arc(0.5, 0.36, 0.2, 0.16, -_PI, 0.3), (0.3, 0.82), (0.72, 0.82)]],
    3: [
        _arc(0.48, 0.34, 0.18, 0.15, -_PI * 0.9, _PI * 0.5),
        _arc(0.48, 0.64, 0.2, 0.17, -_PI * 0.5, _PI * 0.9),
    ],
    4: [[(0.6, 0.82), (0.6, 0.18), (0.28, 0.6), (0.74, 0.6)]],
    5: [
        [
            (0.7, 0.2),
            (0.36, 0.2),
            (0.34, 0.46),
            *_arc(0.5, 0.62, 0.2, 0.18, -_PI * 0.75, _PI * 0.85),
        ]
    ],
    6: [[(0.62, 0.18), (0.36, 0.5), *_arc(0.5, 0.64, 0.17, 0.17, _PI, 3 * _PI)]],
    7: [[(0.28, 0.2), (0.72, 0.2), (0.42, 0.82)]],
    8: [_arc(0.5, 0.33, 0.15, 0.15, 0, 2 * _PI, 18), _arc(0.5, 0.65, 0.19, 0.17, 0, 2 * _PI, 18)],
    9: [_arc(0.5, 0.36, 0.17, 0.16, 0, 2 * _PI, 18), [(0.67, 0.36), (0.6, 0.82)]],
}


def synthetic_drawing(label: int, rng: np.random.Generator) -> Strokes:
    """One jittered drawing of ``label`` as canvas strokes (0..1 coordinates)."""
    scale = rng.uniform(0.6, 1.0)
    slant = rng.uniform(-0.25, 0.25)
    dx, dy = rng.uniform(-0.15, 0.15, size=2)
    width = float(rng.uniform(14, 26))
    strokes: Strokes = []
    for line in TEMPLATES[int(label)]:
        pts = []
        for x, y in line:
            x = (x - 0.5 + slant * (0.5 - y)) * scale + 0.5 + dx + rng.normal(0, 0.008)
            y = (y - 0.5) * scale + 0.5 + dy + rng.normal(0, 0.008)
            pts.append([min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)])
        strokes.append({"points": pts, "width": width})
    return strokes


def synthetic_drawings(per_digit: int, seed: int = 0) -> list[tuple[Strokes, int]]:
    """``per_digit`` drawings of each digit 0–9, interleaved (0, 1, …, 9, 0, 1, …)."""
    rng = np.random.default_rng(seed)
    return [(synthetic_drawing(d, rng), d) for _ in range(per_digit) for d in range(10)]
