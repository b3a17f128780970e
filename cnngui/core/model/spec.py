"""Model specs: the typed, validated, JSON-round-tripping description of a network.

A layer is stored with **Keras's own class name and argument names**, so a spec maps
1:1 onto ``keras.layers.<type>(**args)`` and a student learns the real API. Missing
arguments take Keras's defaults. Parsing rejects what can never be right (unknown
layer types or arguments, values of the wrong type) with a :class:`SpecError`; values
that are the right type but impossible for the architecture (zero filters, a pool
larger than its input) are reported by :func:`cnngui.core.model.shapes.analyze`, so the
builder can hold a half-typed spec while it explains what is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cnngui.core.errors import UserError
from cnngui.core.model.layers import ACTIVATIONS, PADDINGS, REGISTRY, ArgDef
from cnngui.core.phrases import Phrase, phrase, phrase_of

__all__ = [
    "ACTIVATIONS",
    "LAYER_ARGS",
    "LAYER_DESCRIPTIONS",
    "LAYER_TYPES",
    "MAX_LAYERS",
    "NEW_LAYER_ARGS",
    "PADDINGS",
    "PRIMARY_ARGS",
    "ArgDef",
    "LayerSpec",
    "ModelSpec",
    "SpecError",
]

FORMAT_NAME = "cnngui-model"
FORMAT_VERSION = 1

#: more layers than any digit classifier needs; beyond it the builder table and the Keras
#: build would take minutes (a spec file with thousands of layers is a mistake or an attack)
MAX_LAYERS = 500


def too_many_layers(count: int) -> Phrase:
    """The sentence for a spec longer than :data:`MAX_LAYERS`."""
    return phrase(
        "the network has {count:,} layers, more than the {limit} this app allows; a "
        "digit classifier needs a few dozen at most, so remove layers (a file this long is "
        "most likely a mistake).",
        count=count,
        limit=MAX_LAYERS,
    )


class SpecError(UserError, ValueError):
    """A spec that cannot be read; the message is one sentence a student can act on."""


_NAME = ArgDef("str", None, phrase("optional layer name shown in summaries"))

#: each layer type's Keras constructor arguments (from the registry, plus the optional name)
LAYER_ARGS: dict[str, dict[str, ArgDef]] = {
    name: {**t.args, "name": _NAME} for name, t in REGISTRY.items()
}
LAYER_TYPES: tuple[str, ...] = tuple(LAYER_ARGS)
LAYER_DESCRIPTIONS: dict[str, str] = {name: t.description for name, t in REGISTRY.items()}
#: the settings the builder's table edits in place (all of them are in its panel)
PRIMARY_ARGS: dict[str, tuple[str, ...]] = {name: t.primary for name, t in REGISTRY.items()}
#: a new layer's arguments when added from the menu: common, valid choices for MNIST
NEW_LAYER_ARGS: dict[str, dict[str, Any]] = {
    name: dict(t.new_args) for name, t in REGISTRY.items() if t.new_args
}


def _close_name(name: str, choices: tuple[str, ...] | list[str]) -> str | None:
    """The choice spelled most like ``name`` (case-insensitive), to suggest in errors."""
    import difflib

    lowered = {c.lower(): c for c in choices}
    if name.lower() in lowered:
        return lowered[name.lower()]
    match = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[match[0]] if match else None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _coerce(where: str, arg: str, kind: str, value: Any) -> Any:
    """Check one argument's JSON type and return it in canonical form (pairs as tuples)."""
    named = {"where": where, "arg": arg, "value": value}
    if kind == "int":
        if _is_int(value):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise SpecError(phrase("{where}: {arg} must be a whole number, got {value!r}.", **named))
    if kind in ("pair", "pair_or_none"):
        if value is None and kind == "pair_or_none":
            return None
        if _is_int(value):
            return (value, value)
        if isinstance(value, (list, tuple)) and len(value) == 2 and all(_is_int(v) for v in value):
            return (value[0], value[1])
        if kind == "pair_or_none":
            raise SpecError(
                phrase(
                    "{where}: {arg} must be a whole number, a pair like [3, 3] or null, "
                    "got {value!r}.",
                    **named,
                )
            )
        raise SpecError(
            phrase(
                "{where}: {arg} must be a whole number or a pair like [3, 3], got {value!r}.",
                **named,
            )
        )
    if kind == "float":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        raise SpecError(phrase("{where}: {arg} must be a number, got {value!r}.", **named))
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise SpecError(phrase("{where}: {arg} must be true or false, got {value!r}.", **named))
    if kind == "padding":
        if isinstance(value, str) and value.lower() in PADDINGS:
            return value.lower()
        raise SpecError(
            phrase('{where}: padding must be "valid" or "same", got {value!r}.', **named)
        )
    if kind == "activation":
        if value is None:
            return None
        if isinstance(value, str):
            if value.lower() in ACTIVATIONS:
                return value.lower()
            hint = _close_name(value, ACTIVATIONS)
            if hint:
                raise SpecError(
                    phrase(
                        '{where}: unknown activation {value!r}; did you mean "{hint}"?',
                        hint=hint,
                        **named,
                    )
                )
            raise SpecError(
                phrase(
                    "{where}: unknown activation {value!r}; use one of {names}.",
                    names=", ".join(ACTIVATIONS),
                    **named,
                )
            )
        raise SpecError(
            phrase('{where}: activation must be a name such as "relu", got {value!r}.', **named)
        )
    if kind == "shape":
        if _is_int(value):
            value = [value]
        if isinstance(value, (list, tuple)) and 1 <= len(value) <= 8 and all(map(_is_int, value)):
            return tuple(value)
        raise SpecError(
            phrase(
                "{where}: {arg} must be a list of whole numbers like [28, 28, 1], got {value!r}.",
                **named,
            )
        )
    if kind == "padding2d":
        if _is_int(value):
            return ((value, value), (value, value))
        if isinstance(value, (list, tuple)) and len(value) == 2:
            if all(_is_int(v) for v in value):
                return ((value[0], value[0]), (value[1], value[1]))
            if all(
                isinstance(v, (list, tuple)) and len(v) == 2 and all(map(_is_int, v)) for v in value
            ):
                return ((value[0][0], value[0][1]), (value[1][0], value[1][1]))
        raise SpecError(
            phrase(
                "{where}: {arg} must be a whole number, a pair [rows, columns] or "
                "[[top, bottom], [left, right]], got {value!r}.",
                **named,
            )
        )
    if kind == "str":
        if value is None or isinstance(value, str):
            return value
        raise SpecError(phrase("{where}: {arg} must be text, got {value!r}.", **named))
    raise AssertionError(kind)  # pragma: no cover - programming error


