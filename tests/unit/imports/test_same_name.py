"""The same-name rule of issue 15: within one Morning, a row whose name matches a registered
person (whatever the case, accents or word order) and whose e-mail and phone do not contradict
theirs (missing or equal) is that person; when they do contradict, the row is a new person,
listed as a possible duplicate in the report and in People. Never two registrations of one person
in one Morning: three speakers each got two registrations and two badges after an import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from mornings_desktop.imports.registration_import import import_file
from mornings_desktop.services import categories, mornings, people, registrations
from mornings_desktop.services.workspace import Workspace


@pytest.fixture
def morning(ws: Workspace) -> str:
    categories.ensure_defaults(ws)
    return mornings.create(
        ws, mornings.MorningInput(title="Matinale", date="2026-12-10", venue="Hyatt Regency")
    )


def workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    sheet = wb.active
    sheet.append(["Nom", "Prénom", "E-mail", "Téléphone", "Catégorie"])
    for row in rows:
        sheet.append(row)
    wb.save(path)
    return path


def registered(ws: Workspace, morning: str, first: str, last: str, **contact: str) -> str:
    return registrations.register_person(
        ws, morning, {"first_name": first, "last_name": last, **contact}, category="speaker"
    )


def regs_of(ws: Workspace, morning: str, folded: str) -> list[registrations.RegistrationRow]:
    return [
        r
        for r in registrations.list_registrations(ws, morning)
        if " ".join(sorted(people.fold(r.name).split())) == folded
    ]


def test_speakers_registered_without_contact_are_not_registered_twice(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    for first, last in (("Karim", "Tazi"), ("Hélène", "Lefèvre"), ("Youssef", "El Idrissi")):
        registered(ws, morning, first, last)
    path = workbook(
        tmp_path / "inscrits.xlsx",
        [
            ["TAZI", "Karim", "karim@tazi.ma", "", "Intervenant"],
            ["lefevre", "helene", "", "0661234567", "Intervenant"],
            ["Idrissi El", "Youssef", "y@elidrissi.ma", "0662000111", "Intervenant"],
        ],
    )
    report = import_file(ws, morning, path)
    assert report.created == 0 and report.new_people == 0, report.to_json()
    karim = regs_of(ws, morning, "karim tazi")
    assert len(karim) == 1 and karim[0].email == "karim@tazi.ma"  # filled in
    helene = regs_of(ws, morning, "helene lefevre")
    assert len(helene) == 1 and helene[0].phone
    assert len(regs_of(ws, morning, "el idrissi youssef")) == 1
    # run again: still one each
    import_file(ws, morning, path)
    assert len(registrations.list_registrations(ws, morning)) == 3


def test_a_row_whose_contact_agrees_is_the_registered_person(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    registered(ws, morning, "Salma", "Tazi", email="salma@cosumar.ma")
    path = workbook(tmp_path / "a.xlsx", [["Tazi", "Salma", "", "0612345678", "Invité"]])
    report = import_file(ws, morning, path)
    assert report.created == 0 and report.matched_in_directory == 1
    salma = regs_of(ws, morning, "salma tazi")
    assert len(salma) == 1 and salma[0].email == "salma@cosumar.ma" and salma[0].phone


def test_a_row_whose_contact_contradicts_is_a_new_person_listed_as_duplicate(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    registered(ws, morning, "Omar", "Alaoui", email="omar@managem.ma", phone="0661223344")
    path = workbook(
        tmp_path / "b.xlsx", [["ALAOUI", "Omar", "omar.alaoui@gmail.com", "0677889900", ""]]
    )
    report = import_file(ws, morning, path)
    assert report.created == 1 and report.new_people == 1
    assert [w.code for w in report.warnings] == ["same_name"]
    omars = regs_of(ws, morning, "alaoui omar")
    assert len(omars) == 2 and len({r.person_id for r in omars}) == 2
    suggestion = [s for s in people.duplicate_suggestions(ws) if s.reason == "same_name"]
    assert {frozenset(s.person_ids) for s in suggestion} == {frozenset(r.person_id for r in omars)}


def test_same_name_rows_in_one_file_make_one_registration(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "c.xlsx",
        [
            ["Berrada", "Omar", "omar@stroc.ma", "", "Invité"],
            ["BERRADA", "Omar", "", "", "Invité"],
            ["Berrada", "Omar", "", "0661223345", "Invité"],
        ],
    )
    report = import_file(ws, morning, path)
    omar = regs_of(ws, morning, "berrada omar")
    assert len(omar) == 1, report.to_json()
    assert omar[0].email == "omar@stroc.ma" and omar[0].phone


def test_a_speaker_found_in_a_list_stays_a_speaker(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    """The list says "Invité" for everyone; the agenda made Karim a speaker: his one badge says so."""
    registered(ws, morning, "Karim", "Tazi")
    path = workbook(tmp_path / "d.xlsx", [["Tazi", "Karim", "karim@tazi.ma", "", "Invité"]])
    import_file(ws, morning, path)
    karim = regs_of(ws, morning, "karim tazi")
    assert len(karim) == 1 and karim[0].category == "speaker"
    assert karim[0].email == "karim@tazi.ma"
