"""``cnngui kernel IMAGE --kernel NAME|"a,b,c;..." [--stride] [--padding] [--activation]
--out OUT.png``: a kernel applied to the 28×28 input the network would see.

NumPy only (no TensorFlow): the same arithmetic as the window's kernel playground, with
the output size and its formula printed with the actual numbers.
"""

from __future__ import annotations

import argparse

from cnngui.core.errors import UserError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "kernel",
        help="apply a kernel (sobel-x, blur, your own k×k numbers) to a digit image",
        description="Apply a named or typed k×k kernel (k = 1…7) to the 28×28 input the "
        "network sees, as a one-filter Conv2D does, and write the output map as a PNG.",
    )
    p.add_argument("image", metavar="IMAGE", help="an image file (PNG, JPEG, ...)")
    p.add_argument(
        "--kernel",
        required=True,
        metavar='NAME|"a,b,c;d,e,f;g,h,i"',
        help="identity, sobel-x, sobel-y, laplacian, box-blur, gaussian-blur, sharpen, emboss, "
        "or numbers: commas between values, semicolons between rows (1/9 is allowed)",
    )
    p.add_argument("--stride", type=int, default=1, help="step of the window, 1-4 (default 1)")
    p.add_argument(
        "--padding",
        default="valid",
        help='"valid" (no border: the output shrinks) or "same" (zeros around: 28 stays 28 '
        "at stride 1); default valid",
    )
    p.add_argument(
        "--activation",
        default="linear",
        help="linear, relu, sigmoid, tanh or abs (default linear)",
    )
    p.add_argument("--out", required=True, metavar="OUT.png", help="where to write the output")
    p.add_argument("--scale", type=int, default=1, help="draw each output pixel N×N (default 1)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cnngui.core.inference.explain.kernels import apply_kernel, parse_kernel
    from cnngui.core.inference.explain.render import grey, save_png
    from cnngui.core.inference.explain.sliding import check_padding
    from cnngui.core.inference.preprocess import load_image_file, preprocess

    padding = check_padding(args.padding)
    kernel = parse_kernel(args.kernel, allow_even=padding == "valid")
    pre = preprocess(load_image_file(args.image))
    if pre.empty or pre.image28 is None:
        raise UserError(f"{args.image}: no digit found (the image is blank); draw or scan one.")
    result = apply_kernel(pre.image28, kernel, args.stride, padding, args.activation)
    out = save_png(grey(result.output), args.out, args.scale)
    h, w = result.output.shape
    print(f"{args.image}: {result.operation} on the 28×28 input → {h}×{w}")
    print(f"  {result.formula}")
    print(f"  values {result.output.min():.4g} … {result.output.max():.4g}; written to {out}")
    return 0
