"""Incarnations (DESIGN.md §6): a restored database and a copied one start a new incarnation of
the desk (`desk_seq` from 1, under a new `inc`), so their new operations never collide with what
other desks and the hub hold; every desk and the hub agree, nothing is lost, and a copy is
flagged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg

from mornings_desktop.services.erasure import restore_keeping_erasures
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.backup import copy_database
from mornings_desktop.sync import client
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_desk_lifecycle import Site

# The fixtures of the lifecycle tests: an organiser, a hub, the site.
admin = lifecycle.admin
file_keyring = lifecycle.file_keyring
site = lifecycle.site


def _hub_checkins(hub: str, desk_id: str) -> int:
    with psycopg.connect(hub) as conn:
        row = conn.execute(
            "SELECT count(*) FROM mornings.ops WHERE desk_id = %s AND type = 'checkin.created'",
            (desk_id,),
        ).fetchone()
    assert row is not None
    return int(row[0])


def _nothing_aside(ws: Workspace) -> None:
    state = client.status(ws)
    assert (state.quarantined, state.waiting) == (0, 0), client.status(ws)


def test_restore_then_scan_leaves_every_desk_and_the_hub_agreeing(
    site: Site, tmp_path: Path
) -> None:
    door = site.join("Door")
    site.sync(door)
    site.admit(door, 0)
    site.sync(door)
    saved = copy_database(door.path, tmp_path / "door-backup.sqlite3")
    site.admit(door, 1)  # after the backup: on the hub, not in the backup
    site.sync(door)

    path = door.path
    door.close()
    restore_keeping_erasures(saved, path)
    door = Workspace.open(path, "Door", backup_on_migrate=False)
    try:
        site.admit(door, 2)  # would reuse the desk_seq of admission 1
        site.sync(door)
        site.sync(site.office)
        site.sync(door)
        assert site.admitted(door) == site.admitted(site.office) == {0, 1, 2}
        assert _hub_checkins(site.hub, door.desk_id) == 3
        _nothing_aside(door)
        _nothing_aside(site.office)
        assert not client.status(door).copies  # a restore is not a copy
    finally:
        door.close()


def test_copy_then_scan_keeps_both_and_flags_the_copy(site: Site, tmp_path: Path) -> None:
    door = site.join("Door")
    site.sync(door)
    site.admit(door, 0)
    site.sync(door)
    copy = Workspace.open(
        copy_database(door.path, tmp_path / "elsewhere" / "door.sqlite3"), backup_on_migrate=False
    )
    try:
        assert copy.desk_id == door.desk_id
        # The same desk, two databases, both at work: each scans other people.
        site.admit(copy, 2)
        site.admit(door, 1)
        site.admit(copy, 3)
        for ws in (door, copy, site.office, door, copy):
            site.sync(ws)
        for ws in (door, copy, site.office):
            assert site.admitted(ws) == {0, 1, 2, 3}
            _nothing_aside(ws)
        assert _hub_checkins(site.hub, door.desk_id) == 4
        # Two databases write as the same desk: every desk that holds both says so.
        for ws in (door, copy, site.office):
            assert client.status(ws).copies == [door.desk_id]
    finally:
        copy.close()


def test_a_copied_database_writing_beside_the_original_is_named_without_a_hub(
    make_desk: Callable[..., Workspace], tmp_path: Path
) -> None:
    """Two databases of one desk write in turn and meet by bundle: the desk is named as copied
    (`incarnations.copied_desks`), once; the organisation's other desk is not."""
    from mornings_desktop.services import mornings
    from mornings_desktop.sync import bundle, incarnations

    door = make_desk("Porte")
    mornings.create(door, mornings.MorningInput(title="A", date="2026-12-10"))
    (tmp_path / "elsewhere").mkdir()
    copy = Workspace.open(
        copy_database(door.path, tmp_path / "elsewhere" / "door.sqlite3"), backup_on_migrate=False
    )
    try:
        mornings.create(copy, mornings.MorningInput(title="B", date="2026-12-11"))
        mornings.create(door, mornings.MorningInput(title="C", date="2026-12-12"))
        bundle.export_bundle(copy, tmp_path / "copy.bundle")
    finally:
        copy.close()
    bundle.import_bundle(door, tmp_path / "copy.bundle")
    with door.db.read() as session:
        assert incarnations.copied_desks(session) == [door.desk_id]
        assert incarnations.joined_twice(session) == {}
