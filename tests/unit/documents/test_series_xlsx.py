"""The series report on three demo Mornings with overlapping people, read back with openpyxl."""

from __future__ import annotations

import sqlite3
import uuid
from collections import Counter
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from mornings_desktop.errors import UserError, ValidationError
from mornings_desktop.services import consent, exports, registrations
from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.person_names import display_name
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.timeutil import now_iso

DATES = ["2026-10-08", "2026-11-12", "2026-12-10"]
# The people of the first Morning who come back: their presence at each Morning
# (True present, False registered and absent, None not registered).
RETURNING = [
    (True, True, True),
    (False, True, None),
    (True, False, True),
    (False, False, False),
]


def rows(ws: Workspace, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(ws.path) as con:
        return con.execute(sql, params).fetchall()


def admit(ws: Workspace, morning_id: str, registration_id: str) -> None:
    ws.record(
        "checkin.created",
        {
            "id": str(uuid.uuid4()),
            "registration_id": registration_id,
            "morning_id": morning_id,
            "at": now_iso(),
            "method": "scanner",
        },
    )


@pytest.fixture
def series(ws: Workspace) -> dict[str, object]:
    ids = [
        create_demo(ws, attendees=10, seed=s, day=d) for s, d in zip((1, 2, 3), DATES, strict=True)
    ]
    first = [r for r in registrations.list_registrations(ws, ids[0]) if r.category != "speaker"]
    returning = first[: len(RETURNING)]
    # Half of everyone else comes (every other registration of each Morning).
    for morning_id in ids:
        for index, reg in enumerate(registrations.list_registrations(ws, morning_id)):
            if reg.person_id not in {r.person_id for r in returning} and index % 2 == 0:
                admit(ws, morning_id, reg.id)
    for reg, plan in zip(returning, RETURNING, strict=True):
        for morning_id, state in zip(ids, plan, strict=True):
            if state is None:
                continue
            if morning_id == ids[0]:
                registration_id = reg.id
            else:
                with ws.transaction() as tx:
                    registration_id = registrations.add_registration(
                        ws, tx, morning_id, reg.person_id
                    )
            if state:
                admit(ws, morning_id, registration_id)
    everyone = {r.person_id for m in ids for r in registrations.list_registrations(ws, m)}
    consent.record_many(ws, everyone, "newsletter", "yes", "organiser")  # the person-level sheet
    return {"ids": ids, "returning": returning}


def expected_from_database(
    ws: Workspace, ids: list[str]
) -> tuple[dict[tuple[str, str], str], list[dict[str, int]]]:
    """Statuses per (Morning, person) and per-Morning figures, straight from the tables."""
    status: dict[tuple[str, str], str] = {}
    for morning_id, person_id, checked in rows(
        ws,
        "SELECT morning_id, person_id, checked_in_at FROM registrations WHERE status != 'cancelled'",
    ):
        key = (str(morning_id), str(person_id))
        if checked is not None:
            status[key] = "présent"
        else:
            status.setdefault(key, "absent")
    seen: set[str] = set()
    figures = []
    for morning_id in ids:  # in date order
        present = {p for (m, p), s in status.items() if m == morning_id and s == "présent"}
        figures.append(
            {
                "registered": sum(1 for (m, _p) in status if m == morning_id),
                "present": len(present),
                "first": len(present - seen),
            }
        )
        seen |= present
    return status, figures


def test_series_report_matches_the_database(
    ws: Workspace, series: dict[str, object], tmp_path: Path
) -> None:
    ids: list[str] = series["ids"]  # type: ignore[assignment]
    returning: list[registrations.RegistrationRow] = series["returning"]  # type: ignore[assignment]
    before = rows(ws, "SELECT count(*) FROM operations")
    target = tmp_path / "série.xlsx"
    result = exports.export_series(ws, target)
    assert rows(ws, "SELECT count(*) FROM operations") == before
    status, figures = expected_from_database(ws, ids)
    people = {p for (_m, p) in status}
    assert result.rows == len(people)

    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Synthèse par matinale", "Participation", "Prévision - réel"]

    # One row per person, one column per Morning
    sheet = wb["Participation"]
    header = [c.value for c in sheet[1]]
    assert header == [
        "Nom complet",
        "Société",
        "Adresse e-mail",
        *DATES,
        "Inscriptions",
        "Présences",
    ]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:H{len(people) + 1}"
    emails = dict(rows(ws, "SELECT id, email FROM people"))
    names = {
        pid: display_name(first, last)  # type: ignore[arg-type]
        for pid, first, last in rows(ws, "SELECT id, first_name, last_name FROM people")
    }
    body = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(body) == len(people)
    # Speakers of different Mornings share a name without being the same person (no e-mail):
    # compare the whole rows as a multiset.
    expected_rows = Counter()
    for pid in people:
        want = [status.get((m, pid), "non inscrit") for m in ids]
        expected_rows[
            (
                names[pid],
                emails[pid],
                *want,
                sum(s != "non inscrit" for s in want),
                want.count("présent"),
            )
        ] += 1
    got_rows = Counter((r[0], r[2] or None, *r[3:8]) for r in body)
    assert got_rows == expected_rows
    # the returning people, by hand
    words = {True: "présent", False: "absent", None: "non inscrit"}
    for reg, plan in zip(returning, RETURNING, strict=True):
        row = next(r for r in body if r[2] == reg.email)
        assert list(row[3:6]) == [words[s] for s in plan]
    # most faithful first
    assert [r[7] for r in body] == sorted((r[7] for r in body), reverse=True)

    # Summary with first-timers and the returning rate, and its chart
    summary = wb["Synthèse par matinale"]
    srows = list(summary.iter_rows(values_only=True))
    assert srows[0][:8] == (
        "Date", "Matinale", "Inscrits", "Présents", "Taux de présence",
        "Nouveaux venus", "Habitués", "Taux de fidélité",
    )  # fmt: skip
    for (day, row), want in zip(zip(DATES, srows[1:4], strict=True), figures, strict=True):
        assert row[0] == date.fromisoformat(day) or row[0].date() == date.fromisoformat(day)
        assert row[2] == want["registered"] and row[3] == want["present"]
        assert row[4] == pytest.approx(want["present"] / want["registered"])
        assert row[5] == want["first"] and row[6] == want["present"] - want["first"]
        assert row[7] == pytest.approx((want["present"] - want["first"]) / want["present"])
    # the first Morning has only first-timers; the later ones count those who came back
    assert srows[1][5] == srows[1][3] and srows[1][6] == 0
    assert srows[2][6] >= 1 and srows[3][6] >= 2
    assert summary.cell(2, 5).number_format == "0.0%"
    (chart,) = summary._charts
    refs = [(s.tx.strRef.f, s.val.numRef.f, s.cat.numRef.f) for s in chart.series]
    sheet_ref = "'Synthèse par matinale'"
    assert refs == [
        (f"{sheet_ref}!C1", f"{sheet_ref}!$C$2:$C$4", f"{sheet_ref}!$A$2:$A$4"),
        (f"{sheet_ref}!D1", f"{sheet_ref}!$D$2:$D$4", f"{sheet_ref}!$A$2:$A$4"),
    ]


def test_series_period(ws: Workspace, series: dict[str, object], tmp_path: Path) -> None:
    ids: list[str] = series["ids"]  # type: ignore[assignment]
    target = tmp_path / "fin.xlsx"
    exports.export_series(ws, target, date_from="2026-11-01", date_to="2026-12-31", language="en")
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Per Morning", "Attendance history", "Forecast - actual"]
    header = [c.value for c in wb["Attendance history"][1]]
    assert header[3:5] == DATES[1:]
    status, figures = expected_from_database(ws, ids)
    summary = list(wb["Per Morning"].iter_rows(min_row=2, max_row=3, values_only=True))
    # first-timers still look at the whole history, before the period too
    assert [r[5] for r in summary] == [f["first"] for f in figures[1:]]
    people_in_period = {p for (m, p) in status if m in ids[1:]}
    assert wb["Attendance history"].max_row == len(people_in_period) + 1
    values = {
        v for r in wb["Attendance history"].iter_rows(min_row=2, values_only=True) for v in r[3:5]
    }
    assert values <= {"present", "absent", "not registered"}


def test_series_bad_periods(ws: Workspace, series: dict[str, object], tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        exports.export_series(ws, tmp_path / "a.xlsx", date_from="2026-12-01", date_to="2026-11-01")
    with pytest.raises(ValidationError):
        exports.export_series(ws, tmp_path / "a.xlsx", date_from="1 December")
    with pytest.raises(UserError, match="No Morning in this period"):
        exports.export_series(ws, tmp_path / "a.xlsx", date_from="2027-01-01")
    with pytest.raises(ValidationError, match="Unknown file type"):
        exports.export_series(ws, tmp_path / "a.csv")
    assert not (tmp_path / "a.xlsx").exists()
