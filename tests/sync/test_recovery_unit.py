"""The recovery key in process: exported once unless --again, never over a file; and a rotation's
re-issued certificate must differ from the old one (certificates are kept by the
digest of their body): its `issued` is now, or one second after the last issue."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mornings_desktop.errors import UserError
from mornings_desktop.ledger import signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import recovery
from mornings_desktop.trust import keys


def test_a_reissued_certificate_is_issued_now_or_a_second_after_the_last_issue() -> None:
    assert recovery._later("2026-12-01T09:00:05Z", "2026-12-01T09:00:04Z") == "2026-12-01T09:00:05Z"
    assert recovery._later("2026-12-01T09:00:05Z", "2026-12-01T09:00:05Z") == "2026-12-01T09:00:06Z"
    assert recovery._later("2026-12-01T09:00:05Z", "2026-12-01T09:10:00Z") == "2026-12-01T09:10:01Z"


def test_a_second_export_needs_again_and_never_overwrites_a_file(
    make_desk: Callable[..., Workspace], tmp_path: Path
) -> None:
    ws = make_desk("Bureau")
    assert recovery.exported_at(ws) is None
    first = recovery.export_recovery_key(ws, tmp_path / "r1.key", "a long phrase")
    assert first.again is False and recovery.exported_at(ws) == first.exported_at
    with pytest.raises(UserError, match="already exists"):
        recovery.export_recovery_key(ws, tmp_path / "r1.key", "a long phrase", again=True)
    with pytest.raises(UserError) as refused:
        recovery.export_recovery_key(ws, tmp_path / "r2.key", "a long phrase")
    when = first.exported_at[:16].replace("T", " ")
    assert f"already exported on {when};" in str(refused.value)
    assert not (tmp_path / "r2.key").exists()
    second = recovery.export_recovery_key(ws, tmp_path / "r2.key", "a long phrase", again=True)
    assert second.again is True and second.recovery_key_id != first.recovery_key_id


def test_a_new_export_replaces_the_recovery_key_desks_are_told_and_only_it_signs(
    make_desk: Callable[..., Workspace], tmp_path: Path
) -> None:
    ws = make_desk("Bureau")
    first = recovery.export_recovery_key(ws, tmp_path / "r1.key", "a long phrase")
    assert recovery.recovery_signer(ws, tmp_path / "r1.key", "a long phrase") is not None
    second = recovery.export_recovery_key(ws, tmp_path / "r2.key", "a long phrase", again=True)
    assert second.to_json() == {
        "path": str(tmp_path / "r2.key"),
        "recovery_key_id": second.recovery_key_id,
        "exported_at": second.exported_at,
        "again": True,
    }
    signer = recovery.recovery_signer(ws, tmp_path / "r2.key", "a long phrase")
    assert keys.key_id(signer) == second.recovery_key_id != first.recovery_key_id
    with pytest.raises(UserError, match="not the one this organisation's desks know"):
        recovery.recovery_signer(ws, tmp_path / "r1.key", "a long phrase")


def test_without_the_organisation_key_nothing_is_exported(
    make_desk: Callable[..., Workspace], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = make_desk("Bureau")
    monkeypatch.setattr(signing, "org_key", lambda _org: None)  # the keyring was wiped
    with pytest.raises(UserError, match="does not hold the organisation key"):
        recovery.export_recovery_key(ws, tmp_path / "r.key", "a long phrase")
    assert not (tmp_path / "r.key").exists() and recovery.exported_at(ws) is None
