"""Finding the header row of a registration list, below any title rows people put above it."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from mornings_desktop.imports.mapping import header_score

# Title rows, a date or the association's name may stand above the header: it is looked for among
# the first rows that hold anything.
HEADER_SEARCH_ROWS = 15


def first_header(
    rows: Iterator[tuple[int, list[str]]],
) -> tuple[list[str], int, Iterator[tuple[int, list[str]]]]:
    """The header row, its line, and the rows after it.

    The header is the row, among the first non-empty ones, that names the most known fields (at
    least two): rows above it (a title, merged title cells, a date) are left out. With no such
    row, the first non-empty row is the header, as people usually make them.
    """
    seen: list[tuple[int, list[str]]] = []  # every row read so far, empty ones included
    filled: list[int] = []  # indexes in `seen` of the rows holding anything
    for line, cells in rows:
        seen.append((line, cells))
        if any(cells):
            filled.append(len(seen) - 1)
            if len(filled) >= HEADER_SEARCH_ROWS:
                break
    if not filled:
        return [], 0, iter(())
    best = max(filled, key=lambda i: (header_score(seen[i][1]), -i))
    if header_score(seen[best][1]) < 2:
        best = filled[0]
    line, cells = seen[best]
    while cells and not cells[-1]:
        cells.pop()
    return cells, line, itertools.chain(seen[best + 1 :], rows)
