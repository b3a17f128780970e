"""``cnngui predict IMAGE... [--model MODEL.keras|MODEL.h5] [--json]``: classify digit images.

Each file goes through the same MNIST-style preprocessing as the canvas, then is fitted
to the model's input and pixel convention by the one loader
(:mod:`cnngui.core.inference.loader`), which says in one line on stderr when the model
is fed other than 0–1, white on black. A bad file gets
one sentence on stderr and the others are still predicted; the exit code is 2 if any
file failed. Below the calibrated confidence
(:data:`~cnngui.core.inference.confidence.NOT_SURE_BELOW`) the answer is "not sure
(maybe 7, 41 %)" and the JSON line has ``"sure": false``, so a scribble is not given a
confident wrong digit.
"""

from __future__ import annotations

import argparse
import json
import sys

from cnngui.core.errors import UserError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "predict",
        help="predict the digit in image files (any size, dark-on-light or light-on-dark)",
    )
    p.add_argument("images", nargs="+", metavar="IMAGE", help="image files (PNG, JPEG, ...)")
    p.add_argument(
        "--model",
        metavar="MODEL",
        default=None,
        help="a Keras model file, .keras or .h5, Keras 2.0 on (default: the bundled model)",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help='one JSON object per image: {"file", "digit", "probabilities", "sure"}',
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cnngui.core.inference.confidence import describe, is_sure
    from cnngui.core.inference.predictor import Predictor, default_model_path
    from cnngui.core.inference.preprocess import load_image_file, preprocess

    path = args.model or default_model_path()
    if args.model is None and not default_model_path().exists():
        raise UserError(
            f"the bundled model {default_model_path()} is missing; "
            "give one with --model MODEL.keras (e.g. from `cnngui train`)."
        )
    # XLA pays for its few seconds of compiling only over many images; the bundled model
    # is known to take pixels 0–1, white on black, so only other files are checked
    predictor = Predictor.from_file(
        path, jit=None if len(args.images) > 200 else False, detect=args.model is not None
    )
    loaded = predictor.loaded
    if loaded is not None:
        for line in [loaded.message, *(w for w in loaded.warnings if "MNIST" in w)]:
            if line:
                print(f"cnngui predict: {line}", file=sys.stderr, flush=True)
    failed = False
    for name in args.images:
        try:
            pre = preprocess(load_image_file(name))
            if pre.empty or pre.image28 is None:
                raise UserError(f"{name}: no digit found (the image is blank); draw or scan one.")
            prediction = predictor(pre.image28)
        except UserError as exc:
            failed = True
            message = str(exc)
            if name not in message:
                message = f"{name}: {message}"
            print(f"cnngui predict: {message}", file=sys.stderr, flush=True)
            continue
        probs = [round(float(p), 6) for p in prediction.probabilities]
        if args.json:
            line = {"file": name, "digit": prediction.digit, "probabilities": probs}
            line["sure"] = is_sure(prediction.confidence)
            print(json.dumps(line))
        else:
            print(f"{name}: {describe(prediction.digit, prediction.confidence)}")
        sys.stdout.flush()
    return 2 if failed else 0
