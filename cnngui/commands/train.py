"""``cnngui train``: train a spec or preset headless, with a progress bar, and save the model.

Ctrl-C once stops after the current batch and still evaluates and writes what was
trained; a second Ctrl-C aborts at once.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "train",
        help="train a model spec or preset on MNIST (or another dataset) and save it",
        description="Train a network headless: a progress bar per epoch, the final test "
        "accuracy, the model as .keras and optionally every epoch's metrics as JSON. "
        "Settings not given come from the preset's recipe (or the project), then defaults.",
    )
    p.add_argument("spec", nargs="?", metavar="SPEC", help="a model spec JSON or .cnnproj project")
    p.add_argument("--preset", metavar="NAME", help="a named architecture (see `cnngui presets`)")
    p.add_argument("--out", required=True, metavar="MODEL.keras", help="where to save the model")
    p.add_argument("--history", metavar="FILE.json", help="write metrics, config and device here")
    p.add_argument(
        "--assignment",
        metavar="A.cnnassign",
        help="refuse to train when the network or the settings break this assignment's rules",
    )
    g = p.add_argument_group("training settings")
    g.add_argument(
        "--dataset",
        help="mnist (bundled), fashion_mnist, a .npz file, or several joined by + "
        "(e.g. mnist+drawings.npz)",
    )
    g.add_argument(
        "--oversample",
        type=int,
        default=1,
        metavar="N",
        help="with mnist+FILE.npz: repeat the smaller set's training images N times",
    )
    g.add_argument("--epochs", type=int)
    g.add_argument("--batch-size", type=int)
    g.add_argument("--optimizer", help="adam, rmsprop, sgd, nadam or adamw")
    g.add_argument("--learning-rate", type=float)
    g.add_argument("--beta-1", type=float, help="Adam's first-moment decay (default 0.9)")
    g.add_argument("--beta-2", type=float, help="Adam's second-moment decay (default 0.999)")
    g.add_argument("--schedule", help="constant, one-cycle or cosine")
    g.add_argument("--validation-split", type=float, help="fraction held out, e.g. 0.1")
    g.add_argument("--early-stopping", type=int, metavar="PATIENCE")
    g.add_argument("--augment", action="store_true", default=None, help="random shifts etc.")
    g.add_argument("--limit", type=int, metavar="N", help="use only the first N images")
    g.add_argument("--seed", type=int)
    g.add_argument("--checkpoint", metavar="BEST.keras", help="save the best epoch here")
    g.add_argument("--mixed-precision", action="store_true", default=None, help="GPU only")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cnngui.commands.options import check_output, spec_and_settings, training_config
    from cnngui.core.errors import UserError, brief

    spec, settings = spec_and_settings(args)
    config = training_config(args, settings)
    out = check_output(args.out, "--out", ".keras")
    history_path = check_output(args.history, "--history", ".json") if args.history else None

    from cnngui.core.model.shapes import analyze

    analysis = analyze(spec)
    if not analysis.ok:
        raise UserError(analysis.errors[0])
    if args.assignment:
        from cnngui.core.classroom.assignment import load_assignment

        load_assignment(args.assignment).refuse_training(spec, config, where="cli")

    from cnngui.core.datasets import load_dataset

    data = load_dataset(config.dataset, config.limit, args.oversample)
    print(f"{data.describe()}; network {spec.name}, {analysis.total_params:,} parameters")

    from cnngui.core.training import TrainingControl, train

    control = TrainingControl()
    reporter = progress_printer(sys.stdout)
    with _ctrl_c_stops(control):
        result = train(spec, config, data, reporter, control)

    if result.reason == "nan":
        raise UserError(f"{result.message[0].upper()}{result.message[1:]} No model was written.")
    if result.model is None:
        print(f"cnngui train: {result.message}", file=sys.stderr)
        return 1
    from cnngui.core.atomic import save_model_atomic

    try:
        save_model_atomic(result.model, out)
    except OSError as exc:
        raise UserError(f"{out}: cannot be written ({brief(exc)}).") from None
    if history_path is not None:
        write_history(history_path, spec, config, result, data.name)
    ev = result.evaluation
    if ev is not None:
        print(
            f"test accuracy {ev.accuracy:.2%} (loss {ev.loss:.4f}) on {len(ev.predicted):,} images"
        )
    print(
        f"{_reason_text(result)}; model written to {out} "
        f"({result.seconds:.0f} s on {result.device})"
    )
    return 0


def _reason_text(result: Any) -> str:
    return {
        "completed": "completed",
        "early-stopped": "stopped early (no improvement)",
        "stopped": "stopped by Ctrl-C",
    }.get(result.reason, result.reason)


def write_history(path: Path, spec: Any, config: Any, result: Any, dataset: str) -> None:
    """Every epoch's metrics plus what is needed to reproduce and compare the run."""
    import platform

    from cnngui.core.atomic import atomic_write_text

    ev = result.evaluation
    doc = {
        "format": "cnngui-history",
        "version": 1,
        "spec": spec.to_json(),
        "config": config.to_json(),
        "dataset": dataset,
        "device": result.device,
        "reason": result.reason,
        "message": result.message,
        "seconds": round(result.seconds, 3),
        "epochs": [m.to_json() for m in result.history],
        "test": None if ev is None else ev.to_json(),
        "python": platform.python_version(),
    }
    try:
        atomic_write_text(path, json.dumps(doc, indent=1) + "\n")
    except OSError as exc:
        from cnngui.core.errors import UserError, brief

        raise UserError(f"{path}: cannot be written ({brief(exc)}).") from None


