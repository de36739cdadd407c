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


def test_the_share_moves_only_past_its_two_thresholds() -> None:
    """More checked here after a wait over 2 ms, less after one under 0.2 ms, the same between
    (both thresholds included), by 0.05 a batch."""
    pool = verify_pool.VerifyPool(1)
    assert pool.share == 0.0
    pool.adapt(0.002)  # exactly the threshold: not behind
    assert pool.share == 0.0
    pool.adapt(0.0021)
    assert pool.share == 0.05
    for between in (0.0002, 0.001, 0.002):
        pool.adapt(between)
        assert pool.share == 0.05, between
    pool.adapt(0.00019)
    assert pool.share == 0.0


def test_the_workers_start_from_the_first_batch_of_start_from_checks() -> None:
    """Below `start_from` a batch is checked here and no worker starts; a batch of exactly
    `start_from` starts them (it is still checked here, while they boot)."""
    items = [(f"d{i}", b"{}", b"sig", None) for i in range(3)]
    with verify_pool.VerifyPool(1, start_from=3) as pool:
        small = pool.submit({}, items[:2]).result()
        assert set(small) == {"d0", "d1"} and pool.pids == []
        assert set(pool.submit({}, items).result()) == {"d0", "d1", "d2"}
        assert len(pool.pids) == 1
