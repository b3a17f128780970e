"""What every layer type declares, and the small arithmetic its rules share.

A :class:`LayerType` is the one place that knows a Keras layer class in cnngui: its
arguments, the ones the builder's table shows, a new layer's settings, its description,
its checks, its shape/parameter/MAC rule (with the arithmetic as text, because seeing
``(28 − 3)/1 + 1 = 26`` is how students learn where numbers come from), its short
``describe`` text and the Keras names and settings the importer accepts for it.

Nothing here imports the rest of cnngui: :mod:`spec`, :mod:`shapes` and :mod:`importer`
read the registry, never the other way round.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cnngui.core.phrases import Phrase, phrase

Shape = tuple[int, ...]

#: every activation Keras accepts by name (``threshold`` needs numbers and ``glu`` halves
#: the last axis at run time while Keras reports the input's shape, so neither is offered);
#: the first eighteen are the common ones, in the order the builder lists them
ACTIVATIONS = (
    "linear",
    "relu",
    "relu6",
    "leaky_relu",
    "elu",
    "selu",
    "gelu",
    "silu",
    "swish",
    "mish",
    "sigmoid",
    "hard_sigmoid",
    "tanh",
    "softplus",
    "softsign",
    "exponential",
    "softmax",
    "log_softmax",
    "celu",
    "hard_silu",
    "hard_swish",
    "hard_tanh",
    "hard_shrink",
    "soft_shrink",
    "tanh_shrink",
    "log_sigmoid",
    "sparse_plus",
    "sparse_sigmoid",
    "sparsemax",
    "squareplus",
)
PADDINGS = ("valid", "same")
#: layers that shrink an image without learning (named in advice about a too-small input)
POOLING_TYPES = ("MaxPooling2D", "AveragePooling2D")


@dataclass(frozen=True)
class ArgDef:
    """One Keras constructor argument: its kind, Keras's default, and a plain description."""

    #: "int", "pair", "pair_or_none", "float", "bool", "padding", "activation", "str",
    #: "shape" (a tuple of whole numbers), "padding2d" (int, pair or pair of pairs)
    kind: str
    default: Any
    help: str
    required: bool = False


#: ``rule(info, input_shape)`` sets ``info``'s output shape, counts and arithmetic text
#: (``info`` is a :class:`cnngui.core.model.shapes.LayerInfo`) or returns the error
Rule = Callable[[Any, Shape], "str | None"]
#: ``check(info)``: an error (or blocking warning) about the values alone, or None
Check = Callable[[Any], "str | None"]


@dataclass(frozen=True)
class LayerType:
    """Everything cnngui knows about one Keras layer class."""

    name: str  #: Keras's class name, e.g. ``"Conv2D"``
    description: str  #: one line for students: what the layer does
    args: Mapping[str, ArgDef]  #: constructor arguments (``name`` is added for every type)
    rule: Rule  #: shape, parameters, MACs and their arithmetic
    primary: tuple[str, ...] = ()  #: the arguments the builder's table edits in place
    new_args: Mapping[str, Any] = field(default_factory=dict)  #: a new layer's settings
    #: hard errors, whatever the input (Keras refuses to build the layer)
    check: Check | None = None
    #: values Keras builds but that make training pointless (blocking warnings)
    check_trainable: Check | None = None
    describe: Callable[[Mapping[str, Any]], str] | None = None
    #: needs a height×width×channels input
    needs_image: bool = False
    #: other Keras class names of the same layer (as older files spell them)
    aliases: tuple[str, ...] = ()
    #: Keras arguments that change what the layer computes, with the values cnngui supports
    fixed: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)
    #: Keras argument name → ours, for files that spell an argument differently
    renames: Mapping[str, str] = field(default_factory=dict)
    #: other Keras classes that are this layer with fixed settings: class name →
    #: ``form(config)`` giving the arguments, or a sentence saying why it cannot be
    keras_forms: Mapping[str, Callable[[Mapping[str, Any]], dict[str, Any] | str]] = field(
        default_factory=dict
    )
    #: ``from_keras(args, config)`` → args: normalise imported values to cnngui's form
    from_keras: Callable[[dict[str, Any], Mapping[str, Any]], dict[str, Any]] | None = None


# ---------------------------------------------------------------------------- arithmetic


def conv_output_length(size: int, kernel: int, stride: int, padding: str, dilation: int = 1) -> int:
    """Length of one spatial axis after a convolution, as Keras computes it.

    >>> conv_output_length(28, 3, 1, "valid")
    26
    >>> conv_output_length(28, 3, 2, "same")
    14
    >>> conv_output_length(5, 3, 1, "valid", dilation=2)
    1
    """
    effective = dilation * (kernel - 1) + 1
    if padding == "same":
        return (size - 1) // stride + 1
    return (size - effective) // stride + 1


