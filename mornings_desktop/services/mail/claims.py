"""One sending desk per Morning, so two laptops never mail the same people twice.

The desk that starts sending a Morning's mail records `mail.claimed`; the latest claim (by hlc,
desk) wins on every desk once synced. Another desk is refused with the name of the claiming desk
unless it takes over, which records its own claim.
"""

from __future__ import annotations

from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services.workspace import Workspace, desk_names
from mornings_desktop.store.schema_mail import MailClaim
from mornings_desktop.timeutil import now_iso


def holder(ws: Workspace, morning_id: str) -> str | None:
    """The id of the desk that sends this Morning's mail, or None."""
    with ws.db.read() as session:
        return session.execute(
            select(MailClaim.desk_id).where(MailClaim.morning_id == morning_id)
        ).scalar_one_or_none()


def claim(ws: Workspace, morning_id: str, *, take_over: bool = False) -> None:
    """Make this desk the Morning's sender. Raises ValidationError when another desk holds it and
    `take_over` is False (nothing recorded)."""
    current = holder(ws, morning_id)
    if current == ws.desk_id:
        return
    if current is not None and not take_over:
        with ws.db.read() as session:
            name = desk_names(session).get(current, current[:8])
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Sending is in progress from the desk {desk}; take over only if that desk has "
                "stopped (--take-over).",
            ),
            desk=name,
        )
    ws.record("mail.claimed", {"morning_id": morning_id, "at": now_iso()})
