"""`sync accept` without a hub, in process (`offline_accept.accept`; the command-line tests run it
in a child process, out of `make mutants`' reach): what a revocation refused here is taken back
one digest at a time, by a revised revocation that names it; anything else is refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mornings_desktop.errors import UserError
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle, desk_revoke, offline_accept
from mornings_desktop.sync.revocation_check import in_force
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_desk_revoke import Door

MakeDesk = Callable[..., Workspace]
file_keyring = lifecycle.file_keyring  # the organiser's keyring (autouse)


def test_taking_back_one_digest_then_the_rest(make_desk: MakeDesk, tmp_path: Path) -> None:
    door = Door(make_desk, tmp_path)
    office = make_desk("Office")
    bundle.import_bundle(office, door.stick)
    desk_revoke.revoke(office, "Door", door.between.isoformat())
    assert door.admitted(office) == {0}
    held = offline_accept.listing(office)
    assert len(held) >= 2 and [h.hlc for h in held] == sorted(h.hlc for h in held)
    assert {(h.desk_id, h.desk) for h in held} == {(door.ws.desk_id, "Door")}

    first = held[0].digest
    assert offline_accept.accept(office, [first, first]) == [first]
    assert [h.digest for h in offline_accept.listing(office)] == [h.digest for h in held[1:]]
    with office.db.read() as session:
        revised = in_force(session)[(office.org_id, door.ws.desk_id)]
    assert first in revised.accepted

    with pytest.raises(UserError, match="is not an operation a revocation refused"):
        offline_accept.accept(office, [first])  # in the log now: nothing to take back
    with pytest.raises(UserError, match="is not an operation a revocation refused"):
        offline_accept.accept(office, [held[1].digest, "ab" * 32])
    assert [h.digest for h in offline_accept.listing(office)] == [h.digest for h in held[1:]]

    rest = sorted(h.digest for h in held[1:])
    assert offline_accept.accept(office, list(reversed(rest))) == rest
    assert offline_accept.listing(office) == []
    assert door.admitted(office) == {0, 1, 2}
    with office.db.read() as session:
        again = in_force(session)[(office.org_id, door.ws.desk_id)]
    assert set(again.accepted) == {h.digest for h in held}
