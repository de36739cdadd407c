"""Personal data stays outside the signed text (DESIGN §6, issues 12 and 16): names, e-mails,
phones, registration notes and revert reasons live in erasable blocks beside the operations.
Erasing a person deletes their blocks (and the free text about them in the tables) while every
operation still verifies, here and on a desk that joins afterwards, whatever order things came in."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from mornings_desktop.services import checkin, erasure, people
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.backup import list_backups, rotating_backup
from mornings_desktop.sync import bundle
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Certificate, Signed, verify_certificate
from mornings_desktop.trust.personal import check_personal
from mornings_desktop.trust.signed_op import verify_op
from tests.unit.privacy.conftest import EMAIL, FIRST, LAST, PHONE, make_subject

REASON = "fausse alerte badge Zineb"
NEEDLES = [s.encode() for s in (FIRST, LAST, EMAIL, PHONE, "allergie arachides", REASON)]


def _found(data: bytes) -> list[bytes]:
    return [n for n in NEEDLES if n in data]


def _files(db: Path) -> bytes:
    return b"".join(
        Path(f"{db}{s}").read_bytes() for s in ("", "-wal") if Path(f"{db}{s}").exists()
    )


def _verify_all(path: Path) -> int:
    """Check every operation of the file against its certificates and its blocks; how many."""
    with closing(sqlite3.connect(path)) as conn:
        org_public = keys.public_from_text(
            conn.execute("SELECT value FROM meta WHERE key = 'org_public_key'").fetchone()[0]
        )
        certs: list[Certificate] = []
        for body, sig in conn.execute("SELECT body, sig FROM certificates"):
            verdict = verify_certificate(Signed(body.encode(), base64.b64decode(sig)), org_public)
            assert verdict.value is not None
            certs.append(verdict.value)
        rows = conn.execute("SELECT body, sig, digest FROM operations").fetchall()
        blocks: dict[str, dict[str, object]] = {}
        for digest, subject, block in conn.execute("SELECT * FROM op_personal"):
            blocks.setdefault(digest, {})[subject] = json.loads(block)

    def lookup(org_id: str, desk_id: str) -> list[Certificate]:
        return [c for c in certs if (c.org_id, c.desk_id) == (org_id, desk_id)]

    for body, sig, digest in rows:
        assert body is not None, "every operation is signed"
        verdict = verify_op(base64.b64decode(sig), body.encode(), lookup)
        assert verdict.ok and verdict.value is not None, verdict.reason
        assert verdict.value.digest == digest
        assert check_personal(verdict.value.fields.commit, blocks.get(digest)).ok
    return len(rows)


def _revert_one(ws: Workspace, registration_id: str) -> None:
    admitted = [r for r in checkin.history(ws, registration_id) if not r.reverted]
    checkin.revert(ws, admitted[0].id, REASON)


def test_personal_values_live_beside_the_signed_bodies(ws: Workspace) -> None:
    subject = make_subject(ws)
    _revert_one(ws, subject.registration_ids[0])
    with closing(sqlite3.connect(ws.path)) as conn:
        bodies = " ".join(r[0] for r in conn.execute("SELECT body || payload FROM operations"))
        blocks = " ".join(r[0] for r in conn.execute("SELECT block FROM op_personal"))
        subjects = {r[0] for r in conn.execute("SELECT subject FROM op_personal")}
    assert _found(bodies.encode()) == []
    assert _found(blocks.encode()) == NEEDLES
    assert subjects == {subject.person_id}
    # handlers saw the whole payload: the tables hold the values
    assert people.get_person(ws, subject.person_id).email == EMAIL
    assert _verify_all(ws.path) > 10


def test_erasure_removes_the_values_and_every_operation_still_verifies(
    ws: Workspace, tmp_path: Path
) -> None:
    ws.close()
    late = tmp_path / "late.sqlite3"
    shutil.copyfile(ws.path, late)  # a desk of the organisation that joins after the erasure
    a = Workspace.open(ws.path, "Accueil 1")
    try:
        subject = make_subject(a)
        _revert_one(a, subject.registration_ids[0])
        for reason in ("auto", "manual"):
            rotating_backup(a.path, reason)
        assert _found(_files(a.path))
        report = erasure.erase_person(a, subject.person_id)
        assert len(report.backups_rewritten) == 2
        assert _found(_files(a.path)) == []
        for backup in list_backups(a.path):
            assert _found(backup.read_bytes()) == [], backup
        count = _verify_all(a.path)
        made = bundle.export_bundle(a, tmp_path / "after.bundle")
    finally:
        a.close()
    b = Workspace.open(late, "Accueil 2", backup_on_migrate=False)
    try:
        result = bundle.import_bundle(b, Path(made.path))
        assert result.quarantined == 0 and result.applied > 0
        assert people.get_person(b, subject.person_id).erased
        assert _verify_all(b.path) >= count
    finally:
        b.close()
    assert _found(_files(late)) == []


def test_values_arriving_after_the_erasure_are_not_kept(ws: Workspace, tmp_path: Path) -> None:
    """Desk b learns of the erasure first, then receives the person's earlier operations."""
    ws.close()
    shutil.copyfile(ws.path, tmp_path / "b.sqlite3")
    a = Workspace.open(ws.path, "Accueil 1")
    b = Workspace.open(tmp_path / "b.sqlite3", "Accueil 2", backup_on_migrate=False)
    try:
        subject = make_subject(a)
        _revert_one(a, subject.registration_ids[1])
        before = bundle.export_bundle(a, tmp_path / "before.bundle")
        erasure.erase_person(a, subject.person_id)
        entries = bundle.read_bundle(a, Path(before.path))
        after = bundle.export_bundle(a, tmp_path / "after.bundle")
        erased_only = [e for e in bundle.read_bundle(a, Path(after.path)) if "sig" in e]
        erased_only = [e for e in erased_only if '"person.erased"' in e["body"]]
        certs = [e for e in entries if "certificate" in e]
        from tests.sync.test_poison import _write_bundle

        _write_bundle(tmp_path / "erasure.bundle", a, certs + erased_only)
        assert bundle.import_bundle(b, tmp_path / "erasure.bundle").applied == 1
        assert bundle.import_bundle(b, Path(before.path)).quarantined == 0
        row = people.get_person(b, subject.person_id)
        assert row.erased and row.email == "" and row.first_name == ""
        with closing(sqlite3.connect(b.path)) as conn:
            notes = conn.execute("SELECT note FROM registrations WHERE note IS NOT NULL").fetchall()
            reasons = conn.execute("SELECT reason FROM checkin_reverts").fetchall()
            held = conn.execute("SELECT count(*) FROM op_personal").fetchone()[0]
        assert notes == [] and reasons == [(None,)] and held == 0
    finally:
        a.close()
        b.close()
    assert _verify_all(tmp_path / "b.sqlite3") > 10


