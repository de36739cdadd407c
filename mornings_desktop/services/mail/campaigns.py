"""Who gets which message: tickets (everyone, not yet sent, or changed since sent) and reminders.

`plan` picks the registrations; `queue_messages` renders them into the outbox in one transaction.
People without an e-mail address are counted apart (the WhatsApp link is for them); a registration
with a message still waiting in the outbox (queued, sending or unknown) is never queued twice.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services import mornings
from mornings_desktop.services.mail import outbox, render, templates
from mornings_desktop.services.mail.consent import EVENT, may_contact
from mornings_desktop.services.mail.settings import MailSettings
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.tickets import ticket_registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Morning, Person
from mornings_desktop.store.schema_mail import OutboxMessage, TicketSent
from mornings_desktop.text_keys import is_valid_email

ONLY = ("not-sent", "changed")
# The Morning's fields whose change makes a sent ticket out of date.
_MORNING_FIELDS = ("date", "start_time", "venue")


@dataclass
class Plan:
    morning_id: str
    kind: str
    chosen: list[RegistrationRow] = field(default_factory=list)
    without_email: list[RegistrationRow] = field(default_factory=list)
    waiting: int = 0  # already in the outbox, not queued again


def morning_facts(ws: Workspace, morning_id: str) -> render.MorningFacts:
    """The Morning as messages tell it, with its programme and its .ics invitation."""
    from mornings_desktop.services import agenda_programme

    m = mornings.get(ws, morning_id)
    sessions = agenda_programme.programme(ws, morning_id)["sessions"]
    facts = render.MorningFacts(
        id=m.id,
        title=m.title,
        date=m.date,
        start_time=m.start_time or "",
        end_time=m.end_time or "",
        venue=m.venue or "",
        timezone=m.timezone or "Africa/Casablanca",
        agenda=tuple((str(s["start"]), str(s["title"] or s["kind"])) for s in sessions),
    )
    return render.with_invitation(facts)


def _reading(stamp: str | None) -> str:
    return (stamp or "").partition("/")[0]


def last_sent(ws: Workspace, morning_id: str) -> dict[str, tuple[str, str]]:
    """registration id → (code, hlc) of its latest `ticket.sent`."""
    from mornings_desktop.store.schema import Registration

    query = (
        select(TicketSent.registration_id, TicketSent.code, TicketSent.hlc)
        .join(Registration, Registration.id == TicketSent.registration_id)
        .where(Registration.morning_id == morning_id)
        .order_by(TicketSent.hlc)
    )
    with ws.db.read() as session:
        return {r: (c, h) for r, c, h in session.execute(query)}


def _changed(
    ws: Workspace, morning_id: str, regs: list[RegistrationRow], sent: dict[str, tuple[str, str]]
) -> list[RegistrationRow]:
    with ws.db.read() as session:
        stamps = json.loads(
            session.execute(select(Morning.stamps).where(Morning.id == morning_id)).scalar_one()
            or "{}"
        )
        morning_at = max((_reading(stamps.get(f)) for f in _MORNING_FIELDS), default="")
        person_ids = [r.person_id for r in regs]
        email_at = {
            pid: _reading(json.loads(s or "{}").get("email"))
            for pid, s in session.execute(
                select(Person.id, Person.stamps).where(Person.id.in_(person_ids))
            )
        }
    out = []
    for r in regs:
        code, at = sent[r.id]
        if code != r.code or morning_at > at or email_at.get(r.person_id, "") > at:
            out.append(r)
    return out


def _waiting(ws: Workspace, morning_id: str, kind: str) -> set[str]:
    with ws.db.read() as session:
        return {
            str(r)
            for r in session.execute(
                select(OutboxMessage.registration_id).where(
                    OutboxMessage.morning_id == morning_id,
                    OutboxMessage.kind == kind,
                    OutboxMessage.state.in_(["queued", "sending", "unknown"]),
                )
            ).scalars()
            if r
        }


def plan(
    ws: Workspace,
    morning_id: str,
    *,
    kind: str = "ticket",
    only: str | None = None,
    registration_ids: Iterable[str] | None = None,
    purpose: str = EVENT,
) -> Plan:
    """The registrations to write to. `only`: "not-sent" (no ticket sent yet) or "changed" (their
    code or e-mail, or the Morning's date, time or venue, changed since their last ticket)."""
    if only is not None and only not in ONLY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "--only is not-sent or changed, not {value}."), value=only
        )
    regs = ticket_registrations(ws, morning_id, registration_ids)
    sent = last_sent(ws, morning_id)
    if only == "not-sent":
        regs = [r for r in regs if r.id not in sent]
    elif only == "changed":
        regs = _changed(ws, morning_id, [r for r in regs if r.id in sent], sent)
    waiting = _waiting(ws, morning_id, kind)
    result = Plan(morning_id, kind)
    for r in regs:
        if r.id in waiting:
            result.waiting += 1
        elif not r.email or not is_valid_email(r.email):
            result.without_email.append(r)
        elif may_contact(ws, r.person_id, purpose):
            result.chosen.append(r)
    return result


def recipient(r: RegistrationRow, language: str = "auto") -> render.Recipient:
    lang = templates.language_for(r.name) if language == "auto" else language
    return render.Recipient(
        r.id, r.name, r.first_name, r.email, r.code, r.organisation, r.category, lang
    )


def queue_messages(
    ws: Workspace,
    settings: MailSettings,
    chosen: Plan,
    *,
    template: str = "ticket",
    language: str = "auto",
    progress: Callable[[int, int, str], None] | None = None,
) -> str:
    """Render every chosen message and queue them as one batch. Returns the batch id."""
    if not templates.known(template):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no mail template named {name}."), name=template
        )
    facts = morning_facts(ws, chosen.morning_id)
    messages = []
    for i, r in enumerate(chosen.chosen):
        done = render.render(
            settings, facts, recipient(r, language), template=template,
            attach_ticket=chosen.kind == "ticket",
        )  # fmt: skip
        messages.append(
            outbox.NewMessage(
                chosen.kind,
                r.email,
                done.subject,
                done.message_id,
                done.data,
                chosen.morning_id,
                r.id,
                r.code,
            )
        )
        if progress is not None:
            progress(i + 1, len(chosen.chosen), r.name)
    return outbox.queue(ws, messages)
