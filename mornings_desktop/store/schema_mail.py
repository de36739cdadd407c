"""Mail: the tickets sent (a grow-only set of facts from `ticket.sent` operations), who is sending a
Morning's tickets (`mail.claimed`, last claim wins), and this desk's outbox.

`tickets_sent` and `mail_claims` are folded from operations, so every desk sees them. The outbox is
local to this desk (it holds addresses and message bytes that never travel): rows move queued →
sending → sent | failed | unknown, written by the mail worker in its own transactions.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mornings_desktop.store.schema import Base


class TicketSent(Base):
    __tablename__ = "tickets_sent"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the operation's id
    registration_id: Mapped[str] = mapped_column(String(36), index=True)
    code: Mapped[str] = mapped_column(String(32))
    at: Mapped[str] = mapped_column(String(32))  # UTC instant the server accepted the message
    message_id: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(40))  # the operation's stamp: "changed since" compares
    desk_id: Mapped[str] = mapped_column(String(36))


class MailClaim(Base):
    __tablename__ = "mail_claims"
    morning_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    desk_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[str] = mapped_column(String(32))
    stamp: Mapped[str] = mapped_column(String(80))  # (hlc, desk) of the winning claim


class OutboxMessage(Base):
    __tablename__ = "mail_outbox"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    batch: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # ticket, reminder, test, speakers
    morning_id: Mapped[str | None] = mapped_column(String(36), index=True)
    registration_id: Mapped[str | None] = mapped_column(String(36), index=True)
    code: Mapped[str | None] = mapped_column(String(32))
    recipient: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(Text)
    body: Mapped[bytes] = mapped_column(LargeBinary)  # the message exactly as it will be sent
    state: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    permanent: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")  # the server's reply to DATA
    owner_pid: Mapped[int | None] = mapped_column(Integer)  # the process sending it
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class SpeakerNotice(Base):
    """A speaker was sent the programme version `version_id` (`agenda.speaker_notified`)."""

    __tablename__ = "speaker_notices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the operation's id
    morning_id: Mapped[str] = mapped_column(String(36), index=True)
    speaker_id: Mapped[str] = mapped_column(String(36), index=True)
    version_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[str] = mapped_column(String(32))
    message_id: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(40))
