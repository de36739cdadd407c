"""What a bundle carries (DESIGN §6, "Bundles"): by default every operation the desk holds, so two
desks that exchange files learn each other's earlier admissions, even those the hub already has;
`--since-hub` writes the smaller file of what the hub has not confirmed."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from mornings_desktop.services import checkin
from mornings_desktop.sync import bundle
from tests.sync import test_desk_lifecycle as lifecycle
from tests.sync.conftest import REPO, cli, cli_env
from tests.sync.test_desk_lifecycle import Site

admin = lifecycle.admin
file_keyring = lifecycle.file_keyring
site = lifecycle.site


def test_two_desks_exchanging_default_bundles_learn_each_others_earlier_admissions(
    site: Site, tmp_path: Path
) -> None:
    first, second = site.join("Door 1"), site.join("Door 2")
    site.sync(first)
    site.sync(second)
    site.admit(first, 0)
    site.sync(first)  # admission 0 reaches the hub; then the network goes away
    site.admit(second, 1)  # the second door was offline already: it never pulled admission 0

    bundle.export_bundle(first, tmp_path / "first.mornings-bundle")
    bundle.export_bundle(second, tmp_path / "second.mornings-bundle")
    bundle.import_bundle(second, tmp_path / "first.mornings-bundle")
    bundle.import_bundle(first, tmp_path / "second.mornings-bundle")

    assert site.admitted(first) == site.admitted(second) == {0, 1}
    again = checkin.scan(second, site.morning, site.codes[0])
    assert again.result != "admitted"  # the person admitted at door 1 is not let in twice


def test_since_hub_writes_only_what_the_hub_has_not_confirmed(site: Site, tmp_path: Path) -> None:
    door = site.join("Door")
    site.sync(door)
    site.admit(door, 0)
    site.sync(door)
    site.admit(door, 1)
    every = bundle.export_bundle(door, tmp_path / "all.mornings-bundle")
    since = bundle.export_bundle(door, tmp_path / "since.mornings-bundle", since_hub=True)
    assert since.count == 1  # admission 1 only
    assert every.count > since.count + 1  # the office's Morning and registrations, admission 0
    # Both are complete, signed files another desk accepts.
    other = site.join("Other")
    assert bundle.import_bundle(other, tmp_path / "since.mornings-bundle").applied == 1
    whole = bundle.import_bundle(other, tmp_path / "all.mornings-bundle")
    assert (whole.read, whole.quarantined) == (every.count, 0)


def test_export_command_default_and_since_hub(site: Site, tmp_path: Path) -> None:
    door = site.join("Door")
    site.sync(door)
    site.admit(door, 0)
    site.sync(door)
    site.admit(door, 1)
    door.close()
    runs = {}
    for name, extra in (("default", []), ("since", ["--since-hub"])):
        out = tmp_path / f"{name}.mornings-bundle"
        done = subprocess.run(
            cli("--db", str(door.path), "sync", "export", "-o", str(out), *extra, "--json"),
            cwd=REPO,
            env=cli_env(),
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        runs[name] = json.loads(done.stdout)["count"]
    assert runs["since"] == 1 and runs["default"] > 2
    helped = subprocess.run(
        cli("sync", "export", "--help"), cwd=REPO, env=cli_env(), capture_output=True, text=True
    )
    assert "--since-hub" in helped.stdout
