"""Import a Keras model file (``.keras`` or legacy ``.h5``) as an editable spec with its weights.

Files from classmates and notebooks are untrusted, so Keras never deserializes their
architecture here: the importer reads the model's JSON config itself, accepts only the
layer types and settings a :class:`~cnngui.core.model.spec.ModelSpec` can express (a
whitelist), builds a fresh model from that spec and then loads just the weight arrays.
A ``Lambda`` layer, a custom class or any other serialized code is refused with an
explanation before TensorFlow sees the file — the same guarantee as Keras's
``safe_mode=True``, with messages a student can act on.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cnngui.core.model.layers import KERAS_NAMES, REGISTRY
from cnngui.core.model.model_file import (
    HDF5_MAGIC,
    ZIP_MAGIC,
    ModelImportError,
    read_config,
    sniff,
)
from cnngui.core.model.shapes import analyze, fmt_shape
from cnngui.core.model.spec import LAYER_ARGS, LAYER_TYPES, LayerSpec, ModelSpec, SpecError
from cnngui.core.phrases import phrase, phrase_of

__all__ = [
    "HDF5_MAGIC",
    "ZIP_MAGIC",
    "ImportedModel",
    "ModelImportError",
    "import_model",
    "load_weights_into",
    "read_config",
    "sniff",
    "spec_from_config",
]

if TYPE_CHECKING:
    import keras

MNIST_INPUT = (28, 28, 1)

#: Training-only settings that are dropped on import (with a note), never refused.
_DROPPED_WITH_NOTE = (
    "kernel_regularizer",
    "bias_regularizer",
    "activity_regularizer",
    "kernel_constraint",
    "bias_constraint",
    "beta_regularizer",
    "gamma_regularizer",
    "beta_constraint",
    "gamma_constraint",
)
_MODEL_CLASSES = ("Sequential", "Functional", "Model")
_INPUT_CLASSES = ("InputLayer",)
_CODE_CLASSES = ("Lambda", "TFOpLambda", "SlicingOpLambda", "TFLambda")


@dataclass
class ImportedModel:
    """The result of :func:`import_model`. Unpacks as ``spec, model = import_model(path)``."""

    spec: ModelSpec
    model: keras.Model
    warnings: list[str] = field(default_factory=list)
    source: Path | None = None

    def __iter__(self) -> Iterator[Any]:
        yield self.spec
        yield self.model


# ---------------------------------------------------------------------------- config → spec


def _find_code(obj: Any) -> str | None:
    """Where serialized Python code hides in a config (Lambda bodies, custom objects)."""
    if isinstance(obj, dict):
        cls = obj.get("class_name")
        if cls in _CODE_CLASSES:
            return phrase("a {type} layer", type=cls)
        registered = obj.get("registered_name")
        if cls in ("function", "__lambda__") or registered not in (None, cls):
            return phrase("custom code ({name})", name=registered or cls)
        module = obj.get("module")
        if isinstance(module, str) and module and not module.startswith("keras"):
            return phrase("code from the Python module {module!r}", module=module)
        for key, value in obj.items():
            if key in ("function", "function_type") and value not in (None, "", "raw"):
                return phrase("a serialized Python function")
            found = _find_code(value)
            if found:
                return found
    elif isinstance(obj, list):
        for value in obj:
            found = _find_code(value)
            if found:
                return found
    return None


def _layer_entries(config: dict[str, Any], where: str) -> tuple[list[dict[str, Any]], str]:
    """The model's layer dicts (a simple chain) and its class name."""
    cls = config.get("class_name")
    body = config.get("config")
    if cls == "Sequential" and isinstance(body, list):
        body = {"layers": body}  # Keras 2.0–2.1 wrote a Sequential's config as a bare list
    if cls not in _MODEL_CLASSES or not isinstance(body, dict):
        raise ModelImportError(
            phrase(
                "{where}: this is a custom {type} model (Python code of its own), which "
                "cnngui does not run; rebuild it as a keras.Sequential of supported layers.",
                where=where,
                type=cls or "unknown",
            )
        )
    layers = body.get("layers")
    if not isinstance(layers, list) or not all(isinstance(e, dict) for e in layers):
        raise ModelImportError(
            phrase("{where}: the model config has no list of layers.", where=where)
        )
    if cls != "Sequential":
        _check_chain(layers, where)
    return layers, cls


def _check_chain(layers: list[dict[str, Any]], where: str) -> None:
    """A functional model is accepted when each layer takes exactly the previous one's output."""
    previous: str | None = None
    for entry in layers:
        name = entry.get("name") or (entry.get("config") or {}).get("name")
        sources = _inbound_names(entry.get("inbound_nodes") or [])
        if entry.get("class_name") in _INPUT_CLASSES and not sources:
            if previous is not None:
                raise _branched(where)
        elif previous is None or sources != [previous]:
            raise _branched(where)
        previous = name


def _branched(where: str) -> ModelImportError:
    return ModelImportError(
        phrase(
            "{where}: the model has several inputs, outputs or branches; cnngui shows models "
            "that are one chain of layers (a keras.Sequential).",
            where=where,
        )
    )


