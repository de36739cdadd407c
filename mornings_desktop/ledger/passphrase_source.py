"""How the organisation key's passphrase is had: the source the face in use installs.

Kept apart from `org_key_store` (which imports the keyring and the ciphers) so that a command that
never opens the organisation key installs its source without importing them (start-up time:
`mornings events --json`, issue 18). The command line's source is `cli/passphrase.py`, the
window's `ui/org_passphrase.py`; the default reads the two environment variables.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError

PASSPHRASE_ENV = "MORNINGS_ORG_PASSPHRASE"
PASSPHRASE_FILE_ENV = "MORNINGS_ORG_PASSPHRASE_FILE"
Purpose = Literal["open", "new"]
# (purpose, path of the key file) -> the passphrase, or None when none can be had
PassphraseSource = Callable[[Purpose, Path], "str | None"]


def env_passphrase(purpose: Purpose, path: Path) -> str | None:
    """The passphrase named by the environment: a file (`MORNINGS_ORG_PASSPHRASE_FILE`) or the
    value itself (`MORNINGS_ORG_PASSPHRASE`); None if neither is set."""
    named = os.environ.get(PASSPHRASE_FILE_ENV)
    if named:
        try:
            return Path(named).expanduser().read_text(encoding="utf-8").strip("\r\n")
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Cannot read the passphrase file {path}: {reason}"),
                path=named,
                reason=exc.strerror or type(exc).__name__,
            ) from exc
    return os.environ.get(PASSPHRASE_ENV) or None


_source: PassphraseSource = env_passphrase


def set_passphrase_source(source: PassphraseSource | None) -> None:
    """Install how the organisation key's passphrase is asked for (None: the environment only)."""
    global _source
    _source = source or env_passphrase


def current() -> PassphraseSource:
    """The source installed (the environment's when none was)."""
    return _source
