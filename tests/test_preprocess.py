"""MNIST-style preprocessing: any drawing lands centred in 28×28 with the right mass."""

from __future__ import annotations

import numpy as np
import pytest
from digits_helpers import draw_strokes, mnist_test_digits
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from cnngui.core.errors import UserError
from cnngui.core.inference.preprocess import load_image_file, preprocess, stroke_width


def centre_of_mass(img: np.ndarray) -> tuple[float, float]:
    ys, xs = np.mgrid[: img.shape[0], : img.shape[1]]
    m = img.sum()
    return float((img * ys).sum() / m), float((img * xs).sum() / m)


def ink_box(img: np.ndarray, level: float = 0.05) -> tuple[int, int]:
    rows = np.flatnonzero((img > level).any(axis=1))
    cols = np.flatnonzero((img > level).any(axis=0))
    return int(rows[-1] - rows[0] + 1), int(cols[-1] - cols[0] + 1)


def assert_mnist_like(img: np.ndarray | None) -> None:
    """28×28 in [0, 1], longer ink side about 20 px, centre of mass within a pixel of 14."""
    assert img is not None
    assert img.shape == (28, 28) and img.dtype == np.float32
    assert img.min() >= 0.0 and img.max() <= 1.0
    assert img.max() > 0.7
    cy, cx = centre_of_mass(img)
    assert abs(cy - 14) <= 1.0 and abs(cx - 14) <= 1.0, (cy, cx)
    h, w = ink_box(img)
    assert 18 <= max(h, w) <= 22, (h, w)


def test_a_stroke_drawn_anywhere_lands_centred() -> None:
    for centre in [(140, 140), (50, 60), (230, 220), (30, 250)]:
        for height in (40, 120, 240):
            canvas = draw_strokes(7, height, 20.0, 280, centre)
            assert_mnist_like(preprocess(canvas).image28)


def test_same_digit_small_large_and_shifted_gives_nearly_the_same_input() -> None:
    a = preprocess(draw_strokes(3, 240, 24.0)).image28
    b = preprocess(draw_strokes(3, 120, 12.0, centre=(70, 80))).image28
    c = preprocess(draw_strokes(3, 60, 6.0, centre=(240, 230))).image28
    assert a is not None and b is not None and c is not None
    assert np.abs(a - b).mean() < 0.05
    assert np.abs(a - c).mean() < 0.08


def test_polarity_dark_on_light_and_light_on_dark_agree() -> None:
    ink = draw_strokes(4, 200, 18.0)
    light = preprocess(ink)
    dark = preprocess(((1 - ink) * 255).astype(np.uint8))
    assert not light.inverted and dark.inverted
    assert np.abs(light.image28 - dark.image28).max() < 0.02


def test_mnist_digits_survive_preprocessing() -> None:
    x, _ = mnist_test_digits(50)
    changes = []
    for digit in x:
        out = preprocess(digit).image28
        assert out is not None
        changes.append(float(np.abs(out - digit).mean()))
    # MNIST digits were prepared this way: most come out (almost) unchanged; a few move
    # by a pixel where their centre of mass rounds the other way
    assert np.median(changes) < 0.005
    assert np.mean(np.asarray(changes) < 0.01) >= 0.9


def test_hairline_strokes_are_thickened_like_mnist_strokes() -> None:
    thin = preprocess(draw_strokes(3, 240, 3.0))
    assert "thin strokes made thicker" in [name for name, _ in thin.steps]
    assert_mnist_like(thin.image28)
    assert 1.2 <= stroke_width(thin.image28) <= 3.0
    normal = preprocess(draw_strokes(3, 240, 20.0))
    assert "thin strokes made thicker" not in [name for name, _ in normal.steps]
    # the thickened hairline looks like the same digit drawn with a normal pen
    assert np.abs(thin.image28 - normal.image28).mean() < 0.08


