"""A child's failure crossing the pipe (`round_process._portable`, `_rebuilt`): a desk error by its
class and sentence, its values made plain; one whose class set no values still crosses, with none;
anything else as its text."""

from __future__ import annotations

import multiprocessing
import time

from mornings_desktop.errors import UserError
from mornings_desktop.sync import round_process
from mornings_desktop.sync.hub_schema import HubError


class Bare(UserError):
    """An error class whose own `__init__` skips `UserError`'s (no template, no values)."""

    def __init__(self, text: str) -> None:
        Exception.__init__(self, text)


def test_a_desk_error_crosses_with_its_class_its_sentence_and_plain_values() -> None:
    sent = round_process._portable(HubError("Cannot reach {host}: {why}", host="hub", why=3))
    assert sent == (
        "mornings_desktop.sync.hub_errors:HubError",
        "Cannot reach {host}: {why}",
        {"host": "hub", "why": 3},
    )
    back = round_process._rebuilt(sent)
    assert isinstance(back, HubError) and str(back) == "Cannot reach hub: 3"


def test_a_desk_error_without_values_crosses_with_none() -> None:
    name, text, params = round_process._portable(Bare("The hub is busy."))
    assert name.endswith(":Bare") and text == "The hub is busy." and params == {}


def test_any_other_failure_crosses_as_its_text() -> None:
    assert round_process._portable(ValueError("bad")) == ("", "ValueError: bad", {})


def _ended() -> None:
    """A child that has ended (the round's child, killed just after it answered)."""


def test_a_child_that_answered_then_died_while_cancelled_is_dropped() -> None:
    """Cancel pressed just after the child sent its last answer, and the child then dies: the
    answer is read, and the dead child is not kept for the next round (the window's round test
    saw this race under load: 1 run in ~10)."""
    context = multiprocessing.get_context("spawn")
    child = context.Process(target=_ended, daemon=True)
    child.start()
    child.join(30)
    parent_end, child_end = context.Pipe(duplex=True)
    child_end.send(("done", None))
    worker = round_process.RoundProcess.__new__(round_process.RoundProcess)
    worker._proc, worker._conn = child, parent_end
    worker._cancel(parent_end, 1)
    assert worker._proc is None and worker._conn is None
    child_end.close()


def test_a_living_child_that_answered_a_cancel_is_kept() -> None:
    context = multiprocessing.get_context("spawn")
    parent_end, child_end = context.Pipe(duplex=True)
    child_end.send(("done", None))
    alive = context.Process(target=time.sleep, args=(30,), daemon=True)
    alive.start()
    try:
        worker = round_process.RoundProcess.__new__(round_process.RoundProcess)
        worker._proc, worker._conn = alive, parent_end
        worker._cancel(parent_end, 1)
        assert worker._proc is alive and worker._conn is parent_end  # the next round uses it
    finally:
        alive.kill()
        alive.join(10)
        parent_end.close()
        child_end.close()
