"""`mornings export` run as a person runs it: a subprocess on a real database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[3]


def mornings(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "mornings_desktop", "--db", str(db), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_export_commands(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    ws = Workspace.open(db, "Accueil 1")
    create_demo(ws, attendees=15, seed=3, day="2026-12-10")
    create_demo(ws, attendees=5, seed=4, day="2027-01-14")
    ws.close()
    out = tmp_path / "out"
    out.mkdir()

    done = mornings(db, "export", "--event", "2026-12-10", "-o", str(out / "p.xlsx"), "--json")
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(out / "p.xlsx")["Présences"]
    assert json.loads(done.stdout) == {
        "file": str(out / "p.xlsx"),
        "rows": sheet.max_row - 1,
        "kind": "attendance-xlsx",
    }
    assert sheet.max_row - 1 > 15  # the 15 attendees and the speakers
    done = mornings(db, "export", "--event", "2026-12-10", "-o", str(out / "p.csv"), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert (out / "p.csv").read_bytes().startswith(b"\xef\xbb\xbfLast name,")

    done = mornings(
        db, "export", "--series", "--to", "2026-12-31", "-o", str(out / "s.xlsx"), "--json"
    )
    assert done.returncode == 0, done.stderr
    header = [c.value for c in openpyxl.load_workbook(out / "s.xlsx")["Participation"][1]]
    assert header[3:-2] == ["2026-12-10"]

    for bad in (
        ["--event", "2026-12-10", "-o", str(out / "a|b.xlsx")],
        ["--event", "2026-12-11", "-o", str(out / "x.xlsx")],
        ["--series", "--from", "2030-01-01", "-o", str(out / "x.xlsx")],
        ["--event", "2026-12-10", "-o", str(out)],
    ):
        done = mornings(db, "export", *bad)
        assert done.returncode == 2, (bad, done.stderr)
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("mornings: "), done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["p.csv", "p.xlsx", "s.xlsx"]
