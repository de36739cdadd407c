"""Erasure reaches the database file and its WAL, every rotating backup and new bundles; an old
bundle imported later, or an older backup restored, does not bring the person back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from mornings_desktop.services import erasure, people
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.backup import list_backups, rotating_backup
from mornings_desktop.sync import bundle
from tests.unit.privacy.conftest import EMAIL, FIRST, LAST, make_subject

NEEDLES = [s.encode() for s in (FIRST, LAST, EMAIL, "661778899")]


def _found(data: bytes) -> list[bytes]:
    return [n for n in NEEDLES if n in data]


def _files(db: Path) -> bytes:
    return b"".join(
        Path(f"{db}{s}").read_bytes() for s in ("", "-wal") if Path(f"{db}{s}").exists()
    )


def _twin(ws: Workspace, path: Path) -> Workspace:
    """A second desk of the same organisation (a copy of the file before anything was done)."""
    return Workspace.open(path, "Accueil 2", backup_on_migrate=False)


def test_erase_reaches_file_wal_backups_and_new_bundles(ws: Workspace, tmp_path: Path) -> None:
    subject = make_subject(ws)
    for reason in ("auto", "manual", "before-import"):
        rotating_backup(ws.path, reason)
    before = list_backups(ws.path)
    assert len(before) == 3 and all(_found(b.read_bytes()) for b in before)
    assert _found(_files(ws.path))
    report = erasure.erase_person(ws, subject.person_id)
    assert _found(_files(ws.path)) == []
    assert len(report.backups_rewritten) == 3 and report.backups_deleted == []
    for backup in list_backups(ws.path):
        assert _found(backup.read_bytes()) == [], backup
    # a bundle made now, decrypted with the organisation's bundle key, holds nothing of theirs
    made = bundle.export_bundle(ws, tmp_path / "after.bundle")
    entries = bundle.read_bundle(ws, Path(made.path))
    assert entries and _found(json.dumps(entries, ensure_ascii=False).encode()) == []
    # anonymous counts remain
    assert people.get_person(ws, subject.person_id).erased
    counts = {p.id: p for p in people.list_people(ws)}[subject.person_id]
    assert (counts.registrations, counts.attended) == (3, 2)


def test_a_backup_of_an_older_schema_is_deleted_and_said_so(ws: Workspace) -> None:
    subject = make_subject(ws)
    old = rotating_backup(ws.path, "before-migrate")
    import sqlite3

    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0007_quarantine_rooms'")
    conn.close()
    report = erasure.erase_person(ws, subject.person_id)
    assert report.backups_deleted == [str(old)] and not old.exists()


def test_an_old_bundle_imported_after_does_not_bring_them_back(
    ws: Workspace, db_path: Path, tmp_path: Path
) -> None:
    ws.close()
    shutil.copyfile(db_path, tmp_path / "other.sqlite3")
    a = Workspace.open(db_path, "Accueil 1")
    b = _twin(a, tmp_path / "other.sqlite3")
    try:
        subject = make_subject(b)
        old = bundle.export_bundle(b, tmp_path / "before.bundle")
        bundle.import_bundle(a, Path(old.path))
        assert people.get_person(a, subject.person_id).email == EMAIL
        erasure.erase_person(a, subject.person_id)
        # desk b, not yet told, edits the person and sends everything again
        b.record("person.updated", {"id": subject.person_id, "fields": {"last_name": LAST}})
        again = bundle.export_bundle(b, tmp_path / "again.bundle")
        bundle.import_bundle(a, Path(old.path))
        bundle.import_bundle(a, Path(again.path))
        row = people.get_person(a, subject.person_id)
        assert row.erased and row.email == "" and row.last_name == ""
        from mornings_desktop.store.database import compact_after_erasure

        compact_after_erasure(a.path)
        assert _found(_files(a.path)) == []
    finally:
        a.close()
        b.close()


def test_restoring_an_older_backup_reapplies_the_erasures(
    ws: Workspace, db_path: Path, tmp_path: Path
) -> None:
    subject = make_subject(ws)
    elsewhere = tmp_path / "usb" / "copy.sqlite3"
    from mornings_desktop.store.backup import copy_database

    copy_database(ws.path, elsewhere)  # `backup -o`: a copy that is the person's who made it
    erasure.erase_person(ws, subject.person_id)
    ws.close()
    safety, reapplied = erasure.restore_keeping_erasures(elsewhere, db_path)
    assert reapplied == 1 and safety is not None
    opened = Workspace.open(db_path)
    try:
        row = people.get_person(opened, subject.person_id)
        assert row.erased and row.email == ""
    finally:
        opened.close()
    assert _found(_files(db_path)) == []
