"""Keeps None, True and False alive under a Qt binding that gives them back without a reference.

PySide6 6.12.0 (the abi3 wheels) returns None from every void Qt call, and True from every
`Signal.emit`, without taking a reference of its own: on Python 3.12 and later these objects are
immortal and nothing happens, but on Python 3.11 each call takes one reference that someone else
holds. After enough calls (a few thousand `emit`s, a few thousand `setText`s) the interpreter
frees the object and aborts: "Fatal Python error: none_dealloc" in the middle of a Morning, or
"bool_dealloc" at exit (a GUI test file run alone ended with exit status 134 after its tests
passed). PySide6 6.11 does not do this; `pyproject.toml` keeps Python 3.11 on it.

Where the installed binding does drop references (measured once here, not read off a version
number), `protect()` gives the three objects the spare references Python 3.12 gives them by
making them immortal, so the lost ones never reach zero. It changes nothing on a sound binding,
nor on Python 3.12+. tests/gui/test_qt_refcounts.py checks both the crash and the measurement.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

PROBE_CALLS = 32
# Far more than a program can drop in its lifetime (2**40 void calls), far from overflowing.
SPARE = 1 << 40


class _Probe(QObject):
    ping = Signal()


def binding_drops_references() -> bool:
    """True when void Qt calls or `Signal.emit` leave None or True with fewer references."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("")
        probe.ping.emit()
    none_lost = none_before - sys.getrefcount(None)
    true_lost = true_before - sys.getrefcount(True)
    return max(none_lost, true_lost) >= PROBE_CALLS // 2


def _counts_references() -> bool:
    """Python before 3.12 counts references to None, True and False (3.12 made them immortal)."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def protected() -> bool:
    return _counts_references() and sys.getrefcount(None) > SPARE // 2


def protect() -> None:
    """Give None, True and False spare references if this binding drops them (once)."""
    if not _counts_references() or protected() or not binding_drops_references():
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += SPARE
