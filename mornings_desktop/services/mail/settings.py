"""Mail settings of this desk: the SMTP server, the sender, and the password in the keyring.

The settings are a local fact of this laptop (kept in the database's `meta` table, never recorded
as an operation: another desk may send through another server). The password is never stored in
the database or printed: it comes from `MORNINGS_SMTP_PASSWORD` or the operating system's keyring.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from email.headerregistry import Address
from email.utils import parseaddr
from urllib.parse import parse_qs, unquote, urlsplit

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta

META_KEY = "mail_settings"
PASSWORD_ENV = "MORNINGS_SMTP_PASSWORD"
KEYRING_SERVICE = "mornings-desktop-smtp"
SECURITIES = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    security: str  # starttls, tls or none
    user: str
    from_name: str
    from_address: str
    reply_to: str = ""
    cafile: str = ""
    rate_per_minute: int = 60

    @property
    def sender(self) -> Address:
        return Address(self.from_name, addr_spec=self.from_address)

    @property
    def keyring_entry(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def check_address(text: str) -> str:
    """`text` if it is one plain e-mail address (`name@domain.tld`); else a ValidationError."""
    value = (text or "").strip()
    local, at, domain = value.rpartition("@")
    if (
        not at
        or not local
        or "@" in local
        or "." not in domain
        or any(c.isspace() or c in '<>,;:"()[]\\' for c in value)
        or domain.startswith(".")
        or domain.endswith(".")
        or ".." in domain
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{address} is not an e-mail address."),
            address=value or "(empty)",
        )
    return value


def parse_smtp_url(url: str) -> tuple[str, int, str, str]:
    """`smtp://USER@HOST:PORT?security=starttls|tls|none` → (host, port, security, user)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Give the server as smtp://USER@HOST:PORT?security=starttls, not {url}.",
            ),
            url=url,
        )
    if parts.password:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Do not put the password in the server address; give it in "
                "MORNINGS_SMTP_PASSWORD or when asked.",
            )
        )
    query = parse_qs(parts.query)
    security = (query.get("security") or ["tls" if parts.scheme == "smtps" else "starttls"])[0]
    if security not in SECURITIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "security must be starttls, tls or none, not {value}."),
            value=security,
        )
    try:
        port = parts.port or DEFAULT_PORTS[security]
    except ValueError:
        port = 0
    if not 0 < port < 65536:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The port of {url} is not a number."), url=url
        )
    return parts.hostname, port, security, unquote(parts.username or "")


def parse_from(text: str) -> tuple[str, str]:
    """`Name <addr>` (or a bare address) → (name, address)."""
    name, address = parseaddr(text or "")
    return name.strip(), check_address(address or text)


def load(ws: Workspace) -> MailSettings | None:
    """This desk's mail settings, or None if `mornings mail setup` was never run."""
    raw = ws.meta(META_KEY)
    if not raw:
        return None
    data = json.loads(raw)
    return MailSettings(**{k: data[k] for k in MailSettings.__dataclass_fields__ if k in data})


def require(ws: Workspace) -> MailSettings:
    """The settings, or a ValidationError telling how to set them."""
    found = load(ws)
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Mail is not set up on this desk; run 'mornings mail setup' or open the mail "
                "settings.",
            )
        )
    return found


def save(ws: Workspace, settings: MailSettings) -> None:
    """Keep `settings` on this desk (no operation: they never travel)."""
    with ws.db.write() as session:
        meta.put(session, META_KEY, json.dumps(settings.to_json(), ensure_ascii=False))


