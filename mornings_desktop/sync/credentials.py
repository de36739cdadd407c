"""The desk's hub password, kept in the operating system's keyring (never in a file).

Entries are named by the hub URL without its password (login, host, database), under the service
`mornings-desktop`. When the computer has no keyring backend, the password cannot be remembered:
the person is told so, and may still give it in the URL each time.
"""

from __future__ import annotations

import keyring
import keyring.errors

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.sync.hub_schema import HubError, conninfo_params, redact, with_credentials

SERVICE = "mornings-desktop"


def entry_name(url: str) -> str:
    return redact(url)


def keyring_usable() -> bool:
    backend = keyring.get_keyring()
    module = type(backend).__module__
    return not (
        module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null")
    )


def _no_keyring() -> HubError:
    return HubError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This computer has no password store (keyring), so the hub password cannot be "
            "remembered; give the full desk URL with its password each time.",
        )
    )


def save_password(url: str) -> None:
    """Remember the password of `url` (a desk URL with its password). Raises HubError if no keyring."""
    password = conninfo_params(url).get("password")
    if not password:
        return
    if not keyring_usable():
        raise _no_keyring()
    try:
        keyring.set_password(SERVICE, entry_name(url), password)
    except keyring.errors.KeyringError as exc:
        raise HubError(
            QT_TRANSLATE_NOOP("errors", "The password store refused the hub password: {detail}"),
            detail=str(exc),
        ) from exc


def complete_url(url: str) -> str:
    """`url` with its password: as given, or from the keyring. Raises HubError if there is none."""
    params = conninfo_params(url)
    if params.get("password"):
        return url
    if not keyring_usable():
        raise _no_keyring()
    try:
        password = keyring.get_password(SERVICE, entry_name(url))
    except keyring.errors.KeyringError as exc:
        raise HubError(
            QT_TRANSLATE_NOOP("errors", "The password store cannot be read: {detail}"),
            detail=str(exc),
        ) from exc
    if not password:
        raise HubError(
            QT_TRANSLATE_NOOP(
                "errors",
                "No password is stored for the hub login {hub}; give the desk URL with its "
                "password once (Sync settings or 'mornings join').",
            ),
            hub=redact(url),
        )
    return with_credentials(url, params.get("user", ""), password)