def _json_value(value: Any) -> Any:
    """Tuples (pairs, shapes, pairs of pairs) as JSON lists."""
    return [_json_value(v) for v in value] if isinstance(value, tuple) else value


@dataclass(frozen=True)
class LayerSpec:
    """One layer: a Keras class name and its constructor arguments (all of them, defaults in)."""

    type: str
    args: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def create(cls, layer_type: str, index: int | None = None, **args: Any) -> LayerSpec:
        """Build a layer from a type and (partial) arguments, filling Keras's defaults.

        >>> LayerSpec.create("Conv2D", filters=8, kernel_size=5).args["kernel_size"]
        (5, 5)
        """
        where = (
            phrase("layer {index} {type}", index=index, type=layer_type)
            if index is not None
            else str(layer_type)
        )
        if not isinstance(layer_type, str) or layer_type not in LAYER_ARGS:
            hint = _close_name(str(layer_type), LAYER_TYPES)
            fix = (
                phrase('did you mean "{hint}"?', hint=hint)
                if hint
                else phrase("use one of {names}.", names=", ".join(LAYER_TYPES))
            )
            prefix = phrase("layer {index}", index=index) if index is not None else phrase("layer")
            raise SpecError(
                phrase(
                    "{where}: unknown layer type {value!r}; {fix}",
                    where=prefix,
                    value=layer_type,
                    fix=fix,
                )
            )
        defs = LAYER_ARGS[layer_type]
        unknown = [a for a in args if a not in defs]
        if unknown:
            a = unknown[0]
            hint = _close_name(a, list(defs))
            fix = (
                phrase('did you mean "{hint}"?', hint=hint)
                if hint
                else phrase("{type} takes {names}.", type=layer_type, names=", ".join(defs))
            )
            raise SpecError(
                phrase("{where}: unknown argument {arg!r}; {fix}", where=where, arg=a, fix=fix)
            )
        canonical: dict[str, Any] = {}
        for name, d in defs.items():
            if name in args:
                canonical[name] = _coerce(where, name, d.kind, args[name])
            elif name != "name":
                canonical[name] = d.default
        if canonical.get("name") is None:
            canonical.pop("name", None)
        return cls(layer_type, canonical)

    def replace(self, **changes: Any) -> LayerSpec:
        """A copy with some arguments changed (validated like on creation)."""
        return LayerSpec.create(self.type, **{**self.args, **changes})

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type}
        for k, v in self.args.items():
            out[k] = _json_value(v)
        return out

    def keras_kwargs(self) -> dict[str, Any]:
        """Arguments for ``keras.layers.<type>(**kwargs)``."""
        return dict(self.args)

    def describe(self) -> str:
        """Short human text of the settings, e.g. ``32 × 3×3, same, relu`` (a phrase)."""
        describe = REGISTRY[self.type].describe
        return describe(self.args) if describe else ""


