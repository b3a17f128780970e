"""Per-class accuracy beside the confusion matrix: ten labelled rows with a bar each,
so "which of our digits does the network not know?" is one glance.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from cnngui.core.errors import UserError
from cnngui.ui.i18n import translate

BAR = 12  #: characters of a full bar
EVAL_DATASETS = (
    ("mnist", QT_TRANSLATE_NOOP("PerClass", "MNIST test digits")),
    ("drawings", QT_TRANSLATE_NOOP("PerClass", "Class drawings")),
    ("mnist+drawings", QT_TRANSLATE_NOOP("PerClass", "MNIST + class drawings")),
)


class PerClassAccuracy(QLabel):
    """Rows "3  ██████████░░  91.2 %" for digits 0–9 (– for a digit with no test images)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("per_class")
        self.setToolTip(
            translate(
                "PerClass",
                "Per-class accuracy: the share of each real digit the network got right. A short "
                "bar is a digit worth collecting more drawings of.",
            )
        )
        self.setStyleSheet("font-family: monospace;")
        self.values: list[float | None] = []
        self.show_values(None)

    def show_confusion(self, confusion: Any, names: list[str] | None = None) -> None:
        from cnngui.core.classroom.leaderboard import per_class_accuracy

        self.show_values(per_class_accuracy(confusion), names)

    def show_values(self, values: list[float | None] | None, names: list[str] | None = None):
        self.values = list(values or [])
        if not self.values:
            self.setText(translate("PerClass", "Per-class accuracy\n(evaluate first)"))
            return
        names = names or [str(i) for i in range(len(self.values))]
        rows = [translate("PerClass", "Per-class accuracy")]
        for name, v in zip(names, self.values):
            if v is None:
                rows.append(f"{name[:6]:>6}  {'·' * BAR}      –")
            else:
                full = round(v * BAR)
                rows.append(f"{name[:6]:>6}  {'█' * full}{'░' * (BAR - full)} {v * 100:5.1f} %")
        self.setText("\n".join(rows))


def make_dataset_chooser() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("eval_dataset")
    for key, text in EVAL_DATASETS:
        combo.addItem(translate("PerClass", text), key)
    combo.setToolTip(
        translate(
            "PerClass",
            "Which test images Evaluate uses: MNIST's, the class's own drawings (their test "
            "share), or both.",
        )
    )
    return combo


def resolve_dataset(key: str, store: Any) -> str:
    """The ``load_dataset`` string for a chooser key; UserError when there are no drawings."""
    if "drawings" not in key.split("+"):
        return key
    if store is None or len(store) == 0:
        raise UserError(
            translate(
                "PerClass",
                "there are no class drawings to evaluate on; collect some (Draw panel → "
                "Collect) or import the class's .npz first.",
            )
        )
    path = str(store.training_file())
    return "+".join(path if p == "drawings" else p for p in key.split("+"))
