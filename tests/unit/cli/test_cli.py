"""The `mornings` command: output, `--json` field names (DESIGN.md section 7), exit statuses, and one
line on standard error for bad input, with nothing overwritten."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from mornings_desktop.cli import main
from mornings_desktop.paths import backups_dir
from tests.unit.store.test_database import read_only

ROOT = Path(__file__).resolve().parents[3]


def mornings(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command in a subprocess, on this checkout's code."""
    return subprocess.run(
        [sys.executable, "-m", "mornings_desktop", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command in-process (faster): status, stdout, stderr."""
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def one_line_error(err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("mornings: ")
    for word in words:
        assert word in lines[0], (word, lines[0])


@pytest.fixture
def demo_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    status, out, _ = run(
        capsys, "--db", str(db_path), "--desk", "Accueil 1", "demo", "--attendees", "30",
        "--seed", "5", "--date", "2026-12-10", "--json",
    )  # fmt: skip
    assert status == 0
    return db_path, json.loads(out)["id"]


# -- the commands, through a real subprocess ------------------------------------------------------
def test_demo_events_registrations_in_a_subprocess(db_path: Path) -> None:
    made = mornings("--db", str(db_path), "demo", "--attendees", "12", "--date", "2026-12-10")
    assert made.returncode == 0, made.stderr
    morning_id = made.stdout.strip()
    assert len(morning_id) == 36 and made.stderr == ""

    events = mornings("events", "--db", str(db_path), "--json")
    assert events.returncode == 0, events.stderr
    rows = json.loads(events.stdout)
    assert len(rows) == 1
    assert {"id", "date", "title", "registered", "checked_in"} <= set(rows[0])
    assert rows[0]["id"] == morning_id and rows[0]["date"] == "2026-12-10"
    assert rows[0]["checked_in"] == 0 and rows[0]["registered"] >= 12

    regs = mornings("registrations", "--db", str(db_path), "--event", "2026-12-10", "--json")
    assert regs.returncode == 0, regs.stderr
    people = json.loads(regs.stdout)
    assert len(people) == rows[0]["registered"]
    for key in ("id", "name", "organisation", "category", "code", "checked_in", "arrival"):
        assert key in people[0]
    assert all(p["checked_in"] is False and p["arrival"] is None for p in people)

    bad = mornings("registrations", "--db", str(db_path), "--event", "2026-13-45")
    assert bad.returncode == 2 and bad.stdout == ""
    one_line_error(bad.stderr, "2026-13-45")


# -- demo --------------------------------------------------------------------------------------
def test_demo_is_deterministic_for_a_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = []
    for n in (1, 2):
        db = tmp_path / f"d{n}.sqlite3"
        assert run(capsys, "--db", str(db), "demo", "--attendees", "20", "--seed", "9",
                   "--date", "2026-12-10")[0] == 0  # fmt: skip
        status, out, _ = run(capsys, "--db", str(db), "registrations", "--event", "2026-12-10",
                             "--json")  # fmt: skip
        assert status == 0
        names.append(sorted((r["name"], r["organisation"], r["category"]) for r in json.loads(out)))
    assert names[0] == names[1]
    categories = {c for _, _, c in names[0]}
    assert "speaker" in categories and len(categories) >= 3


def test_demo_run_again_over_the_same_database_registers_nobody_twice(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same seed makes the same Morning: a second run finds its people and its speakers
    registered already (it registered every one of them a second time)."""
    lists = []
    for _ in range(2):
        assert run(capsys, "--db", str(db_path), "demo", "--attendees", "20", "--seed", "9",
                   "--date", "2026-12-10")[0] == 0  # fmt: skip
        status, out, _ = run(capsys, "--db", str(db_path), "registrations", "--event",
                             "2026-12-10", "--json")  # fmt: skip
        assert status == 0
        lists.append(sorted((r["name"], r["organisation"], r["code"]) for r in json.loads(out)))
    assert lists[1] == lists[0] and len(lists[0]) > 20  # the attendees and the speakers


def test_demo_text_output_is_the_id(demo_db: tuple[Path, str], capsys) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo_db
    status, out, err = run(capsys, "--db", str(db), "demo", "--attendees", "3")
    assert status == 0 and err == ""
    assert len(out.strip()) == 36


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--date", "2026-13-45"], ["2026-13-45", "YYYY-MM-DD"]),
        (["--attendees", "-5"], ["between 0 and"]),
    ],
)
def test_demo_bad_input_creates_nothing(db_path: Path, capsys, args, words) -> None:  # type: ignore[no-untyped-def]
    status, out, err = run(capsys, "--db", str(db_path), "demo", *args)
    assert status == 2 and out == ""
    one_line_error(err, *words)
    assert not db_path.exists()


