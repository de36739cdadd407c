"""The People area's "Send tickets" dialog, against a real SMTP server: count, preview, send,
outbox states."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mornings_desktop.services import registrations
from mornings_desktop.services.mail import settings as mail_settings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.mail import send_dialog
from mornings_desktop.ui.mail.send_dialog import SendTicketsDialog
from mornings_desktop.ui.people.screen import PeopleScreen
from tests.unit.services.mail.smtp_server import PASSWORD, MailServer


def _infos(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(send_dialog, "show_info", lambda _p, text, *a: shown.append(text))
    return shown


def test_send_tickets_from_the_people_area(  # type: ignore[no-untyped-def]
    qtbot,
    state,
    ws: Workspace,
    demo_morning: str,
    smtp: MailServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mail_settings.configure(
        ws, smtp.url(), "Club <club@example.ma>", cafile=str(smtp.ca_file), rate_per_minute=0
    )
    monkeypatch.setattr(send_dialog, "ask_password", lambda *_: PASSWORD)
    shown = _infos(monkeypatch)
    state.set_current_morning(demo_morning)
    screen = PeopleScreen(state)
    qtbot.addWidget(screen)
    action = next(a for a in screen.tickets_button.menu().actions() if "e-mail" in a.text())
    opened: list[SendTicketsDialog] = []
    real_open = send_dialog.open_send_dialog
    monkeypatch.setattr(
        send_dialog, "open_send_dialog", lambda *a: opened.append(real_open(*a)) or opened[-1]
    )
    action.trigger()
    dialog = opened[0]
    qtbot.addWidget(dialog)
    with_email = [
        r
        for r in registrations.list_registrations(ws, demo_morning, include_cancelled=False)
        if r.email and r.code
    ]
    assert dialog.plan is not None and len(dialog.plan.chosen) == len(with_email)
    assert f"{len(with_email)} people will get their ticket" in dialog.count.text()
    first = dialog.plan.chosen[0]
    assert first.code in dialog.preview.toPlainText()
    assert dialog.send_button.isEnabled()
    dialog.send_button.click()
    assert shown and shown[-1].startswith(f"Sent: {len(with_email)}; failed: 0")
    assert dialog.outbox.rowCount() == len(with_email)
    assert {dialog.outbox.item(r, 0).text() for r in range(dialog.outbox.rowCount())} == {"sent"}
    assert len(smtp.handler.recipients()) == len(with_email)
    dialog.only.setCurrentIndex(dialog.only.findData("not-sent"))
    assert dialog.plan.chosen == [] and not dialog.send_button.isEnabled()


def test_without_mail_settings_the_dialog_says_so(
    qtbot, ws: Workspace, state, demo_morning: str
) -> None:  # type: ignore[no-untyped-def]
    dialog = SendTicketsDialog(ws, state.jobs, demo_morning)
    qtbot.addWidget(dialog)
    assert "Mail is not set up" in dialog.count.text() and not dialog.send_button.isEnabled()


def test_whatsapp_for_the_selected_person(
    qtbot, state, ws: Workspace, demo_morning: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import io
    from urllib.parse import parse_qs, urlsplit

    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication

    from mornings_desktop.text_keys import phone_key
    from mornings_desktop.ui.mail import whatsapp_action

    opened: list[str] = []
    monkeypatch.setattr(whatsapp_action, "open_url", lambda url: opened.append(url) or True)
    state.set_current_morning(demo_morning)
    screen = PeopleScreen(state)
    qtbot.addWidget(screen)
    row = next(
        r
        for r in registrations.list_registrations(ws, demo_morning)
        if r.phone and phone_key(r.phone) and r.code
    )
    screen.select(row.id)
    action = next(a for a in screen.tickets_button.menu().actions() if "WhatsApp" in a.text())
    action.trigger()
    assert len(opened) == 1
    url = urlsplit(opened[0])
    assert url.netloc == "wa.me" and url.path == "/" + str(phone_key(row.phone)).lstrip("+")
    assert row.code in parse_qs(url.query)["text"][0]
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QGuiApplication.clipboard().image().save(buffer, "PNG")
    with Image.open(io.BytesIO(bytes(buffer.data()))) as image:
        assert [b.text for b in zxingcpp.read_barcodes(image)] == [row.code]


def test_a_refusal_is_shown_in_french_and_retried_off_the_ui_thread(  # type: ignore[no-untyped-def]
    qtbot,
    state,
    ws: Workspace,
    demo_morning: str,
    smtp: MailServer,
    speak,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    speak("fr")
    mail_settings.configure(
        ws, smtp.url(), "Club <club@example.ma>", cafile=str(smtp.ca_file), rate_per_minute=0
    )
    monkeypatch.setattr(send_dialog, "ask_password", lambda *_: PASSWORD)
    shown = _infos(monkeypatch)
    dialog = SendTicketsDialog(ws, state.jobs, demo_morning)
    qtbot.addWidget(dialog)
    assert dialog.plan is not None
    refused = dialog.plan.chosen[1].email
    smtp.handler.faults.refuse.add(refused)
    qtbot.keyClick(dialog.send_button, Qt.Key.Key_Space)
    assert shown and shown[-1].startswith("Envoyés")
    row = next(
        r for r in range(dialog.outbox.rowCount()) if dialog.outbox.item(r, 1).text() == refused
    )
    assert dialog.outbox.item(row, 0).text() == "échec"
    assert dialog.outbox.item(row, 4).text() == (
        f"Le serveur de messagerie a refusé le destinataire {refused} "
        "(550 5.1.1 No such user here)."
    )
    assert dialog.retry_button.isEnabled()
    smtp.handler.faults.refuse.clear()
    qtbot.keyClick(dialog.retry_button, Qt.Key.Key_Space)
    assert smtp.handler.recipients().count(refused) == 1
    states = {dialog.outbox.item(r, 0).text() for r in range(dialog.outbox.rowCount())}
    assert states == {"envoyé"} and not dialog.retry_button.isEnabled()


def test_another_desk_sending_is_taken_over_only_when_asked(  # type: ignore[no-untyped-def]
    qtbot,
    state,
    ws: Workspace,
    db_path: Path,
    demo_morning: str,
    smtp: MailServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mornings_desktop.services.mail import claims

    mail_settings.configure(
        ws, smtp.url(), "Club <club@example.ma>", cafile=str(smtp.ca_file), rate_per_minute=0
    )
    other = Workspace.open(db_path, "Accueil 2")
    try:
        claims.claim(other, demo_morning)
    finally:
        other.close()
    monkeypatch.setattr(send_dialog, "ask_password", lambda *_: PASSWORD)
    shown = _infos(monkeypatch)
    asked: list[str] = []
    answers = [False, True]
    monkeypatch.setattr(
        send_dialog, "ask_take_over", lambda _p, text: asked.append(text) or answers.pop(0)
    )
    dialog = SendTicketsDialog(ws, state.jobs, demo_morning)
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog.send_button, Qt.Key.Key_Space)
    assert asked and "Sending is in progress from the desk Accueil 2" in asked[0]
    assert smtp.handler.recipients() == [] and dialog.outbox.rowCount() == 0  # nothing queued
    qtbot.keyClick(dialog.send_button, Qt.Key.Key_Space)
    assert len(asked) == 2 and shown and shown[-1].startswith("Sent: ")
    assert claims.holder(ws, demo_morning) == ws.desk_id
    assert dialog.outbox.rowCount() == len(smtp.handler.recipients()) > 0
