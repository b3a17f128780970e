"""The window at classroom screen sizes: nothing overlaps, panels keep their widths."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QApplication, QWidget

SIZES = [(1024, 640), (1366, 700), (1920, 1080)]


def laid_out_children(widget: QWidget) -> list[QWidget]:
    """The visible widgets a layout of ``widget`` places (not free-floating internals)."""
    layout = widget.layout()
    if layout is None:
        return []
    out = []
    for child in widget.findChildren(QWidget, options=_direct()):
        if child.isVisible() and not child.isWindow() and layout.indexOf(child) >= 0:
            out.append(child)
    return [c for c in out if _in_layout(layout, c)]


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _in_layout(layout, child) -> bool:
    return layout.indexOf(child) >= 0


def overlaps(root: QWidget) -> list[str]:
    """Pairs of sibling widgets placed by the same layout whose rectangles intersect."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        children = laid_out_children(widget)
        for a, b in itertools.combinations(children, 2):
            common = a.geometry().intersected(b.geometry())
            if common.width() > 1 and common.height() > 1:
                found.append(
                    f"{type(widget).__name__}: {type(a).__name__} {a.objectName()!r} "
                    f"{a.geometry().getRect()} × {type(b).__name__} {b.objectName()!r} "
                    f"{b.geometry().getRect()}"
                )
    return found


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_widget_overlaps_another_at_classroom_sizes(window, size):
    window.resize(*size)
    window.layout_.arrange(size[0])
    settle()
    problems = []
    for key, dock in window.docks.items():
        dock.raise_()
        settle()
        if dock.isVisible():
            problems += [f"{key}: {p}" for p in overlaps(dock)]
    assert not problems, "\n".join(problems[:10])


def test_presentation_mode_zooms_text_and_comes_back(window):
    base = QApplication.font().pointSizeF()
    try:
        window.layout_.set_presenting(True)
        settle()
        assert window.layout_.presenting and QApplication.font().pointSizeF() >= 2 * base - 0.01
        assert window.menu_actions["presentation"].isChecked()
        assert not overlaps(window.docks["draw"])
    finally:
        window.layout_.set_presenting(False)
        settle()
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    window.layout_.zoom_in()
    assert QApplication.font().pointSizeF() > base
    window.layout_.reset_zoom()
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_panel_widths_stay_put_while_hovering_maps_and_changing_tabs(window):
    window.resize(1366, 700)
    window.layout_.arrange(1366)
    settle()
    widths = {k: d.width() for k, d in window.docks.items() if d.isVisible()}
    window.features.info.setText(
        "conv2d_0 channel 17 at row 12, column 19: 0.4187 — a long read-out " * 3
    )
    for key in ("training", "evaluation", "look", "builder"):
        window.docks[key].raise_()
        settle()
    window.draw._seen.toggle.setChecked(True)
    settle()
    after = {k: window.docks[k].width() for k in widths if window.docks[k].isVisible()}
    assert after == {k: widths[k] for k in after}
    window.reset_layout()
    settle()
    assert {k: window.docks[k].width() for k in after} == {k: widths[k] for k in after}


def test_the_overlap_check_sees_a_squeezed_layout(qtbot):
    """The check itself: two panels squeezed below their minimum height do overlap."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    parent = QWidget()
    qtbot.addWidget(parent)
    layout = QVBoxLayout(parent)
    for name in ("top", "bottom"):
        label = QLabel(name)
        label.setObjectName(name)
        label.setMinimumHeight(200)
        layout.addWidget(label)
    parent.setMinimumSize(0, 0)
    layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    parent.show()
    parent.resize(100, 150)
    settle()
    assert overlaps(parent)
    parent.resize(100, 500)
    settle()
    assert not overlaps(parent)


def test_feature_map_titles_follow_the_zoom(window):
    from cnngui.core.model.keras_build import build_model
    from cnngui.core.model.presets import get_preset

    window.features.set_model(build_model(get_preset("fast")))
    settle()
    try:
        window.layout_.set_zoom(2.0)
        assert window.features._rows and all(
            r.label.opts.get("size") == "18pt" for r in window.features._rows
        )
        zoomed = [r.view.maximumHeight() for r in window.features._rows]
        settle()  # the font change reaches the widgets as an event
        seen_zoomed = window.draw._seen.input_label.maximumWidth()
    finally:
        window.layout_.reset_zoom()
    assert all(r.label.opts.get("size") == "9pt" for r in window.features._rows)
    # on a projector the maps grow with the text: every row's view twice as high
    normal = [r.view.maximumHeight() for r in window.features._rows]
    assert zoomed == [2 * h for h in normal]
    # and so does "what the network sees"
    settle()
    assert seen_zoomed == 2 * window.draw._seen.input_label.maximumWidth() == 224


def test_the_drawing_panel_fits_small_screens_and_its_canvas_grows(window):
    """At 1024×640 the drawing panel needs no scroll bar; a larger window, a larger canvas."""
    sides = []
    for size in [(1024, 640), (1366, 700)]:
        window.resize(*size)
        window.layout_.arrange(size[0])
        settle()
        scroll = window.docks["draw"].widget()
        assert scroll.widget().height() <= scroll.viewport().height(), size
        assert not scroll.verticalScrollBar().isVisible(), size
        canvas = window.draw.canvas
        sides.append(min(canvas.width(), canvas.height()))
        assert not overlaps(window.docks["draw"]), size
    assert sides[0] >= 200 and sides[1] > sides[0]
