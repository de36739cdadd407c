"""Consent: recorded from import columns (or "not asked"), from the walk-in form, and respected by
`may_contact` and by the series report's person-level sheet."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from mornings_desktop.imports.mapping import guess_mapping
from mornings_desktop.imports.registration_import import import_file
from mornings_desktop.ledger.handlers.privacy import PURPOSES
from mornings_desktop.services import consent, exports, mornings, people
from mornings_desktop.services.workspace import Workspace


def _ids(ws: Workspace) -> dict[str, str]:
    return {p.email: p.id for p in people.list_people(ws)}


def test_headers_in_three_languages_are_recognised() -> None:
    mapping = guess_mapping(
        [
            "Nom",
            "Prénom",
            "E-mail",
            "Consentement",
            "J'accepte de recevoir la newsletter",
            "Photos",
            "موافقة",
        ]
    )
    assert mapping.columns[3:6] == ["consent_tickets", "consent_newsletter", "consent_photos"]
    assert guess_mapping(["Name", "Newsletter"]).columns[1] == "consent_newsletter"


def test_import_columns_walk_in_and_the_series_sheet(ws: Workspace, tmp_path: Path) -> None:
    morning = mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    with_columns = tmp_path / "inscrits.csv"
    with_columns.write_text(
        "Nom;Prénom;E-mail;Newsletter;Photos\n"
        "Alami;Sara;sara@x.ma;Oui;non\n"
        "Benali;Omar;omar@x.ma;non;oui\n"
        "Chraibi;Lina;lina@x.ma;;\n",
        encoding="utf-8",
    )
    import_file(ws, morning, with_columns)
    ids = _ids(ws)
    assert consent.answers(ws, ids["sara@x.ma"]) == {
        "tickets": "not_asked", "newsletter": "yes", "photos": "no"}  # fmt: skip
    assert consent.answers(ws, ids["omar@x.ma"])["photos"] == "yes"
    assert consent.answers(ws, ids["lina@x.ma"])["newsletter"] == "not_asked"
    # an import without consent columns records "not asked" and never overwrites an answer
    plain = tmp_path / "plain.csv"
    plain.write_text("Nom;Prénom;E-mail\nAlami;Sara;sara@x.ma\nDiouri;Yassine;y@x.ma\n", "utf-8")
    other = mornings.create(ws, mornings.MorningInput(title="Suivante", date="2027-01-14"))
    import_file(ws, other, plain)
    ids = _ids(ws)
    assert consent.answers(ws, ids["y@x.ma"]) == dict.fromkeys(PURPOSES, "not_asked")
    assert consent.answers(ws, ids["sara@x.ma"])["newsletter"] == "yes"
    # a walk-in ticks the newsletter box only
    from mornings_desktop.services import registrations

    reg = registrations.register_walk_in(ws, morning, "Karim Tazi", "", "guest", email="k@x.ma")
    karim = registrations.get_registration(ws, reg).person_id
    consent.record_walk_in(ws, karim, newsletter=True, photos=False)
    # what the event needs needs no consent; the newsletter and photos need yes
    assert consent.may_contact(ws, ids["y@x.ma"], "tickets")
    assert consent.may_contact(ws, ids["y@x.ma"], "reminders")
    assert not consent.may_contact(ws, ids["y@x.ma"], "newsletter")
    assert consent.may_contact(ws, karim, "newsletter")
    assert not consent.may_contact(ws, karim, "photos")
    assert consent.may_contact(ws, ids["omar@x.ma"], "photos")
    # the series report's person-level sheet lists only people who said yes
    out = exports.export_series(ws, tmp_path / "serie.xlsx")
    book = openpyxl.load_workbook(out.path)
    text = " ".join(
        str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value
    )
    assert "Alami" in text and "Tazi" in text
    for absent in ("Benali", "Chraibi", "Diouri"):
        assert absent not in text


def _consent_ops(ws: Workspace) -> list[dict[str, str]]:
    import json

    from sqlalchemy import select

    from mornings_desktop.store.schema import Operation

    with ws.db.read() as session:
        payloads = session.execute(
            select(Operation.payload).where(Operation.type == "consent.recorded")
        ).scalars()
        return [json.loads(p) for p in payloads]


def test_an_import_records_consent_only_for_the_people_of_its_file(
    ws: Workspace, tmp_path: Path
) -> None:
    """People of the Morning the file does not name (a walk-in, an earlier list) get no "not
    asked, source import": the import did not ask them anything (it recorded one per purpose for
    every person of the Morning, 18,000 operations for a short list into a 6,000-person Morning)."""
    from mornings_desktop.services import registrations

    morning = mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    walk_in = registrations.register_walk_in(ws, morning, "Karim Tazi", "", "guest", email="k@x.ma")
    karim = registrations.get_registration(ws, walk_in).person_id
    plain = tmp_path / "plain.csv"
    plain.write_text("Nom;Prénom;E-mail\nAlami;Sara;sara@x.ma\n", "utf-8")
    import_file(ws, morning, plain)
    sara = _ids(ws)["sara@x.ma"]
    recorded = _consent_ops(ws)
    assert {op["person_id"] for op in recorded} == {sara}
    assert len(recorded) == len(PURPOSES)
    assert karim not in {op["person_id"] for op in recorded}


def test_consent_columns_are_read_from_the_chosen_sheet(ws: Workspace, tmp_path: Path) -> None:
    """The answers come from the sheet the import read, not from the workbook's first sheet."""
    morning = mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Notes"
    first.append(["Nom", "Prénom", "E-mail", "Newsletter"])
    first.append(["Alami", "Sara", "sara@x.ma", "non"])
    second = book.create_sheet("Inscrits")
    second.append(["Nom", "Prénom", "E-mail", "Newsletter"])
    second.append(["Alami", "Sara", "sara@x.ma", "oui"])
    path = tmp_path / "inscrits.xlsx"
    book.save(path)
    import_file(ws, morning, path, sheet="Inscrits")
    assert consent.answers(ws, _ids(ws)["sara@x.ma"])["newsletter"] == "yes"
