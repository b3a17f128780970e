"""Reading a file a user chose: every way it can fail becomes one sentence naming it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cnngui.core.errors import UserError, brief
from cnngui.core.phrases import phrase


def read_user_file(
    path: str | Path, what: str, error: type[UserError] = UserError, limit: int = -1
) -> bytes:
    """The bytes of ``path`` (at most ``limit``); ``what`` names it, e.g. "spec file".

    ``what`` (here and below) may be a phrase, so the window can translate it too.
    """
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            return fh.read(limit)
    except FileNotFoundError:
        raise error(phrase("{path}: no such file.", path=p)) from None
    except IsADirectoryError:
        raise error(phrase("{path}: is a folder, not a {what}.", path=p, what=what)) from None
    except OSError as exc:
        raise error(
            phrase("{path}: cannot be read ({reason}).", path=p, reason=brief(exc))
        ) from None


def checked_size(
    path: str | Path, what: str, limit: int, error: type[UserError] = UserError
) -> int:
    """The size of a file a user chose, refused in one sentence before anything reads it
    when it is missing, not a file, or bigger than ``limit`` bytes (``what`` says what a
    file of this kind is, e.g. "a hand-in")."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise error(
            phrase("{path}: cannot be read ({reason}).", path=p, reason=brief(exc))
        ) from None
    if not p.is_file():
        raise error(phrase("{path}: is not a file; give {what} file.", path=p, what=what))
    if size > limit:
        raise error(
            phrase(
                "{path}: is {size}, more than the {limit} {what} can be, so it was not opened.",
                path=p,
                size=file_size_text(size),
                limit=file_size_text(limit),
                what=what,
            )
        )
    return size


def file_size_text(n: int) -> str:
    """A file size as people read it in a file manager.

    >>> file_size_text(2**31), file_size_text(64 * 2**20)
    ('2.0 GB', '64 MB')
    """
    return f"{n / 2**30:.1f} GB" if n >= 2**30 else f"{n / 2**20:.0f} MB"


def parse_json(text: str, error: type[UserError], what: str) -> Any:
    """JSON a user gave us; anything unreadable is one ``error`` sentence naming ``what``."""
    import json

    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(
            phrase(
                "not valid JSON (line {line}, column {column}: {reason}).",
                line=exc.lineno,
                column=exc.colno,
                reason=exc.msg,
            )
        ) from None
    except (ValueError, RecursionError):
        raise error(
            phrase("the JSON holds a number too long or nesting too deep to be {what}.", what=what)
        ) from None
