"""Access: everything held about a person, found by id, e-mail or phone; ambiguity refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mornings_desktop.errors import ValidationError
from mornings_desktop.services import mornings, person_access, registrations
from mornings_desktop.services.workspace import Workspace
from tests.unit.privacy.conftest import EMAIL, FIRST, LAST, PHONE, Subject


def test_resolve_by_id_email_and_phone(ws: Workspace, subject: Subject) -> None:
    assert person_access.resolve(ws, subject.person_id) == subject.person_id
    assert person_access.resolve(ws, EMAIL.upper()) == subject.person_id
    assert person_access.resolve(ws, "+212 661 77 88 99") == subject.person_id


def test_an_ambiguous_reference_is_refused_with_the_candidates(
    ws: Workspace, subject: Subject
) -> None:
    # two directory people share a phone (imported separately, before the identity rules)
    morning = mornings.create(ws, mornings.MorningInput(title="Autre", date="2027-01-14"))
    other = registrations.get_registration(
        ws,
        registrations.register_person(
            ws, morning, {"first_name": "Autre", "last_name": "Personne", "email": "autre@x.ma"}
        ),
    ).person_id
    ws.record("person.updated", {"id": other, "fields": {"phone": PHONE}})
    with pytest.raises(ValidationError) as caught:
        person_access.resolve(ws, PHONE)
    assert subject.person_id in str(caught.value) and other in str(caught.value)


def test_the_export_holds_every_field_of_three_mornings(
    ws: Workspace, subject: Subject, tmp_path: Path
) -> None:
    out = person_access.export_record(ws, subject.person_id, tmp_path / "acces.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    person = data["person"]
    for key in ("id", "first_name", "last_name", "organisation", "job_title", "email", "phone",
                "created_at", "erased", "merged_into", "stamps"):  # fmt: skip
        assert key in person
    assert (person["first_name"], person["last_name"], person["email"]) == (FIRST, LAST, EMAIL)
    assert len(data["registrations"]) == 3
    assert {r["morning"]["title"] for r in data["registrations"]} == {
        "Matinale 1", "Matinale 2", "Matinale 3"}  # fmt: skip
    for reg in data["registrations"]:
        for key in ("code", "status", "category", "note", "registered_at", "checked_in_at",
                    "arrivals", "badges_printed", "source"):  # fmt: skip
            assert key in reg
    assert sum(len(r["arrivals"]) for r in data["registrations"]) == 2
    assert sum(len(r["badges_printed"]) for r in data["registrations"]) == 2
    assert data["messages"] == []  # the outbox exists (mail): none were sent to this person
    assert {op["type"] for op in data["operations"]} >= {
        "person.created", "registration.created", "checkin.created", "badge.printed"}  # fmt: skip
    pdf = person_access.export_record(ws, subject.person_id, tmp_path / "acces.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and oct(pdf.stat().st_mode & 0o777) == "0o600"


def test_an_arabic_name_goes_into_the_pdf(ws: Workspace, tmp_path: Path) -> None:
    from tests.unit.privacy.conftest import make_subject

    s = make_subject(ws, first="زينب", last="الوزاني", email="z@x.ma", phone="0600000001")
    out = person_access.export_record(ws, s.person_id, tmp_path / "z.pdf")
    assert out.stat().st_size > 1000
