"""What the repository tracks: no desk database, key file or private-key store (a profiling run
once left five desks, 115 MB with their organisation keys, in a commit), and no file over 1 MB."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = (".sqlite3", ".sqlite3-wal", ".key", "private-keys.json", ".mornings-bundle")


def _tracked() -> list[str]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    found = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    return [p for p in found.decode("utf-8").split("\0") if p]


def test_no_desk_database_or_key_is_tracked() -> None:
    tracked = _tracked()
    assert tracked
    assert [p for p in tracked if p.endswith(FORBIDDEN)] == []


def test_no_tracked_file_is_over_a_megabyte() -> None:
    sizes = {p: (ROOT / p).stat().st_size for p in _tracked() if (ROOT / p).is_file()}
    assert {p: n for p, n in sizes.items() if n > 1_000_000} == {}
