"""MNIST, Fashion-MNIST and local ``.npz`` files: find them, check them, load them as floats.

Lookup order for a named dataset (DESIGN.md): an explicit path → the copy bundled in
``resources/`` → Keras's cache (``~/.keras/datasets``) → a download through Keras →
a :class:`DatasetError` naming every place it looked. MNIST ships with the app, so
training works with no network at all.
"""

from __future__ import annotations

import functools
import gzip
import os
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cnngui.core.dataset_checks import DatasetError, check_arrays, scaled_images
from cnngui.core.errors import brief
from cnngui.core.phrases import Phrase, phrase
from cnngui.core.resources import resource

DIGIT_NAMES = [str(i) for i in range(10)]
FASHION_NAMES = [
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
]
CLASS_NAMES = {"mnist": DIGIT_NAMES, "fashion_mnist": FASHION_NAMES}
KNOWN = tuple(CLASS_NAMES)
KEYS = ("x_train", "y_train", "x_test", "y_test")
_DISPLAY_NAMES = {"mnist": "MNIST", "fashion_mnist": "Fashion-MNIST"}
_FASHION_FILES = (
    "train-images-idx3-ubyte.gz",
    "train-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz",
    "t10k-labels-idx1-ubyte.gz",
)


@dataclass
class Dataset:
    """Images as ``(N, H, W, 1)`` float32 in [0, 1]; labels as ``(N,)`` int64."""

    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: list[str]

    def __post_init__(self) -> None:
        self.check()

    def check(self) -> None:
        """Refuse, in one sentence, data that training would silently get wrong.

        Called on creation and again before training (the arrays can be changed in
        between). NaN pixels must be caught here: whether a NaN reaches the loss depends
        on the CPU's kernels, so it cannot be inferred from the training curve.
        """
        check_arrays(
            self.name,
            {
                "x_train": self.x_train,
                "y_train": self.y_train,
                "x_test": self.x_test,
                "y_test": self.y_test,
            },
            len(self.class_names),
        )

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def image_shape(self) -> tuple[int, ...]:
        return tuple(self.x_train.shape[1:])

    def describe(self) -> Phrase:
        """One line for a status bar or the CLI."""
        h, w = self.image_shape[:2]
        return phrase(
            "{name}: {train:,} training and {test:,} test images of {h}×{w}, {classes} classes",
            name=self.name,
            train=len(self.x_train),
            test=len(self.x_test),
            h=h,
            w=w,
            classes=self.num_classes,
        )


def keras_cache_dir() -> Path:
    """Where Keras keeps downloaded datasets (honours ``KERAS_HOME`` like Keras does)."""
    home = os.environ.get("KERAS_HOME") or os.path.join(os.path.expanduser("~"), ".keras")
    return Path(home) / "datasets"


def load_dataset(source: str = "mnist", limit: int | None = None, oversample: int = 1) -> Dataset:
    """Load ``"mnist"``, ``"fashion_mnist"``, a ``.npz`` path, or several joined by ``+``.

    ``limit`` keeps only the first ``limit`` training and test images (quick runs).
    ``"mnist+class.npz"`` concatenates the parts (see :func:`combine`); ``oversample``
    repeats the training images of every part but the largest that many times, so a
    class's few hundred drawings are not drowned by 60,000 MNIST digits.
    Raises :class:`DatasetError` with one sentence when nothing usable is found.
    """
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise DatasetError(
            phrase("limit must be a whole number of at least 1, not {value!r}.", value=limit)
        )
    source = str(source)
    parts = split_sources(source)
    if len(parts) > 1:
        return combine([load_dataset(part, limit) for part in parts], oversample)
    name, arrays, class_names = _find(source)
    return _prepare(name, arrays, class_names, limit)


def split_sources(source: str) -> list[str]:
    """``"mnist+class.npz"`` → its parts; a path that exists (even with a ``+``) is one part."""
    if "+" not in source or Path(source).expanduser().exists():
        return [source]
    parts = [part.strip() for part in source.split("+")]
    if any(not part for part in parts):
        raise DatasetError(
            phrase(
                "dataset {source!r} has an empty part; join datasets like mnist+drawings.npz.",
                source=source,
            )
        )
    return parts