# -- events and registrations --------------------------------------------------------------------
def test_events_text_table(demo_db: tuple[Path, str], capsys) -> None:  # type: ignore[no-untyped-def]
    db, morning_id = demo_db
    status, out, err = run(capsys, "--db", str(db), "events")
    assert status == 0 and err == ""
    header, row = out.strip().splitlines()
    assert header.split() == ["id", "date", "title", "registered", "checked_in"]
    assert row.startswith(morning_id) and "2026-12-10" in row and "Matinale" in row


def test_registrations_by_id_and_prefix(demo_db: tuple[Path, str], capsys) -> None:  # type: ignore[no-untyped-def]
    db, morning_id = demo_db
    by_id = run(capsys, "--db", str(db), "registrations", "--event", morning_id, "--json")
    by_prefix = run(capsys, "--db", str(db), "registrations", "--event", morning_id[:8], "--json")
    assert by_id[0] == by_prefix[0] == 0
    assert json.loads(by_id[1]) == json.loads(by_prefix[1])
    status, out, _ = run(capsys, "--db", str(db), "registrations", "--event", morning_id)
    assert status == 0
    assert out.splitlines()[0].split() == [
        "id", "name", "organisation", "category", "code", "checked_in", "arrival",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("event", "words"),
    [
        ("2027-01-01", ["No Morning", "2027-01-01"]),
        ("deadbeef-0000", ["No Morning", "deadbeef-0000"]),
        ("2026-13-45", ["2026-13-45"]),
        ("", ["No Morning given"]),
    ],
)
def test_unknown_event(demo_db: tuple[Path, str], capsys, event, words) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo_db
    before = db.read_bytes()
    status, out, err = run(capsys, "--db", str(db), "registrations", "--event", event)
    assert status == 2 and out == ""
    one_line_error(err, *words)
    assert db.read_bytes() == before


def test_registrations_needs_event(demo_db: tuple[Path, str], capsys) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo_db
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(db), "registrations"])
    assert caught.value.code == 2
    assert "--event" in capsys.readouterr().err


# -- bad databases and desks -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "command", [["events"], ["registrations", "--event", "2026-12-10"], ["backup"]]
)
def test_missing_database_is_not_created(db_path: Path, capsys, command) -> None:  # type: ignore[no-untyped-def]
    status, out, err = run(capsys, "--db", str(db_path), *command)
    assert status == 2 and out == ""
    one_line_error(err, "No database at", str(db_path))
    assert not db_path.exists()


@pytest.mark.parametrize(
    "command",
    [["events"], ["demo", "--attendees", "1"], ["backup"], ["registrations", "--event", "x"]],
)
def test_corrupt_database(db_path: Path, capsys, command) -> None:  # type: ignore[no-untyped-def]
    garbage = bytes(range(256)) * 40
    db_path.write_bytes(garbage)
    status, out, err = run(capsys, "--db", str(db_path), *command)
    assert status == 2 and out == ""
    one_line_error(err, "damaged", "mornings restore")
    assert db_path.read_bytes() == garbage


def test_read_only_database(demo_db: tuple[Path, str], capsys) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo_db
    before = db.read_bytes()
    with read_only(db):
        status, out, err = run(capsys, "--db", str(db), "demo", "--attendees", "1")
        assert db.read_bytes() == before
    assert status == 2 and out == ""
    one_line_error(err, "read-only")


