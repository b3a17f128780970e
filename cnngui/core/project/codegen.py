"""ModelSpec + TrainingConfig → a readable Keras script that builds and trains the same network.

The script is for students who move from the app to a notebook: plain Keras, one layer
per line with only the arguments that differ from Keras's defaults, the settings as
named constants at the top, MNIST loaded the standard way
(``keras.datasets.mnist.load_data()``) and ``--data mnist.npz`` for machines without
internet. It prints the parameter count, so anyone can check it matches the app.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from cnngui.core.model.shapes import analyze, fmt_int
from cnngui.core.model.spec import LAYER_ARGS, LayerSpec, ModelSpec

if TYPE_CHECKING:
    from cnngui.core.training import TrainingConfig

_KERAS_DATASETS = {"mnist": "mnist", "fashion_mnist": "fashion_mnist"}
# Written even when equal to cnngui's default: Keras's AveragePooling2D has no default
# pool_size, and the window size is what a reader looks for in a pooling layer.
_ALWAYS_WRITTEN = ("pool_size",)
_DATASET_WORDS = {
    "mnist": "MNIST handwritten digits",
    "fashion_mnist": "Fashion-MNIST clothing images",
}


def _setting(config: Any, name: str, default: Any) -> Any:
    return getattr(config, name, default) if config is not None else default


def _literal(value: Any) -> str:
    """Python source for a JSON-ish value (tuples stay tuples, as Keras writes them)."""
    if isinstance(value, tuple):
        return "(" + ", ".join(_literal(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, str):
        return json.dumps(value)  # double quotes, every character escaped: valid Python
    return repr(value)


def layer_source(layer: LayerSpec) -> str:
    """``keras.layers.Conv2D(32, (3, 3), padding="same", activation="relu")`` style text."""
    defs = LAYER_ARGS[layer.type]
    parts: list[str] = []
    for arg, d in defs.items():
        if arg == "name" or arg not in layer.args:
            continue
        value = layer.args[arg]
        if value == d.default and not d.required and arg not in _ALWAYS_WRITTEN:
            continue
        parts.append(f"{arg}={_literal(value)}")
    return f"keras.layers.{layer.type}({', '.join(parts)})"


def _identifier(name: str) -> str:
    cleaned = re.sub(r"[^0-9A-Za-z_.-]", "_", name).strip("_") or "model"
    return cleaned[:60]


def _docstring_safe(text: str) -> str:
    """Text that cannot end the script's docstring or start an escape sequence in it."""
    return text.replace("\\", "/").replace('"', "'").replace("\n", " ")


def _schedule_source(schedule: str) -> str:
    """The learning-rate schedule, written as cnngui's trainer builds it."""
    if schedule == "cosine":
        return (
            "    # cosine: the learning rate falls smoothly from LEARNING_RATE to 1% of it.\n"
            "    return keras.optimizers.schedules.CosineDecay(\n"
            "        LEARNING_RATE, decay_steps=total_steps, alpha=0.01\n"
            "    )\n"
        )
    if schedule == "one-cycle":
        return (
            "    # one-cycle: warm up from LEARNING_RATE / 20 to LEARNING_RATE over the first\n"
            "    # quarter of the steps, then fall along a cosine to almost 0.\n"
            "    warmup = max(1, int(total_steps * 0.25))\n"
            "    return keras.optimizers.schedules.CosineDecay(\n"
            "        LEARNING_RATE / 20.0,\n"
            "        decay_steps=max(1, total_steps - warmup),\n"
            "        alpha=0.002,\n"
            "        warmup_target=LEARNING_RATE,\n"
            "        warmup_steps=warmup,\n"
            "    )\n"
        )
    return "    return LEARNING_RATE  # constant\n"


def _optimizer_source(optimizer: str, betas: str = "") -> str:
    """The optimizer call, with the extra settings cnngui's trainer uses.

    ``betas`` (e.g. ``", beta_1=0.7"``) goes into the Adam family's calls only.
    """
    return {
        "adam": f"keras.optimizers.Adam(learning_rate=lr{betas})",
        "rmsprop": "keras.optimizers.RMSprop(learning_rate=lr)",
        "sgd": "keras.optimizers.SGD(learning_rate=lr, momentum=0.9, nesterov=True)",
        "nadam": f"keras.optimizers.Nadam(learning_rate=lr{betas})",
        "adamw": f"keras.optimizers.AdamW(learning_rate=lr, weight_decay=1e-4{betas})",
    }.get(optimizer, f"keras.optimizers.Adam(learning_rate=lr{betas})")


