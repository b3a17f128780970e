"""Import TensorFlow once, quietly, and set the GPU up before anything touches it.

TensorFlow's C++ side writes start-up lines (absl, CUDA probing) straight to file
descriptor 2 before its logging honours ``TF_CPP_MIN_LOG_LEVEL``; a student running
``cnngui train`` should see the progress bar, not those. ``--verbose`` shows them.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator


@contextlib.contextmanager
def quiet_native_stderr(quiet: bool = True) -> Iterator[None]:
    """Point file descriptor 2 at /dev/null for the block (C++ libraries write there)."""
    if not quiet:
        yield
        return
    sys.stderr.flush()
    try:
        saved = os.dup(2)
        devnull = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        yield
        return
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def import_tensorflow(verbose: bool = False) -> None:
    """Import TensorFlow (quietly unless ``verbose``) and turn on GPU memory growth."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "0" if verbose else "3")
    with quiet_native_stderr(not verbose):
        import tensorflow  # noqa: F401

        from cnngui.core.training.device import gpus

        gpus()  # memory growth must be set before the first model touches the GPU
