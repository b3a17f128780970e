"""The model builder as a student uses it: add layers, edit, break and fix, undo, reorder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QSpinBox
from ui_helpers import save_shot

from cnngui.core.model.editor import SpecEditor
from cnngui.core.model.presets import get_preset
from cnngui.core.model.spec import ModelSpec
from cnngui.ui.builder import BuilderWidget, SettingsForm
from cnngui.ui.builder.table import (
    COL_MACS,
    COL_PARAMS,
    COL_SETTINGS,
    COL_SHAPE,
    COL_TYPE,
    ROW_MIME,
)


@pytest.fixture
def builder(qtbot):
    model = SpecEditor(ModelSpec("empty"))
    widget = BuilderWidget(model, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(700, 650)
    widget.show()
    return widget


def cell(widget: BuilderWidget, row: int, col: int) -> str:
    return widget.table_model.index(row, col).data()


def column(widget: BuilderWidget, col: int) -> list[str]:
    return [cell(widget, r, col) for r in range(widget.table_model.rowCount())]


def add(widget: BuilderWidget, layer_type: str) -> None:
    """Pick a layer type from the Add menu, as a user does."""
    action = next(a for a in widget.add_menu.actions() if a.text() == layer_type)
    action.trigger()


def test_build_a_network_from_empty_shows_shapes_and_params(builder):
    assert builder.table_model.rowCount() == 0
    assert "no layers" in builder.status.text()
    for layer_type in ("Conv2D", "MaxPooling2D", "Flatten", "Dense"):
        add(builder, layer_type)
    assert column(builder, COL_TYPE) == ["Conv2D", "MaxPooling2D", "Flatten", "Dense"]
    assert column(builder, COL_SHAPE) == ["28×28×32", "14×14×32", "6272", "64"]
    assert column(builder, COL_PARAMS) == ["320", "0", "0", "401,472"]
    assert cell(builder, 0, COL_MACS) == f"{28 * 28 * 32 * 9:,}"
    assert "Cannot train yet" in builder.status.text()  # 64 outputs, not 10 digits

    # finish the network in the settings panel below the table (selected: the new Dense)
    assert builder.selected_row() == 3
    units = builder.form.editors["units"]
    assert isinstance(units, QSpinBox)
    units.setValue(10)
    activation = builder.form.editors["activation"]
    assert isinstance(activation, QComboBox)
    activation.setCurrentText("softmax")
    assert cell(builder, 3, COL_SHAPE) == "10"
    assert cell(builder, 3, COL_PARAMS) == "62,730"
    assert builder.editor.training_blocker() is None
    assert "Ready to train" in builder.status.text()
    assert "Total parameters:</b> 63,050" in builder.totals.text()
    assert "252,200 bytes" in builder.totals.text()
    save_shot(builder, "builder_built_from_empty")


def test_selecting_a_layer_shows_its_arithmetic(builder):
    builder.editor.replace_spec(get_preset("two-conv-dropout"))
    builder.select_row(0)
    assert "(28 − 3)/1 + 1 = 26" in builder.math.text()
    assert "3·3·1·32 + 32 = 320" in builder.math.text()
    builder.select_row(4)  # Flatten
    assert "12 · 12 · 64 = 9,216" in builder.math.text()


def test_invalid_layer_is_marked_in_its_row_and_blocks_training(builder, qtbot):
    blockers: list[object] = []
    builder.blocker_changed.connect(blockers.append)
    builder.load_preset("three-conv")
    assert blockers[-1] is None
    builder.select_row(0)
    builder.form.editors["padding"].setCurrentText("valid")
    kernel = builder.form.editors["kernel_size"].findChildren(QSpinBox)
    kernel[0].setValue(30)
    kernel[1].setValue(30)
    assert cell(builder, 0, COL_TYPE) == "✖ Conv2D"
    message = cell(builder, 0, COL_SHAPE)
    assert "smaller than the kernel 30×30" in message and 'padding="same"' in message
    background = builder.table_model.index(0, COL_SHAPE).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None
    assert blockers[-1] and "layer 0 Conv2D" in blockers[-1]
    assert "Cannot train yet" in builder.status.text()
    assert "smaller than the kernel" in builder.layer_error.text()
    save_shot(builder, "builder_invalid_layer")
    # fixing it re-enables training
    kernel[0].setValue(3)
    kernel[1].setValue(3)
    assert blockers[-1] is None
    assert cell(builder, 0, COL_TYPE) == "Conv2D"


def test_undo_and_redo_every_kind_of_edit(builder):
    stack = builder.undo_stack
    add(builder, "Flatten")
    add(builder, "Dense")
    builder.select_row(1)
    builder.form.editors["units"].setValue(10)
    builder.form.editors["units"].setValue(12)  # merged with the previous keystroke
    builder.duplicate_selected()
    builder.move_selected(-1)
    builder.delete_selected()
    assert [layer.type for layer in builder.editor.layers] == ["Flatten", "Dense"]
    assert stack.count() == 6  # add, add, units (merged), duplicate, move, delete
    states = []
    while stack.canUndo():
        states.append(column(builder, COL_SETTINGS))
        stack.undo()
    assert builder.table_model.rowCount() == 0
    while stack.canRedo():
        stack.redo()
    assert column(builder, COL_SETTINGS) == states[0]
    stack.undo()  # the delete
    assert builder.table_model.rowCount() == 3
    stack.undo()  # the move
    stack.undo()  # the duplicate
    stack.undo()  # both units edits at once
    assert builder.editor.layers[1].args["units"] == 64


def test_insert_move_buttons_and_drag_to_reorder(builder):
    builder.editor.replace_spec(get_preset("mlp"))
    builder.select_row(1)
    action = next(a for a in builder.insert_menu.actions() if a.text() == "Dropout")
    action.trigger()
    assert column(builder, COL_TYPE) == ["Flatten", "Dropout", "Dense", "Dense"]
    assert builder.selected_row() == 1
    builder.buttons["down"].click()
    assert column(builder, COL_TYPE) == ["Flatten", "Dense", "Dropout", "Dense"]
    assert builder.selected_row() == 2
    # drag row 2 (Dropout) onto the top of the table
    data = QMimeData()
    data.setData(ROW_MIME, b"2")
    model = builder.table_model
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert column(builder, COL_TYPE) == ["Dropout", "Flatten", "Dense", "Dense"]
    builder.undo_stack.undo()
    assert column(builder, COL_TYPE) == ["Flatten", "Dense", "Dropout", "Dense"]


def test_in_place_editor_in_the_settings_column(builder, qtbot):
    builder.editor.replace_spec(get_preset("three-conv"))
    index = builder.table_model.index(0, COL_SETTINGS)
    builder.table.setCurrentIndex(index)
    builder.table.edit(index)
    editors = builder.table.findChildren(SettingsForm)
    editor = next(e for e in editors if e.compact)
    assert set(editor.editors) == {"filters", "kernel_size", "padding", "activation"}
    editor.editors["filters"].setValue(8)  # applied at once, as typed
    assert cell(builder, 0, COL_SHAPE) == "28×28×8"
    assert cell(builder, 0, COL_PARAMS) == "80"
    save_shot(builder, "builder_in_place_editor")


def test_input_shape_at_the_top(builder):
    builder.editor.replace_spec(get_preset("mlp"))
    builder.input_boxes[2].setValue(3)
    assert cell(builder, 0, COL_SHAPE) == f"{28 * 28 * 3:,}".replace(",", "")
    builder.undo_stack.undo()
    assert builder.input_boxes[2].value() == 1


def test_every_layer_type_of_the_registry_can_be_added_and_edited(builder, qtbot):
    """The builder reads the registry: a new layer type needs no change here."""
    from cnngui.core.model.spec import LAYER_TYPES
    from cnngui.ui.builder import new_layer

    for layer_type in LAYER_TYPES:
        layer = new_layer(layer_type)
        for compact in (False, True):
            form = SettingsForm(compact=compact)
            qtbot.addWidget(form)
            form.set_layer(layer)
            assert all(e.toolTip() for e in form.editors.values()), layer_type


def test_shape_padding_and_axis_editors(qtbot):
    from cnngui.core.model.spec import LayerSpec

    changes: list[tuple[str, object]] = []
    form = SettingsForm()
    qtbot.addWidget(form)
    form.arg_changed.connect(lambda name, value: changes.append((name, value)))
    form.set_layer(LayerSpec.create("Reshape", target_shape=[784]))
    line = form.editors["target_shape"]
    assert line.text() == "784"
    line.setText("7 × 7 × 16")
    line.editingFinished.emit()
    assert changes[-1] == ("target_shape", [7, 7, 16])
    form.set_layer(LayerSpec.create("ZeroPadding2D", padding=1))
    from PySide6.QtWidgets import QSpinBox

    spins = form.editors["padding"].findChildren(QSpinBox)
    assert [s.value() for s in spins] == [1, 1, 1, 1]
    spins[0].setValue(2)
    assert changes[-1] == ("padding", [[2, 1], [1, 1]])
    form.set_layer(LayerSpec.create("BatchNormalization"))
    assert form.editors["axis"].minimum() < 0 and form.editors["axis"].value() == -1
