"""Autosave: unsaved work kept in the user's data folder, offered back after a crash.

``CNNGUI_DATA_DIR`` overrides the folder (tests use it); :func:`list_recoveries` finds
what sessions that did not close cleanly left behind.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cnngui.core.phrases import Phrase, phrase
from cnngui.core.project.file import (
    EXTENSION,
    LoadedProject,
    Project,
    ProjectError,
    load_project,
    read_json,
    save_project,
    weights_path_for,
)
from cnngui.core.project.runs import _is_int
from cnngui.core.userdata import user_data_dir

if TYPE_CHECKING:
    import keras


def autosave_dir(data_dir: str | Path | None = None) -> Path:
    return user_data_dir(data_dir) / "autosave"


@dataclass
class Recovery:
    """Unsaved work left behind by a session that did not close cleanly."""

    path: Path
    name: str
    saved_at: str
    source: str | None  # the project file it was opened from, if any
    pid: int | None

    def describe(self) -> Phrase:
        when = self.saved_at.replace("T", " ")[:16]
        if self.source:
            return phrase(
                "{name} (from {file}), autosaved {when}",
                name=self.name,
                file=Path(self.source).name,
                when=when,
            )
        return phrase("{name} (never saved), autosaved {when}", name=self.name, when=when)


class Autosaver:
    """One session's autosave file; call :meth:`save` every minute and on close.

    On a clean close (the work was saved or deliberately discarded) call
    :meth:`discard`, so the next start offers nothing to restore.
    """

    def __init__(self, data_dir: str | Path | None = None) -> None:
        self.folder = autosave_dir(data_dir)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.path = self.folder / f"autosave-{stamp}-{os.getpid()}{EXTENSION}"

    def save(
        self, project: Project, model: keras.Model | None = None, source: str | Path | None = None
    ) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        extra = {
            "source": str(source) if source else None,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "pid": os.getpid(),
        }
        # The project's own weights stay where they are; only a model given here is copied.
        copy = Project(project.spec, project.config, list(project.runs))
        copy.weights_file = project.weights_file
        copy.trained_spec = project.trained_spec
        copy.convention = project.convention
        return save_project(copy, self.path, model=model, extra=extra)

    def discard(self) -> None:
        for path in (self.path, weights_path_for(self.path)):
            with contextlib.suppress(OSError):
                path.unlink()


def list_recoveries(
    data_dir: str | Path | None = None, include_running: bool = False
) -> list[Recovery]:
    """Autosaves left by earlier sessions, newest first (those of running sessions are skipped)."""
    folder = autosave_dir(data_dir)
    if not folder.is_dir():
        return []
    found: list[Recovery] = []
    for path in folder.glob(f"autosave-*{EXTENSION}"):
        try:
            data = read_json(path)
            meta = data.get("autosave") if isinstance(data, dict) else None
            meta = meta if isinstance(meta, dict) else {}
            spec = data.get("spec") if isinstance(data, dict) else None
            name = spec.get("name") if isinstance(spec, dict) else None
        except ProjectError:
            meta, name = {}, None
        pid = meta.get("pid") if _is_int(meta.get("pid")) else None
        if not include_running and pid is not None and pid != os.getpid() and _alive(pid):
            continue
        if pid == os.getpid() and not include_running:
            continue
        saved = meta.get("saved_at")
        if not isinstance(saved, str):
            saved = datetime.fromtimestamp(path.stat().st_mtime).isoformat(timespec="seconds")
        source = meta.get("source") if isinstance(meta.get("source"), str) else None
        label = str(name) if name else phrase("unnamed network")
        found.append(Recovery(path, label, saved, source, pid))
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


def restore(recovery: Recovery) -> LoadedProject:
    """Open an autosave (then save it somewhere and :func:`discard` the recovery)."""
    loaded = load_project(recovery.path)
    return loaded


def discard(recovery: Recovery) -> None:
    """Delete an autosave and its model file."""
    for path in (recovery.path, weights_path_for(recovery.path)):
        with contextlib.suppress(OSError):
            path.unlink()


def _alive(pid: int) -> bool:
    """Whether a process with this id runs (then its autosave is not a crash's leftover)."""
    if sys.platform.startswith("win"):
        return False  # cannot tell cheaply; offering an extra recovery is the safe side
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


# ---------------------------------------------------------------------------- helpers
