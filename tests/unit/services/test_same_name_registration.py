"""The same-name rule at the desk and in the add dialog (issue 15): someone registered for this
Morning who comes as a walk-in, or is added again, under the same name (any case, accents, word
order) with no contradicting e-mail or phone keeps their one registration; contradicting contact
details make a new person, whom People lists as a possible duplicate."""

from __future__ import annotations

import pytest

from mornings_desktop.services import categories, mornings, people, registrations
from mornings_desktop.services.walk_in import walk_in
from mornings_desktop.services.workspace import Workspace


@pytest.fixture
def morning(ws: Workspace) -> str:
    categories.ensure_defaults(ws)
    return mornings.create(
        ws, mornings.MorningInput(title="Matinale", date="2026-12-10", venue="Hyatt Regency")
    )


def speaker(ws: Workspace, morning: str, first: str, last: str, **contact: str) -> str:
    return registrations.register_person(
        ws, morning, {"first_name": first, "last_name": last, **contact}, category="speaker"
    )


def test_a_registered_speaker_arriving_as_a_walk_in_keeps_the_registration(
    ws: Workspace, morning: str
) -> None:
    first = speaker(ws, morning, "Karim", "Tazi")
    result = walk_in(ws, morning, "karim TAZI", "Atlas Conseil", "guest", email="karim@tazi.ma")
    rows = registrations.list_registrations(ws, morning)
    assert [r.id for r in rows] == [first]
    assert rows[0].checked_in and result.registration_id == first
    assert rows[0].email == "karim@tazi.ma"  # a missing detail is filled in
    assert rows[0].category == "speaker"


def test_adding_a_registered_person_again_returns_the_registration(
    ws: Workspace, morning: str
) -> None:
    first = speaker(ws, morning, "Hélène", "Lefèvre", email="helene@sgmaroc.ma")
    again = registrations.register_person(
        ws, morning, {"first_name": "HELENE", "last_name": "lefevre", "phone": "0661234567"}
    )
    assert again == first
    rows = registrations.list_registrations(ws, morning)
    assert len(rows) == 1 and rows[0].phone and rows[0].email == "helene@sgmaroc.ma"
    # word order: "El Idrissi Youssef" is "Youssef El Idrissi"
    youssef = speaker(ws, morning, "Youssef", "El Idrissi")
    assert registrations.register_walk_in(ws, morning, "El Idrissi Youssef", "", "guest") == youssef


def test_contradicting_contact_details_make_a_new_person_listed_as_duplicate(
    ws: Workspace, morning: str
) -> None:
    first = speaker(ws, morning, "Omar", "Alaoui", email="omar@managem.ma")
    other = registrations.register_walk_in(
        ws, morning, "Omar Alaoui", "Médias24", "press", email="o.alaoui@medias24.ma"
    )
    assert other != first
    ids = {r.person_id for r in registrations.list_registrations(ws, morning)}
    assert len(ids) == 2
    assert any(set(s.person_ids) == ids for s in people.duplicate_suggestions(ws))


def test_a_speaker_already_registered_by_an_import_is_not_registered_again(
    ws: Workspace, morning: str
) -> None:
    """The order of the three speakers' story: the list imported first, the agenda after."""
    from mornings_desktop.services import agenda, speakers
    from mornings_desktop.services.agenda_rows import SessionInput

    guest = registrations.register_person(
        ws, morning, {"first_name": "Karim", "last_name": "TAZI", "email": "karim@tazi.ma"}
    )
    sp = speakers.create(ws, speakers.SpeakerInput("Karim Tazi", organisation="Atlas Conseil"))
    agenda.create_session(ws, morning, SessionInput("talk", "A", "09:00", 30), [(sp, "speaker")])
    rows = registrations.list_registrations(ws, morning)
    assert [(r.id, r.category) for r in rows] == [(guest, "speaker")]
    assert speakers.get(ws, sp).person_id == rows[0].person_id
