"""Cost of cnngui's training engine over a bare ``model.fit`` (target ratio ≥ 0.95).

The same network (the ``fast`` preset), data (the first 12,000 MNIST training images)
and batch size (64) are trained alternately through ``core.training.train`` with a
reporter attached (every throttled batch report and every epoch's weights consumed) and
through a bare ``model.fit`` on NumPy arrays, in the same process. Each run trains two
epochs; only the second is timed (the first includes tracing). The runs alternate
A B A B … so load from other programs hits both alike; the medians and their ratio are
printed as one JSON line.

    python bench/train_overhead.py [--rounds 3] [--limit 12000] [--batch-size 64]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=12_000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--preset", default="fast")
    args = parser.parse_args()

    from cnngui.core.datasets import load_dataset
    from cnngui.core.model.presets import get_preset
    from cnngui.core.training import Reporter, TrainingConfig, describe_device, train

    data = load_dataset("mnist", limit=args.limit)
    data.x_test, data.y_test = data.x_test[:1000], data.y_test[:1000]  # evaluation is not timed
    spec = get_preset(args.preset)

    class Consumer(Reporter):
        """A reporter that does what the window does with each report (a little work)."""

        def __init__(self) -> None:
            self.batches = 0
            self.epochs: list = []

        def on_batch(self, p) -> None:
            self.batches += 1

        def on_epoch_end(self, m) -> None:
            self.epochs.append(m)

        def on_epoch_weights(self, epoch, weights) -> None:
            self.weights = weights

    def engine() -> tuple[float, int]:
        rep = Consumer()
        config = TrainingConfig(epochs=2, batch_size=args.batch_size, validation_split=0.0, seed=0)
        result = train(spec, config, data, rep)
        assert result.reason == "completed", result.message
        return rep.epochs[-1].samples_per_sec, rep.batches

    def bare() -> float:
        from _baseline import bare_fit_samples_per_s

        rates = bare_fit_samples_per_s(spec, data.x_train, data.y_train, args.batch_size, 2, 1e-3)
        return rates[-1]

    engine_sps, bare_sps, reports = [], [], []
    for _ in range(args.rounds):
        sps, n = engine()
        engine_sps.append(sps)
        reports.append(n)
        bare_sps.append(bare())
    e, b = statistics.median(engine_sps), statistics.median(bare_sps)
    print(
        json.dumps(
            {
                "bench": "train_overhead",
                "preset": args.preset,
                "train_samples": len(data.x_train),
                "batch_size": args.batch_size,
                "rounds": args.rounds,
                "engine_samples_per_sec": round(e, 1),
                "bare_fit_samples_per_sec": round(b, 1),
                "ratio": round(e / b, 3),
                "target": 0.95,
                "engine_runs": [round(x) for x in engine_sps],
                "bare_runs": [round(x) for x in bare_sps],
                "batch_reports_per_run": reports,
                "device": describe_device(),
                "cpus": os.cpu_count(),
                "machine": platform.machine(),
            }
        )
    )


if __name__ == "__main__":
    main()
