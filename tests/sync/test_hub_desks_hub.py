"""`hub desks`, `hub add-desk`, `hub reset-desk` and `hub revoke-desk` against a real PostgreSQL
(`hub_desks`): what the list says of each desk, the files written all or none, a reset that keeps
the desk's name and role, a revocation at the present instant, and an organiser login that may not
end a desk's sessions (a managed PostgreSQL) still resetting it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import hub_admin, hub_desks
from mornings_desktop.sync.hub_schema import HubError
from tests.sync import test_hub_admin_init
from tests.sync.test_hub_admin_init import _password

MakeDesk = Callable[..., Workspace]
organiser_url = test_hub_admin_init.organiser_url


@pytest.fixture
def admin(hub_db: str, make_desk: MakeDesk) -> Workspace:
    ws = make_desk("Admin")
    hub_admin.init_hub(hub_db, ws.org_id, ws.ticket_key.hex())
    return ws


def _issue(hub: str, admin: Workspace, name: str, path: Path, **kw: object) -> list[Path]:
    issued = hub_desks.issue_desks(
        hub,
        admin.org_id,
        admin.ticket_key.hex(),
        name,
        "door",
        path,
        **kw,  # type: ignore[arg-type]
    )
    return [Path(d.file) for d in issued]


def test_the_list_gives_each_desks_clock_in_tenths_of_a_second_and_its_operations(
    hub_db: str, admin: Workspace, tmp_path: Path
) -> None:
    _issue(hub_db, admin, "Porte", tmp_path / "porte.json")
    _issue(hub_db, admin, "Caisse", tmp_path / "caisse.json")
    with psycopg.connect(hub_db) as conn:
        conn.execute(
            "UPDATE mornings.desk_roster SET clock_offset_ms = 1260 WHERE login LIKE '%porte'"
        )
        conn.execute(
            "UPDATE mornings.desk_roster SET clock_offset_ms = -150000 WHERE login LIKE '%caisse'"
        )
    rows = {r.desk: r for r in hub_desks.list_desks(hub_db)}
    assert rows["Porte"].clock_offset_s == 1.3 and not rows["Porte"].clock_off
    assert rows["Caisse"].clock_offset_s == -150.0 and rows["Caisse"].clock_off
    assert rows["Porte"].ops == 0 and rows["Porte"].set_aside == 0  # nothing pushed yet


def test_desks_are_issued_with_their_spares_only_when_asked(
    hub_db: str, admin: Workspace, tmp_path: Path
) -> None:
    [one] = _issue(hub_db, admin, "Porte", tmp_path / "porte.json")
    assert one.name == "porte.json"
    three = _issue(hub_db, admin, "Hall", tmp_path / "hall.json", spare=2)
    assert [p.name for p in three] == ["hall.json", "hall-spare-1.json", "hall-spare-2.json"]


def test_when_one_desk_cannot_be_made_no_join_file_is_left(
    hub_db: str, admin: Workspace, tmp_path: Path
) -> None:
    """The second spare's name is taken: the files already written for the first ones go, so no
    join file points to a login the rolled-back transaction never made."""
    _issue(hub_db, admin, "Hall spare 2", tmp_path / "taken.json")
    with pytest.raises(HubError, match="is already on this hub"):
        _issue(hub_db, admin, "Hall", tmp_path / "hall.json", spare=2)
    assert sorted(p.name for p in tmp_path.glob("hall*")) == []


def test_a_one_time_password_is_24_random_bytes(
    hub_db: str, admin: Workspace, tmp_path: Path
) -> None:
    import json

    [path] = _issue(hub_db, admin, "Porte", tmp_path / "porte.json")
    assert len(_password(json.loads(path.read_text())["hub_url"])) == 32
    again = hub_desks.reset_desk(
        hub_db, admin.org_id, admin.ticket_key.hex(), "Porte", tmp_path / "again.json"
    )
    assert len(_password(json.loads(Path(again.file).read_text())["hub_url"])) == 32


def test_a_reset_keeps_the_desks_name_and_role(
    hub_db: str, admin: Workspace, tmp_path: Path
) -> None:
    hub_desks.issue_desks(
        hub_db, admin.org_id, admin.ticket_key.hex(), "Bureau", "organiser", tmp_path / "b.json"
    )
    again = hub_desks.reset_desk(
        hub_db, admin.org_id, admin.ticket_key.hex(), "Bureau", tmp_path / "b2.json"
    )
    assert (again.desk, again.role) == ("Bureau", "organiser") and again.login != "Bureau"
    # A desk an older hub made has no roster row: it is reset as a door desk.
    old = hub_admin.add_desk(hub_db, "Ancienne")
    with psycopg.connect(hub_db) as conn:
        conn.execute("DELETE FROM mornings.desk_roster WHERE login = %s", (old.login,))
    older = hub_desks.reset_desk(
        hub_db, admin.org_id, admin.ticket_key.hex(), old.login, tmp_path / "old.json"
    )
    assert (older.desk, older.role) == ("Ancienne", "door")


def test_a_revocation_at_the_present_instant_is_taken_and_nothing_signed_without_the_key(
    hub_db: str, admin: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _issue(hub_db, admin, "Porte", tmp_path / "porte.json")
    instant = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    monkeypatch.setattr(signing, "org_key", lambda _org: None)  # not on this computer
    revoked = hub_desks.revoke_desk(
        hub_db, "Porte", instant, org_id=admin.org_id, now=lambda: instant
    )
    assert (revoked.desk, revoked.until) == ("Porte", "2026-12-03T08:00:00.000000Z")
    assert (revoked.set_aside, revoked.signed) == (0, 0)
    [row] = hub_desks.list_desks(hub_db)
    assert row.disabled and row.revoked_until == "2026-12-03T08:00:00.000000Z"


def test_an_organiser_who_may_not_end_a_desks_sessions_still_resets_it(
    organiser_url: str, make_desk: MakeDesk, tmp_path: Path
) -> None:
    """A managed PostgreSQL: the organiser's login is no superuser and no member of the desk's
    login, so it may not end that desk's open connection; the reset is made all the same (the
    old password no longer opens a new one)."""
    admin = make_desk("Admin")
    hub_admin.init_hub(organiser_url, admin.org_id, admin.ticket_key.hex())
    desk = hub_admin.add_desk(organiser_url, "Porte")
    with psycopg.connect(desk.url):  # the desk is connected
        again = hub_desks.reset_desk(
            organiser_url, admin.org_id, admin.ticket_key.hex(), "Porte", tmp_path / "porte.json"
        )
        assert again.desk == "Porte"
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(desk.url).close()
