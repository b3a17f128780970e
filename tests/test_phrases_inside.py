"""The words of inference, Look inside and the classroom are phrases: the command line's
English is unchanged, and the window can translate every sentence whole (here with the
Korean of tools/ko_core_inside.py, without Qt)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import numpy as np
import pytest

from cnngui.core.errors import UserError
from cnngui.core.phrases import Phrase, phrase_of, render

ROOT = Path(__file__).resolve().parents[1]


def _korean() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location(
        "ko_core_inside", ROOT / "tools/ko_core_inside.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CORE


KO = _korean()


def ko(value) -> str:
    """``value`` as the Korean window shows it; fails on any template without Korean."""

    def translate(template: str) -> str:
        assert template in KO, f"no Korean for {template!r}"
        return KO[template]

    return render(value, translate)


def raised(call, *args, **kwargs) -> Phrase:
    with pytest.raises(UserError) as info:
        call(*args, **kwargs)
    made = phrase_of(info.value)
    assert isinstance(made, Phrase), f"raised with a plain str: {info.value}"
    return made


def hangul(text: str) -> bool:
    return re.search("[가-힣]", text) is not None


def test_the_catalogue_keeps_every_placeholder():
    for english, korean in KO.items():
        assert sorted(re.findall(r"\{[^{}]*\}", english)) == sorted(
            re.findall(r"\{[^{}]*\}", korean)
        ), english


# ------------------------------------------------------------------ inference


def test_model_loading_and_feeding_words():
    from cnngui.core.inference.loader import InputConvention, convention_message, fit_problem

    problem = fit_problem((28, 28, 3))
    assert isinstance(problem, Phrase) and problem.startswith("the model takes 28×28×3 images")
    assert "28×28×3" in ko(problem) and hangul(ko(problem))
    assert fit_problem((780,)) == (
        "the model takes 780 numbers, which is not a square image such as 784 = 28×28; "
        "use a model for MNIST digits."
    )
    line = convention_message(InputConvention(255.0, True, 0.974))
    assert line == (
        "this network expects pixels 0–255, black digit on white: cnngui feeds it that way "
        "— 97.4 % on MNIST test digits."
    )
    assert ko(line) == (
        "이 네트워크가 기대하는 입력: 픽셀 0–255, 흰 바탕에 검은 숫자. cnngui가 그렇게 넣어 "
        "줍니다 — MNIST 테스트 숫자 정확도 97.4 %."
    )
    assert convention_message(InputConvention()) == ""


def test_image_file_and_preprocessing_words(tmp_path):
    from cnngui.core.inference.predictor import load_model
    from cnngui.core.inference.preprocess import load_image_file, preprocess

    missing = raised(load_image_file, tmp_path / "none.png")
    assert missing == f"{tmp_path / 'none.png'}: no such file; check the path."
    assert ko(missing).startswith(str(tmp_path / "none.png")) and hangul(ko(missing))
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert "0바이트" in ko(raised(load_image_file, empty))
    text = tmp_path / "m.txt"
    text.write_text("x")
    assert raised(load_model, text).endswith("save the model with model.save('x.keras').")
    image = np.zeros((40, 40), np.float32)
    image[10:30, 18:22] = 1.0
    steps = [name for name, _ in preprocess(image).steps]
    assert steps[0] == "your drawing" and "28×28, centred by mass" in steps
    assert all(isinstance(s, Phrase) for s in steps)
    assert [ko(s) for s in steps][-1] == "28×28, 무게 중심에 맞춤"


# ------------------------------------------------------------------ Look inside


def test_kernel_playground_words():
    from cnngui.core.inference.explain.kernels import (
        PRESET_NOTES,
        apply_kernel,
        apply_pooling,
        grid_cell_problem,
        parse_kernel,
    )

    bad = raised(parse_kernel, "1,2,3;4,x,6;7,8,9")
    assert bad.startswith("kernel row 2, value 2 is 'x', not a number;")
    assert ko(bad).startswith("커널 2행의 2번째 값 'x' — 숫자가 아닙니다.")
    assert "sobel-x" in ko(raised(parse_kernel, "blur-ish"))
    assert ko(grid_cell_problem(1, 3, "abc")) == "1행 3열의 값 'abc' — 숫자가 아닙니다."
    image = np.zeros((28, 28), np.float32)
    done = apply_kernel(image, parse_kernel("sobel-x"), 2, "same", "relu")
    assert done.operation == "3×3 kernel, stride 2, padding same, relu"
    assert done.formula == (
        "(W − F + 2P)/S + 1 = (28 − 3 + 1 (top/left 0, bottom/right 1))/2 + 1 = 14  →  output 14×14"
    )
    assert ko(done.formula) == (
        "(W − F + 2P)/S + 1 = (28 − 3 + 1 (위/왼쪽 0, 아래/오른쪽 1))/2 + 1 = 14  →  출력 14×14"
    )
    pooled = apply_pooling(image, "average", 3, 2, "valid")
    assert pooled.formula == "⌊(W − F + 2P)/S⌋ + 1 = ⌊(28 − 3 + 2×0)/2⌋ + 1 = 13  →  output 13×13"
    assert ko(pooled.formula).endswith("→  출력 13×13")
    assert ko(pooled.operation) == "평균 풀링 3×3, 스트라이드 2, 패딩 valid"
    assert all(isinstance(n, Phrase) and hangul(ko(n)) for n in PRESET_NOTES.values())


def test_step_by_step_and_nudge_words():
    keras = pytest.importorskip("keras")
    from cnngui.core.inference.explain.nudge import Nudged
    from cnngui.core.inference.explain.stepconv import StepByStep

    conv = keras.layers.Conv2D(2, 3, activation="relu", name="c")
    conv.build((None, 5, 5, 1))
    steps = StepByStep(conv, np.ones((5, 5, 1), np.float32), channel=1)
    summary = steps.summary()
    assert summary.startswith("c (Conv2D), channel 1: a 3×3×1 kernel slides with stride 1×1")
    assert ko(summary).startswith("c (Conv2D), 채널 1: 3×3×1 커널 창이")
    line = steps.step(0).text(steps.kind, steps.activation)
    assert re.match(r"output \(0, 0\): Σ 9 products = .*, \+ bias 0 = .* → relu → ", line)
    assert ko(line).startswith("출력 (0, 0): 곱 9개의 합 Σ")
    dense = keras.layers.Dense(3, name="d")
    assert ko(raised(StepByStep, dense, np.ones((5, 5, 1)))).startswith("d 층의 종류: Dense.")
    before = np.full(10, 0.01, np.float32)
    before[7] = 0.91
    after = before.copy()
    after[3], after[7] = 0.6, 0.3
    fooled = Nudged(3, np.zeros((28, 28)), np.zeros((28, 28)), before, after, [], 0.2)
    assert fooled.sentence().startswith(
        "Changing no pixel by more than 0.20 raised the network's belief that this is a 3 "
        "from 1.0% to 60.0%, so it now reads a 3 where it read a 7"
    )
    assert "적대적 예제" in ko(fooled.sentence())


def test_saliency_method_names_are_phrases():
    from cnngui.core.inference.explain.saliency import METHOD_NAMES

    assert (
        METHOD_NAMES["grad"] == "gradient × input" and ko(METHOD_NAMES["grad"]) == "기울기 × 입력"
    )


# ------------------------------------------------------------------ classroom


ASSIGNMENT = {
    "format": "cnngui-assignment",
    "version": 1,
    "id": "tiny",
    "title": "Tiny",
    "max_params": 1000,
    "max_epochs": 3,
    "locked": {"batch_size": 32},
    "goal": {"metric": "accuracy", "value": 0.5, "dataset": "held-out drawings"},
}


def test_assignment_rules_and_file_words(tmp_path):
    from classroom_helpers import tiny_spec

    from cnngui.core.classroom.assignment import Assignment, load_assignment
    from cnngui.core.training import TrainingConfig

    a = Assignment.from_json(ASSIGNMENT)
    assert a.goal.line() == "Goal: accuracy ≥ 50.0% on held-out drawings"
    assert ko(a.goal.line()) == "목표: accuracy ≥ 50.0% (평가 데이터: held-out drawings)"
    problems = a.check(tiny_spec(16), TrainingConfig(epochs=5, batch_size=64))
    assert all(isinstance(p, Phrase) for p in problems) and len(problems) >= 3
    epochs = next(p for p in problems if "epochs" in p)
    assert epochs == (
        "this run trains 5 epochs, but the assignment allows at most 3; set epochs to 3 or fewer."
    )
    assert ko(epochs).endswith("에폭 수를 3 이하로 설정하세요.")
    assert "매개변수" in ko(problems[0])
    progress = a.progress_text(0.61, 210, 2)
    assert progress == "61.0 % / 50.0 % · 210 / 1,000 parameters · 2 / 3 epochs"
    assert ko(progress) == "61.0 % / 50.0 % · 매개변수 210 / 1,000개 · 2 / 3 에폭"
    assert hangul(ko(a.lock_reason("batch_size")))
    bad = tmp_path / "bad.cnnassign"
    bad.write_text(json.dumps(dict(ASSIGNMENT, goal={"value": 2})))
    error = raised(load_assignment, bad)
    assert error == f"{bad}: goal value must be a fraction from 0 to 1 (0.98 for 98 %), not 2."
    assert (
        ko(error)
        == f"{bad}: goal의 value는 0부터 1까지의 비율이어야 합니다(98 %는 0.98). 받은 값: 2."
    )
    locked = tmp_path / "locked.cnnassign"
    locked.write_text(json.dumps(dict(ASSIGNMENT, locked=[1])))
    assert "예: " in ko(raised(load_assignment, locked)) and '{"epochs": 3}' in ko(
        raised(load_assignment, locked)
    )


def test_drawings_and_merge_words(tmp_path):
    from cnngui.core.classroom.drawings import DrawingStore
    from cnngui.core.classroom.npzfiles import merge_files
    from cnngui.core.classroom.record import make_drawing

    empty = raised(make_drawing, [], 3)
    assert empty == "the drawing is empty; draw a digit before keeping it."
    assert ko(empty) == "그림이 비어 있습니다. 저장하기 전에 숫자를 그리세요."
    assert ko(raised(make_drawing, [{"points": "x"}], 3)).startswith("0번 획은")
    other = tmp_path / "other.jsonl"
    other.write_text('{"something": "else"}\n')
    assert ko(raised(DrawingStore, other)).startswith(f"{other} — cnngui 그림 파일이 아닙니다.")
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"not a zip")
    report = merge_files([junk])
    assert report.summary() == "0 new drawings from 0 file(s), 1 file(s) refused."
    assert ko(report.summary()) == "파일 0개에서 새 그림 0장, 파일 1개 거부됨."
    assert isinstance(report.problems[0], Phrase) and hangul(ko(report.problems[0]))


def test_hand_in_and_leaderboard_words(tmp_path):
    from classroom_helpers import tiny_spec

    from cnngui.core.classroom.assignment import Assignment
    from cnngui.core.classroom.leaderboard import list_submissions, score_submission
    from cnngui.core.classroom.submission import read_submission, write_submission

    a = Assignment.from_json(ASSIGNMENT)
    spec = tiny_spec(2)
    assert ko(raised(write_submission, tmp_path / "x.cnnsub", student=" ", assignment=a,
                     spec=spec)) == "제출 파일에 이름을 쓰세요. 비워 둘 수 없습니다."  # fmt: skip
    fake = tmp_path / "fake.cnnsub"
    fake.write_bytes(b"hello, not a zip")
    error = raised(read_submission, fake, a)
    assert error.endswith("hand in with File → Hand in.")
    assert ko(error).endswith("파일 → 제출로 제출하세요.")
    row = score_submission(fake, a, np.zeros((1, 28, 28, 1)), np.zeros(1, int))
    assert row.reason == (
        "this hand-in is not a cnngui hand-in (not a zip archive); hand in with File → Hand in."
    )
    assert ko(row.reason).startswith("이 제출 파일: cnngui 제출 파일이 아닙니다")
    assert str(fake) not in ko(row.reason)
    missing = raised(list_submissions, tmp_path / "nowhere")
    assert ko(missing).startswith(f"{tmp_path / 'nowhere'}: 그런 폴더가 없습니다.")


def test_fixes_name_window_actions_in_the_window_and_flags_on_the_command_line(tmp_path):
    from classroom_helpers import tiny_spec

    from cnngui.core.classroom.assignment import Assignment
    from cnngui.core.classroom.leaderboard import score_submission
    from cnngui.core.classroom.submission import write_submission
    from cnngui.core.training import TrainingConfig

    a = Assignment.from_json(ASSIGNMENT)
    run = TrainingConfig(epochs=5, batch_size=64)
    window = a.check(tiny_spec(2), run)
    cli = a.check(tiny_spec(2), run, where="cli")
    assert window == [
        "this run trains 5 epochs, but the assignment allows at most 3; set epochs to 3 or fewer.",
        "the assignment locks batch_size to 32, but this run uses 64; set it back to 32.",
    ]
    assert cli == [
        "this run trains 5 epochs, but the assignment allows at most 3; train with --epochs 3 "
        "or fewer.",
        "the assignment locks batch_size to 32, but this run uses 64; train with --batch-size 32.",
    ]
    assert not any("--" in ko(p) for p in window) and all("--" in ko(p) for p in cli)
    with pytest.raises(UserError, match="set epochs"):
        a.refuse_training(tiny_spec(2), run)
    with pytest.raises(UserError, match="--epochs 3"):
        a.refuse_training(tiny_spec(2), run, where="cli")
    name = {"student": "", "assignment": a, "spec": tiny_spec(2), "weights": []}
    assert "--name" not in raised(write_submission, tmp_path / "a.cnnsub", **name)
    assert raised(write_submission, tmp_path / "a.cnnsub", where="cli", **name) == (
        "the student's name is empty; give it with --name."
    )
    fake = tmp_path / "fake.cnnsub"
    fake.write_bytes(b"hello")
    x, y = np.zeros((1, 28, 28, 1)), np.zeros(1, int)
    assert score_submission(fake, a, x, y).reason.endswith("hand in with File → Hand in.")
    assert "cnngui handin" in score_submission(fake, a, x, y, where="cli").reason


def test_a_foreign_drawings_file_is_refused_with_a_fix_for_the_window_or_the_cli(tmp_path):
    from cnngui.core.classroom.drawings import DrawingStore

    other = tmp_path / "other.jsonl"
    other.write_text('{"something": "else"}\n')
    window = raised(DrawingStore, other)
    assert window.endswith("move or rename it, and cnngui starts a new collection there.")
    assert "--file" not in window and "--file" not in ko(window)
    assert raised(DrawingStore, other, where="cli").endswith("give another file with --file.")