def test_locked_database(demo_db: tuple[Path, str]) -> None:
    db, _ = demo_db
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = mornings("--db", str(db), "demo", "--attendees", "1")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2 and result.stdout == ""
    one_line_error(result.stderr, "locked by another program")
    events = mornings("--db", str(db), "events", "--json")
    assert len(json.loads(events.stdout)) == 1, "the failed demo left nothing behind"


@pytest.mark.parametrize("desk", ["", "   ", "x" * 41])
def test_bad_desk_name(demo_db: tuple[Path, str], capsys, desk) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo_db
    before = db.read_bytes()
    status, out, err = run(capsys, "--db", str(db), "--desk", desk, "events")
    assert status == 2 and out == ""
    one_line_error(err, "desk name")
    assert db.read_bytes() == before


def test_bad_desk_name_on_a_new_database_creates_nothing(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    status, _, err = run(capsys, "--db", str(db_path), "--desk", "", "demo")
    assert status == 2
    one_line_error(err, "desk name cannot be empty")
    assert not db_path.exists()


def test_desk_option_names_the_desk(demo_db: tuple[Path, str], capsys) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo_db
    assert run(capsys, "--db", str(db), "--desk", "Accueil 2", "demo", "--attendees", "1")[0] == 0
    with closing(sqlite3.connect(db)) as conn, conn:
        names = {r[0] for r in conn.execute("SELECT name FROM desks")}
    assert names == {"Accueil 1", "Accueil 2"}


# -- backup and restore -----------------------------------------------------------------------------
def test_backup_and_restore(demo_db: tuple[Path, str], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo_db
    status, out, err = run(capsys, "--db", str(db), "backup", "--json")
    assert status == 0 and err == ""
    rotating = Path(json.loads(out)["backup"])
    assert rotating.parent == backups_dir(db) and rotating.exists()

    target = tmp_path / "copy.sqlite3"
    status, out, _ = run(capsys, "--db", str(db), "backup", "-o", str(target))
    assert status == 0 and out.strip() == str(target) and target.exists()

    assert run(capsys, "--db", str(db), "demo", "--attendees", "2", "--date", "2027-01-14")[0] == 0
    assert len(json.loads(run(capsys, "--db", str(db), "events", "--json")[1])) == 2

    status, out, err = run(capsys, "--db", str(db), "restore", str(target), "--json")
    assert status == 0 and err == ""
    report = json.loads(out)
    assert report["database"] == str(db) and Path(report["previous"]).exists()
    assert len(json.loads(run(capsys, "--db", str(db), "events", "--json")[1])) == 1


@pytest.mark.parametrize("content", [b"not a database\n", b"SQLite format 3\x00" + b"\x00" * 90])
def test_restore_bad_file(demo_db: tuple[Path, str], tmp_path: Path, capsys, content) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo_db
    before = db.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    status, out, err = run(capsys, "--db", str(db), "restore", str(bad))
    assert status == 2 and out == ""
    one_line_error(err, str(bad))
    assert db.read_bytes() == before
    assert bad.read_bytes() == content


def test_restore_missing_file(demo_db: tuple[Path, str], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo_db
    status, _, err = run(capsys, "--db", str(db), "restore", str(tmp_path / "none.sqlite3"))
    assert status == 2
    one_line_error(err, "No backup file")


# -- the window -----------------------------------------------------------------------------------
def test_no_command_opens_the_window(monkeypatch, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop import app

    seen = []
    monkeypatch.setattr(app, "run_gui", lambda args: seen.append(args) or 0)
    assert main(["--db", str(db_path), "--desk", "Accueil 1"]) == 0
    assert seen and seen[0].command is None and seen[0].db == db_path


def test_gui_smoke_screenshot(tmp_path: Path, db_path: Path) -> None:
    """`python main.py` with MORNINGS_SCREENSHOT writes a picture of the window and quits."""
    assert mornings("--db", str(db_path), "demo", "--attendees", "10").returncode == 0
    png = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "main.py", "--db", str(db_path), "--operator", "Nadia"],
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "MORNINGS_SCREENSHOT": str(png),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert image.width() >= 800 and image.height() >= 500
