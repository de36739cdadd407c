"""Registration files in the shapes real sources produce (built here, read back by the importer)."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

GOOGLE_HEADERS = [
    "Horodateur", "Adresse e-mail", "Nom", "Prénom", "Société", "Fonction", "Téléphone",
    "Catégorie",
]  # fmt: skip
GOOGLE_ROWS = [
    # same name, different e-mails: two people
    ["k.bennani@atlas.ma", "Bennani", "Karim", "Atlas Conseil", "Directeur général", 661234567, "Membre"],
    ["karim.bennani@gmail.com", "Bennani", "Karim", "Cosumar", "Chef de projet", None, "Invité"],
    ["helene.lefevre@sgmaroc.ma", "Lefèvre", "Hélène", "Société Générale Maroc", "Économiste", "+33 6 12 34 56 78", "Presse"],
    ["m.bennani@ocp.ma", "بناني", "محمد", "مجموعة OCP", "مدير", "0522 11 22 33", "Membre"],
    ["Salma.Tazi@Cosumar.ma", "Tazi", "Salma", "Cosumar", "Fondatrice", None, "Sponsor"],
    # the same person again (e-mail in another case): merged into the row above
    ["salma.tazi@cosumar.MA", "TAZI", "Salma", "Cosumar", "Fondatrice", "0612345678", "Sponsor"],
    ["pas-un-email", "Naïm", "Zoé", "Médias24", "Journaliste", None, "Presse"],
]  # fmt: skip


def google_forms_xlsx(path: Path) -> Path:
    """Google Forms' "download responses" in French: Horodateur first, answers as typed."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Réponses au formulaire 1"
    ws.append(GOOGLE_HEADERS)
    for i, row in enumerate(GOOGLE_ROWS):
        ws.append([datetime(2026, 11, 20 + i % 5, 9, 30 + i, 12), *row])
    for cell in ws["A"][1:]:
        cell.number_format = "dd/mm/yyyy hh:mm:ss"
    wb.save(path)
    return path


EVENTBRITE_HEADERS = [
    "Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type",
    "Attendee #", "Barcode #", "Company", "Job Title", "Cell Phone", "Attendee Status",
]  # fmt: skip
EVENTBRITE_ROWS = [
    ["1001", "2026-11-02 10:00:00", "Youssef", "El Idrissi", "youssef@elidrissi.ma", "1", "Membre", "5001", "100150011001", "OCP Group", "Ingénieur", "+212 661-000-111", "Attending"],
    ["1002", "2026-11-02 11:00:00", "Aïcha", "Ben Saïd", "aicha@bensaid.ma", "1", "General Admission", "5002", "100250021001", "HPS", "Fondatrice", "", "Attending"],
    ["1003", "2026-11-03 09:00:00", "يوسف", "العلوي", "y.alaoui@amdie.ma", "1", "Speaker", "5003", "100350031001", "AMDIE", "", "", "Attending"],
    ["1004", "2026-11-03 09:05:00", "Jérôme", "Dupré", "jerome@dupre.fr", "1", "Press", "5004", "100450041001", "Le Matin", "Journaliste", "", "Attending"],
]  # fmt: skip


def eventbrite_csv(path: Path, rows: list[list[str]] | None = None) -> Path:
    """Eventbrite's attendee report: UTF-8 with a BOM, comma-separated, quoted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(EVENTBRITE_HEADERS)
    writer.writerows(rows if rows is not None else EVENTBRITE_ROWS)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return path


FRENCH_HEADERS = ["NOM", "PRENOM", "SOCIETE", "E-MAIL", "TEL", "CATEGORIE", "N° DE BILLET"]
FRENCH_ROWS = [
    ["LEFÈVRE", "Hélène", "Société Générale Maroc", "helene.lefevre@sgmaroc.ma", "", "Presse", "B-001"],
    ["CHRAÏBI", "Leïla", "Médias24", "leila@medias24.ma", "06 61 22 33 44", "Presse", "B-002"],
    ["", "", "", "", "", "", ""],
    ["BERRADA", "Omar", "Stroc Industrie", "", "0661223345", "Invité", "B-003"],
    ["DUPRÉ", "François", "Lesieur Cristal", "", "", "Partenaire", "B-004"],
    ["", "", "", "", "", "", ""],
    ["TOTAL", "", "", "", "", "", "4"],
]  # fmt: skip


def french_excel_csv(path: Path, rows: list[list[str]] | None = None) -> Path:
    """French Excel's "CSV (séparateur : point-virgule)": Windows-1252, `;`, upper-case headers."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(FRENCH_HEADERS)
    writer.writerows(rows if rows is not None else FRENCH_ROWS)
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


def minimal_ods(path: Path, rows: list[list[str]]) -> Path:
    """A LibreOffice Calc file in its simplest valid form (mimetype first, stored)."""
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p>'
            "</table:table-cell>"
            for c in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Feuille1">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path
