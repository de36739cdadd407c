"""The check-and-apply loop (`pipeline.checked_batches`), read directly: two batches are read and
their checks started ahead of the one handed out, every batch comes out once, in order."""

from __future__ import annotations

from collections.abc import Iterator

from mornings_desktop.sync import pipeline
from mornings_desktop.sync.verify_pool import VerifyPool


def test_two_batches_are_read_ahead_of_the_one_handed_out() -> None:
    read: list[int] = []

    def batches() -> Iterator[list[dict[str, str]]]:
        for n in range(5):
            read.append(n)
            yield [{"op_id": f"op-{n}"}]  # unsigned: nothing for the workers

    with VerifyPool() as pool:
        out = pipeline.checked_batches(
            batches(), lambda b: b, lambda *_: None, lambda _: set(), pool
        )
        first, checked = next(out)
        assert first == [{"op_id": "op-0"}] and read == [0, 1, 2]
        assert (checked.passed, checked.refused, checked.waiting) == ([], [], [])
        rest = [batch[0]["op_id"] for batch, _ in out]
    assert rest == ["op-1", "op-2", "op-3", "op-4"]
