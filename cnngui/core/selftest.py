"""``cnngui selftest``: prove an installation works — offline, offscreen, in a few seconds.

Each check exercises one thing a packaged app can lose (the bundled model, the bundled
digits and MNIST, TensorFlow's kernels, writing files) and reports one line. The sample
digits in ``resources/sample_digits.npz`` are ten MNIST test images, one per class, that
the default model classifies with more than 99.9% confidence (their test-set indices are
stored with them), so a correct installation never fails the prediction check.
"""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cnngui.core.errors import UserError, brief
from cnngui.core.resources import resource

SAMPLE_DIGITS = "sample_digits.npz"


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        mark = "ok  " if self.ok else "FAIL"
        return f"{mark} {self.name:<16} {self.detail} ({self.seconds:.1f} s)"


class CheckFailed(Exception):
    """A check found something wrong; the message is the one line shown."""


def sample_digits() -> tuple[np.ndarray, np.ndarray]:
    """The bundled sample digits: ``(n, 28, 28)`` float32 in [0, 1] and their labels."""
    path = resource(SAMPLE_DIGITS)
    try:
        with np.load(path, allow_pickle=False) as f:
            x, y = f["x"], f["y"]
    except FileNotFoundError:
        raise CheckFailed(f"{path} is missing; the installation is incomplete.") from None
    except Exception as exc:
        raise CheckFailed(f"{path} cannot be read ({exc}).") from None
    return x.astype(np.float32) / 255.0, y.astype(np.int64)


def tensorflow_build() -> str:
    """``"2.21.0 (CPU-only build)"`` or ``"2.21.0 (CUDA 12.5.1, cuDNN 9)"``."""
    import tensorflow as tf

    try:
        info = dict(tf.sysconfig.get_build_info())
    except Exception:
        info = {}
    if not info.get("is_cuda_build"):
        return f"{tf.__version__} (CPU-only build)"
    parts = [f"CUDA {info.get('cuda_version', '?')}"]
    if info.get("cudnn_version"):
        parts.append(f"cuDNN {info['cudnn_version']}")
    return f"{tf.__version__} ({', '.join(parts)})"


class SelfTest:
    """The checks, in order; later ones reuse what earlier ones loaded."""

    def __init__(self, workdir: Path | None = None, require_gpu: bool = False) -> None:
        self.workdir = workdir
        self.require_gpu = require_gpu
        self.predictor = None

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("device", self.check_device),
            ("default model", self.check_default_model),
            ("sample digits", self.check_sample_digits),
            ("presets", self.check_presets),
            ("training step", self.check_training),
            ("project file", self.check_project),
        ]

    def check_device(self) -> str:
        """Which device trains, and which TensorFlow build: a GPU bundle that lost its CUDA
        libraries says "CUDA … build" yet runs on the CPU, which ``require_gpu`` fails."""
        from cnngui.core.training import describe_device
        from cnngui.core.training.device import gpus

        detail = f"TensorFlow {tensorflow_build()} runs on {describe_device()}"
        if self.require_gpu and not gpus():
            raise CheckFailed(
                f"{detail}, but a GPU was required (is the NVIDIA driver installed, and were "
                "the CUDA libraries bundled?)"
            )
        return detail

    def check_default_model(self) -> str:
        from cnngui.core.inference.predictor import Predictor, default_model_path

        path = default_model_path()
        if not path.is_file():
            raise CheckFailed(f"{path} is missing; the installation is incomplete.")
        self.predictor = Predictor.from_file(path)
        params = self.predictor.model.count_params()
        return f"loaded {path} ({params:,} parameters)"

    def check_sample_digits(self) -> str:
        if self.predictor is None:
            raise CheckFailed("skipped: the default model did not load.")
        x, y = sample_digits()
        wrong = []
        for image, label in zip(x, y):
            got = self.predictor(image)
            if got.digit != int(label):
                wrong.append(f"{label}→{got.digit} ({got.confidence:.0%})")
        if wrong:
            raise CheckFailed(f"{len(wrong)} of {len(y)} sample digits mispredicted: {wrong}")
        return f"all {len(y)} sample digits predicted correctly"

    def check_presets(self) -> str:
        from cnngui.core.model.presets import PRESETS
        from cnngui.core.model.shapes import analyze
        from cnngui.core.model.spec import ModelSpec

        for name, preset in PRESETS.items():
            spec = preset.spec()
            analysis = analyze(spec)
            blocker = analysis.training_blocker()
            if blocker:
                raise CheckFailed(f"preset {name}: {blocker}")
            if ModelSpec.loads(spec.dumps()) != spec:
                raise CheckFailed(f"preset {name} does not survive a JSON round trip")
        return f"all {len(PRESETS)} presets are valid"

    def check_training(self) -> str:
        from cnngui.core.datasets import load_dataset
        from cnngui.core.model.presets import get_preset
        from cnngui.core.training import TrainingConfig, train

        data = load_dataset("mnist", limit=64)
        config = TrainingConfig(epochs=1, batch_size=64, validation_split=0.0, limit=64)
        result = train(get_preset("mlp"), config, data)
        if result.reason != "completed" or not result.history:
            raise CheckFailed(f"training did not complete: {result.message}")
        loss = result.history[-1].loss
        if not math.isfinite(loss):
            raise CheckFailed(f"the loss is {loss}")
        self.trained = result.model
        return f"one step on {len(data.x_train)} bundled MNIST digits, loss {loss:.3f}"

    def check_project(self) -> str:
        from cnngui.core.model.presets import get_preset
        from cnngui.core.project import Project, load_project, save_project

        model = getattr(self, "trained", None)
        with tempfile.TemporaryDirectory(prefix="cnngui-selftest-", dir=self.workdir) as tmp:
            project = Project(get_preset("mlp"))
            path = save_project(project, Path(tmp) / "selftest.cnnproj", model=model)
            loaded = load_project(path)
            if loaded.project.spec != project.spec:
                raise CheckFailed("the network read back differs from the one written")
            if model is not None:
                if loaded.model is None:
                    raise CheckFailed(f"the trained model was not read back: {loaded.warnings}")
                x = np.random.default_rng(0).random((2, 28, 28, 1), dtype=np.float32)
                if not np.allclose(loaded.model(x), model(x), atol=1e-5):
                    raise CheckFailed("the model read back predicts differently")
            size = path.stat().st_size
        return f"wrote and read a project ({size:,} bytes) in a temporary folder"


def run_selftest(
    out: Callable[[str], None] = print,
    extra: list[tuple[str, Callable[[], str]]] | None = None,
    require_gpu: bool = False,
) -> bool:
    """Run every check, print one line each and a verdict; True when all passed."""
    test = SelfTest(require_gpu=require_gpu)
    results = []
    for name, check in test.checks() + list(extra or []):
        t0 = time.perf_counter()
        try:
            detail, ok = check(), True
        except (CheckFailed, UserError) as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # a selftest reports every failure; it never crashes
            detail, ok = f"{type(exc).__name__}: {brief(exc)}", False
        result = CheckResult(name, ok, detail, time.perf_counter() - t0)
        results.append(result)
        out(result.line())
    failed = [r.name for r in results if not r.ok]
    if failed:
        out(f"selftest: {len(failed)} of {len(results)} checks FAILED ({', '.join(failed)})")
    else:
        out(f"selftest: all {len(results)} checks passed")
    return not failed
