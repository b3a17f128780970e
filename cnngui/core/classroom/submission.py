"""``.cnnsub`` hand-in files: a student's network, weights and run, for one assignment.

One zip archive with two members: ``submission.json`` (student name, assignment id and
hash, the model spec, the run's settings and curves, the app version, a checksum of the
weights) and ``weights.npz`` (the weight arrays in the network's order, plain numbers).
Nothing in it is executable: reading builds only the allow-listed layer types of the
spec format (:func:`~cnngui.core.model.keras_build.build_model`, the same safe path as
Keras import) and then sets the arrays after checking each one's shape. A teacher's
folder gets files from thirty machines, so every check that can run before TensorFlow
does — size first, before a single byte is read.
"""

from __future__ import annotations

import hashlib
import io
import json
import time
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cnngui import __version__
from cnngui.core.classroom.assignment import Assignment
from cnngui.core.errors import UserError
from cnngui.core.files import checked_size, file_size_text
from cnngui.core.model.spec import ModelSpec
from cnngui.core.phrases import Phrase, phrase, phrase_of

if TYPE_CHECKING:
    import keras

FORMAT = "cnngui-submission"
VERSION = 1
SUFFIX = ".cnnsub"
META = "submission.json"
WEIGHTS = "weights.npz"
#: far more than any network the assignments allow (the app's 50 M-parameter cap is 200 MB,
#: but a hand-in over 64 MB is a mistake or an attack, and a folder of them must stay fast)
MAX_BYTES = 64 * 1024 * 1024
MAX_META_BYTES = 8 * 1024 * 1024
_CODE_LAYERS = ("Lambda", "TFOpLambda", "SlicingOpLambda", "TFLambda")


class SubmissionError(UserError):
    """A hand-in file that cannot be scored; one sentence saying why."""


@dataclass
class Submission:
    """A read ``.cnnsub``; :meth:`build_model` makes the network with its weights."""

    student: str
    assignment_id: str
    assignment_hash: str
    spec: ModelSpec
    weights: list[np.ndarray] = field(repr=False)
    config: dict[str, Any] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)
    epochs: int | None = None
    app_version: str = ""
    created: str = ""
    path: Path | None = None

    def build_model(self) -> keras.Model:
        """The spec built from allow-listed layers, then the weights set shape by shape."""
        from cnngui.core.model.keras_build import build_model

        where = str(self.path) if self.path else phrase("the submission")
        try:
            model = build_model(self.spec)
        except UserError as exc:
            raise SubmissionError(
                phrase(
                    "{where}: its network cannot be built ({reason})",
                    where=where,
                    reason=phrase_of(exc),
                )
            ) from None
        variables = model.weights
        if len(variables) != len(self.weights):
            raise SubmissionError(
                phrase(
                    "{where}: holds {count} weight arrays but its network has {needed}, so the "
                    "weights do not belong to this network.",
                    where=where,
                    count=len(self.weights),
                    needed=len(variables),
                )
            )
        for i, (var, array) in enumerate(zip(variables, self.weights)):
            if tuple(var.shape) != tuple(array.shape):
                raise SubmissionError(
                    phrase(
                        "{where}: weight {index} ({name}) has shape {shape} but the network "
                        "needs {needed}, so the weights do not match the network.",
                        where=where,
                        index=i,
                        name=var.path,
                        shape=tuple(array.shape),
                        needed=tuple(var.shape),
                    )
                )
        model.set_weights(self.weights)
        return model


