"""The directory: identity by e-mail/phone, name-only suggestions, merge/un-merge, erasure."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mornings_desktop.errors import ValidationError
from mornings_desktop.services import categories, mornings, people, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation, RevokedCode
from mornings_desktop.store.schema_trust import OpPersonal


@pytest.fixture
def morning(ws: Workspace) -> str:
    return mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))


def test_walk_in_finds_the_regular_by_email_or_phone(ws: Workspace, morning: str) -> None:
    earlier = mornings.create(ws, mornings.MorningInput(title="Avant", date="2026-11-12"))
    first = registrations.register_person(
        ws,
        earlier,
        {"first_name": "Karim", "last_name": "Bennani", "email": "K.Bennani@Atlas.ma",
         "phone": "0661234567"},
    )  # fmt: skip
    person = registrations.get_registration(ws, first).person_id
    by_mail = registrations.register_walk_in(
        ws, morning, "Karim Bennani", "Atlas", "guest", email="k.bennani@atlas.ma"
    )
    assert registrations.get_registration(ws, by_mail).person_id == person
    row = registrations.get_registration(ws, by_mail)
    assert row.walk_in and row.source == "walk-in" and row.category == "guest"
    # a third Morning, found by phone in international form
    third = mornings.create(ws, mornings.MorningInput(title="Après", date="2027-01-14"))
    by_phone = registrations.register_walk_in(
        ws, third, "K. Bennani", "", "member", phone="+212 661 23 45 67"
    )
    assert registrations.get_registration(ws, by_phone).person_id == person
    # registering again for the same Morning returns the same registration
    assert (
        registrations.register_walk_in(
            ws, morning, "Karim", "", "guest", email="k.bennani@atlas.ma"
        )
        == by_mail
    )
    directory = {p.id: p for p in people.list_people(ws)}
    assert directory[person].registrations == 3


def test_same_name_only_suggests(ws: Workspace, morning: str) -> None:
    a = registrations.register_walk_in(ws, morning, "Karim Bennani", "", "guest", email="a@x.ma")
    b = registrations.register_walk_in(ws, morning, "karim BENNANI", "", "guest", email="b@x.ma")
    assert a != b
    suggestions = people.duplicate_suggestions(ws)
    assert len(suggestions) == 1 and len(suggestions[0].person_ids) == 2


def test_merge_and_unmerge(ws: Workspace, morning: str) -> None:
    other = mornings.create(ws, mornings.MorningInput(title="Avant", date="2026-11-12"))
    a = registrations.register_walk_in(ws, morning, "Karim Bennani", "", "guest", email="a@x.ma")
    b = registrations.register_walk_in(ws, other, "Karim Bennani", "", "guest", email="b@x.ma")
    pa = registrations.get_registration(ws, a).person_id
    pb = registrations.get_registration(ws, b).person_id
    people.merge(ws, pb, pa)
    listed = {p.id: p for p in people.list_people(ws)}
    assert pb not in listed and listed[pa].registrations == 2
    assert people.duplicate_suggestions(ws) == []
    with pytest.raises(ValidationError):
        people.merge(ws, pa, pb)  # would make a cycle
    with pytest.raises(ValidationError):
        people.merge(ws, pa, pa)
    # the merged person's e-mail now finds the survivor
    again = registrations.register_walk_in(ws, other, "K B", "", "guest", email="b@x.ma")
    assert again == b
    people.unmerge(ws, pb)
    listed = {p.id: p for p in people.list_people(ws)}
    assert listed[pa].registrations == 1 and listed[pb].registrations == 1
    with pytest.raises(ValidationError):
        people.unmerge(ws, pb)


def test_erasure_keeps_anonymous_counts(ws: Workspace, morning: str) -> None:
    reg = registrations.register_walk_in(
        ws, morning, "Salma Tazi", "Cosumar", "member", email="salma@cosumar.ma", phone="0612345678"
    )
    person = registrations.get_registration(ws, reg).person_id
    people.update_person(ws, person, {"job_title": "Fondatrice"})
    people.erase(ws, person)
    row = people.get_person(ws, person)
    assert row.erased and row.name == "" and row.email == "" and row.organisation == ""
    assert [m.registered for m in mornings.list_mornings(ws) if m.id == morning] == [1]
    with ws.db.read() as session:
        payloads = session.execute(select(Operation.payload)).scalars().all()
    assert not any("salma" in p.lower() or "Cosumar" in p for p in payloads)
    with pytest.raises(ValidationError):
        people.update_person(ws, person, {"first_name": "Salma"})
    # the same e-mail later is a new person: an erased person is never found again
    again = registrations.register_walk_in(
        ws, morning, "Salma Tazi", "", "guest", email="salma@cosumar.ma"
    )
    assert registrations.get_registration(ws, again).person_id != person


def test_erasure_redacts_imported_batches(ws: Workspace, morning: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.imports.registration_import import import_file

    path = tmp_path / "l.csv"
    path.write_text(
        "Nom;Prénom;Courriel\nTazi;Salma;salma@cosumar.ma\nAlaoui;Omar;o@a.ma\n", "utf-8"
    )
    import_file(ws, morning, path)
    salma = next(r for r in registrations.list_registrations(ws, morning) if r.last_name == "Tazi")
    people.erase(ws, salma.person_id)
    with ws.db.read() as session:
        batch = session.execute(
            select(Operation.payload).where(Operation.type == "import.batch")
        ).scalar_one()
        blocks = " ".join(session.execute(select(OpPersonal.block)).scalars())
    # names live in erasable blocks beside the signed operation, never in its payload
    assert "Alaoui" in blocks and "Alaoui" not in batch
    assert "salma" not in batch.lower() and "salma" not in blocks.lower()


def test_categories_seeded_once_with_fixed_keys_and_editable(ws: Workspace) -> None:
    assert categories.ensure_defaults(ws) is True
    assert categories.ensure_defaults(ws) is False
    keys = [c.key for c in categories.list_categories(ws)]
    assert keys == ["member", "guest", "speaker", "press", "sponsor", "partner", "staff", "vip"]
    assert categories.get_category(ws, "press").label_fr == "Presse"
    categories.save_category(ws, "press", label_fr="Médias", label_en="Media", colour="#112233")
    assert categories.get_category(ws, "press").colour == "#112233"
    categories.save_category(
        ws, "student", label_fr="Étudiant", label_en="Student", colour="#abcdef"
    )
    assert categories.list_categories(ws)[-1].key == "student"
    with pytest.raises(ValidationError):
        categories.save_category(ws, "x", label_fr="X", label_en="X", colour="red")
    assert categories.match_category(ws, "MÉDIAS") == "press"
    assert categories.match_category(ws, "VIP ticket") == "vip"
    assert categories.match_category(ws, "General Admission") == "guest"


def test_edit_cancel_reinstate_reissue(ws: Workspace, morning: str) -> None:
    reg = registrations.register_walk_in(ws, morning, "Omar Alaoui", "Managem", "guest")
    registrations.edit_registration(
        ws, reg, category="vip", note="Table 1", person={"organisation": "Managem SA"}
    )
    row = registrations.get_registration(ws, reg)
    assert (row.category, row.note, row.organisation) == ("vip", "Table 1", "Managem SA")
    registrations.cancel(ws, reg)
    assert registrations.get_registration(ws, reg).status == "cancelled"
    registrations.reinstate(ws, reg)
    assert registrations.get_registration(ws, reg).status == "registered"
    old = row.code
    new = registrations.reissue_code(ws, reg)
    assert new != old and registrations.get_registration(ws, reg).code == new
    assert registrations.is_revoked(ws, old) and not registrations.is_revoked(ws, new)
    with ws.db.read() as session:
        assert session.get(RevokedCode, old) is not None
    with pytest.raises(ValidationError):
        registrations.edit_registration(ws, reg, person={"email": "not-an-email"})
