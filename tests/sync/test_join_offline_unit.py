"""`mornings desk add` in process (`join_offline.issue_files`; `test_join_offline.py` runs the
command in a child process): the refusals (a door desk, a role, a name's length, no organisation
key) write nothing; spares are door desks named and filed after the first; all files or none; the
organiser's desk keeps the certificates it issued."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mornings_desktop.errors import UserError
from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.meta_keys import DESK_ROLE
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import join_file, join_offline
from tests.sync import test_desk_lifecycle as lifecycle

MakeDesk = Callable[..., Workspace]
file_keyring = lifecycle.file_keyring  # the organiser's keyring (autouse)


def _certificates(ws: Workspace) -> list[tuple[str, str]]:
    with ws.db.read() as session:
        return sorted(
            (str(n), str(r))
            for n, r in session.execute(select(CertificateRow.name, CertificateRow.role))
        )


def test_spares_are_door_desks_filed_after_the_first_and_their_certificates_kept(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office = make_desk("Office")
    before = _certificates(office)
    issued = join_offline.issue_files(
        office, "  Caisse ", "organiser", tmp_path / "c.join", spare=2
    )
    assert [d.to_json() for d in issued] == [
        {"desk": "Caisse", "role": "organiser", "file": str(tmp_path / "c.join")},
        {"desk": "Caisse spare 1", "role": "door", "file": str(tmp_path / "c-spare-1.join")},
        {"desk": "Caisse spare 2", "role": "door", "file": str(tmp_path / "c-spare-2.join")},
    ]
    for d in issued:
        made = join_file.read_join_file(d.file)
        assert (made.desk, made.role, made.hub_url, made.org_id) == (
            d.desk, d.role, None, office.org_id,
        )  # fmt: skip
    assert sorted(set(_certificates(office)) - set(before)) == [
        ("Caisse", "organiser"),
        ("Caisse spare 1", "door"),
        ("Caisse spare 2", "door"),
    ]
    name = "x" * 190
    assert join_offline.issue_files(office, name, "door", tmp_path / "x.join")[0].desk == name
    assert join_offline.issue_files(office, "A", "door", tmp_path / "a.join")[0].desk == "A"


def test_refusals_write_nothing(
    make_desk: MakeDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = make_desk("Office")
    before = _certificates(office)
    out = tmp_path / "d.join"
    with pytest.raises(UserError, match="not boss"):
        join_offline.issue_files(office, "Porte", "boss", out)
    for name in ("   ", "x" * 191):
        with pytest.raises(UserError, match="1 to 190 characters"):
            join_offline.issue_files(office, name, "door", out)
    # A spare that cannot be written: the files already written are removed, nothing kept.
    join_offline.spare_path(out, 2).mkdir()
    with pytest.raises(OSError):
        join_offline.issue_files(office, "Porte", "door", out, spare=2)
    assert not out.exists() and not join_offline.spare_path(out, 1).exists()
    assert _certificates(office) == before

    with office.db.write() as session:
        meta.put(session, DESK_ROLE, "door")
    with pytest.raises(UserError, match="door desk"):
        join_offline.issue_files(office, "Porte", "door", out)
    with office.db.write() as session:
        meta.put(session, DESK_ROLE, "organiser")
    monkeypatch.setattr(signing, "org_key", lambda _org: None)
    with pytest.raises(UserError, match="does not hold the organisation key"):
        join_offline.issue_files(office, "Porte", "door", out)
    assert not out.exists() and _certificates(office) == before
    with office.db.read() as session:
        assert session.execute(
            select(func.count()).select_from(CertificateRow)
        ).scalar_one() == len(before)
