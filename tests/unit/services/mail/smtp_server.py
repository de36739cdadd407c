"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1, STARTTLS with a certificate made by
trustme, a login, and faults switched on per test (refused recipients, 4xx, lost connections)."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "club@example.ma", "s3cret-pass"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Faults:
    refuse: set[str] = field(default_factory=set)  # recipients answered 550
    busy: dict[str, int] = field(default_factory=dict)  # recipient → times answered 451 first
    drop_at_mail: set[int] = field(default_factory=set)  # n-th MAIL FROM (1-based) closes
    drop_after_data: set[int] = field(default_factory=set)  # n-th DATA kept, then closes
    stall_data: dict[int, float] = field(default_factory=dict)  # n-th DATA waits this long first


class Handler:
    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []
        self.faults = Faults()
        self.mails = 0
        self.datas = 0
        self.lock = threading.Lock()

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        with self.lock:
            self.mails += 1
            n = self.mails
        if n in self.faults.drop_at_mail:
            server.transport.close()
            return "421 4.3.2 going away"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.faults.refuse:
            return "550 5.1.1 No such user here"
        left = self.faults.busy.get(address, 0)
        if left:
            self.faults.busy[address] = left - 1
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.datas += 1
            n = self.datas
            self.received.append(
                (envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
            )
        if n in self.faults.stall_data:  # the server has it, but its answer is late
            await asyncio.sleep(self.faults.stall_data[n])
        if n in self.faults.drop_after_data:
            server.transport.close()
        return f"250 2.0.0 Ok: queued as Q{n}"

    def messages(self) -> list[EmailMessage]:
        return [message_from_bytes(data, policy=policy.default) for _, _, data in self.received]  # type: ignore[misc]

    def recipients(self) -> list[str]:
        return [to for _, tos, _ in self.received for to in tos]


def _auth(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


class MailServer:
    """Start with `start()`, stop with `stop()`; `ca_file` is the authority the client trusts."""

    def __init__(
        self,
        folder: Path,
        *,
        implicit_tls: bool = False,
        hostname: str = "127.0.0.1",
        port: int | None = None,
    ) -> None:
        self.ca = trustme.CA()
        cert = self.ca.issue_cert(hostname, "localhost")
        self.ca_file = folder / "ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(context)
        self.handler = Handler()
        self.port = port or free_port()
        common: dict[str, Any] = {
            "hostname": "127.0.0.1",
            "port": self.port,
            "authenticator": _auth,
            "auth_require_tls": True,
        }
        if implicit_tls:
            # aiosmtpd does not see implicit TLS as TLS for AUTH: the connection is TLS anyway.
            common["auth_require_tls"] = False
            self.controller = Controller(
                self.handler, ssl_context=context, server_hostname="127.0.0.1", **common
            )
        else:
            self.controller = Controller(
                self.handler, tls_context=context, require_starttls=True, **common
            )

    def start(self) -> MailServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def url(self, security: str = "starttls", user: str = USER) -> str:
        from urllib.parse import quote

        return f"smtp://{quote(user, safe='')}@127.0.0.1:{self.port}?security={security}"
