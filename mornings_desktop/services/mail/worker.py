"""Send the outbox: one connection reused, a rate limit, retries with backoff, a cancel flag.

Qt-free: the window runs `send_outbox` through its job runner, the command line calls it directly.
Per message: mark it `sending` (committed), then MAIL/RCPT/DATA, then `sent` (committed with the
`ticket.sent` operation — and, when no pause comes before the next message, with the next one's
`sending` mark: one durable commit per message). A temporary failure (4xx, timeout, lost connection before DATA) is retried
after a pause, up to `max_attempts`; a permanent one (5xx) is not retried and stays `failed` with
the server's answer; a connection lost during DATA leaves the message `unknown`, never resent
without asking. When the server cannot be reached at all, every message left stays in the outbox
as `failed` with the one-sentence reason, ready for `retry`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid

from mornings_desktop.services.mail import outbox, reasons
from mornings_desktop.services.mail.reasons import MailError
from mornings_desktop.services.mail.settings import MailSettings, check_address
from mornings_desktop.services.mail.transport import Connection
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.timeutil import now_iso

Progress = Callable[[int, int, str], None]


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    unknown: int = 0
    left: int = 0  # still queued (cancelled)
    reasons: list[str] = field(default_factory=list)  # stored reasons (codes), see `reasons`
    cancelled: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "sent": self.sent,
            "failed": self.failed,
            "unknown": self.unknown,
            "queued": self.left,
            "reasons": self.reasons,
            "cancelled": self.cancelled,
        }


@dataclass(frozen=True)
class Pacing:
    """How fast and how stubbornly to send. `rate_per_minute` 0 means no limit."""

    rate_per_minute: int = 60
    max_attempts: int = 4
    backoff_s: Sequence[float] = (2.0, 10.0, 30.0)
    timeout_s: float = 20.0


def _pause(seconds: float, cancelled: Callable[[], bool], sleep: Callable[[float], None]) -> None:
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0 and not cancelled():
        sleep(min(left, 0.2))


def send_outbox(
    ws: Workspace,
    settings: MailSettings,
    password: str,
    *,
    batch: str | None = None,
    ids: Sequence[str] | None = None,
    pacing: Pacing | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> SendReport:
    """Send the queued messages (of `batch`, or these `ids`, or all). Never raises for a mail
    failure: each message ends `sent`, `failed` or `unknown`, or stays `queued` if cancelled."""
    pace = pacing or Pacing(rate_per_minute=settings.rate_per_minute)
    stop = cancelled or (lambda: False)
    outbox.recover(ws)
    todo = list(ids) if ids is not None else outbox.queued_ids(ws, batch=batch)
    report = SendReport()
    interval = 60.0 / pace.rate_per_minute if pace.rate_per_minute > 0 else 0.0
    by_id = {r.id: r for r in outbox.rows(ws, states=["queued"], batch=batch)}
    conn: Connection | None = None
    last_send = 0.0
    taken = ""  # the next message, already marked `sending` with the last one's `sent`
    try:
        for index, message_id in enumerate(todo):
            row = by_id.get(message_id)
            if row is None:
                continue
            if stop():
                if taken:  # taken, not sent: back to the queue
                    outbox.set_state(ws, taken, "queued", owner_pid=None)
                report.cancelled = True
                report.left = len(todo) - index
                break
            if progress is not None:
                progress(index, len(todo), row.recipient)
            attempts = row.attempts
            while True:
                wait = last_send + interval - time.monotonic()
                if wait > 0:
                    _pause(wait, stop, sleep)
                attempts += 1
                if conn is None:
                    try:
                        conn = Connection(settings, password, timeout=pace.timeout_s)
                    except MailError as exc:
                        if exc.temporary and attempts < pace.max_attempts and not stop():
                            delay = pace.backoff_s[min(attempts - 1, len(pace.backoff_s) - 1)]
                            _pause(delay, stop, sleep)
                            continue
                        # The server cannot be used at all: keep everything left, with the reason.
                        left = [i for i in todo[index:] if i in by_id]
                        reason = reasons.encode(exc)
                        for i in left:
                            outbox.set_state(ws, i, "failed", reason=reason, permanent=False)
                        report.failed += len(left)
                        report.reasons.append(reason)
                        return report
                if taken == row.id:
                    taken = ""
                elif not outbox.mark_sending(ws, row.id, attempts):
                    break  # another process of this desk took it
                try:
                    last_send = time.monotonic()
                    accepted = conn.send(
                        settings.from_address, row.recipient, outbox.body(ws, row.id)
                    )
                except MailError as exc:
                    reason = reasons.encode(exc)
                    if conn is not None:
                        conn.close()
                        conn = None
                    if exc.maybe_sent:
                        outbox.set_state(ws, row.id, "unknown", reason=reason, owner_pid=None)
                        report.unknown += 1
                        break
                    if exc.temporary and attempts < pace.max_attempts and not stop():
                        outbox.set_state(ws, row.id, "queued", reason=reason, owner_pid=None)
                        delay = pace.backoff_s[min(attempts - 1, len(pace.backoff_s) - 1)]
                        _pause(delay, stop, sleep)
                        continue
                    outbox.set_state(
                        ws, row.id, "failed", reason=reason, permanent=not exc.temporary,
                        attempts=attempts, owner_pid=None,
                    )  # fmt: skip
                    report.failed += 1
                    report.reasons.append(reason)
                    break
                else:
                    # Without a pause before the next message, take it in the same commit.
                    following = by_id.get(todo[index + 1]) if index + 1 < len(todo) else None
                    ahead = (
                        (following.id, following.attempts + 1)
                        if following is not None and interval == 0
                        else None
                    )
                    if outbox.mark_sent(ws, row, accepted.answer, now_iso(), take_next=ahead):
                        taken = following.id if following is not None else ""
                    report.sent += 1
                    break
        else:
            if progress is not None:
                progress(len(todo), len(todo), "")
    finally:
        if conn is not None:
            conn.close()
    return report


def send_test_message(settings: MailSettings, password: str, to: str) -> str:
    """Send the bilingual test message to `to` (checked first). Returns the server's answer;
    raises ValidationError for a bad address and MailError with one sentence for the server."""
    recipient = check_address(to)
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = "Mornings Desktop — message de test / test message"
    msg["From"] = settings.sender
    msg["To"] = recipient
    msg["Message-ID"] = make_msgid(domain=settings.from_address.rpartition("@")[2])
    msg.set_content(
        "Ce message confirme que l'envoi fonctionne.\nThis message confirms that sending works.\n"
    )
    return send_one(settings, password, recipient, msg.as_bytes())


def send_one(settings: MailSettings, password: str, recipient: str, data: bytes) -> str:
    """Send one message outside the outbox (the test message). Returns the server's answer;
    raises MailError with one sentence."""
    with Connection(settings, password) as conn:
        return conn.send(settings.from_address, recipient, data).answer
