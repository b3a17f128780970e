"""The Training panel's classroom parts: the class-drawings dataset choices with an
oversampling factor, and an assignment's locks (greyed out, the reason in the tooltip).

Kept apart from :mod:`cnngui.ui.training_panel` so that panel stays about training; the
rules themselves are :class:`~cnngui.core.classroom.assignment.Assignment`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from cnngui.core.errors import UserError
from cnngui.ui.i18n import core_text, translate

if TYPE_CHECKING:
    from cnngui.core.classroom.assignment import Assignment
    from cnngui.core.classroom.drawings import DrawingStore
    from cnngui.core.training import TrainingConfig

DRAWINGS = "drawings"
MNIST_DRAWINGS = "mnist+drawings"
#: the dataset combo's classroom entries (data key, text)
CLASS_DATASETS = (
    (DRAWINGS, QT_TRANSLATE_NOOP("TrainingChoice", "Class drawings")),
    (MNIST_DRAWINGS, QT_TRANSLATE_NOOP("TrainingChoice", "MNIST + class drawings")),
)
OVERSAMPLE_TIP = QT_TRANSLATE_NOOP(
    "TrainingChoice",
    "MNIST + class drawings: repeat the class's drawings this many times "
    "per epoch, so a few hundred of them are not drowned by 60,000 MNIST "
    "digits.",
)
#: TrainingConfig key → the panel's widget attribute that shows it
SETTING_WIDGETS = {
    "dataset": "dataset",
    "epochs": "epochs",
    "batch_size": "batch_size",
    "optimizer": "optimizer",
    "learning_rate": "learning_rate",
    "schedule": "schedule",
    "validation_split": "validation_split",
    "early_stopping_patience": "early_stopping",
    "restore_best_weights": "restore_best",
    "augmentation": "augmentation",
    "seed": "seed",
    "limit": "limit",
    "mixed_precision": "mixed_precision",
}


class ClassroomTraining:
    """What the Training panel adds for a class: drawings datasets, oversampling, locks."""

    def __init__(self, panel: Any) -> None:
        self.panel = panel
        self.store: DrawingStore | None = None
        self.assignment: Assignment | None = None
        self._tips: dict[str, str] = {}
        self.oversample = QSpinBox()
        self.oversample.setObjectName("oversample")
        self.oversample.setRange(1, 1000)
        self.oversample.setValue(10)
        self.oversample.setPrefix("× ")
        self.oversample.setToolTip(translate("TrainingChoice", OVERSAMPLE_TIP))
        self.oversample.setEnabled(False)
        panel.dataset.currentIndexChanged.connect(lambda _i: self.update_oversample())

    # ---------------------------------------------------------------- datasets
    def add_choices(self) -> None:
        """Add the class-drawings entries to the dataset combo (before "Choose a file…")."""
        combo = self.panel.dataset
        for key, text in CLASS_DATASETS:
            combo.insertItem(combo.count() - 1, translate("TrainingChoice", text), key)
            combo.setItemData(combo.count() - 2, self._tip(key), 3)  # ToolTipRole

    def _tip(self, key: str) -> str:
        if key == DRAWINGS:
            return translate("TrainingChoice", "Only the drawings your class kept in Collect mode.")
        return translate(
            "TrainingChoice",
            "MNIST plus your class's drawings, repeated by the oversampling factor.",
        )

    def update_oversample(self) -> None:
        running = getattr(self.panel.runner, "running", False)
        mixed = self.panel.dataset.currentData() == MNIST_DRAWINGS
        self.oversample.setEnabled(mixed and not running)

    def set_store(self, store: DrawingStore | None) -> None:
        self.store = store

    def resolve(self, key: str) -> str:
        """The ``load_dataset`` string for a combo key (``mnist+<drawings .npz>``)."""
        parts = key.split("+")
        if DRAWINGS not in parts:
            return key
        if self.store is None or len(self.store) == 0:
            raise UserError(
                translate(
                    "TrainingChoice",
                    "there are no class drawings yet; collect some (Draw panel → Collect) or "
                    "import the class's .npz in the gallery first.",
                )
            )
        path = str(self.store.training_file())
        return "+".join(path if p == DRAWINGS else p for p in parts)

    def widgets(self) -> tuple[QWidget, ...]:
        """The oversampling label and spin box, for the panel's settings grid."""
        label = QLabel(translate("TrainingChoice", "Drawings"))
        label.setToolTip(translate("TrainingChoice", OVERSAMPLE_TIP))
        return label, self.oversample

    def prepare(self, spec: Any, config: TrainingConfig, data: Any = None) -> Any:
        """Check a run before it starts (UserError: one sentence); returns its data or None."""
        self.resolve(self.panel.dataset.currentData() or "mnist")
        config.validate()
        refusal = self.refusal(spec, config)
        if refusal:
            raise UserError(refusal)
        config.oversample = self.oversample_factor(config.dataset)
        return data  # the training thread loads (and oversamples) the images, not the window

    def key_for(self, dataset: str) -> str:
        """A resolved dataset string back to its combo key (a reopened project's config)."""
        if self.store is None or not self.store.path.with_suffix(".npz").exists():
            return dataset
        path = str(self.store.path.with_suffix(".npz"))
        return "+".join(DRAWINGS if p == path else p for p in dataset.split("+"))

    def oversample_factor(self, dataset: str) -> int:
        return self.oversample.value() if "+" in dataset else 1

    # ---------------------------------------------------------------- assignments
    def apply_assignment(self, assignment: Assignment | None) -> None:
        """Force and grey out the assignment's locked settings (None: unlock everything)."""
        panel = self.panel
        for key, name in SETTING_WIDGETS.items():  # first undo the last assignment's locks
            widget: QWidget = getattr(panel, name)
            if key in self._tips:
                widget.setToolTip(self._tips.pop(key))
        self.assignment = assignment
        panel.epochs.setMaximum(1000)
        if assignment is not None:
            panel.set_config(assignment.apply_locks(panel.config(resolve=False)))
            if assignment.max_epochs is not None:
                panel.epochs.setMaximum(assignment.max_epochs)
            for key, name in SETTING_WIDGETS.items():
                reason = assignment.lock_reason(key)
                if reason:
                    widget = getattr(panel, name)
                    self._tips[key] = widget.toolTip()
                    widget.setToolTip(core_text(reason))
        panel._update_buttons()

    def is_locked(self, widget: QWidget) -> bool:
        if self.assignment is None:
            return False
        return any(
            getattr(self.panel, name) is widget and self.assignment.lock_reason(key)
            for key, name in SETTING_WIDGETS.items()
        )

    def update_locks(self, running: bool) -> None:
        for key, name in SETTING_WIDGETS.items():
            widget = getattr(self.panel, name)
            if self.assignment is not None and self.assignment.lock_reason(key):
                widget.setEnabled(False)
            else:  # a run keeps the settings it started with: none can change mid-run
                widget.setEnabled(not running)
        if running:
            self.panel.patience.setEnabled(False)
        elif self.assignment is None or not self.assignment.lock_reason("early_stopping_patience"):
            self.panel.patience.setEnabled(self.panel.early_stopping.isChecked())
        else:
            self.panel.patience.setEnabled(False)
        self.update_oversample()

    def refusal(self, spec: Any, config: TrainingConfig) -> str | None:
        """The assignment's one sentence against this run, or None."""
        if self.assignment is None:
            return None
        from cnngui.core.classroom.assignment import AssignmentError

        try:
            self.assignment.refuse_training(spec, config)
        except AssignmentError as exc:
            return core_text(exc)
        return None
