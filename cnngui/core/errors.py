"""The error type for mistakes a user can make and fix (bad file, bad value, missing data).

Anything raised as :class:`UserError` is shown as its one-sentence message — exit code 2
on the command line, a dialog or inline message in the window — never as a traceback.
"""


class UserError(Exception):
    """A problem the user caused and can fix; ``str(err)`` says what is wrong and how."""


def brief(exc: BaseException, limit: int = 200) -> str:
    """A library's exception as a short clause to put inside our own sentence.

    Whitespace collapsed, cut at ``limit`` characters, no final full stop; the exception's
    type when it says nothing. OSErrors give the system's words (``No such file…``).

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
    return text.rstrip(".")