def pool_output_length(size: int, pool: int, stride: int, padding: str) -> int:
    """Length of one spatial axis after pooling, as Keras computes it.

    >>> pool_output_length(7, 2, 2, "valid")
    3
    >>> pool_output_length(7, 2, 2, "same")
    4
    """
    if padding == "same":
        return (size - 1) // stride + 1
    return (size - pool) // stride + 1


def conv_params(kernel: tuple[int, int], channels_in: int, filters: int, use_bias: bool) -> int:
    """Weights of a Conv2D layer.

    >>> conv_params((3, 3), 32, 64, True)
    18496
    """
    return kernel[0] * kernel[1] * channels_in * filters + (filters if use_bias else 0)


def dense_params(inputs: int, units: int, use_bias: bool) -> int:
    """Weights of a Dense layer.

    >>> dense_params(576, 64, True)
    36928
    """
    return inputs * units + (units if use_bias else 0)


def fmt_int(n: int) -> str:
    """Thousands separators, as students read big numbers."""
    return f"{n:,}"


def fmt_shape(shape: Shape | None) -> str:
    """``(7, 7, 64)`` → ``7×7×64``; ``(128,)`` → ``128``."""
    if shape is None:
        return "—"
    return "×".join(str(d) for d in shape)


def pair_text(p: tuple[int, int]) -> str:
    return f"{p[0]}×{p[1]}"


def describe_pair(p: tuple[int, int] | None) -> str:
    return phrase("auto") if p is None else pair_text(p)


def axis_math(size: int, k: int, s: int, padding: str, out: int) -> str:
    """One axis's formula, e.g. ``(28 − 3 + 2·1)/1 + 1 = 28``."""
    if padding == "same":
        pad = max((out - 1) * s + k - size, 0)
        pad_text = f"2·{pad // 2}" if pad % 2 == 0 and pad else str(pad)
        body = f"{size} − {k} + {pad_text}" if pad else f"{size} − {k}"
    else:
        body = f"{size} − {k}"
        pad = 0
    exact = (size - k + pad) % s == 0
    core = f"({body})/{s}" if exact else f"⌊({body})/{s}⌋"
    return f"{core} + 1 = {out}"


def spatial_math(
    h: int, w: int, k: tuple[int, int], s: tuple[int, int], padding: str, out: tuple[int, int]
) -> str:
    hm = axis_math(h, k[0], s[0], padding, out[0])
    if (h, k[0], s[0]) == (w, k[1], s[1]):
        return phrase("height and width: {math}", math=hm)
    return phrase(
        "height: {height}; width: {width}",
        height=hm,
        width=axis_math(w, k[1], s[1], padding, out[1]),
    )


def bad(where: str, what: str, why: str, fix: str) -> Phrase:
    """The one-sentence shape of every error: where, what was received, why, the fix."""
    return phrase("{where}: {what}, but {why}; {fix}.", where=where, what=what, why=why, fix=fix)


def at_least_one(where: str, arg: str, value: tuple[int, int], fix: str) -> Phrase | None:
    """The error for a pair with a side below 1, or None."""
    if min(value) >= 1:
        return None
    return bad(
        where,
        phrase("{arg} is {value}", arg=arg, value=pair_text(value)),
        phrase("each side must be at least 1"),
        fix,
    )


def image_input(info: Any, shape: Shape) -> Phrase | None:
    """The error for a layer that needs height×width×channels but gets another rank."""
    if len(shape) == 3:
        return None
    if len(shape) == 1:
        return phrase(
            "{layer}: input is a flat list of {count} numbers, but {type} needs an image "
            "(height×width×channels); move it before the Flatten/Dense layers or remove it.",
            layer=info.label,
            count=fmt_int(shape[0]),
            type=info.type,
        )
    target = str([*shape, 1]) if len(shape) == 2 else phrase("[height, width, channels]")
    return phrase(
        "{layer}: input is {shape}, which has no channels axis, but {type} needs an image "
        "(height×width×channels); insert a Reshape with target_shape {target} before it.",
        layer=info.label,
        shape=fmt_shape(shape),
        type=info.type,
        target=target,
    )


def pooled_before(info: Any) -> bool:
    """Whether a pooling layer comes before this one (then removing it is sound advice)."""
    return any(t in POOLING_TYPES for t in getattr(info, "before", ()))


def same_shape(info: Any, shape: Shape) -> None:
    """The rule of layers that change values, never the shape, and learn nothing."""
    info.output_shape = shape
    info.shape_math = phrase("same shape as its input")
    info.params_math = phrase("0 — nothing to learn")
