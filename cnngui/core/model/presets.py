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


def _conv(filters: int, k: int = 3, padding: str = "same", activation: str = "relu"):
    return (
        "Conv2D",
        {"filters": filters, "kernel_size": k, "padding": padding, "activation": activation},
    )


_POOL = ("MaxPooling2D", {"pool_size": 2})
_FLAT = ("Flatten", {})
_BN = ("BatchNormalization", {})
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
                "Small and quick: two narrow convolutions with batch normalisation and a "
                "one-cycle learning rate; passes 99% on MNIST in two epochs on a laptop CPU."
            ),
            (
                _conv(16, 5),
                _BN,
                _POOL,
                _conv(32, 3),
                _BN,
                _POOL,
                _FLAT,
                _OUT,
            ),
            {
                "optimizer": "adam",
                "learning_rate": 0.01,
                "batch_size": 128,
                "epochs": 2,
                "schedule": "one-cycle",
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
