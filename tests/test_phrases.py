"""Phrases: English for the command line, template and values for the window's languages."""

from __future__ import annotations

import copy
import pickle

from cnngui.core.errors import UserError
from cnngui.core.model.shapes import analyze
from cnngui.core.model.spec import ModelSpec
from cnngui.core.phrases import Phrase, join_phrases, phrase, phrase_of, render

FAKE = {
    "{a} of {b:,}": "{b:,} 중 {a}",
    "part": "부분",
    "the file {name} is empty": "{name} 파일이 비어 있습니다",
    "{where}: {what}, but {why}; {fix}.": "<{where}|{what}|{why}|{fix}>",
    "layer {index} {type}": "{index}번 {type}",
}


def fake(template: str) -> str:
    return FAKE.get(template, template)


def spec_with(layers: list[dict]) -> ModelSpec:
    return ModelSpec.from_json(
        {
            "format": "cnngui-model",
            "version": 1,
            "name": "t",
            "input_shape": [28, 28, 1],
            "layers": layers,
        }
    )


def test_a_phrase_is_its_english_and_keeps_its_recipe_through_copies_and_pickles():
    p = phrase("{a} of {b:,}", a=phrase("part"), b=12345)
    assert p == "part of 12,345" and isinstance(p, str)
    for q in (copy.deepcopy(p), pickle.loads(pickle.dumps(p))):
        assert q == p and isinstance(q, Phrase)
        assert render(q, fake) == "12,345 중 부분"


def test_an_exception_raised_with_a_phrase_renders_translated():
    err = UserError(phrase("the file {name} is empty", name="a.npz"))
    assert str(err) == "the file a.npz is empty"
    assert render(err, fake) == "a.npz 파일이 비어 있습니다"
    assert phrase_of(ValueError("plain")) == "plain"
    assert render("plain text", fake) == "plain text"


def test_a_translation_that_does_not_fit_falls_back_to_english():
    p = phrase("{n} layers", n=3)
    assert render(p, lambda t: "{missing} 층") == "3 layers"
    assert render(join_phrases(" · ", [p, "x"]), lambda t: "{n}개 층") == "3개 층 · x"


def test_layer_errors_are_phrases_made_of_phrases():
    info = analyze(spec_with([{"type": "Conv2D", "filters": 0, "kernel_size": 3}])).layers[0]
    assert isinstance(info.error, Phrase)
    assert info.error == (
        "layer 0 Conv2D: filters is 0, but a layer needs at least 1 filter; use e.g. 32."
    )
    assert render(info.error, fake) == (
        "<0번 Conv2D|filters is 0|a layer needs at least 1 filter|use e.g. 32>"
    )
