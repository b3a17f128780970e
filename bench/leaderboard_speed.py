"""`cnngui leaderboard` on 30 hand-ins × 1,000 held-out digits (target < 20 s).

The hand-ins are 30 students' versions of a ~9,000-parameter CNN (two convolutions, as
the small-network assignment asks for) with their own weights; the held-out set is the
first 1,000 MNIST test digits. Prints one JSON line: the wall time of the whole command
(a fresh process, TensorFlow's import included) and of the scoring alone, in-process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cnngui.core.classroom.assignment import Assignment  # noqa: E402
from cnngui.core.classroom.leaderboard import score_folder  # noqa: E402
from cnngui.core.classroom.submission import write_submission  # noqa: E402
from cnngui.core.datasets import mnist_test_digits  # noqa: E402
from cnngui.core.model.spec import LayerSpec, ModelSpec  # noqa: E402

SUBMISSIONS = 30
DIGITS = 1000
TASK = {
    "format": "cnngui-assignment",
    "version": 1,
    "id": "bench",
    "title": "Under 20,000 parameters in 3 epochs",
    "max_params": 20000,
    "max_epochs": 3,
    "goal": {"metric": "accuracy", "value": 0.98, "dataset": "held-out digits"},
}


def spec(filters: int) -> ModelSpec:
    conv = {"kernel_size": 3, "padding": "same", "activation": "relu"}
    return ModelSpec(
        f"two-conv-{filters}",
        (28, 28, 1),
        (
            LayerSpec.create("Conv2D", filters=filters, **conv),
            LayerSpec.create("MaxPooling2D"),
            LayerSpec.create("Conv2D", filters=2 * filters, **conv),
            LayerSpec.create("MaxPooling2D"),
            LayerSpec.create("Flatten"),
            LayerSpec.create("Dense", units=10, activation="softmax"),
        ),
    )


def main() -> None:
    from cnngui.core.model.keras_build import build_model

    rng = np.random.default_rng(0)
    assignment = Assignment.from_json(TASK)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "handins"
        folder.mkdir()
        bases = {f: build_model(spec(f)).get_weights() for f in (6, 8)}
        for i in range(SUBMISSIONS):
            f = 6 if i % 2 else 8
            weights = [w + rng.normal(0, 0.01, w.shape).astype(np.float32) for w in bases[f]]
            write_submission(
                folder / f"s{i:02d}.cnnsub",
                student=f"Student {i:02d}",
                assignment=assignment,
                spec=spec(f),
                weights=weights,
                config={"epochs": 3},
                history=[{"epoch": e} for e in (1, 2, 3)],
            )
        x, y = mnist_test_digits(DIGITS)
        held_out = Path(tmp) / "held_out.npz"
        x8 = (x * 255).round().astype(np.uint8)
        np.savez(held_out, x_train=x8[:500], y_train=y[:500], x_test=x8[500:], y_test=y[500:])
        task = Path(tmp) / "task.cnnassign"
        task.write_text(json.dumps(TASK))

        t0 = time.perf_counter()
        rows = score_folder(folder, assignment, held_out)
        in_process = time.perf_counter() - t0
        assert len(rows) == SUBMISSIONS and all(r.valid for r in rows), rows[0].reason

        cmd = [sys.executable, "-m", "cnngui", "leaderboard", str(folder),
               "--assignment", str(task), "--held-out", str(held_out), "--json"]  # fmt: skip
        t0 = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
        command = time.perf_counter() - t0
        assert len(out.stdout.splitlines()) == SUBMISSIONS
    print(
        json.dumps(
            {
                "bench": "leaderboard_speed",
                "submissions": SUBMISSIONS,
                "held_out_digits": DIGITS,
                "seconds": round(command, 3),
                "scoring_in_process_s": round(in_process, 3),
                "target_s": 20.0,
            }
        )
    )


if __name__ == "__main__":
    main()
