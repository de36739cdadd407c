"""Signed operations in the desk's file (DESIGN §6): signing what this desk records, keeping the
personal blocks beside the operations, and erasing them.

- `sign_local`: the payload's personal values leave it (`personal_split.split`), one block per
  subject is committed to (`trust.personal.commit_personal`), and the body with the public payload
  and the commitments is signed by the desk key.
- Blocks live in `op_personal` (digest, subject, block as canonical JSON), never in `operations`;
  `present_blocks` drops the blocks of people already erased here, so an operation that arrives
  after the erasure (in any order) stores nothing about them.
- `erase_subject` deletes a person's blocks (the `person.erased` handler calls it); the bodies and
  signatures stay, and every operation still verifies.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from mornings_desktop.ledger import personal_split
from mornings_desktop.ledger.operation import Envelope, JsonDict, Op, dumps
from mornings_desktop.trust import canonical
from mornings_desktop.trust.personal import commit_personal
from mornings_desktop.trust.signed_op import OpFields, SignedOp, sign_op

_INSERT_BLOCK_SQL = "INSERT OR IGNORE INTO op_personal (digest, subject, block) VALUES (?, ?, ?)"
_PERSON_OF_SQL = "SELECT person_id FROM registrations WHERE id = ?"
_CHUNK = 500


def _person_of(conn: sqlite3.Connection) -> personal_split.PersonOf:
    def person_of(registration_id: str) -> str | None:
        row = conn.execute(_PERSON_OF_SQL, (registration_id,)).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    return person_of


def sign_local(
    conn: sqlite3.Connection,
    key: Any,
    op: Op,
    *,
    org_id: str,
    inc: str,
    prev: str,
    operator: str,
) -> Envelope:
    """This desk's signed form of `op` (whose payload is the full one handlers read)."""
    public, parts = personal_split.split(op.type, op.payload, _person_of(conn))
    commit: dict[str, str] = {}
    blocks: dict[str, dict[str, Any]] = {}
    for subject, fields in parts.items():
        commit[subject], blocks[subject] = commit_personal(fields)
    signed = sign_op(
        key,
        OpFields(
            org_id=org_id,
            desk_id=op.desk_id,
            inc=inc,
            desk_seq=op.desk_seq,
            prev=prev if op.desk_seq > 1 else "",
            op_id=op.op_id,
            hlc=op.hlc,
            type=op.type,
            operator=operator,
            payload=public,
            commit=commit,
        ),
    )
    return envelope_of(signed, blocks)


def envelope_of(signed: SignedOp, blocks: Mapping[str, dict[str, Any]]) -> Envelope:
    return Envelope(
        body=signed.body.decode("utf-8"),
        sig=base64.b64encode(signed.sig).decode("ascii"),
        digest=signed.digest,
        inc=signed.fields.inc,
        prev=signed.fields.prev,
        operator=signed.fields.operator,
        public=dumps(signed.fields.payload),
        personal=dict(blocks),
    )


def op_of(signed: SignedOp, blocks: Mapping[str, dict[str, Any]]) -> Op:
    """The operation handlers read (blocks merged back), carrying its signed form."""
    f = signed.fields
    payload = personal_split.merge(f.type, f.payload, _fields_of(blocks))
    return Op(f.op_id, f.desk_id, f.desk_seq, f.hlc, f.type, payload, envelope_of(signed, blocks))


