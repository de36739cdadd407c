"""`mornings search`: the desk's name search on the command line, across scripts too."""

from __future__ import annotations

import json
from pathlib import Path

from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.search import PeopleIndex
from mornings_desktop.services.workspace import Workspace
from tests.unit.cli.test_cli import one_line_error, run


def _setup(db: Path) -> tuple[str, str, str]:
    ws = Workspace.open(db, "Accueil 1")
    try:
        earlier = create_demo(ws, attendees=3, seed=3, day="2026-06-11")
        today = create_demo(ws, attendees=10, seed=4, day="2026-12-10")
        person = {"first_name": "يوسف", "last_name": "العلوي", "email": "y.alaoui@example.org"}
        old = registrations.register_person(ws, earlier, person)
        code = registrations.list_registrations(ws, earlier, ids={old})[0].code
        assert checkin.ScanDesk(ws, earlier).scan(code).ok
        new = registrations.register_person(ws, today, person)
    finally:
        ws.close()
    return today, new, old


def test_search_finds_arabic_from_latin_with_the_desk_engine(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    today, new, old = _setup(db_path)
    status, out, err = run(
        capsys, "--db", str(db_path), "search", "youssef", "alaoui", "--event", today, "--json"
    )
    assert status == 0 and err == ""
    rows = json.loads(out)
    assert rows[0]["registration"] == new and rows[0]["name"] == "يوسف العلوي"
    assert {"registration", "person", "name", "organisation", "score"} <= set(rows[0])
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    ws = Workspace.open(db_path, "Accueil 1")
    try:  # the same answer as the desk's search box
        desk = PeopleIndex.build(ws, today).search("youssef alaoui", 20)
    finally:
        ws.close()
    assert [r["registration"] for r in rows] == [h.registration_id for h in desk]

    status, out, _ = run(
        capsys, "--db", str(db_path), "search", "يوسف العلوي", "--all-mornings", "--json"
    )
    found = [r["registration"] for r in json.loads(out)]
    assert status == 0 and {new, old} <= set(found[:2])

    status, out, _ = run(
        capsys, "--db", str(db_path), "search", "Youssef Alaoui", "--event", "2026-12-10"
    )
    assert status == 0 and "يوسف العلوي" in out and out.splitlines()[0].startswith("name")


def test_search_bad_input_is_one_sentence(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _setup(db_path)
    status, out, err = run(capsys, "--db", str(db_path), "search", "  ", "--event", "2026-12-10")
    assert status == 2 and out == ""
    one_line_error(err, "Type a name")
    status, out, err = run(capsys, "--db", str(db_path), "search", "x", "--event", "2031-01-01")
    assert status == 2 and out == ""
    one_line_error(err, "No Morning")


def test_without_event_the_morning_of_the_day_else_the_next_else_the_latest(db_path: Path) -> None:
    from datetime import date

    from mornings_desktop.services.people_search import default_morning

    today, _, _ = _setup(db_path)
    ws = Workspace.open(db_path, "Accueil 1")
    try:
        assert default_morning(ws, date(2026, 12, 10)).id == today
        assert default_morning(ws, date(2026, 7, 1)).id == today  # the next one
        assert default_morning(ws, date(2026, 6, 11)).date == "2026-06-11"  # the day's
        assert default_morning(ws, date(2027, 1, 1)).id == today  # the latest
    finally:
        ws.close()


def test_all_mornings_with_an_event_puts_that_mornings_person_first(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`mornings search --event EV QUERY --all-mornings`, as the desk's search is written: every
    Morning, the given one first among equal matches (it was refused: "not allowed with")."""
    today, new, old = _setup(db_path)
    earlier = "2026-06-11"
    for event, first in ((today, new), (earlier, old)):
        status, out, err = run(
            capsys, "--db", str(db_path), "search", "--event", event, "يوسف", "العلوي",
            "--all-mornings", "--json",
        )  # fmt: skip
        assert status == 0 and err == ""
        rows = json.loads(out)
        assert rows[0]["registration"] == first and {new, old} <= {r["registration"] for r in rows}
