"""Finding, checking and loading datasets (bundled MNIST, local .npz files, errors)."""

from __future__ import annotations

import numpy as np
import pytest

from cnngui.core.datasets import (
    FASHION_NAMES,
    Dataset,
    DatasetError,
    load_dataset,
    mnist_test_digits,
)


def _save(path, **arrays):
    np.savez(path, **arrays)
    return str(path)


def _arrays(n=20, m=10, classes=10, size=28):
    rng = np.random.default_rng(0)
    return {
        "x_train": rng.integers(0, 256, (n, size, size), dtype=np.uint8),
        "y_train": rng.integers(0, classes, n),
        "x_test": rng.integers(0, 256, (m, size, size), dtype=np.uint8),
        "y_test": rng.integers(0, classes, m),
    }


def test_bundled_mnist_shapes_and_range():
    data = load_dataset("mnist", limit=500)
    assert isinstance(data, Dataset)
    assert data.x_train.shape == (500, 28, 28, 1)
    assert data.x_test.shape == (500, 28, 28, 1)
    assert data.x_train.dtype == np.float32 and data.y_train.dtype == np.int64
    assert data.x_train.min() >= 0.0 and data.x_train.max() <= 1.0
    assert data.x_train.max() == 1.0
    assert data.num_classes == 10 and data.class_names[3] == "3"
    assert set(np.unique(data.y_train)) == set(range(10))


def test_full_mnist_sizes():
    data = load_dataset("MNIST")
    assert len(data.x_train) == 60_000 and len(data.x_test) == 10_000


def test_mnist_test_digits_matches_dataset():
    x, y = mnist_test_digits(5)
    data = load_dataset("mnist", limit=5)
    assert x.shape == (5, 28, 28) and x.dtype == np.float32
    np.testing.assert_array_equal(x, data.x_test[..., 0])
    np.testing.assert_array_equal(y, data.y_test)


def test_npz_file_channel_last_and_float(tmp_path):
    arrays = _arrays()
    arrays["x_train"] = (arrays["x_train"][..., None] / 255.0).astype(np.float64)
    data = load_dataset(_save(tmp_path / "mine.npz", **arrays))
    assert data.name == "mine"
    assert data.x_train.shape == (20, 28, 28, 1) and data.x_train.dtype == np.float32
    assert data.x_train.max() <= 1.0
    np.testing.assert_allclose(data.x_test, arrays["x_test"][..., None] / 255.0, atol=1e-6)


def test_npz_class_names(tmp_path):
    arrays = _arrays(classes=3)
    path = _save(tmp_path / "abc.npz", class_names=np.array(["a", "b", "c"]), **arrays)
    data = load_dataset(path)
    assert data.class_names == ["a", "b", "c"] and data.num_classes == 3


def test_fashion_names_have_ten_classes():
    assert len(FASHION_NAMES) == 10 and FASHION_NAMES[-1] == "Ankle boot"


@pytest.mark.parametrize(
    "change, words",
    [
        ({"x_train": np.zeros((5, 28), np.uint8)}, "shape"),
        ({"y_train": np.arange(3)}, "one label per image"),
        ({"y_test": np.full(10, 12)}, "y_test has labels from 12 to 12"),
        ({"y_test": np.full(10, -1)}, "has labels from -1"),
        ({"y_train": np.full(20, 2.5)}, "not whole numbers"),
        ({"x_test": np.zeros((0, 28, 28), np.uint8), "y_test": np.zeros(0, int)}, "no images"),
        ({"x_train": np.zeros((20, 28, 28, 3), np.uint8)}, "grey levels"),
        ({"x_test": np.full((10, 28, 28), np.inf)}, "x_test has 7,840 pixel values that are NaN"),
        ({"x_test": np.full((10, 28, 28), 300.0)}, "values run from"),
        ({"x_test": np.full((10, 14, 14), 1, np.uint8)}, "same size"),
        ({"x_train": np.full((20, 28, 28), np.nan)}, "NaN"),
    ],
)
def test_wrong_arrays_are_one_sentence(tmp_path, change, words):
    arrays = {**_arrays(), **change}
    with pytest.raises(DatasetError) as err:
        load_dataset(_save(tmp_path / "bad.npz", **arrays))
    message = str(err.value)
    assert words in message
    assert "\n" not in message and message.endswith(".")


