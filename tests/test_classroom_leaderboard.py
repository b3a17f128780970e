"""Hand-ins and the leaderboard: 30 hand-ins with 6 bad ones give 24 scored rows and 6
one-sentence rejections with exit code 0; exit 2 only for an unusable folder or held-out
file; the safe read path refuses what it must before TensorFlow sees anything.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from classroom_helpers import (
    ASSIGNMENT,
    BAD_KINDS,
    tiny_spec,
    write_bad,
    write_good,
    write_held_out,
)

from cnngui.cli import main
from cnngui.core.classroom.assignment import Assignment
from cnngui.core.classroom.leaderboard import score_folder
from cnngui.core.classroom.submission import SubmissionError, read_submission, write_submission

KEYS = {"file", "name", "valid", "reason", "accuracy", "params", "macs", "epochs"}


@pytest.fixture
def assignment(tmp_path):
    path = tmp_path / "task.cnnassign"
    path.write_text(json.dumps(ASSIGNMENT))
    return path, Assignment.from_json(ASSIGNMENT)


def test_thirty_handins_with_six_bad_ones(tmp_path, assignment, capsys):
    a_path, a = assignment
    folder = tmp_path / "handins"
    folder.mkdir()
    write_good(folder, a, 24)
    for kind in BAD_KINDS:
        write_bad(folder, a, kind)
    (folder / "notes.txt").write_text("not a hand-in: ignored")
    held_out = write_held_out(tmp_path / "held_out.npz")
    html = tmp_path / "board.html"
    code = main(
        ["leaderboard", str(folder), "--assignment", str(a_path), "--held-out", str(held_out),
         "--json", "--html", str(html)]
    )  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert len(rows) == 30 and all(set(r) >= KEYS for r in rows)
    good = [r for r in rows if r["valid"]]
    bad = [r for r in rows if not r["valid"]]
    assert len(good) == 24 and len(bad) == 6
    for r in good:
        assert 0 <= r["accuracy"] <= 1 and r["reason"] is None and r["epochs"] == 3
        assert r["params"] in (210, 310, 410) and r["macs"] > 0 and len(r["per_class"]) == 10
    accuracies = [r["accuracy"] for r in good]
    assert accuracies == sorted(accuracies, reverse=True)
    assert rows[:24] == good  # valid rows first
    reasons = {r["file"]: r["reason"] for r in bad}
    assert set(reasons) == {f"bad-{k}.cnnsub" for k in BAD_KINDS}
    for reason in reasons.values():
        assert reason.endswith(".") and "\n" not in reason and len(reason) < 300
    assert "truncated" in reasons["bad-truncated.cnnsub"]
    assert "'other-task', not 'tiny-net'" in reasons["bad-wrong-assignment.cnnsub"]
    assert "do not match the network" in reasons["bad-tampered.cnnsub"]
    assert "Lambda" in reasons["bad-lambda.cnnsub"]
    assert "2.0 GB" in reasons["bad-oversized.cnnsub"]
    assert "not a zip" in reasons["bad-not-a-zip.cnnsub"]
    page = html.read_text()
    assert page.count("<tr") == 31 and "Student" in page and "<script" not in page


def test_rule_breakers_are_listed_but_not_valid(tmp_path, assignment):
    _, a = assignment
    folder = tmp_path / "handins"
    folder.mkdir()
    write_good(folder, a, 1)
    rng = np.random.default_rng(0)
    from classroom_helpers import student_weights

    big = tiny_spec(12)  # 1,210 parameters: over the budget of 1,000
    write_submission(folder / "big.cnnsub", student="Big", assignment=a, spec=big,
                     weights=student_weights(big, rng), config={"batch_size": 32},
                     history=[{"epoch": e} for e in range(1, 6)])  # fmt: skip
    rows = score_folder(folder, a, write_held_out(tmp_path / "h.npz", per_digit=2))
    big_row = next(r for r in rows if r.name == "Big")
    assert not big_row.valid and big_row.accuracy is not None
    assert "1,210 parameters" in big_row.reason and "(and 1 more rule(s) broken)" in big_row.reason
    assert any("5 epochs" in v for v in big_row.violations)
    assert rows[0].valid and rows[-1] is big_row


def test_folder_or_held_out_unusable_is_exit_2(tmp_path, assignment, capsys):
    a_path, _ = assignment
    held_out = write_held_out(tmp_path / "h.npz", per_digit=1)
    (tmp_path / "empty").mkdir()
    cases = [
        [str(tmp_path / "nowhere"), "--held-out", str(held_out)],
        [str(held_out), "--held-out", str(held_out)],
        [str(tmp_path / "empty"), "--held-out", str(tmp_path / "missing.npz")],
    ]
    for args in cases:
        assert main(["leaderboard", *args, "--assignment", str(a_path)]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("cnngui leaderboard: ") and "\n" not in err
    assert main(["leaderboard", str(tmp_path / "empty"), "--assignment", str(a_path),
                 "--held-out", str(held_out)]) == 0  # fmt: skip
    assert "no .cnnsub hand-ins" in capsys.readouterr().out


def test_a_handin_round_trips_and_checks_its_checksum(tmp_path, assignment):
    _, a = assignment
    path = write_good(tmp_path, a, 1)[0]
    sub = read_submission(path, a)
    assert sub.student == "Student 00" and sub.epochs == 3 and sub.assignment_hash == a.hash
    model = sub.build_model()
    for w, v in zip(sub.weights, model.get_weights()):
        np.testing.assert_array_equal(w, v)
    # changing one weight value (same shapes) is caught by the checksum
    import zipfile

    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    raw = bytearray(members["weights.npz"])
    raw[-20] ^= 0xFF
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("submission.json", members["submission.json"])
        zf.writestr("weights.npz", bytes(raw))
    with pytest.raises(SubmissionError, match="checksum"):
        read_submission(path, a)
    other = Assignment.from_json({**ASSIGNMENT, "max_params": 5000})
    good = write_good(tmp_path / "x", a, 1) if (tmp_path / "x").mkdir() is None else None
    with pytest.raises(SubmissionError, match="another version"):
        read_submission(good[0], other)
    with pytest.raises(SubmissionError, match="was not opened"):
        read_submission(good[0], a, max_bytes=100)


def test_a_network_without_ten_outputs_or_of_unknown_layers_is_not_scored(tmp_path, assignment):
    from classroom_helpers import _rewrite, student_weights

    from cnngui.core.model.spec import LayerSpec, ModelSpec

    _, a = assignment
    folder = tmp_path / "handins"
    folder.mkdir()
    five = ModelSpec("five", (28, 28, 1), (*tiny_spec(2).layers[:-1],
                     LayerSpec.create("Dense", units=5, activation="softmax")))  # fmt: skip
    rng = np.random.default_rng(1)
    write_submission(folder / "five.cnnsub", student="Five", assignment=a, spec=five,
                     weights=student_weights(five, rng), history=[{}])  # fmt: skip
    custom = write_good(folder, a, 1)[0]

    def custom_layer(meta):
        meta["spec"]["layers"][1] = {"type": "MyAttention", "heads": 4}

    _rewrite(custom, meta_change=custom_layer)
    rows = {
        r.name or r.file: r for r in score_folder(folder, a, write_held_out(tmp_path / "h.npz", 1))
    }
    assert not rows["Five"].valid and "vector of 10 numbers" in rows["Five"].reason
    reason = rows["student00.cnnsub"].reason
    assert "network cannot be read" in reason and "'MyAttention'" in reason


def test_a_small_file_that_unpacks_to_too_much_is_not_opened(tmp_path, assignment):
    import zipfile

    _, a = assignment
    path = write_good(tmp_path, a, 1)[0]
    with zipfile.ZipFile(path) as zf:
        meta = zf.read("submission.json")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("submission.json", meta)
        zf.writestr("weights.npz", bytes(4 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(SubmissionError, match="unpacks to more than"):
        read_submission(path, a, max_bytes=1024 * 1024)
