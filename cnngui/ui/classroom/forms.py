"""Pieces the classroom dialogs share: the OK/Cancel row and a path with a Browse button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton


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
