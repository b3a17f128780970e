"""Choose the "not sure" threshold (``core.inference.confidence.NOT_SURE_BELOW``).

Calibrated on data that is NOT the pen-drawn evaluation set: MNIST test digits drawn
at random sizes and places on a 280-pixel canvas (as the canvas hands them over), and
generated non-digits (``bench/_nondigits.py``). For each candidate threshold it reports
how often each is "not sure"; the rule picks the highest threshold (steps of 0.05) with
at most ``--digit-budget`` of the MNIST digits not sure. Prints ONE JSON line.

    .venv/bin/python bench/calibrate_not_sure.py [--digits 3000] [--random 600] [--model M]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from _nondigits import nondigits
from predict_latency import drawings

from cnngui.core.inference.predictor import Predictor, default_model_path
from cnngui.core.inference.preprocess import preprocess

GRID = [round(t, 2) for t in np.arange(0.3, 0.96, 0.05)]


def confidences(predictor: Predictor, images) -> list[float]:
    """Top probability for each image (an empty one counts as 0: it says nothing drawn)."""
    out = []
    for img in images:
        pre = preprocess(img)
        out.append(0.0 if pre.image28 is None else predictor(pre.image28).confidence)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--digits", type=int, default=3000)
    parser.add_argument("--random", type=int, default=600, help="scribbles and marks")
    parser.add_argument("--digit-budget", type=float, default=0.005)
    parser.add_argument("--model", default=str(default_model_path()))
    args = parser.parse_args()
    t0 = time.perf_counter()
    predictor = Predictor.from_file(args.model, jit=False, detect=False)
    digits = np.asarray(confidences(predictor, drawings(args.digits, seed=1)))
    kinds, images = [], []
    for img, kind in nondigits(args.random):
        kinds.append(kind.split()[0])
        images.append(img)
    junk = np.asarray(confidences(predictor, images))
    kinds_arr = np.asarray(kinds)
    table = {}
    for t in GRID:
        row = {"mnist_not_sure": round(float(np.mean(digits < t)), 4)}
        row["nondigits_not_sure"] = round(float(np.mean(junk < t)), 4)
        for k in sorted(set(kinds)):
            row[k] = round(float(np.mean(junk[kinds_arr == k] < t)), 3)
        table[str(t)] = row
    ok = [t for t in GRID if np.mean(digits < t) <= args.digit_budget]
    chosen = max(ok) if ok else min(GRID)
    print(
        json.dumps(
            {
                "bench": "calibrate_not_sure",
                "model": Path(args.model).name,
                "mnist_digits": len(digits),
                "nondigits": len(junk),
                "digit_budget": args.digit_budget,
                "chosen_threshold": chosen,
                "table": table,
                "seconds": round(time.perf_counter() - t0, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
