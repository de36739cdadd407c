"""Hub restores and relays heal themselves (DESIGN.md §6, "Hub"): `hub_marks` tells each desk, per
incarnation, the highest contiguous `desk_seq` the hub holds, and a generation that changes when
the hub is restored. Desks re-push whatever they hold above the marks (their own operations and
relayed ones), and pull again from the start when the generation changes.

The restore is a real one: `pg_dump` of the hub (the binaries of the test server), more pushes,
then the schema dropped and the dump restored with `pg_restore`."""

from __future__ import annotations

import json
import subprocess
import uuid
from pathlib import Path

import psycopg
from sqlalchemy import text

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle, client, hub_admin, hub_marks
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_desk_lifecycle import Site

# The fixtures of the lifecycle tests: an organiser, a hub, the site.
admin = lifecycle.admin
file_keyring = lifecycle.file_keyring
site = lifecycle.site


def _pg_bin(name: str) -> str:
    """A client program of the test server's own PostgreSQL (same version as the server)."""
    import pgserver

    found = Path(pgserver.__file__).parent / "pginstall" / "bin" / name
    return str(found) if found.exists() else name


def _dump(hub: str, path: Path) -> None:
    subprocess.run(
        [_pg_bin("pg_dump"), "--format=custom", f"--file={path}", f"--dbname={hub}"],
        check=True,
        capture_output=True,
    )


def _restore(hub: str, path: Path) -> None:
    """What an organiser does with last night's backup: the hub's schema replaced by the dump."""
    with psycopg.connect(hub, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        conn.execute("DROP SCHEMA mornings CASCADE")
    subprocess.run(
        [_pg_bin("pg_restore"), "--exit-on-error", f"--dbname={hub}", str(path)],
        check=True,
        capture_output=True,
    )


def _hub_checkins(hub: str) -> dict[str, int]:
    with psycopg.connect(hub) as conn:
        rows = conn.execute(
            "SELECT desk_id, count(DISTINCT digest) FROM mornings.ops "
            "WHERE type = 'checkin.created' GROUP BY desk_id"
        ).fetchall()
    return {str(d): int(n) for d, n in rows}


def _row(desk_id: str, inc: str, seq: int) -> dict[str, object]:
    """A well-shaped signed row (the hub does not verify signatures; desks do)."""
    fields: dict[str, object] = {
        "op_id": str(uuid.uuid4()),
        "desk_id": desk_id,
        "inc": inc,
        "desk_seq": seq,
        "hlc": f"1764000000000-{seq:04d}",
        "type": "checkin.created",
        "payload": "{}",
    }
    body = json.dumps(fields, sort_keys=True, separators=(",", ":"))
    return {**fields, "body": body, "sig": "c2ln"}


def test_the_marks_count_what_the_hub_holds_without_a_gap(hub_db: str, admin: Workspace) -> None:
    assert admin.org_id  # the hub is made
    login = hub_admin.add_desk(hub_db, "Relay")
    desk, inc = str(uuid.uuid4()), "inc-1"

    def push(*seqs: int) -> list[tuple[str, str, int, int]]:
        with psycopg.connect(login.url) as conn:
            conn.execute(
                "SELECT * FROM mornings.ingest(%s::jsonb)",
                (json.dumps([_row(desk, inc, s) for s in seqs]),),
            )
            conn.commit()
            rows = conn.execute(
                "SELECT desk_id, inc, mark, above FROM mornings.hub_marks(0)"
            ).fetchall()
        return [(str(d), str(i), int(m), int(a)) for d, i, m, a in rows]

    assert push(1, 2, 4, 6) == [(desk, inc, 2, 2)]  # 3 and 5 missing
    assert push(3) == [(desk, inc, 4, 1)]
    assert push(5, 7) == [(desk, inc, 7, 0)]


def _nothing_aside(ws: Workspace) -> None:
    state = client.status(ws)
    assert (state.quarantined, state.waiting) == (0, 0), state


def test_a_hub_restored_from_an_older_dump_gets_everything_back(site: Site, tmp_path: Path) -> None:
    door = site.join("Door")
    site.sync(door)
    site.admit(door, 0)
    site.sync(door)
    site.sync(site.office)
    dump = tmp_path / "hub.dump"
    _dump(site.hub, dump)  # last night's backup

    # After the backup, both desks go on working and push; each pulls the other's admission.
    site.admit(site.office, 1)
    site.sync(site.office)
    site.admit(door, 2)
    site.sync(door)
    site.sync(site.office)
    assert site.admitted(door) == site.admitted(site.office) == {0, 1, 2}
    assert _hub_checkins(site.hub) == {site.office.desk_id: 1, door.desk_id: 2}

    _restore(site.hub, dump)  # the hub's disk failed; last night's backup is restored
    assert _hub_checkins(site.hub) == {door.desk_id: 1}

    # The door admits someone new: on the restored hub it takes a hub_seq the office already
    # passed before the restore.
    site.admit(door, 3)
    first = site.sync(door)
    # The door saw the restore (a new generation) and sent again what the hub lost: its own
    # admission 2 and, as a relay, the office's admission 1.
    assert first.renumbered and first.resent >= 2, first
    for ws in (site.office, door, site.office):
        site.sync(ws)
    assert _hub_checkins(site.hub) == {site.office.desk_id: 1, door.desk_id: 3}
    assert site.admitted(door) == site.admitted(site.office) == {0, 1, 2, 3}
    for ws in (door, site.office):
        _nothing_aside(ws)

    # A desk that joins after the restore gets everything from the hub alone.
    third = site.join("Third")
    site.sync(third)
    assert site.admitted(third) == {0, 1, 2, 3}

    # Healed: the next rounds send nothing again and pull from where they are (only the third
    # desk's arrival is new).
    for ws in (door, site.office, door, site.office):
        idle = site.sync(ws)
        assert (idle.pushed, idle.confirmed, idle.resent, idle.renumbered) == (0, 0, 0, False)
    assert (idle.pulled, idle.applied) == (0, 0), idle


def test_a_relayed_operation_the_hub_lacks_is_delivered_even_if_marked_pushed(
    site: Site, tmp_path: Path
) -> None:
    door = site.join("Door")
    site.sync(door)  # joined, then the network goes away for good (the laptop is lost later)
    site.admit(door, 0)
    site.admit(door, 1)
    bundle.export_bundle(door, tmp_path / "door.mornings-bundle")
    imported = bundle.import_bundle(site.office, tmp_path / "door.mornings-bundle")
    assert imported.applied >= 2
    # An older version marked imported operations as pushed: the office believes the hub has them.
    with site.office.db.write() as session:
        session.execute(
            text("UPDATE operations SET pushed = 1 WHERE desk_id = :d"), {"d": door.desk_id}
        )
    assert client.status(site.office).waiting == 0

    site.sync(site.office)
    assert _hub_checkins(site.hub).get(door.desk_id) == 2
    third = site.join("Third")
    site.sync(third)
    assert site.admitted(third) == {0, 1}
    _nothing_aside(site.office)

    # Delivered once: the next rounds of the office send nothing again.
    for _ in range(2):
        idle = site.sync(site.office)
        assert (idle.pushed, idle.confirmed, idle.resent) == (0, 0, 0), idle


def _snapshot(hub: str) -> None:
    """A file-level backup, as far as the hub's tables go: every row and the numbering."""
    with psycopg.connect(hub, autocommit=True) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'mornings'")
        ]
        conn.execute("CREATE SCHEMA backup")
        for table in tables:
            conn.execute(f"CREATE TABLE backup.{table} AS TABLE mornings.{table}")
        conn.execute("CREATE TABLE backup.seq AS SELECT last_value FROM mornings.ops_hub_seq")


