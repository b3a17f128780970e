"""Fine-tune the default model on pen-drawn digits, and measure it on writers it never saw.

``python -m cnngui.core.default_model_pen --base resources/default_model.keras
--strokes pendigits-strokes.jsonl.gz --out resources/default_model.keras``

The MNIST-trained default model (:mod:`cnngui.core.default_model`) reads continental 1s
as 7, crossed 7s as 2 and small-loop 9s as 3. This recipe starts from its weights and
trains a few epochs at a low learning rate on MNIST mixed with recorded pen strokes,
each re-drawn many times with random pens, slants and sizes, plus programmed
continental 1, 4, 6, 7 and 9 (:mod:`cnngui.core.pen_digits`). The bundled weights are
then a weighted average of the fine-tuned and the base weights (``--blend 0.6``) with
batch-norm statistics recomputed, which keeps MNIST test accuracy where fine-tuning
alone lowers it.

Honest figures need writers the model never saw. With ``--folds 1,2/3,4/5,6,7`` it first
fine-tunes once per fold on the other writers' strokes and measures the held-out writers
(rendered exactly like the canvas by :mod:`~cnngui.core.inference.strokes_render`, pens
12, 20 and 30), then fine-tunes the bundled model on every writer. The leave-writers-out
figures (per fold, per digit, per writer, "not sure" rate) and MNIST test accuracy go into
``<out>.json`` beside the earlier metadata.
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

from cnngui.core import pen_digits

RECIPE: dict[str, Any] = {
    "epochs": 3,
    "batch_size": 128,
    "learning_rate": 5e-4,  # Adam, cosine decay to 0 (1.5e-4 did worse on MNIST and pens)
    "mnist_per_epoch": 40000,  # a fresh random share of MNIST's 60,000 each epoch
    "copies": 8,  # random re-drawings of each recorded digit
    "continental_per_digit": 300,  # programmed 1, 4, 6, 7, 9
    "nondigits": 0,  # programmed scribbles taught as "any digit" (0: none)
    # the bundled weights: blend·fine-tuned + (1 − blend)·base; 0.6 is the largest (steps
    # of 0.1) at which every leave-writers-out fold keeps MNIST test ≥ 99.4 %
    "blend": 0.6,
    # then the batch-norm statistics recomputed on this many MNIST and pen images
    "recalibrate": (8000, 3000),
    "seed": 1,
}
EVAL_PENS = (12.0, 20.0, 30.0)  #: as bench/real_handwriting.py


def stroke_set(
    rows: list[dict[str, Any]], copies: int, seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every row re-drawn ``copies`` times: images, labels and each image's writer.

    Row ``i`` always gets the same drawings (its own random stream), whichever rows are
    asked for, so the folds and the final model share one set.
    """
    xs, ys, ws = [], [], []
    for i, row in enumerate(rows):
        x, y = pen_digits.augmented([(row["strokes"], row["label"])], copies, seed * 100003 + i)
        xs.append(x)
        ys.append(y)
        ws.append(np.full(len(y), int(row["writer"])))
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(ws)


def canvas_inputs(rows: list[dict[str, Any]], pens=EVAL_PENS) -> np.ndarray:
    """(pens, rows, 28, 28) float32: each row drawn like the canvas, then preprocessed."""
    from cnngui.core.inference.preprocess import preprocess
    from cnngui.core.inference.strokes_render import render_strokes

    out = np.zeros((len(pens), len(rows), 28, 28), np.float32)
    for p, pen in enumerate(pens):
        for i, row in enumerate(rows):
            pre = preprocess(render_strokes(row["strokes"], pen=pen))
            if pre.image28 is not None:
                out[p, i] = pre.image28
    return out


def probabilities(model: Any, x: np.ndarray) -> np.ndarray:
    """The model's (or model file's) probabilities for (N, 28, 28[, 1]) images, in batches."""
    if isinstance(model, (str, Path)):
        from cnngui.core.inference.predictor import load_model

        model = load_model(model)
    x = np.asarray(x, np.float32).reshape(-1, 28, 28, 1)
    parts = [np.asarray(model(x[i : i + 1000], training=False)) for i in range(0, len(x), 1000)]
    return np.concatenate(parts) if parts else np.zeros((0, 10), np.float32)


