"""ModelSpec ⇄ keras.Model. The only place that turns a spec into real Keras layers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cnngui.core.errors import UserError
from cnngui.core.model.shapes import analyze
from cnngui.core.model.spec import LayerSpec, ModelSpec

if TYPE_CHECKING:
    import keras


def build_model(spec: ModelSpec, check: bool = True) -> keras.Model:
    """A ``keras.Sequential`` whose layers are exactly ``spec``'s, named ``<type>_<index>``.

    With ``check`` (the default) an invalid spec is refused with its first error instead
    of whatever Keras would raise.
    """
    import keras

    if check:
        analysis = analyze(spec, num_classes=None)
        if not analysis.ok:
            raise UserError(analysis.errors[0])
    layers: list[Any] = [keras.Input(shape=tuple(spec.input_shape), name="input")]
    for index, layer in enumerate(spec.layers):
        layers.append(make_layer(layer, index))
    return keras.Sequential(layers, name=_keras_name(spec.name))


def make_layer(layer: LayerSpec, index: int) -> keras.layers.Layer:
    import keras

    kwargs = layer.keras_kwargs()
    kwargs.setdefault("name", f"{layer.type.lower()}_{index}")
    return getattr(keras.layers, layer.type)(**kwargs)


def _keras_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "_-." else "_" for c in name)
    return cleaned or "model"
