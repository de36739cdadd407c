"""`verify_pool`'s check of a worker's answer, read directly (a wrong answer must stop the batch:
nothing of it is applied)."""

from __future__ import annotations

from mornings_desktop.sync import verify_pool


def test_an_answer_is_one_verdict_per_digest_sent_in_order() -> None:
    sent = ["d1", "d2"]
    assert verify_pool._answers_for([("d1", 0), ("d2", -1)], sent)
    assert verify_pool._answers_for([], [])
    for wrong in (
        (("d1", 0), ("d2", 1)),  # not a list
        [("d1", 0)],  # one short
        [("d1", 0), ("d2", 1), ("d3", 1)],  # one too many
        [("d2", 0), ("d1", 1)],  # other order
        [("d1", 0), ["d2", 1]],  # not a pair
        [("d1", 0), ("d2", 1, 2)],  # three items
        [("d1", 0), ("d2", True)],  # a bool is not a key index
        [("d1", 0), ("d2", "1")],
    ):
        assert not verify_pool._answers_for(wrong, sent), wrong
