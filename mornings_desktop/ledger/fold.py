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
from typing import Any, ClassVar, cast

from sqlalchemy import Boolean, Table
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
    plain = _Plain.of(table)
    conn = sqlite_connection(session)
    # Plain SQL on the session's own sqlite3 connection, statements cached per table and set of
    # columns (sqlite3 keeps them prepared): every demo row and every pulled operation comes
    # here, and SQLAlchemy's execution machinery cost more than the statements themselves.
    # RETURNING gives the row as stored without a second SELECT.
    found = conn.execute(plain.select, (entity_id,)).fetchone()
    if found is None:
        stamps = dict.fromkeys(values, stamp)
        params = {
            **plain.defaults,
            **values,
            **(extra_on_insert or {}),
            "id": entity_id,
            "stamps": json.dumps(stamps, sort_keys=True),
        }
        found = conn.execute(plain.insert(tuple(params)), plain.bind(params)).fetchone()
    else:
        row = plain.row(found)
        stamps = json.loads(row["stamps"] or "{}")
        changes = {k: v for k, v in values.items() if stamps.get(k, "") < stamp}
        if not changes:
            return row
        stamps.update(dict.fromkeys(changes, stamp))
        params = {**changes, "stamps": json.dumps(stamps, sort_keys=True)}
        found = conn.execute(
            plain.update(tuple(params)), (*plain.bind(params), entity_id)
        ).fetchone()
    return plain.row(found) if found is not None else None


class _Plain:
    """A table's columns for `set_fields`' plain SQL: their order, the Booleans (stored 0/1, read
    back as bool as SQLAlchemy would), and the scalar defaults SQLAlchemy would fill in."""

    _cache: ClassVar[dict[str, _Plain]] = {}

    def __init__(self, table: Table) -> None:
        self.name = table.name
        self.columns = [c.name for c in table.columns]
        self.booleans = frozenset(c.name for c in table.columns if isinstance(c.type, Boolean))
        self.defaults: dict[str, Any] = {}
        for c in table.columns:
            if c.default is not None:
                arg = getattr(c.default, "arg", None)
                if callable(arg) or not getattr(c.default, "is_scalar", False):
                    raise TypeError(f"{table.name}.{c.name}: only scalar defaults are supported")
                self.defaults[c.name] = arg
        self.listed = ", ".join(f'"{c}"' for c in self.columns)
        self.select = f'SELECT {self.listed} FROM "{self.name}" WHERE id = ?'
        self._inserts: dict[tuple[str, ...], str] = {}
        self._updates: dict[tuple[str, ...], str] = {}

    @classmethod
    def of(cls, table: Table) -> _Plain:
        found = cls._cache.get(table.name)
        if found is None:
            found = cls._cache[table.name] = cls(table)
        return found

    def insert(self, keys: tuple[str, ...]) -> str:
        sql = self._inserts.get(keys)
        if sql is None:
            self._check(keys)
            names = ", ".join(f'"{k}"' for k in keys)
            marks = ", ".join("?" for _ in keys)
            sql = f'INSERT INTO "{self.name}" ({names}) VALUES ({marks}) RETURNING {self.listed}'
            self._inserts[keys] = sql
        return sql

    def update(self, keys: tuple[str, ...]) -> str:
        sql = self._updates.get(keys)
        if sql is None:
            self._check(keys)
            sets = ", ".join(f'"{k}" = ?' for k in keys)
            sql = f'UPDATE "{self.name}" SET {sets} WHERE id = ? RETURNING {self.listed}'
            self._updates[keys] = sql
        return sql

    def insert_many(self, keys: tuple[str, ...]) -> str:
        """The INSERT of `insert` without RETURNING (for `executemany`)."""
        return self.insert(keys).partition(" RETURNING ")[0]

    def update_many(self, keys: tuple[str, ...]) -> str:
        """The UPDATE of `update` without RETURNING (for `executemany`)."""
        return self.update(keys).partition(" RETURNING ")[0]

    def _check(self, keys: tuple[str, ...]) -> None:
        unknown = [k for k in keys if k not in self.columns]
        if unknown:
            raise KeyError(f"{self.name}: no column {', '.join(unknown)}")

    def bind(self, params: dict[str, Any]) -> tuple[Any, ...]:
        if not self.booleans:
            return tuple(params.values())
        return tuple(_as_bool(k, v) if k in self.booleans else v for k, v in params.items())

    def row(self, found: tuple[Any, ...]) -> dict[str, Any]:
        row = dict(zip(self.columns, found, strict=True))
        for name in self.booleans:
            if row[name] is not None:
                row[name] = bool(row[name])
        return row


def _as_bool(name: str, value: Any) -> Any:
    """SQLAlchemy's Boolean: None, a bool, or 0/1; anything else is refused."""
    if value is None or value is True or value is False:
        return value
    if isinstance(value, int) and value in (0, 1):
        return value
    raise TypeError(f"{name}: not a boolean value: {value!r}")


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


def entity_fields(op: Op) -> tuple[str, JsonDict]:
    """The `id` and `fields` of an entity operation's payload (validated shape)."""
    entity_id = op.payload.get("id")
    fields = op.payload.get("fields", {})
    if not isinstance(entity_id, str) or not isinstance(fields, dict):
        raise ValueError(f"{op.type}: payload needs a string 'id' and an object 'fields'")
    return entity_id, fields
