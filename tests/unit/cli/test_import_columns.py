"""`mornings import` says which column went where, uses the mapping a person confirmed before
(in the window or with `--map`), and reads the separator it is told; `mornings export --sep`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from mornings_desktop.imports import mapping as mapping_mod
from tests.unit.cli.test_importing_and_tickets import mornings


def demo(tmp_path: Path) -> Path:
    db = tmp_path / "desk.sqlite3"
    made = mornings("demo", "--attendees", "0", "--date", "2026-12-10", "--seed", "2", db=db)
    assert made.returncode == 0, made.stderr
    return db


def organisations(db: Path) -> dict[str, str]:
    listed = mornings("registrations", "--event", "2026-12-10", "--json", db=db)
    assert listed.returncode == 0, listed.stderr
    return {r["name"]: r.get("organisation") or "" for r in json.loads(listed.stdout)}


def test_map_is_used_reported_and_remembered(tmp_path: Path) -> None:
    db = demo(tmp_path)
    odd = tmp_path / "liste.csv"
    odd.write_text("Participant;Boîte\nOmar Alaoui;Managem\n", encoding="utf-8")
    guessed = mornings("import", str(odd), "--event", "2026-12-10", "--dry-run", db=db)
    assert guessed.returncode == 0, guessed.stderr
    assert "columns (guessed): Participant → full_name; not imported: Boîte." in guessed.stdout
    given = mornings(
        "import", str(odd), "--event", "2026-12-10", "--map", "boite=organisation", db=db
    )
    assert given.returncode == 0, given.stderr
    assert "columns (given): Participant → full_name; Boîte → organisation." in given.stdout
    assert organisations(db)["Omar Alaoui"] == "Managem"
    # the next file of the same shape: the mapping is remembered, and the summary says so
    other = tmp_path / "liste2.csv"
    other.write_text("Participant;Boîte\nSalma Tazi;Cosumar\n", encoding="utf-8")
    again = mornings("import", str(other), "--event", "2026-12-10", db=db)
    assert again.returncode == 0, again.stderr
    assert "columns (remembered): Participant → full_name; Boîte → organisation." in again.stdout
    assert organisations(db)["Salma Tazi"] == "Cosumar"


def test_a_mapping_confirmed_in_the_window_is_used(tmp_path: Path) -> None:
    db = demo(tmp_path)
    odd = tmp_path / "liste.csv"
    odd.write_text("Qui;Où\nOmar Alaoui;Managem\n", encoding="utf-8")
    mapping_mod.remember(
        db.parent, mapping_mod.Mapping(["Qui", "Où"], ["full_name", "organisation"], [1.0, 1.0])
    )
    run = mornings("import", str(odd), "--event", "2026-12-10", "--json", db=db)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["mapping_source"] == "remembered" and report["created"] == 1
    assert organisations(db)["Omar Alaoui"] == "Managem"


def test_a_bad_map_is_one_line(tmp_path: Path) -> None:
    db = demo(tmp_path)
    odd = tmp_path / "liste.csv"
    odd.write_text("Participant;Boîte\nOmar Alaoui;Managem\n", encoding="utf-8")
    for bad in ("Société=organisation", "Boîte=shoe_size", "Boîte"):
        run = mornings("import", str(odd), "--event", "2026-12-10", "--map", bad, db=db)
        assert run.returncode == 2, run.stderr
        assert run.stderr.count("\n") == 1 and "Participant, Boîte" in run.stderr


def test_sep_reads_a_pipe_separated_file(tmp_path: Path) -> None:
    db = demo(tmp_path)
    piped = tmp_path / "export.txt"
    piped.write_text(
        "Nom|Prénom|Société\nBennani|Karim|Atlas, Conseil\nTazi|Salma|Cosumar, SA\n",
        encoding="utf-8",
    )
    run = mornings("import", str(piped), "--event", "2026-12-10", "--sep", "|", db=db)
    assert run.returncode == 0, run.stderr
    assert "2 created" in run.stdout and "separator: “|”." in run.stdout
    assert organisations(db)["Karim Bennani"] == "Atlas, Conseil"


def test_export_sep_follows_the_language_or_the_option(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    made = mornings("demo", "--attendees", "5", "--date", "2026-12-10", "--seed", "2", db=db)
    assert made.returncode == 0, made.stderr

    def rows(path: Path, sep: str) -> list[list[str]]:
        return list(csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=sep))

    for lang, option, sep in (
        ("fr", None, ";"),
        ("en", None, ","),
        ("en", ";", ";"),
        ("fr", ",", ","),
    ):
        out = tmp_path / f"presences-{lang}-{option}.csv"
        args = ["export", "--event", "2026-12-10", "-o", str(out), "--lang", lang]
        run = mornings(*args, *(["--sep", option] if option else []), db=db)
        assert run.returncode == 0, run.stderr
        table = rows(out, sep)
        assert len(table) > 5 and all(len(r) == len(table[0]) for r in table)
        assert len(table[0]) > 5, (lang, option, table[0])
