"""Guards against a Qt binding that miscounts references (PySide6 6.12.0 on Python 3.11):
each call there took one reference from None, True or False, and a long session then crashed."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Relay(QObject):
    said = Signal(int, int, str)


def test_qt_calls_keep_none_true_and_false_alive(qapp):
    label = QLabel()
    relay = _Relay()
    relay.said.connect(lambda *args: None)
    before = [sys.getrefcount(value) for value in (None, True, False)]
    for _ in range(2000):
        label.setText("Ynys Môn")
        qapp.processEvents()
        relay.said.emit(1, 2, "x")
    after = [sys.getrefcount(value) for value in (None, True, False)]
    # Other code may hold a few more or fewer; thousands fewer is the binding's fault.
    assert all(now > then - 500 for then, now in zip(before, after)), (before, after)
