"""A keyring backend for tests: a JSON file named by MORNINGS_TEST_KEYRING (no OS keyring on CI).

Selected with PYTHON_KEYRING_BACKEND=tests.sync.file_keyring.FileKeyring."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        # Once imported, keyring may pick this backend by itself (priority 1 beats `fail`): outside
        # a test that names its file (session fixtures), one file per process.
        named = os.environ.get("MORNINGS_TEST_KEYRING")
        return Path(named or Path(tempfile.gettempdir()) / f"mornings-keyring-{os.getpid()}.json")

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path().read_text()))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}|{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}|{username}", None)
        self._path().write_text(json.dumps(data))