def test_missing_array(tmp_path):
    arrays = _arrays()
    del arrays["y_test"]
    with pytest.raises(DatasetError, match="no y_test array"):
        load_dataset(_save(tmp_path / "partial.npz", **arrays))


@pytest.mark.parametrize("cut", [None, 0.5, 0.9])
def test_corrupt_file_is_a_clear_error(tmp_path, cut):
    path = tmp_path / "corrupt.npz"
    if cut is None:
        path.write_bytes(b"PK\x03\x04 this is not really a zip archive" * 10)
    else:  # a real dataset file cut short, as by an interrupted copy
        _save(path, **_arrays())
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(DatasetError, match=r"damaged or not a NumPy \.npz file") as err:
        load_dataset(str(path))
    assert "\n" not in str(err.value)


def test_object_arrays_are_refused_without_advice_to_unpickle(tmp_path):
    """A file from someone else must never be loaded with pickling switched on."""
    arrays = _arrays()
    arrays["y_train"] = np.array([{"label": 1}] * 20, dtype=object)
    with pytest.raises(DatasetError, match="Python objects") as err:
        load_dataset(_save(tmp_path / "objects.npz", **arrays))
    assert "allow_pickle" not in str(err.value)


def test_a_dataset_made_in_code_is_checked_too():
    a = _arrays()
    x = a["x_train"][..., None] / 255.0
    with pytest.raises(DatasetError, match="y_train has labels from"):
        Dataset("mine", x, a["y_train"] + 10, x[:10], a["y_test"], list("0123456789"))


def test_missing_file_and_unknown_name(tmp_path):
    with pytest.raises(DatasetError, match="does not exist"):
        load_dataset(str(tmp_path / "nothing.npz"))
    with pytest.raises(DatasetError, match="unknown dataset 'cifar'"):
        load_dataset("cifar")


def test_bad_limit():
    with pytest.raises(DatasetError, match="limit"):
        load_dataset("mnist", limit=0)


def test_fashion_not_found_names_where_it_looked(tmp_path, monkeypatch):
    import cnngui.core.datasets as ds

    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))

    def offline(key):
        raise OSError("network is unreachable")

    monkeypatch.setattr(ds, "_download", offline)
    with pytest.raises(DatasetError) as err:
        load_dataset("fashion_mnist")
    text = str(err.value)
    assert str(tmp_path / "keras" / "datasets") in text
    assert "network is unreachable" in text and "--dataset" in text


def test_fashion_from_keras_cache(tmp_path, monkeypatch):
    """Keras caches Fashion-MNIST as four gzipped IDX files; they load without a network."""
    import gzip

    import cnngui.core.datasets as ds

    folder = tmp_path / "keras" / "datasets" / "fashion-mnist"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(1)
    parts = {
        "train-images-idx3-ubyte.gz": (16, rng.integers(0, 256, (6, 28, 28), dtype=np.uint8)),
        "train-labels-idx1-ubyte.gz": (8, np.arange(6, dtype=np.uint8)),
        "t10k-images-idx3-ubyte.gz": (16, rng.integers(0, 256, (4, 28, 28), dtype=np.uint8)),
        "t10k-labels-idx1-ubyte.gz": (8, np.arange(4, dtype=np.uint8) + 5),
    }
    for name, (header, arr) in parts.items():
        with gzip.open(folder / name, "wb") as fh:
            fh.write(b"\0" * header + arr.tobytes())
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    monkeypatch.setattr(ds, "_download", lambda key: pytest.fail("must not download"))
    data = load_dataset("fashion-mnist")
    assert data.name == "fashion_mnist" and data.class_names[9] == "Ankle boot"
    assert data.x_train.shape == (6, 28, 28, 1) and list(data.y_test) == [5, 6, 7, 8]
