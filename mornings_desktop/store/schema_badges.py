"""The badge print log: one row per badge printed, a grow-only set of facts.

A registration's print count is the number of its rows; "not yet printed" means no row. Rows are
never updated or deleted, so any order of the same `badge.printed` operations gives this table.
"""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from mornings_desktop.store.schema import Base


class BadgePrint(Base):
    __tablename__ = "badge_prints"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    registration_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[str] = mapped_column(String(32))  # UTC instant
    template: Mapped[str] = mapped_column(String(64))
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    desk_id: Mapped[str] = mapped_column(String(36))
    op_id: Mapped[str] = mapped_column(String(36))
