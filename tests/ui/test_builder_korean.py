"""The builder in Korean: a layer's error, arithmetic, settings and the network's blocker
come from cnngui/core as phrases and read in Korean in the table and the panels."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from cnngui.core.model.editor import SpecEditor
from cnngui.core.model.spec import LayerSpec, ModelSpec
from cnngui.ui.builder import BuilderWidget
from cnngui.ui.builder.table import COL_SETTINGS, COL_SHAPE, COL_TYPE

HANGUL = re.compile("[가-힣]")


def make_builder(qtbot, layers) -> BuilderWidget:
    spec = ModelSpec("t", (28, 28, 1), tuple(LayerSpec.create(t, **a) for t, a in layers))
    widget = BuilderWidget(SpecEditor(spec), QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(700, 650)
    widget.show()
    return widget


def test_an_impossible_layer_reads_in_korean_in_the_builder(korean, qtbot):
    builder = make_builder(
        qtbot,
        [
            ("Conv2D", {"filters": 8, "kernel_size": 40}),
            ("Flatten", {}),
            ("Dense", {"units": 10, "activation": "softmax"}),
        ],
    )
    model = builder.table_model
    cell = model.index(0, COL_SHAPE).data()
    # the row's message without its "layer 0 Conv2D:" prefix, in Korean
    assert cell.startswith("입력 28×28×1 — 커널 40×40보다 작습니다"), cell
    assert "smaller" not in cell and "0번 층" not in cell
    tip = model.index(0, COL_TYPE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("이 층은 동작할 수 없습니다: 0번 층 Conv2D: 입력 28×28×1")
    builder.select_row(0)
    assert builder.layer_error.text().startswith("✖ 0번 층 Conv2D: 입력 28×28×1")
    assert '해결: padding="same"을 쓰거나 kernel_size를 줄이세요.' in builder.layer_error.text()
    assert "학습할 수 없" in builder.status.text() or HANGUL.search(builder.status.text())
    assert "but" not in builder.status.text()


def test_arithmetic_settings_warning_and_blocker_read_in_korean(korean, qtbot):
    builder = make_builder(
        qtbot, [("Conv2D", {"filters": 8, "kernel_size": 3}), ("Dense", {"units": 10})]
    )
    model = builder.table_model
    assert model.index(0, COL_SETTINGS).data() == "8 × 3×3, valid, linear"
    assert model.index(1, COL_SETTINGS).data() == "유닛 10개, linear"
    shape_tip = model.index(0, COL_SHAPE).data(Qt.ItemDataRole.ToolTipRole)
    assert shape_tip == "높이와 너비: (28 − 3)/1 + 1 = 26; 채널 = 필터 수 = 8"
    builder.select_row(0)
    assert "커널 높이·너비 · 입력 채널 수 · 필터 수 + 필터마다 편향 1개" in builder.math.text()
    # Dense on an image: the per-pixel warning, and the blocker of the training panel
    warning = model.index(1, COL_TYPE).data(Qt.ItemDataRole.ToolTipRole)
    assert warning.startswith("1번 층 Dense: Dense가 26×26개 픽셀 하나하나에 따로 적용되어")
    status = builder.status.text()
    assert "1번 층 Dense 앞에 Flatten 층을 넣으세요" in status and "insert" not in status
    assert builder.form.editors["filters"].toolTip() == "filters: 필터 수 (출력 채널 수)"


def test_the_same_builder_reads_in_english_without_the_translator(qtbot):
    builder = make_builder(qtbot, [("Conv2D", {"filters": 8, "kernel_size": 40})])
    cell = builder.table_model.index(0, COL_SHAPE).data()
    assert cell.startswith("input is 28×28×1, smaller than the kernel 40×40")


def test_the_window_shows_spec_import_and_blocker_messages_in_korean(
    korean, window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    # a value of the wrong kind typed for a setting: the SpecError, in Korean
    window.editor.replace_spec(ModelSpec("t", (28, 28, 1), (LayerSpec.create("Dense"),)))
    window.builder.edit_arg(0, "units", "ten")
    status = window.builder.status.text()
    assert "Dense: units 값은 정수여야 합니다 (받은 값: 'ten')." in status, status
    not_keras = tmp_path / "notes.keras"
    not_keras.write_text("just text")
    assert not window.files.import_keras(not_keras)
    assert "Keras 모델 파일이 아닙니다" in shown[-1] and "not a Keras" not in shown[-1]
    # a network that ends in 64 numbers: the training panel says why it cannot train
    window.editor.replace_spec(
        ModelSpec(
            "t", (28, 28, 1), (LayerSpec.create("Flatten"), LayerSpec.create("Dense", units=64))
        )
    )
    blocker = window.training.blocker_label.text()
    assert "네트워크의 출력은 64입니다" in blocker and "마지막 Dense 층의 units를 10" in blocker
    assert "but" not in blocker


def test_fixes_name_what_the_builder_offers():
    """Reshape's fix says [28, 28, 1]: the builder's shape box takes it as typed; pooling's
    "null" strides is the builder's "auto"."""
    from cnngui.core.model.shapes import analyze
    from cnngui.ui.builder.settings import _parse_shape

    assert _parse_shape("[28, 28, 1]") == [28, 28, 1] and _parse_shape("[-1]") == [-1]
    spec = ModelSpec(
        "t", (28, 28, 1), (LayerSpec.create("MaxPooling2D", pool_size=2, strides=[0, 2]),)
    )
    assert 'use null ("auto" in the builder) to step by the pool size' in analyze(spec).errors[0]