def _inbound_names(nodes: Any) -> list[str]:
    """Names of the layers feeding one layer, from Keras 3 or Keras 2 inbound_nodes."""
    if not isinstance(nodes, list) or len(nodes) > 1:
        return ["<several calls>"]
    found: list[str] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, dict):
            history = obj.get("keras_history") or (obj.get("config") or {}).get("keras_history")
            if isinstance(history, list) and history:
                found.append(str(history[0]))
                return
            for value in obj.values():
                walk(value)
        elif isinstance(obj, list):
            if len(obj) >= 3 and isinstance(obj[0], str) and isinstance(obj[1], int):
                found.append(obj[0])  # Keras 2: [name, node_index, tensor_index, kwargs]
                return
            for value in obj:
                walk(value)

    walk(nodes)
    return found


def _input_shape(entries: list[dict[str, Any]], model_config: dict[str, Any]) -> Any:
    for entry in entries:
        cfg = entry.get("config") or {}
        for key in ("batch_shape", "batch_input_shape"):
            if isinstance(cfg.get(key), list):
                return cfg[key][1:]
        if entry.get("class_name") not in _INPUT_CLASSES:
            break
    build = (model_config.get("config") or {}).get("build_input_shape")
    if isinstance(build, list):
        return build[1:]
    for entry in entries:
        build = (entry.get("build_config") or {}).get("input_shape")
        if isinstance(build, list):
            return build[1:]
    return None


def _plain_value(value: Any) -> Any:
    """Keras 3 configs wrap some values (tuples) in dicts; unwrap what is plain data."""
    if isinstance(value, dict) and value.get("class_name") == "__tuple__":
        return list(value.get("config", {}).get("value", []))
    return value


def spec_from_config(
    config: dict[str, Any], name: str = "imported", where: str = "model"
) -> tuple[ModelSpec, list[str]]:
    """A ModelSpec equivalent to a Keras model config, and notes on what was dropped.

    Raises :class:`ModelImportError` naming every unsupported layer, or the code it refuses.
    """
    # The compile settings (optimizer, loss, metrics) are never read, so a custom loss or
    # metric in them is harmless; everything that describes the network is checked.
    code = _find_code({k: v for k, v in config.items() if k != "compile_config"})
    if code:
        raise ModelImportError(
            phrase(
                "{where}: the model contains {code}, i.e. Python code stored in the file; "
                "cnngui never runs code from model files (Keras safe_mode) — rebuild the model "
                "from standard layers such as {types}.",
                where=where,
                code=code,
                types=", ".join(LAYER_TYPES[:4]),
            )
        )
    entries, _ = _layer_entries(config, where)
    notes: list[str] = []
    unsupported: list[str] = []
    layers: list[LayerSpec] = []
    body = [e for e in entries if e.get("class_name") not in _INPUT_CLASSES]
    for entry in body:
        cls = KERAS_NAMES.get(str(entry.get("class_name")), str(entry.get("class_name")))
        if cls not in LAYER_ARGS:
            unsupported.append(cls)
            continue
        cfg = entry.get("config") if isinstance(entry.get("config"), dict) else {}
        original = str(entry.get("class_name"))
        layers.append(_layer_from_config(cls, cfg, len(layers), where, notes, original))
    if unsupported:
        names = ", ".join(dict.fromkeys(unsupported))
        raise ModelImportError(
            phrase(
                "{where}: cnngui cannot import layers of type {names}; it supports {types}.",
                where=where,
                names=names,
                types=", ".join(LAYER_TYPES),
            )
        )
    shape = _input_shape(entries, config)
    if not isinstance(shape, list) or not all(isinstance(v, int) and v > 0 for v in shape):
        raise ModelImportError(
            phrase(
                "{where}: the model does not record a fixed input shape; build it with "
                "keras.Input(shape=(28, 28, 1)) and save it again.",
                where=where,
            )
        )
    if len(shape) == 2 and layers and layers[0].type == "Flatten":
        shape = [*shape, 1]  # Flatten(input_shape=(28, 28)) is the same network on 28×28×1
    if not 1 <= len(shape) <= 3:
        raise ModelImportError(
            phrase(
                "{where}: the model takes input of shape {shape}, but cnngui models take images "
                "(height×width×channels) such as 28×28×1, or flat inputs.",
                where=where,
                shape=fmt_shape(tuple(shape)),
            )
        )
    spec = _last_axis_as_minus_one(ModelSpec(name, tuple(shape), tuple(layers)))
    return spec, notes


def _last_axis_as_minus_one(spec: ModelSpec) -> ModelSpec:
    """BatchNormalization over the last axis reads as axis -1 (tf.keras 2 wrote e.g. ``[1]``)."""
    infos = analyze(spec, num_classes=None).layers
    layers = [
        layer.replace(axis=-1)
        if layer.type == "BatchNormalization"
        and info.input_shape is not None
        and layer.args["axis"] == len(info.input_shape)
        else layer
        for layer, info in zip(spec.layers, infos)
    ]
    return spec.with_layers(layers)