def score(probs: np.ndarray, labels: np.ndarray, writers: np.ndarray) -> dict[str, Any]:
    """Accuracy, per digit, per writer, the "not sure" rate and the commonest confusions."""
    from cnngui.core.inference.confidence import NOT_SURE_BELOW

    guess = probs.argmax(axis=1)
    hit = guess == labels
    unsure = probs.max(axis=1) < NOT_SURE_BELOW
    confusions: dict[str, int] = {}
    for t, g in zip(labels[~hit], guess[~hit]):
        key = f"{int(t)} read as {int(g)}"
        confusions[key] = confusions.get(key, 0) + 1
    top = dict(sorted(confusions.items(), key=lambda kv: -kv[1])[:6])
    return {
        "digits": len(labels),
        "accuracy": round(float(hit.mean()), 4),
        "per_digit": [
            round(float(hit[labels == d].mean()), 3) if (labels == d).any() else None
            for d in range(10)
        ],
        "per_writer": {
            str(w): round(float(hit[writers == w].mean()), 3) for w in np.unique(writers)
        },
        "not_sure": round(float(unsure.mean()), 4),
        "not_sure_among_wrong": round(float(unsure[~hit].mean()), 3) if (~hit).any() else 0.0,
        "confusions": top,
    }


def fine_tune(
    base: str | Path,
    x_pen: np.ndarray,
    y_pen: np.ndarray,
    mnist: Any,
    recipe: dict[str, Any],
    log=print,
) -> Any:
    """The base model trained further on MNIST + the pen set (uint8 images), returned."""
    import keras

    import cnngui.core.training.data as td
    from cnngui.core.default_model import AUGMENT
    from cnngui.core.inference.predictor import load_model

    keras.utils.set_random_seed(recipe["seed"])
    rng = np.random.default_rng(recipe["seed"])
    model = load_model(base)
    per_epoch = min(recipe["mnist_per_epoch"], len(mnist.x_train)) + len(y_pen)
    per_epoch += int(recipe.get("nondigits", 0))
    steps = recipe["epochs"] * -(-per_epoch // recipe["batch_size"])
    lr = keras.optimizers.schedules.CosineDecay(recipe["learning_rate"], steps)
    soft = bool(recipe.get("nondigits"))
    model.compile(
        optimizer=keras.optimizers.Adam(lr),
        loss="categorical_crossentropy" if soft else "sparse_categorical_crossentropy",
        metrics=["categorical_accuracy" if soft else "accuracy"],
    )
    pen = (x_pen.astype(np.float32) / 255.0)[..., None]
    augment = td.Augment(**AUGMENT)
    junk = None
    if recipe.get("nondigits"):
        # "outlier exposure": scribbles taught as "every digit equally", so the top
        # probability of a non-digit drops below the "not sure" threshold
        junk = pen_digits.nondigit_set(recipe["nondigits"], recipe["seed"] + 7)
        junk = (junk.astype(np.float32) / 255.0)[..., None]
    for epoch in range(recipe["epochs"]):
        t0 = time.perf_counter()
        n = min(recipe["mnist_per_epoch"], len(mnist.x_train))
        pick = rng.choice(len(mnist.x_train), n)  # with replacement, as the bundled run
        x = np.concatenate([mnist.x_train[pick], pen])
        y = np.concatenate([mnist.y_train[pick], y_pen.astype(np.int64)])
        if junk is not None:
            x = np.concatenate([x, junk])
            y = np.concatenate([np.eye(10, dtype=np.float32)[y], np.full((len(junk), 10), 0.1)])
            y = y.astype(np.float32)
        ds = td.train_pipeline(x, y, recipe["batch_size"], recipe["seed"] + epoch, augment)
        h = model.fit(ds, epochs=1, verbose=0).history
        acc = h.get("accuracy", h.get("categorical_accuracy", [0.0]))[-1]
        log(
            f"  epoch {epoch + 1}/{recipe['epochs']}: loss {h['loss'][-1]:.4f} "
            f"accuracy {acc:.4f} ({len(y)} images, "
            f"{time.perf_counter() - t0:.0f}s)"
        )
    return model


def tuned(
    name: str,
    base: str | Path,
    x_pen: np.ndarray,
    y_pen: np.ndarray,
    mnist: Any,
    recipe: dict[str, Any],
    saved: str | None = None,
) -> Any:
    """:func:`fine_tune`, then :func:`blend` with the base; with ``saved``, the fine-tuned
    model is kept as ``saved/<name>.keras`` and reused from there when it already exists."""
    from cnngui.core.inference.predictor import load_model

    path = Path(saved) / f"{name}.keras" if saved else None
    if path is not None and path.exists():
        print(f"  reusing {path}", flush=True)
        model = load_model(path)
    else:
        model = fine_tune(base, x_pen, y_pen, mnist, recipe)
        if path is not None:
            from cnngui.core.atomic import save_model_atomic

            save_model_atomic(model, path)
    model = blend(model, base, recipe["blend"])
    if recipe.get("recalibrate") and recipe["blend"] < 1.0:
        rng = np.random.default_rng(recipe["seed"])
        n_mnist, n_pen = recipe["recalibrate"]
        mn = mnist.x_train[rng.choice(len(mnist.x_train), min(n_mnist, len(mnist.x_train)), False)]
        pen = x_pen[rng.choice(len(x_pen), min(n_pen, len(x_pen)), False)]
        pen = (pen.astype(np.float32) / 255.0).reshape(-1, 28, 28, 1)
        recalibrate(model, np.concatenate([mn.reshape(-1, 28, 28, 1), pen]))
    return model


def recalibrate(model: Any, x: np.ndarray) -> Any:
    """Every batch-norm layer's moving mean and variance set to the exact statistics of
    its inputs for ``x``, layer by layer (a blend of two networks' statistics does not
    describe the blended network: recomputing them gained 0.07 points of MNIST test
    accuracy and 0.1 on unseen writers)."""
    h = np.asarray(x, np.float32)
    for layer in model.layers:
        if type(layer).__name__ == "BatchNormalization":
            flat = h.reshape(-1, h.shape[-1])
            gamma, beta, _, _ = layer.get_weights()
            layer.set_weights([gamma, beta, flat.mean(axis=0), flat.var(axis=0)])
        h = np.concatenate(
            [np.asarray(layer(h[i : i + 2000], training=False)) for i in range(0, len(h), 2000)]
        )
    return model


def blend(model: Any, base: str | Path, alpha: float) -> Any:
    """``model`` with every weight (batch-norm statistics too) ``alpha·tuned + (1−alpha)·base``.

    Averaging the fine-tuned weights with the ones they started from keeps most of the
    gain on the new handwriting and most of the base's MNIST accuracy (weight-space
    ensembling, "WiSE-FT": fine-tuning alone cost 0.25 points of MNIST test accuracy).
    """
    if alpha >= 1.0:
        return model
    from cnngui.core.inference.predictor import load_model

    start = load_model(base).get_weights()
    model.set_weights([alpha * t + (1 - alpha) * b for t, b in zip(model.get_weights(), start)])
    return model


def parse_folds(text: str, writers: list[int]) -> list[list[int]]:
    """``"1,2/3,4/5,6,7"`` → [[1, 2], [3, 4], [5, 6, 7]] (each a known writer)."""
    folds = [[int(w) for w in part.split(",") if w.strip()] for part in text.split("/")]
    unknown = sorted({w for f in folds for w in f} - set(writers))
    if unknown or not all(folds):
        raise SystemExit(f"--folds: writers must be among {writers}, not {unknown or text!r}")
    return folds


def leave_writers_out(
    base: str | Path,
    rows: list[dict[str, Any]],
    canvas: np.ndarray,
    pen_set: tuple[np.ndarray, ...],
    mnist: Any,
    recipe: dict[str, Any],
    folds: list[list[int]],
    saved: str | None = None,
) -> dict[str, Any]:
    """Fine-tune once per fold without its writers, score it on them; all folds pooled.

    ``canvas`` holds every row drawn like the canvas (:func:`canvas_inputs`); ``pen_set``
    is the re-drawn rows, their labels and writers, and the programmed digits.
    """
    x_pen, y_pen, w_pen, x_syn, y_syn = pen_set
    writers = np.asarray([int(r["writer"]) for r in rows])
    labels = np.asarray([int(r["label"]) for r in rows])
    n_pens = canvas.shape[0]
    probs_all = np.zeros((n_pens, len(rows), 10), np.float32)
    per_fold = []
    for k, held in enumerate(folds):
        print(f"fold {k + 1}: writers {held} held out", flush=True)
        keep = ~np.isin(w_pen, held)
        model = tuned(
            f"fold{k + 1}",
            base,
            np.concatenate([x_pen[keep], x_syn]),
            np.concatenate([y_pen[keep], y_syn]),
            mnist,
            recipe,
            saved,
        )
        out = np.isin(writers, held)
        for p in range(n_pens):
            probs_all[p, out] = probabilities(model, canvas[p, out])
        fold = score(
            probs_all[:, out].reshape(-1, 10),
            np.tile(labels[out], n_pens),
            np.tile(writers[out], n_pens),
        )
        fold["held_out_writers"] = held
        fold["mnist_test_accuracy"] = _mnist_accuracy(model, mnist)
        print(f"  {json.dumps(fold)}", flush=True)
        per_fold.append(fold)
    overall = score(probs_all.reshape(-1, 10), np.tile(labels, n_pens), np.tile(writers, n_pens))
    overall["by_pen"] = {
        f"pen {pen:g}": round(float((probs_all[p].argmax(1) == labels).mean()), 4)
        for p, pen in enumerate(EVAL_PENS[:n_pens])
    }
    print("leave-writers-out: " + json.dumps(overall), flush=True)
    return {
        "what": (
            "each fold fine-tuned without the held-out writers' strokes, then measured on "
            "them; every digit drawn like the canvas with pens "
            + ", ".join(f"{p:g}" for p in EVAL_PENS[:n_pens])
        ),
        **overall,
        "folds": per_fold,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cnngui.core.default_model_pen", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--base", required=True, help="the MNIST-trained model to start from")
    parser.add_argument("--strokes", required=True, help="pen digits, .jsonl[.gz]")
    parser.add_argument("--out", required=True, help="where to write the fine-tuned .keras")
    parser.add_argument("--folds", default=None, help='held-out writer groups, e.g. "1,2/3,4"')
    parser.add_argument("--no-final", action="store_true", help="only the folds")
    parser.add_argument(
        "--saved",
        default=None,
        help="folder that keeps each fine-tuned model (before blending); ones there are reused",
    )
    parser.add_argument("--epochs", type=int, default=RECIPE["epochs"])
    parser.add_argument("--blend", type=float, default=RECIPE["blend"], help="1: no blending")
    parser.add_argument("--copies", type=int, default=RECIPE["copies"])
    parser.add_argument(
        "--nondigits", type=int, default=RECIPE["nondigits"], help="scribbles taught as unsure"
    )
    parser.add_argument("--limit", type=int, default=None, help="N MNIST images (trials)")
    parser.add_argument("--cache", default=None, help="folder for the rendered digits")
    args = parser.parse_args(argv)
    recipe = {
        **RECIPE,
        "epochs": args.epochs,
        "copies": args.copies,
        "nondigits": args.nondigits,
        "blend": args.blend,
    }
    if args.limit:
        recipe["mnist_per_epoch"] = min(recipe["mnist_per_epoch"], args.limit)

    from cnngui.core.atomic import save_model_atomic
    from cnngui.core.datasets import load_dataset

    t_start = time.perf_counter()
    rows = pen_digits.load_pen_digits(args.strokes)
    writers = np.asarray([int(r["writer"]) for r in rows])
    labels = np.asarray([int(r["label"]) for r in rows])
    x_pen, y_pen, w_pen = cached(
        args.cache,
        f"train-c{recipe['copies']}-s{recipe['seed']}",
        lambda: stroke_set(rows, recipe["copies"], recipe["seed"]),
    )
    x_syn, y_syn = cached(
        args.cache,
        f"continental-{recipe['continental_per_digit']}",
        lambda: pen_digits.continental_set(recipe["continental_per_digit"], recipe["seed"]),
    )
    print(f"pen set: {len(y_pen)} re-drawn, {len(y_syn)} programmed", flush=True)
    mnist = load_dataset("mnist", limit=args.limit)
    meta: dict[str, Any] = {}
    (canvas,) = cached(args.cache, "canvas", lambda: (canvas_inputs(rows),))
    n_pens = len(EVAL_PENS)
    if args.folds:
        folds = parse_folds(args.folds, sorted(set(writers.tolist())))
        pen_set = (x_pen, y_pen, w_pen, x_syn, y_syn)
        meta["pen_digits_leave_writers_out"] = leave_writers_out(
            args.base, rows, canvas, pen_set, mnist, recipe, folds, args.saved
        )
        meta["base_model_on_the_same_digits"] = score(
            probabilities(args.base, canvas.reshape(-1, 28, 28)),
            np.tile(labels, n_pens),
            np.tile(writers, n_pens),
        )
    if args.no_final:
        print(json.dumps(meta))
        return 0
    print("final: every writer", flush=True)
    t0 = time.perf_counter()
    model = tuned(
        "final",
        args.base,
        np.concatenate([x_pen, x_syn]),
        np.concatenate([y_pen, y_syn]),
        mnist,
        recipe,
        args.saved,
    )
    seconds = time.perf_counter() - t0
    meta["pen_digits_seen_writers"] = {
        "what": "the bundled model on the writers it was fine-tuned on: NOT a measure of "
        "unseen handwriting (see pen_digits_leave_writers_out)",
        **score(
            probabilities(model, canvas.reshape(-1, 28, 28)),
            np.tile(labels, n_pens),
            np.tile(writers, n_pens),
        ),
    }
    out_path = Path(args.out)
    save_model_atomic(model, out_path)
    write_metadata(
        out_path,
        model,
        mnist,
        recipe,
        meta,
        seconds,
        argv,
        time.perf_counter() - t_start,
        sorted(set(writers.tolist())),
        Path(args.base),
    )
    return 0


def _mnist_accuracy(model: Any, mnist: Any) -> float:
    probs = probabilities(model, mnist.x_test)
    return round(float((probs.argmax(1) == mnist.y_test).mean()), 5)


def write_metadata(
    out: Path,
    model: Any,
    mnist: Any,
    recipe: dict,
    meta: dict,
    seconds: float,
    argv,
    total: float,
    writers: list[int],
    base_path: Path,
) -> None:
    """``<out>.json``: the base model's metadata (``<base>.json``, kept as ``base``) plus
    this round's figures."""
    from cnngui.core.default_model import drawn_style_accuracy

    path = out.with_suffix(".json")
    try:
        old = json.loads(base_path.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = {}
    base = old.get("base", {k: v for k, v in old.items() if k != "spec"})
    probs = probabilities(model, mnist.x_test)
    loss = float(-np.mean(np.log(probs[np.arange(len(probs)), mnist.y_test] + 1e-12)))
    acc = round(float((probs.argmax(1) == mnist.y_test).mean()), 5)
    meta = {
        "name": old.get("name", "default-digits"),
        "test_accuracy": acc,
        "test_loss": round(loss, 5),
        "drawn_style_accuracy": drawn_style_accuracy(model),
        "params": int(model.count_params()),
        **meta,
        "fine_tune": {
            **recipe,
            "optimizer": "adam, cosine decay",
            "pen_eval_pens": list(EVAL_PENS),
            "writers": writers,
            "train_seconds": round(seconds, 1),
            "total_seconds": round(total, 1),
        },
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "command": "python -m cnngui.core.default_model_pen " + shlex.join(argv or sys.argv[1:]),
        "base": base,
    }
    if "spec" in old:
        meta["spec"] = old["spec"]
    path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"{out}: MNIST test {acc:.2%}, {seconds:.0f}s", flush=True)


def cached(folder: str | None, name: str, make) -> tuple[np.ndarray, ...]:
    """``make()``'s arrays, kept in ``folder/name.npz`` when a folder is given."""
    if folder is None:
        return make()
    path = Path(folder) / f"{name}.npz"
    if path.exists():
        with np.load(path) as f:
            return tuple(f[f"a{i}"] for i in range(len(f.files)))
    arrays = make()
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **{f"a{i}": a for i, a in enumerate(arrays)})
    return arrays


if __name__ == "__main__":
    raise SystemExit(main())
