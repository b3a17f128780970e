"""The per-user data folder (autosaves, the class's drawings): one place decides where it is."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "CNNGUI_DATA_DIR"


def user_data_dir(data_dir: str | Path | None = None) -> Path:
    """Where cnngui keeps per-user files: ``data_dir`` → ``$CNNGUI_DATA_DIR`` → the OS's place."""
    if data_dir is not None:
        return Path(data_dir)
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    home = Path.home()
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA") or home)
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "cnngui"
