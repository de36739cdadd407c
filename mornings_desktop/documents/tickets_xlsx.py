"""A mail-merge workbook: one row per ticket with name, e-mail, code and a PNG of its QR code.

The association sends invitations with its own mailing tool: it reads this workbook and attaches
(or embeds) the image at the path written beside each code. The PNGs go to a folder next to the
workbook (`<name>_qr/<CODE>.png`). Both are written to temporary names first and moved into place.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import qrcode
import qrcode.constants
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from mornings_desktop.documents.xlsx_style import append, clean, new_sheet
from mornings_desktop.private_files import make_private, secure_tree


@dataclass(frozen=True)
class MailMergeRow:
    registration_id: str
    first_name: str
    last_name: str
    name: str
    email: str
    organisation: str
    category: str
    code: str


HEADERS = (
    "Prénom",
    "Nom",
    "Nom complet",
    "E-mail",
    "Organisation",
    "Catégorie",
    "Code",
    "QR (PNG)",
)


def write_qr_png(code: str, path: Path, box_size: int = 8) -> None:
    qr = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=4, box_size=box_size
    )
    qr.add_data(code)
    qr.make(fit=True)
    qr.make_image(fill_color="black", back_color="white").save(str(path))


def write_mail_merge(
    path: Path | str,
    rows: Sequence[MailMergeRow],
    *,
    progress: Callable[[int, int, str], None] | None = None,
) -> Path:
    """Write the workbook at `path` and the QR images beside it. Returns the workbook's path."""
    target = Path(path).absolute()  # the workbook links its images by absolute path
    images = target.parent / f"{target.stem}_qr"
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.stem}_qr"))
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}", suffix=".xlsx.tmp")
    os.close(fd)
    try:
        wb = Workbook(write_only=True)
        sheet = new_sheet(wb, "Invitations")
        widths = [14, 18, 26, 30, 26, 14, 18, 50]
        for i, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.freeze_panes = "A2"
        from openpyxl.cell import WriteOnlyCell

        header = []
        for text in HEADERS:
            cell = WriteOnlyCell(sheet, value=clean(text))
            cell.font = Font(bold=True)
            header.append(cell)
        append(sheet, header)
        for i, row in enumerate(rows, 1):
            write_qr_png(row.code, staging / f"{row.code}.png")
            append(
                sheet,
                [
                    row.first_name,
                    row.last_name,
                    row.name,
                    row.email,
                    row.organisation,
                    row.category,
                    row.code,
                    str(images / f"{row.code}.png"),
                ],
            )
            if progress is not None and i % 50 == 0:
                progress(i, len(rows), "tickets")
        sheet.auto_filter.ref = f"A1:H{len(rows) + 1}"
        wb.save(tmp)
        make_private(tmp)
        if images.exists():
            shutil.rmtree(images)
        secure_tree(staging)
        os.replace(staging, images)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target
