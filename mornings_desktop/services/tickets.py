"""Tickets of a Morning: everyone, a selection or one person, as a PDF or a mail-merge workbook."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services import mornings
from mornings_desktop.services.registrations import RegistrationRow, list_registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.wording.labels import category_labels

_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip


def french_date(iso_day: str, start: str = "") -> str:
    """`2026-12-10`, `08:30` → `jeudi 10 décembre 2026, 08:30`."""
    from datetime import date

    try:
        day = date.fromisoformat(iso_day)
    except ValueError:
        return iso_day
    text = f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{text}, {start}" if start else text


def ticket_registrations(
    ws: Workspace, morning_id: str, registration_ids: Iterable[str] | None = None
) -> list[RegistrationRow]:
    """The registrations to print: not cancelled, with a code; only `registration_ids` if given."""
    wanted = set(registration_ids) if registration_ids is not None else None
    return [
        r
        for r in list_registrations(ws, morning_id, include_cancelled=False)
        if r.code and (wanted is None or r.id in wanted)
    ]


def write_tickets(
    ws: Workspace,
    morning_id: str,
    path: Path | str,
    *,
    registration_ids: Iterable[str] | None = None,
    note: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> int:
    """Write tickets to `path` (.pdf cards or .xlsx mail merge). Returns how many were written."""
    from mornings_desktop.documents import tickets_pdf, tickets_xlsx

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Tickets are written as .pdf or .xlsx, not {ext}."),
            ext=suffix or "(none)",
        )
    if not target.parent.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
            folder=str(target.parent),
        )
    morning = mornings.get(ws, morning_id)
    rows = ticket_registrations(ws, morning_id, registration_ids)
    names = category_labels(ws, "fr")  # tickets and the mail merge are in French
    if suffix == ".pdf":
        event = tickets_pdf.TicketEvent(
            title=morning.title,
            date_text=french_date(morning.date, morning.start_time),
            venue=morning.venue,
            **({"note": note} if note else {}),
        )
        tickets = [
            tickets_pdf.Ticket(
                r.id, r.name, r.organisation, r.code, names.get(r.category, r.category)
            )
            for r in rows
        ]
        tickets_pdf.write_tickets_pdf(target, tickets, event, progress=progress)
    else:
        merge_rows = [
            tickets_xlsx.MailMergeRow(
                r.id,
                r.first_name,
                r.last_name,
                r.name,
                r.email,
                r.organisation,
                names.get(r.category, r.category),
                r.code,
            )
            for r in rows
        ]
        tickets_xlsx.write_mail_merge(target, merge_rows, progress=progress)
    return len(rows)
