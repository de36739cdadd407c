"""A join file carries the organisation's signed settings; `mornings join` installs nothing when
they were altered (DESIGN §6 "Joining"). The files are edited as a person with a text editor
would: JSON read, one value changed, written back, the checksum recomputed by a careful forger."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.database import Database
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import desk_identity, join_file, org_records
from mornings_desktop.trust import keys
from tests.sync.conftest import REPO, cli, cli_env

HUB = "postgresql://desk_porte:one-time@127.0.0.1:9/hub"  # nothing listens: never reached here
REFUSED = "organisation settings in this join file are not the ones the organisation signed"


@pytest.fixture
def join_path(ws: Workspace, tmp_path: Path) -> Path:
    made, _ = desk_identity.join_file_for(
        "Porte", "door", HUB, ws.org_id, ws.ticket_key.hex(), "hub-1"
    )
    return join_file.write_join_file(tmp_path / "porte.mornings-join", made)


def _edit(path: Path, change: dict[str, object], settings: dict[str, object] | None = None) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(change)
    if settings is not None:
        body = json.loads(data["settings"]["body"])
        body.update(settings)
        data["settings"]["body"] = json.dumps(body, sort_keys=True, separators=(",", ":"))
    data["sha256"] = join_file._digest({k: v for k, v in data.items() if k != "sha256"})
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


def _join(tmp: Path, path: Path) -> subprocess.CompletedProcess[str]:
    """`mornings join FILE` on the door laptop: its own database, data folder and keyring."""
    env = cli_env(
        {
            "MORNINGS_TEST_KEYRING": str(tmp / "door-keyring.json"),
            "MORNINGS_DATA_DIR": str(tmp / "door-data"),
        }
    )
    return subprocess.run(
        cli("--db", str(tmp / "door.sqlite3"), "join", str(path)),
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_join_file_carries_settings_signed_for_its_ticket_key(
    ws: Workspace, join_path: Path
) -> None:
    data = json.loads(join_path.read_text())
    settings = org_records.check_settings(
        data["settings"], data["org_public_key"], ws.org_id, ws.ticket_key.hex()
    )
    assert settings is not None
    assert settings.ticket_key_id == org_records.ticket_key_id(ws.ticket_key.hex())
    assert settings.ticket_key_id != ws.ticket_key.hex()  # named, not revealed
    desk_identity.check(join_file.read_join_file(join_path))  # as `mornings join` does


@pytest.mark.parametrize(
    ("change", "settings"),
    [
        ({}, {"bundle_key": keys.public_text(keys.new_key())}),  # another bundle key
        ({}, {"recovery_public_key": keys.public_text(keys.new_key())}),  # a thief's recovery key
        ({"ticket_key": "ab" * 32}, None),  # another ticket key beside untouched settings
        ({"settings": None}, None),  # settings taken out
    ],
    ids=["bundle-key", "recovery-key", "ticket-key", "removed"],
)
def test_a_join_file_with_altered_settings_is_refused_in_one_sentence(
    join_path: Path, tmp_path: Path, change: dict[str, object], settings: dict[str, object] | None
) -> None:
    _edit(join_path, change, settings)
    refused = _join(tmp_path, join_path)
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr.count("\n") == 1 and REFUSED in refused.stderr
    assert "Traceback" not in refused.stderr
    db = Database(tmp_path / "door.sqlite3")
    try:
        with db.read() as session:  # nothing installed: not this organisation, no certificate
            assert meta.get(session, meta.ORG_ID) != json.loads(join_path.read_text())["org_id"]
            assert session.query(CertificateRow).filter_by(name="Porte").count() == 0
    finally:
        db.dispose()


def test_the_unaltered_file_passes_the_check_and_goes_on_to_the_hub(
    join_path: Path, tmp_path: Path
) -> None:
    went_on = _join(tmp_path, join_path)
    assert went_on.returncode == 2
    assert REFUSED not in went_on.stderr and "does not hold together" not in went_on.stderr
