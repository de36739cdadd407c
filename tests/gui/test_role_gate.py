"""The window's role gate (`ui/role_gate.py`) and the ledger agree on a real door desk: each action
the gate refuses, its service refuses there too with nothing written; each it allows, succeeds.
And every operation type the window records is behind some action of the gate."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable

import pytest

from mornings_desktop.errors import UserError
from mornings_desktop.services import (
    agenda,
    agenda_versions,
    badges,
    categories,
    checkin,
    checkin_history,
    erasure,
    flag_list,
    mornings,
    people,
    registrations,
    speakers,
)
from mornings_desktop.services.changes import KINDS_BY_TYPE
from mornings_desktop.services.mail import claims
from mornings_desktop.sync import bundle
from mornings_desktop.trust import roles
from mornings_desktop.ui.role_gate import ACTIONS, NOT_IN_THE_WINDOW, RoleGate
from tests.gui.door_desk import Door


def _others(d: Door) -> list[registrations.RegistrationRow]:
    return [
        r
        for r in registrations.list_registrations(d.ws, d.morning)
        if r.status == "registered" and not r.checked_in and r.category != "speaker"
    ]


def _walk_in(d: Door) -> str:
    return registrations.register_walk_in(d.ws, d.morning, "Rim Tazi", "Atlas", "guest")


def _admitted(d: Door) -> str:
    result = checkin.scan(d.ws, d.morning, _others(d)[5].code)
    assert result.checkin_id is not None
    return result.checkin_id


def _import(d: Door) -> object:
    from mornings_desktop.imports.registration_import import import_file

    path = d.ws.path.parent / "inscrits.csv"
    path.write_text("Prénom,Nom,E-mail\nKarim,Alaoui,karim@example.ma\n", encoding="utf-8")
    return import_file(d.ws, d.morning, path)


def _merged_at_the_office(d: Door) -> None:
    """The organiser merges two people; the door learns it from the organiser's bundle."""
    first, second = _others(d)[3:5]
    people.merge(d.organiser, first.person_id, second.person_id)
    path = d.ws.path.parent / "merged.bundle"
    bundle.export_bundle(d.organiser, path)
    bundle.import_bundle(d.ws, path)


# Set-up on the door desk before counting its operations (what it may do anyway).
PREPARE: dict[str, Callable[[Door], object]] = {"person.unmerge": _merged_at_the_office}


def _session(d: Door) -> str:
    return agenda.list_sessions(d.ws, d.morning)[0].id


