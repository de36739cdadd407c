"""A door desk joined before the organiser ever seeded the default categories (they are seeded by
the first save of a form or an import, not by a demo): its walk-ins are saved with the built-in
categories, and no `category.created` — which the role table refuses a door desk — is attempted
(before: every walk-in and registration form of that desk ended in "This is a door desk…")."""

from __future__ import annotations

from pathlib import Path

from mornings_desktop.services import categories, desk_role, registrations
from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.workspace import Workspace
from tests.unit.services.door_desk import join_door


def test_a_door_desk_registers_a_walk_in_without_seeding_categories(
    ws: Workspace, tmp_path: Path
) -> None:
    morning = create_demo(ws, attendees=5, seed=3, day="2026-12-10")
    assert categories.list_categories(ws, seed=False) == []  # the organiser never seeded them
    door = join_door(ws, tmp_path)
    try:
        assert desk_role.desk_role(door) == "door"
        assert categories.ensure_defaults(door) is False
        made = registrations.register_walk_in(door, morning, "Rim Tazi", "Atlas", "guest")
        categories.ensure_defaults(door)  # as the walk-in form's save does first
        assert registrations.get_registration(door, made).category == "guest"
        assert categories.list_categories(door, seed=False) == []
        assert categories.ensure_defaults(ws) is True  # an organiser desk still seeds them
    finally:
        door.close()
