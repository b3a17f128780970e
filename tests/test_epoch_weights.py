"""The epoch scrubber's store: weights after every epoch, bounded, saved and read back;
the weights it hands back for epoch k predict exactly what the network predicted then."""

from __future__ import annotations

import numpy as np
import pytest

from cnngui.core.errors import UserError
from cnngui.core.training.epoch_weights import EpochWeights


def _weights(value: float, n: int = 1000) -> list[np.ndarray]:
    return [np.full((n,), value, np.float32), np.full((10,), -value, np.float32)]


def test_keeps_copies_in_order_and_describes_sizes() -> None:
    store = EpochWeights()
    w = _weights(1.0)
    store.add(2, w)
    store.add(1, _weights(0.5))
    w[0][:] = 99  # the caller's arrays are not the store's
    assert store.epochs == [1, 2]
    assert store.get(2)[0][0] == 1.0
    store.get(2)[0][:] = 7  # nor are the arrays it hands out
    assert store.get(2)[0][0] == 1.0
    assert store.bytes_per_epoch == 4040 and store.total_bytes == 8080
    assert store.describe().startswith("2 epochs kept, 4 KB each, 8 KB in all")
    assert store.nearest(10) == 2 and store.nearest(0) == 1
    with pytest.raises(UserError, match="epoch 3 were not kept"):
        store.get(3)


def test_budget_keeps_first_last_and_an_even_spread() -> None:
    per_epoch = 4040
    store = EpochWeights(budget_bytes=per_epoch * 5)
    for epoch in range(1, 21):
        store.add(epoch, _weights(float(epoch)))
        assert store.total_bytes <= store.budget_bytes
        assert store.epochs[0] == 1 and store.epochs[-1] == epoch
    kept = store.epochs
    assert len(kept) == 5 and store.dropped == 15
    gaps = np.diff(kept)
    assert gaps.max() <= 2 * gaps.min() + 1  # spread out, not bunched at one end
    assert "15 in between were let go" in store.describe()
    for epoch in kept:
        assert store.get(epoch)[0][0] == epoch


def test_refuses_other_networks_and_huge_epochs() -> None:
    store = EpochWeights(budget_bytes=10_000)
    store.add(1, _weights(1.0))
    with pytest.raises(UserError, match="do not fit"):
        store.add(2, _weights(1.0, n=5))
    with pytest.raises(UserError, match="more than"):
        EpochWeights(budget_bytes=100).add(1, _weights(1.0))


def test_saved_and_read_back_exactly() -> None:
    store = EpochWeights(budget_bytes=4040 * 3)
    for epoch in range(1, 6):
        store.add(epoch, _weights(epoch / 3))
    again = EpochWeights.from_bytes(store.to_bytes())
    assert again.epochs == store.epochs and again.dropped == store.dropped
    assert again.budget_bytes == store.budget_bytes
    for epoch in store.epochs:
        for a, b in zip(store.get(epoch), again.get(epoch)):
            assert a.dtype == b.dtype and np.array_equal(a, b)
    with pytest.raises(UserError, match="damaged"):
        EpochWeights.from_bytes(b"not an archive")


def test_scrubbed_epoch_predicts_what_the_network_predicted_then() -> None:
    pytest.importorskip("keras")
    from cnngui.core.datasets import Dataset
    from cnngui.core.inference.predictor import Predictor
    from cnngui.core.model.keras_build import build_model
    from cnngui.core.model.spec import LayerSpec, ModelSpec
    from cnngui.core.training import Reporter, TrainingConfig, train

    def tiny_spec() -> ModelSpec:
        layers = (
            LayerSpec.create("Conv2D", filters=4, kernel_size=3, activation="relu"),
            LayerSpec.create("MaxPooling2D", pool_size=4),
            LayerSpec.create("Flatten"),
            LayerSpec.create("Dense", units=4, activation="softmax"),
        )
        return ModelSpec("tiny", (28, 28, 1), layers)

    rng = np.random.default_rng(0)
    y = rng.integers(0, 4, 320)
    x = rng.uniform(0, 0.2, (320, 28, 28, 1)).astype(np.float32)
    for i, k in enumerate(y):  # class k: a bright square in quadrant k
        r, c = divmod(int(k), 2)
        x[i, 4 + 14 * r : 10 + 14 * r, 4 + 14 * c : 10 + 14 * c] = 1.0
    data = Dataset("squares", x[:256], y[:256], x[256:], y[256:], ["a", "b", "c", "d"])
    config = TrainingConfig(
        epochs=3, batch_size=32, validation_split=0.25, seed=1, learning_rate=0.01
    )
    probe = data.x_test[:8]
    store = EpochWeights()
    seen: dict[int, list[np.ndarray]] = {}

    class Keep(Reporter):
        def on_epoch_weights(self, epoch, weights):
            store.add(epoch, weights)
            seen[epoch] = [w.copy() for w in weights]

    result = train(tiny_spec(), config, data, Keep())
    assert result.reason == "completed", result.message
    assert store.epochs == [1, 2, 3]
    replay = EpochWeights.from_bytes(store.to_bytes())
    reference = build_model(tiny_spec())
    scrubber = Predictor(build_model(tiny_spec()), jit=False)
    outputs = []
    for epoch in replay.epochs:
        reference.set_weights(seen[epoch])
        expected = np.asarray(reference(probe, training=False))
        scrubber.set_weights(replay.get(epoch))
        got = np.stack([scrubber(x).probabilities for x in probe])
        np.testing.assert_allclose(got, expected, rtol=1e-6, atol=1e-7)
        outputs.append(got)
    assert not np.allclose(outputs[0], outputs[-1])  # the epochs really differ
