"""The mail-merge workbook: a row per ticket with the path of a readable PNG of its QR code."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from openpyxl import load_workbook
from PIL import Image

from mornings_desktop.errors import ValidationError
from mornings_desktop.services import tickets
from mornings_desktop.services.workspace import Workspace


def test_mail_merge_workbook(ws: Workspace, demo_morning: str, tmp_path: Path) -> None:
    path = tmp_path / "invitations.xlsx"
    written = tickets.write_tickets(ws, demo_morning, path)
    rows = tickets.ticket_registrations(ws, demo_morning)
    book = load_workbook(path, read_only=True)
    values = list(book.active.iter_rows(values_only=True))
    book.close()
    assert values[0][:4] == ("Prénom", "Nom", "Nom complet", "E-mail")
    assert len(values) - 1 == written == len(rows)
    by_code = {r.code: r for r in rows}
    for _first, _last, name, email, _org, _cat, code, png in values[1:]:
        assert by_code[code].name == name and (by_code[code].email or None) == email
        assert Path(png).is_file() and Path(png).parent == tmp_path / "invitations_qr"
    some = values[1]
    with Image.open(some[7]) as image:
        decoded = zxingcpp.read_barcodes(image)
    assert [d.text for d in decoded] == [some[6]]


def test_refuses_other_formats(ws: Workspace, demo_morning: str, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        tickets.write_tickets(ws, demo_morning, tmp_path / "x.docx")
    with pytest.raises(ValidationError):
        tickets.write_tickets(ws, demo_morning, tmp_path / "nowhere" / "x.pdf")


def test_french_date() -> None:
    assert tickets.french_date("2026-12-10", "08:30") == "jeudi 10 décembre 2026, 08:30"
