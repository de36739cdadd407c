"""The hub's error type and the address as it may be shown: below `hub_schema` (which connects
and explains failures) and `hub_words` (which words them), so neither imports the other's
importer."""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

from mornings_desktop.errors import UserError


class HubError(UserError):
    """The hub cannot be used (unreachable, wrong password, another organisation, newer version)."""


def redact(url: str) -> str:
    """The URL without its password (what may be shown and stored)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{quote(user, safe='')}@{netloc}"))
