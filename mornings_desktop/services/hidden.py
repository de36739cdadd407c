"""People hidden from lists, search and exports: an erasure was requested and not reversed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from mornings_desktop.store.schema_privacy import ErasureState


def hidden_person_ids(session: Session) -> set[str]:
    """Ids whose erasure a door desk requested (the organiser has not confirmed nor reversed it)."""
    return set(
        session.execute(
            select(ErasureState.person_id).where(ErasureState.state == "requested")
        ).scalars()
    )


def visible(person_id_column: Any) -> ColumnElement[bool]:
    """A join condition that leaves a hidden person's columns empty (counts stay, anonymous)."""
    requested = select(ErasureState.person_id).where(ErasureState.state == "requested")
    return person_id_column.not_in(requested)  # type: ignore[no-any-return]
