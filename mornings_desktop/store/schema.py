"""The tables. Every domain table is a fold of the operations log (see `ledger/`).

Conventions that keep `apply` order-independent:
- keys are UUID strings made on the desk that created the row;
- a table whose fields can be edited is "last writer wins" per field: its `stamps` column holds, for
  each field, the stamp `hlc/desk_id` of the operation that wrote the current value;
- references between folded tables carry no FOREIGN KEY constraint, because an operation about a
  registration may arrive (from another desk) before the one that creates its person; readers join
  and skip what is not there yet;
- temporal fields are text: dates `YYYY-MM-DD`, wall-clock times `HH:MM`, instants UTC ISO strings.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Boolean, Index, Integer, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about this database: organisation id, ticket key, last clock reading."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Desk(Base):
    """A desk (a laptop's identity in the organisation). Local desks may write; remote ones are known."""

    __tablename__ = "desks"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(32))


class Operation(Base):
    """The operations log: the only source of truth; every table below is derived from it."""

    __tablename__ = "operations"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    desk_id: Mapped[str] = mapped_column(String(36))
    desk_seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(32))
    type: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    # False when this version did not understand the type: kept, and applied after an upgrade.
    applied: Mapped[bool] = mapped_column(Boolean, default=True)
    # Local bookkeeping, not part of the fold: when it reached this desk, and whether the hub has it.
    received_at: Mapped[str] = mapped_column(String(32))
    pushed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The signed envelope (DESIGN §6, trust/signed_op.py): `body` exactly as signed, `sig` in
    # base64, `digest` = sha256(body). NULL for operations received from a desk before signing.
    body: Mapped[str | None] = mapped_column(Text)
    sig: Mapped[str | None] = mapped_column(String(100))
    digest: Mapped[str | None] = mapped_column(String(64))
    inc: Mapped[str | None] = mapped_column(String(64))
    prev: Mapped[str | None] = mapped_column(String(64))
    # The person at the desk who made the change (CLI `--operator`, default the computer's user).
    operator: Mapped[str | None] = mapped_column(String(200))
    __table_args__ = (
        # Numbered per (desk, incarnation); not unique: two copies of one database may share an
        # incarnation, and both keep their (real) operations (DESIGN §6).
        Index("ix_operations_desk_inc_seq", "desk_id", "inc", "desk_seq"),
        Index("ix_operations_digest", "digest", unique=True),
        # What the hub has not confirmed, in push order (0017_unpushed_index: an index of the
        # boolean made marking 98,000 operations pushed take half a millisecond each).
        Index("ix_operations_unpushed", "desk_id", "desk_seq", sqlite_where=text("pushed IS 0")),
        Index("ix_operations_hlc", "hlc"),
        # The few kept operations this version did not understand: opening the window asks
        # whether there are any without reading the whole log (0015_unapplied_index).
        Index("ix_operations_unapplied", "hlc", sqlite_where=text("NOT applied")),
    )


class Morning(Base):
    __tablename__ = "mornings"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    theme: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    start_time: Mapped[str | None] = mapped_column(String(5))
    end_time: Mapped[str | None] = mapped_column(String(5))
    venue: Mapped[str | None] = mapped_column(Text)
    capacity: Mapped[int | None] = mapped_column(Integer)
    timezone: Mapped[str | None] = mapped_column(String(64))
    # draft, open, archived
    status: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[str | None] = mapped_column(String(32))
    stamps: Mapped[str] = mapped_column(Text, default="{}")


class Person(Base):
    """The directory across Mornings. Erasure blanks personal fields for good (`erased`)."""

    __tablename__ = "people"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    first_name: Mapped[str | None] = mapped_column(Text)
    last_name: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(Text)
    job_title: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    # Lower-cased e-mail and E.164 phone, for duplicate detection.
    email_key: Mapped[str | None] = mapped_column(String(320), index=True)
    phone_key: Mapped[str | None] = mapped_column(String(32), index=True)
    # The name folded, words sorted (`text_keys.name_key`): the import's same-name lookups.
    name_key: Mapped[str | None] = mapped_column(String(250), index=True)
    # Another person this one was merged into by hand (un-merge sets it back to NULL).
    merged_into: Mapped[str | None] = mapped_column(String(36), index=True)
    erased: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str | None] = mapped_column(String(32))
    stamps: Mapped[str] = mapped_column(Text, default="{}")


class Speaker(Base):
    """The speakers directory, reused across Mornings."""

    __tablename__ = "speakers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(Text)
    bio: Mapped[str | None] = mapped_column(Text)
    photo: Mapped[str | None] = mapped_column(Text)  # base64 PNG/JPEG thumbnail
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    languages: Mapped[str | None] = mapped_column(Text)  # comma-separated codes: fr,en,ar
    person_id: Mapped[str | None] = mapped_column(String(36), index=True)
    merged_into: Mapped[str | None] = mapped_column(String(36))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    stamps: Mapped[str] = mapped_column(Text, default="{}")


