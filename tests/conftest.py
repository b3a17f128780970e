"""Shared fixtures. Qt runs offscreen; TensorFlow stays quiet; nothing needs the network."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Forced, not defaulted: a desktop session's platform, scaling or theme must not leak in.
# the offscreen screen is a 1366×768 laptop's (Qt's own default is 800×800)
_SCREEN = Path(__file__).with_name("offscreen-laptop.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
for _name in ("QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_FONT_DPI", "QT_QPA_PLATFORMTHEME"):
    os.environ.pop(_name, None)
# The core suite tests the CPU path, the same on every machine: a GPU (present on some
# machines only) changes steps per call and numerics. CNNGUI_TEST_GPU=1 keeps it visible.
if os.environ.get("CNNGUI_TEST_GPU") != "1":
    os.environ["CUDA_VISIBLE_DEVICES"] = ""
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
# autosaves and other per-user files go to a private folder, never the user's own
os.environ.setdefault("CNNGUI_DATA_DIR", tempfile.mkdtemp(prefix="cnngui-test-data-"))
os.environ.setdefault("KERAS_HOME", str(Path(__file__).parent / ".keras-unused"))

import pytest  # noqa: E402 (the environment above must be set first)
from hypothesis import settings as hypothesis_settings  # noqa: E402

# Generated cases are the same on every run and every machine: a test that passes here
# passes on a fresh clone, and a failure is reproducible rather than luck of the draw.
hypothesis_settings.register_profile("cnngui", derandomize=True, database=None)
hypothesis_settings.load_profile("cnngui")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def no_background_compiles_left():
    """Every test waits for the drawing panel's background compilations it started: a thread
    left tracing a TensorFlow graph at interpreter exit can hang the whole run."""
    import threading

    yield
    for thread in threading.enumerate():
        if "_build_in_thread" in thread.name:
            thread.join(60)
