"""Last-writer-wins for a group of operations on one table at once (issue 18: a pulled chunk's
registrations and people).

`set_fields_many` leaves exactly the rows that `fold.set_fields` called once per change, in the
order given, leaves: the merge (per field, the newer stamp wins; a row is created by the first
change that names it) runs in memory over the rows read once, then each row is written once. Per
group that is one SELECT for the rows held, one `executemany` INSERT for the new rows, one
`executemany` UPDATE per set of changed columns, and one SELECT for the rows as stored — instead of
a SELECT and an INSERT or UPDATE per operation. Proved against the one-at-a-time fold by
`tests/unit/ledger/test_ingest_batch.py` (Hypothesis, several operations on one row per batch).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import _Plain, sqlite_connection
from mornings_desktop.ledger.operation import JsonDict

_CHUNK = 500  # ids per `IN (…)`


@dataclass(frozen=True)
class Change:
    """One operation's fields for `set_fields_many` (the arguments of one `set_fields` call)."""

    entity_id: str
    fields: JsonDict
    stamp: str
    extra_on_insert: JsonDict | None = None


def set_fields_many(
    session: Session, table: Table, changes: Sequence[Change], allowed: Iterable[str]
) -> dict[str, dict[str, Any]]:
    """`fold.set_fields` of each change in turn, written once per row; returns every row named,
    as stored after the group (by id, in the order first named)."""
    allowed_set = set(allowed)
    plain = _Plain.of(table)
    conn = sqlite_connection(session)
    ids = list(dict.fromkeys(c.entity_id for c in changes))
    held = rows_by_id(conn, plain, ids)
    stamps_of = {key: json.loads(row["stamps"] or "{}") for key, row in held.items()}
    new: dict[str, dict[str, Any]] = {}  # the INSERT of each new row, merged up to now
    dirty: dict[str, dict[str, Any]] = {}  # the changed columns of each row held
    for change in changes:
        key = change.entity_id
        values = {k: v for k, v in change.fields.items() if k in allowed_set}
        if key not in new and key not in held:
            params = {**plain.defaults, **values, **(change.extra_on_insert or {}), "id": key}
            plain.bind(params)  # a value the column refuses fails here, as its INSERT would
            new[key] = params
            stamps_of[key] = dict.fromkeys(values, change.stamp)
            continue
        stamps = stamps_of[key]
        won = {k: v for k, v in values.items() if stamps.get(k, "") < change.stamp}
        if not won:
            continue
        plain.bind(won)
        stamps.update(dict.fromkeys(won, change.stamp))
        (new[key] if key in new else dirty.setdefault(key, {})).update(won)
    _insert(conn, plain, [{**p, "stamps": _stamps(stamps_of[k])} for k, p in new.items()])
    _update(conn, plain, {k: {**c, "stamps": _stamps(stamps_of[k])} for k, c in dirty.items()})
    if not new and not dirty:
        return {key: held[key] for key in ids}
    stored = rows_by_id(conn, plain, ids)
    return {key: stored[key] for key in ids}


def _stamps(stamps: dict[str, str]) -> str:
    return json.dumps(stamps, sort_keys=True)


def rows_by_id(
    conn: sqlite3.Connection, plain: _Plain, ids: list[str]
) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for k in range(0, len(ids), _CHUNK):
        chunk = ids[k : k + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = f'SELECT {plain.listed} FROM "{plain.name}" WHERE id IN ({marks})'
        for values in conn.execute(sql, chunk):
            row = plain.row(values)
            found[str(row["id"])] = row
    return found


def _insert(conn: sqlite3.Connection, plain: _Plain, rows: list[dict[str, Any]]) -> None:
    """The new rows, in the order first named (runs with the same columns in one statement)."""
    start = 0
    while start < len(rows):
        keys = tuple(rows[start])
        end = start + 1
        while end < len(rows) and tuple(rows[end]) == keys:
            end += 1
        conn.executemany(plain.insert_many(keys), [plain.bind(r) for r in rows[start:end]])
        start = end


def _update(conn: sqlite3.Connection, plain: _Plain, rows: dict[str, dict[str, Any]]) -> None:
    by_columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for key, params in rows.items():
        by_columns.setdefault(tuple(params), []).append((*plain.bind(params), key))
    for keys, values in by_columns.items():
        conn.executemany(plain.update_many(keys), values)
