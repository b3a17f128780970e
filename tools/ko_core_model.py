# ruff: noqa: E501
"""Korean of the phrases in cnngui/core/model (layer checks, shapes, arithmetic, specs).

Keyed by the English template of each ``phrase("…")``; placeholders stay exactly as they
are. Sentences are built from pieces whose endings vary, so a translation avoids Korean
particles right after a placeholder where it can (a sentence break or "—" instead).
"""

CORE: dict[str, str] = {
    "{where}: {what}, but {why}; {fix}.": "{where}: {what} — 그런데 {why}. 해결: {fix}.",
    "{arg} is {value}": "{arg} 값이 {value}",
    "each side must be at least 1": "각 변은 1 이상이어야 합니다",
    "{layer}: input is a flat list of {count} numbers, but {type} needs an image (height×width×channels); move it before the Flatten/Dense layers or remove it.": "{layer}: 입력이 숫자 {count}개의 납작한 목록인데, {type} 층은 이미지(높이×너비×채널)가 필요합니다. Flatten/Dense 층 앞으로 옮기거나 지우세요.",
    "[height, width, channels]": "[높이, 너비, 채널]",
    "{layer}: input is {shape}, which has no channels axis, but {type} needs an image (height×width×channels); insert a Reshape with target_shape {target} before it.": "{layer}: 입력 {shape}에는 채널 축이 없는데, {type} 층은 이미지(높이×너비×채널)가 필요합니다. 그 앞에 target_shape {target}인 Reshape 층을 넣으세요.",
    "filters is {value}": "filters 값이 {value}",
    "a layer needs at least 1 filter": "층에는 필터가 1개 이상 있어야 합니다",
    "use e.g. 32": "예: 32를 쓰세요",
    "use e.g. 3×3 for kernel_size, 1×1 for strides and dilation_rate": "예: kernel_size는 3×3, strides와 dilation_rate는 1×1을 쓰세요",
    "layer {index} {type}": "{index}번 층 {type}",
}
