"""Every output shows labels, never internal keys (`guest`, `walk-in`, `demo`, `keynote`…)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from mornings_desktop.documents.agenda_ics import build_calendar
from mornings_desktop.documents.programme_pdf import write_programme_pdf
from mornings_desktop.services import checkin, exports, registrations, tickets
from mornings_desktop.services.agenda_programme import programme
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.wording.labels import LABELS, label

RAW = {key for kind in ("category", "method", "source", "session_type") for key in LABELS[kind]}


@pytest.fixture
def checked_in(ws: Workspace, demo_morning: str) -> str:
    """Some arrivals by scanner and by search, so methods appear in the exports."""
    rows = [
        r for r in registrations.list_registrations(ws, demo_morning) if r.status != "cancelled"
    ]
    desk = checkin.ScanDesk(ws, demo_morning)
    for r in rows[:4]:
        desk.scan(r.code)
    for r in rows[4:8]:
        desk.admit(r.id, "search")
    return demo_morning


def _cells(path: Path) -> list[str]:
    book = load_workbook(path, read_only=True)
    return [
        str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row
        if isinstance(v, str)
    ]  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_attendance_workbook_and_csv_show_labels(
    ws: Workspace, checked_in: str, tmp_path: Path, lang: str
) -> None:
    book = tmp_path / f"a-{lang}.xlsx"
    exports.export_attendance(ws, checked_in, book, language=lang)
    cells = _cells(book)
    assert not RAW & set(cells), RAW & set(cells)
    for kind, key in (("category", "guest"), ("method", "search"), ("source", "demo")):
        assert label(kind, key, lang) in cells, (kind, key)
    assert label("session_type", "keynote", lang) in cells
    sheet = tmp_path / f"a-{lang}.csv"
    exports.export_attendance(ws, checked_in, sheet, language=lang)
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        values = {
            v for row in csv.reader(handle, delimiter="," if lang == "en" else ";") for v in row
        }
    assert not RAW & values, RAW & values
    assert label("method", "scanner", lang) in values


def test_the_mail_merge_shows_french_category_labels(
    ws: Workspace, demo_morning: str, tmp_path: Path
) -> None:
    path = tmp_path / "merge.xlsx"
    tickets.write_tickets(ws, demo_morning, path)
    cells = _cells(path)
    assert not RAW & set(cells), RAW & set(cells)
    assert "Invité" in cells or "Membre" in cells


@pytest.mark.parametrize("lang", ["fr", "en", "ar"])
def test_the_ics_categories_are_labels(ws: Workspace, demo_morning: str, lang: str) -> None:
    cal = Calendar.from_ical(build_calendar(programme(ws, demo_morning), language=lang))
    found = {str(c) for e in cal.walk("VEVENT") for c in e.get("categories").cats}
    assert found and not RAW & found, found
    assert label("session_type", "keynote", lang) in found
    if lang == "ar":
        assert all(any("\u0600" <= ch <= "\u06ff" for ch in c) for c in found), found


def test_the_programme_pdf_shows_french_kinds_and_roles(
    ws: Workspace, demo_morning: str, tmp_path: Path
) -> None:
    path = write_programme_pdf(programme(ws, demo_morning), tmp_path / "p.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Conférence" in text and "panéliste" in text
    assert "keynote" not in text and "panellist" not in text


@pytest.mark.parametrize(("lang", "word"), [("fr", "Import"), ("en", "Import"), ("ar", "استيراد")])
def test_an_imported_registrations_source_names_its_file(
    ws: Workspace, demo_morning: str, tmp_path: Path, lang: str, word: str
) -> None:
    """The workbook's Source column said `import:inscrits.csv`, the program's own key."""
    from mornings_desktop.imports.registration_import import import_file

    path = tmp_path / "inscrits.csv"
    path.write_text("Nom;E-mail\nSalma Tazi;salma@exemple.ma\n", encoding="utf-8")
    import_file(ws, demo_morning, path)
    book = tmp_path / f"a-{lang}.xlsx"
    exports.export_attendance(ws, demo_morning, book, language=lang if lang != "ar" else "fr")
    cells = _cells(book)
    assert not [c for c in cells if c.startswith("import:")]
    assert label("source", "import:inscrits.csv", lang) == f"{word} (inscrits.csv)"
