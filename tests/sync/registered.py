"""A Morning with people registered on a desk: the set-up several sync scenarios start from."""

from __future__ import annotations

from mornings_desktop.services import mornings, registrations
from mornings_desktop.services.workspace import Workspace


def morning_with_codes(ws: Workspace, people: int) -> tuple[str, list[str]]:
    """A new Morning on `ws` ("Petit-déjeuner", 2026-12-10) and the ticket codes of `people`
    people registered to it (P0, P1, … with their own e-mail addresses)."""
    morning = mornings.create(ws, mornings.MorningInput(title="Petit-déjeuner", date="2026-12-10"))
    codes = [
        registrations.get_registration(
            ws,
            registrations.register_person(
                ws, morning, {"first_name": f"P{i}", "email": f"p{i}@x.ma"}
            ),
        ).code
        for i in range(people)
    ]
    return morning, codes
