"""A class's worth of hand-ins for the leaderboard tests and bench: tiny networks with
per-student weights, plus the six kinds of bad file a teacher's folder really gets.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np

from cnngui.core.classroom.assignment import Assignment
from cnngui.core.classroom.submission import write_submission
from cnngui.core.model.spec import LayerSpec, ModelSpec

ASSIGNMENT = {
    "format": "cnngui-assignment",
    "version": 1,
    "id": "tiny-net",
    "title": "A tiny network",
    "max_params": 1000,
    "max_epochs": 3,
    "locked": {"batch_size": 32},
    "goal": {"metric": "accuracy", "value": 0.5, "dataset": "held-out drawings"},
}
BAD_KINDS = ("truncated", "wrong-assignment", "tampered", "lambda", "oversized", "not-a-zip")


def tiny_spec(filters: int = 2) -> ModelSpec:
    """100 × filters + 10 parameters: a few hundred, trained or scored in milliseconds."""
    return ModelSpec(
        f"tiny{filters}",
        (28, 28, 1),
        (
            LayerSpec.create(
                "Conv2D", filters=filters, kernel_size=3, strides=2, activation="relu"
            ),
            LayerSpec.create("MaxPooling2D", pool_size=4),
            LayerSpec.create("Flatten"),
            LayerSpec.create("Dense", units=10, activation="softmax"),
        ),
    )


def student_weights(spec: ModelSpec, rng: np.random.Generator) -> list[np.ndarray]:
    """Weights of the right shapes (built once per spec in Keras), jittered per student."""
    from cnngui.core.model.keras_build import build_model

    base = build_model(spec).get_weights()
    return [(w + rng.normal(0, 0.05, w.shape)).astype(np.float32) for w in base]


def write_good(folder: Path, assignment: Assignment, n: int, seed: int = 0, spec_fn=tiny_spec):
    rng = np.random.default_rng(seed)
    specs = [spec_fn(f) for f in (2, 3, 4)]
    weights = [student_weights(s, rng) for s in specs]
    paths = []
    for i in range(n):
        k = i % len(specs)
        ws = [w + rng.normal(0, 0.01, w.shape).astype(np.float32) for w in weights[k]]
        paths.append(
            write_submission(
                folder / f"student{i:02d}.cnnsub",
                student=f"Student {i:02d}",
                assignment=assignment,
                spec=specs[k],
                weights=ws,
                config={"epochs": 3, "batch_size": 32},
                history=[{"epoch": e, "loss": 1.0 / e} for e in (1, 2, 3)],
            )
        )
    return paths


def _rewrite(path: Path, meta_change=None, weights: list[np.ndarray] | None = None) -> None:
    """Edit a hand-in's members (what a tamperer would do), keeping the archive valid."""
    import hashlib

    with zipfile.ZipFile(path) as zf:
        meta = json.loads(zf.read("submission.json"))
        weight_bytes = zf.read("weights.npz")
    if weights is not None:
        buf = io.BytesIO()
        np.savez(buf, **{f"w{i:04d}": w for i, w in enumerate(weights)})
        weight_bytes = buf.getvalue()
        meta["weights_sha256"] = hashlib.sha256(weight_bytes).hexdigest()
    if meta_change:
        meta_change(meta)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("submission.json", json.dumps(meta))
        zf.writestr("weights.npz", weight_bytes)


def write_bad(folder: Path, assignment: Assignment, kind: str) -> Path:
    """One hand-in of the given BAD_KINDS that the leaderboard must refuse in one sentence."""
    path = folder / f"bad-{kind}.cnnsub"
    spec = tiny_spec(2)
    rng = np.random.default_rng(7)
    ws = student_weights(spec, rng)
    other = Assignment.from_json({**ASSIGNMENT, "id": "other-task", "title": "Other"})
    write_submission(
        path,
        student=f"Bad {kind}",
        assignment=other if kind == "wrong-assignment" else assignment,
        spec=spec,
        weights=ws,
        config={"epochs": 3, "batch_size": 32},
        history=[{"epoch": 1}],
    )
    if kind == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "tampered":
        _rewrite(path, weights=[w[..., :1] if w.ndim == 4 else w for w in ws])
    elif kind == "lambda":

        def add_lambda(meta):
            meta["spec"]["layers"].insert(2, {"type": "Lambda", "function": "os.system('x')"})

        _rewrite(path, meta_change=add_lambda)
    elif kind == "oversized":
        with open(path, "r+b") as fh:  # sparse: 2 GB on paper, nothing on disk
            fh.seek(2 * 1024**3)
            fh.write(b"\0")
    elif kind == "not-a-zip":
        path.write_text("my homework, see attached\n")
    return path


def write_held_out(path: Path, per_digit: int = 10, seed: int = 5) -> Path:
    """A held-out .npz of synthetic stroke drawings (both splits are scored)."""
    from cnngui.core.classroom.drawings import make_drawing
    from cnngui.core.classroom.npzfiles import write_npz
    from cnngui.core.classroom.synthetic import synthetic_drawings

    drawings = [make_drawing(s, label) for s, label in synthetic_drawings(per_digit, seed)]
    write_npz(drawings, path)
    return path