@dataclass(frozen=True)
class ModelSpec:
    """A whole network: a name, an input shape and an ordered tuple of layers.

    The input is an H×W×C image, or for networks of Dense layers an H×W grid or a flat
    vector (e.g. 784 numbers): the shapes real MNIST models declare.
    """

    name: str = "model"
    input_shape: tuple[int, ...] = (28, 28, 1)
    layers: tuple[LayerSpec, ...] = ()

    def with_layers(self, layers: list[LayerSpec] | tuple[LayerSpec, ...]) -> ModelSpec:
        return ModelSpec(self.name, self.input_shape, tuple(layers))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "name": self.name,
            "input_shape": list(self.input_shape),
            "layers": [layer.to_json() for layer in self.layers],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2) + "\n"

    @classmethod
    def from_json(cls, data: Any, default_name: str = "model") -> ModelSpec:
        """Parse the JSON object of the model format (see DESIGN.md)."""
        if not isinstance(data, dict):
            raise SpecError(
                phrase(
                    'a model spec must be a JSON object with a "layers" list, got {kind}.',
                    kind=type(data).__name__,
                )
            )
        fmt = data.get("format", FORMAT_NAME)
        if fmt != FORMAT_NAME:
            raise SpecError(
                phrase(
                    'this is a {format!r} file, not a cnngui model spec (expected "format": '
                    '"{expected}").',
                    format=fmt,
                    expected=FORMAT_NAME,
                )
            )
        version = data.get("version", FORMAT_VERSION)
        if not _is_int(version) or version < 1:
            raise SpecError(
                phrase("version must be a positive whole number, got {value!r}.", value=version)
            )
        if version > FORMAT_VERSION:
            raise SpecError(
                phrase(
                    "this spec is format version {version}, made by a newer cnngui; "
                    "this one reads version {supported} — update cnngui to open it.",
                    version=version,
                    supported=FORMAT_VERSION,
                )
            )
        known = {"format", "version", "name", "input_shape", "layers", "description"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise SpecError(
                phrase(
                    "unknown top-level key {key!r}; a spec has "
                    "format, version, name, input_shape and layers.",
                    key=unknown[0],
                )
            )
        name = data.get("name", default_name)
        if not isinstance(name, str):
            raise SpecError(phrase("name must be text, got {value!r}.", value=name))
        shape = data.get("input_shape", [28, 28, 1])
        if (
            not isinstance(shape, list)
            or not 1 <= len(shape) <= 3
            or not all(_is_int(v) for v in shape)
        ):
            raise SpecError(
                phrase(
                    "input_shape must be [height, width, channels], [height, width] or [length] "
                    "whole numbers, got {value!r}.",
                    value=shape,
                )
            )
        if any(v < 1 for v in shape):
            raise SpecError(
                phrase(
                    "input_shape {shape} has a dimension below 1; use e.g. [28, 28, 1] for MNIST.",
                    shape=shape,
                )
            )
        layers = data.get("layers")
        if not isinstance(layers, list):
            raise SpecError(phrase('a model spec needs a "layers" list of layer objects.'))
        if len(layers) > MAX_LAYERS:
            raise SpecError(too_many_layers(len(layers)))
        parsed = []
        for i, entry in enumerate(layers):
            if not isinstance(entry, dict):
                raise SpecError(
                    phrase(
                        'layer {index}: must be an object like {{"type": "Dense", "units": 10}}, '
                        "got {value!r}.",
                        index=i,
                        value=entry,
                    )
                )
            args = dict(entry)
            layer_type = args.pop("type", None)
            if layer_type is None:
                raise SpecError(phrase('layer {index}: missing "type" (e.g. "Conv2D").', index=i))
            parsed.append(LayerSpec.create(layer_type, index=i, **args))
        return cls(name, tuple(shape), tuple(parsed))

    @classmethod
    def loads(cls, text: str, default_name: str = "model") -> ModelSpec:
        from cnngui.core.files import parse_json

        data = parse_json(text, SpecError, "a spec")
        return cls.from_json(data, default_name=default_name)

    @classmethod
    def load(cls, path: str | Path) -> ModelSpec:
        """Read a spec file; every problem becomes a one-sentence :class:`SpecError`."""
        p = Path(path)
        from cnngui.core.files import read_user_file

        raw = read_user_file(p, "spec file", SpecError)
        if not raw.strip():
            raise SpecError(
                phrase(
                    "{path}: the file is empty; a spec is a JSON object with layers.", path=str(p)
                )
            )
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise SpecError(
                phrase("{path}: not a text file; a spec is a JSON file.", path=str(p))
            ) from None
        try:
            return cls.loads(text, default_name=p.stem)
        except SpecError as exc:
            raise SpecError(phrase("{path}: {error}", path=str(p), error=phrase_of(exc))) from None
        except RecursionError:
            raise SpecError(
                phrase("{path}: the JSON is nested too deeply to be a spec.", path=str(p))
            ) from None

    def save(self, path: str | Path) -> None:
        from cnngui.core.atomic import atomic_write_text

        atomic_write_text(Path(path), self.dumps())
