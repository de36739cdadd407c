"""Build one message: HTML and plain text, the QR code inline (`cid:`), the ticket PDF and the
Morning's `.ics` attached. The standard library's `email` package does all the MIME work; with the
SMTP policy, non-ASCII subjects and names (Arabic) become encoded words and lines end in CRLF.

Structure: multipart/mixed [ multipart/alternative [ text/plain, multipart/related [ text/html,
image/png (the QR) ] ], application/pdf (the ticket), text/calendar (the invitation) ].
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

from mornings_desktop.services.mail import templates
from mornings_desktop.services.mail.settings import MailSettings


@dataclass(frozen=True)
class MorningFacts:
    """What a message says about the Morning (the same for every recipient)."""

    id: str
    title: str
    date: str  # YYYY-MM-DD
    start_time: str
    end_time: str
    venue: str
    timezone: str = "Africa/Casablanca"
    agenda: tuple[tuple[str, str], ...] = ()  # (start, title) per session
    ics: bytes = b""  # filled once per Morning by `with_invitation`


@dataclass(frozen=True)
class Recipient:
    registration_id: str
    name: str
    first_name: str
    email: str
    code: str
    organisation: str = ""
    category: str = ""
    language: str = "fr"


@dataclass(frozen=True)
class Rendered:
    message_id: str
    subject: str
    recipient: str
    data: bytes  # the whole message, CRLF line ends, ready for DATA
    text: str = ""
    html: str = ""
    parts: list[str] = field(default_factory=list)


def invitation(m: MorningFacts) -> bytes:
    """The Morning as one calendar event (.ics), in the venue's local time."""
    from icalendar import Calendar, Event

    tz = ZoneInfo(m.timezone or "Africa/Casablanca")
    day = datetime.fromisoformat(m.date)

    def at(hhmm: str, fallback: int) -> datetime:
        try:
            hour, minute = (int(x) for x in hhmm.split(":"))
        except ValueError:
            hour, minute = fallback, 0
        return day.replace(hour=hour, minute=minute, tzinfo=tz)

    start = at(m.start_time, 8)
    end = at(m.end_time, 11)
    cal = Calendar()
    cal.add("prodid", "-//Club Made in Morocco//Mornings Desktop//FR")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{m.id}@mornings.clubmadeinmorocco")
    event.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    event.add("dtstart", start)
    event.add("dtend", end if end > start else start + timedelta(hours=2))
    event.add("summary", m.title)
    if m.venue:
        event.add("location", m.venue)
    if m.agenda:
        event.add("description", "\n".join(f"{s} {t}" for s, t in m.agenda))
    cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def with_invitation(m: MorningFacts) -> MorningFacts:
    from dataclasses import replace

    return replace(m, ics=invitation(m))


def qr_png(code: str, module_px: int = 8) -> bytes:
    """The QR code of `code` as a PNG with its 4-module quiet zone (the matrix the PDF draws)."""
    from PIL import Image

    from mornings_desktop.documents.tickets_pdf import QUIET, qr_matrix

    matrix = qr_matrix(code)
    n = len(matrix) + 2 * QUIET
    image = Image.new("1", (n, n), 1)
    image.putdata(
        [
            0
            if QUIET <= y < n - QUIET and QUIET <= x < n - QUIET and matrix[y - QUIET][x - QUIET]
            else 1
            for y in range(n)
            for x in range(n)
        ]
    )
    out = io.BytesIO()
    image.resize((n * module_px, n * module_px), Image.Resampling.NEAREST).save(out, "PNG")
    return out.getvalue()