@contextmanager
def _ctrl_c_stops(control: Any):
    """First Ctrl-C: stop after this batch and keep the model; second: abort."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        if control.stopped:
            raise KeyboardInterrupt
        control.stop()
        print("\nstopping after this batch (Ctrl-C again to abort)…", file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def progress_printer(stream: Any) -> Any:
    """A Reporter printing a progress bar per epoch (the class is made here: lazy imports)."""
    from cnngui.core.training import Reporter

    class ProgressPrinter(Reporter):
        """A bar per epoch: redrawn in place on a terminal, one line per epoch otherwise."""

        WIDTH = 24

        def __init__(self, stream: Any) -> None:
            self.stream = stream
            self.tty = bool(getattr(stream, "isatty", lambda: False)())
            self.epochs = 0
            self._last = 0.0

        def _write(self, text: str) -> None:
            self.stream.write(text)
            self.stream.flush()

        def on_start(self, info: Any) -> None:
            self.epochs = info.epochs
            self._write(
                f"training on {info.device}: {info.train_samples:,} images, "
                f"{info.val_samples:,} for validation, {info.steps_per_epoch} batches per epoch\n"
            )

        def on_batch(self, p: Any) -> None:
            if not self.tty:
                return
            now = time.monotonic()
            if now - self._last < 0.1 and p.step < p.steps:
                return
            self._last = now
            done = int(self.WIDTH * p.step / max(p.steps, 1))
            bar = "=" * done + (">" if done < self.WIDTH else "") + " " * (self.WIDTH - done - 1)
            self._write(
                f"\repoch {p.epoch}/{self.epochs} [{bar}] {p.step}/{p.steps} "
                f"loss {p.loss:.4f} acc {p.accuracy:.4f} {p.samples_per_sec:,.0f} img/s\x1b[K"
            )

        def on_epoch_end(self, m: Any) -> None:
            val = ""
            if m.val_loss is not None:
                val = f" val_loss {m.val_loss:.4f} val_acc {m.val_accuracy:.4f}"
            line = (
                f"epoch {m.epoch}/{self.epochs} [{'=' * self.WIDTH}] loss {m.loss:.4f} "
                f"acc {m.accuracy:.4f}{val} lr {m.learning_rate:.2g} {m.seconds:.1f}s "
                f"{m.samples_per_sec:,.0f} img/s"
            )
            self._write(("\r" + line + "\x1b[K\n") if self.tty else line + "\n")

        def on_finish(self, result: Any) -> None:
            if result.reason in ("failed", "nan") and self.tty:
                self._write("\n")

    return ProgressPrinter(stream)
