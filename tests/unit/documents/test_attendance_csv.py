"""The CSV of the attendance sheet, as French Excel opens it: UTF-8 with BOM, `;`, CRLF."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date, time
from pathlib import Path

from mornings_desktop.services import exports, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.timeutil import local_to_iso


def test_csv_for_french_excel(ws: Workspace, demo_morning: str, tmp_path: Path) -> None:
    with ws.transaction() as tx:
        person = registrations.add_person(
            tx,
            {
                "first_name": '=HYPERLINK("x")',
                "last_name": 'Ben Saïd; "Fils"',
                "organisation": "Zellige\nde Fès",
            },
        )
        odd = registrations.add_registration(ws, tx, demo_morning, person)
    ws.record(
        "checkin.created",
        {
            "id": str(uuid.uuid4()),
            "registration_id": odd,
            "morning_id": demo_morning,
            "at": local_to_iso(date(2026, 12, 10), time(8, 7), "Africa/Casablanca"),
            "method": "search",
        },
    )
    target = tmp_path / "présences.csv"
    result = exports.export_attendance(ws, demo_morning, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    text = raw[3:].decode("utf-8")
    assert text.endswith("\r\n")
    # every record ends with CRLF; the only bare LF is the one inside the quoted company name
    assert text.count("\r\n") == result.rows + 1
    assert text.replace("\r\n", "").count("\n") == 1
    table = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header = table[0]
    assert header[:8] == [
        "Nom",
        "Prénom",
        "Société",
        "Fonction",
        "Catégorie",
        "Adresse e-mail",
        "Téléphone",
        "Code billet",
    ]
    regs = registrations.list_registrations(ws, demo_morning)
    assert len(table) - 1 == len(regs) == result.rows
    assert {r[7] for r in table[1:]} == {r.code for r in regs}
    row = next(r for r in table[1:] if r[0] == 'Ben Saïd; "Fils"')
    assert row[1] == '\'=HYPERLINK("x")'  # never a formula when opened
    assert row[2] == "Zellige\nde Fès"
    assert row[header.index("Présent")] == "oui"
    assert row[header.index("Heure d'arrivée")] == "10/12/2026 08:07"  # venue time, French format
    phone_ok = next(r for r in table[1:] if r[6])
    assert phone_ok[6].startswith("+212")
    absent = next(r for r in table[1:] if r[header.index("Présent")] == "non")
    assert absent[header.index("Heure d'arrivée")] == ""


def test_english_csv_uses_iso_dates(ws: Workspace, demo_morning: str, tmp_path: Path) -> None:
    target = tmp_path / "attendance.csv"
    exports.export_attendance(ws, demo_morning, target, language="en")
    table = list(
        csv.reader(io.StringIO(target.read_bytes()[3:].decode(), newline=""), delimiter=",")
    )
    assert table[0][0] == "Last name"  # `,`: English Excel's separator (issue 15)
    registered_at = table[1][table[0].index("Registered at")]
    assert len(registered_at) == 16 and registered_at[4] == "-" and registered_at[10] == " "