def build(
    host: str,
    port: int,
    security: str,
    user: str,
    from_name: str,
    from_address: str,
    *,
    reply_to: str = "",
    cafile: str = "",
    rate_per_minute: int = 60,
) -> MailSettings:
    """Checked settings from their fields (the window's form). Raises ValidationError naming the
    first bad value; nothing is kept."""
    host = (host or "").strip()
    if not host or any(c.isspace() or c in "/@?#" for c in host):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the mail server's name, such as mail.example.ma.")
        )
    if security not in SECURITIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "security must be starttls, tls or none, not {value}."),
            value=security,
        )
    if not 0 < port < 65536:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The port must be a number from 1 to 65535."),
        )
    address = check_address(from_address)
    name = " ".join((from_name or "").split())
    if reply_to:
        reply_to = check_address(parseaddr(reply_to)[1] or reply_to)
    if cafile and not os.path.isfile(cafile):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The certificate file {file} does not exist."), file=cafile
        )
    if rate_per_minute < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The rate cannot be negative."))
    return MailSettings(
        host, port, security, (user or "").strip(), name, address, reply_to,
        os.path.abspath(cafile) if cafile else "", rate_per_minute,
    )  # fmt: skip


def configure(
    ws: Workspace,
    smtp_url: str,
    sender: str,
    *,
    reply_to: str = "",
    cafile: str = "",
    rate_per_minute: int = 60,
) -> MailSettings:
    """Check and keep the settings given as `mornings mail setup` takes them. Raises
    ValidationError naming the first bad value."""
    settings = from_url(
        smtp_url, sender, reply_to=reply_to, cafile=cafile, rate_per_minute=rate_per_minute
    )
    save(ws, settings)
    return settings


def from_url(
    smtp_url: str, sender: str, *, reply_to: str = "", cafile: str = "", rate_per_minute: int = 60
) -> MailSettings:
    """The settings `mornings mail setup` gives, checked (ValidationError naming the first bad
    value), not saved."""
    host, port, security, user = parse_smtp_url(smtp_url)
    name, address = parse_from(sender)
    return build(
        host, port, security, user, name, address, reply_to=reply_to, cafile=cafile,
        rate_per_minute=rate_per_minute,
    )  # fmt: skip


def keyring_usable() -> bool:
    import keyring

    module = type(keyring.get_keyring()).__module__
    return not (
        module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null")
    )


def store_password(settings: MailSettings, password: str) -> bool:
    """Keep the password in the keyring. Returns False when this computer has no keyring (then the
    password must be given in MORNINGS_SMTP_PASSWORD each time)."""
    if not password or not keyring_usable():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, settings.keyring_entry, password)
    except Exception:  # any backend failure means "not stored"; the caller says so
        return False
    return True


def keep(ws: Workspace, settings: MailSettings, typed: str) -> bool | None:
    """Save the settings (the window's form) and keep the password under their keyring entry.

    The entry is named by login, host and port: when one of them changed, the password moves
    with them (the one typed, else the one kept under the old entry) and the old entry goes; a
    form without a login keeps none. Returns whether a password is now stored for the login
    (False: no keyring on this computer), None when there was none to store."""
    before = load(ws)
    save(ws, settings)
    old = before.keyring_entry if before is not None and before.user else ""
    new = settings.keyring_entry if settings.user else ""
    if typed and new:
        stored = store_password(settings, typed)
        if stored and old and old != new:
            _forget(old)
        return stored
    if not old or old == new:
        return None
    kept = _stored(old)
    if not kept:
        return None
    if not new:
        _forget(old)
        return None
    stored = store_password(settings, kept)
    if stored:
        _forget(old)
    return stored


def _stored(entry: str) -> str:
    if not keyring_usable():
        return ""
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, entry) or ""
    except Exception:  # a broken backend keeps nothing
        return ""


def _forget(entry: str) -> None:
    import keyring

    # already gone, or a backend that cannot delete: nothing more to do
    with contextlib.suppress(Exception):
        keyring.delete_password(KEYRING_SERVICE, entry)


def password(settings: MailSettings) -> str:
    """The login's password: MORNINGS_SMTP_PASSWORD, else the keyring; "" when none (no login)."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not settings.user or not keyring_usable():
        return ""
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_entry) or ""
    except Exception:  # a broken backend is "no stored password": the window asks, the CLI says
        return ""