def _fields_of(blocks: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    return {s: b.get("fields") or {} for s, b in blocks.items() if isinstance(b, Mapping)}


def erased_subjects(conn: sqlite3.Connection, subjects: Iterable[str]) -> set[str]:
    wanted = list(dict.fromkeys(subjects))
    found: set[str] = set()
    for k in range(0, len(wanted), _CHUNK):
        chunk = wanted[k : k + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT person_id FROM privacy_erasures WHERE state = 'erased'"
            f" AND person_id IN ({marks})",
            chunk,
        )
        found.update(str(r[0]) for r in rows)
    return found


def present_blocks(conn: sqlite3.Connection, op: Op) -> Op:
    """`op` without the blocks of people erased here (its payload merged again without them)."""
    env = op.envelope
    if env is None or not env.personal:
        return op
    return _without(op, erased_subjects(conn, env.personal))


def present_blocks_many(conn: sqlite3.Connection, ops: Sequence[Op]) -> list[Op]:
    """`present_blocks` of each of `ops`, the erasures read in one query per 500 subjects."""
    subjects = [s for op in ops if op.envelope is not None for s in op.envelope.personal]
    gone = erased_subjects(conn, subjects) if subjects else set()
    return [_without(op, gone) for op in ops]


def _without(op: Op, gone: set[str]) -> Op:
    env = op.envelope
    if env is None or not gone or not gone.intersection(env.personal):
        return op
    kept = {s: b for s, b in env.personal.items() if s not in gone}
    public = json.loads(env.public)
    payload = personal_split.merge(op.type, public, _fields_of(kept))
    new_env = Envelope(
        env.body, env.sig, env.digest, env.inc, env.prev, env.operator, env.public, kept
    )
    return Op(op.op_id, op.desk_id, op.desk_seq, op.hlc, op.type, payload, new_env)


def store_blocks(conn: sqlite3.Connection, env: Envelope) -> None:
    if env.personal:
        store_blocks_many(conn, [env])


def store_blocks_many(conn: sqlite3.Connection, envs: Iterable[Envelope | None]) -> None:
    """The personal blocks of several operations, in one statement."""
    rows = [
        (env.digest, subject, _block_text(env, subject, block))
        for env in envs
        if env is not None
        for subject, block in env.personal.items()
    ]
    if rows:
        conn.executemany(_INSERT_BLOCK_SQL, rows)


def _block_text(env: Envelope, subject: str, block: Mapping[str, Any]) -> str:
    """A block's canonical text: made already (`Envelope.block_texts`), else encoded now."""
    made = env.block_texts.get(subject) if env.block_texts is not None else None
    return made if made is not None else canonical.encode(block).decode("utf-8")


def blocks_of(conn: sqlite3.Connection, digests: Iterable[str]) -> dict[str, dict[str, Any]]:
    """{digest: {subject: block}} for the operations named (only those with blocks appear)."""
    wanted = list(dict.fromkeys(digests))
    out: dict[str, dict[str, Any]] = {}
    for k in range(0, len(wanted), _CHUNK):
        chunk = wanted[k : k + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT digest, subject, block FROM op_personal WHERE digest IN ({marks})", chunk
        )
        for digest, subject, block in rows:
            out.setdefault(str(digest), {})[str(subject)] = json.loads(block)
    return out


def full_payload(
    conn: sqlite3.Connection, op_type: str, public_text: str, digest: str | None
) -> JsonDict:
    """A stored operation's payload as handlers read it (its present blocks merged back)."""
    public = json.loads(public_text)
    if digest is None or not personal_split.has_personal(op_type):
        return public  # type: ignore[no-any-return]
    blocks = blocks_of(conn, [digest]).get(digest, {})
    return personal_split.merge(op_type, public, _fields_of(blocks))


def erase_subject(conn: sqlite3.Connection, person_id: str) -> None:
    """Delete a person's blocks, and what their blocks had put in the tables (notes, flags,
    revert reasons): the same state as on a desk that received those operations after the
    erasure (their blocks dropped, the fields never set), whatever the order."""
    entities: set[str] = set()
    for (text,) in conn.execute("SELECT block FROM op_personal WHERE subject = ?", (person_id,)):
        fields = json.loads(text).get("fields")
        if isinstance(fields, dict):
            entities.update(str(k) for k in fields)
    held = sorted(entities)
    for k in range(0, len(held), _CHUNK):
        chunk = held[k : k + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        conn.execute(
            "UPDATE registrations SET note = NULL, flags = NULL,"
            " stamps = json_remove(stamps, '$.note', '$.flags')"
            f" WHERE id IN ({marks})",
            chunk,
        )
        conn.execute(
            f"UPDATE checkin_reverts SET reason = NULL WHERE checkin_id IN ({marks})", chunk
        )
    conn.execute("DELETE FROM op_personal WHERE subject = ?", (person_id,))
    _scrub_kept(conn, person_id)


def _scrub_kept(conn: sqlite3.Connection, person_id: str) -> None:
    """Operations kept aside in the quarantine lose the person's blocks too."""
    rows = conn.execute(
        "SELECT op_id, op_json FROM sync_quarantine WHERE instr(op_json, ?) > 0",
        (json.dumps(person_id),),
    ).fetchall()
    for key, text in rows:
        try:
            kept = json.loads(text)
        except ValueError:
            continue
        personal = kept.get("personal") if isinstance(kept, dict) else None
        if isinstance(personal, dict) and person_id in personal:
            del personal[person_id]
            conn.execute(
                "UPDATE sync_quarantine SET op_json = ? WHERE op_id = ?",
                (json.dumps(kept, ensure_ascii=False), key),
            )
