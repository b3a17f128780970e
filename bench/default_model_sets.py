"""A model on every evaluation set the project has; ``--write`` records them in its metadata.

MNIST test (10,000), MNIST test digits redrawn like mouse drawings
(``default_model.drawn_style_accuracy``), digits from fonts, MNIST digits placed small,
large and off-centre on a 560-pixel canvas, programmed mouse strokes (the sets of
``tests/digits_helpers.py``), and the "not sure" rate on generated non-digits
(``bench/_nondigits.py``). The pen-drawn digits are measured by ``bench/real_handwriting.py``
and, for writers the model never saw, by ``cnngui.core.default_model_pen``'s folds.
Prints ONE JSON line; ``--write`` merges it into ``<model>.json`` under ``evaluations``.

    .venv/bin/python bench/default_model_sets.py [--model MODEL.keras] [--write]
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
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import numpy as np
from _nondigits import nondigits
from digits_helpers import drawn_digits, font_digits, placed_mnist

from cnngui.core.default_model import drawn_style_accuracy
from cnngui.core.default_model_pen import probabilities
from cnngui.core.inference.confidence import NOT_SURE_BELOW
from cnngui.core.inference.predictor import default_model_path, load_model
from cnngui.core.inference.preprocess import preprocess

HERE = Path(__file__).resolve().parent


def canvas_set(model, items) -> dict:
    """Accuracy on (image, label, description) canvases sent through the preprocessing."""
    xs, ys = [], []
    for image, label, _ in items:
        pre = preprocess(image)
        xs.append(np.zeros((28, 28), np.float32) if pre.image28 is None else pre.image28)
        ys.append(label)
    if not xs:
        return {"images": 0}
    hit = probabilities(model, np.stack(xs)).argmax(1) == np.asarray(ys)
    return {"images": len(ys), "right": int(hit.sum()), "accuracy": round(float(hit.mean()), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(default_model_path()))
    parser.add_argument("--write", action="store_true", help="record in <model>.json")
    args = parser.parse_args()
    t0 = time.perf_counter()
    model = load_model(args.model)
    with np.load(HERE.parent / "resources" / "mnist.npz") as f:
        x_test, y_test = f["x_test"], f["y_test"]
    mnist = probabilities(model, x_test.astype(np.float32) / 255.0).argmax(1) == y_test
    junk = []
    for image, _kind in nondigits(600):
        pre = preprocess(image)
        junk.append(np.zeros((28, 28), np.float32) if pre.image28 is None else pre.image28)
    junk_conf = probabilities(model, np.stack(junk)).max(1)
    sets = {
        "mnist_test": {"images": len(y_test), "accuracy": round(float(mnist.mean()), 5)},
        "mnist_drawn_style": {"images": 1000, "accuracy": drawn_style_accuracy(model)},
        "fonts": canvas_set(model, font_digits()),
        "mnist_placed_on_canvas": canvas_set(model, placed_mnist(100)),
        "programmed_mouse_strokes": canvas_set(model, drawn_digits()),
        "nondigits_not_sure": {
            "images": len(junk_conf),
            "threshold": NOT_SURE_BELOW,
            "not_sure": round(float(np.mean(junk_conf < NOT_SURE_BELOW)), 4),
        },
    }
    print(
        json.dumps(
            {
                "bench": "default_model_sets",
                "model": Path(args.model).name,
                **sets,
                "seconds": round(time.perf_counter() - t0, 1),
            }
        )
    )
    if args.write:
        path = Path(args.model).with_suffix(".json")
        meta = json.loads(path.read_text(encoding="utf-8"))
        meta["evaluations"] = {**meta.get("evaluations", {}), **sets}
        path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
