"""Whatever a damaged or hostile file holds, reading it gives a value or one sentence."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from cnngui.core.classroom.assignment import Assignment
from cnngui.core.classroom.drawings import Drawing
from cnngui.core.classroom.strokes import check_strokes
from cnngui.core.errors import UserError

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.just(10**400)
    | st.floats()
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
POINT = st.lists(
    st.floats() | st.integers() | st.just(-(10**400)) | st.text(max_size=2), max_size=3
)
STROKE = st.fixed_dictionaries({"points": st.lists(POINT, max_size=5)}, optional={"width": JSON})


def _one_sentence(exc: UserError) -> None:
    text = str(exc)
    assert text and "\n" not in text and text.endswith((".", "?")), text


@settings(max_examples=200, deadline=None)
@given(st.lists(STROKE, max_size=4) | JSON)
def test_strokes_are_canonical_or_refused(value):
    try:
        strokes = check_strokes(value)
    except UserError as exc:
        _one_sentence(exc)
        return
    for stroke in strokes:
        assert 0 < stroke["width"] <= 280
        assert all(0 <= v <= 1 for p in stroke["points"] for v in p)
    assert check_strokes(json.loads(json.dumps(strokes))) == strokes


@settings(max_examples=200, deadline=None)
@given(JSON, st.dictionaries(st.sampled_from(["id", "label", "image", "strokes", "canvas"]), JSON))
def test_drawing_records_parse_or_are_refused(value, fields):
    for candidate in (value, fields):
        try:
            Drawing.from_json(candidate)
        except UserError as exc:
            _one_sentence(exc)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "title",
                "max_params",
                "max_epochs",
                "locked",
                "goal",
                "allowed_layers",
                "start",
                "dataset",
                "id",
            ]
        ),
        JSON,
    )
)
def test_assignments_parse_or_are_refused(fields):
    try:
        Assignment.from_json({"format": "cnngui-assignment", "version": 1, **fields})
    except UserError as exc:
        _one_sentence(exc)
