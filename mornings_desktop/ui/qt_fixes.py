"""A fix for PySide6 6.12: `SignalInstance.emit` returns `True` without owning a reference to it.

Each `signal.emit(...)` made from Python then takes one reference away from `True`, so a window
that emits often (every job the job runner finishes emits its `done` signal) brings the count of
`True` down to zero after some ten thousand emits and the interpreter aborts ("Fatal Python error:
bool_dealloc") — during a long session at the desk, or when a test process exits. `install`
measures whether this PySide6 loses the reference and, only then, wraps `emit` to give it back.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 16


class _Probe(QObject):
    fired = Signal()


def emit_loses_a_reference() -> bool:
    """Whether `emit` takes a reference away from the bool it returns (measured, not assumed)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:  # give back what the probe itself took
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= _PROBES


def install() -> bool:
    """Wrap `SignalInstance.emit` when this PySide6 needs it. Returns whether it was wrapped."""
    if getattr(SignalInstance.emit, "_mornings_fixed", False):
        return True
    if not emit_loses_a_reference():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))  # the reference emit forgot
        return result

    emit._mornings_fixed = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True


install()
