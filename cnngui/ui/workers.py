"""Background work for the window: loading TensorFlow and running ``core.training.train``.

The training model lives only in the worker thread. The worker's Reporter turns
each callback into a Qt signal (queued to the GUI thread); the GUI gets copies of
the weights and a separate *display* model of the same architecture for live
prediction. Stop and pause go through :class:`TrainingControl`; a thread is never
terminated, so shutting down means asking the run to stop and waiting for it.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from cnngui.core.errors import UserError, brief, for_window
from cnngui.ui.i18n import core_text, translate

if TYPE_CHECKING:  # kept out of start-up: the window shows before NumPy is imported
    import numpy as np

    from cnngui.core.model.spec import ModelSpec

BACKGROUND_NICENESS = 10


def lower_thread_priority(step: int = BACKGROUND_NICENESS) -> None:
    """Make the calling thread, and the threads it starts, give way to the window's thread.

    On Linux the nice value belongs to each thread and new threads inherit it, so
    TensorFlow's thread pools, created from a background thread, run below the GUI
    thread: the window keeps painting on a 2-core laptop, while training still gets
    every cycle the window does not need. Elsewhere this does nothing.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        tid = threading.get_native_id()
        now = os.getpriority(os.PRIO_PROCESS, tid)
        os.setpriority(os.PRIO_PROCESS, tid, min(19, now + step))
    except (AttributeError, OSError):
        pass


class _Abandoned(Exception):
    """Raised inside the training thread when the window closes: skip the final test pass."""


class TrainingWorker(QObject):
    """Runs one training session; lives in its own QThread and only emits signals."""

    status = Signal(str)
    display_model = Signal(object)  # a keras model of the same architecture, for the GUI
    started = Signal(object)  # StartInfo
    batch = Signal(object)  # BatchProgress
    epoch = Signal(object)  # EpochMetrics
    weights = Signal(int, object)  # epoch, list of arrays
    finished = Signal(object)  # RunOutcome
    failed = Signal(str)  # a one-sentence message (nothing was trained)

    def __init__(self, spec: ModelSpec, config: Any, data: Any = None) -> None:
        super().__init__()
        from cnngui.core.training import TrainingControl

        self.spec = spec
        self.config = config
        self.data = data
        self.control = TrainingControl()
        self.abandon = threading.Event()

    @Slot()
    def run(self) -> None:
        # This thread only drives Keras; it keeps normal priority so that training is as
        # fast as a bare model.fit. The heavy maths runs in TensorFlow's pools, which the
        # TensorFlowLoader created below the GUI's priority.
        try:
            self._run()
        except Exception as exc:  # never let an exception escape a thread silently
            self.failed.emit(
                translate("Workers", "training could not run: {exc}").format(exc=brief(exc, 300))
            )
        finally:
            # quit here, not through a queued signal: the GUI may be blocked in shutdown()
            QThread.currentThread().quit()

    def _run(self) -> None:
        self.status.emit(translate("Workers", "Loading TensorFlow…"))
        from cnngui.core.model.keras_build import build_model
        from cnngui.core.training import Reporter, TrainingResult, train
        from cnngui.core.training.events import RunOutcome

        worker = self
        curve: list[list[float]] = []  # kept with the run, so a reopened project shows it
        images: list[int] = []

        class SignalReporter(Reporter):
            def on_start(self, info: Any) -> None:
                images.append(int(info.train_samples))
                worker.started.emit(info)

            def on_batch(self, p: Any) -> None:
                if p.steps:
                    curve.append(
                        [(p.epoch - 1) + p.step / p.steps, float(p.loss), float(p.accuracy)]
                    )
                worker.batch.emit(p)

            def on_epoch_end(self, m: Any) -> None:
                if worker.abandon.is_set():
                    raise _Abandoned
                worker.epoch.emit(m)

            def on_epoch_weights(self, epoch: int, weights: list[np.ndarray]) -> None:
                worker.weights.emit(epoch, weights)

        try:
            data = self.data
            if data is None:
                self.status.emit(
                    translate("Workers", "Loading the {dataset} images…").format(
                        dataset=self.config.dataset
                    )
                )
                data = _load_dataset(self.config.dataset, self.config.oversample)
            self.status.emit(translate("Workers", "Building the network…"))
            self.display_model.emit(build_model(self.spec))
            if self.control.stopped:
                result = TrainingResult(
                    "stopped", translate("Workers", "stopped before the first epoch."), []
                )
            else:
                self.status.emit(
                    translate(
                        "Workers", "Preparing the first batch (TensorFlow compiles the network)…"
                    )
                )
                result = train(self.spec, self.config, data, SignalReporter(), self.control)
        except UserError as exc:  # a Signal(str) keeps no phrase: translated here
            self.failed.emit(core_text(for_window(exc)))
            return
        weights = None
        if result.model is not None and result.reason != "nan":
            weights = [w.copy() for w in result.model.get_weights()]
        outcome = RunOutcome(
            reason=result.reason,
            message=result.message,
            history=list(result.history),
            evaluation=result.evaluation,
            device=result.device,
            seconds=result.seconds,
            weights=weights,
            x_test=data.x_test if result.evaluation is not None else None,
            y_test=data.y_test if result.evaluation is not None else None,
            class_names=list(data.class_names),
            batch_curve=curve,
            stopped_at=result.stopped_at,
            images=images[0] if images else None,
        )
        result.model = None  # the training model stays in this thread and is dropped here
        self.finished.emit(outcome)


