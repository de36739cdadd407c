"""`verify_pool`'s check of a worker's answer, read directly (a wrong answer must stop the batch:
nothing of it is applied). A worker makes the whole check of each entry and answers
`(digest, status, reason)` for each digest sent, in order."""

from __future__ import annotations

from mornings_desktop.sync import verify_pool


def test_an_answer_is_one_verdict_per_digest_sent_in_order() -> None:
    sent = ["d1", "d2"]
    assert verify_pool._answers_for([("d1", "ok", ""), ("d2", "refused", "bad-signature")], sent)
    assert verify_pool._answers_for([("d1", "waiting", "unknown-certificate: c")], ["d1"])
    assert verify_pool._answers_for([], [])
    for wrong in (
        (("d1", "ok", ""), ("d2", "ok", "")),  # not a list
        [("d1", "ok", "")],  # one short
        [("d1", "ok", ""), ("d2", "ok", ""), ("d3", "ok", "")],  # one too many
        [("d2", "ok", ""), ("d1", "ok", "")],  # other order
        [("d1", "ok", ""), ["d2", "ok", ""]],  # not a tuple
        [("d1", "ok", ""), ("d2", "ok")],  # two items
        [("d1", "ok", ""), ("d2", "ok", "", "x")],  # four items
        [("d1", "ok", ""), ("d2", "admitted", "")],  # no such status
        [("d1", "ok", ""), ("d2", "ok", None)],  # a reason is text
        [("d1", "ok", ""), ("d2", True, "")],
    ):
        assert not verify_pool._answers_for(wrong, sent), wrong
