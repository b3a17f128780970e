"""Collect mode's controls under the Draw panel's canvas: label or "prompt me", Keep/Skip.

The bar only asks and shows; :class:`~cnngui.ui.draw_panel.DrawPanel` hands it the
canvas's strokes and the :class:`~cnngui.core.classroom.drawings.DrawingStore` keeps them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.classroom.drawings import DrawingStore, PromptPlan
from cnngui.core.errors import UserError
from cnngui.ui.classroom.forms import core_sentence
from cnngui.ui.elided_label import WrapLabel
from cnngui.ui.i18n import translate

PROMPT = -1  #: the label combo's "prompt me" entry


def canvas_strokes(canvas: Any) -> list[dict[str, Any]]:
    """The canvas's finished strokes in DrawingStore's JSON form (0..1 points, pen width)."""
    strokes = getattr(canvas, "_strokes", [])  # canvas.py keeps them; it has no getter yet
    return [
        {"points": [[float(p.x()), float(p.y())] for p in s.points], "width": float(s.width)}
        for s in strokes
    ]


class CollectBar(QWidget):
    """Label chooser, prompt text, Keep (Enter) / Skip (Esc) and the collection's counts.

    ``keep_requested``/``skip_requested`` are emitted by the buttons; the panel calls
    :meth:`keep` with the strokes. ``kept(drawing)`` after a drawing is stored.
    """

    keep_requested = Signal()
    skip_requested = Signal()
    kept = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: DrawingStore | None = None
        self.plan: PromptPlan | None = None
        self.label = QComboBox()
        self.label.setObjectName("collect_label")
        for d in range(10):
            self.label.addItem(translate("Collect", "Digit {d}").format(d=d), d)
        self.label.addItem(translate("Collect", "Prompt me"), PROMPT)
        self.label.setToolTip(
            translate(
                "Collect",
                "Which digit you are drawing. “Prompt me” asks for each digit in turn, "
                "several times, so the collection stays balanced.",
            )
        )
        self.label.currentIndexChanged.connect(self._label_changed)
        self.rounds = QSpinBox()
        self.rounds.setRange(1, 100)
        self.rounds.setValue(3)
        self.rounds.setPrefix("× ")
        self.rounds.setToolTip(
            translate("Collect", "“Prompt me”: how many drawings of each digit to ask for.")
        )
        self.rounds.valueChanged.connect(lambda _v: self._label_changed())
        self.keep_button = QPushButton(translate("Collect", "Keep (Enter)"))
        self.keep_button.setObjectName("collect_keep")
        self.keep_button.setToolTip(
            translate("Collect", "Store this drawing with its label and clear the canvas.")
        )
        self.keep_button.clicked.connect(self.keep_requested)
        self.skip_button = QPushButton(translate("Collect", "Skip (Esc)"))
        self.skip_button.setToolTip(
            translate("Collect", "Clear the canvas without storing the drawing.")
        )
        self.skip_button.clicked.connect(self.skip_requested)
        self.prompt = QLabel("")
        self.prompt.setObjectName("collect_prompt")
        self.prompt.setToolTip(translate("Collect", "What to draw next."))
        self.prompt.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.count = WrapLabel("")
        self.count.setObjectName("collect_count")
        self.count.setToolTip(
            translate("Collect", "How many drawings of each digit the collection holds.")
        )
        self.message = WrapLabel("")
        self.message.setObjectName("collect_message")
        self.message.setToolTip(
            translate("Collect", "The last thing that went wrong while collecting.")
        )
        row = QHBoxLayout()
        for w in (self.label, self.rounds, self.keep_button, self.skip_button):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.count)
        layout.addWidget(self.message)
        self._label_changed()

    def set_store(self, store: DrawingStore) -> None:
        self.store = store
        self.refresh()

    def choose_label(self, label: int) -> None:
        """Pick a fixed digit (0–9) or PROMPT."""
        self.label.setCurrentIndex(self.label.findData(label))

    def current_label(self) -> int | None:
        """The digit the next kept drawing gets (None: the prompt plan is finished)."""
        data = self.label.currentData()
        if data == PROMPT:
            return None if self.plan is None else self.plan.current
        return int(data)

    def keep(self, strokes: list[dict[str, Any]], canvas_size: tuple[int, int]) -> bool:
        """Store the drawing; False (with a message) when there is nothing to keep."""
        label = self.current_label()
        if label is None:
            self._say(
                translate(
                    "Collect", "All prompts are done; choose “Prompt me” again for another round."
                )
            )
            return False
        if self.store is None:
            return False
        try:
            drawing = self.store.add(strokes, label, canvas_size)
        except UserError as exc:
            self._say(core_sentence(exc))
            return False
        if self.plan is not None and self.label.currentData() == PROMPT:
            self.plan.keep()
        self._say("")
        self.refresh()
        self.kept.emit(drawing)
        return True

    def skip(self) -> None:
        if self.plan is not None and self.label.currentData() == PROMPT:
            self.plan.skip()
        self._say("")
        self.refresh()

    def refresh(self) -> None:
        """Update the prompt and the counts line."""
        self.rounds.setEnabled(self.label.currentData() == PROMPT)
        if self.label.currentData() == PROMPT and self.plan is not None:
            if self.plan.done:
                self.prompt.setText(
                    translate("Collect", "Done: {kept} drawings kept.").format(kept=self.plan.kept)
                )
            else:
                total = len(self.plan.order)
                self.prompt.setText(
                    translate("Collect", "Draw a {current} ({v1} of {total})").format(
                        current=self.plan.current, v1=self.plan.position + 1, total=total
                    )
                )
        else:
            self.prompt.setText(
                translate("Collect", "Draw a {currentData}").format(
                    currentData=self.label.currentData()
                )
            )
        if self.store is not None:
            counts = self.store.counts()
            per = "  ".join(f"{d}: {n}" for d, n in enumerate(counts))
            self.count.setText(
                translate("Collect", "{n_counts:,} drawings kept · {per}").format(
                    n_counts=sum(counts), per=per
                )
            )

    def _label_changed(self, _index: int = 0) -> None:
        self.plan = PromptPlan(self.rounds.value()) if self.label.currentData() == PROMPT else None
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("color: #a00000;" if text else "")
        self.message.setText(text)
