"""`mornings org recovery-key` on an organiser's computer without a keyring: the organisation key
file's passphrase from a file or the environment, the recovery file written once (0600)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from mornings_desktop.ledger import org_key_store, signing
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.trust import keys

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    """This computer has no keyring (another test module may have installed the test one)."""
    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(before)


def mornings(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("MORNINGS_ORG_PASSPHRASE")}
    return subprocess.run(
        [sys.executable, "-m", "mornings_desktop", "--db", str(db), *args],
        cwd=ROOT,
        env={
            **base,
            "PYTHONPATH": str(ROOT),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # no keyring here
            **env,
        },
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture
def organiser(ws: Workspace, tmp_path: Path) -> tuple[Path, Path]:
    """The organiser's database (closed) and a file holding its key's passphrase."""
    phrase = tmp_path / "org-phrase.txt"
    phrase.write_text("test passphrase\n")
    path = Path(str(ws.db.engine.url.database))
    ws.close()
    return path, phrase


def _recovery_phrase(tmp_path: Path) -> Path:
    path = tmp_path / "recovery-phrase.txt"
    path.write_text("a long recovery passphrase\n")
    return path


def test_a_wrong_passphrase_is_one_sentence_and_writes_nothing(
    organiser: tuple[Path, Path], tmp_path: Path
) -> None:
    db, _ = organiser
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n")
    out = tmp_path / "recovery.key"
    done = mornings(
        db, "org", "recovery-key", "-o", str(out), "--passphrase-file", str(wrong),
        "--recovery-passphrase-file", str(_recovery_phrase(tmp_path)),
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "does not open the key file" in done.stderr
    assert "Traceback" not in done.stderr and not out.exists()
    # The same through the environment variable, for any command that needs the key.
    env = mornings(
        db, "org", "recovery-key", "-o", str(out),
        "--recovery-passphrase-file", str(_recovery_phrase(tmp_path)),
        MORNINGS_ORG_PASSPHRASE_FILE=str(wrong),
    )  # fmt: skip
    assert env.returncode == 2 and "does not open the key file" in env.stderr


def test_no_passphrase_and_no_terminal_says_how_to_give_it(
    organiser: tuple[Path, Path], tmp_path: Path
) -> None:
    db, _ = organiser
    done = mornings(
        db, "org", "recovery-key", "-o", str(tmp_path / "r.key"),
        "--recovery-passphrase-file", str(_recovery_phrase(tmp_path)),
    )  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "MORNINGS_ORG_PASSPHRASE_FILE" in done.stderr


def test_the_recovery_key_is_exported_once(organiser: tuple[Path, Path], tmp_path: Path) -> None:
    db, phrase = organiser
    out = tmp_path / "recovery.key"
    recovery_phrase = _recovery_phrase(tmp_path)
    first = mornings(
        db, "org", "recovery-key", "-o", str(out), "--json",
        "--recovery-passphrase-file", str(recovery_phrase), MORNINGS_ORG_PASSPHRASE_FILE=str(phrase),
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    recovery = keys.load_recovery_key(out, "a long recovery passphrase")
    assert json.loads(first.stdout)["recovery_key_id"] == keys.key_id(recovery)
    with pytest.raises(keys.KeyFileError):
        keys.load_org_key(out, "a long recovery passphrase")  # its own kind of file

    again = mornings(
        db, "org", "recovery-key", "-o", str(tmp_path / "second.key"),
        "--recovery-passphrase-file", str(recovery_phrase), MORNINGS_ORG_PASSPHRASE_FILE=str(phrase),
    )  # fmt: skip
    assert again.returncode == 2 and again.stderr.count("\n") == 1
    assert "already exported on" in again.stderr and "--again" in again.stderr
    assert not (tmp_path / "second.key").exists()

    over = mornings(
        db, "org", "recovery-key", "-o", str(out), "--again",
        "--recovery-passphrase-file", str(recovery_phrase), MORNINGS_ORG_PASSPHRASE_FILE=str(phrase),
    )  # fmt: skip
    assert over.returncode == 2 and "already exists" in over.stderr  # the first file stays
    assert keys.public_text(keys.load_recovery_key(out, "a long recovery passphrase")) == (
        keys.public_text(recovery)
    )

    forced = mornings(
        db, "org", "recovery-key", "-o", str(tmp_path / "second.key"), "--again",
        "--recovery-passphrase-file", str(recovery_phrase), MORNINGS_ORG_PASSPHRASE_FILE=str(phrase),
    )  # fmt: skip
    assert forced.returncode == 0, forced.stderr
    assert "warning" in forced.stderr and "NEW recovery key" in forced.stderr
    second = keys.load_recovery_key(tmp_path / "second.key", "a long recovery passphrase")
    assert keys.public_text(second) != keys.public_text(recovery)


def test_a_plain_key_of_the_previous_build_is_encrypted_by_the_first_command_that_needs_it(
    ws: Workspace, data_dir: Path, tmp_path: Path
) -> None:
    key = signing.org_key(ws.org_id)
    assert key is not None
    org_key_store.key_file(ws.org_id).unlink()
    plain_path = data_dir / "private-keys.json"
    plain = json.loads(plain_path.read_text())
    plain[f"org-key/{ws.org_id}"] = keys.private_text(key)  # as the previous build kept it
    plain_path.write_text(json.dumps(plain))
    db = Path(str(ws.db.engine.url.database))
    ws.close()
    phrase = tmp_path / "new-phrase.txt"
    phrase.write_text("chosen at migration\n")
    done = mornings(
        db, "org", "recovery-key", "-o", str(tmp_path / "r.key"),
        "--recovery-passphrase-file", str(_recovery_phrase(tmp_path)),
        MORNINGS_ORG_PASSPHRASE_FILE=str(phrase),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"org-key/{ws.org_id}" not in json.loads(plain_path.read_text())
    opened = keys.load_org_key(org_key_store.key_file(ws.org_id), "chosen at migration")
    assert keys.private_text(opened) == keys.private_text(key)


def test_a_first_start_without_keyring_nor_passphrase_asks_to_choose_one(tmp_path: Path) -> None:
    """A new computer without a keyring makes the organisation key at first start: the sentence
    asks to choose a passphrase (there is no key yet to "give" one for), and says where."""
    done = mornings(
        tmp_path / "new.sqlite3", "demo", "--attendees", "5",
        MORNINGS_DATA_DIR=str(tmp_path / "data"), MORNINGS_LANG="en",
    )  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "choose a passphrase" in done.stderr and "is protected" not in done.stderr
    assert "MORNINGS_ORG_PASSPHRASE_FILE" in done.stderr
