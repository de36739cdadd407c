"""People benchmarks: import of a 10,000-row .xlsx beside pandas reading it; search p95.

- `import_10k_xlsx`: the whole import (read, map, match against the directory, write in one
  transaction) of a Google-Forms-shaped workbook of 10,000 rows into a fresh database, beside
  `pandas.read_excel` of the same file alone (openpyxl engine, pandas' default). Goal: ratio <= 1.
- `search_p95_20k`: search-as-you-type over 20,000 registrations, every prefix of 300 queries
  (names in both orders, organisations, phones, typos); 95th percentile. Goal: under 16 ms.
Run: `python -m benchmarks` (all), or `python benchmarks/bench_people.py`.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _people(n: int, seed: int = 1) -> list[tuple[str, str, str, str, str]]:
    from mornings_desktop.services.demo import ARABIC_NAMES, COMPANIES, FIRST_NAMES, LAST_NAMES

    rng = random.Random(seed)
    out = []
    for i in range(n):
        if rng.random() < 0.08:
            first, last = rng.choice(ARABIC_NAMES)
        else:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        email = f"{first[:1].lower()}.{last.lower().replace(' ', '')}{i}@example.ma"
        if not email.isascii():
            email = f"p{i}@example.ma"
        out.append((first, last, rng.choice(COMPANIES), email, f"06{(i * 7919) % 10**8:08d}"))
    return out


def make_xlsx(path: Path, n: int) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    sheet = wb.create_sheet("Réponses au formulaire 1")
    sheet.append(["Horodateur", "Adresse e-mail", "Nom", "Prénom", "Société", "Téléphone",
                  "Fonction", "Catégorie"])  # fmt: skip
    for i, (first, last, org, email, phone) in enumerate(_people(n)):
        sheet.append([datetime(2026, 11, 1 + i % 28, 9, i % 60), email, last, first, org, phone,
                      "Directeur", "Membre" if i % 3 else "Invité"])  # fmt: skip
    wb.save(path)
    return path


def bench_import(n: int = 10_000) -> list[dict[str, Any]]:
    import pandas as pd

    from mornings_desktop.imports.registration_import import import_file
    from mornings_desktop.services import categories, mornings
    from mornings_desktop.services.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="bench_people"))
    os.environ.setdefault("MORNINGS_DATA_DIR", str(folder))
    path = make_xlsx(folder / "inscriptions.xlsx", n)
    pandas_times, ours = [], []
    for attempt in range(2):
        start = time.perf_counter()
        frame = pd.read_excel(path, engine="openpyxl")
        pandas_times.append(time.perf_counter() - start)
        assert len(frame) == n
        ws = Workspace.open(folder / f"desk{attempt}.sqlite3", "Bench")
        categories.ensure_defaults(ws)
        morning = mornings.create(ws, mornings.MorningInput(title="Bench", date="2026-12-10"))
        start = time.perf_counter()
        report = import_file(ws, morning, path)
        ours.append(time.perf_counter() - start)
        assert report.created == n, report.created
        ws.close()
    return [
        {
            "name": "import_10k_xlsx",
            "value": min(ours),
            "unit": "s",
            "baseline_name": "pandas.read_excel (openpyxl), reading only",
            "baseline_value": min(pandas_times),
            "goal": "ratio <= 1.0",
        }
    ]


def _rows(n: int) -> list[Any]:
    from mornings_desktop.services.registrations import RegistrationRow

    cats = ["member", "guest", "press", "sponsor", "partner", "staff", "vip", "speaker"]
    return [
        RegistrationRow(
            id=str(i),
            person_id=str(i),
            name=f"{first} {last}",
            first_name=first,
            last_name=last,
            organisation=org,
            email=email,
            phone=phone,
            category=cats[i % 8],
            code=f"C{i:013d}",
        )
        for i, (first, last, org, email, phone) in enumerate(_people(n, seed=2))
    ]


def bench_search(n: int = 20_000) -> list[dict[str, Any]]:
    from mornings_desktop.services.search import PeopleIndex

    rows = _rows(n)
    start = time.perf_counter()
    index = PeopleIndex.from_rows(None, "bench", rows)  # type: ignore[arg-type]
    build = time.perf_counter() - start
    rng = random.Random(3)
    queries: list[str] = []
    for _ in range(300):
        r = rows[rng.randrange(n)]
        q = rng.choice(
            [r.last_name, f"{r.first_name} {r.last_name}", f"{r.last_name} {r.first_name}",
             r.organisation.split()[0], r.phone[:7]]
        ).lower()  # fmt: skip
        if rng.random() < 0.3 and len(q) > 4:  # a typo: two letters swapped
            j = rng.randrange(len(q) - 1)
            q = q[:j] + q[j + 1] + q[j] + q[j + 2 :]
        queries.extend(q[:k] for k in range(1, len(q) + 1))
    times = []
    for q in queries:
        start = time.perf_counter()
        index.search(q)
        times.append((time.perf_counter() - start) * 1000)
    p95 = statistics.quantiles(times, n=100)[94]
    return [
        {
            "name": f"search_p95_{n // 1000}k",
            "value": p95,
            "unit": "ms",
            "baseline_name": "goal: 16 ms (one frame at 60 Hz)",
            "baseline_value": 16.0,
            "goal": "ratio <= 1.0",
        },
        {
            "name": f"search_index_build_{n // 1000}k",
            "value": build,
            "unit": "s",
            "baseline_name": "none (information)",
            "baseline_value": None,
            "goal": "",
        },
    ]


def bench_table(n: int = 20_000) -> list[dict[str, Any]]:
    """The registrations table model with `n` rows: filter by category, then search."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mornings_desktop.services.categories import DEFAULTS, CategoryInfo
    from mornings_desktop.services.search import PeopleIndex
    from mornings_desktop.ui.people.model import RegistrationsModel

    app = QApplication.instance() or QApplication([])
    rows = _rows(n)
    cats = [CategoryInfo(k, fr, en, c, i) for i, (k, fr, en, c) in enumerate(DEFAULTS)]
    model = RegistrationsModel()
    index = PeopleIndex.from_rows(None, "bench", rows)  # type: ignore[arg-type]
    model.set_rows(rows, cats, index)
    times = []
    for category in ("member", "guest", "", "press", ""):
        start = time.perf_counter()
        model.set_filter(category=category)
        times.append((time.perf_counter() - start) * 1000)
    for query in ("b", "be", "ben", "benn", "bennani", ""):
        start = time.perf_counter()
        model.set_filter(query=query)
        times.append((time.perf_counter() - start) * 1000)
    del app
    return [
        {
            "name": f"table_filter_max_{n // 1000}k",
            "value": max(times),
            "unit": "ms",
            "baseline_name": "goal: 100 ms (feels immediate)",
            "baseline_value": 100.0,
            "goal": "ratio <= 1.0",
        }
    ]


def run() -> list[dict[str, Any]]:
    return bench_search() + bench_table() + bench_import()


if __name__ == "__main__":
    for result in run():
        base = result["baseline_value"]
        ratio = f"  ratio {result['value'] / base:.2f}" if base else ""
        print(f"{result['name']}: {result['value']:.4g} {result['unit']} "
              f"(baseline {result['baseline_name']}: {base}){ratio}")  # fmt: skip
