"""Tables of trust (DESIGN §6): desk certificates and revocations signed by the organisation key,
and the personal blocks kept beside signed operations (deleted by erasure; the bodies stay).

A row is stored only after its signature was checked against the organisation's public key (kept
in `meta`), so readers may believe `role` and `public_key` without checking again.
"""

from __future__ import annotations

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mornings_desktop.store.schema import Base


class CertificateRow(Base):
    __tablename__ = "certificates"
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of `body`
    org_id: Mapped[str] = mapped_column(String(64))
    desk_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(44))
    body: Mapped[str] = mapped_column(Text)  # canonical JSON, byte for byte as signed
    sig: Mapped[str] = mapped_column(String(100))  # base64
    __table_args__ = (Index("ix_certificates_desk", "org_id", "desk_id"),)


class RevocationRow(Base):
    """A revocation (`trust.certificates.Revocation`), verified before it was stored; per desk, the
    latest `issued` is in force (`sync.revocations`)."""

    __tablename__ = "revocations"
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of `body`
    org_id: Mapped[str] = mapped_column(String(64))
    desk_id: Mapped[str] = mapped_column(String(64))
    issued: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)  # canonical JSON, byte for byte as signed
    sig: Mapped[str] = mapped_column(String(100))  # base64
    __table_args__ = (Index("ix_revocations_desk", "org_id", "desk_id"),)


class OpPersonal(Base):
    """One subject's personal block of one operation (`trust.personal`): canonical JSON
    `{"salt", "fields"}`, checked against the body's commitment before it was stored."""

    __tablename__ = "op_personal"
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)  # the operation's
    subject: Mapped[str] = mapped_column(String(128), primary_key=True)  # person or speaker id
    block: Mapped[str] = mapped_column(Text)
    __table_args__ = (Index("ix_op_personal_subject", "subject"),)
