"""A door desk: requests erasure (the person is hidden at once), cannot erase or purge, and needs
the organiser passphrase to read someone's data or the log; an organiser confirms or reverses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mornings_desktop.cli import main
from mornings_desktop.errors import ValidationError
from mornings_desktop.services import desk_role, erasure, people, registrations, search
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Registration
from tests.unit.privacy.conftest import EMAIL, LAST, make_subject

PASSPHRASE = "rose des sables 2026"


def _door(ws: Workspace) -> None:
    desk_role.set_passphrase(ws, PASSPHRASE)
    desk_role.set_desk_role(ws, "door")


def test_request_hides_at_once_and_an_organiser_decides(ws: Workspace) -> None:
    subject = make_subject(ws)
    with ws.db.read() as session:
        morning_id = str(session.get(Registration, subject.registration_ids[2]).morning_id)  # type: ignore[union-attr]
    _door(ws)
    assert desk_role.desk_role(ws) == "door"
    erasure.request_erasure(ws, subject.person_id)
    assert subject.person_id not in {p.id for p in people.list_people(ws)}
    rows = registrations.list_registrations(ws, morning_id)
    assert [(r.name, r.email) for r in rows] == [("", "")]  # counted, anonymous
    index = search.PeopleIndex.from_rows(ws, morning_id, rows)
    assert index.search(LAST) == []
    with pytest.raises(ValidationError):
        erasure.erase_person(ws, subject.person_id)
    with pytest.raises(ValidationError):
        erasure.reverse_request(ws, subject.person_id)
    with pytest.raises(ValidationError):
        desk_role.set_desk_role(ws, "organiser", "wrong passphrase")
    desk_role.set_desk_role(ws, "organiser", PASSPHRASE)
    erasure.reverse_request(ws, subject.person_id)
    assert subject.person_id in {p.id for p in people.list_people(ws)}
    erasure.request_erasure(ws, subject.person_id)
    erasure.erase_person(ws, subject.person_id)
    assert people.get_person(ws, subject.person_id).erased


def test_door_desk_on_the_command_line(
    ws: Workspace, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_subject(ws)
    _door(ws)
    ws.close()
    db = ["--db", str(db_path)]
    assert main([*db, "people", "erase", EMAIL, "--yes"]) == 2
    assert main([*db, "people", "purge", "--older-than", "1d", "--yes"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "door desk" in err
    assert main([*db, "people", "show", EMAIL]) == 2  # no passphrase given
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("nope nope nope\n", encoding="utf-8")
    right.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert main([*db, "people", "show", EMAIL, "--passphrase-file", str(wrong)]) == 2
    assert main([*db, "log", "--json"]) == 2
    assert main([*db, "export", "--series", "-o", str(tmp_path / "s.xlsx")]) == 2
    assert not (tmp_path / "s.xlsx").exists()
    capsys.readouterr()
    assert main([*db, "people", "show", EMAIL, "--passphrase-file", str(right), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["person"]["email"] == EMAIL
    assert main([*db, "people", "request-erasure", EMAIL]) == 0
    assert main([*db, "log", "--passphrase-file", str(right), "--type", "person", "--json"]) == 0
    types = [e["type"] for e in json.loads(capsys.readouterr().out.strip().splitlines()[-1])]
    assert types[0] == "person.erasure_requested" and "person.created" in types


def test_a_door_certificate_makes_a_door_desk(ws: Workspace) -> None:
    """The role the organisation signed for this desk counts, whatever the local setting says."""
    from mornings_desktop.ledger import signing
    from mornings_desktop.trust import keys
    from mornings_desktop.trust.certificates import Certificate, issue_certificate

    subject = make_subject(ws)
    assert desk_role.desk_role(ws) == "organiser"
    org_key = signing.org_key(ws.org_id)
    assert org_key is not None
    cert = Certificate(ws.org_id, ws.desk_id, "Porte", "door", keys.public_text(keys.new_key()),
                       "2026-11-30T10:00:00Z")  # fmt: skip
    with ws.db.write() as session:
        signing.store_certificate(session, cert, issue_certificate(org_key, cert))
    assert desk_role.desk_role(ws) == "door"
    with pytest.raises(ValidationError):
        erasure.erase_person(ws, subject.person_id)
