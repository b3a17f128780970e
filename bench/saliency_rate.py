"""Saliency updates per second while drawing (issue 13: ≥ 10 per second on a 2-core CPU).

Over ≥ 200 drawings (MNIST test digits placed at random sizes and places on a 280×280
canvas, as the canvas hands them over) it times preprocessing + one saliency map with a
kept :class:`~cnngui.core.inference.explain.saliency.Explainer`, for every method, and
the nudge (10 steps). Prints ONE JSON line: per method the median and p95 in ms and the
updates per second at the p95.

    .venv/bin/python bench/saliency_rate.py [--model MODEL.keras] [--drawings 200]
"""

from __future__ import annotations

import argparse
import json
import os
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np
from predict_latency import drawings, stats

from cnngui.core.inference.explain.nudge import nudge
from cnngui.core.inference.explain.saliency import METHODS, Explainer
from cnngui.core.inference.predictor import default_model_path, load_model
from cnngui.core.inference.preprocess import preprocess


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(default_model_path()))
    parser.add_argument("--drawings", type=int, default=200)
    args = parser.parse_args()
    n = max(200, args.drawings)
    explainer = Explainer(load_model(args.model))
    canvases = drawings(n)
    result: dict[str, object] = {"drawings": n, "cpus": os.cpu_count()}
    for method in METHODS:
        for canvas in canvases[:5]:  # trace the compiled functions first
            explainer.explain(preprocess(canvas).image28, method)
        seconds = []
        for canvas in canvases:
            t0 = time.perf_counter()
            pre = preprocess(canvas)
            explainer.explain(pre.image28, method)
            seconds.append(time.perf_counter() - t0)
        s = stats(seconds)
        s["per_second_at_p95"] = round(1000.0 / s["p95_ms"], 1)
        result[method] = s
    images = [preprocess(c).image28 for c in canvases[:20]]
    nudge(explainer.scores, images[0], 3)
    seconds = []
    for i, image in enumerate(images):
        t0 = time.perf_counter()
        nudge(explainer.scores, image, (i + 3) % 10)
        seconds.append(time.perf_counter() - t0)
    result["nudge_10_steps"] = stats(seconds)
    result["target_per_second"] = 10
    result["met"] = bool(min(result[m]["per_second_at_p95"] for m in METHODS) >= 10)
    print(json.dumps(result))


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
