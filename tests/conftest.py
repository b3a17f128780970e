"""Shared fixtures. Qt runs offscreen; TensorFlow stays quiet; nothing needs the network."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
# autosaves and other per-user files go to a private folder, never the user's own
os.environ.setdefault("CNNGUI_DATA_DIR", tempfile.mkdtemp(prefix="cnngui-test-data-"))
os.environ.setdefault("KERAS_HOME", str(Path(__file__).parent / ".keras-unused"))

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def root() -> Path:
    return ROOT
