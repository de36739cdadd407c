"""Ten years of Mornings on one laptop (issue 18): the figures on the 50,000-registration series.

The database is `bigdb.series_db(100, 520)`: 100 monthly Mornings, about 50,000 registrations,
15,000 people and 95,000 operations, built once and cached. Each figure stands beside a plain
baseline measured in the same run, interleaved where it can be:

- `events --json` on it (median of 7 subprocess runs) beside `python -c pass`; goal < 0.25 s.
- the forecast of the upcoming Morning with the database read (`services.forecast.forecast`,
  the single forecast: every call reads and fits, services/forecast_read.py): the first call in
  a process and the next ones, beside the plain `sqlite3` read of the same registration columns;
  goal < 200 ms (`bench_forecast` has it in fresh processes, the goal's own figure).
- `mornings demo` with 50,000 registrations beside SQLAlchemy's bulk insert of the same rows
  (bench_foundation's baseline); goal <= 4x.
- the window opened to a usable Mornings page, in a fresh process under offscreen Qt the app's
  way (`app.build_window`, the whole-file check and start backup in a job), with its peak memory, beside a plain PySide6 table of every
  registration; goals < 1 s and < 250 MB; and, for information, when the reads it left to jobs
  (forecast and backtest, privacy reminder) are done and shown.
- every area's first show and search at 50,000: `bench_areas`.
- importing 1,000 rows into the series' directory beside the same into an empty database;
  goal <= 1.3x.
- scans with a background job writing (an import-like writer adding people and registrations in
  small transactions on its own connection) and a CPU hog per core: the worst of 1,000 scans
  beside the worst bare durable insert of the same run; goal < 50 ms (<= 1.5x the bare max when
  that exceeds 33 ms). And the scan p50 on the series beside a 1,000-registration database
  (flat in database size).
- a new desk joining: push of every operation of the series to a hub, then pull into an empty
  desk of the same organisation (every operation applied, none held), for the 10,000- and the
  50,000-registration series (growth: linear is 5x the operations); and when the desk became
  usable (`progress("ready")`: the current Morning applied first, `sync/early.py`), with the
  current Morning's registrations it held then (goal: usable < 20 s at 98k operations).
  `bench_scale_pull` has the scans beside such a pull.

`BENCH_SCALE_SKIP=sync,window,...` leaves figures out. Figures only: tests never time anything.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import warnings
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import bigdb  # noqa: E402

SKIP = set(filter(None, os.environ.get("BENCH_SCALE_SKIP", "").split(",")))
SCANS = 1000


def _result(
    name: str, value: float, unit: str, base: str, base_value: float | None, goal: str
) -> dict[str, Any]:
    return {
        "name": name,
        "value": round(value, 4),
        "unit": unit,
        "baseline_name": base,
        "baseline_value": round(base_value, 4) if base_value is not None else None,
        "goal": goal,
    }


def _env(folder: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MORNINGS_DATA_DIR": str(folder),
        "QT_QPA_PLATFORM": "offscreen",
    }


def _wall(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


# -- events --json ---------------------------------------------------------------------------------
def events(db: Path, folder: Path, runs: int = 7) -> list[dict[str, Any]]:
    env = _env(folder)
    cmd = {
        "pass": [sys.executable, "-c", "pass"],
        "events": [sys.executable, "-m", "mornings_desktop", "--db", str(db), "events", "--json"],
    }
    times: dict[str, list[float]] = {k: [] for k in cmd}
    for _ in range(runs):
        for key, args in cmd.items():
            times[key].append(_wall(args, env))
    return [
        _result(
            f"events --json on 50k, median of {runs}",
            statistics.median(times["events"]),
            "s",
            "python -c pass",
            statistics.median(times["pass"]),
            "< 0.25 s",
        )
    ]


# -- forecast ----------------------------------------------------------------------------------
def forecast_figures(db: Path, repeat: int = 5) -> list[dict[str, Any]]:
    from mornings_desktop.services import forecast
    from mornings_desktop.services.workspace import Workspace

    ws = Workspace.open(db, "Bench", backup_on_migrate=False)
    try:
        morning = forecast.current_morning(ws, "2026-12-01")
        assert morning is not None
        forecast.clear_fit_cache()
        start, cpu = time.perf_counter(), time.process_time()
        first = forecast.forecast(ws, morning)
        cold, cold_cpu = time.perf_counter() - start, time.process_time() - cpu
        warm, warm_cpu, plain = [], [], []
        for _ in range(repeat):
            start, cpu = time.perf_counter(), time.process_time()
            forecast.forecast(ws, morning)
            warm.append(time.perf_counter() - start)
            warm_cpu.append(time.process_time() - cpu)
            with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
                start = time.perf_counter()
                conn.execute(
                    "SELECT morning_id, person_id, id, category, registered_at, checked_in_at,"
                    " walk_in FROM registrations WHERE registered_at IS NOT NULL"
                    " AND (status IS NULL OR status != 'cancelled')"
                ).fetchall()
                plain.append(time.perf_counter() - start)
        history = bigdb.counts(db)["registrations"]
    finally:
        ws.close()
    base = statistics.median(plain)
    label = f"{first.registered} regs over {first.history_mornings} Mornings / {history // 1000}k"
    return [
        _result(f"forecast, DB read, first call ({label})", cold, "s",
                "plain sqlite3 read of the registrations", base, "< 200 ms"),
        _result("forecast, DB read, first call, CPU", cold_cpu, "s",
                "plain sqlite3 read of the registrations", base, "< 200 ms"),
        _result(f"forecast, DB read, next calls, median of {repeat}", statistics.median(warm),
                "s", "plain sqlite3 read of the registrations", base, "< 200 ms"),
        _result("forecast, DB read, next calls, CPU", statistics.median(warm_cpu), "s",
                "plain sqlite3 read of the registrations", base, "< 200 ms"),
    ]  # fmt: skip


# -- demo creation ---------------------------------------------------------------------------
def demo(folder: Path, attendees: int = 50_000) -> list[dict[str, Any]]:
    """`mornings demo --attendees 50000` beside SQLAlchemy's bulk insert of the same rows."""
    from benchmarks.bench_foundation import _bulk_baseline
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.workspace import Workspace

    path = folder / "demo.sqlite3"
    ws = Workspace.open(path, "Bench", backup_on_migrate=False)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        create_demo(ws, attendees=attendees, seed=1, day="2026-12-10")
        seconds, cpu_s = time.perf_counter() - start, time.process_time() - cpu
    finally:
        ws.close()
    bulk = _bulk_baseline(path, folder / "bulk.sqlite3")
    return [
        _result(f"demo with {attendees:,} registrations", seconds, "s",
                "bulk insert of the same rows", bulk, "<= 4x"),
        _result(f"demo with {attendees:,}, CPU time", cpu_s, "s",
                "bulk insert of the same rows", bulk, "<= 4x"),
    ]  # fmt: skip


