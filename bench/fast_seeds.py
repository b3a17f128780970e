"""The ``fast`` preset's recipe over many seeds: one-epoch MNIST test accuracy, mean ± sd.

Trains the preset with its own recipe (one epoch on all 60,000 training images) once
per seed through ``core.training.train`` in one process, and measures what the input
pipeline alone costs: the same ``train_pipeline`` iterated for one epoch inside a
compiled loop with no model (so nothing but shuffling, gathering and batching is timed),
as a share of the median training epoch. It also times training steps of the same
network compiled with XLA (``jit_compile=True``) and without, alternately, to check
that the trainer's choice for this device (XLA on a GPU only) is the faster one.
Targets: ≥ 99.0 % in ≥ 9 of 10 seeds; the pipeline ≤ 5 % of an epoch. One JSON line
on stdout.

    python bench/fast_seeds.py [--seeds 10] [--first-seed 0] [--preset fast]
                               [--xla-steps 40] [--xla-rounds 3]   (--xla-steps 0: skip)
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


def pipeline_seconds(x, y, batch_size: int, seed: int, rounds: int = 3) -> float:
    """Median time to draw one epoch of batches from the training pipeline, no model."""
    import tensorflow as tf

    from cnngui.core.training.data import train_pipeline

    ds = train_pipeline(x, y, batch_size, seed)

    def drain(dataset):  # Dataset.reduce: the whole epoch in one C++ loop, no Python
        return dataset.reduce(
            tf.constant(0.0),
            lambda total, batch: total + batch[0][0, 0, 0, 0] + tf.cast(batch[1][0], tf.float32),
        )

    drain(ds).numpy()  # warm up
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        drain(ds).numpy()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def xla_vs_graph(spec, config, x, y, steps: int, rounds: int) -> dict:
    """Images per second training with and without XLA (same model, data, optimizer)."""
    # a few real batches, repeated: the same work per step as an epoch, and a small
    # dataset that each fit call can start at once (a new iterator over the whole set
    # takes seconds)
    import tensorflow as tf

    from cnngui.core.model.keras_build import build_model
    from cnngui.core.training.run import make_optimizer

    b = config.batch_size
    ds = tf.data.Dataset.from_tensor_slices((x[: 8 * b], y[: 8 * b])).batch(b).repeat()
    models = {}
    for jit in (False, True):
        model = build_model(spec)
        model.compile(
            optimizer=make_optimizer(config, len(x) // config.batch_size),
            loss="sparse_categorical_crossentropy",
            metrics=["accuracy"],
            jit_compile=jit,  # what the trainer sets: on_gpu
        )
        model.fit(ds, steps_per_epoch=3, epochs=1, verbose=0)  # trace / compile
        models["xla" if jit else "graph"] = model
    rates: dict[str, list[float]] = {name: [] for name in models}
    for _ in range(rounds):
        for name, model in models.items():
            t = time.perf_counter()
            model.fit(ds, steps_per_epoch=steps, epochs=1, verbose=0)
            rates[name].append(steps * config.batch_size / (time.perf_counter() - t))
    graph, xla = (statistics.median(rates[k]) for k in ("graph", "xla"))
    return {
        "graph_images_per_s": round(graph),
        "xla_images_per_s": round(xla),
        "xla_speed_ratio": round(xla / graph, 3),
        "rounds": rounds,
        "steps": steps,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--preset", default="fast")
    parser.add_argument("--xla-steps", type=int, default=40, help="0: skip the XLA check")
    parser.add_argument("--xla-rounds", type=int, default=3)
    args = parser.parse_args()

    from cnngui.core.datasets import load_dataset
    from cnngui.core.model.presets import PRESETS
    from cnngui.core.training import TrainingConfig, train

    preset = PRESETS[args.preset]
    data = load_dataset("mnist")
    runs = []
    for seed in range(args.first_seed, args.first_seed + args.seeds):
        config = TrainingConfig.from_json({**preset.recipe, "seed": seed})
        result = train(preset.spec(), config, data)
        if result.evaluation is None:
            raise SystemExit(f"seed {seed}: {result.message}")
        run = {
            "seed": seed,
            "test_accuracy": result.evaluation.accuracy,
            "epoch_seconds": [round(m.seconds, 2) for m in result.history],
            "train_seconds": round(result.seconds, 2),
        }
        print(f"{args.preset}: {run}", file=sys.stderr, flush=True)
        runs.append(run)
    accuracies = [r["test_accuracy"] for r in runs]
    epoch_s = statistics.median(s for r in runs for s in r["epoch_seconds"])
    n = len(data.x_train) if config.limit is None else min(config.limit, len(data.x_train))
    n -= int(n * config.validation_split)
    pipe_s = pipeline_seconds(data.x_train[:n], data.y_train[:n], config.batch_size, 0)
    xla = None
    if args.xla_steps > 0:
        xla = xla_vs_graph(
            preset.spec(),
            config,
            data.x_train[:n],
            data.y_train[:n],
            args.xla_steps,
            args.xla_rounds,
        )
        print(f"XLA: {xla}", file=sys.stderr, flush=True)
    print(
        json.dumps(
            {
                "bench": "fast_seeds",
                "preset": args.preset,
                "recipe": preset.recipe,
                "accuracies": accuracies,
                "mean": round(statistics.mean(accuracies), 5),
                "sd": round(statistics.stdev(accuracies), 5) if len(accuracies) > 1 else 0.0,
                "reached_99": sum(a >= TARGET for a in accuracies),
                "seeds": len(accuracies),
                "epoch_seconds_median": round(epoch_s, 2),
                "pipeline_seconds": round(pipe_s, 3),
                "pipeline_share": round(pipe_s / epoch_s, 4),
                "xla": xla,
                "targets": {"reached_99": "≥ 9 of 10", "pipeline_share": 0.05},
                "runs": runs,
                "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
                "cpus": os.cpu_count(),
            }
        )
    )


if __name__ == "__main__":
    main()
