"""Faults of a real server: nothing sent twice, nothing lost, every state right."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mornings_desktop.errors import ValidationError
from mornings_desktop.services.mail import campaigns, claims, outbox, worker
from mornings_desktop.services.mail.settings import MailSettings, password
from mornings_desktop.services.workspace import Workspace
from tests.unit.services.mail.smtp_server import MailServer, free_port

FAST = worker.Pacing(rate_per_minute=0, max_attempts=3, backoff_s=(0.01,))


def queue_and_send(ws: Workspace, settings: MailSettings, morning: str) -> worker.SendReport:
    batch = campaigns.queue_messages(ws, settings, campaigns.plan(ws, morning))
    return worker.send_outbox(ws, settings, password(settings), batch=batch, pacing=FAST)


def states(ws: Workspace) -> dict[str, str]:
    return {r.recipient: r.state for r in outbox.rows(ws)}


def test_a_refused_recipient_is_failed_for_good_and_the_others_go(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    smtp.handler.faults.refuse.add("youssef@example.ma")
    report = queue_and_send(ws, mail_ready, morning)
    assert (report.sent, report.failed, report.unknown) == (3, 1, 0)
    row = next(r for r in outbox.rows(ws) if r.recipient == "youssef@example.ma")
    assert row.state == "failed" and row.permanent and row.attempts == 1
    assert row.reason_code == "refused_recipient"
    assert "550 5.1.1 No such user here" in row.describe()
    assert "youssef@example.ma" not in smtp.handler.recipients()
    assert outbox.retry(ws) == 1  # listed, and sent again only when asked


def test_a_connection_dropped_before_data_is_retried_once_delivered(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    smtp.handler.faults.drop_at_mail = {2}
    report = queue_and_send(ws, mail_ready, morning)
    assert (report.sent, report.failed, report.unknown) == (4, 0, 0)
    assert Counter(smtp.handler.recipients()) == Counter(set(states(ws)))  # each exactly once
    assert set(states(ws).values()) == {"sent"}


def test_a_connection_dropped_during_data_is_unknown_and_not_resent(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    smtp.handler.faults.drop_after_data = {2}
    report = queue_and_send(ws, mail_ready, morning)
    assert (report.sent, report.failed, report.unknown) == (3, 0, 1)
    unknown = [r for r in outbox.rows(ws) if r.state == "unknown"]
    assert len(unknown) == 1 and "lost while sending" in unknown[0].describe()
    assert len(smtp.handler.recipients()) == 4  # the server did get it
    assert outbox.retry(ws) == 0  # a plain retry leaves it alone
    worker.send_outbox(ws, mail_ready, password(mail_ready), pacing=FAST)
    assert len(smtp.handler.recipients()) == 4
    assert outbox.retry(ws, resend_unknown=True) == 1  # only when a person asks


def test_a_temporary_refusal_is_retried_with_backoff(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    smtp.handler.faults.busy["sara@example.ma"] = 2
    report = queue_and_send(ws, mail_ready, morning)
    assert (report.sent, report.failed) == (4, 0)
    row = next(r for r in outbox.rows(ws) if r.recipient == "sara@example.ma")
    assert row.state == "sent" and row.attempts == 3
    assert smtp.handler.recipients().count("sara@example.ma") == 1


def test_a_lasting_temporary_refusal_is_kept_for_retry(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    smtp.handler.faults.busy["sara@example.ma"] = 99
    report = queue_and_send(ws, mail_ready, morning)
    assert (report.sent, report.failed) == (3, 1)
    row = next(r for r in outbox.rows(ws) if r.recipient == "sara@example.ma")
    assert row.state == "failed" and not row.permanent and "451" in row.describe()
    smtp.handler.faults.busy.clear()
    assert outbox.retry(ws) == 1
    worker.send_outbox(ws, mail_ready, password(mail_ready), pacing=FAST)
    assert set(states(ws).values()) == {"sent"}
    assert smtp.handler.recipients().count("sara@example.ma") == 1


def test_server_down_at_start_keeps_everything(
    ws: Workspace, morning: str, tmp_path: Path, mail_ready: MailSettings
) -> None:
    port = free_port()
    down = MailSettings(**{**mail_ready.to_json(), "port": port})  # type: ignore[arg-type]
    report = queue_and_send(ws, down, morning)
    assert (report.sent, report.failed) == (0, 4)
    rows = outbox.rows(ws)
    assert {r.state for r in rows} == {"failed"} and not any(r.permanent for r in rows)
    assert {r.reason_code for r in rows} == {"connect"}
    assert all("Cannot connect to the mail server" in r.describe() for r in rows)
    (tmp_path / "later").mkdir()
    server = MailServer(tmp_path / "later", port=port).start()
    try:
        up = MailSettings(**{**down.to_json(), "cafile": str(server.ca_file)})  # type: ignore[arg-type]
        assert outbox.retry(ws) == 4
        report = worker.send_outbox(ws, up, password(up), pacing=FAST)
        assert report.sent == 4 and len(server.handler.recipients()) == 4
    finally:
        server.stop()


def test_cancel_leaves_the_rest_queued(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    batch = campaigns.queue_messages(ws, mail_ready, campaigns.plan(ws, morning))
    seen: list[int] = []
    report = worker.send_outbox(
        ws, mail_ready, password(mail_ready), batch=batch, pacing=FAST,
        progress=lambda done, total, _: seen.append(done), cancelled=lambda: len(seen) >= 2,
    )  # fmt: skip
    assert report.cancelled and report.sent == 2 and report.left == 2
    assert outbox.counts(ws)["queued"] == 2


def test_one_sending_desk_per_morning(ws: Workspace, morning: str, db_path: Path) -> None:
    claims.claim(ws, morning)
    other = Workspace.open(db_path, "Accueil 2")
    try:
        with pytest.raises(ValidationError, match="Sending is in progress from the desk Accueil 1"):
            claims.claim(other, morning)
        claims.claim(other, morning, take_over=True)
        assert claims.holder(other, morning) == other.desk_id
    finally:
        other.close()
    with pytest.raises(ValidationError, match="Accueil 2"):
        claims.claim(ws, morning)


def test_the_refusal_reads_envoi_en_cours_in_french() -> None:
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[4] / "resources" / "translations"
    ts = ET.parse(root / "fr" / "services.mail.claims.ts").getroot()
    texts = [m.findtext("translation") or "" for m in ts.iter("message")]
    assert any(t.startswith("Envoi en cours depuis le poste {desk}") for t in texts)


def test_a_new_message_replaces_the_failed_one(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    smtp.handler.faults.refuse.add("youssef@example.ma")
    queue_and_send(ws, mail_ready, morning)
    smtp.handler.faults.refuse.clear()
    again = campaigns.plan(ws, morning, only="not-sent")
    assert [r.email for r in again.chosen] == ["youssef@example.ma"]
    report = worker.send_outbox(
        ws, mail_ready, password(mail_ready),
        batch=campaigns.queue_messages(ws, mail_ready, again), pacing=FAST,
    )  # fmt: skip
    assert report.sent == 1 and outbox.retry(ws) == 0  # the failed copy is gone: nothing twice
    assert smtp.handler.recipients().count("youssef@example.ma") == 1


def test_the_rate_spaces_the_messages(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    import time

    batch = campaigns.queue_messages(ws, mail_ready, campaigns.plan(ws, morning))
    start = time.monotonic()
    report = worker.send_outbox(
        ws, mail_ready, password(mail_ready), batch=batch, pacing=worker.Pacing(rate_per_minute=300)
    )
    assert report.sent == 4 and time.monotonic() - start >= 3 * 0.2 - 0.01  # 0.2 s apart


def test_a_message_taken_by_another_process_is_not_sent_twice(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    batch = campaigns.queue_messages(ws, mail_ready, campaigns.plan(ws, morning))
    first = outbox.rows(ws, batch=batch)[0]
    assert outbox.mark_sending(ws, first.id, 1)  # as if the window had just taken it
    assert not outbox.mark_sending(ws, first.id, 1)
    report = worker.send_outbox(ws, mail_ready, password(mail_ready), batch=batch, pacing=FAST)
    assert report.sent == 3 and first.recipient not in smtp.handler.recipients()


def test_one_commit_per_message_still_leaves_at_most_one_sending(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    """The next message is taken with the last one's `sent` (one durable commit per message): at
    every moment at most one message of this process is `sending` — a kill then leaves at most one
    `unknown` — and with a rate limit nothing is taken before its pause."""
    for pacing in (FAST, worker.Pacing(rate_per_minute=6000, max_attempts=1)):
        batch = campaigns.queue_messages(ws, mail_ready, campaigns.plan(ws, morning))
        sending: list[int] = []
        report = worker.send_outbox(
            ws, mail_ready, password(mail_ready), batch=batch, pacing=pacing,
            progress=lambda *_, seen=sending, b=batch: seen.append(
                outbox.counts(ws, batch=b).get("sending", 0)
            ),
        )  # fmt: skip
        assert report.sent == 4 and max(sending) <= 1
        assert sending[1:-1] == ([1, 1, 1] if pacing is FAST else [0, 0, 0])
