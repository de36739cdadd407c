"""The programme PDF (text read back with pypdf, pages rendered with QtPdf) and the .ics."""

from __future__ import annotations

import unicodedata
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from mornings_desktop.documents.agenda_ics import build_calendar, write_agenda_ics
from mornings_desktop.documents.programme_pdf import write_programme_pdf
from mornings_desktop.services import agenda, agenda_programme, mornings, speakers
from mornings_desktop.services.agenda_rows import SessionInput
from mornings_desktop.services.workspace import Workspace


@pytest.fixture
def programme(ws: Workspace, demo_morning: str) -> dict:  # type: ignore[type-arg]
    # The demo agenda plus an Arabic-named speaker and an accented one in a second room.
    ar = speakers.create(ws, speakers.SpeakerInput("فاطمة الزهراء العلوي", organisation="AMDIE"))
    fr = speakers.create(ws, speakers.SpeakerInput("Noémie Lefèvre", title="Économiste"))
    agenda.create_session(
        ws, demo_morning, SessionInput("talk", "Atelier : l'export en Afrique", "09:00", 45, room="Salle B"),
        [(ar, "speaker"), (fr, "moderator")],
    )  # fmt: skip
    return agenda_programme.programme(ws, demo_morning)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("page_format", ["a4", "a5"])
def test_pdf_text_has_every_title_time_and_speaker(
    programme: dict, tmp_path: Path, page_format: str
) -> None:  # type: ignore[type-arg]
    out = write_programme_pdf(programme, tmp_path / "programme.pdf", page_format=page_format)
    reader = PdfReader(out)
    width = float(reader.pages[0].mediabox.width)
    assert round(width) == (595 if page_format == "a4" else 420)
    text = _squash(_text(out))
    assert _squash(programme["morning"]["theme"]) in text
    assert "10 décembre 2026" in text
    assert len(programme["sessions"]) >= 8
    for s in programme["sessions"]:
        assert _squash(s["title"]) in text, s["title"]
        assert f"{s['start']} – {s['end']}" in text
        for p in s["speakers"]:
            # Arabic is drawn shaped (presentation forms); pypdf gives the run back in logical
            # order, and NFKC maps the shaped letters back to the ones the database keeps.
            assert _squash(p["name"]) in unicodedata.normalize("NFKC", text), p["name"]
    fonts = {
        str(f["/BaseFont"])
        for page in reader.pages
        for f in page["/Resources"]["/Font"].values()  # type: ignore[union-attr]
    }
    assert any("DejaVuSans" in f for f in fonts)
    assert not list(tmp_path.glob(".programme-*"))  # no temporary file left behind


def test_pdf_arabic_is_shaped(programme: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    text = _text(write_programme_pdf(programme, tmp_path / "p.pdf"))
    # Presentation forms (U+FE70–U+FEFF) appear only if the text was shaped before drawing.
    assert any("\ufe70" <= c <= "\ufeff" for c in text)


def test_ics_has_one_event_per_session_at_the_venue_time(programme: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = write_agenda_ics(programme, tmp_path / "agenda.ics")
    raw = out.read_text(encoding="utf-8")
    cal = Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(programme["sessions"])
    assert "BEGIN:VTIMEZONE" not in raw  # UTC: no time-zone rule for a reader to get wrong
    by_uid = {str(e["UID"]).split("@")[0]: e for e in events}
    casa = ZoneInfo("Africa/Casablanca")
    for s in programme["sessions"]:
        e = by_uid[s["id"]]
        start, end = e.decoded("DTSTART"), e.decoded("DTEND")
        assert start.utcoffset() == end.utcoffset() == timedelta(0)
        local_start, local_end = start.astimezone(casa), end.astimezone(casa)
        assert local_start.strftime("%H:%M") == s["start"]
        assert local_end.strftime("%H:%M") == s["end"]
        assert str(e["SUMMARY"]) == s["title"]
        for p in s["speakers"]:
            assert p["name"] in str(e["DESCRIPTION"])


def test_empty_programme_still_writes(ws: Workspace, tmp_path: Path) -> None:
    morning = mornings.create(ws, mornings.MorningInput(title="Vide", date="2026-12-10"))
    prog = agenda_programme.programme(ws, morning)
    assert "Vide" in _text(write_programme_pdf(prog, tmp_path / "e.pdf"))
    assert list(Calendar.from_ical(build_calendar(prog)).walk("VEVENT")) == []


def test_booklet_order_for_saddle_stitching() -> None:
    from mornings_desktop.documents.programme_pdf import booklet_order

    assert booklet_order(8) == [(7, 0), (1, 6), (5, 2), (3, 4)]
    assert booklet_order(3) == [(None, 0), (1, 2)]
    assert booklet_order(1) == [(None, 0)]  # no all-blank back side (issue 15)


def test_booklet_imposes_a5_pages_on_a4_landscape(programme: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    a5 = PdfReader(write_programme_pdf(programme, tmp_path / "a5.pdf", page_format="a5"))
    out = write_programme_pdf(programme, tmp_path / "booklet.pdf", page_format="booklet")
    reader = PdfReader(out)
    assert len(reader.pages) == 2 * -(-len(a5.pages) // 4)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    text = _squash(" ".join(p.extract_text() for p in reader.pages))
    for s in programme["sessions"]:
        assert _squash(s["title"]) in text and f"{s['start']} – {s['end']}" in text
