"""Reading a Keras model file (``.keras`` zip or legacy ``.h5``) up to its JSON config,
without TensorFlow: what :mod:`cnngui.core.model.importer` checks before anything is built.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from cnngui.core.errors import UserError, brief
from cnngui.core.files import read_user_file
from cnngui.core.phrases import phrase

ZIP_MAGIC = b"PK\x03\x04"
HDF5_MAGIC = b"\x89HDF\r\n\x1a\n"


class ModelImportError(UserError):
    """A model file that cnngui cannot (or will not) import; the message says why and what to do."""


def sniff(path: Path) -> str:
    """``"keras"`` (zip), ``"h5"`` (HDF5) — or a one-sentence :class:`ModelImportError`."""
    head = read_user_file(path, "Keras model file", ModelImportError, limit=8)
    if not head:
        raise ModelImportError(
            phrase("{path}: the file is empty; choose a .keras or .h5 model file.", path=str(path))
        )
    if head.startswith(ZIP_MAGIC):
        return "keras"
    if head.startswith(HDF5_MAGIC):
        return "h5"
    raise ModelImportError(
        phrase(
            "{path}: not a Keras model file (neither a .keras archive nor an HDF5 .h5 file); "
            "save the model with model.save('model.keras').",
            path=str(path),
        )
    )


def read_config(path: str | Path) -> tuple[dict[str, Any], str]:
    """The model's JSON config and the file kind, read without TensorFlow."""
    p = Path(path)
    kind = sniff(p)
    if kind == "keras":
        try:
            with zipfile.ZipFile(p) as zf:
                names = [n.replace("\\", "/") for n in zf.namelist()]
                if "config.json" not in names:
                    raise ModelImportError(
                        phrase(
                            "{path}: this archive holds no model config (config.json); "
                            "it is not a model saved with model.save().",
                            path=str(p),
                        )
                    )
                raw = zf.read(zf.namelist()[names.index("config.json")])
                if "model.weights.h5" not in names:
                    raise ModelImportError(
                        phrase(
                            "{path}: the archive holds no weights (model.weights.h5).",
                            path=str(p),
                        )
                    )
        except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile):
            raise ModelImportError(
                phrase(
                    "{path}: the file is damaged or incomplete (perhaps a download or copy was "
                    "cut short); save or copy the model again.",
                    path=str(p),
                )
            ) from None
        except OSError as exc:
            raise ModelImportError(
                phrase("{path}: cannot be read ({reason}).", path=str(p), reason=brief(exc))
            ) from None
        text = raw.decode("utf-8", errors="replace")
    else:
        text = _h5_config_text(p)
    try:
        config = json.loads(text)
    except (ValueError, RecursionError):
        raise ModelImportError(
            phrase("{path}: the model config inside the file is not valid JSON.", path=str(p))
        ) from None
    if not isinstance(config, dict):
        raise ModelImportError(
            phrase("{path}: the model config inside the file is not a JSON object.", path=str(p))
        )
    return config, kind


def _h5_config_text(p: Path) -> str:
    import h5py

    try:
        with h5py.File(p, "r") as f:
            raw = f.attrs.get("model_config")
            has_weights = "model_weights" in f or "layer_names" in f.attrs
    except OSError:
        raise ModelImportError(
            phrase(
                "{path}: the HDF5 file is damaged or incomplete (perhaps a download or copy was "
                "cut short); save or copy the model again.",
                path=str(p),
            )
        ) from None
    if raw is None:
        if has_weights or p.name.endswith(".weights.h5"):
            raise ModelImportError(
                phrase(
                    "{path}: this file holds only weights, not the layers of a model; import "
                    "the whole model saved with model.save('model.keras') instead.",
                    path=str(p),
                )
            )
        raise ModelImportError(phrase("{path}: this HDF5 file holds no Keras model.", path=str(p)))
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    return str(raw)
