"""The outbox keeps why a message failed as a reason code with its values, and every reader gets
it in their own language (French, English, Arabic) — never the server's text alone."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from mornings_desktop.services.mail import campaigns, outbox, reasons, worker
from mornings_desktop.services.mail.settings import MailSettings, password
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.wording.tr import catalogue
from tests.unit.services.mail.smtp_server import MailServer, free_port

FAST = worker.Pacing(rate_per_minute=0, max_attempts=1, backoff_s=(0.01,))


def _stored(db_path: Path) -> dict[str, str]:
    with sqlite3.connect(db_path) as conn:
        return dict(conn.execute("SELECT recipient, reason FROM mail_outbox"))


def test_a_refused_recipient_is_stored_as_a_code_and_read_in_three_languages(
    ws: Workspace, db_path: Path, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    smtp.handler.faults.refuse.add("youssef@example.ma")
    batch = campaigns.queue_messages(ws, mail_ready, campaigns.plan(ws, morning))
    worker.send_outbox(ws, mail_ready, password(mail_ready), batch=batch, pacing=FAST)
    stored = _stored(db_path)["youssef@example.ma"]
    assert reasons.decode(stored) == (
        "refused_recipient",
        {"address": "youssef@example.ma", "answer": "550 5.1.1 No such user here"},
    )
    assert "The mail server" not in stored  # no sentence in the database, in any language
    row = next(r for r in outbox.rows(ws) if r.recipient == "youssef@example.ma")
    assert row.describe(catalogue("fr")) == (
        "Le serveur de messagerie a refusé le destinataire youssef@example.ma "
        "(550 5.1.1 No such user here)."
    )
    assert row.describe() == (
        "The mail server refused the recipient youssef@example.ma (550 5.1.1 No such user here)."
    )
    arabic = row.describe(catalogue("ar"))
    assert arabic.startswith("رفض خادم البريد") and "550 5.1.1 No such user here" in arabic


def test_a_server_that_is_down_is_worded_for_the_reader(
    ws: Workspace, morning: str, mail_ready: MailSettings
) -> None:
    down = MailSettings(**{**mail_ready.to_json(), "port": free_port()})  # type: ignore[arg-type]
    batch = campaigns.queue_messages(ws, down, campaigns.plan(ws, morning))
    worker.send_outbox(ws, down, password(down), batch=batch, pacing=FAST)
    rows = outbox.rows(ws)
    assert {r.reason_code for r in rows} == {"connect"}
    french = rows[0].describe(catalogue("fr"))
    assert french.startswith("Impossible de se connecter au serveur de messagerie 127.0.0.1:")
    assert rows[0].to_json(catalogue("ar"))["reason_code"] == "connect"
    assert str(rows[0].to_json(catalogue("ar"))["reason"]) == rows[0].describe(catalogue("ar"))


def test_a_message_left_sending_by_a_dead_process_becomes_unknown_with_a_code(
    ws: Workspace, morning: str, mail_ready: MailSettings
) -> None:
    campaigns.queue_messages(ws, mail_ready, campaigns.plan(ws, morning))
    first = outbox.queued_ids(ws)[0]
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    outbox.set_state(ws, first, "sending", owner_pid=int(dead.stdout))
    assert int(dead.stdout) != os.getpid()
    assert outbox.recover(ws) == 1
    row = next(r for r in outbox.rows(ws) if r.id == first)
    assert row.state == "unknown" and row.reason_code == "stopped_while_sending"
    assert row.describe(catalogue("fr")).startswith("Le programme s'est arrêté pendant l'envoi")
    assert row.describe(catalogue("ar")).startswith("توقف البرنامج")


def test_a_reason_written_before_codes_is_shown_as_it_is() -> None:
    old = "the program stopped while sending; the server may have it"
    assert reasons.decode(old) is None and reasons.code_of(old) == ""
    assert reasons.describe(old, catalogue("fr")) == old
    assert reasons.describe('{"code": "no-such-code"}') == '{"code": "no-such-code"}'
