"""The desk quick sheet: one A4 page whose words are the check-in screen's own French words."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from mornings_desktop.documents import quick_sheet_pdf

ROOT = Path(__file__).resolve().parents[3]
RESULT_TS = ROOT / "resources" / "translations" / "fr" / "wording.checkin_results.ts"
# The headlines staff can meet at the desk (wording.checkin_results.HEADLINES), in English source text.
HEADLINES = (
    "Admitted",
    "Already checked in",
    "Not for this Morning",
    "Cancelled",
    "Unknown ticket",
    "Code not recognised",
    "NOT SAVED",
)


def french_headlines() -> dict[str, str]:
    """The French words the check-in screen shows, read from its translation file."""
    found: dict[str, str] = {}
    for message in ET.parse(RESULT_TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source in HEADLINES and translation is not None and translation.text:
            found[source] = translation.text
    assert set(found) == set(HEADLINES), "a headline has no French translation"
    return found


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def mornings(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MORNINGS_DATA_DIR": str(data),
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "mornings_desktop", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_one_a4_page_with_every_result_word(tmp_path: Path) -> None:
    out = quick_sheet_pdf.render(tmp_path / "out" / "fiche.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait
    text = flat(reader.pages[0].extract_text())
    for source, word in french_headlines().items():
        assert flat(word) in text, f"{source!r} shows {word!r} on screen; not on the sheet"
    for needed in ("Ctrl+Z", "Ctrl+N", "Chercher par le nom", "Quand l’écran est rouge"):
        assert needed in text
    assert list(out.parent.iterdir()) == [out]  # no temporary file left behind


def test_sheet_words_match_the_screen() -> None:
    """The sheet's table lists the screen's headlines, in the screen's order and colours."""
    from mornings_desktop.ui.checkin.result_panel import STYLES
    from mornings_desktop.wording.checkin_results import HEADLINES

    words = french_headlines()
    keys = ("admitted", "already", "wrong_event", "cancelled", "unknown", "invalid", "error")
    expected = [(STYLES[k][0], STYLES[k][1], words[HEADLINES[k]]) for k in keys]
    assert [(r.colour, r.symbol, r.word) for r in quick_sheet_pdf.RESULTS] == expected


def test_overflow_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    long = (("Trop long", ("une ligne de plus " * 30,) * 12),)
    monkeypatch.setattr(quick_sheet_pdf, "SECTIONS", quick_sheet_pdf.SECTIONS + long)
    with pytest.raises(quick_sheet_pdf.SheetTooLong):
        quick_sheet_pdf.render(tmp_path / "out" / "fiche.pdf")
    assert list((tmp_path / "out").iterdir()) == []


def test_cli_writes_the_sheet(tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / "sheets" / "fiche.pdf"
    done = mornings("quick-sheet", "-o", str(out), "--json", data=data_dir)
    assert done.returncode == 0, done.stderr
    assert '"pages": 1' in done.stdout
    assert len(PdfReader(out).pages) == 1
    bad = mornings("quick-sheet", "-o", str(tmp_path), data=data_dir)  # a folder
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1


def test_committed_copy_is_current(tmp_path: Path) -> None:
    """docs/guide/fiche-accueil.pdf is what the code makes (invariant PDF: same bytes)."""
    fresh = quick_sheet_pdf.render(tmp_path / "fiche.pdf").read_bytes()
    assert (ROOT / "docs" / "guide" / "fiche-accueil.pdf").read_bytes() == fresh
