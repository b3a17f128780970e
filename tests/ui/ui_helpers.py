"""Helpers shared by the window tests."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from cnngui.core.model.spec import LayerSpec, ModelSpec

# screenshots/ in the checkout when it is writable (people look at them), else a temp folder
_CHECKOUT = Path(__file__).resolve().parents[2]
SCREENSHOTS = (
    _CHECKOUT / "screenshots"
    if os.access(_CHECKOUT, os.W_OK)
    else Path(tempfile.gettempdir()) / "cnngui-screenshots"
)


def tiny_spec() -> ModelSpec:
    """A network that trains in a fraction of a second per epoch on a CPU."""
    return ModelSpec(
        "tiny",
        (28, 28, 1),
        (
            LayerSpec.create("Conv2D", filters=4, kernel_size=3, activation="relu"),
            LayerSpec.create("MaxPooling2D", pool_size=4),
            LayerSpec.create("Flatten"),
            LayerSpec.create("Dense", units=10, activation="softmax"),
        ),
    )


def save_shot(widget: QWidget, name: str) -> Path:
    """Save a screenshot into screenshots/ (git-ignored) for people to look at."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):  # let layouts settle before grabbing
        QApplication.processEvents()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))  # for people to look at; never what a test checks
    return path
