"""Imports of files shaped like Google Forms, Eventbrite and French Excel produce them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from mornings_desktop.errors import ValidationError
from mornings_desktop.imports.readers import ImportFileError
from mornings_desktop.imports.registration_import import import_file
from mornings_desktop.services import categories, mornings, people, registrations
from mornings_desktop.services.search import PeopleIndex
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation, Person, Registration
from tests.unit.imports import files


@pytest.fixture
def morning(ws: Workspace) -> str:
    categories.ensure_defaults(ws)
    return mornings.create(
        ws, mornings.MorningInput(title="Matinale", date="2026-12-10", venue="Hyatt Regency")
    )


def counts(ws: Workspace) -> tuple[int, int, int]:
    with ws.db.read() as s:
        return (
            s.execute(select(func.count()).select_from(Person)).scalar_one(),
            s.execute(select(func.count()).select_from(Registration)).scalar_one(),
            s.execute(select(func.count()).select_from(Operation)).scalar_one(),
        )


def by_name(ws: Workspace, morning: str) -> dict[str, list[registrations.RegistrationRow]]:
    out: dict[str, list[registrations.RegistrationRow]] = {}
    for row in registrations.list_registrations(ws, morning):
        out.setdefault(row.name, []).append(row)
    return out


def test_google_forms_xlsx(ws: Workspace, morning: str, tmp_path: Path) -> None:
    path = files.google_forms_xlsx(tmp_path / "Inscriptions (réponses).xlsx")
    report = import_file(ws, morning, path)
    assert report.kind == "xlsx"
    assert report.rows == 7
    assert report.created == 6
    assert report.duplicates_in_file == 1  # Salma Tazi twice, e-mail in another case
    assert [w.code for w in report.warnings if w.code == "invalid_email"] == ["invalid_email"]
    regs = by_name(ws, morning)
    assert len(regs["Karim Bennani"]) == 2  # same name, different e-mails: two people
    assert len({r.person_id for r in regs["Karim Bennani"]}) == 2
    assert len(regs["Salma Tazi"]) == 1
    salma = regs["Salma Tazi"][0]
    assert salma.phone == "0612345678"  # filled in by the second row
    assert salma.category == "sponsor"
    helene = regs["Hélène Lefèvre"][0]
    assert helene.category == "press" and helene.organisation == "Société Générale Maroc"
    arabic = regs["محمد بناني"][0]
    assert arabic.organisation == "مجموعة OCP" and arabic.category == "member"
    assert regs["Karim Bennani"][0].phone in ("661234567", "")  # number cell, no ".0"
    assert regs["Zoé Naïm"][0].email == ""  # invalid e-mail left out, with a warning
    # the Horodateur column is not imported anywhere
    assert not any(
        "2026-11" in (r.note or "") for r in registrations.list_registrations(ws, morning)
    )
    index = PeopleIndex.build(ws, morning)
    # The same script first; then, across scripts, the Latin spelling of the same family name.
    assert [h.name for h in index.search("بناني")] == [
        "محمد بناني",
        "Karim Bennani",
        "Karim Bennani",
    ]


def test_eventbrite_csv_with_bom_keeps_barcodes(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    path = files.eventbrite_csv(tmp_path / "Attendees-Report.csv")
    report = import_file(ws, morning, path)
    assert (report.kind, report.created, report.skipped) == ("csv", 4, [])
    regs = by_name(ws, morning)
    youssef = regs["Youssef El Idrissi"][0]
    assert youssef.external_ref == "100150011001"
    assert youssef.category == "member"
    assert regs["يوسف العلوي"][0].category == "speaker"
    assert regs["Jérôme Dupré"][0].category == "press"
    assert regs["Aïcha Ben Saïd"][0].category == "guest"  # "General Admission" → default
    assert youssef.phone == "+212 661-000-111"


def test_french_excel_csv_cp1252_blank_and_total_rows(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    path = files.french_excel_csv(tmp_path / "LISTE INVITES.csv")
    report = import_file(ws, morning, path)
    assert report.created == 4
    assert sorted(i.code for i in report.skipped) == ["blank", "blank", "totals"]
    assert [i.line for i in report.skipped if i.code == "totals"] == [8]
    regs = by_name(ws, morning)
    assert set(regs) == {"Hélène Lefèvre", "Leïla Chraïbi", "Omar Berrada", "François Dupré"}
    assert regs["Omar Berrada"][0].category == "guest"
    assert regs["François Dupré"][0].category == "partner"
    assert regs["Leïla Chraïbi"][0].external_ref == "B-002"


def test_same_person_across_files_is_one_person(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    import_file(ws, morning, files.google_forms_xlsx(tmp_path / "a.xlsx"))
    report = import_file(ws, morning, files.french_excel_csv(tmp_path / "b.csv"))
    # Hélène Lefèvre is in both files with the same e-mail: matched, not duplicated.
    assert report.matched_in_directory == 1
    assert report.created == 3
    assert len(by_name(ws, morning)["Hélène Lefèvre"]) == 1
    assert report.updated == 1  # her ticket number B-001 was added
    # another Morning: people with a contact get a new registration, not a new person; François
    # Dupré has no contact, so his name alone only suggests he is the same person
    other = mornings.create(ws, mornings.MorningInput(title="Suivante", date="2027-01-14"))
    before = counts(ws)[0]
    again = import_file(ws, other, tmp_path / "b.csv")
    assert (again.created, again.new_people, counts(ws)[0]) == (4, 1, before + 1)
    assert [w.code for w in again.warnings] == ["same_name"]


def test_reimport_updates_instead_of_duplicating(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    path = files.eventbrite_csv(tmp_path / "attendees.csv")
    import_file(ws, morning, path)
    before = counts(ws)
    same = import_file(ws, morning, path)
    assert (same.created, same.updated, same.unchanged) == (0, 0, 4)
    assert counts(ws) == before  # not even an operation
    corrected = [list(r) for r in files.EVENTBRITE_ROWS]
    corrected[1][9] = "HPS Maroc"  # company corrected
    corrected[0][4] = "y.elidrissi@ocp.ma"  # e-mail changed, barcode kept: same registration
    files.eventbrite_csv(path, corrected)
    report = import_file(ws, morning, path)
    assert (report.created, report.updated, report.unchanged) == (0, 2, 2)
    regs = by_name(ws, morning)
    assert regs["Aïcha Ben Saïd"][0].organisation == "HPS Maroc"
    assert regs["Youssef El Idrissi"][0].email == "y.elidrissi@ocp.ma"
    assert counts(ws)[1] == before[1]
    # French Excel file without contacts re-imported: matched by name, not duplicated
    fr = files.french_excel_csv(tmp_path / "fr.csv")
    import_file(ws, morning, fr)
    n = counts(ws)[1]
    assert import_file(ws, morning, fr).created == 0 and counts(ws)[1] == n


def test_dry_run_writes_nothing_and_reports_the_same(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    path = files.google_forms_xlsx(tmp_path / "forms.xlsx")
    before = counts(ws)
    dry = import_file(ws, morning, path, dry_run=True)
    assert counts(ws) == before
    real = import_file(ws, morning, path)
    assert (dry.created, dry.duplicates_in_file, len(dry.warnings)) == (
        real.created,
        real.duplicates_in_file,
        len(real.warnings),
    )


class Stop(Exception):
    pass


def test_cancel_or_failure_leaves_nothing(ws: Workspace, morning: str, tmp_path: Path) -> None:
    rows = [
        [str(i), "", f"Prénom{i}", f"Nom{i}", f"p{i}@x.ma", "1", "", "", f"B{i}", "", "", "", ""]
        for i in range(1000)
    ]
    path = files.eventbrite_csv(tmp_path / "big.csv", rows)
    before = counts(ws)
    seen: list[str] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append(text)
        if text == "writing" and done >= 400:
            raise Stop

    with pytest.raises(Stop):
        import_file(ws, morning, path, progress=progress)
    assert counts(ws) == before
    assert "reading" in seen


def test_no_name_column_is_refused(ws: Workspace, morning: str, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Ville;Montant\nCasablanca;12\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="holds names"):
        import_file(ws, morning, path)


def test_bad_files_say_why_and_change_nothing(ws: Workspace, morning: str, tmp_path: Path) -> None:
    before = counts(ws)
    empty = tmp_path / "vide.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError, match="is empty"):
        import_file(ws, morning, empty)
    good = files.google_forms_xlsx(tmp_path / "good.xlsx").read_bytes()
    truncated = tmp_path / "coupé.xlsx"
    truncated.write_bytes(good[: len(good) // 2])
    with pytest.raises(ImportFileError, match="damaged or truncated"):
        import_file(ws, morning, truncated)
    locked = tmp_path / "protégé.xlsx"  # an encrypted OOXML package is a CFB container
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le")
    )
    with pytest.raises(ImportFileError, match="password"):
        import_file(ws, morning, locked)
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    with pytest.raises(ImportFileError, match="neither a spreadsheet"):
        import_file(ws, morning, binary)
    with pytest.raises(ImportFileError, match="does not exist"):
        import_file(ws, morning, tmp_path / "absent.csv")
    headers_only = tmp_path / "entête.csv"
    headers_only.write_text("Nom;Prénom\n", encoding="utf-8")
    assert import_file(ws, morning, headers_only).created == 0
    assert counts(ws)[:2] == before[:2]


def test_wrong_extension_is_read_by_content(ws: Workspace, morning: str, tmp_path: Path) -> None:
    path = files.eventbrite_csv(tmp_path / "attendees.xlsx")
    report = import_file(ws, morning, path)
    assert report.kind == "csv" and report.created == 4
    assert any("extension" in n for n in report.notes)


def test_merged_cells_formulas_and_dates_as_numbers(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    sheet.append(["Nom", "Prénom", "Entreprise", "Courriel", "Date d'inscription", "Remarque"])
    sheet.append(["Alaoui", "Omar", "Managem", "omar@managem.ma", 46000, "=1+1"])
    sheet.append(["Tahiri", "Souad", None, "souad@managem.ma", 46001.5, None])
    sheet.merge_cells("C2:C3")
    sheet["C2"] = "Managem"
    path = tmp_path / "fusion.xlsx"
    wb.save(path)
    report = import_file(ws, morning, path)
    assert report.created == 2 and report.skipped == []
    regs = by_name(ws, morning)
    assert regs["Omar Alaoui"][0].organisation == "Managem"
    assert regs["Souad Tahiri"][0].organisation == ""  # a merged cell's value is on its first cell


def test_too_many_rows_refused_before_writing(
    ws: Workspace, morning: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mornings_desktop.imports import readers

    monkeypatch.setattr(readers, "MAX_ROWS", 50)
    rows = [[str(i), "", f"P{i}", f"N{i}", f"p{i}@x.ma"] + [""] * 8 for i in range(60)]
    path = files.eventbrite_csv(tmp_path / "big.csv", rows)
    before = counts(ws)
    with pytest.raises(ImportFileError, match="more than 50 rows"):
        import_file(ws, morning, path)
    assert counts(ws) == before


@pytest.mark.slow
def test_a_million_rows_is_refused_with_a_clear_message(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Nom;Prénom;Courriel\n")
        for i in range(1_000_000):
            handle.write(f"Nom{i};Prénom{i};p{i}@x.ma\n")
    with pytest.raises(ImportFileError, match="more than 100000 rows"):
        import_file(ws, morning, path)
    assert counts(ws)[1] == 0


def test_directory_after_import_links_people(ws: Workspace, morning: str, tmp_path: Path) -> None:
    import_file(ws, morning, files.google_forms_xlsx(tmp_path / "a.xlsx"))
    suggestions = people.duplicate_suggestions(ws)
    assert [s.name for s in suggestions] == ["Karim Bennani"]


def test_libreoffice_ods(ws: Workspace, morning: str, tmp_path: Path) -> None:
    path = files.minimal_ods(
        tmp_path / "inscrits.ods",
        [["Prénom", "Nom", "Entreprise", "Courriel"],
         ["Leïla", "Chraïbi", "Médias24", "leila@medias24.ma"],
         ["يوسف", "العلوي", "AMDIE", "y@amdie.ma"]],
    )  # fmt: skip
    report = import_file(ws, morning, path)
    assert (report.kind, report.created) == ("ods", 2)
    assert set(by_name(ws, morning)) == {"Leïla Chraïbi", "يوسف العلوي"}


def test_default_categories_do_not_duplicate_across_desks(tmp_path: Path) -> None:
    from mornings_desktop.ledger import ledger
    from mornings_desktop.store.schema import Category

    a = Workspace.open(tmp_path / "a.sqlite3", "Accueil A")
    b = Workspace.open(tmp_path / "b.sqlite3", "Accueil B")
    try:
        categories.ensure_defaults(a)
        categories.ensure_defaults(b)
        categories.save_category(a, "press", label_fr="Médias", label_en="Media", colour="#112233")
        for source, target in ((a, b), (b, a)):
            with source.db.read() as s:
                ops = [ledger.op_from_row(r) for r in s.execute(select(Operation)).scalars()]
            with target.db.write() as s:
                ledger.ingest(s, ops)
        for ws_ in (a, b):
            with ws_.db.read() as s:
                assert s.execute(select(func.count()).select_from(Category)).scalar_one() == 8
            assert categories.get_category(ws_, "press").label_fr == "Médias"
    finally:
        a.close()
        b.close()


def test_dry_run_on_a_new_database_writes_nothing_at_all(ws: Workspace, tmp_path: Path) -> None:
    morning = mornings.create(ws, mornings.MorningInput(title="Neuve", date="2027-02-11"))
    before = counts(ws)
    report = import_file(ws, morning, files.eventbrite_csv(tmp_path / "a.csv"), dry_run=True)
    assert report.created == 4 and counts(ws) == before  # not even the default categories


def test_a_workbook_declaring_a_million_rows_is_refused_before_loading(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    import re
    import zipfile

    small = files.google_forms_xlsx(tmp_path / "small.xlsx")
    big = tmp_path / "million.xlsx"
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:H1000001"', data)
            dst.writestr(item, data)
    before = counts(ws)
    with pytest.raises(ImportFileError, match="1000000 rows"):
        import_file(ws, morning, big)
    assert counts(ws) == before
