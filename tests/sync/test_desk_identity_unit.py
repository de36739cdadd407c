"""Installing a join file's identity (`desk_identity.install`), in process: the database's own
placeholder desk goes when it did nothing but announce itself, and nothing of the other desks'
work it holds goes with it; a desk that worked stays beside the new identity."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import func, select

from mornings_desktop.errors import UserError
from mornings_desktop.ledger import org_key_store
from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Desk, Operation
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import bundle, desk_identity, join, join_file, org_records
from mornings_desktop.trust import certificates, keys
from tests.sync.file_keyring import FileKeyring

MakeDesk = Callable[..., Workspace]


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The organiser's keyring (it holds the organisation key made with the template)."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(path))
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())  # type: ignore[no-untyped-call]
    yield path
    keyring.set_keyring(before)


def _join_file(office: Workspace, name: str, tmp: Path) -> tuple[Path, str]:
    made, desk_id = desk_identity.join_file_for(
        name, "door", None, office.org_id, office.ticket_key.hex(), None
    )
    return join_file.write_join_file(tmp / f"{name}.mornings-join", made), desk_id


def _held(ws: Workspace, desk_id: str) -> tuple[int, int, int]:
    """(operations, certificates, desk rows) this database holds of `desk_id`."""
    with ws.db.read() as session:
        return (
            session.execute(
                select(func.count()).select_from(Operation).where(Operation.desk_id == desk_id)
            ).scalar_one(),
            session.execute(
                select(func.count())
                .select_from(CertificateRow)
                .where(CertificateRow.desk_id == desk_id)
            ).scalar_one(),
            session.execute(
                select(func.count()).select_from(Desk).where(Desk.id == desk_id)
            ).scalar_one(),
        )


def test_joining_removes_only_the_placeholder_desk_never_the_others_work(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, laptop = make_desk("Office"), make_desk("Laptop")
    mornings.create(office, mornings.MorningInput(title="A", date="2026-12-10"))
    bundle.export_bundle(office, tmp_path / "office.bundle")
    bundle.import_bundle(laptop, tmp_path / "office.bundle")  # the office's work, by USB stick
    placeholder = laptop.desk_id
    office_held = _held(laptop, office.desk_id)
    assert office_held[0] >= 2 and office_held[2] == 1
    assert _held(laptop, placeholder)[0] == 1  # it only announced itself, unpushed

    path, desk_id = _join_file(office, "Porte 1", tmp_path)
    join.join_with_file(laptop, path)
    assert laptop.desk_id == desk_id
    assert _held(laptop, placeholder) == (0, 0, 0)  # the placeholder is gone
    assert _held(laptop, office.desk_id) == office_held  # the office's work is all there
    assert [m.title for m in mornings.list_mornings(laptop)] == ["A"]
    assert _held(laptop, desk_id)[0] == 1 and _held(laptop, desk_id)[2] == 1


def test_a_desk_that_worked_stays_beside_its_new_identity(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, laptop = make_desk("Office"), make_desk("Laptop")
    mornings.create(laptop, mornings.MorningInput(title="B", date="2026-12-11"))
    before = laptop.desk_id
    held = _held(laptop, before)
    path, desk_id = _join_file(office, "Porte 2", tmp_path)
    join.join_with_file(laptop, path)
    assert laptop.desk_id == desk_id
    assert _held(laptop, before) == held and held[0] == 2
    assert [m.title for m in mornings.list_mornings(laptop)] == ["B"]


def test_a_join_file_with_the_organisation_key_and_no_settings_is_refused(
    make_desk: MakeDesk,
) -> None:
    office = make_desk("Office")
    made, _ = desk_identity.join_file_for(
        "Porte 3", "door", None, office.org_id, office.ticket_key.hex(), None
    )
    desk_identity.check(made)  # the control: the file as issued
    with pytest.raises(UserError, match="organisation settings in this join file are not"):
        desk_identity.check(dataclasses.replace(made, settings=None))


@pytest.mark.parametrize("existing", [False, True])
def test_the_join_files_recovery_key_replaces_the_one_the_desk_held(
    make_desk: MakeDesk, tmp_path: Path, existing: bool
) -> None:
    """A join file is a trusted anchor (the organiser made it): the recovery key its signed
    settings name replaces one the desk held, for a new identity and for an existing desk's."""
    office, laptop = make_desk("Office"), make_desk("Laptop")
    org_key_store.save_recovery_public(office.org_id, keys.public_text(keys.new_key()))
    made, _ = desk_identity.join_file_for(
        "Porte 4", "door", None, office.org_id, office.ticket_key.hex(), None
    )
    named = desk_identity._settings(made)
    assert named is not None and named[0].recovery_public_key
    desk_identity.install(laptop, made)
    if existing:  # `hub add-desk --existing`: the certificate the laptop holds, no desk key
        made = dataclasses.replace(made, desk_key=None)
        assert made.for_existing_desk
    stale = keys.public_text(keys.new_key())
    with laptop.db.write() as session:
        meta.put(session, org_records.RECOVERY_PUBLIC_KEY, stale)
    if existing:
        desk_identity.install_existing(laptop, made)
    else:
        desk_identity.install(laptop, made)
    assert laptop.meta(org_records.RECOVERY_PUBLIC_KEY) == named[0].recovery_public_key != stale


