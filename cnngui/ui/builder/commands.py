"""Undo: every builder edit is one QUndoCommand that swaps whole specs (cheap: specs are
small, frozen values), so undo and redo can never disagree with the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from cnngui.core.model.editor import SpecEditor
from cnngui.core.model.spec import (
    ModelSpec,
)


# -- undo ---------------------------------------------------------------------------------
class SpecEdit(QUndoCommand):
    """One undoable edit: runs ``apply`` the first time, then swaps whole specs."""

    def __init__(
        self, model: SpecEditor, text: str, apply: Callable[[], None], merge_key: Any = None
    ) -> None:
        super().__init__(text)
        self._model = model
        self._apply = apply
        self.merge_key = merge_key
        self._before: ModelSpec | None = None
        self._after: ModelSpec | None = None

    def redo(self) -> None:
        if self._after is None:
            self._before = self._model.spec
            self._apply()
            self._after = self._model.spec
        else:
            self._model.replace_spec(self._after)

    def undo(self) -> None:
        assert self._before is not None
        self._model.replace_spec(self._before)

    def id(self) -> int:
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, SpecEdit) and other.merge_key == self.merge_key:
            self._after = other._after
            return True
        return False