_dataset_cache: dict[str, Any] = {}
_dataset_lock = threading.Lock()


def _load_dataset(name: str, oversample: int = 1) -> Any:
    """Load a dataset once per session (MNIST takes about a second to read)."""
    from cnngui.core.datasets import load_dataset

    key = f"{name}×{oversample}"
    with _dataset_lock:
        if key not in _dataset_cache:
            _dataset_cache.clear()
            _dataset_cache[key] = load_dataset(name, None, oversample)
        return _dataset_cache[key]


class TrainingRunner(QObject):
    """The GUI side of training: starts a worker in a QThread, forwards control, shuts down."""

    status = Signal(str)
    display_model = Signal(object)
    started = Signal(object)
    batch = Signal(object)
    epoch = Signal(object)
    weights = Signal(int, object)
    finished = Signal(object)
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    @property
    def paused(self) -> bool:
        return self._worker is not None and self._worker.control.paused

    def start(self, spec: ModelSpec, config: Any, data: Any = None) -> None:
        if self.running:
            raise UserError("training is already running; stop it before starting another run.")
        self._cleanup()
        thread = QThread()
        thread.setObjectName("cnngui-training")
        worker = TrainingWorker(spec, config, data)
        worker.moveToThread(thread)
        for name in ("status", "display_model", "started", "batch", "epoch", "failed"):
            getattr(worker, name).connect(getattr(self, name))
        worker.weights.connect(self.weights)
        worker.finished.connect(self.finished)
        thread.started.connect(worker.run)
        thread.finished.connect(self._thread_finished)
        self._thread, self._worker = thread, worker
        thread.start()
        self.running_changed.emit(True)

    def _thread_finished(self) -> None:
        self.running_changed.emit(False)

    def _cleanup(self) -> None:
        if self._thread is not None and not self._thread.isRunning():
            self._thread.wait()
            self._worker = None
            self._thread = None

    def pause(self) -> None:
        if self._worker is not None:
            self._worker.control.pause()

    def resume(self) -> None:
        if self._worker is not None:
            self._worker.control.resume()

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.control.stop()

    def shutdown(self, timeout_s: float = 2.0) -> bool:
        """Stop the run, skip its test pass, and wait; True when the thread has ended."""
        if self._thread is None:
            return True
        if self._worker is not None:
            self._worker.abandon.set()
            self._worker.control.stop()
        ok = self._thread.wait(max(1, int(timeout_s * 1000)))
        if ok:
            self._worker = None
            self._thread = None
        return ok


