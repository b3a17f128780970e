"""Output shapes, parameter counts and multiply-accumulates — pure arithmetic, no TensorFlow.

The formulas are Keras's own (``keras.src.ops.operation_utils``), so a spec whose
layers build in Keras gets exactly Keras's shapes and counts. Each layer also carries
the arithmetic as text, because seeing ``(28 − 3)/1 + 1 = 26`` is how students learn
where the numbers come from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import prod

from cnngui.core.model.spec import MAX_LAYERS, LayerSpec, ModelSpec, too_many_layers

Shape = tuple[int, ...]

MAX_PARAMS = 500_000_000
BYTES_PER_PARAM = 4  # float32 weights


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


def fmt_bytes(n: int) -> str:
    units = ["bytes", "KB", "MB", "GB", "TB"]
    value = float(n)
    for unit in units:
        if value < 1000 or unit == units[-1]:
            return f"{value:,.0f} {unit}" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1000
    return f"{n} bytes"  # pragma: no cover


@dataclass
class LayerInfo:
    """Everything the builder and `summary` show about one layer."""

    index: int
    layer: LayerSpec
    input_shape: Shape | None
    output_shape: Shape | None = None
    trainable_params: int = 0
    non_trainable_params: int = 0
    macs: int = 0
    shape_math: str = ""
    params_math: str = ""
    error: str | None = None
    #: advice about a layer Keras builds; ``blocks`` says it also makes training pointless
    warning: str | None = None
    blocks: bool = False

    @property
    def type(self) -> str:
        return self.layer.type

    @property
    def params(self) -> int:
        return self.trainable_params + self.non_trainable_params

    @property
    def label(self) -> str:
        return f"layer {self.index} {self.layer.type}"


@dataclass
class Analysis:
    """Shapes and counts of a whole spec, with its errors (blocking) and warnings (advice)."""

    spec: ModelSpec
    layers: list[LayerInfo] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def output_shape(self) -> Shape | None:
        if not self.ok:
            return None
        return self.layers[-1].output_shape if self.layers else self.spec.input_shape

    @property
    def trainable_params(self) -> int:
        return sum(info.trainable_params for info in self.layers)

    @property
    def non_trainable_params(self) -> int:
        return sum(info.non_trainable_params for info in self.layers)

    @property
    def total_params(self) -> int:
        return self.trainable_params + self.non_trainable_params

    @property
    def total_macs(self) -> int:
        return sum(info.macs for info in self.layers)

    @property
    def size_bytes(self) -> int:
        return self.total_params * BYTES_PER_PARAM

    def training_blocker(self, num_classes: int = 10) -> str | None:
        """Why this network cannot be trained on a dataset of ``num_classes`` (None: it can).

        A network Keras builds still cannot classify unless it ends in one vector of
        ``num_classes`` numbers; its shapes and counts are shown all the same.
        """
        if self.errors:
            return self.errors[0]
        if not self.spec.layers:
            return "the network has no layers; add some or pick a preset."
        blocking = next((i.warning for i in self.layers if i.blocks and i.warning), None)
        if blocking:
            return blocking
        out = self.output_shape
        if out != (num_classes,):
            return (
                f"the network's output is {fmt_shape(out)}, but to classify it must be one "
                f"vector of {num_classes} numbers, one for each of the dataset's {num_classes} "
                f"classes; {self._output_fix(num_classes)}."
            )
        return None

    def _output_fix(self, num_classes: int) -> str:
        """The change that makes the output one vector of ``num_classes`` numbers."""
        out = self.output_shape or ()
        per_pixel = next(
            (i for i in self.layers if i.type == "Dense" and len(i.input_shape or ()) > 1), None
        )
        if per_pixel is not None:
            return f"insert a Flatten layer before {per_pixel.label}"
        if len(out) > 1:
            return f'add Flatten and Dense({num_classes}, activation="softmax") at the end'
        if self.layers and self.layers[-1].type == "Dense":
            return f"set the last Dense layer's units to {num_classes}"
        return f'add Dense({num_classes}, activation="softmax") at the end'


def _pair_text(p: tuple[int, int]) -> str:
    return f"{p[0]}×{p[1]}"


def _axis_math(size: int, k: int, s: int, padding: str, out: int) -> str:
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


def _spatial_math(
    h: int, w: int, k: tuple[int, int], s: tuple[int, int], padding: str, out: tuple[int, int]
) -> str:
    hm = _axis_math(h, k[0], s[0], padding, out[0])
    if (h, k[0], s[0]) == (w, k[1], s[1]):
        return f"height and width: {hm}"
    return f"height: {hm}; width: {_axis_math(w, k[1], s[1], padding, out[1])}"


def _bad(where: str, what: str, why: str, fix: str) -> str:
    return f"{where}: {what}, but {why}; {fix}."


def _check_values(info: LayerInfo) -> str | None:
    """Argument values that are wrong whatever the input (zero filters, bad dropout rate)."""
    a = info.layer.args
    t = info.layer.type
    w = info.label
    if t == "Conv2D":
        if a["filters"] < 1:
            return _bad(
                w, f"filters is {a['filters']}", "a layer needs at least 1 filter", "use e.g. 32"
            )
        for arg in ("kernel_size", "strides", "dilation_rate"):
            if min(a[arg]) < 1:
                return _bad(
                    w,
                    f"{arg} is {_pair_text(a[arg])}",
                    "each side must be at least 1",
                    "use e.g. 3×3 for kernel_size, 1×1 for strides and dilation_rate",
                )
        if max(a["strides"]) > 1 and max(a["dilation_rate"]) > 1:
            return _bad(
                w,
                f"strides is {_pair_text(a['strides'])} and dilation_rate is "
                f"{_pair_text(a['dilation_rate'])}",
                "Keras cannot use both above 1",
                "set one of them to 1",
            )
    elif t in ("MaxPooling2D", "AveragePooling2D"):
        if min(a["pool_size"]) < 1:
            return _bad(
                w,
                f"pool_size is {_pair_text(a['pool_size'])}",
                "each side must be at least 1",
                "use e.g. 2×2",
            )
        if a["strides"] is not None and min(a["strides"]) < 1:
            return _bad(
                w,
                f"strides is {_pair_text(a['strides'])}",
                "each side must be at least 1",
                "use null to step by the pool size",
            )
    elif t == "Dense":
        if a["units"] < 1:
            return _bad(
                w, f"units is {a['units']}", "a layer needs at least 1 neuron", "use e.g. 64"
            )
    elif t == "Dropout" and not 0 <= a["rate"] <= 1:
        return _bad(
            w,
            f"rate is {a['rate']:g}",
            "it must be from 0 to 1 (the fraction of values dropped)",
            "use e.g. 0.25",
        )
    return None


def _check_trainable_values(info: LayerInfo) -> str | None:
    """Values Keras accepts but that make training useless (all dropped, dividing by zero)."""
    a = info.layer.args
    t = info.layer.type
    w = info.label
    if t == "Dropout" and a["rate"] == 1:
        return _bad(
            w,
            "rate is 1",
            "that drops every value, so nothing reaches the next layer",
            "use a rate below 1, e.g. 0.25",
        )
    if t == "BatchNormalization":
        if not 0 <= a["momentum"] <= 1:
            return _bad(
                w,
                f"momentum is {a['momentum']:g}",
                "the running statistics only settle for a momentum from 0 to 1",
                "use 0.99",
            )
        if a["epsilon"] <= 0:
            return _bad(
                w,
                f"epsilon is {a['epsilon']:g}",
                "it must be above 0 or a channel with no variation divides by zero",
                "use 0.001",
            )
    return None


def _image_input(info: LayerInfo, shape: Shape, needs: str) -> str | None:
    if len(shape) == 3:
        return None
    return (
        f"{info.label}: input is a flat list of {fmt_int(shape[0])} numbers, but {info.type} "
        f"needs an image (height×width×channels); move it before the Flatten/Dense layers "
        f"or remove it."
    )


def _conv(info: LayerInfo, shape: Shape) -> str | None:
    a = info.layer.args
    h, w, c = shape
    k, s, d = a["kernel_size"], a["strides"], a["dilation_rate"]
    eff = ((k[0] - 1) * d[0] + 1, (k[1] - 1) * d[1] + 1)
    out = (
        conv_output_length(h, k[0], s[0], a["padding"], d[0]),
        conv_output_length(w, k[1], s[1], a["padding"], d[1]),
    )
    if min(out) < 1:
        return (
            f"{info.label}: input is {fmt_shape(shape)}, smaller than the kernel "
            f"{_pair_text(eff)}, so the output would be {out[0]}×{out[1]}; "
            f'use padding="same", a smaller kernel_size, or remove a pooling layer before it.'
        )
    f = a["filters"]
    info.output_shape = (out[0], out[1], f)
    info.trainable_params = conv_params(k, c, f, a["use_bias"])
    info.macs = out[0] * out[1] * f * k[0] * k[1] * c
    info.shape_math = _spatial_math(h, w, eff, s, a["padding"], out) + f"; channels = filters = {f}"
    bias = f" + {f}" if a["use_bias"] else ""
    info.params_math = (
        f"{k[0]}·{k[1]}·{c}·{f}{bias} = {fmt_int(info.trainable_params)}"
        f"  (kernel h·w · input channels · filters{' + one bias per filter' if bias else ''})"
    )
    return None


def _pool(info: LayerInfo, shape: Shape) -> str | None:
    a = info.layer.args
    h, w, c = shape
    p = a["pool_size"]
    s = a["strides"] if a["strides"] is not None else p
    out = (
        pool_output_length(h, p[0], s[0], a["padding"]),
        pool_output_length(w, p[1], s[1], a["padding"]),
    )
    if min(out) < 1:
        return (
            f"{info.label}: input is {fmt_shape(shape)}, smaller than pool_size "
            f"{_pair_text(p)}, so the output would be {max(out[0], 0)}×{max(out[1], 0)}; "
            f'use padding="same" or remove a pooling layer.'
        )
    info.output_shape = (out[0], out[1], c)
    info.shape_math = _spatial_math(h, w, p, s, a["padding"], out) + f"; channels stay {c}"
    info.params_math = "0 — pooling has nothing to learn"
    return None


def _dense(info: LayerInfo, shape: Shape) -> None:
    """Dense acts on the last axis, as in Keras: on an image, on each pixel separately."""
    a = info.layer.args
    n, u = shape[-1], a["units"]
    positions = prod(shape[:-1])
    info.output_shape = (*shape[:-1], u)
    info.trainable_params = dense_params(n, u, a["use_bias"])
    info.macs = positions * n * u
    bias = f" + {u}" if a["use_bias"] else ""
    info.params_math = (
        f"{fmt_int(n)}·{u}{bias} = {fmt_int(info.trainable_params)}"
        f"  (inputs · units{' + one bias per unit' if bias else ''})"
    )
    if len(shape) == 1:
        info.shape_math = f"units = {u}"
        return None
    where = fmt_shape(shape[:-1])
    info.shape_math = (
        f"each of the {where} positions: its {n} channel values → {u} units, "
        f"so {fmt_shape(shape)} → {fmt_shape(info.output_shape)}"
    )
    info.warning = (
        f"{info.label}: Dense is applied to each of the {where} pixels separately "
        f"(the same {n}→{u} weights at every position), so it does not look at the whole "
        f"image; insert a Flatten layer before it to classify the image."
    )
    return None


def _propagate(info: LayerInfo, shape: Shape) -> str | None:
    """Set the output shape and counts of one layer whose input shape is known."""
    t = info.type
    a = info.layer.args
    if t in (
        "Conv2D",
        "MaxPooling2D",
        "AveragePooling2D",
        "GlobalMaxPooling2D",
        "GlobalAveragePooling2D",
    ):
        problem = _image_input(info, shape, t)
        if problem:
            return problem
    if t == "Conv2D":
        return _conv(info, shape)
    if t in ("MaxPooling2D", "AveragePooling2D"):
        return _pool(info, shape)
    if t in ("GlobalMaxPooling2D", "GlobalAveragePooling2D"):
        c = shape[2]
        info.output_shape = (1, 1, c) if a["keepdims"] else (c,)
        how = "maximum" if t.startswith("GlobalMax") else "average"
        info.shape_math = f"each of the {c} channels → its {how} over {shape[0]}×{shape[1]}"
        info.params_math = "0 — pooling has nothing to learn"
        return None
    if t == "Flatten":
        n = prod(shape)
        info.output_shape = (n,)
        info.shape_math = f"{' · '.join(str(d) for d in shape)} = {fmt_int(n)}"
        info.params_math = "0 — only rearranges the numbers"
        return None
    if t == "Dense":
        return _dense(info, shape)
    if t == "BatchNormalization":
        c = shape[-1]
        learned = int(a["center"]) + int(a["scale"])
        info.output_shape = shape
        info.trainable_params = learned * c
        info.non_trainable_params = 2 * c
        names = " and ".join(n for n, on in (("γ", a["scale"]), ("β", a["center"])) if on)
        info.shape_math = "same shape as its input"
        info.params_math = (
            f"{learned}·{c} = {fmt_int(learned * c)} trainable ({names or 'none'} per channel) "
            f"+ 2·{c} = {fmt_int(2 * c)} not trainable (running mean and variance)"
        )
        return None
    if t in ("Dropout", "Activation"):
        info.output_shape = shape
        info.shape_math = "same shape as its input"
        info.params_math = "0 — nothing to learn"
        return None
    raise AssertionError(t)  # pragma: no cover


def analyze(spec: ModelSpec, num_classes: int | None = 10) -> Analysis:
    """Shapes, parameter counts, MACs, errors and warnings of every layer of ``spec``.

    >>> from cnngui.core.model.presets import get_preset
    >>> analyze(get_preset("three-conv")).total_params
    93322
    """
    result = Analysis(spec)
    if len(spec.layers) > MAX_LAYERS:
        result.errors.append(too_many_layers(len(spec.layers)))
        return result
    shape: Shape | None = tuple(spec.input_shape)
    for index, layer in enumerate(spec.layers):
        info = LayerInfo(index, layer, shape)
        info.error = _check_values(info)
        if info.error is None and shape is not None:
            info.error = _propagate(info, shape)
        if info.error:
            result.errors.append(info.error)
        elif shape is not None:
            blocking = _check_trainable_values(info)
            if blocking:
                info.warning, info.blocks = blocking, True
        shape = info.output_shape if info.error is None else None
        result.layers.append(info)
    if result.ok and result.total_params > MAX_PARAMS:
        result.errors.append(
            f"the network has {fmt_int(result.total_params)} parameters "
            f"({fmt_bytes(result.size_bytes)} of float32 weights), more than the "
            f"{fmt_int(MAX_PARAMS)} this app allows; use fewer filters or units, or pool "
            f"before Flatten."
        )
    if result.ok and num_classes:
        result.warnings.extend(_output_warnings(result, num_classes))
    return result


def training_memory_bytes(analysis: Analysis, batch_size: int) -> int:
    """A rough lower bound of the memory one training step needs, for refusing hopeless runs.

    Weights, their gradients and Adam's two moment estimates (4 copies of every
    parameter), plus every layer's output for the batch, kept for the backward pass and
    matched by a gradient of the same size (2 copies), all float32.

    >>> from cnngui.core.model.presets import get_preset
    >>> training_memory_bytes(analyze(get_preset("mlp")), 64) // 1000
    2501
    """
    params = analysis.total_params * BYTES_PER_PARAM * 4
    values = prod(analysis.spec.input_shape) + sum(
        prod(info.output_shape) for info in analysis.layers if info.output_shape
    )
    return params + values * batch_size * BYTES_PER_PARAM * 2


def _output_warnings(result: Analysis, num_classes: int) -> list[str]:
    layers = result.spec.layers
    if not layers:
        return ["the network has no layers yet; add layers or choose a preset."]
    notes = [i.warning for i in result.layers if i.warning]
    out = result.output_shape
    if out != (num_classes,):
        blocker = result.training_blocker(num_classes)
        return [*notes, blocker] if blocker and blocker not in notes else notes
    # Dropout passes values through unchanged when predicting: look at the layer before it
    last = next((i for i in reversed(result.layers) if i.type != "Dropout"), result.layers[-1])
    if last.layer.args.get("activation") != "softmax":
        notes.append(
            f"{last.label}: this layer makes the network's output but has no softmax, so the "
            f'outputs are not probabilities; set activation="softmax" on it.'
        )
    return notes
