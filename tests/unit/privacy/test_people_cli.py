"""`mornings people show|export|erase`: the command line over the same services."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mornings_desktop.cli import main
from mornings_desktop.services.workspace import Workspace
from tests.unit.privacy.conftest import EMAIL, LAST, make_subject


def test_show_export_and_refusals(
    ws: Workspace, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    subject = make_subject(ws)
    ws.close()
    assert main(["--db", str(db_path), "people", "show", EMAIL, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["person"]["id"] == subject.person_id and len(shown["registrations"]) == 3
    assert main(["--db", str(db_path), "people", "show", subject.person_id]) == 0
    assert LAST in capsys.readouterr().out
    out = tmp_path / "z.pdf"
    assert main(["--db", str(db_path), "people", "export", EMAIL, "-o", str(out)]) == 0
    assert out.read_bytes()[:4] == b"%PDF"
    assert main(["--db", str(db_path), "people", "consent", EMAIL, "photos", "no"]) == 0
    assert "'photos': 'no'" in capsys.readouterr().out
    assert main(["--db", str(db_path), "people", "show", "nobody@x.ma"]) == 2
    assert (
        main(["--db", str(db_path), "people", "export", EMAIL, "-o", str(tmp_path / "z.txt")]) == 2
    )
    assert main(["--db", str(db_path), "people", "erase", EMAIL, "--yes", "--json"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["erased"] == [subject.person_id] and "backup -o" in report["copies_elsewhere"]


def test_counts_read_as_english(
    ws: Workspace, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line's counts say "0 badges printed", "erased 1 person", never "(s)"."""
    make_subject(ws)
    ws.close()
    assert main(["--db", str(db_path), "people", "show", EMAIL]) == 0
    shown = capsys.readouterr().out
    assert "0 badges printed" in shown and "(s)" not in shown
    assert main(["--db", str(db_path), "people", "erase", EMAIL, "--yes"]) == 0
    erased = capsys.readouterr().out
    assert "erased 1 person;" in erased and "(s)" not in erased