# What each action of the window does, through the service the window calls.
DRIVERS: dict[str, Callable[[Door], object]] = {
    "morning.create": lambda d: mornings.create(
        d.ws, mornings.MorningInput(title="Autre", date="2027-01-14")
    ),
    "morning.edit": lambda d: mornings.update(
        d.ws,
        d.morning,
        mornings.MorningInput(title="Changée", date="2026-12-10"),
    ),
    "morning.archive": lambda d: mornings.set_status(d.ws, d.morning, "archived"),
    "demo.create": lambda d: __import__("mornings_desktop.services.demo").services.demo.create_demo(
        d.ws, attendees=3, seed=1, day="2027-02-11"
    ),
    "agenda.edit": lambda d: agenda.delete_session(d.ws, _session(d)),
    "agenda.publish": lambda d: agenda_versions.publish(d.ws, d.morning),
    "agenda.acknowledge": lambda d: d.ws.record(  # as `agenda.acknowledge` records it
        "agenda_warning.acknowledged",
        {
            "id": f"{d.morning}|overlap",
            "fields": {"morning_id": d.morning, "key": "overlap", "acknowledged": True},
        },
    ),
    "speaker.edit": lambda d: speakers.create(d.ws, speakers.SpeakerInput(name="Sara Alami")),
    "speakers.tell": lambda d: claims.claim(d.ws, d.morning),
    "registration.create": lambda d: registrations.register_person(
        d.ws, d.morning, {"first_name": "Ali", "last_name": "Naciri"}, note="table 2"
    ),
    "registration.person": lambda d: registrations.edit_registration(
        d.ws, _others(d)[0].id, person={"first_name": "Autre", "last_name": "Nom"}
    ),
    "registration.category": lambda d: registrations.edit_registration(
        d.ws, _others(d)[0].id, category="vip" if _others(d)[0].category != "vip" else "guest"
    ),
    "registration.note": lambda d: registrations.edit_registration(
        d.ws, _others(d)[0].id, note="sans gluten", flags=["vip"]
    ),
    "registration.cancel": lambda d: registrations.cancel(d.ws, _others(d)[1].id),
    "registration.reinstate": lambda d: registrations.reinstate(d.ws, _others(d)[1].id),
    "registration.reissue": lambda d: registrations.reissue_code(d.ws, _others(d)[2].id),
    "import": lambda d: _import(d),
    "person.merge": lambda d: people.merge(d.ws, _others(d)[3].person_id, _others(d)[4].person_id),
    "person.unmerge": lambda d: people.unmerge(d.ws, _others(d)[3].person_id),
    "person.erasure_request": lambda d: erasure.request_erasure(d.ws, _others(d)[6].person_id),
    "person.erase": lambda d: erasure.erase_person(d.ws, _others(d)[7].person_id),
    "mail.send": lambda d: claims.claim(d.ws, d.morning),
    "flag.list": lambda d: flag_list.add_flag(d.ws, "Allergie aux noix", en="Nut allergy"),
    "category.edit": lambda d: categories.save_category(
        d.ws, "alumni", label_fr="Ancien", label_en="Alumni", colour="#336699"
    ),
    "checkin.admit": lambda d: _admitted(d),
    "checkin.revert": lambda d: checkin_history.revert(d.ws, _admitted(d), "wrong person"),
    "walk_in": lambda d: _walk_in(d),
    "badge.print": lambda d: badges.record_prints(d.ws, [_others(d)[8].id], "a6-single"),
    "checkin.duplicate": lambda d: d.ws.record(  # as `review.confirm` records it
        "checkin.duplicate_confirmed",
        {"registration_id": _others(d)[0].id, "checkin_ids": [str(uuid.uuid4())]},
    ),
}


def _operations(d: Door) -> int:
    with sqlite3.connect(d.ws.path) as conn:
        return int(conn.execute("SELECT count(*) FROM operations").fetchone()[0])


def test_every_action_of_the_gate_is_driven_here() -> None:
    assert set(DRIVERS) == set(ACTIONS)


def test_every_operation_the_window_records_is_behind_an_action() -> None:
    covered = {t for ops in ACTIONS.values() for t, _p in ops("desk", "")}
    assert covered | NOT_IN_THE_WINDOW == set(KINDS_BY_TYPE)


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_the_gate_and_the_ledger_agree_on_a_door_desk(door: Door, action: str) -> None:
    gate = RoleGate.of(door.ws)
    assert gate.door
    prepare: Callable[[Door], object] = PREPARE.get(action, lambda _d: None)
    prepare(door)
    before = _operations(door)
    try:
        DRIVERS[action](door)
    except UserError as exc:
        refused: str | None = str(exc)
    else:
        refused = None
    if gate.allows(action):
        assert refused is None, f"{action}: the gate offers it, the desk refused: {refused}"
        assert _operations(door) > before
    else:
        assert refused is not None, f"{action}: the gate hides it, the desk recorded it"
        assert "door desk" in refused and _operations(door) == before


def test_an_organiser_desk_is_offered_everything() -> None:
    gate = RoleGate("organiser", "bureau")
    assert all(gate.allows(action) for action in ACTIONS)


def test_a_door_desk_edits_its_own_walk_ins_in_full_and_others_notes_only(door: Door) -> None:
    gate = RoleGate.of(door.ws)
    own = registrations.get_registration(door.ws, _walk_in(door))
    other = _others(door)[0]
    assert gate.allows("registration.person", own.person_id)
    assert gate.allows("registration.category", own.id)
    assert not gate.allows("registration.person", other.person_id)
    assert not gate.allows("registration.category", other.id)
    assert gate.allows("registration.note", other.id)
    verdict = roles.may_record("door", door.ws.desk_id, "person.updated", {"id": other.person_id})
    assert gate.verdict("registration.person", other.person_id) == verdict
