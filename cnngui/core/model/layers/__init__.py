"""The layer registry: one :class:`LayerType` per Keras layer class, grouped by family.

Adding a layer type is one entry in its family's module (arguments, checks, shape rule,
describe text, import aliases) plus tests; :mod:`~cnngui.core.model.spec`,
:mod:`~cnngui.core.model.shapes` and :mod:`~cnngui.core.model.importer` read it from here.
"""

from __future__ import annotations

from cnngui.core.model.layers import (
    activation,
    conv,
    dense,
    normalization,
    pooling,
    regularization,
    reshaping,
)
from cnngui.core.model.layers.base import ACTIVATIONS, PADDINGS, ArgDef, LayerType

#: in the order the builder's "add layer" menu lists them
REGISTRY: dict[str, LayerType] = {
    t.name: t
    for family in (conv, pooling, normalization, regularization, reshaping, dense, activation)
    for t in family.TYPES
}
#: every Keras class name the importer accepts → the registry's name
KERAS_NAMES: dict[str, str] = {
    **{alias: t.name for t in REGISTRY.values() for alias in t.aliases},
    **{form: t.name for t in REGISTRY.values() for form in t.keras_forms},
    **{name: name for name in REGISTRY},
}

__all__ = ["ACTIVATIONS", "KERAS_NAMES", "PADDINGS", "REGISTRY", "ArgDef", "LayerType"]
