"""Agenda: published versions (grow-only facts) and acknowledged warnings (last writer wins)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import entity_fields, handler, set_fields
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.schema import table_of
from mornings_desktop.store.schema_agenda import AgendaAcknowledgement, AgendaVersion

ACK_FIELDS = ("morning_id", "key", "acknowledged")
_versions = table_of(AgendaVersion)


@handler("agenda.published")
def apply_published(session: Session, op: Op) -> None:
    version_id = op.payload.get("id")
    morning_id = op.payload.get("morning_id")
    snapshot = op.payload.get("snapshot")
    if not isinstance(version_id, str) or not isinstance(morning_id, str):
        raise ValueError("agenda.published: payload needs string 'id' and 'morning_id'")
    if not isinstance(snapshot, str):
        raise ValueError("agenda.published: payload needs a 'snapshot' text")
    exists = session.execute(select(_versions.c.id).where(_versions.c.id == version_id)).first()
    if exists is not None:
        return
    session.execute(
        _versions.insert().values(
            id=version_id,
            morning_id=morning_id,
            hlc=op.hlc,
            published_at=str(op.payload.get("published_at") or ""),
            desk_id=op.desk_id,
            snapshot=snapshot,
        )
    )


@handler("agenda_warning.acknowledged")
def apply_acknowledged(session: Session, op: Op) -> None:
    entity_id, values = entity_fields(op)
    set_fields(session, table_of(AgendaAcknowledgement), entity_id, values, op.stamp, ACK_FIELDS)
