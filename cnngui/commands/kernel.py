"""``cnngui kernel IMAGE (--kernel NAME|learned-N|"a,b,c;..." | --pool max|average)
[--size] [--stride] [--padding] [--activation] --out OUT.png``: a kernel or a pooling
applied to the 28×28 input the network would see.

NumPy only — TensorFlow is imported only for ``learned-N`` (a kernel of the first Conv2D
of ``--model``). The same arithmetic as the window's kernel playground, with the output
size and its formula printed with the actual numbers.
"""

from __future__ import annotations

import argparse
import re

from cnngui.core.errors import UserError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "kernel",
        help="apply a kernel (sobel-x, blur, your own k×k numbers) or pooling to a digit image",
        description="Apply a named or typed k×k kernel (k = 1…7), or max/average pooling, to "
        "the 28×28 input the network sees, as Keras does, and write the output as a PNG.",
    )
    p.add_argument("image", metavar="IMAGE", help="an image file (PNG, JPEG, ...)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--kernel",
        metavar='NAME|learned-N|"a,b,c;d,e,f;g,h,i"',
        help="identity, sobel-x, sobel-y, laplacian, box-blur, gaussian-blur, sharpen, emboss; "
        "learned-N: kernel N of the first Conv2D of --model; or numbers: commas between "
        "values, semicolons between rows (1/9 is allowed)",
    )
    what.add_argument("--pool", choices=("max", "average"), help="pooling instead of a kernel")
    p.add_argument("--size", type=int, default=2, help="pool size with --pool (default 2)")
    p.add_argument(
        "--stride", type=int, default=None, help="step of the window (default 1; pool size)"
    )
    p.add_argument(
        "--padding",
        default="valid",
        help='"valid" (no border: the output shrinks) or "same" (zeros around: 28 stays 28 '
        "at stride 1); default valid",
    )
    p.add_argument(
        "--activation", default="linear", help="linear, relu, sigmoid, tanh or abs (default linear)"
    )
    p.add_argument(
        "--model", metavar="MODEL.keras", default=None, help="for learned-N (default: bundled)"
    )
    p.add_argument("--out", required=True, metavar="OUT.png", help="where to write the output")
    p.add_argument("--scale", type=int, default=1, help="draw each output pixel N×N (default 1)")
    p.set_defaults(func=run)


def _learned(number: int, model_path: str | None, verbose: bool) -> tuple:
    """Kernel ``number`` (1-based) of the first Conv2D layer of the model, first channel."""
    from cnngui.core.inference.explain.kernels import learned_kernel
    from cnngui.core.inference.predictor import default_model_path, first_conv_kernels, load_model
    from cnngui.core.tf_import import import_tensorflow

    path = model_path or default_model_path()
    import_tensorflow(verbose)
    found = first_conv_kernels(load_model(path))
    if found is None:
        raise UserError(f"{path} has no Conv2D layer, so it has no learned kernels.")
    name, weights = found
    return learned_kernel(weights, number - 1), f"learned kernel {number} of {name}"


def run(args: argparse.Namespace) -> int:
    from cnngui.core.inference.explain.kernels import (
        apply_kernel,
        apply_pooling,
        check_kernel,
        parse_kernel,
    )
    from cnngui.core.inference.explain.render import grey, save_png
    from cnngui.core.inference.explain.sliding import check_padding
    from cnngui.core.inference.preprocess import load_image_file, preprocess

    padding = check_padding(args.padding)
    label = ""
    if args.kernel is not None:
        match = re.fullmatch(r"\s*learned-(\d+)\s*", args.kernel, re.IGNORECASE)
        if match:
            kernel, label = _learned(int(match.group(1)), args.model, args.verbose)
        else:
            kernel = parse_kernel(args.kernel, allow_even=padding == "valid")
        kernel = check_kernel(kernel, allow_even=padding == "valid")
    pre = preprocess(load_image_file(args.image))
    if pre.empty or pre.image28 is None:
        raise UserError(f"{args.image}: no digit found (the image is blank); draw or scan one.")
    if args.kernel is not None:
        result = apply_kernel(pre.image28, kernel, args.stride or 1, padding, args.activation)
    else:
        result = apply_pooling(pre.image28, args.pool, args.size, args.stride, padding)
    out = save_png(grey(result.output), args.out, args.scale)
    h, w = result.output.shape
    what = f"{label}: {result.operation}" if label else result.operation
    print(f"{args.image}: {what} on the 28×28 input → {h}×{w}")
    print(f"  {result.formula}")
    print(f"  values {result.output.min():.4g} … {result.output.max():.4g}; written to {out}")
    return 0
