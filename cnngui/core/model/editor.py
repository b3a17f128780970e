"""The spec being edited in the builder: a small evented model with no Qt in it.

The window's layer table is a view over this object. Every edit emits one
:class:`ChangeEvent` after the new spec has been analysed, so any view can redraw
from ``model.spec`` and ``model.analysis`` alone, and the whole thing is tested
without a display (the napari way: plain callbacks, views stay thin).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cnngui.core.model.shapes import Analysis, analyze
from cnngui.core.model.spec import LayerSpec, ModelSpec, SpecError
from cnngui.core.phrases import phrase


class EventEmitter:
    """A list of callbacks called in order with the same arguments."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> Callable[..., Any]:
        self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[..., Any]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            callback(*args)


@dataclass(frozen=True)
class ChangeEvent:
    """What changed: ``kind`` is the operation; ``index``/``new_index`` the rows it touched.

    Kinds: ``insert`` (index = new row), ``delete`` (index = removed row), ``move``
    (index → new_index), ``set_arg`` (index = edited row), ``input_shape`` and
    ``replace`` (anything may have changed).
    """

    kind: str
    index: int | None = None
    new_index: int | None = None


def fingerprint(spec: ModelSpec) -> str:
    """Canonical text of what decides the weights' shapes and meaning (not the names)."""
    data = {"input_shape": list(spec.input_shape), "layers": spec.to_json()["layers"]}
    for layer in data["layers"]:
        layer.pop("name", None)
    return json.dumps(data, sort_keys=True)


class SpecEditor:
    """Holds the :class:`ModelSpec` being edited and its up-to-date :class:`Analysis`.

    ``about_to_change`` fires with the event and the new spec just before an edit (so a
    Qt item model can announce inserted/removed rows), ``changed`` fires with the
    :class:`ChangeEvent` after it; ``trained_changed``
    fires when the trained weights start or stop matching the edited architecture.
    """

    def __init__(self, spec: ModelSpec | None = None, num_classes: int = 10) -> None:
        self.about_to_change = EventEmitter()
        self.changed = EventEmitter()
        self.trained_changed = EventEmitter()
        self.num_classes = num_classes
        self._spec = spec if spec is not None else ModelSpec("untitled")
        self._analysis = analyze(self._spec, num_classes)
        self._trained: str | None = None
        self._was_stale = False

    # -- state ------------------------------------------------------------------
    @property
    def spec(self) -> ModelSpec:
        return self._spec

    @property
    def analysis(self) -> Analysis:
        return self._analysis

    @property
    def layers(self) -> tuple[LayerSpec, ...]:
        return self._spec.layers

    def __len__(self) -> int:
        return len(self._spec.layers)

    def training_blocker(self) -> str | None:
        """Why the current spec cannot be trained (None when it can)."""
        return self._analysis.training_blocker(self.num_classes, where="window")

    # -- the trained architecture -------------------------------------------------
    def mark_trained(self, spec: ModelSpec | None = None) -> None:
        """Remember that the weights now in use were trained for ``spec`` (default: current)."""
        self._trained = fingerprint(spec if spec is not None else self._spec)
        self._notify_trained(force=True)

    def clear_trained(self) -> None:
        self._trained = None
        self._notify_trained(force=True)

    @property
    def has_trained(self) -> bool:
        return self._trained is not None

    @property
    def trained_is_stale(self) -> bool:
        """True when trained weights exist but the architecture has been edited since."""
        return self._trained is not None and self._trained != fingerprint(self._spec)

    def _notify_trained(self, force: bool = False) -> None:
        stale = self.trained_is_stale
        if force or stale != self._was_stale:
            self._was_stale = stale
            self.trained_changed.emit(stale)

    # -- edits --------------------------------------------------------------------
    def _commit(self, spec: ModelSpec, event: ChangeEvent) -> None:
        self.about_to_change.emit(event, spec)
        self._spec = spec
        self._analysis = analyze(spec, self.num_classes)
        self.changed.emit(event)
        self._notify_trained()

    def _check_index(self, index: int, allow_end: bool = False) -> None:
        top = len(self) + (1 if allow_end else 0)
        if not 0 <= index < top:
            raise IndexError(f"layer index {index} is out of range (0..{top - 1}).")

    def add(self, layer: LayerSpec | str, **args: Any) -> int:
        """Append a layer (a LayerSpec, or a type name with arguments); return its index."""
        return self.insert(len(self), layer, **args)

    def insert(self, index: int, layer: LayerSpec | str, **args: Any) -> int:
        """Insert a layer before ``index`` (``len`` appends); return its index."""
        self._check_index(index, allow_end=True)
        if isinstance(layer, str):
            layer = LayerSpec.create(layer, **args)
        layers = list(self.layers)
        layers.insert(index, layer)
        self._commit(self._spec.with_layers(layers), ChangeEvent("insert", index))
        return index

    def delete(self, index: int) -> LayerSpec:
        self._check_index(index)
        layers = list(self.layers)
        removed = layers.pop(index)
        self._commit(self._spec.with_layers(layers), ChangeEvent("delete", index))
        return removed

    def duplicate(self, index: int) -> int:
        """Copy layer ``index`` right below itself; return the copy's index."""
        self._check_index(index)
        layer = self.layers[index]
        if "name" in layer.args:  # two layers may not share a Keras name
            args = {k: v for k, v in layer.args.items() if k != "name"}
            layer = LayerSpec.create(layer.type, **args)
        return self.insert(index + 1, layer)

    def move(self, index: int, new_index: int) -> None:
        """Move layer ``index`` so that it ends up at ``new_index``."""
        self._check_index(index)
        self._check_index(new_index)
        if index == new_index:
            return
        layers = list(self.layers)
        layers.insert(new_index, layers.pop(index))
        self._commit(self._spec.with_layers(layers), ChangeEvent("move", index, new_index))

    def set_arg(self, index: int, name: str, value: Any) -> None:
        """Change one argument; a value of the wrong type raises SpecError (nothing changes)."""
        self._check_index(index)
        layer = self.layers[index]
        if name == "name" and value in ("", None):
            args = {k: v for k, v in layer.args.items() if k != "name"}
            new = LayerSpec.create(layer.type, **args)
        else:
            new = layer.replace(**{name: value})
        if new == layer:
            return
        layers = list(self.layers)
        layers[index] = new
        self._commit(self._spec.with_layers(layers), ChangeEvent("set_arg", index))

    def set_input_shape(self, shape: tuple[int, int, int] | list[int]) -> None:
        shape = tuple(int(v) for v in shape)
        if len(shape) != 3 or min(shape) < 1:
            raise SpecError(
                phrase(
                    "the input shape must be height × width × channels, each at least 1, "
                    "got {shape}; use 28×28×1 for MNIST.",
                    shape=shape,
                )
            )
        if shape == tuple(self._spec.input_shape):
            return
        spec = ModelSpec(self._spec.name, shape, self._spec.layers)
        self._commit(spec, ChangeEvent("input_shape"))

    def set_name(self, name: str) -> None:
        if name != self._spec.name:
            spec = ModelSpec(name, self._spec.input_shape, self._spec.layers)
            self._commit(spec, ChangeEvent("replace"))

    def load_preset(self, name: str) -> None:
        from cnngui.core.model.presets import get_preset

        self.replace_spec(get_preset(name))

    def replace_spec(self, spec: ModelSpec) -> None:
        """Swap in a whole new spec (open a file, undo, a preset)."""
        self._commit(spec, ChangeEvent("replace"))
