"""A Korean window shows Korean for the core's words in Look inside and the classroom
panels: the playground's errors and formula, the step view's arithmetic, saliency
captions, an assignment's rules and file errors, a class-drawings import."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from classroom_helpers import ASSIGNMENT, tiny_spec

from cnngui.ui import i18n


def hangul(text: str) -> bool:
    return re.search("[가-힣]", text) is not None


def digit() -> np.ndarray:
    image = np.zeros((28, 28), np.float32)
    image[6:22, 12:16] = 1.0
    return image


def test_kernel_playground_speaks_korean(korean, qtbot):
    from cnngui.ui.kernel_playground import KernelPlayground

    play = KernelPlayground()
    qtbot.addWidget(play)
    play.set_input(digit())
    play.preset.setCurrentText("sobel-x")
    assert "출력 26×26" in play.formula.text() and "output" not in play.formula.text()
    assert hangul(play.note.text()) and play.note.text().startswith("sobel-x: ")
    assert "커널" in play.output_view.title.text()
    play.grid.item(1, 1).setText("abc")
    assert play.error.text() == "2행 2열의 값 'abc' — 숫자가 아닙니다."
    play.grid.item(1, 1).setText("2")
    play.mode.setCurrentIndex(1)
    assert "최대 풀링 2×2" in play.output_view.title.text()


def test_step_view_and_saliency_speak_korean(korean, qtbot):
    keras = pytest.importorskip("keras")
    from cnngui.ui.look_inside import LookInsidePanel

    model = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Conv2D(2, 3, activation="relu"),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    panel = LookInsidePanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    panel.set_model(model)
    panel.set_input(digit())
    panel.flush()
    panel.tabs.setCurrentWidget(panel.steps)
    steps = panel.steps
    steps.show_step(0)
    assert "채널 0" in steps.summary.text() and "slides" not in steps.summary.text()
    assert steps.arithmetic.text().startswith("출력 (")
    mlp = keras.Sequential(
        [keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(10)]
    )
    panel.set_model(mlp)
    panel.tabs.setCurrentWidget(panel.saliency)
    saliency = panel.saliency
    assert saliency.method.itemText(0) == "기울기 × 입력"
    saliency.method.setCurrentIndex(saliency.method.findData("gradcam"))
    panel.flush()
    assert saliency.caption.text() == "Grad-CAM에는 Conv2D 층이 필요한데, 이 네트워크에는 없습니다."


def test_assignment_panel_speaks_korean(korean, qtbot, tmp_path):
    from cnngui.core.training import TrainingConfig
    from cnngui.ui.classroom.assignment_panel import AssignmentPanel

    panel = AssignmentPanel()
    qtbot.addWidget(panel)
    bad = tmp_path / "bad.cnnassign"
    bad.write_text(json.dumps(dict(ASSIGNMENT, version=9)))
    assert panel.open_path(str(bad)) is None
    assert panel.message.text() == (
        f"⚠ {bad}: 이 과제는 형식 버전 9 — 더 새로운 cnngui로 만든 파일입니다. 열려면 "
        "cnngui를 업데이트하세요."
    )
    good = tmp_path / "tiny.cnnassign"
    good.write_text(json.dumps(ASSIGNMENT))
    assert panel.open_path(str(good)) is not None
    assert panel.goal.text().startswith("목표: accuracy ≥ 50.0%")
    panel.update_state(tiny_spec(16), TrainingConfig(epochs=5), 0.42, 5)
    assert panel.progress.text() == "42.0 % / 50.0 % · 매개변수 1,610 / 1,000개 · 5 / 3 에폭"
    rules = panel.violations.text().splitlines()
    assert len(rules) >= 3 and all(hangul(r) for r in rules)
    assert any("예산" in r for r in rules) and not any("budget" in r for r in rules)


def test_class_drawings_import_speaks_korean(korean, qtbot, tmp_path):
    from cnngui.core.classroom.drawings import DrawingStore
    from cnngui.ui.classroom.gallery import GalleryView

    gallery = GalleryView(DrawingStore(tmp_path / "drawings.jsonl"))
    qtbot.addWidget(gallery)
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"not a zip")
    gallery.import_files([str(junk)])
    lines = gallery.message.text().splitlines()
    assert lines[0] == "파일 0개에서 새 그림 0장, 파일 1개 거부됨."
    assert lines[1].startswith(str(junk)) and hangul(lines[1])


def test_the_catalogue_has_the_loaders_words(korean):
    """What window_files shows after a Keras import: how the network is fed, and why not."""
    from cnngui.core.inference.loader import InputConvention, convention_message, fit_problem

    fed = i18n.core_text(convention_message(InputConvention(255.0, False, 0.9), always=True))
    assert fed == (
        "이 네트워크가 기대하는 입력: 픽셀 0–255, 검은 바탕에 흰 숫자. cnngui가 그렇게 넣어 "
        "줍니다 — MNIST 테스트 숫자 정확도 90.0 %."
    )
    assert hangul(i18n.core_text(fit_problem((28, 28, 3))))
