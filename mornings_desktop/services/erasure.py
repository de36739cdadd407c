"""Erasure everywhere (law 09-08 / GDPR): tables, operation log, WAL, rotating backups, restores.

`erase_person` (organiser desks only) records `person.erased` with `secure_delete` on, then
compacts the database (`store.database.compact_after_erasure`) and rewrites every rotating backup
in the data folder with the erasure applied — or deletes one that cannot be rewritten (a backup of
an older schema) — and says which. Copies a person made elsewhere with `backup -o` are theirs.
`request_erasure` (any desk, door desks included) hides the person at once; an organiser confirms
it with `erase_person` or reverses it with `reverse_request`. `restore_keeping_erasures` restores a
backup and re-applies the erasures the current database knows, so no older backup brings anyone
back; bundles and pulls cannot either (the tombstone outranks every edit, and logged payloads of
an erased person are scrubbed as they arrive).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.ledger import ledger
from mornings_desktop.ledger.operation import Envelope, Op
from mornings_desktop.services import people
from mornings_desktop.services.desk_role import require_organiser
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import migrate
from mornings_desktop.store.backup import list_backups, restore
from mornings_desktop.store.database import Database, compact_after_erasure
from mornings_desktop.store.schema_privacy import ErasureState
from mornings_desktop.wording.english import count

ELSEWHERE = (
    "Copies made elsewhere with 'mornings backup -o' are not touched: they belong to whoever "
    "made them, who must delete them."
)


@dataclass
class ErasureReport:
    person_ids: list[str]
    backups_rewritten: list[str] = field(default_factory=list)
    backups_deleted: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "erased": self.person_ids,
            "backups_rewritten": self.backups_rewritten,
            "backups_deleted": self.backups_deleted,
            "copies_elsewhere": ELSEWHERE,
        }

    def text(self) -> str:
        return (
            f"erased {count(len(self.person_ids), 'person', 'people')}; rotating backups rewritten with the "
            f"erasure: {len(self.backups_rewritten)}, deleted (older schema): "
            f"{len(self.backups_deleted)}. {ELSEWHERE}"
        )


def request_erasure(ws: Workspace, person_id: str) -> None:
    """A door desk's request: the person is hidden at once, until an organiser decides."""
    people.get_person(ws, person_id)
    ws.record("person.erasure_requested", {"id": person_id})


def reverse_request(ws: Workspace, person_id: str) -> None:
    require_organiser(ws)
    with ws.db.read() as session:
        state = session.get(ErasureState, person_id)
        if state is None or state.state != "requested":
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "No erasure request is pending for {ref}."),
                ref=person_id,
            )
    ws.record("person.erasure_reversed", {"id": person_id})


def pending_requests(ws: Workspace) -> list[str]:
    with ws.db.read() as session:
        return list(
            session.execute(
                select(ErasureState.person_id).where(ErasureState.state == "requested")
            ).scalars()
        )


def erase_people(ws: Workspace, person_ids: list[str]) -> ErasureReport:
    """Erase these people for good, here and in the rotating backups. Organiser desks only."""
    require_organiser(ws)
    for person_id in person_ids:
        people.get_person(ws, person_id)
    ops: list[Op] = []
    with ws.transaction() as tx:
        tx.session.execute(text("PRAGMA secure_delete=ON"))
        ops = [tx.record("person.erased", {"id": pid}) for pid in person_ids]
    report = ErasureReport(list(person_ids))
    if ops:
        compact_after_erasure(ws.path)
        rewrite_backups(ws.path, ops, report)
    return report


def erase_person(ws: Workspace, person_id: str) -> ErasureReport:
    return erase_people(ws, [person_id])


def _apply_to_file(path: Path, ops: list[Op]) -> bool:
    """Apply erasure operations to another database file of this schema. False if it cannot be."""
    db = Database(path, create=False)
    try:
        if migrate.current_revision(db) != migrate.head_revision():
            return False
        with db.write() as session:
            session.execute(text("PRAGMA secure_delete=ON"))
            ledger.ingest(session, ops, pushed=True)
    finally:
        db.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.isolation_level = None
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        conn.execute("VACUUM")
    return True


def rewrite_backups(db_path: Path, ops: list[Op], report: ErasureReport) -> None:
    """Every rotating backup beside `db_path` gets the erasure, or is deleted if it cannot."""
    for backup in list_backups(db_path):
        try:
            done = _apply_to_file(backup, ops)
        except Exception:
            done = False
        if done:
            report.backups_rewritten.append(str(backup))
        else:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{backup}{suffix}").unlink(missing_ok=True)
            report.backups_deleted.append(str(backup))


def _erasure_ops(db_path: Path) -> list[Op]:
    """The `person.erased` operations a database file holds, with their signed form when they
    have one (read-only, any schema version)."""
    if not db_path.is_file():
        return []
    with closing(sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)) as conn:
        signed = {r[1] for r in conn.execute("PRAGMA table_info(operations)")} >= {"body", "sig"}
        extra = ", body, sig, digest, inc, prev, operator" if signed else ""
        rows = conn.execute(
            f"SELECT op_id, desk_id, desk_seq, hlc, type, payload{extra} FROM operations "
            "WHERE type = 'person.erased' ORDER BY hlc"
        ).fetchall()
    keys = ("op_id", "desk_id", "desk_seq", "hlc", "type", "payload")
    found: list[Op] = []
    for row in rows:
        op = Op.from_json(dict(zip(keys, row[:6], strict=True)))
        if signed and row[6] is not None:
            body, sig, digest, inc, prev, operator = (str(v or "") for v in row[6:12])
            envelope = Envelope(body, sig, digest, inc, prev, operator, public=str(row[5]))
            op = Op(op.op_id, op.desk_id, op.desk_seq, op.hlc, op.type, op.payload, envelope)
        found.append(op)
    return found


def restore_keeping_erasures(backup_file: Path, db_path: Path) -> tuple[Path | None, int]:
    """Restore `backup_file` over `db_path`, then re-apply every erasure the replaced database
    knew. Returns (the safety copy of the replaced database, how many erasures were re-applied)."""
    known = _erasure_ops(db_path)
    safety = restore(backup_file, db_path)
    if not known:
        return safety, 0
    ws = Workspace.open(db_path)
    try:
        with ws.db.write() as session:
            session.execute(text("PRAGMA secure_delete=ON"))
            fresh = ledger.ingest(session, known, pushed=True)
    finally:
        ws.close()
    if fresh:
        compact_after_erasure(db_path)
    return safety, len(fresh)