class AgendaSession(Base):
    """One item of a Morning's agenda (welcome, keynote, talk, panel, break, networking, closing)."""

    __tablename__ = "agenda_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    morning_id: Mapped[str | None] = mapped_column(String(36), index=True)
    kind: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    starts_at: Mapped[str | None] = mapped_column(String(32))  # UTC instant
    duration_min: Mapped[int | None] = mapped_column(Integer)
    room: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    stamps: Mapped[str] = mapped_column(Text, default="{}")


class SessionSpeaker(Base):
    """A speaker on a session with a role; id is `session_id:speaker_id`, removal is a flag."""

    __tablename__ = "session_speakers"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    session_id: Mapped[str | None] = mapped_column(String(36), index=True)
    speaker_id: Mapped[str | None] = mapped_column(String(36), index=True)
    role: Mapped[str | None] = mapped_column(String(16))  # speaker, moderator, panellist
    position: Mapped[int | None] = mapped_column(Integer)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    stamps: Mapped[str] = mapped_column(Text, default="{}")


class Category(Base):
    """Registration categories with a colour; `key` is stable (member, guest, speaker…)."""

    __tablename__ = "categories"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the key itself
    label_fr: Mapped[str | None] = mapped_column(Text)
    label_en: Mapped[str | None] = mapped_column(Text)
    colour: Mapped[str | None] = mapped_column(String(9))  # #RRGGBB
    position: Mapped[int | None] = mapped_column(Integer)
    stamps: Mapped[str] = mapped_column(Text, default="{}")


class FlagDef(Base):
    """The organiser's list of registration flags (services/flag_list.py): a row per flag added,
    renamed or retired; the five defaults have rows only once renamed or retired."""

    __tablename__ = "flag_list"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the key (vip, payment_due…)
    label_fr: Mapped[str | None] = mapped_column(Text)
    label_en: Mapped[str | None] = mapped_column(Text)
    label_ar: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int | None] = mapped_column(Integer)
    retired: Mapped[bool | None] = mapped_column(Boolean)
    on_badge: Mapped[bool | None] = mapped_column(Boolean)  # None: the default's (VIP only)
    stamps: Mapped[str] = mapped_column(Text, default="{}")


class Registration(Base):
    """A person registered for a Morning. Presence fields are derived from `checkins`."""

    __tablename__ = "registrations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    morning_id: Mapped[str | None] = mapped_column(String(36), index=True)
    person_id: Mapped[str | None] = mapped_column(String(36), index=True)
    category: Mapped[str | None] = mapped_column(String(36))
    code: Mapped[str | None] = mapped_column(String(32), index=True)
    external_ref: Mapped[str | None] = mapped_column(String(128), index=True)
    source: Mapped[str | None] = mapped_column(Text)
    # registered, cancelled
    status: Mapped[str | None] = mapped_column(String(16))
    registered_at: Mapped[str | None] = mapped_column(String(32))
    walk_in: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(Text)
    # Flag keys, space-separated (services/registration_flags.py): dietary, payment_due…
    flags: Mapped[str | None] = mapped_column(Text)
    stamps: Mapped[str] = mapped_column(Text, default="{}")
    # Derived from the check-in set (recomputed by the fold, never written by an edit):
    # Not indexed: every reader selects a Morning's or a person's registrations first, and an
    # index of it cost each admission two WAL pages (0018_door_indexes).
    checked_in_at: Mapped[str | None] = mapped_column(String(32))
    checkin_desk_id: Mapped[str | None] = mapped_column(String(36))
    checkin_method: Mapped[str | None] = mapped_column(String(16))
    checkin_count: Mapped[int] = mapped_column(Integer, default=0)


class RevokedCode(Base):
    """Ticket codes replaced by a re-issue: refused at the desk with a clear message."""

    __tablename__ = "revoked_codes"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    registration_id: Mapped[str] = mapped_column(String(36))


class CheckIn(Base):
    """A grow-only set of admissions. Presence = at least one check-in without a revert.

    Keyed by its id alone (WITHOUT ROWID: no second b-tree for the key) and indexed by
    registration only: each admission at the door writes two b-trees here (0018_door_indexes)."""

    __tablename__ = "checkins"
    __table_args__ = ({"sqlite_with_rowid": False},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    registration_id: Mapped[str] = mapped_column(String(36), index=True)
    morning_id: Mapped[str] = mapped_column(String(36))
    desk_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[str] = mapped_column(String(32))
    method: Mapped[str] = mapped_column(String(16))  # scanner, camera, search, walk-in, import
    op_id: Mapped[str] = mapped_column(String(36))


class CheckInRevert(Base):
    """Undo of a check-in: a later fact that always wins over the admission it names."""

    __tablename__ = "checkin_reverts"
    checkin_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(32))
    desk_id: Mapped[str] = mapped_column(String(36))
    op_id: Mapped[str] = mapped_column(String(36))


def table_of(model: type[Base]) -> Table:
    """The Core table of a model (typed, for the fold's Core statements)."""
    return cast(Table, model.__table__)
