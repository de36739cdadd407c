"""Who may be contacted for what (Moroccan law 09-08), as mail sees it.

Tickets and reminders of a Morning a person registered for need no consent (purpose "event").
Anything else (a newsletter, an invitation to another Morning) needs a recorded "yes": that is
`services.consent.may_contact`, the one rule every sender and report asks.
"""

from __future__ import annotations

from mornings_desktop.services import consent
from mornings_desktop.services.workspace import Workspace

EVENT = "event"


def may_contact(ws: Workspace, person_id: str, purpose: str) -> bool:
    """True when this person may get a message for `purpose` ("event": the Morning's own tickets
    and reminders, which need no consent; otherwise a consent purpose such as "newsletter")."""
    if purpose == EVENT:
        return True
    if purpose not in consent.NEEDS_YES:
        return False  # a purpose no consent covers: never
    return consent.may_contact(ws, person_id, purpose)
