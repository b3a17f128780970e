"""Weight arrays read straight from a model file and matched to a model built from its spec.

Keras's own readers depend on the version that wrote the file: Keras 3 cannot read
some Keras 2 ``.h5`` files, and nobody can read a ``.keras`` file written on Windows by
Keras 2.13–2.15, whose weight paths use ``\\``. The arrays themselves are simple, so
they are read here with h5py — ``.keras`` zips (``layers/<name>/vars/<i>``, or
``_layer_checkpoint_dependencies\\<name>\\vars\\<i>``) and legacy ``.h5`` full models
(``model_weights`` with ``layer_names`` / ``weight_names`` attributes) — and matched to
the built model's layers by name, then by order and shape.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnngui.core.errors import UserError
from cnngui.core.phrases import join_phrases, phrase

if TYPE_CHECKING:
    import keras

Groups = dict[str, list[np.ndarray]]


def _shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(map(str, shape)) or phrase("scalar")


class WeightsError(UserError):
    """The file's weight arrays are unreadable or do not fit its layers."""


def snake_case(name: str) -> str:
    """Keras's name for a class in saved files.

    >>> snake_case("Conv2D"), snake_case("BatchNormalization"), snake_case("MaxPooling2D")
    ('conv2d', 'batch_normalization', 'max_pooling2d')
    """
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def read_weight_groups(path: Path, kind: str) -> Groups:
    """Each layer's weight arrays in the file, keyed by the name the file files them under."""
    import h5py

    try:
        if kind == "keras":
            with zipfile.ZipFile(path) as zf:
                name = next(
                    (n for n in zf.namelist() if n.replace("\\", "/") == "model.weights.h5"), None
                )
                if name is None:
                    raise WeightsError(
                        phrase(
                            "{path}: the archive holds no weights (model.weights.h5).",
                            path=str(path),
                        )
                    )
                raw = zf.read(name)
            with h5py.File(io.BytesIO(raw), "r") as f:
                return _zip_groups(f)
        with h5py.File(path, "r") as f:
            return _legacy_groups(f)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise WeightsError(
            phrase(
                "{path}: the weights in the file cannot be read ({reason}); save the model "
                "again with model.save().",
                path=str(path),
                reason=_first_line(exc),
            )
        ) from None


def _zip_groups(f: Any) -> Groups:
    """``layers/<name>/vars/<i>`` (Keras 3) and its Keras 2.13–2.15 spellings, ``\\`` or ``/``."""
    import h5py

    found: dict[str, dict[int, np.ndarray]] = {}

    def visit(name: str, obj: Any) -> None:
        if not isinstance(obj, h5py.Dataset):
            return
        parts = name.replace("\\", "/").split("/")
        if "optimizer" in parts or len(parts) < 4 or parts[-2] != "vars":
            return
        if not parts[-1].isdigit():
            return
        found.setdefault(parts[-3], {})[int(parts[-1])] = np.asarray(obj)

    f.visititems(visit)
    return {key: [arrays[i] for i in sorted(arrays)] for key, arrays in found.items() if arrays}


def _legacy_groups(f: Any) -> Groups:
    group = f.get("model_weights", f)
    names = [_text(n) for n in group.attrs.get("layer_names", [])]
    groups: Groups = {}
    for name in names:
        layer = group[name]
        weight_names = [_text(n) for n in layer.attrs.get("weight_names", [])]
        arrays = [np.asarray(layer[w]) for w in weight_names]
        if arrays:
            groups[name] = arrays
    return groups


def _text(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def assign_weights(
    model: keras.Model,
    file_layers: list[tuple[str, str]],
    groups: Groups,
    where: str,
    by_class: bool = False,
) -> None:
    """Set the weights of ``model`` (one layer per ``(name, Keras class)`` of the file).

    ``.keras`` archives file each layer's weights under ``<snake_case class>_<n>`` (the
    n-th layer of that class), ``.h5`` files under the layer's own name; ``by_class``
    says which comes first. A layer takes the group filed under that name, else under
    the other one, else the next unused group of the right shapes. (A layer's own name
    can be another layer's filing name: cnngui calls the second Dense ``dense_2``, Keras
    files it as ``dense_1``.)
    """
    layers = [layer for layer in model.layers if type(layer).__name__ != "InputLayer"]
    if len(layers) != len(file_layers):  # pragma: no cover - the spec came from the same config
        raise WeightsError(
            phrase(
                "{where}: the file's layers do not match the model built from them.", where=where
            )
        )
    used: set[str] = set()
    counts: dict[str, int] = {}
    for index, (layer, (name, cls)) in enumerate(zip(layers, file_layers)):
        snake = snake_case(cls)
        counts[snake] = counts.get(snake, -1) + 1
        keras3_name = snake if counts[snake] == 0 else f"{snake}_{counts[snake]}"
        expected = [tuple(int(d) for d in w.shape) for w in layer.weights]
        if not expected:
            continue
        first = [keras3_name, name] if by_class else [name, keras3_name]
        candidates = [*first, *(sorted(groups, key=_filing_order) if by_class else groups)]
        chosen = next(
            (
                key
                for key in candidates
                if key in groups and key not in used and _shapes(groups[key]) == expected
            ),
            None,
        )
        if chosen is None:
            found = groups.get(name) or groups.get(keras3_name)
            got = join_phrases(", ", [_shape_text(s) for s in _shapes(found or [])])
            want = join_phrases(", ", [_shape_text(s) for s in expected])
            layer_label = phrase("layer {index} {type}", index=index, type=type(layer).__name__)
            if got:
                raise WeightsError(
                    phrase(
                        "{where}: the weights in the file do not fit its layers ({layer} needs "
                        "{want}, the file has {got}); save the model again with model.save().",
                        where=where,
                        layer=layer_label,
                        want=want,
                        got=got,
                    )
                )
            raise WeightsError(
                phrase(
                    "{where}: the weights in the file do not fit its layers ({layer} needs "
                    "{want}, the file has none for it); save the model again with model.save().",
                    where=where,
                    layer=layer_label,
                    want=want,
                )
            )
        used.add(chosen)
        layer.set_weights([a.astype(np.float32) for a in groups[chosen]])


def _filing_order(key: str) -> tuple[str, int]:
    """``dense_10`` after ``dense_2``: archives list groups alphabetically, Keras counts.

    >>> sorted(["dense_10", "dense", "dense_2"], key=_filing_order)
    ['dense', 'dense_2', 'dense_10']
    """
    base, _, number = key.rpartition("_")
    return (base, int(number)) if base and number.isdigit() else (key, -1)


def _shapes(arrays: list[np.ndarray]) -> list[tuple[int, ...]]:
    return [tuple(int(d) for d in a.shape) for a in arrays]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    return line if len(line) < 160 else line[:157] + "…"
