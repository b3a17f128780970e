"""Fixtures for the window tests: private settings, a ready window, tiny data, thread checks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThread


@pytest.fixture(autouse=True)
def no_dangling_qthreads(monkeypatch):
    """Fail a test that leaves a QThread running (napari's check): every run must end."""
    started: list[QThread] = []
    original = QThread.start

    def start(self, *args, **kwargs):
        started.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(QThread, "start", start)
    yield started
    running = [t for t in started if t.isRunning() and not t.wait(1000)]
    assert not running, f"{len(running)} QThread(s) still running after the test"


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """Modal questions would wait forever offscreen: unsaved work is discarded, no restore.

    Tests of the questions themselves set their own answers over these.
    """
    from cnngui.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self: "discard")
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, description: False)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    """A settings file of the test's own: tests never touch the user's settings."""
    QCoreApplication.setOrganizationName("cnngui-tests")
    QCoreApplication.setApplicationName("cnngui-tests")
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    from cnngui.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.finish_setup()
    yield win
    win.close()


@pytest.fixture(scope="session")
def tiny_data():
    """400 training and 400 test MNIST digits: enough to see curves move, fast to train."""
    from cnngui.core.datasets import load_dataset

    return load_dataset("mnist", limit=400)


@pytest.fixture
def korean(qapp):
    """The application in Korean for one test, back in English afterwards."""
    font = qapp.font()
    from cnngui.ui import i18n

    assert i18n.install_translator(qapp, "ko") == "ko"
    yield qapp
    i18n.install_translator(qapp, "en")
    qapp.setFont(font)
