"""Sync speed on a local hub: push then pull of 10,000 operations, and an idle round.

The hub is `MORNINGS_TEST_HUB_URL` (admin URL) when set, else a throw-away pgserver cluster.
Desk A holds 10,000 unsent check-in operations (made before timing); we time A's push, then
desk B's pull, which includes folding the 10,000 operations into B's tables (the same `apply` as
local changes, in batches of 1,000 per SQLite transaction). Baselines, on the same machine:
- the push beside a bare `COPY`-free `INSERT ... SELECT FROM jsonb_array_elements` of the same
  rows into an unlogged-free plain table (what PostgreSQL itself needs for the data);
- the idle round beside one bare `SELECT 1` round trip on an open connection.
Goals: push + pull < 3 s; idle round < 50 ms.

Then the demo's mix (`demo_mix`): the first 10,000 operations of the cached 20-Morning series
(`bigdb.series_db(20, 520)`: people, registrations, agenda, check-ins, as `mornings demo --series`
makes them), pushed by that desk and pulled by a new certified desk, with the applying process's
CPU per operation beside the wall times (less sensitive to a loaded machine). `BENCH_SYNC_MIX=0`
leaves it out.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import uuid
import warnings
from pathlib import Path
from typing import Any

import psycopg

N_OPS = int(os.environ.get("BENCH_SYNC_OPS", "10000"))


def _result(
    name: str, value: float, unit: str, base: str, base_value: float, goal: str
) -> dict[str, Any]:
    return {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "baseline_name": base,
        "baseline_value": round(base_value, 3),
        "goal": goal,
    }


def _admin_url(folder: Path) -> tuple[str, Any]:
    env = os.environ.get("MORNINGS_TEST_HUB_URL")
    if env:
        return env, None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver

        server = pgserver.get_server(folder / "pg", cleanup_mode="stop")
    return server.get_uri(), server


def run() -> list[dict[str, Any]]:
    from benchmarks.desks import join_same_organisation
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.sync import client, hub_admin

    folder = Path(tempfile.mkdtemp(prefix="mornings-bench-sync-"))
    folder.chmod(0o755)
    os.environ["MORNINGS_DATA_DIR"] = str(folder / "data")  # the desks' keys: thrown away after
    server = None
    try:
        admin, server = _admin_url(folder)
        name = f"bench_sync_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        hub = admin.replace("/postgres?", f"/{name}?") if "/postgres?" in admin else admin
        a = Workspace.open(folder / "a.sqlite3", "Bench A", backup_on_migrate=False)
        shutil.copyfile(folder / "a.sqlite3", folder / "seed.sqlite3")
        hub_admin.init_hub(hub, a.org_id, a.ticket_key.hex())
        url_a = hub_admin.add_desk(hub, "A").url
        url_b = hub_admin.add_desk(hub, "B").url
        morning = str(uuid.uuid4())
        with a.transaction() as tx:
            tx.record("morning.created", {"id": morning, "fields": {"title": "Bench"}})
            for i in range(N_OPS - 2):
                tx.record(
                    "checkin.created",
                    {
                        "id": str(uuid.uuid4()),
                        "registration_id": f"reg-{i % 3000}",
                        "morning_id": morning,
                        "at": f"2026-12-10T08:{i % 60:02d}:00Z",
                        "method": "scanner",
                    },
                )
        b = join_same_organisation(a, folder / "b.sqlite3", "Bench B")

        start = time.perf_counter()
        pushed = client.sync_round(a, url_a, pull=False)
        push_s = time.perf_counter() - start
        start = time.perf_counter()
        pulled = client.sync_round(b, url_b, push=False)
        pull_s = time.perf_counter() - start
        assert pushed.pushed == N_OPS and pulled.applied == N_OPS, (pushed, pulled)

        # What the pull costs without the fold: reading the rows from the hub.
        with psycopg.connect(url_b) as conn:
            start = time.perf_counter()
            after = 0
            while True:
                got = conn.execute("SELECT * FROM mornings.pull(%s, 1000)", (after,)).fetchall()
                if not got:
                    break
                after = int(got[-1][0])
            fetch_s = time.perf_counter() - start
        # Baseline: PostgreSQL storing the same rows with no function, no checks.
        with psycopg.connect(hub) as conn:
            rows = conn.execute(
                "SELECT op_id, desk_id, desk_seq, hlc, type, payload FROM mornings.ops"
            ).fetchall()
            data = json.dumps(
                [
                    dict(
                        zip(
                            ("op_id", "desk_id", "desk_seq", "hlc", "type", "payload"),
                            r,
                            strict=True,
                        )
                    )
                    for r in rows
                ]
            )
            conn.execute("CREATE TABLE bare AS SELECT * FROM mornings.ops WITH NO DATA")
            start = time.perf_counter()
            for i in range(0, len(rows), 1000):
                chunk = json.loads(data)[i : i + 1000]
                conn.execute(
                    "INSERT INTO bare (hub_seq, op_id, desk_id, desk_seq, hlc, type, payload, login) "
                    "SELECT nextval('mornings.ops_hub_seq'), e->>'op_id', e->>'desk_id', "
                    "(e->>'desk_seq')::bigint, e->>'hlc', e->>'type', e->>'payload', 'x' "
                    "FROM jsonb_array_elements(%s::jsonb) e",
                    (json.dumps(chunk),),
                )
                conn.commit()
            bare_s = time.perf_counter() - start

        hub_conn = client.HubConnection(url_a)
        client.sync_round(a, hub_conn)
        idle = []
        for _ in range(20):
            start = time.perf_counter()
            client.sync_round(a, hub_conn)
            idle.append(time.perf_counter() - start)
        conn = hub_conn.get()
        trips = []
        for _ in range(20):
            start = time.perf_counter()
            conn.execute("SELECT 1").fetchone()
            conn.commit()
            trips.append(time.perf_counter() - start)
        hub_conn.close()
        a.close()
        b.close()
        idle.sort()
        trips.sort()
        out = [] if os.environ.get("BENCH_SYNC_MIX") == "0" else demo_mix(admin, folder)
        return out + [  # noqa: RUF005
            _result(
                "sync push 10k ops",
                push_s,
                "s",
                "bare INSERT of the same rows",
                bare_s,
                "push+pull < 3 s",
            ),
            _result(
                "sync pull+apply 10k ops",
                pull_s,
                "s",
                "sync push 10k ops",
                push_s,
                "push+pull < 3 s",
            ),
            _result(
                "sync pull transfer 10k ops (no apply)",
                fetch_s,
                "s",
                "sync pull+apply 10k ops",
                pull_s,
                "-",
            ),
            _result(
                "sync push+pull 10k ops",
                push_s + pull_s,
                "s",
                "bare INSERT of the same rows",
                bare_s,
                "< 3 s",
            ),
            _result(
                "sync idle round (median)",
                idle[len(idle) // 2] * 1000,
                "ms",
                "SELECT 1 round trip",
                trips[len(trips) // 2] * 1000,
                "< 50 ms",
            ),
        ]
    finally:
        if server is not None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    for r in run():
        print(r)


def demo_mix(admin: str, folder: Path, count: int = 10_000) -> list[dict[str, Any]]:
    """Push then pull+apply `count` operations of the demo's mix (issue 18's goal: < 3 s)."""
    import sqlite3
    from contextlib import closing

    from benchmarks import bigdb
    from mornings_desktop.ledger import signing
    from mornings_desktop.services.workspace import Workspace
    from mornings_desktop.store import meta
    from mornings_desktop.sync import client, hub_admin

    source = bigdb.copy_of(bigdb.series_db(20, 520), folder, "mix-a.sqlite3")
    with closing(sqlite3.connect(source)) as conn:  # the series' first `count` operations only
        conn.execute(
            "DELETE FROM op_personal WHERE digest IN"
            " (SELECT digest FROM operations WHERE desk_seq > ?)",
            (count,),
        )
        conn.execute("DELETE FROM operations WHERE desk_seq > ?", (count,))
        conn.commit()
    name = f"bench_mix_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    hub = admin.replace("/postgres?", f"/{name}?") if "/postgres?" in admin else admin
    a = Workspace.open(source, "Bench", backup_on_migrate=False)
    hub_admin.init_hub(hub, a.org_id, a.ticket_key.hex())
    url_a, url_b = hub_admin.add_desk(hub, "A").url, hub_admin.add_desk(hub, "B").url
    b = Workspace.open(folder / "mix-b.sqlite3", "Bench B", backup_on_migrate=False)
    with b.db.write() as session:  # B joins A's organisation: its key checks A's desk
        meta.put(session, meta.ORG_ID, a.org_id)
        meta.put(session, meta.TICKET_KEY, a.ticket_key.hex())
        meta.put(session, signing.ORG_PUBLIC_KEY, str(a.meta(signing.ORG_PUBLIC_KEY)))
    b.refresh_identity()
    try:
        start = time.perf_counter()
        pushed = client.sync_round(a, url_a, pull=False)
        push_s = time.perf_counter() - start
        cpu = time.process_time()
        start = time.perf_counter()
        pulled = client.sync_round(b, url_b, push=False)
        pull_s = time.perf_counter() - start
        cpu_us = (time.process_time() - cpu) / count * 1e6
    finally:
        a.close()
        b.close()
    assert pushed.pushed == count and pulled.applied == count, (pushed, pulled)
    assert not pulled.quarantined, pulled
    return [
        _result("sync push 10k demo-mix ops", push_s, "s", "-", 0, "push+pull < 3 s"),
        _result(
            "sync pull+apply 10k demo-mix ops",
            pull_s,
            "s",
            "sync push 10k demo-mix ops",
            push_s,
            "push+pull < 3 s",
        ),
        _result("sync push+pull 10k demo-mix ops", push_s + pull_s, "s", "-", 0, "< 3 s"),
        _result(
            "sync pull+apply 10k demo-mix ops, applying process CPU per op",
            cpu_us,
            "us",
            "-",
            0,
            "-",
        ),
    ]
