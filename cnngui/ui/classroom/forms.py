"""Pieces the classroom panels share: the OK/Cancel row, a path with a Browse button, and
core sentences shown as sentences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton

from cnngui.ui.i18n import core_text


def dialog_buttons(
    accept: QDialogButtonBox.StandardButton,
    accept_tip: str,
    close_tip: str,
    on_accept: Callable[[], None],
    on_reject: Callable[[], None],
) -> QDialogButtonBox:
    """``accept`` and Cancel, each with its tooltip (found by role, not by its text, which
    Qt translates)."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(accept).setToolTip(accept_tip)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(close_tip)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(on_reject)
    return buttons


def path_row(path: QLineEdit, browse: QPushButton) -> QHBoxLayout:
    """A file path that takes the width, with its Browse… button beside it."""
    row = QHBoxLayout()
    row.addWidget(path, 1)
    row.addWidget(browse)
    return row


def core_sentence(value: Any) -> str:
    """A core message (phrase or exception) in the window's language, as a sentence: the
    English gets its capital letter; a translation is shown as written (Korean has no case,
    and a translation that starts with a file name must keep it as it is)."""
    shown = core_text(value)
    english = str(value)
    if shown == english:
        return shown[:1].upper() + shown[1:]
    return shown
