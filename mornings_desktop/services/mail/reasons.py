"""Why a message was not sent: a reason code with its values, worded in the reader's language.

A mail failure is a `MailError` carrying a `code` (`dns`, `login_refused`, `refused_recipient`…)
and the values its sentence needs (host, address, the server's answer). The outbox stores the code
and the values (`encode`), never a sentence in one language: the window words it with Qt's
translator and the command line with the compiled catalogue of `--lang` (`describe`). The
server's own answer is only ever a value inside a translated sentence. Rows written before codes
existed hold an English sentence; `describe` shows it as it is.
"""

from __future__ import annotations

import json

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.wording.tr import Translate, english

CONTEXT = "errors"

# code -> the English source of its sentence (translated in the "errors" context).
REASONS: dict[str, str] = {
    "dns": QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} cannot be found (DNS); check its name and this computer's network.",
    ),
    "certificate": QT_TRANSLATE_NOOP(
        "errors",
        "The certificate of the mail server {host} does not verify ({detail}); check the server "
        "name or give its authority with --cafile.",
    ),
    "login_not_offered": QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} does not accept a login on this connection; check the security "
        "setting (a login usually needs starttls or tls).",
    ),
    "tls": QT_TRANSLATE_NOOP(
        "errors",
        "A secure (TLS) connection with the mail server {host}:{port} failed ({detail}); check the "
        "security setting (starttls, tls or none) and the port.",
    ),
    "login_refused": QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} refused the login {user}: check the user name and the password.",
    ),
    "server_answer": QT_TRANSLATE_NOOP("errors", "The mail server {host} answered {answer}."),
    "connect": QT_TRANSLATE_NOOP(
        "errors",
        "Cannot connect to the mail server {host}:{port} ({detail}); check the port and that the "
        "server is running.",
    ),
    "refused_message": QT_TRANSLATE_NOOP(
        "errors", "The mail server refused the message: {answer}."
    ),
    "connection_lost": QT_TRANSLATE_NOOP(
        "errors", "The connection to the mail server was lost while sending ({detail})."
    ),
    "refused_sender": QT_TRANSLATE_NOOP(
        "errors",
        "The mail server refused the sender address {address} ({answer}); use an address this "
        "login may send from.",
    ),
    "refused_recipient": QT_TRANSLATE_NOOP(
        "errors", "The mail server refused the recipient {address} ({answer})."
    ),
    "stopped_while_sending": QT_TRANSLATE_NOOP(
        "errors",
        "The program stopped while this message was being sent; the server may have it: send it "
        "again only if the person did not get it.",
    ),
}


class MailError(UserError):
    """A mail failure a person can act on. `code`: its key in REASONS; `temporary`: worth
    retrying later (4xx, timeouts, lost connection); `maybe_sent`: the server may have accepted
    the message (lost during DATA)."""

    code = ""
    temporary = False
    maybe_sent = False

    def with_flags(self, *, temporary: bool = False, maybe_sent: bool = False) -> MailError:
        self.temporary, self.maybe_sent = temporary, maybe_sent
        return self


def mail_error(code: str, **params: object) -> MailError:
    """The MailError of reason `code` (one of REASONS) with the values of its sentence."""
    error = MailError(REASONS[code], **params)
    error.code = code
    return error


def encode(error: MailError) -> str:
    """What the outbox stores for `error`: its code and values (JSON), no sentence."""
    return store(error.code, **error.params)


def store(code: str, **params: object) -> str:
    """The stored form of reason `code` with `params`."""
    if code not in REASONS:
        raise KeyError(code)
    values = {k: " ".join(str(v).split()) for k, v in params.items()}
    return json.dumps({"code": code, "params": values}, ensure_ascii=False, sort_keys=True)


def decode(stored: str) -> tuple[str, dict[str, str]] | None:
    """(code, values) of a stored reason; None for an empty or pre-code (plain text) one."""
    if not stored.startswith("{"):
        return None
    try:
        data = json.loads(stored)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("code") not in REASONS:
        return None
    params = data.get("params") or {}
    return str(data["code"]), {str(k): str(v) for k, v in dict(params).items()}


def code_of(stored: str) -> str:
    """The reason code of a stored reason ("" when it has none)."""
    found = decode(stored)
    return found[0] if found else ""


def describe(stored: str, translate: Translate = english) -> str:
    """The stored reason as one sentence in the language of `translate` (Qt's or `catalogue`)."""
    found = decode(stored)
    if found is None:
        return stored  # a sentence written before reasons had codes
    code, params = found
    template = translate(CONTEXT, REASONS[code], None, -1)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return REASONS[code].format(**params)
