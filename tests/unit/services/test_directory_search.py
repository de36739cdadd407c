"""The walk-in form's directory search: every Morning, cross-script, never a hidden person."""

from __future__ import annotations

from mornings_desktop.services import erasure, mornings, people, registrations
from mornings_desktop.services.directory_search import DirectoryIndex
from mornings_desktop.services.workspace import Workspace


def _setup(ws: Workspace) -> dict[str, str]:
    octo = mornings.create(ws, mornings.MorningInput("Octobre", "2026-10-08"))
    nov = mornings.create(ws, mornings.MorningInput("Novembre", "2026-11-12"))
    youssef: dict[str, object] = {"first_name": "Youssef", "last_name": "Alaoui", "organisation": "Atlas Conseil",
               "email": "y.alaoui@atlas.ma"}  # fmt: skip
    registrations.register_person(ws, octo, youssef, category="guest")
    reg = registrations.register_person(ws, nov, youssef, category="member")
    nadia = registrations.register_person(
        ws, octo, {"first_name": "Nadia", "last_name": "Bennani", "organisation": "OCP"}
    )
    return {
        "youssef": registrations.get_registration(ws, reg).person_id,
        "nadia": registrations.get_registration(ws, nadia).person_id,
        "oct": octo,
    }


def test_one_entry_per_person_with_the_last_morning_and_its_category(ws: Workspace) -> None:
    ids = _setup(ws)
    hits = DirectoryIndex.build(ws).search("alaoui")
    assert [h.person_id for h in hits] == [ids["youssef"]]
    assert (hits[0].last_morning, hits[0].last_morning_date) == ("Novembre", "2026-11-12")
    assert hits[0].category == "member" and hits[0].email == "y.alaoui@atlas.ma"


def test_cross_script_typo_and_word_order(ws: Workspace) -> None:
    ids = _setup(ws)
    index = DirectoryIndex.build(ws)
    assert index.search("يوسف العلوي")[0].person_id == ids["youssef"]
    assert index.search("alaoiu youssef")[0].person_id == ids["youssef"]


def test_nothing_before_two_letters(ws: Workspace) -> None:
    _setup(ws)
    index = DirectoryIndex.build(ws)
    assert index.search("") == [] and index.search("a") == [] and index.search(" n ") == []
    assert index.search("na")


def test_hidden_erased_and_merged_people_never_appear(ws: Workspace) -> None:
    ids = _setup(ws)
    erasure.request_erasure(ws, ids["nadia"])
    assert DirectoryIndex.build(ws).search("bennani") == []
    assert DirectoryIndex.build(ws).search("nadia") == []
    erasure.reverse_request(ws, ids["nadia"])
    assert DirectoryIndex.build(ws).search("bennani")
    erasure.erase_person(ws, ids["nadia"])
    assert DirectoryIndex.build(ws).search("bennani") == []
    assert DirectoryIndex.build(ws).search("OCP") == []
    dec = mornings.create(ws, mornings.MorningInput("Décembre", "2026-12-10"))
    copy = registrations.register_person(
        ws, dec, {"first_name": "Youssef", "last_name": "Alaoui", "phone": "0661000000"}
    )
    copy_id = registrations.get_registration(ws, copy).person_id
    assert copy_id != ids["youssef"]
    assert len(DirectoryIndex.build(ws).search("youssef alaoui")) == 2
    people.merge(ws, copy_id, ids["youssef"])
    assert [h.person_id for h in DirectoryIndex.build(ws).search("youssef alaoui")] == [
        ids["youssef"]
    ]