# -- window ------------------------------------------------------------------------------------
# The peak resident memory of this process (VmHWM: ru_maxrss would start at the parent's peak,
# Linux keeps it across exec).
_PEAK = """
def _peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")
"""
_WINDOW = (
    _PEAK
    + """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QLabel
from mornings_desktop import app as desktop
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.settings import Settings
path = Path(sys.argv[1])
app = QApplication([])
start = time.perf_counter()
# The app's own path (app._open_locked): the whole-file check left to a job after the first page.
ws = Workspace.open(path, "Bench", check_later=True)
window, state = desktop.build_window(ws, Settings(path.parent / "settings.ini"))
window.show()
desktop.start_file_check(window)
app.processEvents()
rows = window.page("mornings").model.rowCount()
seconds = time.perf_counter() - start
assert rows >= 1
# The background work the window started (the whole-file check and the start backup, the
# forecast and its backtest, the privacy reminder) goes on in jobs; measured apart: until it is
# done and shown.
while state.jobs._jobs:
    app.processEvents()
    time.sleep(0.005)
settled = time.perf_counter() - start
assert ws.db.file_check.done and not window.damage_banner.isVisible()
assert window.page("mornings").findChild(QLabel, "forecastHeadline").text().startswith(
    ("Expected", "No Morning"))
print(seconds, _peak_mb(), settled)
"""
)
_PLAIN_TABLE = (
    _PEAK
    + """
import sqlite3, sys, time
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QTableView
class Rows(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows
    def rowCount(self, parent=None):
        return len(self.rows)
    def columnCount(self, parent=None):
        return 5
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None
app = QApplication([])
start = time.perf_counter()
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT p.first_name || ' ' || p.last_name, p.organisation, r.category, r.code, r.status"
    " FROM registrations r LEFT JOIN people p ON p.id = r.person_id").fetchall()
view = QTableView()
model = Rows(rows)
view.setModel(model)
view.show()
app.processEvents()
seconds = time.perf_counter() - start
print(seconds, _peak_mb())
"""
)


