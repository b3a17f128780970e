"""The error type for mistakes a user can make and fix (bad file, bad value, missing data).

Anything raised as :class:`UserError` is shown as its one-sentence message — exit code 2
on the command line, a dialog or inline message in the window — never as a traceback.
"""

from typing import Any

from cnngui.core.phrases import Phrase, join_phrases, phrase_of


class UserError(Exception):
    """A problem the user caused and can fix; ``str(err)`` says what is wrong and how.

    ``window``: the same problem told to someone in the window, when the fix differs there
    (a menu or a choice in a panel instead of a command-line flag); see :func:`for_window`.
    The exception's one argument stays the command line's sentence.
    """

    def __init__(self, *args: Any, window: Any = None) -> None:
        super().__init__(*args)
        self.window = window


def for_window(exc: BaseException) -> Any:
    """What the window shows for ``exc``: its window sentence if it has one, else itself.

    >>> str(for_window(UserError("pass --dataset", window="choose Images")))
    'choose Images'
    >>> str(for_window(UserError("bad value")))
    'bad value'
    """
    window = getattr(exc, "window", None)
    return exc if window is None else window


def brief(exc: BaseException, limit: int = 200) -> str:
    """A library's exception as a short clause to put inside our own sentence.

    Whitespace collapsed, cut at ``limit`` characters, no final full stop; the exception's
    type when it says nothing. OSErrors give the system's words (``No such file…``). An
    exception raised with a phrase gives a phrase: the same English, and the window shows
    the whole sentence translated.

    >>> brief(ValueError("bad  value.\\n  more detail"))
    'bad value. more detail'
    >>> brief(FileNotFoundError(2, "No such file or directory"))
    'No such file or directory'
    >>> brief(RuntimeError())
    'RuntimeError'
    """
    if isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    else:
        text = " ".join(str(exc).split()) or type(exc).__name__
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    text = text.rstrip(".")
    inner = phrase_of(exc)
    if isinstance(inner, Phrase):  # our own sentence: the window still translates it whole
        kept = Phrase(text)
        kept.__dict__.update(join_phrases("", [inner]).__dict__)
        return kept
    return text
