"""Small key/value facts kept in the `meta` table."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from mornings_desktop.store.meta_keys import DEFAULT_DESK, HLC, ORG_ID, ORG_NAME, TICKET_KEY
from mornings_desktop.store.schema import Meta, table_of

__all__ = ["DEFAULT_DESK", "HLC", "ORG_ID", "ORG_NAME", "TICKET_KEY", "get", "put"]


def get(session: Session, key: str) -> str | None:
    return session.execute(select(Meta.value).where(Meta.key == key)).scalar_one_or_none()


def put(session: Session, key: str, value: str) -> None:
    """Set `key` (one UPSERT statement: the clock is written with every operation)."""
    session.execute(_UPSERT, {"key": key, "value": value})


_insert = sqlite_insert(table_of(Meta))
_UPSERT = _insert.on_conflict_do_update(
    index_elements=["key"], set_={"value": _insert.excluded.value}
)
