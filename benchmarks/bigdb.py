"""The bench's large databases: a demo series built once and kept in `~/.cache/mornings-bench`.

`series_db(count, attendees)` is `mornings demo --series COUNT --attendees N` (services/demo_series.py:
regulars, occasional visitors, first-timers, speakers, walk-ins, check-ins), made once per schema
revision and size, and reused: 100 monthly Mornings of 520 give about 50,000 registrations (ten
years of a large association), 20 of 520 about 10,000. Building takes about a minute per 50,000
registrations on a quiet machine. `copy_of` gives a throw-away copy to write into.
`MORNINGS_BENCH_CACHE` moves the cache folder.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LAST_DAY = "2026-12-10"  # the upcoming Morning: the series ends here, without check-ins


def cache_dir() -> Path:
    default = Path.home() / ".cache" / "mornings-bench"
    return Path(os.environ.get("MORNINGS_BENCH_CACHE") or default)


def series_db(count: int = 100, attendees: int = 520, seed: int = 1) -> Path:
    """The cached series database (built first if missing), keyed by the schema revision."""
    from mornings_desktop.store.migrate import HEAD_REVISION

    path = cache_dir() / f"series-{count}x{attendees}-s{seed}-{HEAD_REVISION}.sqlite3"
    if path.exists():
        return path
    from mornings_desktop.services.demo_series import create_series
    from mornings_desktop.services.workspace import Workspace

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".building")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    print(f"building {path.name} (once)…", file=sys.stderr, flush=True)
    ws = Workspace.open(partial, "Bench", backup_on_migrate=False)
    try:
        create_series(ws, count=count, attendees=attendees, seed=seed, day=LAST_DAY)
    finally:
        ws.close()
    with closing(sqlite3.connect(partial)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial.replace(path)
    return path


def copy_of(source: Path, folder: Path, name: str = "desk.sqlite3") -> Path:
    target = folder / name
    shutil.copyfile(source, target)
    target.chmod(0o600)
    return target


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return {
            table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("registrations", "people", "mornings", "operations")
        }