def _rewind(hub: str) -> None:
    """The file-level backup put back: same tables (same oids), older rows and numbering."""
    with psycopg.connect(hub, autocommit=True) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'backup' AND tablename <> 'seq'"
            )
        ]
        for table in tables:
            conn.execute(f"DELETE FROM mornings.{table}")
            conn.execute(f"INSERT INTO mornings.{table} SELECT * FROM backup.{table}")
        conn.execute("SELECT setval('mornings.ops_hub_seq', (SELECT last_value FROM backup.seq))")


def test_a_file_level_restore_keeps_the_generation_but_desks_see_the_numbering_moved(
    site: Site,
) -> None:
    door = site.join("Door")
    site.sync(door)
    site.sync(site.office)
    _snapshot(site.hub)
    site.admit(site.office, 0)
    site.sync(site.office)
    site.admit(door, 1)
    site.sync(door)
    site.sync(site.office)
    _rewind(site.hub)
    assert _hub_checkins(site.hub) == {}

    # The hub's tables are the same ones: the generation is unchanged. The door admits someone
    # and, sending again what the hub lost, fills the numbering past the office's cursor.
    site.admit(door, 2)
    first = site.sync(door)
    assert first.renumbered and first.resent >= 2, first
    second = site.sync(site.office)
    assert second.renumbered, second  # the hub holds another operation at the office's cursor
    site.sync(door)
    assert _hub_checkins(site.hub) == {site.office.desk_id: 1, door.desk_id: 2}
    assert site.admitted(door) == site.admitted(site.office) == {0, 1, 2}


def test_the_local_tops_skip_scan_matches_a_grouped_read(ws: Workspace) -> None:
    rows = [
        (desk, inc, seq)
        for desk in ("d-a", "d-b", "d-c")
        for inc in (None, "i-1", "i-2")
        for seq in range(1, 4 + len(desk) + (len(inc) if inc else 0))
        if not (desk == "d-b" and inc == "i-1")
    ]
    with ws.db.write() as session:
        for desk, inc, seq in rows:
            session.execute(
                text(
                    "INSERT INTO operations (op_id, desk_id, desk_seq, hlc, type, payload, "
                    "applied, received_at, pushed, inc) VALUES (:id, :d, :s, '1-0', 'x', '{}', "
                    "1, '2026-01-01', 1, :i)"
                ),
                {"id": str(uuid.uuid4()), "d": desk, "s": seq, "i": inc},
            )
    with ws.db.read() as session:
        grouped = {
            (str(d), str(i or "")): int(m)
            for d, i, m in session.execute(
                text("SELECT desk_id, inc, max(desk_seq) FROM operations GROUP BY desk_id, inc")
            )
        }
        assert hub_marks._tops(session) == grouped
    assert ("d-a", "") in grouped and ("d-b", "i-1") not in grouped
