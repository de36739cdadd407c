"""How a pulled batch's verdicts are cut into the chunks applied one transaction at a time
(`pull._slicer`), read directly: each chunk gets the verdicts of exactly its rows, in row order,
whatever order the workers answered in; none is lost or given twice."""

from __future__ import annotations

from typing import Any

from mornings_desktop.sync import pull
from mornings_desktop.sync.admission import Checked


def test_each_chunk_gets_the_verdicts_of_its_rows_in_order() -> None:
    raws: list[dict[str, Any]] = [{"row": n} for n in range(7)]
    # Answered out of order; rows 2 and 5 are unsigned (no verdict).
    checked = Checked(
        passed=[("d6", raws[6], "op6"), ("d0", raws[0], "op0"), ("d3", raws[3], "op3")],  # type: ignore[list-item]
        refused=[("d4", raws[4], "bad"), ("d1", raws[1], "bad")],
        waiting=[("d4b", raws[4], "later")],
    )
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
