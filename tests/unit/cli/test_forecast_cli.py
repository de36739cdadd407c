"""`mornings forecast`, `mornings events create` and `mornings demo --series`, through the database."""

from __future__ import annotations

import json
import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from mornings_desktop.services import registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.timeutil import now_iso
from tests.unit.cli.test_cli import one_line_error, run


def _series(db: Path, capsys: pytest.CaptureFixture[str], days: list[str]) -> list[str]:
    ids = []
    for i, day in enumerate(days):
        status, out, err = run(capsys, "--db", str(db), "events", "create", "--date", day,
                               "--title", f"Matinale {i + 1}", "--venue", "Casablanca",
                               "--capacity", "200", "--json")  # fmt: skip
        assert status == 0, err
        ids.append(json.loads(out)["id"])
    return ids


def _register(
    db: Path, morning_id: str, people: list[tuple[str, str, float]]
) -> list[tuple[str, float]]:
    """Register each (email, category, p), finding people again by e-mail: [(registration, p)]."""
    ws = Workspace.open(db, "Accueil 1")
    out = []
    try:
        with ws.transaction() as tx:
            known = dict(tx.session.execute(text("SELECT email_key, id FROM people")).all())
            for email, category, p in people:
                person = known.get(email) or registrations.add_person(
                    tx, {"first_name": "Nadia", "last_name": email.split("@")[0], "email": email}
                )
                reg = registrations.add_registration(ws, tx, morning_id, person, category=category)
                out.append((reg, p))
    finally:
        ws.close()
    return out


def _run(db: Path, morning_id: str, regs: list[tuple[str, float]], rng: random.Random) -> None:
    """The Morning takes place: each registration is checked in with its own probability."""
    ws = Workspace.open(db, "Accueil 1")
    try:
        with ws.transaction() as tx:
            for reg, p in regs:
                if rng.random() < p:
                    tx.record("checkin.created", {"id": f"c-{reg}", "registration_id": reg,
                              "morning_id": morning_id, "at": now_iso(), "method": "search"})  # fmt: skip
    finally:
        ws.close()


def test_forecast_through_the_database_and_the_command_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(4)
    days = [f"2026-{m:02d}-15" for m in range(5, 13)]  # 7 Mornings run, the 8th to plan
    ids = _series(db_path, capsys, days)
    people = [(f"m{i}@example.ma", "member", 0.9 if i < 40 else 0.5) for i in range(80)]
    people += [(f"g{i}@example.ma", "guest", 0.4) for i in range(40)]
    truth = sum(p for _e, _c, p in people)
    for j, morning_id in enumerate(ids):
        regs = _register(db_path, morning_id, people)
        if j == 0:  # no history yet: the built-in rates serve, and the forecast says so
            status, out, _ = run(capsys, "--db", str(db_path), "forecast", "--event", morning_id,
                                 "--json")  # fmt: skip
            first = json.loads(out)
            assert status == 0 and first["basis"] == "built-in" and first["history_mornings"] == 0
        if j < len(ids) - 1:
            _run(db_path, morning_id, regs, rng)
    status, out, err = run(capsys, "--db", str(db_path), "forecast", "--event", days[-1], "--json")
    assert status == 0, err
    f = json.loads(out)
    assert f["basis"] == "history" and f["history_mornings"] == 7
    assert {"expected", "low", "high", "by_category", "walk_ins", "total"} <= set(f)
    assert abs(f["expected"] - truth) / truth < 0.08
    assert f["low"] <= f["expected"] <= f["high"]
    assert set(f["by_category"]) == {"member", "guest"}
    assert f["total"] == pytest.approx(f["expected"] + f["walk_ins"]["expected"], abs=0.01)
    status, out, _ = run(capsys, "--db", str(db_path), "forecast", "--backtest", "--json")
    bt = json.loads(out)
    assert status == 0 and len(bt["mornings"]) == 7 and bt["scored"] == 4
    assert 0 <= bt["coverage"] <= 1 and bt["mae"] < 15
    status, out, _ = run(capsys, "--db", str(db_path), "forecast", "--event", days[-1])
    assert "expected" in out and "basis: history" in out


