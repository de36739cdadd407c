"""`mornings agenda`: exports, scripting an agenda, bad input (exit 2, one line, nothing saved).

One real subprocess proves the installed entry point; the rest call `cli.main` in-process (a
subprocess costs seconds on a shared machine)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from mornings_desktop.cli import main

ROOT = Path(__file__).resolve().parents[3]


def run_process(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "mornings_desktop", "--db", str(db), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "d.sqlite3"
    assert run(capsys, path, "demo", "--attendees", "2", "--date", "2026-12-10")[0] == 0
    return path


def test_subprocess_export_and_unknown_speaker(db: Path, tmp_path: Path) -> None:
    r = run_process(db, "agenda", "--event", "2026-12-10", "-o", str(tmp_path / "p.ics"))
    assert r.returncode == 0, r.stderr
    assert len(list(Calendar.from_ical((tmp_path / "p.ics").read_bytes()).walk("VEVENT"))) >= 7
    r = run_process(db, "agenda", "add-session", "--event", "2026-12-10", "--title", "X", "--start", "09:00", "--duration", "10", "--speaker", "Nobody Known")  # fmt: skip
    assert r.returncode == 2
    assert r.stderr.strip() == "mornings: No speaker named Nobody Known."


def test_script_an_agenda_and_export_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "e.sqlite3"
    from mornings_desktop.services import mornings
    from mornings_desktop.services.workspace import Workspace

    ws = Workspace.open(db)
    mornings.create(ws, mornings.MorningInput(title="Matinale export", date="2026-12-10"))
    ws.close()
    assert run(capsys, db, "agenda", "add-speaker", "Zoé Mercier", "--organisation", "CGEM")[0] == 0
    status, out, err = run(capsys, db, "agenda", "add-session", "--event", "2026-12-10", "--title", "Ouverture", "--kind", "keynote", "--start", "08:45", "--duration", "20", "--speaker", "zoe mercier", "--json")  # fmt: skip
    assert status == 0, err
    created = json.loads(out)
    assert created["speakers"] == "Zoé Mercier (speaker)" and created["end"] == "09:05"
    assert run(capsys, db, "agenda", "move", created["id"][:8], "--start", "09:00")[0] == 0
    regs = json.loads(run(capsys, db, "registrations", "--event", "2026-12-10", "--json")[1])
    assert [(x["name"], x["category"]) for x in regs] == [("Zoé Mercier", "speaker")]
    for name in ("p.pdf", "p.json"):
        status, _, err = run(
            capsys, db, "agenda", "--event", "2026-12-10", "-o", str(tmp_path / name)
        )
        assert status == 0, err
    assert "09:00 – 09:20" in PdfReader(tmp_path / "p.pdf").pages[0].extract_text()
    assert json.loads((tmp_path / "p.json").read_text())["sessions"][0]["title"] == "Ouverture"
    assert json.loads(
        run(capsys, db, "agenda", "publish", "--event", "2026-12-10", "--json")[1]
    ) == {"version": 1}
    status, out, _ = run(capsys, db, "agenda", "changes", "--event", "2026-12-10", "--json")
    assert json.loads(out)["since_version"] == 1
    status, _, _ = run(capsys, db, "agenda", "--event", "2026-12-10", "-o", str(tmp_path / "b.pdf"), "--format", "a5")  # fmt: skip
    assert (
        status == 0 and round(float(PdfReader(tmp_path / "b.pdf").pages[0].mediabox.width)) == 420
    )


BAD = [
    (("add-session", "--event", "2026-12-10", "--title", "X", "--start", "09:00", "--duration", "10", "--speaker", "Nobody Known"), "No speaker named Nobody Known"),
    (("add-session", "--event", "2026-12-10", "--title", "X", "--start", "09:00", "--end", "08:30"), "must be after the start"),
    (("add-session", "--event", "2026-12-10", "--title", "X", "--start", "09:00", "--duration", "0"), "at least one minute"),
    (("add-session", "--event", "2026-12-10", "--title", "X", "--start", "09:00", "--duration", "-5"), "at least one minute"),
    (("add-session", "--event", "2026-12-10", "--title", "X", "--start", "09:00", "--duration", "10", "--day", "2026-12-11"), "but the Morning is on"),
    (("add-session", "--event", "2026-12-10", "--title", "X", "--start", "23:30", "--duration", "60"), "another day"),
    (("--event", "2026-12-10", "-o", "{tmp}/x.docx"), "use .pdf, .ics or .json"),
    (("--event", "2099-01-01", "-o", "{tmp}/x.pdf"), "No Morning 2099-01-01"),
    (("add-speaker", "Sans Photo", "--photo", __file__), "is not an image"),
    (("move", "zzzzzz", "--start", "09:00"), "No session zzzzzz"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "message"), BAD)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str],
    db: Path,
    tmp_path: Path,
    args: tuple[str, ...],
    message: str,
) -> None:
    before = run(capsys, db, "agenda", "list", "--event", "2026-12-10", "--json")[1]
    status, _, err = run(capsys, db, "agenda", *(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert status == 2, err
    assert message in err and len(err.strip().splitlines()) == 1, err
    assert run(capsys, db, "agenda", "list", "--event", "2026-12-10", "--json")[1] == before
    assert not (tmp_path / "x.pdf").exists()
    assert "Sans Photo" not in run(capsys, db, "agenda", "speakers")[1]
