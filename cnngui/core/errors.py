"""The error type for mistakes a user can make and fix (bad file, bad value, missing data).

Anything raised as :class:`UserError` is shown as its one-sentence message — exit code 2
on the command line, a dialog or inline message in the window — never as a traceback.
"""


class UserError(Exception):
    """A problem the user caused and can fix; ``str(err)`` says what is wrong and how."""
