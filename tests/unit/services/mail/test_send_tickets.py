"""Tickets mailed through a real SMTP server (STARTTLS, login): what arrives, and what is recorded."""

from __future__ import annotations

import io
import json
from email.message import EmailMessage

import zxingcpp
from icalendar import Calendar
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from mornings_desktop.services import registrations
from mornings_desktop.services.mail import campaigns, outbox, worker
from mornings_desktop.services.mail.settings import MailSettings, password
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from tests.unit.services.mail.smtp_server import MailServer


def send_tickets(
    ws: Workspace, settings: MailSettings, morning: str, **kw: object
) -> worker.SendReport:
    chosen = campaigns.plan(ws, morning, **kw)  # type: ignore[arg-type]
    batch = campaigns.queue_messages(ws, settings, chosen)
    return worker.send_outbox(ws, settings, password(settings), batch=batch)


def _by_type(msg: EmailMessage) -> dict[str, list[EmailMessage]]:
    found: dict[str, list[EmailMessage]] = {}
    for part in msg.walk():
        found.setdefault(part.get_content_type(), []).append(part)  # type: ignore[arg-type]
    return found


def test_every_ticket_arrives_whole(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    report = send_tickets(ws, mail_ready, morning)
    assert (report.sent, report.failed, report.unknown) == (4, 0, 0)
    regs = {r.email: r for r in registrations.list_registrations(ws, morning) if r.email}
    assert sorted(smtp.handler.recipients()) == sorted(regs)
    for msg in smtp.handler.messages():
        to = msg["To"].addresses[0]
        reg = regs[to.addr_spec]
        assert to.display_name == reg.name  # Arabic names decoded back to the same text
        assert msg["From"].addresses[0].addr_spec == "club@example.ma"
        parts = _by_type(msg)
        assert msg.get_content_type() == "multipart/mixed"
        assert {"multipart/alternative", "multipart/related", "text/plain", "text/html",
                "image/png", "application/pdf", "text/calendar"} <= set(parts)  # fmt: skip
        text = parts["text/plain"][0].get_content()
        page = parts["text/html"][0].get_content()
        assert reg.code in text and "Matinale de l'export" in text
        png = parts["image/png"][0]
        assert f'src="cid:{png["Content-ID"][1:-1]}"' in page
        with Image.open(io.BytesIO(png.get_content())) as image:
            assert [b.text for b in zxingcpp.read_barcodes(image)] == [reg.code]
        pdf = PdfReader(io.BytesIO(parts["application/pdf"][0].get_content()))
        assert reg.code in pdf.pages[0].extract_text()
        ics = parts["text/calendar"][0].get_content()
        event = next(iter(Calendar.from_ical(ics).walk("VEVENT")))
        assert str(event["summary"]) == "Matinale de l'export"
        assert event.decoded("dtstart").isoformat().startswith("2026-12-10T08:30")
        if reg.first_name == "محمد":
            assert msg["Subject"] == "تذكرتك — Matinale de l'export" and 'dir="rtl"' in page
        else:
            assert msg["Subject"] == "Votre billet — Matinale de l'export" and 'dir="ltr"' in page
    rows = outbox.rows(ws)
    assert {r.state for r in rows} == {"sent"} and all(r.answer.startswith("250") for r in rows)


def test_arabic_subject_is_encoded_on_the_wire(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    send_tickets(ws, mail_ready, morning)
    raw = next(d for _, tos, d in smtp.handler.received if tos == ["mohammed@example.ma"])
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii() and b"Subject: =?utf-8?" in head
    msg = next(
        m
        for m in smtp.handler.messages()
        if m["To"].addresses[0].addr_spec == "mohammed@example.ma"
    )
    assert str(msg["Subject"]) == "تذكرتك — Matinale de l'export"
    assert 'dir="rtl"' in _by_type(msg)["text/html"][0].get_content()


def test_ticket_sent_is_an_operation_with_ids_only(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    send_tickets(ws, mail_ready, morning)
    with ws.db.read() as session:
        payloads = [
            p
            for (p,) in session.execute(
                select(Operation.payload).where(Operation.type == "ticket.sent")
            )
        ]
    assert len(payloads) == 4
    for text in payloads:
        payload = json.loads(text)
        assert set(payload) == {"registration_id", "code", "at", "message_id"}
    assert set(campaigns.last_sent(ws, morning)) == {
        r.id for r in registrations.list_registrations(ws, morning) if r.email
    }


def test_only_not_sent_and_changed(
    ws: Workspace, morning: str, smtp: MailServer, mail_ready: MailSettings
) -> None:
    send_tickets(ws, mail_ready, morning)
    assert campaigns.plan(ws, morning, only="not-sent").chosen == []
    assert campaigns.plan(ws, morning, only="changed").chosen == []
    amina = next(
        r for r in registrations.list_registrations(ws, morning) if r.first_name == "Amina"
    )
    new_code = registrations.reissue_code(ws, amina.id)
    changed = campaigns.plan(ws, morning, only="changed").chosen
    assert [r.code for r in changed] == [new_code]
    report = send_tickets(ws, mail_ready, morning, only="changed")
    assert report.sent == 1 and smtp.handler.recipients().count("amina@example.ma") == 2


def test_people_without_email_are_counted_apart(ws: Workspace, morning: str) -> None:
    chosen = campaigns.plan(ws, morning)
    assert [r.first_name for r in chosen.without_email] == ["Omar"]
    assert len(chosen.chosen) == 4
