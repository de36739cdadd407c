"""Agenda tables beyond the foundation's: published programme versions and acknowledged warnings."""

from __future__ import annotations

from sqlalchemy import Boolean, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mornings_desktop.store.schema import Base


class AgendaVersion(Base):
    """A frozen programme: a grow-only set of facts (one per `agenda.published` operation).

    The version number is not stored: two desks may publish offline at the same time, so numbers
    are given at read time by ordering a Morning's publications by (hlc, id) — the same on every desk.
    """

    __tablename__ = "agenda_versions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    morning_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(32))
    published_at: Mapped[str] = mapped_column(String(32))
    desk_id: Mapped[str] = mapped_column(String(36))
    snapshot: Mapped[str] = mapped_column(Text)  # the programme's JSON form
    __table_args__ = (Index("ix_agenda_versions_morning", "morning_id", "hlc"),)


class AgendaAcknowledgement(Base):
    """A non-blocking warning an organiser has seen and accepted; id is `morning_id|key` (LWW)."""

    __tablename__ = "agenda_acknowledgements"
    id: Mapped[str] = mapped_column(String(400), primary_key=True)
    morning_id: Mapped[str | None] = mapped_column(String(36), index=True)
    key: Mapped[str | None] = mapped_column(String(360))
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    stamps: Mapped[str] = mapped_column(Text, default="{}")
