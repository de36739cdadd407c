"""Registrations and check-ins. Check-ins are a grow-only set of facts; a revert always wins.

Presence on a registration (`checked_in_at`, desk, method, count) is recomputed from the set each
time the set or the registration changes, so it is the same whatever order the facts arrived in:
the arrival is the earliest check-in that is not reverted; a count above one is a duplicate
admission (two desks admitted the same ticket) that an organiser reviews.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import (
    batch_handler,
    entity_fields,
    handler,
    set_fields,
    sqlite_connection,
)
from mornings_desktop.ledger.fold_batch import Change, set_fields_many
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.schema import (
    CheckIn,
    CheckInRevert,
    Registration,
    RevokedCode,
    table_of,
)

REGISTRATION_FIELDS = (
    "morning_id",
    "person_id",
    "category",
    "code",
    "external_ref",
    "source",
    "status",
    "registered_at",
    "walk_in",
    "note",
    "flags",
)
_FLAG_KEY = re.compile(r"\A[a-z][a-z0-9_]{0,31}\Z")
_reg = table_of(Registration)
_chk = table_of(CheckIn)
_rev = table_of(CheckInRevert)
# Plain SQL (see `fold.sqlite_connection`): these run for every scan and every pulled check-in.
_ADMISSIONS_SQL = (
    "SELECT c.at, c.desk_id, c.method FROM checkins c"
    " LEFT JOIN checkin_reverts v ON v.checkin_id = c.id"
    " WHERE c.registration_id = ? AND v.checkin_id IS NULL"
    " ORDER BY c.at, c.desk_id, c.id"
)
_ADMISSIONS_MANY_SQL = (
    "SELECT c.registration_id, c.at, c.desk_id, c.method FROM checkins c"
    " LEFT JOIN checkin_reverts v ON v.checkin_id = c.id"
    " WHERE c.registration_id IN ({marks}) AND v.checkin_id IS NULL"
    " ORDER BY c.registration_id, c.at, c.desk_id, c.id"
)
# Written only when it changes (an unchanged row is not rewritten, so no page is dirtied).
_PRESENCE_SQL = (
    "UPDATE registrations SET checked_in_at = ?, checkin_desk_id = ?, checkin_method = ?,"
    " checkin_count = ? WHERE id = ? AND (checked_in_at IS NOT ? OR checkin_desk_id IS NOT ?"
    " OR checkin_method IS NOT ? OR checkin_count IS NOT ?)"
)
_CHECKIN_SQL = (
    "INSERT INTO checkins (id, registration_id, morning_id, desk_id, at, method, op_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"
)


def refresh_presence(
    session: Session, registration_id: str, row: dict[str, Any] | None = None
) -> None:
    """Recompute the derived presence columns of one registration from the check-in set.

    `row` is the registration as stored, when the caller has it: an unchanged presence is then
    not written again (most registrations have no check-in when they are created)."""
    _refresh(sqlite_connection(session), registration_id, row)


def _refresh(
    conn: sqlite3.Connection, registration_id: str, row: dict[str, Any] | None = None
) -> None:
    rows = conn.execute(_ADMISSIONS_SQL, (registration_id,)).fetchall()
    first = rows[0] if rows else (None, None, None)
    values = (first[0], first[1], first[2], len(rows))
    if row is not None and _presence(row) == values:
        return
    conn.execute(_PRESENCE_SQL, (*values, registration_id, *values))


def _refresh_many(conn: sqlite3.Connection, rows: Mapping[str, Mapping[str, Any] | None]) -> None:
    """`_refresh` of each registration of `rows` (its row as stored, or None), the admissions of
    all read in one query per 500."""
    ids = list(rows)
    admitted: dict[str, list[tuple[Any, ...]]] = {}
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        marks = ", ".join("?" * len(chunk))
        for found in conn.execute(_ADMISSIONS_MANY_SQL.format(marks=marks), chunk):
            admitted.setdefault(str(found[0]), []).append(found[1:])
    changed = []
    for registration_id, row in rows.items():
        held = admitted.get(registration_id, [])
        first = held[0] if held else (None, None, None)
        values = (first[0], first[1], first[2], len(held))
        if row is not None and _presence(row) == values:
            continue
        changed.append((*values, registration_id, *values))
    if changed:
        conn.executemany(_PRESENCE_SQL, changed)


def _presence(row: Mapping[str, Any]) -> tuple[Any, ...]:
    return (
        row.get("checked_in_at"),
        row.get("checkin_desk_id"),
        row.get("checkin_method"),
        row.get("checkin_count"),
    )


def stored_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """`fields` as the table keeps them: `flags`, a list of keys in operations, is stored as one
    space-separated text (None when empty); keys that are not plain identifiers are dropped."""
    if "flags" not in fields:
        return fields
    flags = fields["flags"]
    keys = (
        sorted({k for k in flags if isinstance(k, str) and _FLAG_KEY.match(k)})
        if isinstance(flags, list)
        else []
    )
    return {**fields, "flags": " ".join(keys[:16]) or None}


def apply_registration(session: Session, op: Op) -> None:
    registration_id, fields = entity_fields(op)
    fields = stored_fields(fields)
    row = set_fields(session, _reg, registration_id, fields, op.stamp, REGISTRATION_FIELDS)
    refresh_presence(session, registration_id, row)


@batch_handler("registration.created")
@batch_handler("registration.updated")
def apply_registrations(session: Session, ops: Sequence[Op]) -> None:
    """A group of creations or edits (a pulled chunk's): merged per field in memory, each row
    written once and its presence recomputed once (`fold_batch`); one operation as before."""
    if len(ops) == 1:
        apply_registration(session, ops[0])
        return
    changes = []
    for op in ops:
        registration_id, fields = entity_fields(op)
        changes.append(Change(registration_id, stored_fields(fields), op.stamp))
    rows = set_fields_many(session, _reg, changes, REGISTRATION_FIELDS)
    _refresh_many(sqlite_connection(session), rows)


@handler("registration.cancelled")
def apply_cancel(session: Session, op: Op) -> None:
    registration_id = str(op.payload["id"])
    set_fields(session, _reg, registration_id, {"status": "cancelled"}, op.stamp, ("status",))
    refresh_presence(session, registration_id)


@handler("registration.reinstated")
def apply_reinstate(session: Session, op: Op) -> None:
    registration_id = str(op.payload["id"])
    set_fields(session, _reg, registration_id, {"status": "registered"}, op.stamp, ("status",))
    refresh_presence(session, registration_id)


@handler("registration.code_reissued")
def apply_reissue(session: Session, op: Op) -> None:
    """`{"id", "code", "old_code"}`: the new code wins by stamp; the old one is revoked for good."""
    registration_id = str(op.payload["id"])
    set_fields(session, _reg, registration_id, {"code": op.payload["code"]}, op.stamp, ("code",))
    old = op.payload.get("old_code")
    if isinstance(old, str) and old:
        exists = session.get(RevokedCode, old)
        if exists is None:
            session.add(RevokedCode(code=old, registration_id=registration_id))
            session.flush()
    refresh_presence(session, registration_id)


@batch_handler("checkin.created")
def apply_checkins(session: Session, ops: Sequence[Op]) -> None:
    """`{"id", "registration_id", "morning_id", "at", "method"}`: one admission, kept for good.

    A run of check-ins (a pull) is inserted in one statement, and each registration's presence is
    recomputed once at the end: the same tables as one by one, since presence is a function of
    the set."""
    fold_checkins(sqlite_connection(session), ops)


def fold_checkins(conn: sqlite3.Connection, ops: Sequence[Op]) -> None:
    """`apply_checkins` on the transaction's own sqlite3 connection (the door's admissions)."""
    rows = [_checkin_row(op) for op in ops]
    if len(rows) == 1:
        conn.execute(_CHECKIN_SQL, rows[0])
    else:
        conn.executemany(_CHECKIN_SQL, rows)
    _refresh_many(conn, dict.fromkeys(r[1] for r in rows))


# A first arrival: the registration has none (so no check-in of it counts), and the new check-in
# becomes its arrival, alone. Written only if that still holds (the door's re-read under the write
# lock, in the same statement).
_FIRST_ARRIVAL_SQL = (
    "UPDATE registrations SET checked_in_at = ?, checkin_desk_id = ?, checkin_method = ?,"
    " checkin_count = 1 WHERE id = ? AND checked_in_at IS NULL"
)
_EXISTS_SQL = "SELECT 1 FROM registrations WHERE id = ?"


def claim_first_arrival(conn: sqlite3.Connection, desk_id: str, payload: Mapping[str, Any]) -> bool:
    """The door's admission of a registration with no arrival (`checkin.created`'s payload, made on
    this desk), inside its write transaction and before its operation is appended: False, with
    nothing written, when the registration has an arrival by now (another desk's admission pulled
    meanwhile, another process on this file); else its presence is set and the caller appends the
    operation and calls `insert_own_checkin`.

    The same tables as `fold_checkins` of that one operation, in one statement instead of three:
    with no arrival, no check-in of the registration counts (presence is recomputed from the set
    on every change of it), so the new check-in, whose id is new, is the earliest and the only one.
    A registration this file does not hold (it cannot be found at the door) gets nothing, as there.
    """
    values = (  # in NFC, as `ledger.append` signs the payload and the fold reads it
        _nfc(str(payload["at"])),
        desk_id,
        _nfc(str(payload.get("method", "scanner"))),
        _nfc(str(payload["registration_id"])),
    )
    if conn.execute(_FIRST_ARRIVAL_SQL, values).rowcount == 1:
        return True
    return conn.execute(_EXISTS_SQL, (values[3],)).fetchone() is None


def _nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def insert_own_checkin(conn: sqlite3.Connection, op: Op) -> None:
    """The check-in row of an admission whose presence `claim_first_arrival` set."""
    conn.execute(_CHECKIN_SQL, _checkin_row(op))


def _checkin_row(op: Op) -> tuple[str, ...]:
    """`_CHECKIN_SQL`'s values for a `checkin.created` operation."""
    p = op.payload
    return (
        str(p["id"]),
        str(p["registration_id"]),
        str(p["morning_id"]),
        op.desk_id,
        str(p["at"]),
        str(p.get("method", "scanner")),
        op.op_id,
    )


@handler("checkin.reverted")
def apply_revert(session: Session, op: Op) -> None:
    """`{"checkin_id", "registration_id", "reason", "at"}`: the admission no longer counts."""
    p = op.payload
    checkin_id = str(p["checkin_id"])
    values = {
        "reason": p.get("reason"),
        "at": str(p["at"]),
        "desk_id": op.desk_id,
        "op_id": op.op_id,
    }
    existing = session.execute(select(_rev).where(_rev.c.checkin_id == checkin_id)).first()
    if existing is None:
        session.execute(_rev.insert().values(checkin_id=checkin_id, **values))
    elif (values["at"], op.op_id) < (existing.at, existing.op_id):
        # Two desks undid the same admission: keep the earliest undo, whatever arrived first.
        session.execute(update(_rev).where(_rev.c.checkin_id == checkin_id).values(**values))
    targets = {str(p["registration_id"])}
    admitted = session.execute(
        select(_chk.c.registration_id).where(_chk.c.id == checkin_id)
    ).scalar_one_or_none()
    if admitted is not None:
        targets.add(admitted)  # trust the admission itself over the payload's copy
    for registration_id in sorted(targets):
        refresh_presence(session, registration_id)
