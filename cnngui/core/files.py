"""Reading a file a user chose: every way it can fail becomes one sentence naming it."""

from __future__ import annotations

from pathlib import Path

from cnngui.core.errors import UserError, brief


def read_user_file(
    path: str | Path, what: str, error: type[UserError] = UserError, limit: int = -1
) -> bytes:
    """The bytes of ``path`` (at most ``limit``); ``what`` names it, e.g. "spec file"."""
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            return fh.read(limit)
    except FileNotFoundError:
        raise error(f"{p}: no such file.") from None
    except IsADirectoryError:
        raise error(f"{p}: is a folder, not a {what}.") from None
    except OSError as exc:
        raise error(f"{p}: cannot be read ({brief(exc)}).") from None
