"""Import into a large directory (issue 15, the same-name rule): 1,000 rows into a directory of
15,000 people beside the same 1,000 rows into an empty database.

The directory is built once per schema revision (15,000 people registered for an earlier
Morning, by an import of their list; names drawn from the demo's first and last names, so most
rows of the new file have namesakes in it) and kept in `~/.cache/mornings-bench`
(`bigdb.cache_dir`); each run imports into a throw-away copy. The file's rows are other people
(other e-mails and phones) with the same kinds of names: every row asks the same-name rule.
Goal: ratio <= 1.3 (the directory's size barely shows), in wall-clock and in CPU time (the
latter does not count waiting for a CPU shared with other work). Figures only: tests never time
anything.
Run: `python -m benchmarks import_directory`, or `python benchmarks/bench_import_directory.py`.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import bigdb  # noqa: E402

DIRECTORY = 15_000
ROWS = 1_000


def _write_list(path: Path, count: int, seed: int) -> Path:
    from benchmarks.bench_people import _people

    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["Nom", "Prénom", "Société", "E-mail", "Téléphone"])
        for i, (first, last, org, email, _phone) in enumerate(_people(count, seed=seed)):
            writer.writerow(
                [last, first, org, f"s{seed}-{email}", f"07{(i * 7919 + seed) % 10**8:08d}"]
            )
    return path


def directory_db(count: int = DIRECTORY) -> Path:
    """A database whose directory holds `count` people (built once per schema revision)."""
    from mornings_desktop.imports.registration_import import import_file
    from mornings_desktop.services import categories, mornings
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.store.migrate import HEAD_REVISION

    path = bigdb.cache_dir() / f"directory-{count}-{HEAD_REVISION}.sqlite3"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    print(f"building {path.name} (once)…", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="bench_directory") as folder:
        source = _write_list(Path(folder) / "annuaire.csv", count, seed=3)
        ws = Workspace.open(partial, "Bench", backup_on_migrate=False)
        try:
            categories.ensure_defaults(ws)
            earlier = mornings.create(ws, mornings.MorningInput(title="Avant", date="2026-11-12"))
            report = import_file(ws, earlier, source)
            assert report.created == count, report
        finally:
            ws.close()
    with closing(sqlite3.connect(partial)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial.replace(path)
    return path


def bench_import_into_directory(rows: int = ROWS, runs: int = 3) -> list[dict[str, Any]]:
    from mornings_desktop.imports.registration_import import import_file
    from mornings_desktop.services import categories, mornings
    from mornings_desktop.services.workspace import Workspace

    big = directory_db()
    people = bigdb.counts(big)["people"]
    folder = Path(tempfile.mkdtemp(prefix="bench_import_directory"))
    os.environ.setdefault("MORNINGS_DATA_DIR", str(folder))
    sheet = _write_list(folder / "inscriptions.csv", rows, seed=11)
    times: dict[str, list[float]] = {"big": [], "empty": []}
    cpu: dict[str, list[float]] = {"big": [], "empty": []}
    for attempt in range(runs):
        for key in ("empty", "big"):  # interleaved: the machine's load falls on both alike
            if key == "big":
                path = bigdb.copy_of(big, folder, f"big{attempt}.sqlite3")
            else:
                path = folder / f"empty{attempt}.sqlite3"
            ws = Workspace.open(path, "Bench", backup_on_migrate=False)
            try:
                categories.ensure_defaults(ws)
                morning = mornings.create(
                    ws, mornings.MorningInput(title="Import", date="2027-01-14")
                )
                start, start_cpu = time.perf_counter(), time.process_time()
                report = import_file(ws, morning, sheet)
                times[key].append(time.perf_counter() - start)
                cpu[key].append(time.process_time() - start_cpu)
                assert report.created == rows, report
            finally:
                ws.close()
            path.unlink()
    return [
        {
            "name": f"import {rows:,} rows into a directory of {people:,} people",
            "value": min(times["big"]),
            "unit": "s",
            "baseline_name": "the same rows into an empty database",
            "baseline_value": min(times["empty"]),
            "goal": "<= 1.3x",
        },
        {
            "name": f"import {rows:,} rows into {people:,} people, CPU time",
            "value": min(cpu["big"]),
            "unit": "s",
            "baseline_name": "the same into an empty database, CPU time",
            "baseline_value": min(cpu["empty"]),
            "goal": "<= 1.3x (without waiting for a shared CPU)",
        },
    ]


def run() -> list[dict[str, Any]]:
    return bench_import_into_directory()


if __name__ == "__main__":
    for result in run():
        base = result["baseline_value"]
        print(f"{result['name']}: {result['value']:.3g} s; {result['baseline_name']}: "
              f"{base:.3g} s; ratio {result['value'] / base:.2f}")  # fmt: skip
