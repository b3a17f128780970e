""" "Ready to train" means Start works: every spec the builder calls trainable trains."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from test_shapes_vs_keras import architectures

from cnngui.core.datasets import Dataset
from cnngui.core.model.shapes import analyze
from cnngui.core.model.spec import ModelSpec
from cnngui.core.training import TrainingConfig, train

pytest.importorskip("keras")


def data_for(shape: tuple[int, int, int]) -> Dataset:
    rng = np.random.default_rng(0)
    h, w, _ = shape
    x = rng.uniform(0, 1, (48, h, w, 1)).astype(np.float32)
    y = rng.integers(0, 10, 48)
    return Dataset("random", x[:32], y[:32], x[32:], y[32:], [str(i) for i in range(10)])


def test_every_spec_ready_to_train_starts_and_trains():
    checked = []

    @settings(
        max_examples=40,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(architectures())
    def check(spec: ModelSpec):
        if len(spec.input_shape) != 3:
            return  # flat inputs are trained from images in test_training
        h, w, _ = spec.input_shape
        spec = ModelSpec(spec.name, (h, w, 1), spec.layers)  # the datasets are grey
        blocker = analyze(spec).training_blocker(10, spec.input_shape)
        if blocker is not None or len(checked) >= 12:
            return
        config = TrainingConfig(epochs=1, batch_size=16, validation_split=0.0)
        result = train(spec, config, data_for(spec.input_shape))
        assert result.reason in ("completed", "nan"), (result.message, spec.dumps())
        checked.append(spec)

    check()
    assert len(checked) >= 8, f"only {len(checked)} trainable specs were generated"
