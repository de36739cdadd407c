"""Revoking a desk without a hub (USB sticks only): the organiser's desk, which holds the
organisation key, signs a revocation with `mornings desk revoke NAME` from what it holds of that
desk, enforces it, and carries it in every bundle it exports; every desk that imports one refuses
the revoked desk's later operations, keeps the earlier ones, and rebuilds away what it already
took; `mornings sync accept DIGEST` takes one back (DESIGN.md §6, "Incarnations and revocation").
Real files, real bundles, the command line in a process."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import client
from mornings_desktop.sync.quarantine import listing
from tests.sync.test_join_offline import Office, _ok, _run, file_keyring, office

__all__ = ["file_keyring", "office"]


def _desk(office: Office, laptop: str, join: Path, *bundles: Path) -> Path:
    db = office.tmp / f"{laptop}.sqlite3"
    _ok(_run(office.tmp, laptop, db, "join", str(join), "--json"))
    for path in bundles:
        _ok(_run(office.tmp, laptop, db, "sync", "import", str(path), "--json"))
    return db


def _admit(office: Office, laptop: str, db: Path, *which: int) -> None:
    for i in which:
        done = _ok(
            _run(office.tmp, laptop, db, "checkin", "--event", office.morning, office.codes[i],
                 "--json")
        )  # fmt: skip
        assert done["result"] == "admitted", done


def _admitted(office: Office, db: Path) -> set[int]:
    ws = Workspace.open(db, backup_on_migrate=False)
    try:
        return office.admitted(ws)
    finally:
        ws.close()


def _refused_revoked(db: Path) -> list[str]:
    ws = Workspace.open(db, backup_on_migrate=False)
    try:
        with ws.db.read() as session:
            return [k.op_id for k in listing(session) if k.reason.startswith("revoked")]
    finally:
        ws.close()


def _one_line_refusal(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_a_stolen_door_desk_revoked_without_a_hub_is_refused_on_every_desk(
    office: Office,
) -> None:
    tmp = office.tmp
    _ok(
        office.run(
            "desk", "add", "Porte", "--role", "door", "-o", str(tmp / "porte.join"), "--json"
        )
    )
    _ok(
        office.run(
            "desk", "add", "Caisse", "--role", "door", "-o", str(tmp / "caisse.join"), "--json"
        )
    )
    _ok(office.run("sync", "export", "-o", str(tmp / "office-1.bundle"), "--json"))

    # The door admits two people; the organiser takes its bundle.
    door = _desk(office, "door", tmp / "porte.join", tmp / "office-1.bundle")
    _admit(office, "door", door, 0, 1)
    _ok(_run(tmp, "door", door, "sync", "export", "-o", str(tmp / "door-1.bundle"), "--json"))
    _ok(office.run("sync", "import", str(tmp / "door-1.bundle"), "--json"))

    # The door laptop is stolen: the organiser revokes it, with no hub.
    revoked = _ok(office.run("desk", "revoke", "Porte", "--json"))
    assert revoked["desk"] == "Porte" and revoked["signed"] == 1, revoked
    incarnations = revoked["incarnations"]
    assert isinstance(incarnations, list) and len(incarnations) == 1, incarnations
    kept = incarnations[0]
    assert kept["kept_seq"] >= 2 and kept["set_aside"] == 0, kept
    assert "not yet received" in office.run("desk", "revoke", "Porte").stdout

    # The thief admits two more people and hands the file to the third desk first.
    _admit(office, "door", door, 2, 3)
    _ok(_run(tmp, "door", door, "sync", "export", "-o", str(tmp / "door-2.bundle"), "--json"))
    third = _desk(office, "third", tmp / "caisse.join", tmp / "office-1.bundle")
    _ok(_run(tmp, "third", third, "sync", "import", str(tmp / "door-2.bundle"), "--json"))
    assert _admitted(office, third) == {0, 1, 2, 3}

    # The organiser's bundle carries the revocation: the third desk rebuilds the thief's away.
    _ok(office.run("sync", "export", "-o", str(tmp / "office-2.bundle"), "--json"))
    _ok(_run(tmp, "third", third, "sync", "import", str(tmp / "office-2.bundle"), "--json"))
    assert _admitted(office, third) == {0, 1}
    assert len(_refused_revoked(third)) == 2

    # The organiser's desk refuses them too when the thief's bundle reaches it.
    _ok(office.run("sync", "import", str(tmp / "door-2.bundle"), "--json"))
    assert office.admitted(office.ws) == {0, 1}
    held = office.run("sync", "accept", "--json")
    assert held.returncode == 0, held.stderr
    rows = json.loads(held.stdout)
    assert len(rows) == 2 and {r["desk"] for r in rows} == {"Porte"}, rows

    # One of them was genuine: the organiser accepts it, and the third desk follows.
    taken = sorted(rows, key=lambda r: str(r["hlc"]))[0]["digest"]
    back = _ok(office.run("sync", "accept", taken, "--json"))
    assert back["accepted"] == [taken]
    assert office.admitted(office.ws) == {0, 1, 2}
    _ok(office.run("sync", "export", "-o", str(tmp / "office-3.bundle"), "--json"))
    _ok(_run(tmp, "third", third, "sync", "import", str(tmp / "office-3.bundle"), "--json"))
    assert _admitted(office, third) == {0, 1, 2}

    # A desk that imports the organiser's bundle before the thief's refuses his later ones.
    fourth_file = tmp / "fourth.join"
    _ok(office.run("desk", "add", "Accueil", "--role", "door", "-o", str(fourth_file), "--json"))
    fourth = _desk(office, "fourth", fourth_file, tmp / "office-3.bundle", tmp / "door-2.bundle")
    assert _admitted(office, fourth) == {0, 1, 2}
    ws = Workspace.open(fourth, backup_on_migrate=False)
    try:
        assert client.status(ws).refused == 1
    finally:
        ws.close()


def test_revoking_without_a_hub_refuses_bad_input_in_one_sentence(office: Office) -> None:
    tmp = office.tmp
    _ok(
        office.run(
            "desk", "add", "Porte", "--role", "door", "-o", str(tmp / "porte.join"), "--json"
        )
    )
    _one_line_refusal(office.run("desk", "revoke", "Nobody"), "Nobody")
    _one_line_refusal(office.run("desk", "revoke", "Porte", "--until", "yesterday"), "yesterday")
    _one_line_refusal(office.run("desk", "revoke", "Porte", "--until", "2099-01-01T10:00"), "2099")
    _one_line_refusal(office.run("desk", "revoke", "Bureau"), "this desk")
    door = _desk(office, "door", tmp / "porte.join")
    _one_line_refusal(_run(tmp, "door", door, "desk", "revoke", "Porte"), "door desk")
    _one_line_refusal(office.run("sync", "accept", "ab" * 32), "ab" * 32)
    # Nothing was signed by any of them.
    with office.ws.db.read() as session:
        from mornings_desktop.sync.revocation_check import revocation_records

        assert revocation_records(session) == []
