"""The model's words (layer errors, warnings, arithmetic, settings, spec errors) are phrases:
English on the command line, every piece translatable in the window."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from cnngui.core.model.editor import SpecEditor
from cnngui.core.model.layers import REGISTRY
from cnngui.core.model.presets import PRESETS, get_preset
from cnngui.core.model.shapes import analyze
from cnngui.core.model.spec import LayerSpec, ModelSpec, SpecError
from cnngui.core.phrases import Phrase, phrase_of, render

TOOLS = Path(__file__).resolve().parents[1] / "tools"


def korean_catalogue() -> dict[str, str]:
    merged: dict[str, str] = {}
    for path in sorted(TOOLS.glob("ko_core_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        merged.update(module.CORE)
    return merged


KO = korean_catalogue()
#: English words that must not survive a translation (Keras names and values may)
ENGLISH = re.compile(
    r"\b(but|the|is|use|layer|input|output|must|each|of|and|or|with|got|per|"
    r"trainable|height|width|channels stay|no bias|stride)\b"
)


def korean(value: object) -> str:
    missing: list[str] = []

    def look_up(template: str) -> str:
        if template not in KO:
            missing.append(template)
        return KO.get(template, template)

    shown = render(value, look_up)
    assert not missing, f"no Korean for {missing}"
    return shown


def spec_with(layers: list[dict], input_shape=(28, 28, 1)) -> ModelSpec:
    return ModelSpec.from_json(
        {
            "format": "cnngui-model",
            "version": 1,
            "name": "t",
            "input_shape": list(input_shape),
            "layers": layers,
        }
    )


BROKEN = [
    ([{"type": "Conv2D", "filters": 0}], "layer 0 Conv2D: filters is 0, but a layer needs"),
    (
        [{"type": "Conv2D", "filters": 8, "kernel_size": 3, "strides": 2, "dilation_rate": 2}],
        "layer 0 Conv2D: strides is 2×2 and dilation_rate is 2×2, but Keras cannot use both",
    ),
    (
        [{"type": "MaxPooling2D", "pool_size": 2}] * 6,
        "layer 4 MaxPooling2D: input is 1×1×1, smaller than pool_size 2×2",
    ),
    ([{"type": "Conv2D", "filters": 4, "kernel_size": 40}], "smaller than the kernel 40×40"),
    ([{"type": "Dense", "units": 0}], "layer 0 Dense: units is 0, but a layer needs at least"),
    ([{"type": "Dropout", "rate": 1.5}], "layer 0 Dropout: rate is 1.5, but it must be from 0"),
    ([{"type": "BatchNormalization", "axis": 0}], "layer 0 BatchNormalization: axis is 0 for"),
    ([{"type": "ZeroPadding2D", "padding": -1}], "layer 0 ZeroPadding2D: padding is top -1"),
    ([{"type": "Reshape", "target_shape": [5, -1]}], "cannot be divided into parts of 5"),
    ([{"type": "Reshape", "target_shape": [5, 5]}], "target_shape [5, 5] holds 25 numbers"),
    ([{"type": "Flatten"}, {"type": "Conv2D"}], "input is a flat list of 784 numbers"),
]


@pytest.mark.parametrize(("layers", "english"), BROKEN)
def test_layer_errors_are_english_phrases_and_wholly_korean(layers, english):
    analysis = analyze(spec_with(layers))
    error = analysis.errors[0]
    assert isinstance(error, Phrase) and english in error
    shown = korean(error)
    assert re.search("[가-힣]", shown) and not ENGLISH.search(shown), shown


def test_warnings_and_blockers_are_phrases_in_both_languages():
    per_pixel = analyze(spec_with([{"type": "Dense", "units": 10}]))
    warning = per_pixel.layers[0].warning
    assert isinstance(warning, Phrase)
    assert warning.startswith("layer 0 Dense: Dense is applied to each of the 28×28 pixels")
    no_softmax = analyze(spec_with([{"type": "Flatten"}, {"type": "Dense", "units": 10}]))
    note = no_softmax.warnings[0]
    assert "has no softmax" in note
    dropped = analyze(spec_with([{"type": "Dropout", "rate": 1}]))
    assert dropped.layers[0].blocks and "rate is 1, but that drops every value" in (
        dropped.layers[0].warning
    )
    for text in (warning, note, dropped.layers[0].warning, per_pixel.training_blocker()):
        shown = korean(text)
        assert not ENGLISH.search(shown), shown


def test_the_image_size_fix_names_the_window_boxes_or_the_spec_key():
    """The window has Input image boxes; a spec file on the command line has input_shape."""
    spec = spec_with(
        [{"type": "Flatten"}, {"type": "Dense", "units": 10, "activation": "softmax"}], (32, 28, 1)
    )
    cli = analyze(spec).training_blocker()
    assert cli == (
        "the network's input is 32×28×1 but the images are 28×28×1; set the spec's "
        '"input_shape" to [28, 28, 1].'
    )
    window = SpecEditor(spec).training_blocker()
    assert "Input image boxes" in window and "input_shape" not in window
    assert "입력 이미지 칸" in korean(window) and "input_shape" not in korean(window)


def test_arithmetic_and_settings_texts_are_phrases_for_every_preset():
    for name in PRESETS:
        analysis = analyze(get_preset(name))
        for info in analysis.layers:
            for text in (info.shape_math, info.params_math, info.layer.describe()):
                shown = korean(text)
                assert not re.search(r"\b(height|width|channels|trainable|units|stride)\b", shown)
    conv = analyze(get_preset("three-conv")).layers[0]
    assert conv.shape_math == "height and width: (28 − 3 + 2·1)/1 + 1 = 28; channels = filters = 32"
    assert korean(conv.shape_math).startswith("높이와 너비: (28 − 3 + 2·1)/1 + 1 = 28")
    assert (
        LayerSpec.create("Dense", units=10, use_bias=False).describe()
        == "10 units, linear, no bias"
    )
    assert korean(LayerSpec.create("Dense", units=10).describe()) == "유닛 10개, linear"


def test_descriptions_and_argument_help_are_translated():
    for layer_type in REGISTRY.values():
        assert isinstance(layer_type.description, Phrase)
        korean(layer_type.description)
        for arg in layer_type.args.values():
            korean(arg.help)
    for preset in PRESETS.values():
        assert isinstance(preset.description, Phrase)
        korean(preset.description)


@pytest.mark.parametrize(
    ("data", "english"),
    [
        (
            {"layers": [{"type": "Conv2D", "filters": "x"}]},
            "layer 0 Conv2D: filters must be a whole number, got 'x'.",
        ),
        (
            {"layers": [{"type": "Dense", "activation": "rellu"}]},
            "layer 0 Dense: unknown activation 'rellu'; did you mean \"relu\"?",
        ),
        ({"layers": [{"type": "Conv2", "filters": 3}]}, "layer 0: unknown layer type 'Conv2'"),
        ({"layers": [{"type": "Dense", "unit": 3}]}, "layer 0 Dense: unknown argument 'unit'"),
        ({"layers": [{"units": 3}]}, 'layer 0: missing "type" (e.g. "Conv2D").'),
        ({"layers": [], "input_shape": [0, 28]}, "input_shape [0, 28] has a dimension below 1"),
        ({"layers": [], "colour": 1}, "unknown top-level key 'colour'"),
    ],
)
def test_spec_errors_are_raised_with_phrases(data, english):
    with pytest.raises(SpecError) as caught:
        ModelSpec.from_json(data)
    assert english in str(caught.value)
    made = phrase_of(caught.value)
    assert isinstance(made, Phrase)
    shown = korean(made)
    assert re.search("[가-힣]", shown) and not re.search(r"\b(must|unknown|got|missing)\b", shown)


def test_a_spec_file_error_keeps_the_phrase_inside(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"layers": [{"type": "Dense", "units": "ten"}]}')
    with pytest.raises(SpecError) as caught:
        ModelSpec.load(path)
    assert str(caught.value) == f"{path}: layer 0 Dense: units must be a whole number, got 'ten'."
    assert korean(caught.value).startswith(f"{path}: 0번 층 Dense: units 값은 정수여야")


def test_import_errors_and_notes_are_phrases(tmp_path):
    from cnngui.core.model.importer import ModelImportError, read_config, spec_from_config

    text = tmp_path / "notes.keras"
    text.write_text("just text")
    with pytest.raises(ModelImportError) as caught:
        read_config(text)
    assert str(caught.value).startswith(f"{text}: not a Keras model file")
    assert korean(caught.value).startswith(f"{text}: Keras 모델 파일이 아닙니다")

    def model(*layers):
        return {
            "class_name": "Sequential",
            "config": {
                "layers": [
                    {"class_name": "InputLayer", "config": {"batch_shape": [None, 28, 28, 1]}},
                    *layers,
                ]
            },
        }

    with pytest.raises(ModelImportError) as caught:
        spec_from_config(model({"class_name": "Lambda", "config": {"function": "x"}}))
    assert "the model contains a Lambda layer" in str(caught.value)
    assert "Lambda 층" in korean(caught.value) and "contains" not in korean(caught.value)
    with pytest.raises(ModelImportError) as caught:
        spec_from_config(model({"class_name": "ReLU", "config": {"max_value": 3.0}}))
    assert "model: layer 0 ReLU: a ReLU layer with max_value" in str(caught.value)
    assert "지원하지 않습니다" in korean(caught.value)
    _spec, notes = spec_from_config(
        model(
            {"class_name": "Flatten", "config": {}},
            {
                "class_name": "Dense",
                "config": {"units": 10, "kernel_regularizer": {"class_name": "L2"}},
            },
        )
    )
    assert notes == ["layer 1 Dense: kernel_regularizer was dropped (it only affects training)."]
    assert (
        korean(notes[0])
        == "1번 층 Dense: kernel_regularizer 설정은 뺐습니다 (학습에만 영향을 줍니다)."
    )
