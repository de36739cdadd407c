"""PeopleIndex: accent/case/word-order-free, typo-tolerant search over a Morning's registrations."""

from __future__ import annotations

import pytest

from mornings_desktop.services import mornings, registrations
from mornings_desktop.services.search import PeopleIndex
from mornings_desktop.services.workspace import Workspace

PEOPLE = [
    ("Rachid", "El Idrissi", "OCP Group", "rachid.elidrissi@ocp.ma", "0661234567"),
    ("Karim", "Bennani", "Maroc Telecom", "k.bennani@iam.ma", None),
    ("Hélène", "Lefèvre", "Société Générale Maroc", None, "+33 6 12 34 56 78"),
    ("محمد", "بناني", "مجموعة OCP", "m.bennani@example.ma", None),
    ("Salma", "Tazi", "Cosumar", "salma@cosumar.ma", "0522 11 22 33"),
    ("Omar", "Alaoui", "Bennani Conseil", None, None),
]


@pytest.fixture
def morning(ws: Workspace) -> str:
    return mornings.create(
        ws, mornings.MorningInput(title="Matinale", date="2026-12-10", venue="Casablanca")
    )


@pytest.fixture
def ids(ws: Workspace, morning: str) -> dict[str, str]:
    out: dict[str, str] = {}
    with ws.transaction() as tx:
        for first, last, org, email, phone in PEOPLE:
            person = registrations.add_person(
                tx,
                {
                    "first_name": first,
                    "last_name": last,
                    "organisation": org,
                    "email": email,
                    "phone": phone,
                },
            )
            out[last] = registrations.add_registration(ws, tx, morning, person)
    return out


def names(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.name for h in hits]


def test_typo_accent_case_and_word_order(ws: Workspace, morning: str, ids: dict[str, str]) -> None:
    index = PeopleIndex.build(ws, morning)
    assert len(index) == len(PEOPLE)
    assert names(index.search("benani"))[0] == "Karim Bennani"
    assert names(index.search("el idrissi rachid")) == ["Rachid El Idrissi"]
    assert names(index.search("ELIDRISSI")) == ["Rachid El Idrissi"]
    assert names(index.search("helene lefevre")) == ["Hélène Lefèvre"]
    assert names(index.search("Lefevre   HÉLÈNE")) == ["Hélène Lefèvre"]
    assert names(index.search("rachdi")) == ["Rachid El Idrissi"]  # swapped letters


def test_name_ranks_before_organisation(ws: Workspace, morning: str, ids: dict[str, str]) -> None:
    index = PeopleIndex.build(ws, morning)
    found = names(index.search("bennani"))
    assert found[0] == "Karim Bennani"
    assert "Omar Alaoui" in found  # works at "Bennani Conseil"
    assert found.index("Karim Bennani") < found.index("Omar Alaoui")


def test_organisation_email_phone_and_arabic(
    ws: Workspace, morning: str, ids: dict[str, str]
) -> None:
    index = PeopleIndex.build(ws, morning)
    assert names(index.search("cosumar")) == ["Salma Tazi"]
    assert names(index.search("salma@cosumar")) == ["Salma Tazi"]
    assert names(index.search("0661234567")) == ["Rachid El Idrissi"]
    assert names(index.search("212661234567")) == ["Rachid El Idrissi"]
    assert names(index.search("0522112233")) == ["Salma Tazi"]
    found = names(index.search("بناني"))  # the same script first, then across scripts
    assert found[0] == "محمد بناني" and found[1] == "Karim Bennani"
    assert names(index.search("محمد")) == ["محمد بناني"]
    assert index.search("zzzzqqq") == []


def test_hit_fields_and_limit(ws: Workspace, morning: str, ids: dict[str, str]) -> None:
    index = PeopleIndex.build(ws, morning)
    hit = index.search("tazi")[0]
    assert hit.registration_id == ids["Tazi"]
    assert hit.organisation == "Cosumar"
    assert hit.email == "salma@cosumar.ma"
    assert hit.status == "registered"
    assert hit.checked_in is False and hit.arrival is None
    assert hit.score > 0
    assert len(index.search("", limit=3)) == 3
    assert len(index.search("ben", limit=2)) == 2
    assert index.matching_ids("") is None
    assert index.matching_ids("tazi") == {ids["Tazi"]}


def test_refresh_after_changes(ws: Workspace, morning: str, ids: dict[str, str]) -> None:
    index = PeopleIndex.build(ws, morning)
    reg = registrations.get_registration(ws, ids["Tazi"])
    ws.record("person.updated", {"id": reg.person_id, "fields": {"last_name": "Berrada"}})
    registrations.cancel(ws, ids["Bennani"])
    assert names(index.search("tazi")) == ["Salma Tazi"]  # stale until refreshed
    index.refresh([ids["Tazi"], ids["Bennani"]])
    assert index.search("tazi") == []
    assert names(index.search("berrada")) == ["Salma Berrada"]
    assert index.search("karim")[0].status == "cancelled"
    with ws.transaction() as tx:
        person = registrations.add_person(tx, {"first_name": "Zoé", "last_name": "Dupré"})
        new = registrations.add_registration(ws, tx, morning, person)
    index.refresh([new])
    assert names(index.search("zoe dupre")) == ["Zoé Dupré"]
    index.refresh()
    assert len(index) == len(PEOPLE) + 1


def test_many_equal_matches_come_in_name_order() -> None:
    from mornings_desktop.services.registrations import RegistrationRow

    last_names = [f"Ben{chr(97 + i % 26)}{i:02d}" for i in range(60)]
    rows = [
        RegistrationRow(
            id=str(i),
            person_id=str(i),
            name=f"Ali {last}",
            first_name="Ali",
            last_name=last,
            organisation="",
        )
        for i, last in enumerate(last_names)
    ]
    index = PeopleIndex.from_rows(None, "m", rows)  # type: ignore[arg-type]
    for limit in (3, 20, 0):
        hits = index.search("b", limit=limit)
        expected = sorted(f"Ali {n}".casefold() for n in last_names)
        got = [h.name.casefold() for h in hits]
        assert got == (expected[:limit] if limit else expected)
    assert [h.name for h in index.search("bena00")] == ["Ali Bena00"]


def test_a_whole_name_typed_without_its_spaces(
    ws: Workspace, morning: str, ids: dict[str, str]
) -> None:
    """Found at the desk and on the command line: `youssefalaoui`, `chaimaealaoui` found no one,
    though `chaimae alaoui` finds her at 100."""
    index = PeopleIndex.build(ws, morning)
    assert names(index.search("omaralaoui"))[0] == "Omar Alaoui"
    assert names(index.search("alaouiomar"))[0] == "Omar Alaoui"
    assert names(index.search("helenelefevre"))[0] == "Hélène Lefèvre"
    assert names(index.search("rachidelidrissi"))[0] == "Rachid El Idrissi"
    assert names(index.search("salmatazi")) == ["Salma Tazi"]
    assert names(index.search("omaralaoi"))[0] == "Omar Alaoui"  # and one letter off