def combine(parts: list[Dataset], oversample: int = 1) -> Dataset:
    """One dataset of several with the same classes and image size.

    Training images are concatenated (the smaller parts repeated ``oversample`` times)
    and shuffled with a fixed seed: a run's validation share and ``limit`` take the last
    or first images, and they must see every part, not only the one appended last. Test
    images are concatenated as they are (never repeated), so accuracy counts each once.
    """
    if (
        isinstance(oversample, bool)
        or not isinstance(oversample, int)
        or not 1 <= oversample <= 1000
    ):
        raise DatasetError(
            phrase(
                "the oversampling factor must be a whole number from 1 to 1,000, not {value!r}.",
                value=oversample,
            )
        )
    first = parts[0]
    for other in parts[1:]:
        if other.class_names != first.class_names:
            raise DatasetError(
                phrase(
                    "{first} and {other} have different classes ({n_first} and {n_other}); "
                    "only datasets of the same classes can be joined with +.",
                    first=first.name,
                    other=other.name,
                    n_first=first.num_classes,
                    n_other=other.num_classes,
                )
            )
        if other.image_shape != first.image_shape:
            raise DatasetError(
                phrase(
                    "{first} images are {first_size} but {other} images are {other_size}; "
                    "only datasets of the same image size can be joined with +.",
                    first=first.name,
                    first_size=f"{first.image_shape[0]}×{first.image_shape[1]}",
                    other=other.name,
                    other_size=f"{other.image_shape[0]}×{other.image_shape[1]}",
                )
            )
    largest = max(range(len(parts)), key=lambda i: len(parts[i].x_train))
    reps = [1 if i == largest else oversample for i in range(len(parts))]
    x_train = np.concatenate([np.repeat(p.x_train, r, axis=0) for p, r in zip(parts, reps)])
    y_train = np.concatenate([np.repeat(p.y_train, r, axis=0) for p, r in zip(parts, reps)])
    order = np.random.default_rng(0).permutation(len(x_train))
    return Dataset(
        "+".join(p.name for p in parts),
        x_train[order],
        y_train[order],
        np.concatenate([p.x_test for p in parts]),
        np.concatenate([p.y_test for p in parts]),
        list(first.class_names),
    )


def mnist_test_digits(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The first ``n`` MNIST test images ``(n, 28, 28)`` float32 in [0, 1] and their labels.

    Cheap: reads only the test arrays of the bundled (or cached) file.
    """
    path = _bundled_or_cached("mnist")
    if path is None:
        looked = {"bundled": resource("mnist.npz"), "cache": keras_cache_dir()}
        raise DatasetError(
            phrase(
                "MNIST was not found in {bundled} or {cache}; reinstall cnngui or run "
                "`cnngui train --dataset mnist` once with a network.",
                **looked,
            ),
            window=phrase(
                "MNIST was not found in {bundled} or {cache}; reinstall cnngui, or connect "
                "to the network once and train on MNIST in the Training panel so it is "
                "downloaded.",
                **looked,
            ),
        )
    x, y = _read_test(str(path))
    n = max(0, min(int(n), len(x)))
    return x[:n].astype(np.float32) / 255.0, y[:n].astype(np.int64)


@functools.lru_cache(maxsize=2)
def _read_test(path: str) -> tuple[np.ndarray, np.ndarray]:
    with np.load(path, allow_pickle=False) as f:
        return f["x_test"], f["y_test"]


# -- finding ---------------------------------------------------------------------------


def _find(source: str) -> tuple[str, dict[str, np.ndarray], list[str] | None]:
    key = source.strip().lower().replace("-", "_")
    if key in CLASS_NAMES:
        return key, _find_named(key), CLASS_NAMES[key]
    path = Path(source).expanduser()
    if path.suffix.lower() == ".npz" or path.exists() or os.sep in source or "/" in source:
        if not path.is_file():
            raise DatasetError(
                phrase(
                    "dataset file {source} does not exist; give the path of a .npz file "
                    "or one of {known}.",
                    source=source,
                    known=", ".join(KNOWN),
                ),
                window=phrase(
                    "dataset file {source} does not exist; choose MNIST or another .npz "
                    "file under Images.",
                    source=source,
                ),
            )
        arrays, names = _read_npz(path)
        return path.stem, arrays, names
    raise DatasetError(
        phrase(
            "unknown dataset {source!r}; use {known}, or the path of a .npz file holding "
            "x_train, y_train, x_test and y_test.",
            source=source,
            known=" or ".join(KNOWN),
        )
    )


def _bundled_or_cached(key: str) -> Path | None:
    for path in _candidates(key):
        if path.is_file() or (path.is_dir() and all((path / f).is_file() for f in _FASHION_FILES)):
            return path
    return None


def _candidates(key: str) -> list[Path]:
    if key == "mnist":
        return [resource("mnist.npz"), keras_cache_dir() / "mnist.npz"]
    return [resource(f"{key}.npz"), keras_cache_dir() / "fashion-mnist"]


def _find_named(key: str) -> dict[str, np.ndarray]:
    path = _bundled_or_cached(key)
    if path is not None:
        return _read_cached(str(path), path.stat().st_mtime)
    try:
        return _download(key)
    except DatasetError:
        raise
    except Exception as exc:  # no network, server down, disk full …
        looked = " and ".join(str(p) for p in _candidates(key))
        raise DatasetError(
            phrase(
                "{key} was not found in {looked} and could not be downloaded ({reason}); "
                "connect to the network once, or give the path of a .npz file with --dataset.",
                key=key,
                looked=looked,
                reason=brief(exc, 120),
            ),
            window=phrase(
                "The {name} images are not on this computer and could not be downloaded "
                "(is the network connected?). Connect once and press Start training again, or "
                "choose MNIST or your own .npz file under Images.",
                name=_DISPLAY_NAMES.get(key, key),
            ),
        ) from None


@functools.lru_cache(maxsize=2)
def _read_cached(path: str, mtime: float) -> dict[str, np.ndarray]:
    """The raw arrays of a bundled or cached dataset, read once per process."""
    p = Path(path)
    arrays = _read_npz(p)[0] if p.suffix == ".npz" else _read_fashion_dir(p)
    for a in arrays.values():
        a.flags.writeable = False
    return arrays


def _download(key: str) -> dict[str, np.ndarray]:
    """Keras's own loader: it prints a progress bar and fills its cache for next time."""
    import keras

    loader = keras.datasets.mnist if key == "mnist" else keras.datasets.fashion_mnist
    (x_train, y_train), (x_test, y_test) = loader.load_data()
    return {"x_train": x_train, "y_train": y_train, "x_test": x_test, "y_test": y_test}


# -- reading ---------------------------------------------------------------------------


def _read_npz(path: Path) -> tuple[dict[str, np.ndarray], list[str] | None]:
    try:
        with np.load(path, allow_pickle=False) as f:
            missing = [k for k in KEYS if k not in f.files]
            if missing:
                raise DatasetError(
                    phrase(
                        "{path} has no {missing} array; a dataset file needs x_train, "
                        "y_train, x_test and y_test (as saved by numpy.savez).",
                        path=path,
                        missing=", ".join(missing),
                    )
                )
            arrays = {k: f[k] for k in KEYS}
            names = [str(s) for s in f["class_names"].tolist()] if "class_names" in f else None
    except DatasetError:
        raise
    except ValueError as exc:
        if "pickle" in str(exc).lower():  # object arrays: never load them from a file
            raise DatasetError(
                phrase(
                    "{path} stores Python objects instead of plain number arrays, which cnngui "
                    "never loads from a file because they could run code; save the images and "
                    "labels as number arrays with numpy.savez.",
                    path=path,
                )
            ) from None
        raise _unreadable(path) from None
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, KeyError):
        raise _unreadable(path) from None
    return arrays, names


