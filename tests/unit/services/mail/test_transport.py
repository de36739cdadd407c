"""Connecting to a real server: STARTTLS, implicit TLS, login; every failure one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from mornings_desktop.errors import ValidationError
from mornings_desktop.services.mail import settings as mail_settings
from mornings_desktop.services.mail.settings import MailSettings
from mornings_desktop.services.mail.transport import Connection, MailError
from mornings_desktop.services.mail.worker import send_one
from tests.unit.services.mail.smtp_server import PASSWORD, USER, MailServer, free_port


def _settings(server: MailServer, security: str = "starttls", **kw: object) -> MailSettings:
    values: dict[str, object] = {
        "host": "127.0.0.1", "port": server.port, "security": security, "user": USER,
        "from_name": "Club", "from_address": USER, "cafile": str(server.ca_file),
    }  # fmt: skip
    values.update(kw)
    return MailSettings(**values)  # type: ignore[arg-type]


def test_starttls_login_and_send(smtp: MailServer) -> None:
    answer = send_one(_settings(smtp), PASSWORD, "x@example.ma", b"Subject: hi\r\n\r\nhello\r\n")
    assert answer.startswith("250")
    assert smtp.handler.recipients() == ["x@example.ma"]


def test_implicit_tls(tmp_path: Path) -> None:
    server = MailServer(tmp_path, implicit_tls=True).start()
    try:
        send_one(_settings(server, "tls"), PASSWORD, "y@example.ma", b"Subject: t\r\n\r\nt\r\n")
        assert server.handler.recipients() == ["y@example.ma"]
    finally:
        server.stop()


def test_wrong_password(smtp: MailServer) -> None:
    with pytest.raises(MailError, match=r"refused the login club@example\.ma") as info:
        Connection(_settings(smtp), "wrong")
    assert not info.value.temporary


def test_unknown_host(smtp: MailServer) -> None:
    with pytest.raises(MailError, match=r"cannot be found \(DNS\)"):
        Connection(_settings(smtp, host="no-such-host.invalid"), PASSWORD)


def test_certificate_that_does_not_verify(smtp: MailServer) -> None:
    with pytest.raises(MailError, match="does not verify") as info:
        Connection(_settings(smtp, cafile=""), PASSWORD)
    assert "--cafile" in str(info.value)


def test_nobody_listening() -> None:
    settings = MailSettings("127.0.0.1", free_port(), "starttls", USER, "Club", USER)
    with pytest.raises(MailError, match="Cannot connect to the mail server") as info:
        Connection(settings, PASSWORD)
    assert info.value.temporary


def test_login_without_tls_is_refused_clearly(smtp: MailServer) -> None:
    with pytest.raises(MailError) as info:
        Connection(_settings(smtp, "none"), PASSWORD)
    assert "\n" not in str(info.value)


def test_refused_sender_and_recipient(smtp: MailServer) -> None:
    smtp.handler.faults.refuse.add("nobody@example.ma")
    with (
        Connection(_settings(smtp), PASSWORD) as conn,
        pytest.raises(MailError, match=r"refused the recipient nobody@example\.ma") as info,
    ):
        conn.send(USER, "nobody@example.ma", b"Subject: x\r\n\r\nx\r\n")
    assert not info.value.temporary and not info.value.maybe_sent


@pytest.mark.parametrize(
    "text", ["", "amina", "amina@", "@example.ma", "a b@example.ma", "a@example", "a@@x.ma"]
)
def test_an_address_that_is_not_an_address(text: str) -> None:
    with pytest.raises(ValidationError, match="is not an e-mail address"):
        mail_settings.check_address(text)


def test_smtp_url() -> None:
    assert mail_settings.parse_smtp_url(
        "smtp://club%40example.ma@mail.example.ma:2525?security=tls"
    ) == (
        "mail.example.ma",
        2525,
        "tls",
        "club@example.ma",
    )
    assert mail_settings.parse_smtp_url("smtp://u@h")[1:3] == (587, "starttls")
    for bad in ("http://h", "smtp://u:pw@h", "smtp://h?security=ssl", "smtp://h:99999"):
        with pytest.raises(ValidationError):
            mail_settings.parse_smtp_url(bad)


def test_settings_from_the_window_form_are_checked_like_the_command_line() -> None:
    built = mail_settings.build("mail.example.ma", 587, "starttls", "u", "Club", "club@example.ma")
    via_url = mail_settings.parse_smtp_url("smtp://u@mail.example.ma:587?security=starttls")
    assert (built.host, built.port, built.security, built.user) == via_url
    for args, sentence in (
        (("", 587, "starttls", "u", "C", "c@example.ma"), "Give the mail server's name"),
        (("mail x", 587, "starttls", "u", "C", "c@example.ma"), "Give the mail server's name"),
        (("m.ma", 0, "starttls", "u", "C", "c@example.ma"), "The port must be a number"),
        (("m.ma", 25, "ssl", "u", "C", "c@example.ma"), "security must be starttls, tls or none"),
        (("m.ma", 25, "none", "u", "C", "c@"), "c@ is not an e-mail address."),
    ):
        with pytest.raises(ValidationError, match=sentence):
            mail_settings.build(*args)  # type: ignore[arg-type]
