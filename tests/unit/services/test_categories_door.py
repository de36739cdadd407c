"""A door desk joined before the organiser ever seeded the default categories (they are seeded by
the first save of a form or an import, not by a demo): its walk-ins are saved with the built-in
categories, and no `category.created` — which the role table refuses a door desk — is attempted
(before: every walk-in and registration form of that desk ended in "This is a door desk…")."""

from __future__ import annotations

from pathlib import Path

from mornings_desktop.services import categories, desk_role, registrations
from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle, join, join_offline


def test_a_door_desk_registers_a_walk_in_without_seeding_categories(
    ws: Workspace, tmp_path: Path
) -> None:
    morning = create_demo(ws, attendees=5, seed=3, day="2026-12-10")
    assert categories.list_categories(ws, seed=False) == []  # the organiser never seeded them
    (issued,) = join_offline.issue_files(ws, "Porte", "door", tmp_path / "porte.join")
    bundle.export_bundle(ws, tmp_path / "office.bundle")
    door = Workspace.open(tmp_path / "door.sqlite3", "Porte", backup_on_migrate=False)
    try:
        join.join_with_file(door, issued.file)
        bundle.import_bundle(door, tmp_path / "office.bundle")
        assert desk_role.desk_role(door) == "door"
        assert categories.ensure_defaults(door) is False
        made = registrations.register_walk_in(door, morning, "Rim Tazi", "Atlas", "guest")
        categories.ensure_defaults(door)  # as the walk-in form's save does first
        assert registrations.get_registration(door, made).category == "guest"
        assert categories.list_categories(door, seed=False) == []
        assert categories.ensure_defaults(ws) is True  # an organiser desk still seeds them
    finally:
        door.close()
