"""The bundled default model on real pen-drawn digits, and how often it says "not sure".

1,749 digits written on a tablet by 7 writers (UCI Pen-Based Recognition of Handwritten
Digits, test writers, E. Alpaydin and F. Alimoglu, CC BY 4.0; kept outside the project,
see /work/shared/datasets/README.md) are rendered the way the canvas draws them
(:mod:`cnngui.core.inference.strokes_render`) with a few pen widths, preprocessed like
the window and predicted by the predictor. Prints ONE JSON line: overall and per-digit
accuracy per pen, the most common confusions, the "not sure" rate on these real digits
(target ≤ 2 %) and on generated non-digits (``bench/_nondigits.py``; should be high).

    .venv/bin/python bench/real_handwriting.py [--data FILE.jsonl.gz] [--pens 12,20,30]
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
    args = parser.parse_args()
    if not Path(args.data).exists():
        sys.exit(f"real_handwriting: {args.data} not found; give --data FILE.jsonl.gz")
    t0 = time.perf_counter()
    with gzip.open(args.data, "rt") as f:
        rows = [json.loads(line) for line in f]
    predictor = Predictor.from_file(default_model_path(), jit=False, detect=False)
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
    print(
        json.dumps(
            {
                "bench": "real_handwriting",
                "model": default_model_path().name,
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
                "seconds": round(time.perf_counter() - t0, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