def write_submission(
    path: str | Path,
    *,
    student: str,
    assignment: Assignment,
    spec: ModelSpec,
    weights: Sequence[np.ndarray] | None = None,
    model: Any = None,
    config: Any = None,
    history: Sequence[Any] = (),
    epochs: int | None = None,
    where: str = "window",
) -> Path:
    """Write a hand-in atomically (File → Hand in). Give ``weights`` or a Keras ``model``.

    ``where`` is who reads a refusal: the window's Hand in dialog or ``cnngui handin``.

    ``config`` is a TrainingConfig or its JSON; ``history`` the run's EpochMetrics (or
    their JSON). ``epochs`` defaults to the number of epochs in ``history``.
    """
    from cnngui.core.atomic import atomic_write_bytes

    if not isinstance(student, str) or not student.strip():
        raise SubmissionError(
            phrase("the student's name is empty; give it with --name.")
            if where == "cli"
            else phrase("write your name on the hand-in; it cannot be empty.")
        )
    if weights is None:
        if model is None:
            raise SubmissionError(
                phrase("there is no trained network to hand in; train one first.")
            )
        weights = model.get_weights()
    arrays = [np.asarray(w) for w in weights]
    buffer = io.BytesIO()
    np.savez(buffer, **{f"w{i:04d}": a for i, a in enumerate(arrays)})
    weight_bytes = buffer.getvalue()
    config_json = config.to_json() if hasattr(config, "to_json") else dict(config or {})
    history_json = [m.to_json() if hasattr(m, "to_json") else dict(m) for m in history]
    meta = {
        "format": FORMAT,
        "version": VERSION,
        "student": student.strip(),
        "assignment": {"id": assignment.id, "hash": assignment.hash, "title": assignment.title},
        "spec": spec.to_json(),
        "config": config_json,
        "history": history_json,
        "epochs": epochs if epochs is not None else (len(history_json) or None),
        "app_version": __version__,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "weights_sha256": hashlib.sha256(weight_bytes).hexdigest(),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(META, json.dumps(meta, indent=1, allow_nan=True))
        zf.writestr(WEIGHTS, weight_bytes)
    p = Path(path)
    try:
        atomic_write_bytes(p, out.getvalue())
    except OSError as exc:
        raise SubmissionError(
            phrase("{path}: cannot be written ({reason}).", path=str(p), reason=exc.strerror or exc)
        ) from None
    return p


def read_submission(
    path: str | Path,
    assignment: Assignment | None = None,
    max_bytes: int = MAX_BYTES,
    where: str = "window",
) -> Submission:
    """Read and check a hand-in (no TensorFlow); every problem is one SubmissionError.

    With ``assignment``, a file handed in for another assignment (or another version of
    this one) is refused.
    """
    p = Path(path)
    checked_size(p, "a hand-in", max_bytes, SubmissionError)
    try:
        with open(p, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise SubmissionError(
            phrase("{path}: cannot be read ({reason}).", path=str(p), reason=exc.strerror or exc)
        ) from None
    try:
        with zipfile.ZipFile(p) as zf:
            meta_bytes, weight_bytes = _members(p, zf, max_bytes)
    except SubmissionError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError):
        if head.startswith(b"PK"):
            raise SubmissionError(
                phrase(
                    "{path}: is damaged or truncated (the archive is incomplete); hand it in "
                    "again.",
                    path=str(p),
                )
            ) from None
        raise SubmissionError(
            phrase(
                "{path}: is not a cnngui hand-in (not a zip archive); make hand-ins with "
                "cnngui handin or the window's File → Hand in.",
                path=str(p),
            )
            if where == "cli"
            else phrase(
                "{path}: is not a cnngui hand-in (not a zip archive); hand in with File → Hand in.",
                path=str(p),
            )
        ) from None
    meta = _meta(p, meta_bytes)
    sub = _parse(p, meta)
    if assignment is not None:
        if sub.assignment_id != assignment.id:
            raise SubmissionError(
                phrase(
                    "{path}: was handed in for the assignment {got!r}, not {want!r}.",
                    path=str(p),
                    got=sub.assignment_id,
                    want=assignment.id,
                )
            )
        if sub.assignment_hash != assignment.hash:
            raise SubmissionError(
                phrase(
                    "{path}: was made for another version of the assignment {id!r} (its rules "
                    "have changed since), so it cannot be scored against this one.",
                    path=str(p),
                    id=assignment.id,
                )
            )
    if hashlib.sha256(weight_bytes).hexdigest() != meta.get("weights_sha256"):
        raise SubmissionError(
            phrase(
                "{path}: its weights were changed after it was handed in (their checksum does "
                "not match), so they cannot be trusted.",
                path=str(p),
            )
        )
    sub.weights = _weights(p, weight_bytes)
    return sub


def _members(p: Path, zf: zipfile.ZipFile, max_bytes: int) -> tuple[bytes, bytes]:
    names = zf.namelist()
    if META not in names or WEIGHTS not in names:
        raise SubmissionError(
            phrase(
                "{path}: is a zip archive but not a cnngui hand-in (it lacks {meta} or {weights}).",
                path=str(p),
                meta=META,
                weights=WEIGHTS,
            )
        )
    infos = {i.filename: i for i in zf.infolist()}
    if sum(i.file_size for i in infos.values()) > max_bytes or infos[META].file_size > (
        MAX_META_BYTES
    ):
        raise SubmissionError(
            phrase(
                "{path}: unpacks to more than a hand-in may hold ({size}), so it was not opened.",
                path=str(p),
                size=file_size_text(max_bytes),
            )
        )
    return zf.read(META), zf.read(WEIGHTS)


def _meta(p: Path, raw: bytes) -> dict[str, Any]:
    try:
        meta = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SubmissionError(
            phrase(
                "{path}: its {meta} is not valid JSON; hand it in again.", path=str(p), meta=META
            )
        ) from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise SubmissionError(
            phrase(
                "{path}: is not a cnngui hand-in ({meta} has the wrong format).",
                path=str(p),
                meta=META,
            )
        )
    version = meta.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SubmissionError(phrase("{path}: has no valid format version.", path=str(p)))
    if version > VERSION:
        raise SubmissionError(
            phrase(
                "{path}: was made by a newer cnngui (version {version}); update it.",
                path=str(p),
                version=version,
            )
        )
    return meta


def _parse(p: Path, meta: dict[str, Any]) -> Submission:
    student = meta.get("student")
    if not isinstance(student, str) or not student.strip():
        raise SubmissionError(phrase("{path}: has no student name.", path=str(p)))
    assignment = meta.get("assignment")
    if not isinstance(assignment, dict) or not all(
        isinstance(assignment.get(k), str) for k in ("id", "hash")
    ):
        raise SubmissionError(
            phrase("{path}: does not say which assignment it was handed in for.", path=str(p))
        )
    spec_json = meta.get("spec")
    layers = spec_json.get("layers") if isinstance(spec_json, dict) else None
    if isinstance(layers, list):
        for i, layer in enumerate(layers):
            kind = layer.get("type") if isinstance(layer, dict) else None
            if kind in _CODE_LAYERS or (isinstance(kind, str) and "lambda" in kind.lower()):
                raise SubmissionError(
                    phrase(
                        "{path}: layer {index} is a {type} layer, which holds code; cnngui never "
                        "runs code from a file, so this hand-in cannot be scored.",
                        path=str(p),
                        index=i,
                        type=kind,
                    )
                )
    try:
        spec = ModelSpec.from_json(spec_json)
    except UserError as exc:
        raise SubmissionError(
            phrase(
                "{path}: its network cannot be read: {reason}",
                path=str(p),
                reason=_with_stop(phrase_of(exc)),
            )
        ) from None
    epochs = meta.get("epochs")
    if epochs is not None and (
        isinstance(epochs, bool) or not isinstance(epochs, int) or epochs < 0
    ):
        raise SubmissionError(
            phrase(
                "{path}: its epoch count {epochs!r} is not a whole number.",
                path=str(p),
                epochs=epochs,
            )
        )
    config = meta.get("config") if isinstance(meta.get("config"), dict) else {}
    history = meta.get("history") if isinstance(meta.get("history"), list) else []
    return Submission(
        student=student.strip(),
        assignment_id=assignment["id"],
        assignment_hash=assignment["hash"],
        spec=spec,
        weights=[],
        config=config,
        history=[h for h in history if isinstance(h, dict)],
        epochs=epochs,
        app_version=str(meta.get("app_version", "")),
        created=str(meta.get("created", "")),
        path=p,
    )


def _weights(p: Path, raw: bytes) -> list[np.ndarray]:
    try:
        with np.load(io.BytesIO(raw), allow_pickle=False) as f:
            names = sorted(f.files)
            if names != [f"w{i:04d}" for i in range(len(names))]:
                raise ValueError
            arrays = [np.asarray(f[n]) for n in names]
    except (ValueError, OSError, zipfile.BadZipFile, zlib.error, EOFError, KeyError):
        raise SubmissionError(
            phrase("{path}: its weights are damaged or not plain number arrays.", path=str(p))
        ) from None
    for i, a in enumerate(arrays):
        if not np.issubdtype(a.dtype, np.floating):
            raise SubmissionError(
                phrase(
                    "{path}: weight {index} holds {dtype} values, not numbers.",
                    path=str(p),
                    index=i,
                    dtype=a.dtype,
                )
            )
        if not np.isfinite(a).all():
            raise SubmissionError(
                phrase("{path}: weight {index} holds NaN or infinite values.", path=str(p), index=i)
            )
    return arrays


def _with_stop(reason: Any) -> Any:
    """A sentence that ends another one keeps (or gets) its full stop; a phrase keeps its
    recipe, so the window translates it whole."""
    if isinstance(reason, Phrase) or str(reason).endswith("."):
        return reason
    return f"{reason}."
