"""One SMTP connection with the desk's settings, and every failure as one sentence.

`Connection.send(sender, recipient, data)` walks MAIL, RCPT and DATA itself so a failure says
whether the server may have the message: refused before DATA means "not sent" (safe to retry);
a connection lost during DATA means "unknown" (the server may have accepted it), and the outbox
never resends such a message without asking.
"""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl
from dataclasses import dataclass

from mornings_desktop.services.mail.reasons import MailError as MailError
from mornings_desktop.services.mail.reasons import mail_error
from mornings_desktop.services.mail.settings import MailSettings

TIMEOUT_S = 20.0


@dataclass(frozen=True)
class Accepted:
    answer: str  # the server's reply to the end of DATA, e.g. "250 2.0.0 Ok: queued as 1234"


def _answer(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return f"{code} {' '.join(text.split())}".strip()


def _ssl_context(settings: MailSettings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=settings.cafile or None)


def connect_error(settings: MailSettings, exc: BaseException) -> MailError:
    """The one sentence for a failure while connecting, greeting, securing or logging in."""
    host, port = settings.host, settings.port
    if isinstance(exc, socket.gaierror):
        return mail_error("dns", host=host).with_flags(temporary=True)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return mail_error("certificate", host=host, detail=exc.verify_message or str(exc.reason))
    if isinstance(exc, smtplib.SMTPException) and "AUTH" in str(exc):
        return mail_error("login_not_offered", host=host)
    if isinstance(exc, ssl.SSLError | smtplib.SMTPNotSupportedError):
        detail = " ".join(str(exc).split())[:120]
        return mail_error("tls", host=host, port=port, detail=detail)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return mail_error("login_refused", host=host, user=settings.user)
    if isinstance(exc, smtplib.SMTPResponseException):
        answer = _answer(exc.smtp_code, exc.smtp_error)
        return mail_error("server_answer", host=host, answer=answer).with_flags(
            temporary=400 <= exc.smtp_code < 500
        )
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    detail = " ".join(str(reason).split())[:120]
    return mail_error("connect", host=host, port=port, detail=detail).with_flags(temporary=True)


class Connection:
    """An open, secured and logged-in SMTP session. Use as a context manager."""

    def __init__(self, settings: MailSettings, password: str, timeout: float = TIMEOUT_S) -> None:
        self.settings = settings
        smtp: smtplib.SMTP | None = None
        try:
            if settings.security == "tls":
                smtp = smtplib.SMTP_SSL(
                    settings.host, settings.port, timeout=timeout, context=_ssl_context(settings)
                )
            else:
                smtp = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
            smtp.ehlo()
            if settings.security == "starttls":
                smtp.starttls(context=_ssl_context(settings))
                smtp.ehlo()
            if settings.user:
                _login(smtp, settings.user, password)
        except (OSError, smtplib.SMTPException) as exc:
            if smtp is not None:
                _close(smtp)
            raise connect_error(settings, exc) from None
        self.smtp = smtp

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        _close(self.smtp)

    def send(self, sender: str, recipient: str, data: bytes) -> Accepted:
        """Send `data` (a whole message) to one recipient. Raises MailError with its flags."""
        stage = "mail"
        try:
            code, reply = self.smtp.mail(sender)
            if code != 250:
                raise _refused_sender(self.settings, sender, code, reply)
            stage = "rcpt"
            code, reply = self.smtp.rcpt(recipient)
            if code not in (250, 251):
                self.smtp.rset()
                raise _refused_recipient(recipient, code, reply)
            stage = "data"
            code, reply = self.smtp.data(data)
            return Accepted(_answer(code, reply))
        except MailError:
            raise
        except smtplib.SMTPDataError as exc:  # an explicit refusal: the message was not taken
            _reset(self.smtp)
            answer = _answer(exc.smtp_code, exc.smtp_error)
            raise mail_error("refused_message", answer=answer).with_flags(
                temporary=400 <= exc.smtp_code < 500
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            detail = " ".join((str(exc) or type(exc).__name__).split())[:120]
            raise mail_error("connection_lost", detail=detail).with_flags(
                temporary=True, maybe_sent=stage == "data"
            ) from None


def _refused_sender(settings: MailSettings, sender: str, code: int, reply: bytes) -> MailError:
    return mail_error("refused_sender", address=sender, answer=_answer(code, reply)).with_flags(
        temporary=400 <= code < 500
    )


def _refused_recipient(recipient: str, code: int, reply: bytes) -> MailError:
    return mail_error(
        "refused_recipient", address=recipient, answer=_answer(code, reply)
    ).with_flags(temporary=400 <= code < 500)


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """PLAIN when offered (one exchange, so a refusal is one clear answer), else smtplib's choice."""
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in offered:
        smtp.user, smtp.password = user, password
        smtp.auth("PLAIN", smtp.auth_plain)
    else:
        smtp.login(user, password)


def _reset(smtp: smtplib.SMTP) -> None:
    with contextlib.suppress(OSError, smtplib.SMTPException):
        smtp.rset()


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()
