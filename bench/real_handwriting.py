"""The bundled default model on real pen-drawn digits, and how often it says "not sure".

1,749 digits written on a tablet by 7 writers (UCI Pen-Based Recognition of Handwritten
Digits, test writers, E. Alpaydin and F. Alimoglu, CC BY 4.0; kept outside the project,
see /work/shared/datasets/README.md) are rendered the way the canvas draws them
(:mod:`cnngui.core.inference.strokes_render`) with a few pen widths, preprocessed like
the window and predicted by the predictor. Prints ONE JSON line: overall and per-digit
accuracy per pen, the most common confusions, the "not sure" rate on these real digits
(target ≤ 2 %) and on generated non-digits (``bench/_nondigits.py``; should be high).

The bundled model was fine-tuned on these 7 writers, so its figure here is on SEEN
writers. The honest estimate for writers it never saw is leave-writers-out: with
``--folds 1,2/3,4/5,6,7 --base MODEL`` the bench fine-tunes MODEL (the MNIST-trained
model, ``base_model`` in default_model.json) once per fold without the held-out
writers, exactly as ``cnngui.core.default_model_pen`` does, and scores each fold on its
held-out writers (about 15 minutes on 2 cores); without ``--folds`` it repeats the
figures recorded in the model's metadata under ``leave_writers_out``.

    .venv/bin/python bench/real_handwriting.py [--data FILE.jsonl.gz] [--pens 12,20,30]
        [--model MODEL.keras] [--writers 1,2] [--folds 1,2/3,4/5,6,7 --base BASE.keras]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from _nondigits import nondigits

from cnngui.core.inference.confidence import NOT_SURE_BELOW, is_sure
from cnngui.core.inference.predictor import Predictor, default_model_path
from cnngui.core.inference.preprocess import preprocess
from cnngui.core.inference.strokes_render import render_strokes

DATA = Path("/work/shared/datasets/pendigits-strokes.jsonl.gz")


def predict(predictor: Predictor, image: np.ndarray) -> tuple[int, float]:
    pre = preprocess(image)
    if pre.image28 is None:
        return -1, 0.0
    p = predictor(pre.image28)
    return p.digit, p.confidence


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--pens", default="12,20,30", help="pen widths on a 280-pixel canvas")
    parser.add_argument("--random", type=int, default=600, help="scribbles and marks")
    parser.add_argument("--model", default=str(default_model_path()))
    parser.add_argument("--writers", default=None, help="only these writers, e.g. 1,2")
    parser.add_argument("--folds", default=None, help="leave-writers-out, e.g. 1,2/3,4/5,6,7")
    parser.add_argument("--base", default=None, help="the model each fold fine-tunes")
    parser.add_argument("--cache", default=None, help="folder for rendered digits (--folds)")
    parser.add_argument("--saved", default=None, help="reuse fine-tuned fold models (--folds)")
    args = parser.parse_args()
    if not Path(args.data).exists():
        sys.exit(f"real_handwriting: {args.data} not found; give --data FILE.jsonl.gz")
    t0 = time.perf_counter()
    with gzip.open(args.data, "rt") as f:
        rows = [json.loads(line) for line in f]
    if args.writers:
        keep = {int(w) for w in args.writers.split(",")}
        rows = [r for r in rows if int(r["writer"]) in keep]
    predictor = Predictor.from_file(args.model, jit=False, detect=False)
    pens = [float(p) for p in args.pens.split(",")]
    per_pen, confusions = {}, collections.Counter()
    right = np.zeros((10,)), np.zeros((10,))
    unsure_all, unsure_wrong, wrong_all = 0, 0, 0
    writer_ok, writer_n = collections.Counter(), collections.Counter()
    n_all = 0
    for pen in pens:
        ok = np.zeros(10)
        seen = np.zeros(10)
        unsure = 0
        for row in rows:
            label = int(row["label"])
            digit, conf = predict(predictor, render_strokes(row["strokes"], pen=pen))
            seen[label] += 1
            hit = digit == label
            ok[label] += hit
            writer_ok[row["writer"]] += hit
            writer_n[row["writer"]] += 1
            sure = is_sure(conf)
            unsure += not sure
            unsure_all += not sure
            n_all += 1
            if not hit:
                wrong_all += 1
                unsure_wrong += not sure
                confusions[f"{label} read as {digit}"] += 1
        right[0][:] += ok
        right[1][:] += seen
        per_pen[f"pen {pen:g}"] = {
            "accuracy": round(float(ok.sum() / seen.sum()), 4),
            "not_sure": round(unsure / len(rows), 4),
            "per_digit": [round(float(a), 3) for a in ok / np.maximum(seen, 1)],
        }
    junk = collections.Counter()
    junk_unsure = collections.Counter()
    for img, kind in nondigits(args.random):
        k = kind.split()[0]
        _, conf = predict(predictor, img)
        junk[k] += 1
        junk_unsure[k] += not is_sure(conf)
    lwo = leave_writers_out(args) if args.folds else recorded(Path(args.model))
    print(
        json.dumps(
            {
                "bench": "real_handwriting",
                "model": Path(args.model).name,
                "writers_seen_in_training": recorded_writers(Path(args.model)),
                "digits": len(rows),
                "writers": len({r["writer"] for r in rows}),
                "pens": pens,
                "accuracy": round(float(right[0].sum() / right[1].sum()), 4),
                "per_digit": [round(float(a), 3) for a in right[0] / right[1]],
                "by_pen": per_pen,
                "by_writer": {
                    str(w): round(writer_ok[w] / writer_n[w], 3) for w in sorted(writer_n)
                },
                "confusions": dict(confusions.most_common(8)),
                "not_sure_threshold": NOT_SURE_BELOW,
                "not_sure_real_digits": round(unsure_all / n_all, 4),
                "not_sure_among_wrong": round(unsure_wrong / max(wrong_all, 1), 3),
                "not_sure_nondigits": round(sum(junk_unsure.values()) / sum(junk.values()), 4),
                "not_sure_by_kind": {k: round(junk_unsure[k] / junk[k], 3) for k in sorted(junk)},
                "nondigits": sum(junk.values()),
                "leave_writers_out": lwo,
                "seconds": round(time.perf_counter() - t0, 1),
            }
        )
    )


def recorded(model: Path) -> dict | None:
    """The leave-writers-out figures in the model's metadata (``<model>.json``), if any."""
    try:
        meta = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    lwo = meta.get("pen_digits_leave_writers_out")
    return None if lwo is None else {"source": f"{model.with_suffix('.json').name}", **lwo}