def ticket_pdf(r: Recipient, m: MorningFacts, date_text: str) -> bytes:
    """One ticket card on an A4 page, drawn by the tickets document's own code."""
    from reportlab.pdfgen.canvas import Canvas

    from mornings_desktop.documents import tickets_pdf

    tickets_pdf.register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(tickets_pdf.PAGE_W, tickets_pdf.PAGE_H))
    canvas.setTitle(m.title)
    canvas.setAuthor("Mornings Desktop")
    ticket = tickets_pdf.Ticket(r.registration_id, r.name, r.organisation, r.code, r.category)
    event = tickets_pdf.TicketEvent(m.title, date_text, m.venue)
    tickets_pdf.draw_card(canvas, ticket, event, 0, tickets_pdf.PAGE_H - tickets_pdf.CARD_H)
    canvas.save()
    return out.getvalue()


def values(r: Recipient, m: MorningFacts, settings: MailSettings) -> dict[str, str]:
    lang = r.language
    return {
        "first_name": r.first_name or r.name,
        "name": r.name,
        "code": r.code,
        "title": m.title,
        "date": templates.long_date(m.date, lang),
        "time": m.start_time,
        "venue": m.venue,
        "address": m.venue,
        "agenda": "\n".join(f"{start}  {title}" for start, title in m.agenda) or "—",
        "organiser": settings.from_name or settings.from_address,
    }


def _html(text: str, language: str, qr_cid: str | None, code: str) -> str:
    rtl = language == "ar"
    paragraphs = "".join(
        "<p>" + "<br>".join(html.escape(line) for line in block.split("\n")) + "</p>"
        for block in text.split("\n\n")
    )
    qr = (
        f'<p style="text-align:center"><img src="cid:{qr_cid[1:-1]}" alt="{html.escape(code)}" '
        f'width="200" height="200"><br><code>{html.escape(code)}</code></p>'
        if qr_cid
        else ""
    )
    direction = ' dir="rtl"' if rtl else ' dir="ltr"'
    align = "right" if rtl else "left"
    return (
        f'<!DOCTYPE html><html lang="{language}"{direction}><head><meta charset="utf-8"></head>'
        f'<body{direction} style="font-family:sans-serif;text-align:{align}">'
        f"{paragraphs}{qr}</body></html>"
    )


def render(
    settings: MailSettings,
    m: MorningFacts,
    r: Recipient,
    *,
    template: str = "ticket",
    attach_ticket: bool = True,
    words: templates.Template | None = None,
) -> Rendered:
    """The message for `r` from the template `template` in the recipient's language (or from
    `words`, the template editor's unsaved text, for its preview)."""
    words = words or templates.template(template, r.language)
    fields = values(r, m, settings)
    subject = " ".join(templates.fill(words.subject, fields).split())
    text = templates.fill(words.body, fields)
    domain = settings.from_address.rpartition("@")[2] or "mornings.local"
    message_id = make_msgid(idstring=r.registration_id[:8] or None, domain=domain)
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = subject
    msg["From"] = settings.sender
    msg["To"] = Address(r.name, addr_spec=r.email)
    if settings.reply_to:
        msg["Reply-To"] = settings.reply_to
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = message_id
    msg["Content-Language"] = r.language
    msg.set_content(text)
    qr_cid = make_msgid(idstring="qr", domain=domain) if r.code else None
    page = _html(text, r.language, qr_cid, r.code)
    msg.add_alternative(page, subtype="html")
    if qr_cid:
        html_part = next(p for p in msg.iter_parts() if p.get_content_type() == "text/html")
        html_part.add_related(qr_png(r.code), "image", "png", cid=qr_cid, filename=f"{r.code}.png")
    if attach_ticket and r.code:
        date_text = f"{templates.long_date(m.date, 'fr')}, {m.start_time}"
        msg.add_attachment(
            ticket_pdf(r, m, date_text), "application", "pdf", filename=f"billet-{r.code}.pdf"
        )
    if m.ics:
        msg.add_attachment(
            m.ics.decode("utf-8"),
            subtype="calendar",
            filename="invitation.ics",
            params={"method": "PUBLISH"},
        )
    return Rendered(message_id, subject, r.email, msg.as_bytes(), text, page)
