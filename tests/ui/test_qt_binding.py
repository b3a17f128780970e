"""The Qt binding itself: slots must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 drops one reference to every value a slot returns (None,
True …) when the signal carries arguments, so a window dies with "bool_dealloc" after a
few thousand clicks; requirements/constraints.txt pins a release without the bug and this
test keeps it that way.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHECK = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QPushButton

    app = QApplication([])

    class Sender(QObject):
        value = Signal(int)

        def receive(self, x):
            return True

    sender = Sender()
    sender.value.connect(sender.receive)
    button = QPushButton()
    button.clicked.connect(lambda: None)
    none, true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(300):
        sender.value.emit(3)
        button.click()
    print(none - sys.getrefcount(None), true - sys.getrefcount(True))
    """
)


def test_slots_keep_reference_counts():
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    lost_none, lost_true = map(int, done.stdout.split())
    assert lost_none < 50 and lost_true < 50, (lost_none, lost_true)
