"""`ticket.sent` (a grow-only fact: a ticket left this organisation's mail server) and
`mail.claimed` (which desk sends a Morning's mail; the latest claim by (hlc, desk) wins) and
`agenda.speaker_notified` (a speaker was sent a programme version)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import handler
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.schema import table_of
from mornings_desktop.store.schema_mail import MailClaim, SpeakerNotice, TicketSent

_sent = table_of(TicketSent)
_claims = table_of(MailClaim)


@handler("ticket.sent")
def apply_ticket_sent(session: Session, op: Op) -> None:
    """`{"registration_id", "code", "at", "message_id"}`: ids only, never an address or a name."""
    p = op.payload
    if session.execute(select(_sent.c.id).where(_sent.c.id == op.op_id)).first() is not None:
        return
    session.execute(
        _sent.insert().values(
            id=op.op_id,
            registration_id=str(p["registration_id"]),
            code=str(p.get("code") or ""),
            at=str(p.get("at") or ""),
            message_id=str(p.get("message_id") or ""),
            hlc=op.hlc,
            desk_id=op.desk_id,
        )
    )


@handler("mail.claimed")
def apply_mail_claimed(session: Session, op: Op) -> None:
    """`{"morning_id", "at"}`: this desk now sends the Morning's mail (the latest claim wins)."""
    morning_id = str(op.payload["morning_id"])
    current = session.execute(
        select(_claims.c.stamp).where(_claims.c.morning_id == morning_id)
    ).scalar_one_or_none()
    values = {"desk_id": op.desk_id, "at": str(op.payload.get("at") or ""), "stamp": op.stamp}
    if current is None:
        session.execute(_claims.insert().values(morning_id=morning_id, **values))
    elif op.stamp > current:
        session.execute(_claims.update().where(_claims.c.morning_id == morning_id).values(values))


_notices = table_of(SpeakerNotice)


@handler("agenda.speaker_notified")
def apply_speaker_notified(session: Session, op: Op) -> None:
    """`{"morning_id", "speaker_id", "version_id", "at", "message_id"}`: a grow-only fact."""
    p = op.payload
    if session.execute(select(_notices.c.id).where(_notices.c.id == op.op_id)).first() is not None:
        return
    session.execute(
        _notices.insert().values(
            id=op.op_id,
            morning_id=str(p["morning_id"]),
            speaker_id=str(p["speaker_id"]),
            version_id=str(p["version_id"]),
            at=str(p.get("at") or ""),
            message_id=str(p.get("message_id") or ""),
            hlc=op.hlc,
        )
    )