def window(db: Path, folder: Path, runs: int = 3) -> list[dict[str, Any]]:
    env = _env(folder)
    ours: list[tuple[float, float]] = []
    plain: list[tuple[float, float]] = []
    settled: list[float] = []
    for i in range(runs):
        copy = bigdb.copy_of(db, folder, f"window{i}.sqlite3")
        for code, out in ((_WINDOW, ours), (_PLAIN_TABLE, plain)):
            done = subprocess.run([sys.executable, "-c", code, str(copy)], env=env,
                                  capture_output=True, text=True, check=True)  # fmt: skip
            figures = done.stdout.split("\n")[-2].split()
            out.append((float(figures[0]), float(figures[1])))
            if len(figures) > 2:
                settled.append(float(figures[2]))
        copy.unlink()
    return [
        _result("window: background reads done (forecast, backtest, reminder), 50k",
                statistics.median(settled), "s", "plain PySide6 table of every registration",
                statistics.median(s for s, _ in plain), "reported (off the UI thread)"),
        _result("window open to a usable Mornings page, 50k", statistics.median(s for s, _ in ours),
                "s", "plain PySide6 table of every registration",
                statistics.median(s for s, _ in plain), "< 1 s"),
        _result("window peak memory, 50k", statistics.median(m for _, m in ours), "MB",
                "plain PySide6 table of every registration",
                statistics.median(m for _, m in plain), "< 250 MB"),
    ]  # fmt: skip


# -- import into a large directory -------------------------------------------------------------
def import_into(db: Path, folder: Path, rows: int = 1000) -> list[dict[str, Any]]:
    from benchmarks.bench_people import make_xlsx
    from mornings_desktop.imports.registration_import import import_file
    from mornings_desktop.services import categories, mornings
    from mornings_desktop.services.workspace import Workspace

    sheet = make_xlsx(folder / "inscriptions.xlsx", rows)
    times: dict[str, list[float]] = {"big": [], "empty": []}
    for attempt in range(2):
        for key in ("empty", "big"):
            if key == "big":
                path = bigdb.copy_of(db, folder, f"import{attempt}.sqlite3")
            else:
                path = folder / f"empty{attempt}.sqlite3"
            ws = Workspace.open(path, "Bench", backup_on_migrate=False)
            try:
                categories.ensure_defaults(ws)
                morning = mornings.create(
                    ws, mornings.MorningInput(title="Import", date="2027-01-14")
                )
                start = time.perf_counter()
                report = import_file(ws, morning, sheet)
                times[key].append(time.perf_counter() - start)
                assert report.created + report.updated + report.unchanged >= rows - 5, report
            finally:
                ws.close()
            path.unlink()
    people = bigdb.counts(db)["people"]
    return [
        _result(f"import {rows:,} rows into a directory of {people:,} people", min(times["big"]),
                "s", "the same into an empty database", min(times["empty"]), "<= 1.3x"),
    ]  # fmt: skip


