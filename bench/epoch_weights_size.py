"""Memory and file size of a 20-epoch run's saved weights (issue 13's epoch scrubber).

Keeps the default network's weights 20 times in an
:class:`~cnngui.core.training.epoch_weights.EpochWeights` store with the default budget
and prints ONE JSON line: bytes per epoch, kept epochs, bytes in memory and in the
project's ``.npz``, and the store's own sentence.

    .venv/bin/python bench/epoch_weights_size.py [--model MODEL.keras] [--epochs 20]
"""

from __future__ import annotations

import argparse
import json
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from cnngui.core.inference.predictor import default_model_path, load_model
from cnngui.core.training.epoch_weights import EpochWeights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(default_model_path()))
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()
    weights = load_model(args.model).get_weights()
    store = EpochWeights()
    for epoch in range(1, args.epochs + 1):
        store.add(epoch, [w + epoch for w in weights])
    print(
        json.dumps(
            {
                "epochs": args.epochs,
                "kept": len(store),
                "bytes_per_epoch": store.bytes_per_epoch,
                "bytes_in_memory": store.total_bytes,
                "bytes_in_file": len(store.to_bytes()),
                "budget_bytes": store.budget_bytes,
                "sentence": store.describe(),
            }
        )
    )


if __name__ == "__main__":
    main()
