"""Helpers shared by the window tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from cnngui.core.spec import LayerSpec, ModelSpec

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


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
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path