def test_install_says_whether_the_file_carried_an_identity(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    office, laptop = make_desk("Office"), make_desk("Laptop")
    made, desk_id = desk_identity.join_file_for(
        "Porte 5", "door", None, office.org_id, office.ticket_key.hex(), None
    )
    before = laptop.desk_id
    assert desk_identity.install(laptop, dataclasses.replace(made, certificate=None)) is False
    assert laptop.desk_id == before  # nothing installed
    assert desk_identity.install(laptop, made) is True
    assert laptop.desk_id == desk_id


def test_the_joined_identity_is_this_databases_own_desk_when_it_is_opened_again(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """The desk the join file names is a local desk of this database: opened again by its name
    (as the window and the CLI do), the database is that desk, not a new one of the same name."""
    office, laptop = make_desk("Office"), make_desk("Laptop")
    path, desk_id = _join_file(office, "Porte 6", tmp_path)
    join.join_with_file(laptop, path)
    file = laptop.db.path
    laptop.close()
    again = Workspace.open(file, "Porte 6", backup_on_migrate=False)
    try:
        assert again.desk_id == desk_id
        with again.db.read() as session:
            named = session.execute(
                select(Desk.id, Desk.is_local).where(Desk.name == "Porte 6")
            ).all()
        assert [tuple(row) for row in named] == [(desk_id, True)]
    finally:
        again.close()


BAD_IDENTITY = "The desk identity in this join file does not hold together"


def _tampered(made: join_file.JoinFile, how: str) -> join_file.JoinFile:
    """`made` with one part changed the way an edited or mixed-up file would have it."""
    cert, _signed, _key = desk_identity._read(made) or pytest.fail("no identity")
    other = keys.new_key()
    if how == "certificate signed by another key":
        forged = certificates.issue_certificate(other, cert)
        return dataclasses.replace(made, certificate=forged.to_json())
    if how == "another organisation":
        return dataclasses.replace(made, org_id=str(uuid.uuid4()))
    if how == "another role":
        return dataclasses.replace(made, role="organiser")
    if how == "another desk key":
        return dataclasses.replace(made, desk_key=keys.private_text(other))
    if how == "a desk key that is no key":
        return dataclasses.replace(made, desk_key="not a key")
    raise AssertionError(how)


@pytest.mark.parametrize(
    "how",
    [
        "certificate signed by another key",
        "another organisation",
        "another role",
        "another desk key",
        "a desk key that is no key",
    ],
)
def test_a_join_file_whose_identity_does_not_hold_together_is_refused(
    make_desk: MakeDesk, how: str
) -> None:
    office, laptop = make_desk("Office"), make_desk("Laptop")
    made, _ = desk_identity.join_file_for(
        "Porte 8", "door", None, office.org_id, office.ticket_key.hex(), None
    )
    desk_identity.check(made)  # the control: the file as issued
    bad = _tampered(made, how)
    with pytest.raises(UserError, match=BAD_IDENTITY):
        desk_identity.check(bad)
    before = laptop.desk_id
    with pytest.raises(UserError, match=BAD_IDENTITY):
        desk_identity.install(laptop, bad)
    assert laptop.desk_id == before


def test_settings_signed_by_another_key_are_refused(make_desk: MakeDesk) -> None:
    office = make_desk("Office")
    made, _ = desk_identity.join_file_for(
        "Porte 9", "door", None, office.org_id, office.ticket_key.hex(), None
    )
    forged = org_records.make_settings(keys.new_key(), office.org_id, office.ticket_key.hex(), "")
    with pytest.raises(UserError, match="organisation settings in this join file are not"):
        desk_identity.check(dataclasses.replace(made, settings=forged.to_json()))


def test_a_join_file_without_a_certificate_carries_no_identity(make_desk: MakeDesk) -> None:
    """Made by an older version on a computer without the organisation key: the organisation's
    key is there, the certificate is not."""
    office = make_desk("Office")
    made, _ = desk_identity.join_file_for(
        "Porte 10", "door", None, office.org_id, office.ticket_key.hex(), None
    )
    with pytest.raises(UserError, match="carries no desk identity"):
        desk_identity.check(dataclasses.replace(made, certificate=None))


@pytest.mark.parametrize(("length", "kept"), [(200, 200), (201, 200)])
def test_a_desk_name_is_certified_up_to_200_characters(
    make_desk: MakeDesk, length: int, kept: int
) -> None:
    office = make_desk("Office")
    name = "P" * length
    made, _ = desk_identity.join_file_for(
        name, "door", None, office.org_id, office.ticket_key.hex(), None
    )
    cert, _signed, _key = desk_identity._read(made) or pytest.fail("no identity")
    assert cert.name == name[:kept] and len(cert.name) == kept


def test_a_laptop_that_knew_the_desk_from_its_bundles_becomes_it_without_a_second_row(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """A replacement laptop given the join file of a desk whose work it already imported (the
    desk row came with its bundle): it becomes that desk, and the desk is listed once."""
    office, first, second = make_desk("Office"), make_desk("Laptop 1"), make_desk("Laptop 2")
    path, desk_id = _join_file(office, "Porte 11", tmp_path)
    join.join_with_file(first, path)  # a door desk: it announces itself, certified
    bundle.export_bundle(first, tmp_path / "first.bundle")
    bundle.import_bundle(second, tmp_path / "first.bundle")
    held = _held(second, desk_id)
    assert held[2] == 1 and held[0] >= 1
    join.join_with_file(second, path)
    assert second.desk_id == desk_id
    assert _held(second, desk_id) == held  # the same desk, its work, listed once
