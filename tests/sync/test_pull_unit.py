"""The pull's chunks, read directly: how a pulled batch's verdicts are cut into them
(`pull._slicer`: each chunk gets the verdicts of exactly its rows, in row order, whatever order
the workers answered in; none is lost or given twice), and how large the next one is
(`pull.chunk_size`)."""

from __future__ import annotations

from typing import Any

from mornings_desktop.sync import pull
from mornings_desktop.sync.admission import Checked


def test_each_chunk_gets_the_verdicts_of_its_rows_in_order() -> None:
    raws: list[dict[str, Any]] = [{"row": n} for n in range(7)]
    # Answered out of order; rows 2 and 5 are unsigned (no verdict).
    # Digests in another order than their rows: only the row decides.
    checked = Checked(
        passed=[("d6", raws[6], "op6"), ("d0", raws[0], "op0"), ("d3", raws[3], "op3")],  # type: ignore[list-item]
        refused=[("d4", raws[4], "bad"), ("d1", raws[1], "bad")],
        waiting=[("d4b", raws[4], "later")],
    )
    reverse = Checked(
        passed=[("a6", raws[6], "op6"), ("b3", raws[3], "op3"), ("c0", raws[0], "op0")],  # type: ignore[list-item]
        refused=[],
        waiting=[],
    )
    assert [d for d, _, _ in pull._slicer(reverse, raws)(0, 7).passed] == ["c0", "b3", "a6"]
    cut = pull._slicer(checked, raws)

    def rows(part: Checked) -> tuple[list[int], list[int], list[int]]:
        return (
            [item[1]["row"] for item in part.passed],
            [item[1]["row"] for item in part.refused],
            [item[1]["row"] for item in part.waiting],
        )

    assert rows(cut(0, 7)) == ([0, 3, 6], [1, 4], [4])
    assert rows(cut(0, 1)) == ([0], [], [])
    assert rows(cut(1, 4)) == ([3], [1], [])
    assert rows(cut(4, 6)) == ([], [4], [4])
    assert rows(cut(6, 7)) == ([6], [], [])
    assert rows(cut(2, 3)) == ([], [], [])
    assert rows(cut(7, 7)) == ([], [], [])
    assert [d for d, _, _ in cut(0, 4).passed] == ["d0", "d3"]
    # Chunks that tile the batch give every verdict once.
    parts = [cut(a, b) for a, b in ((0, 2), (2, 5), (5, 7))]
    assert sorted(d for p in parts for d, _, _ in p.passed + p.refused + p.waiting) == sorted(
        ["d0", "d1", "d3", "d4", "d4b", "d6"]
    )


def test_a_slow_chunk_makes_the_next_one_smaller() -> None:
    """Chunks aim at CHUNK_TARGET_S each: a loaded machine applies fewer per transaction."""
    target, most, least = pull.CHUNK_TARGET_S, pull.MAX_CHUNK, pull.MIN_CHUNK
    assert pull.chunk_size(100, target, 100) == 100  # on pace: the same again
    assert pull.chunk_size(100, target * 2, 100) == 50  # twice too slow: half
    assert pull.chunk_size(60, target / 10, 60) == 120  # fast: at most twice the last
    assert pull.chunk_size(most, target / 10, most) == most  # and never above MAX_CHUNK
    assert pull.chunk_size(100, target * 1000, 100) == least  # very slow: never below MIN_CHUNK
    assert pull.chunk_size(60, 0.0, 60) == 120
    # A batch's short tail (3 operations of 400 planned) says nothing of the pace: same size.
    assert pull.chunk_size(3, target, 400) == 400
    assert pull.chunk_size(199, target, 400) == 400
    # Half of it or more: its pace counts.
    assert pull.chunk_size(200, target, 400) == 200


def test_a_chunk_aims_at_40_ms_and_holds_20_to_200_operations() -> None:
    """The figures themselves: a scan waits for one chunk, about 40 ms of work; never more than
    200 operations in one (a starved child held the lock for seconds), never under 20 (a COMMIT
    costs an fsync)."""
    assert pull.chunk_size(200, 0.08) == 100  # 200 in 80 ms: 100 fit in 40 ms
    assert pull.chunk_size(200, 0.001) == 200  # fast: still 200 at most
    assert pull.chunk_size(200, 10.0) == 20  # very slow: 20 at least
