"""At a door desk (joined with a door join file), the walk-in form's name matches someone already
registered for the Morning (the same-name rule, `registered_namesake`) and the desk typed an e-mail
that person lacks: the registration found is given back, as on an organiser desk. The missing
e-mail is not written onto a person the door did not create (its role may not record that
`person.updated`, DESIGN §6): before, the whole walk-in ended in "This is a door desk…"."""

from __future__ import annotations

from pathlib import Path

from mornings_desktop.services import people, registrations
from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.workspace import Workspace
from tests.unit.services.door_desk import join_door


def test_a_door_walk_in_matching_a_registered_namesake_is_that_registration(
    ws: Workspace, tmp_path: Path
) -> None:
    morning = create_demo(ws, attendees=8, seed=3, day="2026-12-10")
    made = registrations.register_person(  # registered without an e-mail
        ws, morning, {"first_name": "Salma", "last_name": "Idrissi", "organisation": "OCP"}
    )
    registered = registrations.get_registration(ws, made)
    door = join_door(ws, tmp_path)
    try:
        found = registrations.register_walk_in(
            door,
            morning,
            f"{registered.first_name} {registered.last_name}",
            "",
            "guest",
            email="nouvelle.adresse@example.ma",
        )
        assert found == registered.id
        assert people.get_person(door, registered.person_id).email in (None, "")
    finally:
        door.close()


def test_a_door_walk_in_of_someone_whose_registration_was_cancelled_says_so(
    ws: Workspace, tmp_path: Path
) -> None:
    """A door desk may not reinstate a registration (DESIGN §6): the walk-in of a person whose
    registration was cancelled is refused with a sentence that says what to do, not the bare
    "This is a door desk…", and nothing is written."""
    import sqlite3

    import pytest

    from mornings_desktop.errors import ValidationError

    morning = create_demo(ws, attendees=5, seed=3, day="2026-12-10")
    made = registrations.register_person(
        ws, morning, {"first_name": "Salma", "last_name": "Idrissi", "email": "salma@ocp.ma"}
    )
    registrations.cancel(ws, made)
    door = join_door(ws, tmp_path)
    try:
        with sqlite3.connect(door.path) as conn:
            before = conn.execute("SELECT count(*) FROM operations").fetchone()[0]
        with pytest.raises(ValidationError) as refused:
            registrations.register_walk_in(
                door, morning, "Salma Idrissi", "", "guest", email="salma@ocp.ma"
            )
        assert str(refused.value) == (
            "Salma Idrissi's registration for this Morning was cancelled: an organiser desk "
            "reinstates it."
        )
        with sqlite3.connect(door.path) as conn:
            assert conn.execute("SELECT count(*) FROM operations").fetchone()[0] == before
        assert registrations.get_registration(door, made).status == "cancelled"
    finally:
        door.close()