def _unreadable(path: Path) -> DatasetError:
    return DatasetError(
        phrase(
            "{path} is damaged or not a NumPy .npz file; save the dataset again with "
            "numpy.savez holding x_train, y_train, x_test and y_test.",
            path=path,
        )
    )


def _read_idx(path: Path, offset: int) -> np.ndarray:
    with gzip.open(path, "rb") as fh:
        return np.frombuffer(fh.read(), np.uint8, offset=offset)


def _read_fashion_dir(folder: Path) -> dict[str, np.ndarray]:
    """Keras's cached Fashion-MNIST: four gzipped IDX files."""
    try:
        y_train = _read_idx(folder / _FASHION_FILES[1], 8)
        x_train = _read_idx(folder / _FASHION_FILES[0], 16).reshape(len(y_train), 28, 28)
        y_test = _read_idx(folder / _FASHION_FILES[3], 8)
        x_test = _read_idx(folder / _FASHION_FILES[2], 16).reshape(len(y_test), 28, 28)
    except (OSError, ValueError, EOFError) as exc:
        raise DatasetError(
            phrase(
                "the Fashion-MNIST files in {folder} are damaged ({reason}); delete that "
                "folder so Keras downloads them again.",
                folder=folder,
                reason=brief(exc, 120),
            )
        ) from None
    return {"x_train": x_train, "y_train": y_train, "x_test": x_test, "y_test": y_test}


# -- converting ------------------------------------------------------------------------


def _prepare(
    name: str, arrays: dict[str, np.ndarray], class_names: list[str] | None, limit: int | None
) -> Dataset:
    if limit is not None:
        arrays = {k: np.asarray(v)[:limit] for k, v in arrays.items()}
    class_names = list(DIGIT_NAMES if class_names is None else class_names)
    arrays = {k: np.asarray(v) for k, v in arrays.items()}
    check_arrays(name, arrays, len(class_names))
    x_train = scaled_images(name, "x_train", arrays["x_train"])
    x_test = scaled_images(name, "x_test", arrays["x_test"])
    y_train = _int_labels(arrays["y_train"])
    y_test = _int_labels(arrays["y_test"])
    return Dataset(name, x_train, y_train, x_test, y_test, class_names)


def _int_labels(y: np.ndarray) -> np.ndarray:
    return (y[:, 0] if y.ndim == 2 else y).astype(np.int64)