def file_layers(config: dict[str, Any], where: str = "model") -> list[tuple[str, str]]:
    """``(name, Keras class)`` of each layer of the file (inputs left out), in order."""
    entries, _ = _layer_entries(config, where)
    return [
        (str(e.get("name") or (e.get("config") or {}).get("name") or ""), str(e.get("class_name")))
        for e in entries
        if e.get("class_name") not in _INPUT_CLASSES
    ]


def _layer_from_config(
    cls: str, cfg: dict[str, Any], index: int, where: str, notes: list[str], original: str = ""
) -> LayerSpec:
    label = phrase(
        "{where}: {layer}",
        where=where,
        layer=phrase("layer {index} {type}", index=index, type=cls),
    )
    kind = REGISTRY[cls]
    form = kind.keras_forms.get(original)
    if form is not None:
        made = form({k: _plain_value(v) for k, v in cfg.items()})
        if isinstance(made, str):
            raise ModelImportError(
                phrase(
                    "{where}: {layer}: {problem}.",
                    where=where,
                    layer=phrase("layer {index} {type}", index=index, type=original),
                    problem=made,
                )
            )
        return LayerSpec.create(cls, index=index, **made)
    for arg, allowed in kind.fixed.items():
        value = _plain_value(cfg.get(arg))
        if arg in cfg and value not in allowed:
            raise ModelImportError(
                phrase(
                    "{layer}: {arg}={value!r} is not supported by cnngui (it needs "
                    "{needed!r}); rebuild the layer without it.",
                    layer=label,
                    arg=arg,
                    value=value,
                    needed=allowed[0],
                )
            )
    cfg = {**{ours: cfg[theirs] for theirs, ours in kind.renames.items() if theirs in cfg}, **cfg}
    args: dict[str, Any] = {}
    for arg in LAYER_ARGS[cls]:
        if arg == "name" or arg not in cfg:
            continue
        value = _plain_value(cfg[arg])
        if arg == "activation" and value is not None and not isinstance(value, str):
            raise ModelImportError(
                phrase(
                    "{layer}: the activation is a custom function, which cnngui does not run; "
                    'use a named one such as "relu".',
                    layer=label,
                )
            )
        args[arg] = value
    if kind.from_keras is not None:
        args = kind.from_keras(args, cfg)
    for arg in _DROPPED_WITH_NOTE:
        if cfg.get(arg) is not None:
            notes.append(
                phrase(
                    "{layer}: {arg} was dropped (it only affects training).",
                    layer=phrase("layer {index} {type}", index=index, type=cls),
                    arg=arg,
                )
            )
    try:
        return LayerSpec.create(cls, index=index, **args)
    except SpecError as exc:
        raise ModelImportError(
            phrase("{where}: {error}", where=where, error=phrase_of(exc))
        ) from None


# ---------------------------------------------------------------------------- weights


def import_model(
    path: str | Path, expected_input: tuple[int, ...] | None = MNIST_INPUT
) -> ImportedModel:
    """Import a ``.keras`` / ``.h5`` model: a spec, a fresh Keras model with the file's weights.

    ``expected_input`` (MNIST's 28×28×1 by default; None to skip) refuses models made for
    other images with a message saying so. Every problem is one :class:`UserError`.
    """
    p = Path(path)
    config, kind = read_config(p)
    spec, notes = spec_from_config(
        config, name=p.stem.removesuffix(".weights") or "imported", where=str(p)
    )
    if expected_input is not None and tuple(spec.input_shape) != tuple(expected_input):
        raise ModelImportError(
            phrase(
                "{path}: the model takes {shape} images, but the digits are {digits} (grey "
                "28×28 pixels); use a model built with keras.Input(shape={expected}).",
                path=str(p),
                shape=fmt_shape(spec.input_shape),
                digits=fmt_shape(tuple(expected_input)),
                expected=tuple(expected_input),
            )
        )
    analysis = analyze(spec)
    if not analysis.ok:
        raise ModelImportError(phrase("{path}: {error}", path=str(p), error=analysis.errors[0]))
    model = load_weights_into(spec, p, kind, config)
    return ImportedModel(spec, model, notes + analysis.warnings, p)


def load_weights_into(
    spec: ModelSpec, path: Path, kind: str | None = None, config: dict[str, Any] | None = None
) -> keras.Model:
    """Build ``spec`` and set the weight arrays of ``path`` (no config is deserialized)."""
    from cnngui.core.model.keras_build import build_model
    from cnngui.core.model.weights import WeightsError, assign_weights, read_weight_groups

    if config is None or kind is None:
        config, kind = read_config(path)
    model = build_model(spec)
    try:
        assign_weights(
            model,
            file_layers(config, str(path)),
            read_weight_groups(path, kind),
            str(path),
            by_class=kind == "keras",
        )
    except WeightsError as exc:
        raise ModelImportError(phrase_of(exc)) from None
    return model
