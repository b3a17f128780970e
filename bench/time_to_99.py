"""Whole-process time to ≥ 99.0 % MNIST test accuracy: ``cnngui train --preset fast`` vs stock.

Each run is a fresh ``python -m cnngui train`` process timed from start to exit, so
Python's and TensorFlow's start-up, loading MNIST, training, the final test evaluation
and writing the model all count:

- ``fast``: ``cnngui train --preset fast --seed S`` with nothing else — the preset's own
  recipe (one epoch on all 60,000 training images);
- stock: the Keras documentation's ``keras-mnist-convnet`` with its stock recipe (Adam
  1e-3, batch 128) on all 60,000 images for ``--stock-epochs`` epochs (8: the epoch
  where it passes 99 %).

The runs alternate (fast, stock, fast, …) so load from other programs on a shared
machine hits both alike; the fast runs use seeds 0, 1, …, and their median is compared
with the stock run's median. Each run's test accuracy is read from its ``--history``
file. Target: fast ≤ 0.2 × stock, ≥ 99.0 %. One JSON line on stdout.

    python bench/time_to_99.py [--repeats 2] [--stock-repeats 1] [--stock-epochs 8]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 0.99
RATIO_TARGET = 0.2


def run_cli(args: list[str], folder: Path, tag: str) -> dict:
    """One ``cnngui train`` process: its wall time, test accuracy and epoch seconds."""
    out, history = folder / f"{tag}.keras", folder / f"{tag}.json"
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    command = [sys.executable, "-m", "cnngui", "train", *args]
    command += ["--out", str(out), "--history", str(history)]
    t = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{proc.stderr[-2000:]}")
    doc = json.loads(history.read_text())
    run = {
        "seconds": round(seconds, 2),
        "test_accuracy": doc["test"]["accuracy"],
        "train_seconds": doc["seconds"],  # inside train(): fit + the final evaluation
        "epoch_seconds": [round(e["seconds"], 2) for e in doc["epochs"]],
        "epochs": len(doc["epochs"]),
    }
    print(f"{tag}: {run}", file=sys.stderr, flush=True)
    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=2, help="fast runs (seeds 0, 1, …)")
    parser.add_argument("--stock-repeats", type=int, default=1)
    parser.add_argument("--stock-epochs", type=int, default=8)
    args = parser.parse_args()

    from cnngui.core.model.presets import PRESETS

    stock_args = [
        "--preset",
        "keras-mnist-convnet",
        "--optimizer",
        "adam",
        "--learning-rate",
        "0.001",
        "--batch-size",
        "128",
        "--schedule",
        "constant",
        "--validation-split",
        "0",
        "--epochs",
        str(args.stock_epochs),
        "--seed",
        "0",
    ]
    fast_runs: list[dict] = []
    stock_runs: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # fast, stock, fast, stock, … then the remaining fast runs
        for i in range(max(args.repeats, args.stock_repeats)):
            if i < args.repeats:
                seed_args = ["--preset", "fast", "--seed", str(i)]
                fast_runs.append(run_cli(seed_args, folder, f"fast-{i}"))
            if i < args.stock_repeats:
                stock_runs.append(run_cli(stock_args, folder, f"stock-{i}"))
    fast_s = statistics.median(r["seconds"] for r in fast_runs)
    stock_s = statistics.median(r["seconds"] for r in stock_runs)
    accuracies = [r["test_accuracy"] for r in fast_runs]
    print(
        json.dumps(
            {
                "bench": "time_to_99",
                "fast_seconds": round(fast_s, 2),
                "stock_seconds": round(stock_s, 2),
                "ratio": round(fast_s / stock_s, 3),
                "fast_accuracies": accuracies,
                "fast_reached_99": sum(a >= TARGET for a in accuracies),
                "stock_accuracies": [r["test_accuracy"] for r in stock_runs],
                "targets": {"ratio": RATIO_TARGET, "accuracy": TARGET},
                "fast_recipe": PRESETS["fast"].recipe,
                "fast_runs": fast_runs,
                "stock_runs": stock_runs,
                "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
                "cpus": os.cpu_count(),
            }
        )
    )


if __name__ == "__main__":
    main()
