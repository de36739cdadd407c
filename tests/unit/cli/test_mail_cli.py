"""`mornings mail …` against a real SMTP server: setup, test, tickets, outbox, retry, bad input,
and a sending process killed with SIGKILL in the middle of a batch."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mornings_desktop.cli import main
from mornings_desktop.services.mail.settings import PASSWORD_ENV
from tests.unit.services.mail.conftest import PEOPLE
from tests.unit.services.mail.smtp_server import PASSWORD, MailServer

ROOT = Path(__file__).resolve().parents[3]
FROM = "Club Made in Morocco <club@example.ma>"


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[MailServer]:
    server = MailServer(tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def db(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    smtp: MailServer,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    from mornings_desktop.services import mornings, registrations
    from mornings_desktop.services.workspace import Workspace

    path = tmp_path / "d.sqlite3"
    ws = Workspace.open(path, "Accueil 1")
    morning = mornings.create(
        ws, mornings.MorningInput(title="Matinale", date="2026-12-10", venue="Hyatt")
    )
    for person in PEOPLE:
        registrations.register_person(ws, morning, dict(person))
    ws.close()
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    status, _, err = run(
        capsys, path, "mail", "setup", "--smtp", smtp.url(), "--from", FROM,
        "--cafile", str(smtp.ca_file), "--rate", "0",
    )  # fmt: skip
    assert status == 0, err
    assert PASSWORD not in err
    return path


def test_setup_keeps_no_password_in_the_database(db: Path) -> None:
    data = db.read_bytes()
    assert PASSWORD.encode() not in data
    with sqlite3.connect(db) as conn:
        ops = [t for (t,) in conn.execute("SELECT type FROM operations")]
    assert not any(t.startswith("mail.setup") for t in ops)


def test_mail_test_and_its_failures(
    db: Path, smtp: MailServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out, _ = run(capsys, db, "mail", "test", "--to", "me@example.ma", "--json")
    assert status == 0 and json.loads(out)["answer"].startswith("250")
    assert smtp.handler.recipients() == ["me@example.ma"]
    status, _, err = run(capsys, db, "mail", "test", "--to", "not an address")
    assert status == 2 and err.count("\n") == 1 and "is not an e-mail address" in err
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    status, _, err = run(capsys, db, "mail", "test", "--to", "me@example.ma")
    assert status == 2 and "refused the login" in err and err.count("\n") == 1
    assert "wrong" not in err


def test_tickets_outbox_and_json_counts(
    db: Path, smtp: MailServer, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys, db, "mail", "tickets", "--event", "2026-12-10", "--dry-run", "--json"
    )
    assert (
        status == 0
        and json.loads(out)["would_queue"] == 4
        and json.loads(out)["without_email"] == 1
    )
    status, out, err = run(capsys, db, "mail", "tickets", "--event", "2026-12-10", "--json")
    result = json.loads(out)
    assert status == 0, err
    assert {k: result[k] for k in ("queued", "sent", "failed", "unknown")} == {
        "queued": 0, "sent": 4, "failed": 0, "unknown": 0,
    }  # fmt: skip
    status, out, _ = run(
        capsys, db, "mail", "tickets", "--event", "2026-12-10", "--only", "not-sent", "--json"
    )
    assert status == 0 and json.loads(out)["sent"] == 0
    status, out, _ = run(capsys, db, "mail", "outbox", "--json")
    assert [r["state"] for r in json.loads(out)] == ["sent"] * 4
    assert len(smtp.handler.recipients()) == 4


def test_reminder_and_refused_recipient(
    db: Path, smtp: MailServer, capsys: pytest.CaptureFixture[str]
) -> None:
    smtp.handler.faults.refuse.add("sara@example.ma")
    status, out, err = run(capsys, db, "mail", "reminder", "--event", "2026-12-10")
    assert status == 1 and "sent: 3" in out and "failed: 1" in out
    assert "sara@example.ma" in err and "550" in err
    kinds = {m.get_content_type() for msg in smtp.handler.messages() for m in msg.walk()}
    assert "application/pdf" not in kinds and "image/png" in kinds
    status, out, _ = run(capsys, db, "mail", "outbox")
    assert "failed" in out and "sara@example.ma" in out


def test_the_reason_of_a_failure_is_shown_in_the_readers_language(
    db: Path, smtp: MailServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    smtp.handler.faults.refuse.add("sara@example.ma")
    status, _, err = run(capsys, db, "mail", "reminder", "--event", "2026-12-10", "--lang", "ar")
    assert status == 1
    assert "رفض خادم البريد المستلم sara@example.ma (550 5.1.1 No such user here)." in err
    status, out, _ = run(capsys, db, "mail", "outbox", "--lang", "fr")
    assert "Le serveur de messagerie a refusé le destinataire sara@example.ma" in out
    monkeypatch.setenv("LANG", "fr_MA.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("MORNINGS_LANG", raising=False)
    status, out, _ = run(capsys, db, "mail", "outbox", "--json")
    failed = next(r for r in json.loads(out) if r["state"] == "failed")
    assert failed["reason_code"] == "refused_recipient"
    assert failed["reason"].startswith("Le serveur de messagerie a refusé le destinataire")
    status, out, _ = run(capsys, db, "mail", "outbox", "--json", "--lang", "en")
    failed = next(r for r in json.loads(out) if r["state"] == "failed")
    assert failed["reason"] == (
        "The mail server refused the recipient sara@example.ma (550 5.1.1 No such user here)."
    )


def test_another_desk_is_refused_unless_it_takes_over(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, db, "mail", "tickets", "--event", "2026-12-10")[0] == 0
    status, _, err = run(
        capsys, db, "--desk", "Accueil 2", "mail", "tickets", "--event", "2026-12-10"
    )
    assert status == 2 and "Sending is in progress from the desk Accueil 1" in err
    status, _, _ = run(
        capsys, db, "--desk", "Accueil 2", "mail", "tickets", "--event", "2026-12-10", "--take-over"
    )
    assert status == 0


def test_killed_while_sending_is_unknown_and_not_resent(
    db: Path, smtp: MailServer, capsys: pytest.CaptureFixture[str]
) -> None:
    smtp.handler.faults.stall_data[2] = 20.0
    env = {**os.environ, "PYTHONPATH": str(ROOT), PASSWORD_ENV: PASSWORD}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mornings_desktop", "--db", str(db), "mail", "tickets", "--event", "2026-12-10"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while smtp.handler.datas < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert smtp.handler.datas == 2, "the second message never reached DATA"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    status, out, _ = run(capsys, db, "mail", "outbox", "--json")
    states = sorted(r["state"] for r in json.loads(out))
    assert states == ["queued", "queued", "sent", "unknown"]
    status, out, _ = run(capsys, db, "mail", "outbox")
    assert "unknown — send again?" in out
    smtp.handler.faults.stall_data.clear()
    status, out, _ = run(capsys, db, "mail", "retry", "--json")
    result = json.loads(out)
    assert status == 0
    assert (result["sent"], result["unknown"], result["queued"]) == (3, 1, 0)
    recipients = smtp.handler.recipients()
    assert len(recipients) == len(set(recipients)) == 4  # the one in doubt was not sent again
    status, out, _ = run(capsys, db, "mail", "retry", "--resend-unknown", "--json")
    assert status == 0
    assert json.loads(out)["sent"] == 4 and len(smtp.handler.recipients()) == 5  # when asked


def test_notify_speakers_needs_a_published_programme(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, db, "agenda", "notify-speakers", "--event", "2026-12-10")
    assert status == 2 and "Publish the programme before telling the speakers." in err


def test_the_password_is_kept_in_the_keyring(
    tmp_path: Path,
    smtp: MailServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring

    from tests.sync.file_keyring import FileKeyring

    store = tmp_path / "keyring.json"
    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(store))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        path = tmp_path / "k.sqlite3"
        monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
        status, out, _ = run(
            capsys, path, "mail", "setup", "--smtp", smtp.url(), "--from", FROM,
            "--cafile", str(smtp.ca_file), "--json",
        )  # fmt: skip
        assert status == 0 and json.loads(out)["password_stored"] is True
        monkeypatch.delenv(PASSWORD_ENV)
        assert run(capsys, path, "mail", "test", "--to", "me@example.ma")[0] == 0
        assert PASSWORD in store.read_text() and PASSWORD.encode() not in path.read_bytes()
    finally:
        keyring.set_keyring(previous)


def test_templates_are_shown_set_checked_and_reset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    db = tmp_path / "t.sqlite3"
    status, out, _ = run(capsys, db, "mail", "template", "list", "--json")
    assert status == 0 and {"name": "ticket", "lang": "ar", "edited": False} in json.loads(out)
    status, _, err = run(
        capsys, db, "mail", "template", "set", "--name", "ticket", "--lang", "fr",
        "--subject", "Billet {titre}", "--body", "Bonjour",
    )  # fmt: skip
    assert status == 2 and err.count("\n") == 1
    assert "{titre} is not a placeholder; use one of {first_name}" in err
    assert not (data_dir / "mail_templates").exists()
    body = tmp_path / "body.txt"
    body.write_text("مرحبا {first_name}\nرمزك: {code}\n", "utf-8")
    status, _, err = run(
        capsys, db, "mail", "template", "set", "--name", "ticket", "--lang", "ar",
        "--subject", "تذكرتك — {title}", "--body-file", str(body),
    )  # fmt: skip
    assert status == 0, err
    status, out, _ = run(
        capsys, db, "mail", "template", "show", "--name", "ticket", "--lang", "ar", "--json"
    )
    shown = json.loads(out)
    assert shown["edited"] is True and shown["body"].startswith("مرحبا {first_name}\nرمزك: {code}")
    status, out, _ = run(
        capsys, db, "mail", "template", "reset", "--name", "ticket", "--lang", "ar"
    )
    assert status == 0 and out.strip() == "back to the built-in words"
    status, _, err = run(
        capsys, db, "mail", "template", "show", "--name", "nothing", "--lang", "fr"
    )
    assert status == 2 and "There is no mail template named nothing." in err


def test_outbox_states_are_worded_in_the_readers_language(
    db: Path, smtp: MailServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """The states and the counts are French in French, as the reasons already were (not
    `sent`/`failed` in English beside a French sentence); `--json` keeps the keys."""
    smtp.handler.faults.refuse.add("sara@example.ma")
    status, out, err = run(capsys, db, "mail", "reminder", "--event", "2026-12-10", "--lang", "fr")
    assert status == 1
    assert "envoyé : 3" in out and "échec : 1" in out and "en attente : 0" in out
    assert "sent" not in out and "failed" not in out
    assert "échec : sara@example.ma: Le serveur de messagerie a refusé" in err
    status, out, _ = run(capsys, db, "mail", "outbox", "--lang", "fr")
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["état", "destinataire"]
    states = sorted(line.split("  ")[0].strip() for line in lines[1:])
    assert states == ["envoyé", "envoyé", "envoyé", "échec"]
    status, out, _ = run(capsys, db, "mail", "outbox", "--lang", "ar")
    assert "أُرسل" in out and "sent" not in out
    status, out, _ = run(capsys, db, "mail", "outbox", "--json", "--lang", "fr")
    assert sorted(r["state"] for r in json.loads(out)) == ["failed", "sent", "sent", "sent"]


def test_a_template_written_in_french_only_reaches_arabic_readers_in_french(
    db: Path, smtp: MailServer, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """A new template saved in one language: shown in another language it says whose words it
    uses, and a reminder with it reaches everyone (the Arabic-named reader gets the French words),
    where it used to stop on the first such reader with a traceback."""
    status, _, err = run(
        capsys, db, "mail", "template", "set", "--name", "rappel-j1", "--lang", "fr",
        "--subject", "Demain : {title}", "--body", "À demain, {first_name} ({code}).",
    )  # fmt: skip
    assert status == 0, err
    status, out, err = run(
        capsys, db, "mail", "template", "show", "--name", "rappel-j1", "--lang", "ar", "--json"
    )
    assert status == 0, err
    shown = json.loads(out)
    assert shown["subject"] == "Demain : {title}" and shown["words_from"] == "fr"
    assert shown["edited"] is False
    status, out, err = run(
        capsys, db, "mail", "reminder", "--event", "2026-12-10", "--template", "rappel-j1"
    )
    assert status == 0, err
    assert "Traceback" not in err and "sent: 4" in out
    subjects = sorted(str(m["Subject"]) for m in smtp.handler.messages())
    assert subjects == ["Demain : Matinale"] * 4
