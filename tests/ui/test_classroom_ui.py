"""The classroom panels offscreen: collect, gallery, dataset choices and locks, evaluation
chooser, assignment panel, hand-in and the leaderboard (pytest-qt, tiny synthetic data)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from cnngui.core.classroom.drawings import DrawingStore
from cnngui.core.classroom.synthetic import synthetic_drawings


@pytest.fixture
def store(tmp_path):
    return DrawingStore(tmp_path / "drawings.jsonl")


@pytest.fixture
def filled_store(store):
    for strokes, label in synthetic_drawings(3, seed=1):
        store.add(strokes, label)
    return store


def draw_seven(canvas):
    """A 7 drawn with the pen (the canvas's own input path)."""
    side = min(canvas.width(), canvas.height())
    pts = [(0.25, 0.25), (0.75, 0.25), (0.45, 0.8)]
    canvas._begin(QPointF(pts[0][0] * side, pts[0][1] * side))
    for x, y in pts[1:]:
        canvas._extend(QPointF(x * side, y * side))
    canvas._end()


def test_collect_keeps_with_enter_and_skips_with_esc(qtbot, store):
    from cnngui.ui.draw_panel import DrawPanel

    panel = DrawPanel()
    qtbot.addWidget(panel)
    panel.store = store
    panel.show()
    kept = []
    panel.drawing_kept.connect(kept.append)
    panel.collect_button.click()
    assert panel.is_collecting() and panel.collect_bar.isVisible()
    panel.collect_bar.choose_label(7)
    draw_seven(panel.canvas)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Return)
    assert len(store) == 1 and store.counts()[7] == 1 and len(kept) == 1
    assert panel.canvas.is_empty()
    assert "1 drawings kept" in panel.collect_bar.count.text()
    stored = kept[0]
    assert stored.strokes and stored.image.shape == (28, 28) and stored.image.max() > 0
    # an empty canvas is refused in one sentence, nothing stored
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Return)
    assert len(store) == 1 and "empty" in panel.collect_bar.message.text()
    # prompt me: asks for 0, 1, … and Esc moves on without storing
    panel.collect_bar.rounds.setValue(2)
    panel.collect_bar.choose_label(-1)
    assert panel.collect_bar.prompt.text() == "Draw a 0 (1 of 20)"
    draw_seven(panel.canvas)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Escape)
    assert len(store) == 1 and panel.canvas.is_empty()
    assert panel.collect_bar.prompt.text() == "Draw a 1 (2 of 20)"
    draw_seven(panel.canvas)
    panel.collect_bar.keep_button.click()
    assert store.counts()[1] == 1
    assert panel.collect_bar.prompt.text() == "Draw a 2 (3 of 20)"
    # leaving Collect mode: Esc clears again, nothing stored
    panel.collect_button.click()
    draw_seven(panel.canvas)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Return)
    assert len(store) == 2
    for w in panel.collect_bar.findChildren(type(panel.collect_button)):
        assert w.toolTip()
