"""Round trip: importing an exported attendance workbook into the same Morning changes nothing."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, time
from pathlib import Path

import openpyxl
import pytest

from mornings_desktop.imports.registration_import import import_file
from mornings_desktop.services import categories, exports, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.timeutil import local_to_iso


def snapshot(ws: Workspace) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(ws.path) as con:
        return {
            "people": con.execute(
                "SELECT id, first_name, last_name, organisation, job_title, email, phone, stamps "
                "FROM people ORDER BY id"
            ).fetchall(),
            "registrations": con.execute("SELECT * FROM registrations ORDER BY id").fetchall(),
            "checkins": con.execute("SELECT * FROM checkins ORDER BY id").fetchall(),
        }


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_importing_the_exported_workbook_changes_nothing(
    ws: Workspace, demo_morning: str, tmp_path: Path, suffix: str
) -> None:
    regs = registrations.list_registrations(ws, demo_morning)
    for i, reg in enumerate(regs[:12]):
        ws.record(
            "checkin.created",
            {
                "id": str(uuid.uuid4()),
                "registration_id": reg.id,
                "morning_id": demo_morning,
                "at": local_to_iso(date(2026, 12, 10), time(8, i), "Africa/Casablanca"),
                "method": "scanner",
            },
        )
    # The default categories exist (a first import seeds them): the workbook shows their labels.
    categories.list_categories(ws, seed=True)
    target = tmp_path / f"présences{suffix}"
    exports.export_attendance(ws, demo_morning, target)
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(target)["Présences"]
        shown = {row[4] for row in sheet.iter_rows(min_row=2, values_only=True)}
    else:
        shown = {line.split(";")[4] for line in target.read_text("utf-8-sig").splitlines()[1:]}
    assert "Membre" in shown and "member" not in shown
    before = snapshot(ws)
    # An import records consent as "not asked" for people with no answer yet (law 09-08): those
    # are the only operations a re-import of our own export may add, and only once.
    count = "SELECT count(*) FROM operations WHERE type != 'consent.recorded'"
    with sqlite3.connect(ws.path) as con:
        operations = con.execute(count).fetchone()

    report = import_file(ws, demo_morning, target)

    assert report.rows == len(regs)
    assert report.created == 0 and report.new_people == 0, report.to_json()
    assert report.updated == 0, report.to_json()
    assert report.unchanged == len(regs)
    assert report.skipped == []
    assert snapshot(ws) == before
    with sqlite3.connect(ws.path) as con:
        assert con.execute(count).fetchone() == operations
        consents = con.execute("SELECT count(*) FROM operations").fetchone()
    import_file(ws, demo_morning, target)
    assert snapshot(ws) == before
    with sqlite3.connect(ws.path) as con:
        assert con.execute("SELECT count(*) FROM operations").fetchone() == consents
    assert len(registrations.list_registrations(ws, demo_morning)) == len(regs)
