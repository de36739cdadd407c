"""The import's lookups in the directory go through indexes (issue 15: an import into a directory
of 15,000 people was 2.2x slower than into an empty one, every name of the directory folded at
each import). `people.name_key` (the name as the same-name rule compares it) is kept by the
handlers and filled by migration 0012; the import reads only the people its rows may be, and the
same-name and contact rules still see the whole directory through the indexes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import text

from mornings_desktop.imports.directory import Directory
from mornings_desktop.imports.registration_import import import_file
from mornings_desktop.services import categories, mornings, people, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import migrate
from mornings_desktop.text_keys import name_key


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    sheet = wb.active
    sheet.append(["Nom", "Prénom", "E-mail", "Téléphone"])
    for row in rows:
        sheet.append(row)
    wb.save(path)
    return path


def _name_keys(path: Path) -> dict[str, str | None]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT first_name, last_name, name_key FROM people").fetchall()
    return {f"{first} {last}": key for first, last, key in rows}


def test_the_import_reads_only_the_people_its_rows_may_be(
    ws: Workspace, demo_morning: str, tmp_path: Path, db_path: Path
) -> None:
    categories.ensure_defaults(ws)
    later = mornings.create(ws, mornings.MorningInput(title="Janvier", date="2027-01-14"))
    known = registrations.list_registrations(ws, demo_morning)
    by_mail = next(r for r in known if r.email and r.category != "speaker")
    namesake = next(r for r in known if r.email and r.id != by_mail.id and r.first_name)
    file = _workbook(
        tmp_path / "janvier.xlsx",
        [
            [by_mail.last_name, by_mail.first_name, by_mail.email.upper(), ""],
            [namesake.last_name, namesake.first_name, "autre.adresse@example.ma", ""],
            ["Nouveau", "Venu", "nouveau.venu@example.ma", ""],
        ],
    )
    with ws.db.read() as session:
        directory = Directory(
            session, later,
            emails={by_mail.email.lower(), "autre.adresse@example.ma", "nouveau.venu@example.ma"},
            names={name_key(namesake.first_name, namesake.last_name), "nouveau venu"},
        )  # fmt: skip
        everyone = session.execute(text("SELECT count(*) FROM people")).scalar_one()
    assert everyone >= 40
    # before: every person of the directory was read (and every name folded) at each import
    assert by_mail.person_id in directory.people
    assert namesake.person_id not in directory.people  # a namesake elsewhere: its name only
    assert len(directory.people) < 10, len(directory.people)
    assert name_key(namesake.first_name, namesake.last_name) in directory.names
    assert "nouveau venu" not in directory.names

    report = import_file(ws, later, file)
    assert (report.created, report.new_people, report.matched_in_directory) == (3, 2, 1)
    assert [w.code for w in report.warnings] == ["same_name"]  # the namesake, kept apart
    assert any(namesake.person_id in s.person_ids for s in people.duplicate_suggestions(ws))
    # the name lookup uses the index
    with closing(sqlite3.connect(db_path)) as conn:
        plan = " ".join(
            str(r[-1])
            for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM people WHERE name_key IN (?, ?)", ("a", "b")
            )
        )
    assert "ix_people_name_key" in plan, plan


def test_name_keys_follow_creation_edits_and_erasure(ws: Workspace, db_path: Path) -> None:
    morning = mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    person = registrations.register_person(
        ws, morning, {"first_name": "Leïla", "last_name": "Chraïbi", "email": "l@medias24.ma"}
    )
    row = next(r for r in registrations.list_registrations(ws, morning) if r.id == person)
    assert _name_keys(db_path)["Leïla Chraïbi"] == "chraibi leila"
    people.update_person(ws, row.person_id, {"first_name": "Leila", "last_name": "Chraibi-Alami"})
    assert _name_keys(db_path)["Leila Chraibi-Alami"] == "alami chraibi leila"
    from mornings_desktop.services import erasure

    erasure.erase_person(ws, row.person_id)
    assert list(_name_keys(db_path).values()) == [None]


def test_migration_0012_fills_the_name_keys_of_people_already_there(
    ws: Workspace, db_path: Path
) -> None:
    from alembic import command

    morning = mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    registrations.register_person(ws, morning, {"first_name": "Karim", "last_name": "Bennani"})
    config = migrate.alembic_config()
    with ws.db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0011_incarnations")
    with closing(sqlite3.connect(db_path)) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(people)")}
    assert "name_key" not in columns
    assert migrate.upgrade(ws.db) is True
    assert _name_keys(db_path) == {"Karim Bennani": "bennani karim"}
