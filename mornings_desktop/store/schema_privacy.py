"""Tables of privacy (law 09-08 / GDPR): erasure states and consent, both folded from operations.

`privacy_erasures` keeps, per person, whether an erasure was requested at a door desk (the person is
hidden at once), reversed by an organiser, or done (`erased`, final). A restore re-applies the
erasures the current database knows (services/erasure.py), so an older backup never brings a person
back. `consents` keeps the last answer per person and purpose (last writer wins by stamp).
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from mornings_desktop.store.schema import Base


class ErasureState(Base):
    __tablename__ = "privacy_erasures"
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))  # requested, reversed, erased
    at: Mapped[str] = mapped_column(String(32))  # UTC instant of the last change
    desk_id: Mapped[str] = mapped_column(String(36))
    stamp: Mapped[str] = mapped_column(String(64))  # "<hlc>|<desk_id>" of the last change


class Consent(Base):
    __tablename__ = "consents"
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    purpose: Mapped[str] = mapped_column(
        String(16), primary_key=True
    )  # tickets, newsletter, photos
    value: Mapped[str] = mapped_column(String(16))  # yes, no, not_asked
    at: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(16))  # import, walk_in, email_reply, organiser
    stamp: Mapped[str] = mapped_column(String(64))
