"""Bundle files: the same semantics as the hub; damaged, foreign or newer files change nothing."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle
from mornings_desktop.sync.bundle import BundleError
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.conftest import REPO, cli, cli_env

MakeDesk = Callable[..., Workspace]
# Keys in one file keyring, read by this process and by the commands it runs (`sync export` signs
# with the desk's key): without it, this process may keep them where the commands do not look.
file_keyring = lifecycle.file_keyring


def _titles(ws: Workspace) -> list[str]:
    return sorted(m.title for m in mornings.list_mornings(ws))


def _ops(ws: Workspace) -> int:
    from sqlalchemy import func, select

    from mornings_desktop.store.schema import Operation

    with ws.db.read() as session:
        return int(session.execute(select(func.count()).select_from(Operation)).scalar_one())


def test_export_import_both_ways(make_desk: MakeDesk, tmp_path: Path) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    mornings.create(b, mornings.MorningInput(title="B", date="2026-12-11"))
    out = bundle.export_bundle(a, tmp_path / "a.bundle")
    assert out.count == 2
    first = bundle.import_bundle(b, tmp_path / "a.bundle")
    assert (first.read, first.applied, first.already) == (2, 2, 0)
    again = bundle.import_bundle(b, tmp_path / "a.bundle")
    assert (again.applied, again.already) == (0, 2)
    bundle.export_bundle(b, tmp_path / "b.bundle")
    bundle.import_bundle(a, tmp_path / "b.bundle")
    assert _titles(a) == _titles(b) == ["A", "B"]


@pytest.mark.parametrize("damage", ["truncate", "alter", "drop_trailer", "newer", "not_bundle"])
def test_damaged_bundle_changes_nothing(make_desk: MakeDesk, tmp_path: Path, damage: str) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    for i in range(5):
        mornings.create(a, mornings.MorningInput(title=f"M{i}", date="2026-12-10"))
    path = tmp_path / "a.bundle"
    bundle.export_bundle(a, path)
    data = path.read_bytes()
    lines = data.split(b"\n")
    if damage == "truncate":
        path.write_bytes(data[: len(data) * 2 // 3])
    elif damage == "alter":
        changed = bytearray(data)
        changed[-30] ^= 1
        path.write_bytes(bytes(changed))
    elif damage == "drop_trailer":
        path.write_bytes(b"\n".join(lines[:-2]) + b"\n")
    elif damage == "newer":
        header = json.loads(lines[0])
        header["version"] = 99
        path.write_bytes(json.dumps(header).encode() + b"\n" + b"\n".join(lines[1:]))
    else:
        path.write_bytes(b"PK\x03\x04 not a bundle")
    before = _ops(b)
    expected = {
        "truncate": "altered",
        "alter": "altered",
        "drop_trailer": "altered",
        "newer": "newer version",
        "not_bundle": "not a Mornings bundle",
    }[damage]
    with pytest.raises(BundleError, match=expected):
        bundle.import_bundle(b, path)
    assert _ops(b) == before and _titles(b) == []


def test_bundle_of_another_organisation(make_desk: MakeDesk, tmp_path: Path) -> None:
    stranger = make_desk("Ailleurs", fresh_org=True)
    mornings.create(stranger, mornings.MorningInput(title="X", date="2026-12-10"))
    bundle.export_bundle(stranger, tmp_path / "x.bundle")
    b = make_desk("Accueil 2")
    with pytest.raises(BundleError, match="another organisation"):
        bundle.import_bundle(b, tmp_path / "x.bundle")
    assert _titles(b) == []


def test_bundle_commands(make_desk: MakeDesk, tmp_path: Path) -> None:
    a = make_desk("Accueil 1")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    b = make_desk("Accueil 2")
    a.close()
    b.close()
    env = cli_env()
    path = tmp_path / "out.bundle"
    done = subprocess.run(
        cli("--db", str(a.path), "sync", "export", "-o", str(path), "--json"),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["count"] == 2
    imported = subprocess.run(
        cli("--db", str(b.path), "sync", "import", str(path), "--json"),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["applied"] == 2
    path.write_bytes(path.read_bytes()[:-40])
    broken = subprocess.run(
        cli("--db", str(b.path), "sync", "import", str(path)),
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert broken.returncode == 2 and "nothing was imported" in broken.stderr


def test_a_bundle_carries_the_people_it_names_and_counts_what_was_there(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """A person's details travel in the bundle beside the operation that names them (they are
    kept apart from it, to be erasable), and the import counts what was new, what the desk
    already held and what it refused."""
    from mornings_desktop.services import people, registrations
    from tests.sync.test_poison import _write_bundle

    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    with a.transaction() as tx:
        person = registrations.add_person(tx, {"first_name": "Nadia", "email": "nadia@exemple.ma"})
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    bundle.export_bundle(a, tmp_path / "first.bundle")
    first = bundle.import_bundle(b, tmp_path / "first.bundle")
    held = first.read  # the operations the first file holds (its certificates not counted)
    assert (first.applied, first.already, first.quarantined) == (held, 0, 0) and held >= 2
    row = people.get_person(b, person)
    assert (row.first_name, row.email) == ("Nadia", "nadia@exemple.ma")

    mornings.create(a, mornings.MorningInput(title="B", date="2026-12-11"))
    mornings.create(a, mornings.MorningInput(title="C", date="2026-12-12"))
    bundle.export_bundle(a, tmp_path / "second.bundle")
    entries = bundle.read_bundle(a, tmp_path / "second.bundle")
    _write_bundle(tmp_path / "third.bundle", a, [*entries, {"sig": "AAAA", "body": "forged"}])
    third = bundle.import_bundle(b, tmp_path / "third.bundle")
    assert (third.read, third.applied, third.already, third.quarantined) == (held + 3, 2, held, 1)
    assert _titles(b) == ["A", "B", "C"]
