"""The walk-in form's directory search (services/directory_search.py) at 20,000 people.

- `directory_search_p95_20k`: every prefix of 300 queries (one letter included: the search
  answers nothing to it at once) (last names, both name orders, typos,
  Arabic names typed for Latin ones and back) over a real database of 20,000 people (a demo
  Morning of 20,000, `services.demo.create_demo`); 95th percentile per keystroke. Goal: 16 ms.
- `directory_index_build_20k`: reading and indexing the directory (done in a job, off the UI
  thread); information.
Run: `python -m benchmarks directory`, or `python benchmarks/bench_directory.py`.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def keystrokes(index: Any) -> list[str]:
    """Every prefix of 300 queries: names from the index in both orders, typos, Arabic names."""
    from mornings_desktop.services.demo import ARABIC_NAMES

    rng = random.Random(3)
    names = [h.name for h in index.search("al", 0)] + [h.name for h in index.search("ou", 0)]
    queries: list[str] = []
    for _ in range(300):
        kind = rng.random()
        if kind < 0.15:  # an Arabic name typed in the other script's letters
            first, last = rng.choice(ARABIC_NAMES)
            q = f"{first} {last}"
        else:
            words = rng.choice(names).split()
            q = " ".join(reversed(words)) if kind < 0.4 else " ".join(words)
            q = q.lower()
            if rng.random() < 0.3 and len(q) > 4:  # a typo: two letters swapped
                j = rng.randrange(len(q) - 1)
                q = q[:j] + q[j + 1] + q[j] + q[j + 2 :]
        queries.extend(q[:k] for k in range(1, len(q) + 1))
    return queries


def bench_directory(n: int = 20_000) -> list[dict[str, Any]]:
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.directory_search import DirectoryIndex
    from mornings_desktop.services.workspace import Workspace

    with tempfile.TemporaryDirectory() as folder:
        ws = Workspace.open(Path(folder) / "desk.sqlite3", "Accueil 1")
        try:
            create_demo(ws, attendees=n, seed=7, day="2026-10-08")
            start = time.perf_counter()
            index = DirectoryIndex.build(ws)
            build = time.perf_counter() - start
        finally:
            ws.close()
    people = len(index)
    queries = keystrokes(index)
    times = []
    for q in queries:
        start = time.perf_counter()
        index.search(q, 6)
        times.append((time.perf_counter() - start) * 1000)
    p95 = statistics.quantiles(times, n=100)[94]
    print(
        f"{len(times)} keystrokes, median {statistics.median(times):.2f} ms, max {max(times):.1f} ms"
    )
    return [
        {
            "name": f"directory_search_p95_{people // 1000}k",
            "value": p95,
            "unit": "ms",
            "baseline_name": "goal: 16 ms (one frame at 60 Hz)",
            "baseline_value": 16.0,
            "goal": "ratio <= 1.0",
        },
        {
            "name": f"directory_index_build_{people // 1000}k",
            "value": build,
            "unit": "s",
            "baseline_name": "none (information; in a job, off the UI thread)",
            "baseline_value": None,
            "goal": "",
        },
    ]


def run() -> list[dict[str, Any]]:
    return bench_directory()


if __name__ == "__main__":
    for result in bench_directory():
        print(result)
