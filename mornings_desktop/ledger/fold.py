"""`apply`: fold one operation into the tables. The same function for local, hub and bundle ops.

Promises (tested by a Hypothesis property test over permutations with duplicates):
- idempotent: the ledger never applies an op_id twice, and handlers are written so that doing so
  would change nothing anyway;
- order-independent: any order of the same set of operations gives the same tables;
- total: an operation whose type has no handler is kept in the log with `applied = False`, and
  applied when a version that understands it starts (`reapply_pending`).

A handler is registered with `@handler("type")` in a module of `ledger/handlers/`; every module of
that package is imported by `load_handlers()`.
"""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from mornings_desktop.ledger.operation import JsonDict, Op

Handler = Callable[[Session, Op], None]
BatchHandler = Callable[[Session, Sequence[Op]], None]
_HANDLERS: dict[str, Handler] = {}
# Optional: one call for a run of operations of the same type (a pull of 10,000 check-ins). It must
# leave the tables as applying each operation in turn would.
_BATCH_HANDLERS: dict[str, BatchHandler] = {}

# A stamp greater than any real one: written by an erasure so no later edit can win over it.
TOMBSTONE = "~"


def handler(op_type: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        if op_type in _HANDLERS and _HANDLERS[op_type] is not func:
            raise RuntimeError(f"two handlers for operation type {op_type!r}")
        _HANDLERS[op_type] = func
        return func

    return register


def batch_handler(op_type: str) -> Callable[[BatchHandler], BatchHandler]:
    """Register `func(session, ops)` for runs of `op_type`; it is also the single-op handler."""

    def register(func: BatchHandler) -> BatchHandler:
        if op_type in _BATCH_HANDLERS and _BATCH_HANDLERS[op_type] is not func:
            raise RuntimeError(f"two batch handlers for operation type {op_type!r}")
        _BATCH_HANDLERS[op_type] = func
        handler(op_type)(functools.partial(_one_of_batch, func))
        return func

    return register


def _one_of_batch(func: BatchHandler, session: Session, op: Op) -> None:
    func(session, (op,))


def batch_handler_for(op_type: str) -> BatchHandler | None:
    load_handlers()
    return _BATCH_HANDLERS.get(op_type)


_loaded = False


def load_handlers() -> None:
    """Import every module of `ledger.handlers` so their `@handler`s register (once per process)."""
    global _loaded
    if _loaded:
        return
    from mornings_desktop.ledger import handlers
    from mornings_desktop.store.tables import load_all

    load_all()
    for info in pkgutil.iter_modules(handlers.__path__):
        importlib.import_module(f"{handlers.__name__}.{info.name}")
    _loaded = True


def known_types() -> set[str]:
    load_handlers()
    return set(_HANDLERS)


def apply(session: Session, op: Op) -> bool:
    """Fold `op` into the tables. Returns False (and changes nothing) if its type is unknown."""
    load_handlers()
    func = _HANDLERS.get(op.type)
    if func is None:
        return False
    func(session, op)
    return True


def set_fields(
    session: Session,
    table: Table,
    entity_id: str,
    fields: JsonDict,
    stamp: str,
    allowed: Iterable[str],
    extra_on_insert: JsonDict | None = None,
) -> dict[str, Any] | None:
    """Last-writer-wins per field: write each field whose current stamp is older than `stamp`.

    Creates the row if it does not exist yet (an edit may arrive before the creation). Fields not
    in `allowed` are ignored (they come from a newer version; the operation itself is kept).
    Returns the row as it is after the change, or None if the id is not a string.
    """
    allowed_set = set(allowed)
    values = {k: v for k, v in fields.items() if k in allowed_set}
    conn = core_connection(session)
    row = conn.execute(_statements(table)[0], {"_id": entity_id}).mappings().first()
    # Statements are built once per table and run with parameters, and RETURNING gives the row as
    # stored (with its defaults) without a second SELECT: the demo's 20,000 registrations and
    # every sync go through here.
    if row is None:
        stamps = dict.fromkeys(values, stamp)
        params = {
            **values,
            **(extra_on_insert or {}),
            "id": entity_id,
            "stamps": json.dumps(stamps, sort_keys=True),
        }
        row = conn.execute(_statements(table)[1], params).mappings().first()
    else:
        stamps = json.loads(row["stamps"] or "{}")
        changes = {k: v for k, v in values.items() if stamps.get(k, "") < stamp}
        if changes:
            stamps.update(dict.fromkeys(changes, stamp))
            params = {**changes, "_id": entity_id, "stamps": json.dumps(stamps, sort_keys=True)}
            row = conn.execute(_statements(table)[2], params).mappings().first()
    return dict(row) if row is not None else None


def sqlite_connection(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection, inside its transaction (pending ORM changes flushed).

    For the hottest statements (every scan, every pulled check-in): plain SQL with `?` parameters
    runs from sqlite3's cache of prepared statements in microseconds, where SQLAlchemy's execution
    machinery adds a tenth of a millisecond per statement."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    # `session.connection()` costs a tenth of a millisecond; the answer is the same for the whole
    # transaction, so it is kept beside it. Keyed by the innermost transaction: inside a
    # `begin_nested()`, `session.connection()` is what emits the SAVEPOINT, so a savepoint that
    # rolls back also rolls back what was written through this raw connection.
    transaction = session.get_nested_transaction() or session.get_transaction()
    cached = session.info.get(_SQLITE_KEY)
    if transaction is not None and cached is not None and cached[0] is transaction:
        return cast(sqlite3.Connection, cached[1])
    raw = session.connection().connection.dbapi_connection
    session.info[_SQLITE_KEY] = (session.get_nested_transaction() or session.get_transaction(), raw)
    return cast(sqlite3.Connection, raw)


_SQLITE_KEY = "mornings.sqlite_connection"


def core_connection(session: Session) -> Connection:
    """The session's connection, for Core statements on the hot path (a quarter of the cost of
    `session.execute`). Pending ORM changes are flushed first, as `session.execute` would."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    return session.connection()


@functools.cache
def _statements(table: Table) -> tuple[Any, Any, Any]:
    """SELECT by id, INSERT … RETURNING, UPDATE by id … RETURNING (values come as parameters)."""
    return (
        select(table).where(table.c.id == bindparam("_id")),
        table.insert().returning(*table.c),
        update(table).where(table.c.id == bindparam("_id")).returning(*table.c),
    )


def entity_fields(op: Op) -> tuple[str, JsonDict]:
    """The `id` and `fields` of an entity operation's payload (validated shape)."""
    entity_id = op.payload.get("id")
    fields = op.payload.get("fields", {})
    if not isinstance(entity_id, str) or not isinstance(fields, dict):
        raise ValueError(f"{op.type}: payload needs a string 'id' and an object 'fields'")
    return entity_id, fields
