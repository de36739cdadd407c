"""`hub add-desk NAME --existing` and `join` of its file, in process (`test_join_existing.py` runs
the command line in a child process, where `make mutants` never reaches `hub_existing` and
`desk_identity.check_existing/install_existing`): the certificate the organiser holds goes to the
hub, a laptop that is not that desk is refused before the first contact (the file is not spent),
the right one keeps its identity; an unknown name, a computer without the organisation key and a
join file whose certificate another key signed are refused in one sentence."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import psycopg
import pytest

from mornings_desktop.errors import UserError
from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import (
    client,
    credentials,
    desk_identity,
    hub_existing,
    join,
    join_file,
    join_offline,
    org_records,
)
from mornings_desktop.trust import certificates, keys
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_desk_lifecycle import Site
from tests.sync.test_join_existing import _desk_of, _offline_laptop

admin = lifecycle.admin
file_keyring = lifecycle.file_keyring
site = lifecycle.site


def _laptop_and_hub_file(site: Site) -> tuple[Workspace, Path]:
    usb = site.tmp / "porte-usb.mornings-join"
    join_offline.issue_files(site.admin, "Porte USB", "door", usb)
    laptop = _offline_laptop(site, "Laptop", usb)
    hub_file = site.tmp / "porte-usb-hub.mornings-join"
    issued = hub_existing.issue_existing(site.hub, site.admin, "Porte USB", hub_file)
    assert (issued.desk, issued.role, issued.file) == ("Porte USB", "door", str(hub_file))
    assert hub_file.stat().st_mode & 0o777 == 0o600
    return laptop, hub_file


def test_an_existing_desk_gets_a_hub_and_keeps_its_identity(site: Site) -> None:
    laptop, hub_file = _laptop_and_hub_file(site)
    desk_id = _desk_of(laptop)
    site.admit(laptop, 0)
    made = join_file.read_join_file(hub_file)
    assert made.for_existing_desk and made.desk_key is None and made.org_public_key
    with psycopg.connect(site.hub) as conn:
        claim = conn.execute(
            "SELECT c.login FROM mornings.desk_claims c WHERE c.desk_id = %s", (desk_id,)
        ).fetchone()
        held = conn.execute(
            "SELECT login FROM mornings.certificates WHERE digest = %s",
            (certificates.Signed.from_json(made.certificate).digest,),  # type: ignore[union-attr]
        ).fetchone()
    assert claim == (made.login,) and held == (made.login,)

    other = site.make_desk("Other")
    with pytest.raises(UserError, match="is for the desk Porte USB, which this computer is not"):
        join.join_with_file(other, hub_file)
    with laptop.db.write() as session:  # what install_existing writes, taken out first
        meta.put(session, signing.ORG_PUBLIC_KEY, "")
        meta.put(session, org_records.SETTINGS_RECORD, "")
    kept = signing.desk_key(laptop.org_id, laptop.desk_id)
    assert kept is not None
    signing.keep_desk_key(laptop.org_id, laptop.desk_id, keys.new_key())  # another key here
    with pytest.raises(UserError, match="is for the desk Porte USB, which this computer is not"):
        join.join_with_file(laptop, hub_file)
    signing.keep_desk_key(laptop.org_id, laptop.desk_id, kept)
    joined = join.join_with_file(laptop, hub_file)  # not spent by the wrong laptop
    assert joined.error is None, joined.error
    # The one-time password was replaced by one only this laptop knows: 32 random bytes.
    own = psycopg.conninfo.conninfo_to_dict(credentials.complete_url(laptop.meta(client.HUB_URL)))
    assert len(str(own["password"])) == 43 and own["password"] not in hub_file.read_text()
    assert _desk_of(laptop) == desk_id == laptop.desk_id, "the laptop keeps its identity"
    assert laptop.meta(signing.ORG_PUBLIC_KEY) == made.org_public_key
    assert laptop.meta(org_records.SETTINGS_RECORD)
    site.admit(laptop, 1)
    site.sync(laptop)
    with psycopg.connect(site.hub) as conn:
        desks = conn.execute(
            "SELECT DISTINCT desk_id FROM mornings.ops WHERE type = 'checkin.created'"
        ).fetchall()
    assert desks == [(desk_id,)]


def test_the_newest_certificate_of_the_name_or_the_desk_id_is_found(site: Site) -> None:
    usb = site.tmp / "porte-usb.mornings-join"
    join_offline.issue_files(site.admin, "Porte USB", "door", usb)
    cert, _signed = hub_existing.find_certificate(site.admin, "Porte USB")
    by_id, _ = hub_existing.find_certificate(site.admin, cert.desk_id)
    assert by_id == cert and cert.role == "door"
    with pytest.raises(UserError, match="holds no certificate of a desk named Nobody"):
        hub_existing.find_certificate(site.admin, "Nobody")
    # A newer certificate of the same desk (a changed role) is the one taken.
    newer = dataclasses.replace(cert, role="organiser", issued="2099-01-01T00:00:00Z")
    org_key = signing.org_key(site.admin.org_id)
    assert org_key is not None
    with site.admin.db.write() as session:
        signing.store_certificate(session, newer, certificates.issue_certificate(org_key, newer))
    assert hub_existing.find_certificate(site.admin, "Porte USB")[0] == newer
    # One signed by another key is not this organisation's.
    stranger = dataclasses.replace(cert, name="Forged", issued="2099-01-02T00:00:00Z")
    with site.admin.db.write() as session:
        signed = certificates.issue_certificate(keys.new_key(), stranger)
        record = signed.to_json()
        session.add(
            CertificateRow(
                digest=signed.digest, org_id=stranger.org_id, desk_id=stranger.desk_id,
                name=stranger.name, role=stranger.role, public_key=stranger.public_key,
                body=record["body"], sig=record["sig"],
            )
        )  # fmt: skip
    with pytest.raises(UserError, match="holds no certificate of a desk named Forged"):
        hub_existing.find_certificate(site.admin, "Forged")


def test_without_the_organisation_key_or_with_a_forged_certificate_nothing_joins(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, hub_file = _laptop_and_hub_file(site)
    made = join_file.read_join_file(hub_file)
    cert, _signed = hub_existing.find_certificate(site.admin, "Porte USB")
    forged_cert = certificates.issue_certificate(keys.new_key(), cert)
    bad = dataclasses.replace(made, certificate=forged_cert.to_json())
    with pytest.raises(UserError, match="does not hold together"):
        desk_identity.check_existing(laptop, bad)
    with pytest.raises(UserError, match="does not hold together"):
        desk_identity.install_existing(laptop, dataclasses.replace(made, org_public_key="x"))
    other_org = dataclasses.replace(made, org_id="another")
    with pytest.raises(UserError, match="does not hold together"):
        desk_identity.check_existing(laptop, other_org)
    desk_identity.check_existing(laptop, made)  # the laptop itself

    monkeypatch.setattr(signing, "org_key", lambda _org: None)
    with pytest.raises(UserError, match="does not hold the organisation key"):
        hub_existing.issue_existing(site.hub, site.admin, "Porte USB", site.tmp / "again.join")
    assert not (site.tmp / "again.join").exists()
