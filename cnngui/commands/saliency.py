"""``cnngui saliency IMAGE... [--model M.keras] [--method grad|integrated|occlusion|gradcam]
[--digit N] [--out OUT.png] [--json]``: which pixels made the network's decision.

Each image goes through the canvas's preprocessing; the map is 28×28 over that input.
With ``--json``, one line per image: ``{"file", "digit", "method", "saliency"}`` (28 rows
of 28 floats). A bad file gets one sentence and the others are still explained; exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cnngui.core.errors import UserError

METHODS = ("grad", "integrated", "occlusion", "gradcam")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "saliency",
        help="show which pixels made the network's decision (gradient, occlusion, Grad-CAM)",
    )
    p.add_argument("images", nargs="+", metavar="IMAGE", help="image files (PNG, JPEG, ...)")
    p.add_argument("--model", metavar="MODEL.keras", default=None, help="default: bundled model")
    p.add_argument(
        "--method",
        default="grad",
        help="grad (gradient × input, default), integrated (integrated gradients), "
        "occlusion (probability drop when a patch is erased), gradcam (last Conv2D)",
    )
    p.add_argument(
        "--digit", type=int, default=None, help="explain this digit instead of the predicted one"
    )
    p.add_argument(
        "--out",
        metavar="OUT.png",
        default=None,
        help="write the map over the drawing (red: towards the digit, blue: away); with "
        "several images, OUT-1.png, OUT-2.png, ...",
    )
    p.add_argument("--scale", type=int, default=1, help="draw each pixel N×N (default 1)")
    p.add_argument(
        "--json",
        action="store_true",
        help='one JSON object per image: {"file", "digit", "method", "saliency"}',
    )
    p.set_defaults(func=run)


def _out_path(out: str, index: int, count: int) -> Path:
    p = Path(out)
    return p if count == 1 else p.with_name(f"{p.stem}-{index + 1}{p.suffix or '.png'}")


def run(args: argparse.Namespace) -> int:
    from cnngui.core.inference.explain.render import overlay, save_png
    from cnngui.core.inference.explain.saliency import METHOD_NAMES, Explainer
    from cnngui.core.inference.predictor import default_model_path, load_model
    from cnngui.core.inference.preprocess import load_image_file, preprocess

    method = str(args.method).strip().lower()
    if method not in METHODS:
        raise UserError(f"unknown method {args.method!r}; use one of {', '.join(METHODS)}.")
    if args.digit is not None and not 0 <= args.digit <= 9:
        raise UserError(f"--digit must be from 0 to 9, not {args.digit}.")
    if args.out is not None and not Path(args.out).parent.is_dir():
        raise UserError(
            f"cannot write {args.out}: the folder {Path(args.out).parent} does not exist."
        )
    if args.model is None and not default_model_path().exists():
        raise UserError(
            f"the bundled model {default_model_path()} is missing; "
            "give one with --model MODEL.keras (e.g. from `cnngui train`)."
        )
    explainer = Explainer(load_model(args.model or default_model_path()))
    failed = False
    for i, name in enumerate(args.images):
        try:
            pre = preprocess(load_image_file(name))
            if pre.empty or pre.image28 is None:
                raise UserError(f"{name}: no digit found (the image is blank); draw or scan one.")
            result = explainer.explain(pre.image28, method, args.digit)
            written = None
            if args.out is not None:
                pixels = overlay(pre.image28, result.values)
                written = save_png(pixels, _out_path(args.out, i, len(args.images)), args.scale)
        except UserError as exc:
            failed = True
            message = str(exc) if name in str(exc) else f"{name}: {exc}"
            print(f"cnngui saliency: {message}", file=sys.stderr, flush=True)
            continue
        if args.json:
            rows = [[round(float(v), 7) for v in row] for row in result.values]
            line = {"file": name, "digit": result.digit, "method": method, "saliency": rows}
            print(json.dumps(line))
        else:
            p = float(result.probabilities[result.digit])
            where = f"; written to {written}" if written else ""
            print(f"{name}: {METHOD_NAMES[method]} for {result.digit} ({p:.1%}){where}")
        sys.stdout.flush()
    return 2 if failed else 0
