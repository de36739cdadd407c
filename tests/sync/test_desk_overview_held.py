"""The desks an organiser desk without a hub lists (`desk_overview.held_here`), read in process
(the Desks panel runs it in a Qt thread, where coverage does not follow): one line per desk
certified here, its latest operation held here, a desk whose join file two laptops used flagged
copied, and a desk revoked here shown revoked since the revocation and disabled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from mornings_desktop.services import checkin
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_trust import CertificateRow, RevocationRow
from mornings_desktop.sync import bundle, desk_overview, desk_revoke, join, join_offline
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.registered import morning_with_codes

MakeDesk = Callable[..., Workspace]
file_keyring = lifecycle.file_keyring  # the organiser's keyring (autouse)


def _latest(ws: Workspace, desk_id: str) -> str:
    with ws.db.read() as session:
        hlc = session.execute(
            select(func.max(Operation.hlc)).where(Operation.desk_id == desk_id)
        ).scalar_one()
    moment = datetime.fromtimestamp(int(str(hlc)[:13]) / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_the_desks_held_here_with_a_copied_join_file_then_a_revocation(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office = make_desk("Office")
    morning, codes = morning_with_codes(office, 3)
    usb = tmp_path / "porte.mornings-join"
    (porte,) = join_offline.issue_files(office, "Porte USB", "door", usb)
    carried = tmp_path / "office.mornings-bundle"
    bundle.export_bundle(office, carried)
    laptops = []
    for i, name in enumerate(("First", "Second")):
        ws = make_desk(name)
        assert join.join_with_file(ws, usb).error is None
        bundle.import_bundle(ws, carried)
        assert checkin.scan(ws, morning, codes[i]).result == "admitted"
        out = tmp_path / f"{name}.mornings-bundle"
        bundle.export_bundle(ws, out)
        laptops.append((ws, out))
    before = desk_overview.held_here(office)
    assert [line.desk for line in before] == ["Office", "Porte USB"]  # by name, once each
    own, door = before
    assert (own.role, own.copied, own.revoked_since, own.disabled) == (
        "organiser", False, None, False,
    )  # fmt: skip
    assert own.last_contact == _latest(office, office.desk_id)
    assert (door.role, door.copied, door.last_contact) == ("door", False, None)
    assert (door.clock_offset_s, door.clock_off, door.set_aside) == (None, False, 0)

    for _, out in laptops:
        bundle.import_bundle(office, out)
    first, _ = laptops[0]
    door = desk_overview.held_here(office)[1]
    assert door.desk == "Porte USB" and door.copied, "two laptops write as the one desk"
    assert door.last_contact == _latest(office, first.desk_id)
    assert not desk_overview.held_here(office)[0].copied

    revoked = desk_overview.revoke(office, None, "Porte USB", None)
    assert isinstance(revoked, desk_revoke.OfflineRevoked) and revoked.signed == 1
    with office.db.read() as session:
        issued = session.execute(select(RevocationRow.issued)).scalar_one()
    door = desk_overview.held_here(office)[1]
    assert (door.revoked_since, door.disabled) == (issued, True)
    assert porte.file == str(usb)
    # The copied desk replaced by a new one of the same name: only the copied one is flagged,
    # and a second certificate of a desk (another digest) still gives it one line.
    replacement = tmp_path / "porte-2.mornings-join"
    assert desk_overview.add(office, None, "Porte USB", "door", replacement) == str(replacement)
    with office.db.write() as session:
        row = session.execute(
            select(CertificateRow).where(CertificateRow.desk_id == office.desk_id)
        ).scalar_one()
        session.add(
            CertificateRow(
                digest="0" * 64, org_id=row.org_id, desk_id=row.desk_id, name=row.name,
                role=row.role, public_key=row.public_key, body=row.body, sig=row.sig,
            )
        )  # fmt: skip
    lines = desk_overview.held_here(office)
    assert sorted((line.desk, line.copied) for line in lines) == [
        ("Office", False), ("Porte USB", False), ("Porte USB", True),
    ]  # fmt: skip
    assert [line.disabled for line in lines if line.desk == "Porte USB"].count(True) == 1


def test_a_stamp_reads_as_a_utc_instant_or_nothing() -> None:
    assert desk_overview._stamp_iso(None) is None
    assert desk_overview._stamp_iso("not a stamp") is None
    assert desk_overview._stamp_iso("1764666000123-0004") == "2025-12-02T09:00:00Z"
