"""Training wall time to ≥ 99.0 % MNIST test accuracy: the ``fast`` preset vs the stock recipe.

Both run through ``core.training.train`` on all 60,000 training images (no validation
split) in the same process: the ``fast`` preset with its own recipe, and the Keras
documentation's ``keras-mnist-convnet`` with its stock recipe (Adam 1e-3, batch 128).
After every epoch the test accuracy is measured on the 10,000 test images; the clock
(started when training starts, after TensorFlow has loaded) is paused while it is
measured. A run stops as soon as it reaches 99.0 %. Targets on a 2-core CPU: fast
≤ 30 s and ≤ 0.5 × the stock recipe. The machine may be shared, so the fast preset
runs ``--repeats`` times and its median is used.

    python bench/time_to_99.py [--repeats 2] [--stock-epochs 15]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

TARGET = 0.99


def time_to_target(spec, config, data) -> dict:
    import numpy as np

    from cnngui.core.model.keras_build import build_model
    from cnngui.core.training import Reporter, TrainingControl, train

    control = TrainingControl()
    probe = build_model(spec)

    class Watch(Reporter):
        def __init__(self) -> None:
            self.t0 = 0.0
            self.paused = 0.0
            self.curve: list[tuple[int, float, float]] = []
            self.reached: float | None = None

        def on_start(self, info) -> None:
            self.t0 = time.perf_counter()

        def on_epoch_weights(self, epoch, weights) -> None:
            t = time.perf_counter()
            clock = t - self.t0 - self.paused  # training time so far, evaluations excluded
            probe.set_weights(weights)
            probs = probe.predict(data.x_test, batch_size=128, verbose=0)
            acc = float(np.mean(probs.argmax(1) == data.y_test))
            self.paused += time.perf_counter() - t
            self.curve.append((epoch, round(acc, 4), round(clock, 1)))
            print(f"{spec.name} epoch {epoch}: test {acc:.4f} at {clock:.1f} s", file=sys.stderr)
            if acc >= TARGET and self.reached is None:
                self.reached = clock
                control.stop()

    watch = Watch()
    result = train(spec, config, data, watch, control)
    return {
        "seconds_to_99": None if watch.reached is None else round(watch.reached, 1),
        "curve": watch.curve,  # (epoch, test accuracy, training seconds so far)
        "reason": result.reason,
        "device": result.device,
        "recipe": {
            k: v
            for k, v in config.to_json().items()
            if k in ("epochs", "batch_size", "optimizer", "learning_rate", "schedule")
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=2, help="runs of the fast preset")
    parser.add_argument("--stock-epochs", type=int, default=15)
    args = parser.parse_args()

    from cnngui.core.datasets import load_dataset
    from cnngui.core.model.presets import PRESETS
    from cnngui.core.training import TrainingConfig

    data = load_dataset("mnist")
    fast = PRESETS["fast"]
    stock = PRESETS["keras-mnist-convnet"]
    common = {"validation_split": 0.0, "seed": 0}
    fast_config = TrainingConfig.from_json({**fast.recipe, **common})
    stock_config = TrainingConfig.from_json(
        {
            **common,
            "optimizer": "adam",
            "learning_rate": 1e-3,
            "batch_size": 128,
            "epochs": args.stock_epochs,
        }
    )
    fast_runs = [time_to_target(fast.spec(), fast_config, data) for _ in range(args.repeats)]
    stock_run = time_to_target(stock.spec(), stock_config, data)
    times = [r["seconds_to_99"] for r in fast_runs]
    fast_s = None if None in times else statistics.median(times)
    stock_s = stock_run["seconds_to_99"]
    ratio = None if fast_s is None or stock_s is None else round(fast_s / stock_s, 3)
    print(
        json.dumps(
            {
                "bench": "time_to_99",
                "fast_seconds": fast_s,
                "stock_seconds": stock_s,
                "ratio": ratio,
                "targets": {"fast_seconds": 30, "ratio": 0.5},
                "fast_runs": fast_runs,
                "stock_run": stock_run,
                "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
                "cpus": os.cpu_count(),
            }
        )
    )


if __name__ == "__main__":
    main()