def generate_script(spec: ModelSpec, config: TrainingConfig | None = None) -> str:
    """The whole script as text. The spec must be trainable on MNIST (see :func:`analyze`)."""
    from cnngui import __version__

    analysis = analyze(spec)
    blocker = analysis.training_blocker()  # the script trains it on MNIST
    if blocker:
        from cnngui.core.errors import UserError

        raise UserError(blocker)
    epochs = int(_setting(config, "epochs", 5))
    batch = int(_setting(config, "batch_size", 64))
    optimizer = str(_setting(config, "optimizer", "adam")).lower()
    lr = float(_setting(config, "learning_rate", 1e-3))
    betas = "".join(
        f", {k}={float(v)!r}"
        for k in ("beta_1", "beta_2")
        if (v := _setting(config, k, None)) is not None
    )
    schedule = str(_setting(config, "schedule", "constant"))
    val_split = float(_setting(config, "validation_split", 0.1))
    patience = _setting(config, "early_stopping_patience", None)
    restore = bool(_setting(config, "restore_best_weights", True))
    augmentation = bool(_setting(config, "augmentation", False))
    seed = _setting(config, "seed", 0)
    limit = _setting(config, "limit", None)
    dataset = str(_setting(config, "dataset", "mnist"))
    mixed = bool(_setting(config, "mixed_precision", False))
    name = _identifier(spec.name)

    what = _DATASET_WORDS.get(dataset, "the images in " + _docstring_safe(dataset))
    if dataset in _KERAS_DATASETS:
        data_default = "None"
        loader = f"keras.datasets.{_KERAS_DATASETS[dataset]}.load_data()"
    else:
        data_default = _literal(dataset)
        loader = "keras.datasets.mnist.load_data()"

    layers = ",\n".join(f"            {layer_source(layer)}" for layer in spec.layers)
    h, w, c = spec.input_shape
    params = fmt_int(analysis.total_params)
    title = _docstring_safe(spec.name)

    return f'''#!/usr/bin/env python3
"""{title}: a network for {what}, exported by cnngui {__version__}.

It builds the same network as in cnngui ({params} parameters) and trains it with the
same settings. Needs TensorFlow 2 with Keras 3 (pip install tensorflow).

    python {name}.py                      # download MNIST the standard Keras way and train
    python {name}.py --data mnist.npz     # offline: use a local copy (Keras's mnist.npz)
    python {name}.py --epochs 1 --limit 256   # a quick try on a few images
"""

import argparse

import keras
import numpy as np

# Training settings, as chosen in cnngui.
EPOCHS = {epochs}
BATCH_SIZE = {batch}
LEARNING_RATE = {lr!r}
VALIDATION_SPLIT = {val_split!r}
EARLY_STOPPING_PATIENCE = {patience!r}  # None: train for all epochs
RESTORE_BEST_WEIGHTS = {restore!r}
AUGMENTATION = {augmentation!r}
SEED = {seed!r}
LIMIT = {limit!r}  # None: all training images
MIXED_PRECISION = {mixed!r}  # float16 maths on a GPU (ignored on a CPU)
# Where the data comes from: None downloads MNIST through Keras (cached in ~/.keras/datasets);
# for offline use, set a path to a local copy of mnist.npz (or pass --data PATH).
DATA_FILE = {data_default}
MODEL_FILE = "{name}.keras"  # where the trained model is saved


def build_model():
    """The network, layer by layer (arguments left out take Keras's defaults)."""
    return keras.Sequential(
        [
            keras.Input(shape=({h}, {w}, {c})),
{layers},
        ],
        name="{name}",
    )


def load_data(path=None, limit=None):
    """MNIST as float32 images in [0, 1] with a channel axis, and integer labels."""
    if path:
        # Offline: a .npz file with x_train, y_train, x_test, y_test (Keras's mnist.npz layout).
        with np.load(path) as f:
            x_train, y_train = f["x_train"], f["y_train"]
            x_test, y_test = f["x_test"], f["y_test"]
    else:
        (x_train, y_train), (x_test, y_test) = {loader}
    if limit:  # only the training images; the test set stays whole
        x_train, y_train = x_train[:limit], y_train[:limit]

    def prepare(x):
        scale = 255.0 if np.asarray(x).dtype == np.uint8 else 1.0  # pixels 0-255 → 0-1
        return (np.asarray(x, dtype="float32") / scale).reshape((-1, {h}, {w}, {c}))

    return (prepare(x_train), np.asarray(y_train, "int64")), (
        prepare(x_test),
        np.asarray(y_test, "int64"),
    )


def learning_rate(total_steps):
    """The learning rate: a number, or a schedule over all total_steps training steps."""
{_schedule_source(schedule)}

def augment_layers():
    """Random shifts, rotations and zooms, close to cnngui's augmentation (training only)."""
    return keras.Sequential(
        [
            keras.layers.RandomTranslation(2 / {h}, 2 / {w}, fill_mode="constant", seed=SEED),
            keras.layers.RandomRotation(10 / 360, fill_mode="constant", seed=SEED),
            keras.layers.RandomZoom(0.1, fill_mode="constant", seed=SEED),
        ]
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--limit", type=int, default=LIMIT, help="use only the first N images")
    parser.add_argument("--data", default=DATA_FILE, help="a local mnist.npz (offline use)")
    parser.add_argument("--out", default=MODEL_FILE, help="where to save the trained model")
    args = parser.parse_args()

    if SEED is not None:
        keras.utils.set_random_seed(SEED)
    if MIXED_PRECISION and keras.config.backend() == "tensorflow":
        import tensorflow as tf

        if tf.config.list_physical_devices("GPU"):  # float16 only pays off on a GPU
            keras.mixed_precision.set_global_policy("mixed_float16")

    (x_train, y_train), (x_test, y_test) = load_data(args.data, args.limit)
    n_val = int(len(x_train) * VALIDATION_SPLIT)  # the last images are kept for validation
    if n_val:
        x_train, x_val = x_train[:-n_val], x_train[-n_val:]
        y_train, y_val = y_train[:-n_val], y_train[-n_val:]
        validation = (x_val, y_val)
    else:
        validation = None

    model = build_model()
    model.summary()
    print(f"Total parameters: {{model.count_params():,}}")

    steps_per_epoch = -(-len(x_train) // args.batch_size)
    lr = learning_rate(max(1, steps_per_epoch * args.epochs))
    model.compile(
        optimizer={_optimizer_source(optimizer, betas)},
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )

    callbacks = []
    if EARLY_STOPPING_PATIENCE is not None:
        callbacks.append(
            keras.callbacks.EarlyStopping(
                monitor="val_loss" if validation is not None else "loss",
                patience=EARLY_STOPPING_PATIENCE,
                restore_best_weights=RESTORE_BEST_WEIGHTS,
            )
        )

    if AUGMENTATION:
        import tensorflow as tf

        augment = augment_layers()
        train = (
            tf.data.Dataset.from_tensor_slices((x_train, y_train))
            .shuffle(len(x_train), seed=SEED)
            .batch(args.batch_size)
            .map(lambda x, y: (augment(x, training=True), y))
            .prefetch(tf.data.AUTOTUNE)
        )
        model.fit(
            train,  # already shuffled and batched above
            epochs=args.epochs,
            validation_data=validation,
            callbacks=callbacks,
            shuffle=False,
        )
    else:
        model.fit(
            x_train,
            y_train,
            batch_size=args.batch_size,
            epochs=args.epochs,
            validation_data=validation,
            callbacks=callbacks,
            shuffle=True,
        )

    loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
    print(f"Test accuracy: {{accuracy:.4f}}  (loss {{loss:.4f}})")
    model.save(args.out)
    print(f"Saved the trained model to {{args.out}}")


if __name__ == "__main__":
    main()
'''
