"""The one place that knows where bundled files live: checkout, installed wheel or frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Folder holding the default model, MNIST and icons.

    A PyInstaller bundle unpacks them under ``sys._MEIPASS/resources``; a wheel installs
    them as the ``cnngui.resources`` package; a source checkout has ``resources/``
    beside the ``cnngui`` package.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if (checkout / "__init__.py").exists():
        return checkout
    import importlib.util

    found = importlib.util.find_spec("cnngui.resources")
    if found and found.submodule_search_locations:
        return Path(next(iter(found.submodule_search_locations)))
    return checkout


def resource(name: str) -> Path:
    """Path of one bundled file (it may not exist; callers say so in their own words)."""
    return resources_dir() / name