def recorded_writers(model: Path) -> list[int] | None:
    """Which pen writers the model was fine-tuned on, from its metadata (None: unknown)."""
    try:
        meta = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta.get("fine_tune", {}).get("writers", [] if "fine_tune" not in meta else None)


def leave_writers_out(args: argparse.Namespace) -> dict:
    """Fine-tune ``args.base`` once per fold of ``args.folds`` and score the held-out writers."""
    from cnngui.core import default_model_pen as dmp
    from cnngui.core import pen_digits
    from cnngui.core.datasets import load_dataset

    if not args.base:
        sys.exit("real_handwriting: --folds needs --base MODEL.keras (the model to fine-tune)")
    rows = pen_digits.load_pen_digits(args.data)
    recipe = dmp.RECIPE
    pen_set = dmp.cached(
        args.cache,
        f"train-c{recipe['copies']}-s{recipe['seed']}",
        lambda: dmp.stroke_set(rows, recipe["copies"], recipe["seed"]),
    ) + dmp.cached(
        args.cache,
        f"continental-{recipe['continental_per_digit']}",
        lambda: pen_digits.continental_set(recipe["continental_per_digit"], recipe["seed"]),
    )
    (canvas,) = dmp.cached(args.cache, "canvas", lambda: (dmp.canvas_inputs(rows),))
    folds = dmp.parse_folds(args.folds, sorted({int(r["writer"]) for r in rows}))
    mnist = load_dataset("mnist")
    result = dmp.leave_writers_out(
        args.base, rows, canvas, pen_set, mnist, recipe, folds, args.saved
    )
    return {"source": "computed", **result}


if __name__ == "__main__":
    main()
