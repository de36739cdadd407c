"""Small key/value facts kept in the `meta` table."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.store.schema import Meta

ORG_ID = "org_id"
ORG_NAME = "org_name"
TICKET_KEY = "ticket_key"
HLC = "hlc"
DEFAULT_DESK = "default_desk"


def get(session: Session, key: str) -> str | None:
    return session.execute(select(Meta.value).where(Meta.key == key)).scalar_one_or_none()


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value
    session.flush()