def test_events_create_prints_the_id_and_refuses_a_bad_date(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "--db", str(db_path), "events", "create", "--date",
                           "2026-12-10", "--title", "Matinale de décembre")  # fmt: skip
    assert status == 0 and err == "" and len(out.strip()) == 36
    status, out, err = run(capsys, "--db", str(db_path), "events", "--json")
    assert [e["title"] for e in json.loads(out)] == ["Matinale de décembre"]
    status, out, err = run(capsys, "--db", str(db_path), "events", "create", "--date",
                           "2026-13-45", "--title", "X")  # fmt: skip
    assert status == 2 and out == ""
    one_line_error(err, "2026-13-45")


def test_demo_series_twice_reuses_people_and_speakers(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run twice over one database (the same seed makes the same Mornings): nobody is registered
    twice to a Morning, nobody is admitted twice (the second run admitted every speaker again,
    and the organiser's Review list filled with these repeats)."""
    from mornings_desktop.services import review

    for _ in range(2):
        status, out, err = run(capsys, "--db", str(db_path), "demo", "--series", "4",
                               "--attendees", "24", "--date", "2026-12-10", "--json")  # fmt: skip
        assert status == 0, err
        assert len(json.loads(out)["ids"]) == 4
        ids = json.loads(out)["ids"]
    status, out, _ = run(capsys, "--db", str(db_path), "forecast", "--event", ids[-1], "--json")
    assert status == 0 and json.loads(out)["walk_ins"]["expected"] > 0
    with closing(sqlite3.connect(db_path)) as conn:
        speakers = conn.execute("SELECT name, COUNT(*) FROM speakers GROUP BY name").fetchall()
        emails = conn.execute(
            "SELECT email_key, COUNT(*) FROM people WHERE email_key IS NOT NULL GROUP BY email_key"
        ).fetchall()
        present = conn.execute(
            "SELECT COUNT(*) FROM registrations WHERE checked_in_at IS NOT NULL"
        ).fetchone()[0]
        twice = conn.execute(
            "SELECT morning_id, person_id FROM registrations GROUP BY morning_id, person_id "
            "HAVING COUNT(*) > 1"
        ).fetchall()
        admitted_twice = conn.execute(
            "SELECT COUNT(*) FROM registrations WHERE checkin_count > 1"
        ).fetchone()[0]
    assert speakers and all(n == 1 for _name, n in speakers)
    assert emails and all(n == 1 for _e, n in emails)
    assert present > 0
    assert twice == [] and admitted_twice == 0
    ws = Workspace.open(db_path, "Accueil 1")
    try:
        assert review.duplicate_admissions(ws) == []
    finally:
        ws.close()
    status, out, _ = run(capsys, "--db", str(db_path), "forecast", "--backtest", "--json")
    assert status == 0 and json.loads(out)["mornings"]


def test_workbooks_gain_the_forecast_against_actual_sheet(
    db_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import openpyxl

    from mornings_desktop.services import exports

    status, out, err = run(capsys, "--db", str(db_path), "demo", "--series", "5",
                           "--attendees", "30", "--date", "2026-12-10", "--json")  # fmt: skip
    assert status == 0, err
    ids = json.loads(out)["ids"]
    ws = Workspace.open(db_path, "Accueil 1")
    try:
        exports.export_attendance(ws, ids[-2], tmp_path / "a.xlsx")
        exports.export_series(ws, tmp_path / "s.xlsx", language="en")
    finally:
        ws.close()
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx")["Prévision - réel"]
    values = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert values[0] == ["Prévision et réel"] and values[2][0] == "Attendus"
    header = values.index(["Date", "Matinale", "Inscrits", "Prévus", "Bas (80 %)", "Haut (80 %)",
                           "Venus", "Dans l'intervalle", "Écart"])  # fmt: skip
    dates = [row[0] for row in values[header + 1 :] if row and str(row[0]).startswith("2026-")]
    assert len(dates) == 4 and dates == sorted(dates)  # the 4 Mornings run, up to this one
    english = openpyxl.load_workbook(tmp_path / "s.xlsx")["Forecast - actual"]
    labels = [row[0] for row in english.iter_rows(values_only=True)]
    assert "Mean error (people)" in labels and "Share inside the 80 % interval" in labels
