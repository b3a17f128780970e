"""The kernel playground: a preset or hand-typed k×k kernel (or pooling) slid over the
28×28 input the network sees, with the output size formula filled in.

Thin view: every number comes from :mod:`cnngui.core.inference.explain.kernels`; a bad
value is one sentence under the controls, never a dialog.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.errors import UserError
from cnngui.core.inference.explain.activations import PLAYGROUND_ACTIVATIONS
from cnngui.core.inference.explain.kernels import (
    MAX_KERNEL,
    MAX_STRIDE,
    PRESET_NOTES,
    PRESETS,
    apply_kernel,
    apply_pooling,
    check_kernel,
    grid_cell_problem,
    learned_kernel,
    sobel,
)
from cnngui.ui.i18n import core_text, translate
from cnngui.ui.map_view import MapView

CUSTOM = QT_TRANSLATE_NOOP("KernelPlayground", "custom (type in the grid)")
LEARNED = QT_TRANSLATE_NOOP("KernelPlayground", "learned kernel {} of the first Conv2D")


def custom_name() -> str:
    """The preset list's entry for a kernel typed by hand, in the window's language."""
    return translate("KernelPlayground", CUSTOM)


MODES = (
    QT_TRANSLATE_NOOP("KernelPlayground", "convolution"),
    QT_TRANSLATE_NOOP("KernelPlayground", "max pooling"),
    QT_TRANSLATE_NOOP("KernelPlayground", "average pooling"),
)


class KernelPlayground(QWidget):
    """Kernel or pooling on the current drawing. API: ``set_input``, ``set_model``."""

    computed = Signal(str)  #: the formula line after each update

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: np.ndarray | None = None
        self._learned: np.ndarray | None = None  #: first Conv2D's weights (kh, kw, in, out)
        self._filling = False
        self._exact: np.ndarray | None = None  #: the preset's full-precision values

        self.mode = QComboBox()
        self.mode.addItems([translate("KernelPlayground", m) for m in MODES])
        self.preset = QComboBox()
        self.preset.addItems([*PRESETS, custom_name()])
        self.preset.setCurrentText("sobel-x")
        self.size = QSpinBox()
        self.size.setRange(1, MAX_KERNEL)
        self.size.setValue(3)
        self.size.setPrefix("k = ")
        self.stride = QSpinBox()
        self.stride.setRange(1, MAX_STRIDE)
        self.stride.setPrefix(translate("KernelPlayground", "stride "))
        self.padding = QComboBox()
        self.padding.addItems(["valid", "same"])
        self.activation = QComboBox()
        self.activation.addItems(PLAYGROUND_ACTIVATIONS)
        self.sobel_box = QCheckBox(translate("KernelPlayground", "Sobel x, y and magnitude"))
        for widget, tip in (
            (
                self.mode,
                QT_TRANSLATE_NOOP(
                    "KernelPlayground",
                    "Convolution multiplies by the kernel's weights; pooling keeps the "
                    "largest value or the mean of each window.",
                ),
            ),
            (
                self.preset,
                QT_TRANSLATE_NOOP(
                    "KernelPlayground",
                    "A hand-made kernel (Sobel finds edges, blur averages, sharpen "
                    "exaggerates differences), one your network learned, or your own.",
                ),
            ),
            (
                self.size,
                QT_TRANSLATE_NOOP(
                    "KernelPlayground", "Kernel (or pooling window) size k: a k×k grid."
                ),
            ),
            (
                self.stride,
                QT_TRANSLATE_NOOP(
                    "KernelPlayground",
                    "How far the window jumps each step: the S of (W − F + 2P)/S + 1.",
                ),
            ),
            (
                self.padding,
                QT_TRANSLATE_NOOP(
                    "KernelPlayground",
                    "valid: no border (the output shrinks); same: a border of zeros keeps "
                    "the size (at stride 1).",
                ),
            ),
            (
                self.activation,
                QT_TRANSLATE_NOOP(
                    "KernelPlayground",
                    "The function applied to every output value (relu keeps positives, "
                    "sets negatives to 0).",
                ),
            ),
            (
                self.sobel_box,
                QT_TRANSLATE_NOOP(
                    "KernelPlayground",
                    "Show Sobel x, Sobel y and the edge strength √(x² + y²) side by side.",
                ),
            ),
        ):
            widget.setToolTip(translate("KernelPlayground", tip))
        self.grid = QTableWidget(3, 3)
        self.grid.horizontalHeader().setVisible(False)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setMaximumHeight(190)
        self.grid.setToolTip(
            translate(
                "KernelPlayground", "The kernel's weights: edit any cell; the output follows."
            )
        )
        self.note = QLabel(" ")
        self.note.setWordWrap(True)
        self.formula = QLabel(" ")
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        self.input_view = MapView(translate("KernelPlayground", "input the network sees (28×28)"))
        self.output_view = MapView(translate("KernelPlayground", "output"))
        self.sobel_views = [
            MapView(t)
            for t in (
                translate("KernelPlayground", "Sobel x"),
                translate("KernelPlayground", "Sobel y"),
                translate("KernelPlayground", "magnitude √(x² + y²)"),
            )
        ]

        controls = QGridLayout()
        controls.addWidget(QLabel(translate("KernelPlayground", "operation")), 0, 0)
        controls.addWidget(self.mode, 0, 1)
        controls.addWidget(QLabel(translate("KernelPlayground", "kernel")), 1, 0)
        controls.addWidget(self.preset, 1, 1)
        row = QHBoxLayout()
        for w in (self.size, self.stride, self.padding, self.activation):
            row.addWidget(w)
        controls.addLayout(row, 2, 0, 1, 2)
        left = QVBoxLayout()
        left.addLayout(controls)
        left.addWidget(self.grid)
        left.addWidget(self.note)
        left.addWidget(self.sobel_box)
        left.addWidget(self.error)
        left.addStretch(1)
        maps = QHBoxLayout()
        maps.addWidget(self.input_view)
        maps.addWidget(self.output_view)
        self.sobel_row = QWidget()
        sobel_layout = QHBoxLayout(self.sobel_row)
        sobel_layout.setContentsMargins(0, 0, 0, 0)
        for view in self.sobel_views:
            sobel_layout.addWidget(view)
        self.sobel_row.setVisible(False)
        right = QVBoxLayout()
        right.addLayout(maps, 2)
        right.addWidget(self.formula)
        right.addWidget(self.sobel_row, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)

        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.preset.currentTextChanged.connect(self._preset_chosen)
        self.size.valueChanged.connect(self._size_changed)
        for signal in (
            self.stride.valueChanged,
            self.padding.currentIndexChanged,
            self.activation.currentIndexChanged,
        ):
            signal.connect(self.update_output)
        self.grid.itemChanged.connect(self._grid_edited)
        self.sobel_box.toggled.connect(self._sobel_toggled)
        self._preset_chosen(self.preset.currentText())

    # ------------------------------------------------------------ public API

    def set_input(self, image28: np.ndarray | None) -> None:
        """The 28×28 input (ink 1 on paper 0) to apply the kernel to; None blanks the maps."""
        self._image = None if image28 is None else np.asarray(image28, np.float32).reshape(28, 28)
        self.input_view.set_map(self._image, signed=False)
        self.update_output()

    def set_model(self, model: Any) -> None:
        """Offer the first Conv2D layer's learned kernels as presets (None: remove them)."""
        from cnngui.core.inference.predictor import first_conv_kernels

        found = first_conv_kernels(model) if model is not None else None
        self._learned = found[1] if found is not None else None
        current = self.preset.currentText()
        self.preset.blockSignals(True)
        self.preset.clear()
        names = [*PRESETS, custom_name()]
        if self._learned is not None and self._learned.shape[0] <= MAX_KERNEL:
            names += [
                translate("KernelPlayground", LEARNED).format(i + 1)
                for i in range(self._learned.shape[-1])
            ]
        self.preset.addItems(names)
        self.preset.setCurrentText(current if current in names else "sobel-x")
        self.preset.blockSignals(False)
        self._preset_chosen(self.preset.currentText())

    def kernel(self) -> np.ndarray:
        """The kernel in the grid (raises UserError with the cell that is not a number).

        An unedited preset keeps its full precision (the grid shows 4 digits)."""
        if self._exact is not None:
            return self._exact.copy()
        k = self.grid.rowCount()
        values = np.zeros((k, k), np.float32)
        for r in range(k):
            for c in range(k):
                item = self.grid.item(r, c)
                text = item.text().strip() if item is not None else ""
                try:
                    values[r, c] = float(text)
                except ValueError:
                    raise UserError(grid_cell_problem(r + 1, c + 1, text)) from None
        return check_kernel(values)

    # ------------------------------------------------------------ updates

    def update_output(self) -> None:
        """Recompute the output map and the formula from the controls (NumPy, < 1 ms)."""
        self.error.setText("")
        if self._image is None:
            self.output_view.set_map(None)
            self.formula.setText(
                translate("KernelPlayground", "Draw a digit to see the kernel at work.")
            )
            return
        try:
            if self.mode.currentIndex() == 0:
                result = apply_kernel(
                    self._image,
                    self.kernel(),
                    self.stride.value(),
                    self.padding.currentText(),
                    self.activation.currentText(),
                )
            else:
                kind = "max" if self.mode.currentIndex() == 1 else "average"
                result = apply_pooling(
                    self._image,
                    kind,
                    self.size.value(),
                    self.stride.value(),
                    self.padding.currentText(),
                )
        except UserError as exc:
            self.error.setText(core_text(exc))
            return
        h, w = result.output.shape
        self.output_view.title.setText(
            translate("KernelPlayground", "output {h}×{w}: {operation}").format(
                h=h, w=w, operation=core_text(result.operation)
            )
        )
        self.output_view.set_map(result.output)
        formula = core_text(result.formula)
        self.formula.setText(formula)
        if self.sobel_box.isChecked():
            for view, values in zip(self.sobel_views, sobel(self._image)):
                view.set_map(values)
        self.computed.emit(formula)

    def _mode_changed(self) -> None:
        pooling = self.mode.currentIndex() != 0
        for w in (self.preset, self.grid, self.activation):
            w.setEnabled(not pooling)
        self.size.blockSignals(True)
        if pooling:
            self.size.setValue(2)
            self.stride.setValue(2)
        else:
            self.size.setValue(self.grid.rowCount())
        self.size.blockSignals(False)
        self.update_output()

    def _preset_chosen(self, name: str) -> None:
        if name == custom_name() or not name:
            self.note.setText(translate("KernelPlayground", "Type your own weights in the grid."))
            return
        if name in PRESETS:
            kernel = PRESETS[name]
            self.note.setText(f"{name}: {core_text(PRESET_NOTES[name])}")
        elif self._learned is not None:
            index = self.preset.currentIndex() - len(PRESETS) - 1
            kernel = learned_kernel(self._learned, index)
            self.note.setText(
                translate(
                    "KernelPlayground",
                    "A kernel the network learned itself: compare it with the hand-made ones.",
                )
            )
        else:
            return
        self._fill(kernel)

    def _fill(self, kernel: np.ndarray) -> None:
        self._filling = True
        k = kernel.shape[0]
        self.size.blockSignals(True)
        self.size.setValue(k)
        self.size.blockSignals(False)
        self.grid.setRowCount(k)
        self.grid.setColumnCount(k)
        for r in range(k):
            for c in range(k):
                item = QTableWidgetItem(f"{float(kernel[r, c]):.4g}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.setItem(r, c, item)
        self._filling = False
        self._exact = np.asarray(kernel, np.float32).copy()
        self.update_output()

    def _size_changed(self, k: int) -> None:
        if self.mode.currentIndex() != 0:
            self.update_output()
            return
        old = self.grid.rowCount()
        kernel = np.zeros((k, k), np.float32)
        self._exact = None
        try:
            current = self.kernel()
            n = min(old, k)
            kernel[:n, :n] = current[:n, :n]
        except UserError:
            pass
        self.preset.blockSignals(True)
        self.preset.setCurrentText(custom_name())
        self.preset.blockSignals(False)
        self._fill(kernel)

    def _grid_edited(self) -> None:
        if self._filling:
            return
        self._exact = None
        self.preset.blockSignals(True)
        self.preset.setCurrentText(custom_name())
        self.preset.blockSignals(False)
        self.note.setText(translate("KernelPlayground", "Your own kernel."))
        self.update_output()

    def _sobel_toggled(self, on: bool) -> None:
        self.sobel_row.setVisible(on)
        self.update_output()