# -- scans with a background writer ------------------------------------------------------------
def scans(db: Path, folder: Path) -> list[dict[str, Any]]:
    from benchmarks.bench_checkin import _bare_db, _bare_inserts, _loaded_max
    from mornings_desktop.services import registrations
    from mornings_desktop.services.checkin import ScanDesk
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.workspace import Workspace

    path = bigdb.copy_of(db, folder, "scan.sqlite3")
    ws = Workspace.open(path, "Bench", backup_on_migrate=False)
    small = Workspace.open(folder / "small.sqlite3", "Bench", backup_on_migrate=False)
    bare = _bare_db(folder / "bare.sqlite3")
    try:
        morning = create_demo(ws, attendees=SCANS + 400, seed=9, day="2027-01-14")
        rows = [r for r in registrations.list_registrations(ws, morning) if not r.checked_in]
        rows = [r for r in rows if r.status != "cancelled" and r.category != "speaker"]
        rng = random.Random(4)
        rng.shuffle(rows)
        flat_rows, loaded_rows = rows[:300], rows[300 : 300 + SCANS]
        small_morning = create_demo(small, attendees=1000, seed=9, day="2027-01-14")
        small_rows = [
            r for r in registrations.list_registrations(small, small_morning)
            if r.status != "cancelled" and r.category != "speaker"
        ][:300]  # fmt: skip
        big_desk, small_desk = ScanDesk(ws, morning), ScanDesk(small, small_morning)
        big_ms, small_ms = [], []
        for i in range(0, 300, 20):
            for desk, chunk, out in (
                (big_desk, flat_rows, big_ms),
                (small_desk, small_rows, small_ms),
            ):
                for row in chunk[i : i + 20]:
                    start = time.perf_counter()
                    desk.scan(row.code + "\r")
                    out.append((time.perf_counter() - start) * 1000)  # fmt: skip
        _bare_inserts(bare, 0, 20)
        stop = threading.Event()
        written = [0]
        writer = threading.Thread(target=_writer, args=(ws, morning, stop, written))
        writer.start()
        try:
            loaded = _loaded_max(big_desk, loaded_rows, bare)
        finally:
            stop.set()
            writer.join()
    finally:
        bare.close()
        small.close()
        ws.close()
    for item in loaded:
        item["name"] = item["name"].replace(
            "CPU hog per core", f"CPU hog per core + a job writing ({written[0]} rows), 50k"
        )
    return [
        *loaded,
        _result("scan p50 on 50k, no load", statistics.median(big_ms), "ms",
                "scan p50 on a 1,000-registration database", statistics.median(small_ms),
                "flat: ~1x"),
    ]  # fmt: skip


def _writer(ws: Any, morning: str, stop: threading.Event, written: list[int]) -> None:
    """An import-like background job, as the window runs one (ui/jobs.py: a worker thread on the
    desk's workspace): 10 people and their registrations per transaction, while the desk scans."""
    from mornings_desktop.services import registrations

    n = 0
    while not stop.is_set():
        with ws.transaction() as tx:
            for _ in range(10):
                n += 1
                person = registrations.add_person(
                    tx, {"first_name": "Job", "last_name": f"Writer {n}",
                         "email": f"job.writer.{n}@example.ma"},
                )  # fmt: skip
                registrations.add_registration(ws, tx, morning, person, category="guest")
        written[0] = n
        time.sleep(0.01)


