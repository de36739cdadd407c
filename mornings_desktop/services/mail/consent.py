"""Who may be contacted for what (Moroccan law 09-08).

Tickets and reminders of a Morning a person registered for need no consent (purpose "event").
Anything else (a newsletter, an invitation to another Morning) needs a recorded "yes".
"""

from __future__ import annotations

from sqlalchemy import inspect

from mornings_desktop.services.workspace import Workspace

EVENT = "event"


def may_contact(ws: Workspace, person_id: str, purpose: str) -> bool:
    """True when this person may get a message for `purpose`.

    TODO(issue 16): the consent records are built by issue 16; until a consent table exists, every
    purpose other than "event" is refused. When it lands, read the person's answer for `purpose`
    there (True only for an explicit "yes").
    """
    if purpose == EVENT:
        return True
    with ws.db.read() as session:
        tables = set(inspect(session.connection()).get_table_names())
    if "consents" not in tables:
        return False
    from sqlalchemy import text

    with ws.db.read() as session:
        answer = session.execute(
            text(
                "SELECT answer FROM consents WHERE person_id = :p AND purpose = :purpose "
                "ORDER BY rowid DESC LIMIT 1"
            ),
            {"p": person_id, "purpose": purpose},
        ).scalar_one_or_none()
    return str(answer or "").lower() == "yes"
