"""Scans at the door while the same desk pulls from the hub (issue 18: a pull used to apply 1,000
operations in one write transaction, then ~40 ms chunks on a thread of the desk's process, whose
interpreter lock every scan waited for).

A desk of the 10k series pushes its 20,000 operations to a hub (pgserver); then, per mode, a fresh
desk of the same organisation with a demo Morning pulls all of them while 1,000 scans run on it
with a CPU hog per core: `child` pulls in a child process (`sync.round_process`, the window's way
now), `thread` on a thread of the desk's process (the window's way before). Each worst scan stands
beside the worst bare durable insert of the same run; the scans made while the pull still ran are
also reported apart. `BENCH_PULL_MODES=child,thread` (default) chooses and orders the modes.
`python -m benchmarks scale_pull`; figures only.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import bigdb  # noqa: E402

SCANS = 1000
MODES = [m for m in os.environ.get("BENCH_PULL_MODES", "child,thread").split(",") if m]


def _desk_b(folder: Path, name: str, a: Any) -> Any:
    from mornings_desktop.ledger import signing
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.store import meta

    b = Workspace.open(folder / f"{name}.sqlite3", "Bench B", backup_on_migrate=False)
    with b.db.write() as session:  # B joins A's organisation: its key checks A's desk
        meta.put(session, meta.ORG_ID, a.org_id)
        meta.put(session, meta.TICKET_KEY, a.ticket_key.hex())
        meta.put(session, signing.ORG_PUBLIC_KEY, str(a.meta(signing.ORG_PUBLIC_KEY)))
    b.refresh_identity()
    return b


def _scans_beside_pull(
    b: Any, url: str, mode: str, folder: Path
) -> tuple[list[dict[str, Any]], int, float, int]:
    """1,000 scans on `b` while it pulls: the scans' figures (those made while the pull ran),
    how many operations it applied, how long the pull took, and how many scans it overlapped."""
    from benchmarks.bench_checkin import _bare_db, _loaded_max
    from mornings_desktop.services import registrations
    from mornings_desktop.services.checkin import ScanDesk
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.sync import client
    from mornings_desktop.sync.round_process import RoundProcess

    morning = create_demo(b, attendees=SCANS + 400, seed=9, day="2027-01-14")
    rows = [
        r for r in registrations.list_registrations(b, morning)
        if not r.checked_in and r.status != "cancelled" and r.category != "speaker"
    ][:SCANS]  # fmt: skip
    bare = _bare_db(folder / f"bare-{mode}.sqlite3")
    applied = [0]
    took = [0.0]
    failed: list[BaseException] = []
    worker = RoundProcess(b) if mode == "child" else None

    def pull() -> None:
        start = time.perf_counter()
        try:
            if worker is not None:  # the window's way since issue 18: a child process
                applied[0] = worker.sync_round(url, push=False).applied
            else:  # the window's way before: a thread of the desk's own process
                applied[0] = client.sync_round(b, url, push=False).applied
        except BaseException as exc:  # reported after the scans
            failed.append(exc)
        took[0] = time.perf_counter() - start

    desk = _DuringPull(ScanDesk(b, morning))
    puller = threading.Thread(target=pull)
    try:
        puller.start()
        time.sleep(2.0)  # the pull is under way (child started, certificates taken)
        desk.puller = puller
        loaded = _loaded_max(desk, rows, bare)
        puller.join()
    finally:
        bare.close()
        if worker is not None:
            worker.close()
    if failed:
        raise failed[0]
    during = desk.during
    if during:  # the scans made while the pull ran, apart
        loaded.append(
            {
                **loaded[0],
                "name": f"scan max over the {len(during)} made during the pull, CPU hog per core",
                "value": max(during),
            }
        )
        loaded.append(
            {
                **loaded[1],
                "name": f"scan p50 over the {len(during)} made during the pull, CPU hog per core",
                "value": statistics.median(during),
            }
        )
    return loaded, applied[0], took[0], len(during)


class _DuringPull:
    """A ScanDesk that notes the time of each scan made while the pull still runs."""

    def __init__(self, desk: Any) -> None:
        self.desk = desk
        self.puller: threading.Thread | None = None
        self.during: list[float] = []

    def scan(self, text: str) -> Any:
        start = time.perf_counter()
        result = self.desk.scan(text)
        if self.puller is not None and self.puller.is_alive():
            self.during.append((time.perf_counter() - start) * 1000)
        return result


def run() -> list[dict[str, Any]]:
    import psycopg

    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.sync import client, hub_admin

    folder = Path(tempfile.mkdtemp(prefix="bench-scale-pull-"))
    folder.chmod(0o755)
    os.environ["MORNINGS_DATA_DIR"] = str(folder / "data")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver

        server = pgserver.get_server(folder / "pg", cleanup_mode="stop")  # type: ignore[attr-defined]
    out: list[dict[str, Any]] = []
    try:
        admin = server.get_uri()
        name = f"bench_pull_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        hub = admin.replace("/postgres?", f"/{name}?")
        source = bigdb.series_db(20, 520)
        a = Workspace.open(bigdb.copy_of(source, folder, "a.sqlite3"), "Bench",
                           backup_on_migrate=False)  # fmt: skip
        hub_admin.init_hub(hub, a.org_id, a.ticket_key.hex())
        url_a = hub_admin.add_desk(hub, "A").url
        ops = client.sync_round(a, url_a, pull=False).pushed
        for mode in MODES:
            b = _desk_b(folder, f"b-{mode}", a)
            try:
                loaded, applied, took, during = _scans_beside_pull(
                    b, hub_admin.add_desk(hub, f"B-{mode}").url, mode, folder
                )
            finally:
                b.close()
            assert applied >= ops, (applied, ops)
            where = "a child process" if mode == "child" else "a thread of the desk's process"
            for item in loaded:
                item["name"] = item["name"].replace(
                    "CPU hog per core",
                    f"CPU hog per core, the desk pulling {ops:,} ops in {where}",
                )
            loaded.append(
                {
                    "name": f"pull of {ops:,} ops in {where}, beside 1,000 scans ({during} during)",
                    "value": took,
                    "unit": "s",
                    "baseline_name": "-",
                    "baseline_value": 0,
                    "goal": "-",
                }
            )
            out += loaded
        a.close()
    finally:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)
    return out


if __name__ == "__main__":
    for r in run():
        base = r["baseline_value"]
        ratio = f"x{r['value'] / base:.2f}" if base else ""
        print(f"{r['name']}: {r['value']:.4g} {r['unit']}  ({r['baseline_name']}: {base}) {ratio}")
