"""The baseline every training-speed ratio is measured against: a bare ``model.fit``.

Compiled as ``core.training`` compiles (XLA only on a GPU), with only a clock callback,
so a ratio measures what the engine or the window adds, nothing else.
"""

from __future__ import annotations

import time

import numpy as np


def bare_fit_samples_per_s(
    spec, x: np.ndarray, y: np.ndarray, batch_size: int, epochs: int, learning_rate: float
) -> list[float]:
    """Samples per second of each epoch of a plain ``model.fit`` of ``spec``."""
    import keras

    from cnngui.core.model.keras_build import build_model
    from cnngui.core.training.device import describe_device

    keras.utils.set_random_seed(0)
    model = build_model(spec)
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
        jit_compile=not describe_device().startswith("CPU"),
    )
    times: list[float] = []

    class Clock(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            self.t = time.perf_counter()

        def on_epoch_end(self, epoch, logs=None):
            times.append(time.perf_counter() - self.t)

    model.fit(
        x, y, batch_size=batch_size, epochs=epochs, shuffle=True, verbose=0, callbacks=[Clock()]
    )
    return [len(x) / t for t in times]
