"""A bundle signed under the organisation's new key, read by a desk that has not taken the
rotation yet: the rotation is found among the file's record lines wherever it stands among them
(after revocations, after other certificates, last before the trailer), and a record line that is
not JSON is named by its number, not taken for a forgery."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mornings_desktop.ledger import signing
from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle, org_records, recovery
from mornings_desktop.sync.bundle import BundleError
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.test_bundle_read import _seal

MakeDesk = Callable[..., Workspace]
PHRASE = "recovery phrase"
file_keyring = lifecycle.file_keyring  # the organiser's keyring (autouse)


@pytest.fixture(autouse=True)
def template_key_kept() -> Iterator[None]:
    """The rotation replaces the template organisation's key this process keeps: put it back."""
    kept = dict(signing._cache)
    yield
    signing._cache.clear()
    signing._cache.update(kept)


class Scene:
    """The office rotates the organisation key; the hall, which holds the recovery key from the
    office's earlier bundle, has not taken the rotation. `records`: the office's record lines
    after the rotation, the rotation apart."""

    def __init__(self, make_desk: MakeDesk, tmp: Path) -> None:
        self.tmp = tmp
        self.office, self.hall = make_desk("Office"), make_desk("Hall")
        key_file = tmp / "recovery.key"
        recovery.export_recovery_key(self.office, key_file, PHRASE)
        bundle.export_bundle(self.office, tmp / "before.bundle")
        bundle.import_bundle(self.hall, tmp / "before.bundle")
        old_key = self.hall.meta(signing.ORG_PUBLIC_KEY)
        recovery.rotate(self.office, key_file, PHRASE)
        assert self.office.meta(signing.ORG_PUBLIC_KEY) != old_key
        mornings.create(self.office, mornings.MorningInput(title="After", date="2026-12-10"))
        bundle.export_bundle(self.office, tmp / "after.bundle")
        entries = bundle.read_bundle(self.office, tmp / "after.bundle")
        records = [e for e in entries if set(e) == {"certificate"}]
        self.ops = [e for e in entries if set(e) not in ({"certificate"}, {"revocation"})]
        with self.hall.db.read() as session:
            rotations = [r for r in records if org_records.rotated_key(session, [r["certificate"]])]
        assert len(rotations) == 1
        self.rotation = rotations[0]
        self.others = [r for r in records if r is not self.rotation]
        assert self.others  # the office's re-issued certificate, the settings
        self.old_key = old_key

    def sealed(self, name: str, entries: list[Any], raw: tuple[bytes, ...] = ()) -> Path:
        path = self.tmp / name
        lines = [*raw, *(json.dumps(e).encode() for e in entries)]
        _seal(path, self.office, lines)
        return path


@pytest.fixture
def scene(make_desk: MakeDesk, tmp_path: Path) -> Scene:
    return Scene(make_desk, tmp_path)


def _took_it(scene: Scene, path: Path) -> None:
    bundle.import_bundle(scene.hall, path)
    assert scene.hall.meta(signing.ORG_PUBLIC_KEY) == scene.office.meta(signing.ORG_PUBLIC_KEY)


def test_the_rotation_is_found_after_the_other_records_and_last_before_the_trailer(
    scene: Scene,
) -> None:
    _took_it(scene, scene.sealed("last.bundle", [*scene.others, scene.rotation]))


def test_the_rotation_is_found_after_revocation_lines(scene: Scene) -> None:
    """Revocation lines may come first: a desk reads on past them (a forged one is ignored
    when the revocations are admitted)."""
    revocation = {"revocation": {"body": "e30", "sig": "AAAA"}}
    path = scene.sealed(
        "revoked-first.bundle", [revocation, scene.rotation, *scene.others, *scene.ops]
    )
    _took_it(scene, path)
    assert [m.title for m in mornings.list_mornings(scene.hall)] == ["After"]


def test_a_record_line_that_is_not_json_is_named_not_taken_for_a_forgery(scene: Scene) -> None:
    path = scene.sealed("broken.bundle", [scene.rotation], raw=(b'{"certificate": {"body"',))
    with pytest.raises(BundleError) as refused:
        bundle.import_bundle(scene.hall, path)
    assert refused.value.params["line"] == 2
    assert str(refused.value.params["detail"]).startswith("line is not JSON")
    assert scene.hall.meta(signing.ORG_PUBLIC_KEY) == scene.old_key
