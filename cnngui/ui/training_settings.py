"""The Training panel's settings box: one widget per TrainingConfig setting, with tooltips.

Split from ``training_panel`` to keep modules small; the widgets become attributes of
the panel (``panel.epochs``, ``panel.learning_rate`` …) as before.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from cnngui.core.training import OPTIMIZERS, SCHEDULES
from cnngui.ui.classroom.training_choice import ClassroomTraining
from cnngui.ui.i18n import translate
from cnngui.ui.training_texts import CHOOSE_FILE, DATASETS, tip


def _spin(key: str, low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setToolTip(tip(key))
    box.setObjectName(key)
    return box


def build_settings(self: Any) -> QGroupBox:
    """Create the Training panel's setting widgets (as its attributes) in a group box."""
    box = QGroupBox(translate("TrainingPanel", "Settings"))
    grid = QGridLayout(box)
    grid.setContentsMargins(6, 4, 6, 4)
    grid.setVerticalSpacing(3)
    self.dataset = QComboBox()
    self.dataset.setObjectName("dataset")
    for key, text in DATASETS:
        self.dataset.addItem(translate("TrainingPanel", text), key)
    self.dataset.addItem(translate("TrainingPanel", CHOOSE_FILE), "")
    self.dataset.setToolTip(tip("dataset"))
    self.dataset.activated.connect(self._dataset_chosen)
    self.classroom = ClassroomTraining(self)
    self.classroom.add_choices()
    self.epochs = _spin("epochs", 1, 1000, 5)
    self.batch_size = _spin("batch_size", 1, 65536, 64)
    self.optimizer = QComboBox()
    self.optimizer.addItems(OPTIMIZERS)
    self.optimizer.setToolTip(tip("optimizer"))
    self.optimizer.setObjectName("optimizer")
    self.learning_rate = QDoubleSpinBox()
    self.learning_rate.setDecimals(5)
    self.learning_rate.setRange(0.00001, 10.0)
    self.learning_rate.setSingleStep(0.0005)
    self.learning_rate.setValue(0.001)
    self.learning_rate.setToolTip(tip("learning_rate"))
    self.learning_rate.setObjectName("learning_rate")
    self.schedule = QComboBox()
    self.schedule.addItems(SCHEDULES)
    self.schedule.setToolTip(tip("schedule"))
    self.validation_split = QDoubleSpinBox()
    self.validation_split.setRange(0.0, 0.9)
    self.validation_split.setSingleStep(0.05)
    self.validation_split.setValue(0.1)
    self.validation_split.setToolTip(tip("validation_split"))
    self.early_stopping = QCheckBox(translate("TrainingPanel", "Early stop after"))
    self.early_stopping.setToolTip(tip("early_stopping"))
    self.patience = _spin("early_stopping", 0, 1000, 3)
    self.patience.setSuffix(translate("TrainingPanel", " epochs"))
    self.patience.setEnabled(False)
    self.early_stopping.toggled.connect(self.patience.setEnabled)
    self.restore_best = QCheckBox(translate("TrainingPanel", "Keep best epoch"))
    self.restore_best.setChecked(True)
    self.restore_best.setToolTip(tip("restore_best_weights"))
    self.augmentation = QCheckBox(translate("TrainingPanel", "Augment images"))
    self.augmentation.setToolTip(tip("augmentation"))
    self.mixed_precision = QCheckBox(translate("TrainingPanel", "16-bit on GPU"))
    self.mixed_precision.setToolTip(tip("mixed_precision"))
    self.seed = _spin("seed", 0, 2**31 - 1, 1)
    self.seed.setSpecialValueText(translate("TrainingPanel", "random"))
    self.limit = _spin("limit", 0, 10_000_000, 0)
    self.limit.setSpecialValueText(translate("TrainingPanel", "all"))
    self.limit.setSingleStep(1000)
    self.device = QLabel(translate("TrainingPanel", "Device: finding out (TensorFlow is loading)…"))
    self.device.setObjectName("device")
    self.device.setToolTip(
        translate("TrainingPanel", "Where the network trains: a graphics card (GPU) or the CPU.")
    )

    rows: list[tuple[str, QWidget, str, QWidget]] = [
        (
            translate("TrainingPanel", "Images"),
            self.dataset,
            translate("TrainingPanel", "Epochs"),
            self.epochs,
        ),
        (
            translate("TrainingPanel", "Optimizer"),
            self.optimizer,
            translate("TrainingPanel", "Batch size"),
            self.batch_size,
        ),
        (
            translate("TrainingPanel", "Learning rate"),
            self.learning_rate,
            translate("TrainingPanel", "Schedule"),
            self.schedule,
        ),
        (
            translate("TrainingPanel", "Validation share"),
            self.validation_split,
            translate("TrainingPanel", "Training images"),
            self.limit,
        ),
    ]
    for r, (l1, w1, l2, w2) in enumerate(rows):
        for c, (text, widget) in enumerate(((l1, w1), (l2, w2))):
            label = QLabel(text)
            label.setToolTip(widget.toolTip())
            grid.addWidget(label, r, 2 * c)
            grid.addWidget(widget, r, 2 * c + 1)
    extra = QHBoxLayout()
    for w in (self.early_stopping, self.patience, self.restore_best, self.augmentation):
        extra.addWidget(w)
    extra.addStretch(1)
    grid.addLayout(extra, len(rows), 0, 1, 4)
    extra2 = QHBoxLayout()
    seed_label = QLabel(translate("TrainingPanel", "Seed"))
    seed_label.setToolTip(tip("seed"))
    for w in (seed_label, self.seed, *self.classroom.widgets(), self.mixed_precision):
        extra2.addWidget(w)
    extra2.addWidget(self.device)
    extra2.addStretch(1)
    grid.addLayout(extra2, len(rows) + 1, 0, 1, 4)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(3, 1)
    return box
