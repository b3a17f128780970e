"""Latency of one live prediction: preprocessing, the compiled call, the feature-map mosaics.

Over ≥ 200 drawings (MNIST test digits placed at random sizes and places on a 280×280
canvas, as the canvas would hand them over) it measures the median and p95 of:
preprocessing; the compiled call returning probabilities + all activations; updating
every layer's mosaic image (offscreen Qt); and, for contrast, ``model.predict`` on the
same input. Prints ONE JSON line. Target on a 2-core CPU with the default model:
preprocessing + compiled call p95 ≤ 5 ms and ≥ 10× faster than ``model.predict``.

    .venv/bin/python bench/predict_latency.py [--model MODEL.keras] [--drawings 200]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PIL import Image

from cnngui.core.inference.predictor import Predictor, default_model_path, load_model
from cnngui.core.inference.preprocess import preprocess
from cnngui.core.resources import resource


def drawings(n: int, seed: int = 0) -> list[np.ndarray]:
    """``n`` canvases (280×280 float, ink 1.0) with a test digit at a random size and place."""
    rng = np.random.default_rng(seed)
    with np.load(resource("mnist.npz")) as data:
        digits = data["x_test"][:n]
    out = []
    for d in digits:
        side = int(rng.integers(60, 280))
        img = Image.fromarray(d).resize((side, side), Image.Resampling.BILINEAR)
        canvas = Image.new("L", (280, 280), 0)
        x, y = rng.integers(0, 281 - side, size=2)
        canvas.paste(img, (int(x), int(y)))
        out.append(np.asarray(canvas, np.float32) / 255.0)
    return out


def stats(seconds: list[float]) -> dict[str, float]:
    ms = np.asarray(seconds) * 1000.0
    return {
        "median_ms": round(float(np.median(ms)), 3),
        "p95_ms": round(float(np.percentile(ms, 95)), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(default_model_path()))
    parser.add_argument("--drawings", type=int, default=200)
    parser.add_argument("--predict-runs", type=int, default=100, help="model.predict calls")
    args = parser.parse_args()
    n = max(200, args.drawings)

    model = load_model(args.model)
    predictor = Predictor(model)
    canvases = drawings(n)

    from PySide6.QtWidgets import QApplication

    from cnngui.ui.feature_maps import FeatureMapView

    app = QApplication.instance() or QApplication([])
    view = FeatureMapView()
    view.resize(900, 800)
    view.set_model(model)
    view.show()

    t_pre, t_call, t_both, t_maps, inputs = [], [], [], [], []
    for canvas in canvases[:10]:  # warm caches
        pre = preprocess(canvas)
        view.show_prediction(predictor(pre.image28))
    for canvas in canvases:
        t0 = time.perf_counter()
        pre = preprocess(canvas)
        t1 = time.perf_counter()
        prediction = predictor(pre.image28)
        t2 = time.perf_counter()
        view.show_prediction(prediction)
        t3 = time.perf_counter()
        t_pre.append(t1 - t0)
        t_call.append(t2 - t1)
        t_both.append(t2 - t0)
        t_maps.append(t3 - t2)
        inputs.append(pre.image28)
    app.processEvents()

    x = inputs[0].reshape(1, 28, 28, 1)
    model.predict(x, verbose=0)  # its own warm-up
    t_predict = []
    for image in inputs[: args.predict_runs]:
        t0 = time.perf_counter()
        model.predict(image.reshape(1, 28, 28, 1), verbose=0)
        t_predict.append(time.perf_counter() - t0)

    both, predict = stats(t_both), stats(t_predict)
    result = {
        "bench": "predict_latency",
        "model": os.path.basename(args.model),
        "drawings": n,
        "cpu_count": os.cpu_count(),
        "xla_jit": predictor.jit,
        "layers": len(predictor.layer_names),
        "preprocess": stats(t_pre),
        "compiled_call": stats(t_call),
        "preprocess_plus_call": both,
        "mosaic_updates": stats(t_maps),
        "model_predict": {**predict, "runs": len(t_predict)},
        "speedup_median": round(predict["median_ms"] / both["median_ms"], 1),
        "speedup_p95": round(predict["p95_ms"] / both["p95_ms"], 1),
        "target_p95_ms": 5.0,
        "meets_p95_target": both["p95_ms"] <= 5.0,
        "meets_10x_target": predict["median_ms"] / both["median_ms"] >= 10.0,
        "mean_total_ms": round(1000 * statistics.fmean(a + b for a, b in zip(t_both, t_maps)), 3),
    }
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
