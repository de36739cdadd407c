"""`desk revoke` without a hub, in process: the cut-off `--until` per incarnation (operations made
before it are kept), and a later revocation of the same desk replacing an earlier one (the latest
is in force: what the earlier one refused comes back) — DESIGN §6, "Incarnations and revocation"."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mornings_desktop.errors import UserError
from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle, desk_revoke, offline_accept
from mornings_desktop.sync.revocation_check import in_force
from mornings_desktop.timeutil import now_utc
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.registered import morning_with_codes

MakeDesk = Callable[..., Workspace]
file_keyring = lifecycle.file_keyring  # the organiser's keyring (autouse)


class Door:
    """A door desk that admits three people, 0 then (a pause: `between`) 1 and 2."""

    def __init__(self, make_desk: MakeDesk, tmp: Path, name: str = "Door") -> None:
        self.ws = make_desk(name)
        self.morning, self.codes = morning_with_codes(self.ws, 3)
        self.admit(0)
        time.sleep(0.05)
        self.between = now_utc()
        time.sleep(0.05)
        self.admit(1)
        self.admit(2)
        self.stick = tmp / "door.mornings-bundle"
        bundle.export_bundle(self.ws, self.stick)

    def admit(self, i: int) -> None:
        assert checkin.scan(self.ws, self.morning, self.codes[i]).result == "admitted"

    def admitted(self, ws: Workspace) -> set[int]:
        rows = {r.code: r.checked_in for r in registrations.list_registrations(ws, self.morning)}
        return {i for i, code in enumerate(self.codes) if rows.get(code)}


def test_until_keeps_what_was_made_before_it_and_a_later_revocation_wins(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    door = Door(make_desk, tmp_path)
    office = make_desk("Office")
    bundle.import_bundle(office, door.stick)
    assert door.admitted(office) == {0, 1, 2}

    early = desk_revoke.revoke(office, "door", door.between.isoformat())  # any case
    assert early.desk == "Door"
    [inc] = early.incarnations
    assert inc.desk_id == door.ws.desk_id and inc.set_aside >= 2 and inc.made_at is not None
    assert inc.made_at <= door.between.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert door.admitted(office) == {0}
    held = offline_accept.listing(office)
    assert len(held) == inc.set_aside and {h.desk for h in held} == {"Door"}

    # Revoked again, up to now: the latest revocation is in force, nothing of it is refused.
    later = desk_revoke.revoke(office, "Door")
    assert later.incarnations[0].kept_seq > inc.kept_seq
    assert later.incarnations[0].set_aside == 0
    assert door.admitted(office) == {0, 1, 2}
    assert offline_accept.listing(office) == []
    with office.db.read() as session:
        current = in_force(session)[(office.org_id, door.ws.desk_id)]
    assert current.incarnations[inc.inc][0] == later.incarnations[0].kept_seq


def test_nothing_is_signed_without_the_organisation_key_or_with_a_bad_time(
    make_desk: MakeDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    door = Door(make_desk, tmp_path)
    office = make_desk("Office")
    bundle.import_bundle(office, door.stick)
    with pytest.raises(UserError, match="not a date and time"):
        desk_revoke.revoke(office, "Door", "30/11/2026")
    with pytest.raises(UserError, match="in the future"):
        desk_revoke.revoke(office, "Door", "2999-01-01T00:00Z")
    from mornings_desktop.ledger import signing

    monkeypatch.setattr(signing, "org_key", lambda _org: None)
    with pytest.raises(UserError, match="does not hold the organisation key"):
        desk_revoke.revoke(office, "Door")
    with pytest.raises(UserError, match="does not hold the organisation key"):
        offline_accept.accept(office, ["ab" * 32])
    with office.db.read() as session:
        assert in_force(session) == {}
    assert door.admitted(office) == {0, 1, 2}


def test_the_recovery_key_revokes_when_the_organisation_key_is_lost(
    make_desk: MakeDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mornings_desktop.ledger import signing
    from mornings_desktop.sync import recovery

    door = Door(make_desk, tmp_path)
    office = make_desk("Office")
    recovery.export_recovery_key(office, tmp_path / "recovery.key", "a long phrase")
    bundle.import_bundle(office, door.stick)
    hall = make_desk("Hall")
    bundle.import_bundle(hall, door.stick)

    monkeypatch.setattr(signing, "org_key", lambda _org: None)  # the keyring was wiped
    signer = recovery.recovery_signer(office, tmp_path / "recovery.key", "a long phrase")
    revoked = desk_revoke.revoke(office, "Door", door.between.isoformat(), signer=signer)
    assert revoked.signed == 1 and door.admitted(office) == {0}
    carried = tmp_path / "office.mornings-bundle"
    bundle.export_bundle(office, carried)
    bundle.import_bundle(hall, carried)  # the settings in it give the hall the recovery key
    assert door.admitted(hall) == {0}