def test_a_restore_reapplies_the_erasure_in_its_signed_form(
    ws: Workspace, db_path: Path, tmp_path: Path
) -> None:
    from mornings_desktop.store.backup import copy_database

    subject = make_subject(ws)
    elsewhere = tmp_path / "usb" / "copy.sqlite3"
    copy_database(ws.path, elsewhere)
    erasure.erase_person(ws, subject.person_id)
    ws.close()
    _safety, reapplied = erasure.restore_keeping_erasures(elsewhere, db_path)
    assert reapplied == 1
    assert _verify_all(db_path) > 10  # the erasure too: signed, relayable, verifiable
    with closing(sqlite3.connect(db_path)) as conn:
        held = conn.execute("SELECT count(*) FROM op_personal WHERE subject = ?",
                            (subject.person_id,)).fetchone()  # fmt: skip
    assert held == (0,)
    assert _found(_files(db_path)) == []


def test_an_edit_recorded_here_after_the_erasure_keeps_nothing(ws: Workspace) -> None:
    """An edit of an erased person recorded on this desk (a stale screen, a script) stores no
    block about them: the hub refuses such blocks, and desk and hub must hold the same."""
    subject = make_subject(ws)
    erasure.erase_person(ws, subject.person_id)
    ws.record(
        "person.updated",
        {"id": subject.person_id, "fields": {"first_name": "Revenue", "email": "back@x.ma"}},
    )
    with closing(sqlite3.connect(ws.path)) as conn:
        held = conn.execute(
            "SELECT count(*) FROM op_personal WHERE subject = ?", (subject.person_id,)
        ).fetchone()[0]
    assert held == 0
    row = people.get_person(ws, subject.person_id)
    assert row.erased and row.first_name == "" and row.email == ""
