"""Train the bundled default model.

``python -m cnngui.core.default_model --out FILE.keras``.

The app predicts drawings with this model before the student has trained anything, so
it must be accurate on MNIST *and* on digits drawn with a mouse. Drawings reach the
network through :mod:`cnngui.core.inference.preprocess` (ink scaled into 20×20, centre of mass
centred, like MNIST), yet their strokes stay thicker or thinner than MNIST's pens and
their centring and size are imperfect. The recipe therefore trains on augmented digits:
small shifts, rotations and zoom, and random stroke thickening/thinning. Beside the model
it writes ``<out>.json`` with the test accuracy, the recipe, the date and the command.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import shlex
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from cnngui.core.model.spec import LayerSpec, ModelSpec

#: ~45 k parameters, ~4 M multiply-accumulates per image: a prediction takes ~1 ms.
LAYERS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("Conv2D", {"filters": 32, "kernel_size": 5, "padding": "same", "activation": "relu"}),
    ("BatchNormalization", {}),
    ("MaxPooling2D", {"pool_size": 2}),
    ("Conv2D", {"filters": 48, "kernel_size": 3, "padding": "same", "activation": "relu"}),
    ("BatchNormalization", {}),
    ("MaxPooling2D", {"pool_size": 2}),
    ("Conv2D", {"filters": 64, "kernel_size": 3, "padding": "same", "activation": "relu"}),
    ("BatchNormalization", {}),
    ("MaxPooling2D", {"pool_size": 2}),
    ("Flatten", {}),
    ("Dropout", {"rate": 0.3}),
    ("Dense", {"units": 10, "activation": "softmax"}),
)

RECIPE: dict[str, Any] = {
    "epochs": 12,
    "batch_size": 128,
    "optimizer": "adam",
    "learning_rate": 0.004,
    "schedule": "one-cycle",
    "validation_split": 0.0,
    "augmentation": True,
    "seed": 1,
}
AUGMENT = {"shift": 2.0, "rotation": 12.0, "zoom": 0.12, "thickness": 0.5}


def default_spec() -> ModelSpec:
    layers = tuple(LayerSpec.create(t, **args) for t, args in LAYERS)
    return ModelSpec("default-digits", (28, 28, 1), layers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cnngui.core.default_model", description=__doc__
    )
    parser.add_argument("--out", required=True, help="where to write the .keras model")
    parser.add_argument("--epochs", type=int, default=RECIPE["epochs"])
    parser.add_argument("--limit", type=int, default=None, help="use only N images (trials)")
    args = parser.parse_args(argv)

    import cnngui.core.training.data as td
    from cnngui.core.atomic import save_model_atomic
    from cnngui.core.datasets import load_dataset
    from cnngui.core.training import Reporter, TrainingConfig, train

    class Print(Reporter):
        def on_start(self, info: Any) -> None:
            print(f"training on {info.device}: {info.train_samples} images", flush=True)

        def on_epoch_end(self, m: Any) -> None:
            print(
                f"epoch {m.epoch}: loss {m.loss:.4f} accuracy {m.accuracy:.4f} "
                f"lr {m.learning_rate:.2e} {m.seconds:.0f}s",
                flush=True,
            )

    td.DEFAULT_AUGMENT = td.Augment(**AUGMENT)
    config = TrainingConfig(**{**RECIPE, "epochs": args.epochs, "limit": args.limit})
    data = load_dataset("mnist", limit=args.limit)
    t0 = time.perf_counter()
    result = train(default_spec(), config, data, Print())
    seconds = time.perf_counter() - t0
    if result.model is None or result.evaluation is None:
        print(f"default model: {result.message}", file=sys.stderr)
        return 1
    out = Path(args.out)
    save_model_atomic(result.model, out)
    drawn = drawn_style_accuracy(result.model)
    meta = {
        "name": default_spec().name,
        "test_accuracy": round(result.evaluation.accuracy, 5),
        "test_loss": round(result.evaluation.loss, 5),
        "drawn_style_accuracy": drawn,
        "params": int(result.model.count_params()),
        "recipe": {**config.to_json(), "augment": AUGMENT},
        "epochs_run": len(result.history),
        "train_seconds": round(seconds, 1),
        "device": result.device,
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "command": "python -m cnngui.core.default_model " + shlex.join(argv or sys.argv[1:]),
        "spec": default_spec().to_json(),
    }
    out.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(
        f"{out}: test accuracy {result.evaluation.accuracy:.2%}, drawn-style {drawn}, "
        f"{seconds:.0f}s"
    )
    return 0


def drawn_style_accuracy(model: Any, n: int = 1000, seed: int = 0) -> float | None:
    """Accuracy on MNIST test digits redrawn like mouse drawings, then preprocessed.

    Each digit is enlarged onto a big light canvas as dark ink, its stroke thickened
    by a random amount (a fat mouse pen), placed off-centre at a random size, and
    sent through the same preprocessing as the canvas. None if preprocessing is absent.
    """
    try:
        from cnngui.core.inference.preprocess import preprocess
    except ImportError:
        return None
    from PIL import Image, ImageFilter

    from cnngui.core.datasets import mnist_test_digits

    rng = np.random.default_rng(seed)
    x, y = mnist_test_digits(n)
    inputs = []
    for img in x:
        side = int(rng.integers(120, 300))
        big = Image.fromarray((img * 255).astype(np.uint8)).resize((side, side), Image.BILINEAR)
        big = big.point(lambda v: 255 if v > 80 else 0)
        grow = int(rng.choice([1, 3, 9, 15, 21]))
        if grow > 1:
            big = big.filter(ImageFilter.MaxFilter(grow))
        canvas = Image.new("L", (400, 400), 0)
        cx, cy = rng.integers(0, 400 - side, 2)
        canvas.paste(big, (int(cx), int(cy)))
        drawn = 255 - np.asarray(canvas)  # dark ink on light paper, as on the canvas
        result = preprocess(drawn)
        inputs.append(np.zeros((28, 28), np.float32) if result.image28 is None else result.image28)
    probs = model.predict(np.stack(inputs)[..., None], batch_size=500, verbose=0)
    return round(float(np.mean(probs.argmax(axis=1) == y)), 4)


if __name__ == "__main__":
    raise SystemExit(main())
