"""Output shapes, parameter counts and multiply-accumulates — pure arithmetic, no TensorFlow.

The formulas are Keras's own (``keras.src.ops.operation_utils``), so a spec whose
layers build in Keras gets exactly Keras's shapes and counts. Each layer also carries
the arithmetic as text, because seeing ``(28 − 3)/1 + 1 = 26`` is how students learn
where the numbers come from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import prod

from cnngui.core.model.layers import REGISTRY
from cnngui.core.model.layers.base import (
    Shape,
    conv_output_length,
    conv_params,
    dense_params,
    fmt_int,
    fmt_shape,
    image_input,
    pool_output_length,
)
from cnngui.core.model.spec import MAX_LAYERS, LayerSpec, ModelSpec, too_many_layers
from cnngui.core.phrases import Phrase, phrase

__all__ = [
    "Analysis",
    "LayerInfo",
    "Shape",
    "analyze",
    "conv_output_length",
    "conv_params",
    "dense_params",
    "fmt_bytes",
    "fmt_int",
    "fmt_shape",
    "pool_output_length",
    "training_memory_bytes",
]

MAX_PARAMS = 500_000_000
BYTES_PER_PARAM = 4  # float32 weights


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
    #: the types of the layers before this one (advice depends on them)
    before: tuple[str, ...] = ()

    @property
    def type(self) -> str:
        return self.layer.type

    @property
    def params(self) -> int:
        return self.trainable_params + self.non_trainable_params

    @property
    def label(self) -> Phrase:
        return phrase("layer {index} {type}", index=self.index, type=self.layer.type)


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

    def training_blocker(
        self,
        num_classes: int = 10,
        image_shape: Shape | None = (28, 28, 1),
        where: str = "cli",
    ) -> str | None:
        """Why this network cannot be trained on a dataset of ``num_classes`` images of
        ``image_shape`` (None: it can; ``image_shape`` None: any size).

        ``where`` is who reads the fix: ``"window"`` (the builder's input boxes) or
        ``"cli"`` (the spec file's ``input_shape``).

        A network Keras builds still cannot classify unless it ends in one vector of
        ``num_classes`` numbers; its shapes and counts are shown all the same.
        """
        if self.errors:
            return self.errors[0]
        if not self.spec.layers:
            return phrase("the network has no layers; add some or pick a preset.")
        want = tuple(self.spec.input_shape)
        # (a flat [784] input is fine: it reads the 28×28 image row by row)
        if image_shape is not None and prod(want) != prod(image_shape):
            if where == "window":
                return phrase(
                    "the network's input is {input} but the images are {images}; set the "
                    "Input image boxes above the layers to {images}.",
                    input=fmt_shape(want),
                    images=fmt_shape(tuple(image_shape)),
                )
            return phrase(
                "the network's input is {input} but the images are {images}; set the spec's "
                '"input_shape" to {shape}.',
                input=fmt_shape(want),
                images=fmt_shape(tuple(image_shape)),
                shape=list(image_shape),
            )
        blocking = next((i.warning for i in self.layers if i.blocks and i.warning), None)
        if blocking:
            return blocking
        out = self.output_shape
        if out != (num_classes,):
            return phrase(
                "the network's output is {output}, but to classify it must be one vector of "
                "{classes} numbers, one for each of the dataset's {classes} classes; {fix}.",
                output=fmt_shape(out),
                classes=num_classes,
                fix=self._output_fix(num_classes),
            )
        return None

    def _output_fix(self, num_classes: int) -> Phrase:
        """The change that makes the output one vector of ``num_classes`` numbers."""
        out = self.output_shape or ()
        per_pixel = next(
            (i for i in self.layers if i.type == "Dense" and len(i.input_shape or ()) > 1), None
        )
        if per_pixel is not None:
            return phrase("insert a Flatten layer before {layer}", layer=per_pixel.label)
        if len(out) > 1:
            return phrase(
                'add Flatten and Dense({classes}, activation="softmax") at the end',
                classes=num_classes,
            )
        if self.layers and self.layers[-1].type == "Dense":
            return phrase("set the last Dense layer's units to {classes}", classes=num_classes)
        return phrase('add Dense({classes}, activation="softmax") at the end', classes=num_classes)


def _check_values(info: LayerInfo) -> str | None:
    """Argument values that are wrong whatever the input (zero filters, bad dropout rate)."""
    check = REGISTRY[info.type].check
    return check(info) if check else None


def _check_trainable_values(info: LayerInfo) -> str | None:
    """Values Keras accepts but that make training useless (all dropped, dividing by zero)."""
    check = REGISTRY[info.type].check_trainable
    return check(info) if check else None


def _propagate(info: LayerInfo, shape: Shape) -> str | None:
    """Set the output shape and counts of one layer whose input shape is known."""
    kind = REGISTRY[info.type]
    problem = image_input(info, shape) if kind.needs_image else None
    return problem or kind.rule(info, shape)


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
        info = LayerInfo(index, layer, shape, before=tuple(x.type for x in spec.layers[:index]))
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
            phrase(
                "the network has {params} parameters ({size} of float32 weights), more than "
                "the {limit} this app allows; use fewer filters or units, or pool before Flatten.",
                params=fmt_int(result.total_params),
                size=fmt_bytes(result.size_bytes),
                limit=fmt_int(MAX_PARAMS),
            )
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
        return [phrase("the network has no layers yet; add layers or choose a preset.")]
    notes = [i.warning for i in result.layers if i.warning]
    out = result.output_shape
    if out != (num_classes,):
        blocker = result.training_blocker(num_classes, image_shape=None)
        return [*notes, blocker] if blocker and blocker not in notes else notes
    # Dropout passes values through unchanged when predicting: look at the layer before it
    last = next((i for i in reversed(result.layers) if i.type != "Dropout"), result.layers[-1])
    if last.layer.args.get("activation") != "softmax":
        if "activation" in REGISTRY[last.type].args:
            fix = phrase('set activation="softmax" on it')
        elif any(layer.args.get("activation") == "softmax" for layer in layers):
            fix = phrase(
                "move the softmax after it (a {type} after softmax undoes the probabilities)",
                type=last.type,
            )
        else:
            fix = phrase('add Activation("softmax") after it')
        notes.append(
            phrase(
                "{layer}: this layer makes the network's output but has no softmax, so the "
                "outputs are not probabilities; {fix}.",
                layer=last.label,
                fix=fix,
            )
        )
    return notes
