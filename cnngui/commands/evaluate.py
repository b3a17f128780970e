"""``cnngui evaluate MODEL.keras [--dataset …] [--json]``: accuracy, loss, per-class
accuracy and the confusion matrix of a trained model on a dataset's test images.

Any dataset ``train`` accepts works, including ``mnist+drawings.npz`` (the test images
of both, each counted once), so a class can see how a network does on its own writing.
"""

from __future__ import annotations

import argparse
import json
import sys

from cnngui.core.errors import UserError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "evaluate",
        help="accuracy, per-class accuracy and confusion matrix of a model on a test set",
    )
    p.add_argument("model", metavar="MODEL.keras", help="a model saved by cnngui or Keras")
    p.add_argument(
        "--dataset",
        default="mnist",
        help="mnist (default), fashion_mnist, a .npz file, or several joined by +",
    )
    p.add_argument("--limit", type=int, metavar="N", help="use only the first N test images")
    p.add_argument(
        "--json",
        action="store_true",
        help='one JSON object: {"file", "dataset", "images", "accuracy", "loss", '
        '"per_class", "confusion"}',
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cnngui.core.classroom.leaderboard import per_class_accuracy
    from cnngui.core.datasets import load_dataset
    from cnngui.core.inference.loader import load_network
    from cnngui.core.training.run import evaluate

    data = load_dataset(args.dataset, args.limit)
    digits = data.image_shape[:2] == (28, 28)
    # the same loader and input fitting as `cnngui predict` and the window
    loaded = load_network(args.model, detect=digits)
    model = loaded.model
    outputs = model.output_shape[-1] if len(model.output_shape) == 2 else None
    if outputs != data.num_classes:
        raise UserError(
            f"{args.model} gives {outputs if outputs else 'no single vector of'} outputs but "
            f"{data.name} has {data.num_classes} classes; evaluate it on a dataset of the "
            "classes it was trained on."
        )
    want = tuple(int(d) for d in model.input_shape[1:])
    if not digits and want != tuple(data.image_shape):
        raise UserError(
            f"{args.model} takes images of shape {want} but {data.name} images are "
            f"{tuple(data.image_shape)}; evaluate it on a dataset of the same image size."
        )
    if loaded.message:
        print(f"cnngui evaluate: {loaded.message}", file=sys.stderr)
    prepare = loaded.fit_batch if digits else None
    ev = evaluate(model, data.x_test, data.y_test, data.num_classes, prepare=prepare)
    confusion = ev.confusion.tolist()
    per_class = per_class_accuracy(ev.confusion)
    if args.json:
        doc = {
            "file": args.model,
            "dataset": data.name,
            "images": len(data.y_test),
            "accuracy": ev.accuracy,
            "loss": ev.loss,
            "per_class": per_class,
            "confusion": confusion,
        }
        print(json.dumps(doc))
        return 0
    print(f"{data.name}: {len(data.y_test):,} test images")
    print(f"accuracy {ev.accuracy:.2%}  loss {ev.loss:.4f}")
    print()
    names = data.class_names
    width = max(5, *(len(n) for n in names))
    print(f"{'class':>{width}}  accuracy  " + " ".join(f"{i:>5}" for i in range(len(names))))
    for i, name in enumerate(names):
        acc = "    –" if per_class[i] is None else f"{per_class[i]:8.1%}"
        cells = " ".join(f"{v:>5}" for v in confusion[i])
        print(f"{name:>{width}}  {acc:>8}  {cells}")
    print("(rows: true class, columns: predicted class)")
    return 0