# -- a new desk joining ------------------------------------------------------------------------
def join(sizes: dict[str, Path], folder: Path) -> list[dict[str, Any]]:
    import psycopg

    from mornings_desktop.ledger import signing
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.store import meta
    from mornings_desktop.sync import client, hub_admin

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver

        server = pgserver.get_server(folder / "pg", cleanup_mode="stop")
    out: list[dict[str, Any]] = []
    per_op: dict[str, float] = {}
    try:
        admin = server.get_uri()
        for label, source in sizes.items():
            name = f"bench_join_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            hub = admin.replace("/postgres?", f"/{name}?")
            a = Workspace.open(bigdb.copy_of(source, folder, f"a-{label}.sqlite3"), "Bench",
                               backup_on_migrate=False)  # fmt: skip
            hub_admin.init_hub(hub, a.org_id, a.ticket_key.hex())
            url_a, url_b = hub_admin.add_desk(hub, "A").url, hub_admin.add_desk(hub, "B").url
            b = Workspace.open(folder / f"b-{label}.sqlite3", "Bench B", backup_on_migrate=False)
            with b.db.write() as session:  # B joins A's organisation: its key checks A's desk
                meta.put(session, meta.ORG_ID, a.org_id)
                meta.put(session, meta.TICKET_KEY, a.ticket_key.hex())
                meta.put(session, signing.ORG_PUBLIC_KEY, str(a.meta(signing.ORG_PUBLIC_KEY)))
            b.refresh_identity()
            ops = a.pending_ops()
            start = time.perf_counter()
            pushed = client.sync_round(a, url_a, pull=False)
            push_s = time.perf_counter() - start
            start = time.perf_counter()
            ready: list[float] = []
            held: list[int] = []

            pulled = client.sync_round(
                b, url_b, push=False, progress=_usable_point(b.path, start, ready, held)
            )
            pull_s = time.perf_counter() - start
            assert pushed.pushed == ops, (pushed, ops)
            # Every operation applied, none held (an unknown certificate once held them all).
            assert pulled.applied == ops and not pulled.quarantined, (pulled, ops)
            with psycopg.connect(hub) as conn:  # baseline: the hub's rows, fetched plainly
                start = time.perf_counter()
                conn.execute("SELECT * FROM mornings.ops").fetchall()
                fetch_s = time.perf_counter() - start
            a.close()
            b.close()
            per_op[label] = (push_s + pull_s) / ops
            out += [
                _result(f"join: push {ops:,} ops of the {label} series", push_s, "s",
                        "plain fetch of the hub's rows", fetch_s, "push+pull of 10k < 3 s"),
                _result(f"join: pull+apply {pulled.applied:,} ops ({label})", pull_s, "s",
                        "plain fetch of the hub's rows", fetch_s, "-"),
                # usable: the whole pull when it has no usable point before its end (main)
                _result(f"join: usable after ({label}; the current Morning's "
                        f"{held[0] if held else '(all)'} registrations held then)",
                        ready[0] if ready else pull_s, "s",
                        "the whole pull+apply", pull_s, "a new desk usable < 20 s"),
            ]  # fmt: skip
    finally:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            server.cleanup()
    if len(per_op) == 2:
        small, large = per_op.values()
        out.append(
            _result(
                "join: time per operation, 50k series",
                large * 1000,
                "ms",
                "the same, 10k series",
                small * 1000,
                "linear: ~1x",
            )
        )
    return out


def _usable_point(
    path: Path, start: float, ready: list[float], held: list[int]
) -> Callable[[str, int], None]:
    """A pull's progress callback noting when the desk became usable and what it held then."""

    def progress(stage: str, n: int) -> None:
        if stage == "early" and not first:  # the hub's rows scanned, the first chunk applied
            first.append(time.perf_counter() - start)
        if stage == "ready":  # usable: the current Morning's registrations are in
            ready.append(time.perf_counter() - start)
            held.append(_current_registrations(path))
            print(f"join: first chunk of the first pass after {first[0]:.2f} s, usable after "
                  f"{ready[0]:.2f} s, {n:,} rows scanned", file=sys.stderr, flush=True)  # fmt: skip

    first: list[float] = []

    return progress


def _current_registrations(path: Path) -> int:
    """Registrations of the series' last Morning (`bigdb.LAST_DAY`) in the desk at `path`."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        row = conn.execute(
            "SELECT count(*) FROM registrations r JOIN mornings m ON m.id = r.morning_id"
            " WHERE m.date = ?",
            (bigdb.LAST_DAY,),
        ).fetchone()
    return int(row[0])


def run() -> list[dict[str, Any]]:
    big = bigdb.series_db(100, 520)
    folder = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    folder.chmod(0o755)
    os.environ["MORNINGS_DATA_DIR"] = str(folder / "data")
    out: list[dict[str, Any]] = []
    try:
        if "events" not in SKIP:
            out += events(bigdb.copy_of(big, folder, "events.sqlite3"), folder)
        if "forecast" not in SKIP:
            out += forecast_figures(bigdb.copy_of(big, folder, "forecast.sqlite3"))
        if "demo" not in SKIP:
            out += demo(folder)
        if "window" not in SKIP:
            out += window(big, folder)
        if "import" not in SKIP:
            out += import_into(big, folder)
        if "scan" not in SKIP:
            out += scans(big, folder)
        if "sync" not in SKIP:
            out += join({"10k": bigdb.series_db(20, 520), "50k": big}, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return out


if __name__ == "__main__":
    for r in run():
        base = r["baseline_value"]
        ratio = f"x{r['value'] / base:.2f}" if base else ""
        print(f"{r['name']}: {r['value']:.4g} {r['unit']}  ({r['baseline_name']}: {base}) {ratio}")
