"""People hidden from lists, search and exports: an erasure was requested and not reversed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.store.schema_privacy import ErasureState


def hidden_person_ids(session: Session) -> set[str]:
    """Ids whose erasure a door desk requested (the organiser has not confirmed nor reversed it)."""
    return set(
        session.execute(
            select(ErasureState.person_id).where(ErasureState.state == "requested")
        ).scalars()
    )