def test_specks_of_dust_away_from_the_digit_are_left_out() -> None:
    clean = draw_strokes(6, 150, 14.0, canvas=400)
    dusty = clean.copy()
    dusty[5:8, 390:394] = 1.0
    dusty[380:382, 10:12] = 0.8
    a, b = preprocess(clean).image28, preprocess(dusty).image28
    assert np.abs(a - b).max() < 1e-6
    # a detached part that is a real share of the digit stays in
    two_bars = np.zeros((200, 200), np.float32)
    two_bars[20:40, 50:150] = 1.0
    two_bars[60:180, 90:110] = 1.0
    out = preprocess(two_bars).image28
    assert ink_box(out)[0] == 20  # the full height: both pieces


def test_ink_touching_the_border() -> None:
    canvas = np.zeros((100, 100), np.float32)
    canvas[:, 45:55] = 1.0  # a bar from top edge to bottom edge
    canvas[0, :] = 1.0  # and along the top edge
    assert_mnist_like(preprocess(canvas).image28)


def test_steps_are_named_and_end_with_the_input() -> None:
    pre = preprocess(draw_strokes(5, 200, 20.0))
    names = [name for name, _ in pre.steps]
    assert len(names) == 5 and all(isinstance(n, str) and n for n in names)
    assert pre.steps[-1][1] is pre.image28
    assert pre.steps[3][1].shape == (20, 20)
    assert all(img.dtype == np.float32 for _, img in pre.steps)


@pytest.mark.parametrize(
    "image",
    [
        np.zeros((280, 280), np.float32),
        np.ones((280, 280), np.float32),
        np.full((50, 50), 255, np.uint8),
        np.zeros((50, 50, 3), np.uint8),
        np.zeros((1, 1), np.float32),
        np.ones((1, 1), np.uint8),
        np.full((20, 30, 4), 255, np.uint8),
        np.full((40, 40), 0.5, np.float32) + np.random.default_rng(0).normal(0, 0.01, (40, 40)),
    ],
    ids=["black", "white", "white-u8", "black-rgb", "1x1", "1x1-u8", "white-rgba", "grey-noise"],
)
def test_nothing_drawn_is_empty_not_a_guess(image: np.ndarray) -> None:
    pre = preprocess(image)
    assert pre.empty and pre.image28 is None
    assert pre.steps  # the input is still shown


def test_one_pixel_of_ink_and_tiny_drawings() -> None:
    dot = np.zeros((280, 280), np.float32)
    dot[100, 200] = 1.0
    out = preprocess(dot).image28
    assert out is not None and out.max() == pytest.approx(1.0)
    cy, cx = centre_of_mass(out)
    assert abs(cy - 14) <= 1 and abs(cx - 14) <= 1
    tiny = np.zeros((3, 3), np.uint8)
    tiny[1, 1] = 255
    assert preprocess(tiny).image28 is not None


def test_huge_image_is_downsampled_first() -> None:
    big = np.full((10_000, 10_000), 255, np.uint8)
    big[2000:8000, 4500:5500] = 0  # a thick dark "1" on white paper
    big[2000:2600, 3500:5500] = 0
    pre = preprocess(big)
    assert pre.inverted
    assert_mnist_like(pre.image28)
    assert max(max(img.shape) for _, img in pre.steps) <= 1024


def test_sixteen_bit_rgb_rgba_and_bool_inputs() -> None:
    ink = draw_strokes(2, 200, 20.0)
    ref = preprocess(ink).image28
    u16 = ((1 - ink) * 65535).astype(np.uint16)
    rgb = np.repeat(((1 - ink) * 255).astype(np.uint8)[:, :, None], 3, axis=2)
    rgba = np.zeros((*ink.shape, 4), np.uint8)
    rgba[:, :, 3] = (ink * 255).astype(np.uint8)  # black ink on a transparent background
    white_ink_rgba = rgba.copy()
    white_ink_rgba[:, :, :3] = 255  # white ink on transparency: still ink
    for variant in (u16, rgb, rgba, white_ink_rgba, ink > 0.5, (ink * 255).astype(np.int32)):
        out = preprocess(variant).image28
        assert out is not None
        assert np.abs(out - ref).mean() < 0.03


