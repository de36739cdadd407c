"""Tables of sync: operations the hub or a bundle refused (never dropped), and the organisers'
confirmations of duplicate admissions (a grow-only set, folded from `checkin.duplicate_confirmed`)."""

from __future__ import annotations

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mornings_desktop.store.schema import Base


class QuarantinedOp(Base):
    """An operation refused by the hub, or received but not applicable, with the reason.

    Local bookkeeping, not a fold: kept for an organiser to look at; a refused local operation
    stays in `operations` (not pushed) and is not offered to the hub again.
    """

    __tablename__ = "sync_quarantine"
    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    source: Mapped[str] = mapped_column(String(16))  # push, pull, bundle
    reason: Mapped[str] = mapped_column(Text)
    op_json: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(32))
    # "waiting" (not yet due, handler failure: retried each round) or "refused" (malformed: kept).
    room: Mapped[str] = mapped_column(String(16), server_default="refused")


class DuplicateConfirmation(Base):
    """An admission an organiser reviewed and kept although the registration was admitted twice."""

    __tablename__ = "checkin_duplicate_confirmations"
    checkin_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    registration_id: Mapped[str] = mapped_column(String(36))
    desk_id: Mapped[str] = mapped_column(String(36))
    op_id: Mapped[str] = mapped_column(String(36))
    __table_args__ = (Index("ix_duplicate_confirmations_registration", "registration_id"),)
