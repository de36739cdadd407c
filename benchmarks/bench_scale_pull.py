"""Scans at the door while the same desk pulls from the hub (issue 18: a pull used to apply 1,000
operations in one write transaction, and a scan's BEGIN IMMEDIATE waited for all of it).

A desk of the 10k series pushes its 20,000 operations to a hub (pgserver); then, twice, a fresh
desk of the same organisation with a demo Morning pulls all of them on a background thread while
1,000 scans run on it with a CPU hog per core: once applying chunks sized to take about
`CHUNK_TARGET_S` each (today), once 1,000 operations per transaction (`BATCH`, as before). Each worst scan stands beside the worst
bare durable insert of the same run. `python -m benchmarks scale_pull`; figures only.
"""

from __future__ import annotations

import os
import shutil
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
    b: Any, url: str, chunk: int, folder: Path
) -> tuple[list[dict[str, Any]], int]:
    from benchmarks.bench_checkin import _bare_db, _loaded_max
    from mornings_desktop.services import registrations
    from mornings_desktop.services.checkin import ScanDesk
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.sync import client
    from mornings_desktop.sync import pull as pull_mod

    morning = create_demo(b, attendees=SCANS + 400, seed=9, day="2027-01-14")
    rows = [
        r for r in registrations.list_registrations(b, morning)
        if not r.checked_in and r.status != "cancelled" and r.category != "speaker"
    ][:SCANS]  # fmt: skip
    desk = ScanDesk(b, morning)
    bare = _bare_db(folder / f"bare-{chunk}.sqlite3")
    applied = [0]
    failed: list[BaseException] = []

    def pull() -> None:
        try:
            applied[0] = client.sync_round(b, url, push=False).applied
        except BaseException as exc:  # reported after the scans
            failed.append(exc)

    saved = pull_mod.APPLY_CHUNK, pull_mod.CHUNK_TARGET_S
    if chunk:  # a fixed chunk (the old behaviour: the whole fetched batch in one transaction)
        pull_mod.APPLY_CHUNK, pull_mod.CHUNK_TARGET_S = chunk, 1e9
    puller = threading.Thread(target=pull)
    try:
        puller.start()
        time.sleep(2.0)  # the pull is under way (certificates taken, first chunks applying)
        loaded = _loaded_max(desk, rows, bare)
        puller.join()
    finally:
        pull_mod.APPLY_CHUNK, pull_mod.CHUNK_TARGET_S = saved
        bare.close()
    if failed:
        raise failed[0]
    return loaded, applied[0]


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
        a_copy = a
        for chunk in (client.BATCH, 0):
            b = _desk_b(folder, f"b{chunk}", a_copy)
            try:
                loaded, applied = _scans_beside_pull(b, hub_admin.add_desk(hub, f"B{chunk}").url,
                                                     chunk, folder)  # fmt: skip
            finally:
                b.close()
            assert applied >= ops, (applied, ops)
            for item in loaded:
                item["name"] = item["name"].replace(
                    "CPU hog per core",
                    f"CPU hog per core, the desk pulling {ops:,} ops, "
                    + (f"{chunk} per transaction" if chunk else "chunks of ~40 ms (today)"),
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