def test_bad_arrays_are_refused_with_a_sentence() -> None:
    for bad in (np.zeros((0, 10)), np.zeros((4, 4, 5)), np.zeros(10)):
        with pytest.raises(UserError, match="image"):
            preprocess(bad)


@settings(max_examples=40, deadline=None)
@given(
    top=st.integers(0, 200),
    left=st.integers(0, 200),
    h=st.integers(1, 79),
    w=st.integers(1, 79),
    invert=st.booleans(),
)
def test_any_rectangle_of_ink_is_centred_and_fits(
    top: int, left: int, h: int, w: int, invert: bool
) -> None:
    canvas = np.zeros((280, 280), np.float32)
    canvas[top : top + h, left : left + w] = 1.0
    if invert:
        canvas = 1.0 - canvas
    out = preprocess(canvas).image28
    assert out is not None
    cy, cx = centre_of_mass(out)
    assert abs(cy - 14) <= 1.0 and abs(cx - 14) <= 1.0
    bh, bw = ink_box(out)
    assert max(bh, bw) <= 22


def test_load_image_file_reads_common_formats(tmp_path) -> None:
    ink = draw_strokes(8, 200, 20.0)
    grey = ((1 - ink) * 255).astype(np.uint8)
    Image.fromarray(grey).save(tmp_path / "a.png")
    Image.fromarray(grey).convert("RGB").save(tmp_path / "b.jpg")
    Image.fromarray(grey.astype(np.uint16) * 257).save(tmp_path / "c.png")
    Image.fromarray(grey).convert("P").save(tmp_path / "d.gif")
    ref = preprocess(ink).image28
    for name in ("a.png", "b.jpg", "c.png", "d.gif"):
        arr = load_image_file(tmp_path / name)
        out = preprocess(arr).image28
        assert out is not None, name
        assert np.abs(out - ref).mean() < 0.03, name


def test_load_image_file_bad_files_give_one_sentence(tmp_path) -> None:
    (tmp_path / "text.png").write_text("not an image")
    (tmp_path / "empty.png").write_bytes(b"")
    Image.new("L", (40, 40), 255).save(tmp_path / "ok.png")
    data = (tmp_path / "ok.png").read_bytes()
    (tmp_path / "cut.png").write_bytes(data[: len(data) // 2])
    cases = {
        "text.png": "not an image",
        "empty.png": "empty",
        "cut.png": "could not be decoded",
        "missing.png": "no such file",
        "": "folder",
    }
    for name, words in cases.items():
        with pytest.raises(UserError, match=words) as info:
            load_image_file(tmp_path / name)
        message = str(info.value)
        assert "\n" not in message and message.endswith(".")


@pytest.mark.parametrize("pen", [3, 25])
def test_the_grid_says_where_the_28x28_input_lies_on_the_drawing(pen):
    """A 28×28 map drawn over the input at ``grid`` covers the ink where the input has it."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (400, 300), 255)
    ImageDraw.Draw(img).line([(150, 60), (230, 240)], fill=0, width=pen)
    drawing = np.asarray(img)
    pre = preprocess(drawing)
    top, left, side = pre.grid
    # the brightest input pixel, mapped back to the drawing, lands on ink
    r, c = np.unravel_index(np.argmax(pre.image28), (28, 28))
    y = int(top + (r + 0.5) * side / 28)
    x = int(left + (c + 0.5) * side / 28)
    window = drawing[max(0, y - pen - 6) : y + pen + 6, max(0, x - pen - 6) : x + pen + 6]
    assert window.min() == 0, (y, x)
    # and the empty corners of the input map to paper
    y, x = int(top + 0.5 * side / 28), int(left + 0.5 * side / 28)
    if 0 <= y < 300 and 0 <= x < 400:
        assert drawing[y, x] == 255
