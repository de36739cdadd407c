"""`mornings join FILE --json` with a file of `desk add` (no hub), run through `cli.main` in the
test process (`test_join_offline.py` runs it in a child process, where `make mutants` never
reaches `join.Joined.to_json`): what it prints, and a damaged file refused in one line, exit 2."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mornings_desktop.cli import main
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import join_offline
from tests.sync import test_desk_lifecycle as lifecycle

MakeDesk = Callable[..., Workspace]
file_keyring = lifecycle.file_keyring  # the organiser's keyring (autouse)


def test_join_prints_the_organisation_desk_and_role_as_json(
    make_desk: MakeDesk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = make_desk("Office")
    usb = tmp_path / "porte.mornings-join"
    join_offline.issue_files(office, "Porte", "door", usb)
    laptop = tmp_path / "laptop.sqlite3"
    capsys.readouterr()

    assert main(["--db", str(laptop), "join", str(usb), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == {
        "org_id": office.org_id,
        "desk": "Porte",
        "role": "door",
        "hub": "",
        "error": None,
    }
    assert err == ""

    damaged = tmp_path / "damaged.mornings-join"
    damaged.write_text(usb.read_text().replace('"Porte"', '"Porto"'))
    other = tmp_path / "other.sqlite3"
    assert main(["--db", str(other), "join", str(damaged)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert "damaged (checksum mismatch)" in err and "Traceback" not in err
