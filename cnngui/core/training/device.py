"""Which device trains, set up once: GPU memory growth before first use, a readable name."""

from __future__ import annotations

import contextlib
import functools
import threading
from typing import Any

from cnngui.core.phrases import phrase

_lock = threading.Lock()


@functools.lru_cache(maxsize=1)
def gpus() -> tuple[Any, ...]:
    """The visible GPUs, with memory growth turned on before anything touches them.

    Without memory growth TensorFlow reserves nearly all of the card's memory on first
    use, which starves the window and other programs.
    """
    import tensorflow as tf

    with _lock:
        found = tuple(tf.config.list_physical_devices("GPU"))
        for gpu in found:
            # RuntimeError: already initialised elsewhere; nothing we can change now.
            with contextlib.suppress(RuntimeError, ValueError):
                tf.config.experimental.set_memory_growth(gpu, True)
    return found


def gpu_name(gpu: Any) -> str:
    import tensorflow as tf

    try:
        details = tf.config.experimental.get_device_details(gpu)
    except Exception:
        details = {}
    return str(details.get("device_name") or gpu.name)


def describe_device() -> str:
    """``"NVIDIA H100 80GB HBM3"``, ``"2 × NVIDIA …"``, or ``"CPU — no GPU found"``."""
    found = gpus()
    if not found:
        return phrase("CPU — no GPU found")
    name = gpu_name(found[0])
    return name if len(found) == 1 else f"{len(found)} × {name}"


def strategy() -> Any:
    """MirroredStrategy over several GPUs; the default (one device) otherwise."""
    import tensorflow as tf

    if len(gpus()) > 1:
        return tf.distribute.MirroredStrategy()
    return tf.distribute.get_strategy()


def available_memory_bytes() -> int | None:
    """Memory free for a new training run (Linux: MemAvailable), or None when unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        import os

        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_AVPHYS_PAGES"))
    except (AttributeError, ValueError, OSError):
        return None
