"""SteadyText: a text that changes on every pen move without re-laying out its panel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from cnngui.ui.steady_text import SteadyText


class _LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _make_panel(qtbot, text: SteadyText) -> tuple[QWidget, _LayoutRequests]:
    panel = QWidget()
    qtbot.addWidget(panel)
    QVBoxLayout(panel).addWidget(text)
    panel.resize(200, 120)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    requests = _LayoutRequests()
    panel.installEventFilter(requests)
    return panel, requests


def test_a_new_text_of_the_same_size_lays_nothing_out(qtbot) -> None:
    text = SteadyText("97% sure", wrap=True, reserve="not sure — only 00%")
    _panel, requests = _make_panel(qtbot, text)
    for pct in range(40, 100, 7):
        text.setText(f"{pct}% sure")
        QApplication.processEvents()
    text.setText("not sure — only 42%")  # the reserved text: no new size either
    QApplication.processEvents()
    assert requests.count == 0 and text.text() == "not sure — only 42%"


def test_a_text_that_needs_more_room_asks_for_it(qtbot) -> None:
    text = SteadyText("7", wrap=True)
    _panel, requests = _make_panel(qtbot, text)
    one_line = text.sizeHint().height()
    text.setText("a much longer sentence that cannot fit on one line of this narrow panel")
    QApplication.processEvents()
    assert requests.count >= 1 and text.sizeHint().height() > one_line
    assert text.accessibleName().startswith("a much longer")
