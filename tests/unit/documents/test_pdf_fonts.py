"""PDFs that strict preflight checks accept (issue 15): every font they name is embedded (no
unused Helvetica, the canvas' default, referenced by pages that never write in it), read back
with poppler's `pdffonts`; and a one-page programme in booklet format prints on one sheet side."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from mornings_desktop.documents.programme_pdf import booklet_order, write_programme_pdf
from mornings_desktop.documents.quick_sheet_pdf import render as quick_sheet
from mornings_desktop.services import agenda_programme, mornings
from mornings_desktop.services.workspace import Workspace

pytestmark = pytest.mark.skipif(
    shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils, make system-deps)"
)


def fonts(path: Path) -> list[tuple[str, str]]:
    """(name, embedded yes/no) of each font `pdffonts` lists."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows if row.strip()]


@pytest.mark.parametrize("page_format", ["a4", "a5", "booklet"])
def test_programme_names_only_embedded_fonts(
    ws: Workspace, demo_morning: str, tmp_path: Path, page_format: str
) -> None:
    prog = agenda_programme.programme(ws, demo_morning)
    out = write_programme_pdf(
        prog, tmp_path / f"programme-{page_format}.pdf", page_format=page_format
    )
    found = fonts(out)
    assert found and all(embedded == "yes" for _, embedded in found), found
    assert not [name for name, _ in found if "Helvetica" in name], found


def test_quick_sheet_names_only_embedded_fonts(tmp_path: Path) -> None:
    found = fonts(quick_sheet(tmp_path / "fiche.pdf"))
    assert found and all(embedded == "yes" for _, embedded in found), found


def test_a_one_page_booklet_has_no_blank_sheet(ws: Workspace, tmp_path: Path) -> None:
    morning = mornings.create(ws, mornings.MorningInput(title="Petit-déjeuner", date="2026-12-10"))
    prog = agenda_programme.programme(ws, morning)
    a5 = PdfReader(write_programme_pdf(prog, tmp_path / "a5.pdf", page_format="a5"))
    assert len(a5.pages) == 1
    booklet = PdfReader(write_programme_pdf(prog, tmp_path / "b.pdf", page_format="booklet"))
    assert len(booklet.pages) == 1
    assert "Petit-déjeuner" in booklet.pages[0].extract_text()
    assert booklet_order(1) == [(None, 0)]
