"""Named reference architectures, each with a sentence a student can read and a training recipe."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cnngui.core.model.spec import LayerSpec, ModelSpec
from cnngui.core.phrases import phrase


@dataclass(frozen=True)
class Preset:
    name: str
    description: str
    layers: tuple[tuple[str, dict[str, Any]], ...]
    recipe: dict[str, Any] = field(default_factory=dict)

    def spec(self) -> ModelSpec:
        return ModelSpec(
            self.name,
            (28, 28, 1),
            tuple(LayerSpec.create(t, **args) for t, args in self.layers),
        )


def _conv(
    filters: int,
    k: int = 3,
    padding: str = "same",
    activation: str | None = "relu",
    bias: bool = True,
):
    args = {"filters": filters, "kernel_size": k, "padding": padding, "activation": activation}
    if not bias:  # a batch normalisation follows, whose offset does the bias's job
        args["use_bias"] = False
    return ("Conv2D", args)


_POOL = ("MaxPooling2D", {"pool_size": 2})
_FLAT = ("Flatten", {})
_BN = ("BatchNormalization", {})
#: one epoch is only 235 batches: Keras's momentum 0.99 would need ~500 to settle
_BN_FAST = ("BatchNormalization", {"momentum": 0.9})
_RELU = ("Activation", {"activation": "relu"})
_OUT = ("Dense", {"units": 10, "activation": "softmax"})


def _dense(units: int, activation: str = "relu"):
    return ("Dense", {"units": units, "activation": activation})


def _drop(rate: float):
    return ("Dropout", {"rate": rate})


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "fast",
            phrase(
                "Quick to train: two convolutions and a Dense layer, each pooled, then batch "
                "normalised, then ReLU, and a one-cycle learning rate; passes 99% on MNIST "
                "after one epoch, in well under a minute on a laptop CPU."
            ),
            (
                _conv(24, 5, "valid", None, bias=False),
                _POOL,
                _BN_FAST,
                _RELU,
                _conv(32, 3, "valid", None, bias=False),
                _POOL,
                _BN_FAST,
                _RELU,
                _FLAT,
                ("Dense", {"units": 256, "use_bias": False}),
                _BN_FAST,
                _RELU,
                _OUT,
            ),
            # One epoch on all 60,000 images; Adam with short moment memories (betas 0.7
            # and 0.9) follows the one-cycle schedule closely. bench/fast_seeds.py: 10 seeds.
            {
                "optimizer": "adam",
                "learning_rate": 0.01,
                "beta_1": 0.7,
                "beta_2": 0.9,
                "batch_size": 256,
                "epochs": 1,
                "schedule": "one-cycle",
                "validation_split": 0.0,
            },
        ),
        Preset(
            "three-conv",
            phrase(
                "Three 3×3 convolutions, each halving the image with max pooling, then a small "
                "Dense layer: a classic, accurate starting point (~99.1% on MNIST)."
            ),
            (
                _conv(32),
                _POOL,
                _conv(64),
                _POOL,
                _conv(64),
                _POOL,
                _FLAT,
                _dense(64),
                _OUT,
            ),
            {"optimizer": "adam", "learning_rate": 0.001, "batch_size": 64, "epochs": 5},
        ),
        Preset(
            "two-conv-dropout",
            phrase(
                "The well-known Keras MNIST CNN: two convolutions without padding, dropout "
                "against overfitting, and a large Dense layer (1.2 M parameters)."
            ),
            (
                _conv(32, padding="valid"),
                _conv(64, padding="valid"),
                _POOL,
                _drop(0.25),
                _FLAT,
                _dense(128),
                _drop(0.5),
                _OUT,
            ),
            {"optimizer": "adam", "learning_rate": 0.001, "batch_size": 128, "epochs": 6},
        ),
        Preset(
            "fashion-two-conv",
            phrase(
                "Two convolutions and a Dense layer with dropout, tuned for Fashion-MNIST "
                "clothing pictures (~91% there)."
            ),
            (
                _conv(32),
                _POOL,
                _conv(64),
                _POOL,
                _FLAT,
                _dense(100),
                _drop(0.4),
                _OUT,
            ),
            {
                "optimizer": "adam",
                "learning_rate": 0.001,
                "batch_size": 64,
                "epochs": 10,
                "dataset": "fashion_mnist",
            },
        ),
        Preset(
            "keras-mnist-convnet",
            phrase(
                "The Keras documentation's 'simple MNIST convnet': two small convolutions, "
                "dropout and one output layer — only 35 k parameters."
            ),
            (
                _conv(32, padding="valid"),
                _POOL,
                _conv(64, padding="valid"),
                _POOL,
                _FLAT,
                _drop(0.5),
                _OUT,
            ),
            {"optimizer": "adam", "learning_rate": 0.001, "batch_size": 128, "epochs": 15},
        ),
        Preset(
            "batchnorm-vgg",
            phrase(
                "VGG-style blocks of two convolutions with batch normalisation, then pooling and "
                "dropout: deeper, slower, very accurate."
            ),
            (
                _conv(32),
                _BN,
                _conv(32),
                _BN,
                _POOL,
                _drop(0.25),
                _conv(64),
                _BN,
                _conv(64),
                _BN,
                _POOL,
                _drop(0.25),
                _FLAT,
                _dense(512),
                _BN,
                _OUT,
            ),
            {"optimizer": "adam", "learning_rate": 0.001, "batch_size": 128, "epochs": 10},
        ),
        Preset(
            "lenet-5",
            phrase(
                "LeCun's LeNet-5 (1998), the first famous CNN: 5×5 convolutions with average "
                "pooling, then three Dense layers (tanh, as in the original)."
            ),
            (
                _conv(6, 5, "same", "tanh"),
                ("AveragePooling2D", {"pool_size": 2}),
                _conv(16, 5, "valid", "tanh"),
                ("AveragePooling2D", {"pool_size": 2}),
                _FLAT,
                _dense(120, "tanh"),
                _dense(84, "tanh"),
                _OUT,
            ),
            {"optimizer": "adam", "learning_rate": 0.001, "batch_size": 128, "epochs": 10},
        ),
        Preset(
            "mlp",
            phrase(
                "No convolutions at all: flatten the image and use one hidden Dense layer — "
                "compare it with a CNN (~98% at best)."
            ),
            (_FLAT, _dense(128), _OUT),
            {"optimizer": "adam", "learning_rate": 0.001, "batch_size": 128, "epochs": 10},
        ),
    )
}

DEFAULT_PRESET = "fast"


def preset_names() -> list[str]:
    return list(PRESETS)


def get_preset(name: str) -> ModelSpec:
    """The spec of a named preset; unknown names raise KeyError with the list of names."""
    try:
        return PRESETS[name].spec()
    except KeyError:
        raise KeyError(
            f"unknown preset {name!r}; choose one of {', '.join(PRESETS)} "
            f"(`cnngui presets` lists them)."
        ) from None
