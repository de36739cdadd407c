"""The desk's walk-in: someone who was not registered arrives, is registered and admitted."""

from __future__ import annotations

from mornings_desktop.services.checkin import ScanDesk
from mornings_desktop.services.registrations import register_walk_in
from mornings_desktop.services.scan_result import ScanResult
from mornings_desktop.services.workspace import Workspace


def walk_in(
    ws: Workspace,
    morning_id: str,
    name: str,
    organisation: str,
    category: str,
    email: str | None = None,
    phone: str | None = None,
    person_id: str | None = None,
) -> ScanResult:
    """Register a walk-in and admit them (method `walk-in`): two committed transactions.

    The registrations service's `register_walk_in` matches the directory (e-mail, then phone).
    Raises ValidationError without a name (nothing written).
    """
    registration_id = register_walk_in(
        ws, morning_id, name, organisation, category, email, phone, person_id
    )
    return ScanDesk(ws, morning_id).admit(registration_id, "walk-in")
