"""`mornings import` and `mornings tickets` run as a person would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.unit.imports import files

ROOT = Path(__file__).resolve().parents[3]


def mornings(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "mornings_desktop", "--db", str(db), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_import_dry_run_then_real_then_tickets(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    made = mornings("demo", "--attendees", "0", "--date", "2026-12-10", "--seed", "2", db=db)
    assert made.returncode == 0, made.stderr
    csv_path = files.french_excel_csv(tmp_path / "LISTE.csv")
    dry = mornings("import", str(csv_path), "--event", "2026-12-10", "--dry-run", "--json", db=db)
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    # Omar Berrada and Leïla Chraïbi are the demo's speakers, registered without contact details:
    # the same people (issue 15's same-name rule), not second registrations
    assert report["dry_run"] is True and report["created"] == 2
    assert report["matched_in_directory"] == 2
    assert sorted(s["code"] for s in report["skipped"]) == ["blank", "blank", "totals"]
    listed = mornings("registrations", "--event", "2026-12-10", "--json", db=db)
    assert [r["category"] for r in json.loads(listed.stdout)] == ["speaker"] * len(
        json.loads(listed.stdout)
    )
    real = mornings("import", str(csv_path), "--event", "2026-12-10", db=db)
    assert real.returncode == 0, real.stderr
    assert "2 created" in real.stdout and "totals row" in real.stdout
    out = tmp_path / "billets.pdf"
    made_pdf = mornings("tickets", "--event", "2026-12-10", "-o", str(out), "--json", db=db)
    assert made_pdf.returncode == 0, made_pdf.stderr
    assert json.loads(made_pdf.stdout)["tickets"] >= 4 and out.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "invitations.xlsx"
    assert mornings("tickets", "--event", "2026-12-10", "-o", str(xlsx), db=db).returncode == 0
    assert (tmp_path / "invitations_qr").is_dir()


def test_bad_input_exits_2_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    assert mornings("demo", "--attendees", "0", "--date", "2026-12-10", db=db).returncode == 0
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    result = mornings("import", str(empty), "--event", "2026-12-10", db=db)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "empty" in result.stderr
    wrong = mornings("tickets", "--event", "2026-12-10", "-o", str(tmp_path / "t.doc"), db=db)
    assert wrong.returncode == 2 and ".pdf or .xlsx" in wrong.stderr