class TensorFlowLoader(QObject):
    """Imports TensorFlow in a plain background thread and reports the device."""

    ready = Signal(object, float)  # device description (a phrase: the report keeps English), s
    model_loaded = Signal(object, object)  # the bundled keras model and its spec (or None)
    failed = Signal(str)

    def start(self) -> None:
        t0 = time.perf_counter()

        def emit(signal: Any, *args: Any) -> None:
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                signal.emit(*args)

        def load() -> None:
            try:
                from cnngui.core.tf_import import quiet_native_stderr

                # TensorFlow's C++ start-up lines (CUDA probing) stay out of the terminal
                # unless cnngui --verbose asked for them
                with quiet_native_stderr(os.environ.get("TF_CPP_MIN_LOG_LEVEL") == "3"):
                    import keras  # noqa: F401
                    import tensorflow  # noqa: F401

                    from cnngui.core.training.device import describe_device

                    # imported at full speed; TensorFlow's thread pools, made from here on,
                    # inherit the lower priority (see lower_thread_priority)
                    lower_thread_priority()
                    device = describe_device()
            except Exception as exc:
                emit(
                    self.failed,
                    translate(
                        "Workers",
                        "TensorFlow could not be loaded ({exc}); reinstall cnngui to train or "
                        "predict.",
                    ).format(exc=brief(exc)),
                )
                return
            keep_out_of_collections()
            emit(self.ready, device, time.perf_counter() - t0)
            model, spec = load_default_model()
            keep_out_of_collections()
            if model is not None:
                emit(self.model_loaded, model, spec)

        self._thread = threading.Thread(target=load, name="cnngui-tf-loader", daemon=True)
        self._thread.start()


def keep_out_of_collections() -> None:
    """Move every object alive now (TensorFlow's and Keras's millions, imported for good)
    out of the garbage collector's reach.

    Otherwise each full collection walks all of them: about 120 ms with Python's lock
    held, which froze the window once near the start of every training run (tracing
    allocates enough to trigger one). Later collections only look at newer objects.
    """
    gc.freeze()


def load_default_model() -> tuple[Any, ModelSpec | None]:
    """The bundled trained network and its spec; (None, None) when it is missing or broken."""
    from cnngui.core.inference.predictor import default_model_path

    path = default_model_path()
    if not path.exists():
        return None, None
    try:
        from cnngui.core.model.importer import import_model

        imported = import_model(path)
        return imported.model, imported.spec
    except UserError:
        pass
    try:
        from cnngui.core.inference.predictor import load_model

        return load_model(path), None
    except UserError:
        return None, None


class EvaluationWorker(QObject):
    """Evaluates one network on a dataset's test images; lives in its own QThread."""

    progress = Signal(int, int)  # images done, total
    finished = Signal(object, object, object, object)  # Evaluation, x_test, y_test, names
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, model: Any, dataset: str, prepare: Any = None) -> None:
        super().__init__()
        self.model = model
        self.dataset = dataset
        self.prepare = prepare  # an imported network's own input fitting, or None
        self.cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        from cnngui.core.training.run import Cancelled, evaluate

        try:
            data = _load_dataset(self.dataset)
            result = evaluate(
                self.model,
                data.x_test,
                data.y_test,
                data.num_classes,
                progress=self.progress.emit,
                cancelled=self.cancel.is_set,
                prepare=self.prepare,
            )
        except Cancelled:
            self.cancelled.emit()
        except UserError as exc:  # a Signal(str) keeps no phrase: translated here
            self.failed.emit(core_text(for_window(exc)))
        except Exception as exc:  # a model that does not fit the data, a broken file …
            self.failed.emit(
                translate("Workers", "the network could not be evaluated ({exc}).").format(
                    exc=brief(exc)
                )
            )
        else:
            self.finished.emit(result, data.x_test, data.y_test, list(data.class_names))
        finally:
            QThread.currentThread().quit()


class EvaluationTask(QObject):
    """Evaluate in the background with progress and cancel (Orange's task pattern)."""

    progress = Signal(int, int)
    finished = Signal(object, object, object, object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: EvaluationWorker | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self, model: Any, dataset: str, prepare: Any = None) -> None:
        if self.running:
            return
        self.shutdown()
        thread = QThread()
        thread.setObjectName("cnngui-evaluation")
        worker = EvaluationWorker(model, dataset, prepare)
        worker.moveToThread(thread)
        for name in ("progress", "finished", "failed", "cancelled"):
            getattr(worker, name).connect(getattr(self, name))
        thread.started.connect(worker.run)
        self._thread, self._worker = thread, worker
        thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel.set()

    def shutdown(self, timeout_s: float = 30.0) -> bool:
        """Cancel and wait for the thread (closing the window, or before a new start)."""
        if self._thread is None:
            return True
        self.cancel()
        ok = self._thread.wait(max(1, int(timeout_s * 1000)))
        if ok:
            self._thread = self._worker = None
        return ok
