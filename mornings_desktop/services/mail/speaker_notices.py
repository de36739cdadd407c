"""Speakers told of changes: after publishing programme version N, each speaker concerned gets the
sessions that changed for them since the version they were last sent, with the new programme PDF.

A speaker never sent anything gets all their sessions. A speaker with nothing changed is skipped.
What each speaker was sent is an operation (`agenda.speaker_notified`), so every desk knows.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services import agenda_programme, agenda_versions, speakers
from mornings_desktop.services.mail import outbox, templates
from mornings_desktop.services.mail.settings import MailSettings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema_mail import SpeakerNotice
from mornings_desktop.text_keys import is_valid_email

_WORDS = {
    "fr": ("Programme mis à jour — {title}", "Bonjour {name},\n\nLe programme de « {title} » ({date}) "
           "a changé pour vous :\n\n{changes}\n\nLe programme complet est joint.\n\n{organiser}",
           "Nouveau", "Retiré", "Déplacé", "Intervenants"),
    "en": ("Programme updated — {title}", "Hello {name},\n\nThe programme of “{title}” ({date}) "
           "changed for you:\n\n{changes}\n\nThe whole programme is attached.\n\n{organiser}",
           "New", "Removed", "Moved", "Speakers"),
    "ar": ("تحديث البرنامج — {title}", "مرحبا {name}،\n\nتغيّر برنامج «{title}» ({date}) "
           "بالنسبة لك:\n\n{changes}\n\nالبرنامج الكامل مرفق.\n\n{organiser}",
           "جديد", "أُلغي", "نُقل", "المتدخلون"),
}  # fmt: skip


@dataclass(frozen=True)
class Notice:
    speaker_id: str
    name: str
    email: str
    language: str
    lines: tuple[str, ...]


def _has(session: dict[str, Any], speaker_id: str) -> bool:
    return any(p.get("speaker_id") == speaker_id for p in session.get("speakers", []))


def _where(s: dict[str, Any]) -> str:
    room = f", {s['room']}" if s.get("room") else ""
    return f"{s['start']}–{s['end']} {s['title'] or s['kind']}{room}"


def changes_for(
    old: dict[str, Any], new: dict[str, Any], speaker_id: str, language: str
) -> list[str]:
    """The lines telling one speaker what changed for them from `old` to `new`."""
    _, _, new_w, removed_w, moved_w, speakers_w = _WORDS[language]
    d = agenda_versions.diff(old, new)
    before = {s["id"]: s for s in old.get("sessions", [])}
    after = {s["id"]: s for s in new.get("sessions", [])}
    lines = [f"{new_w}: {_where(s)}" for s in d.added if _has(s, speaker_id)]
    lines += [f"{removed_w}: {_where(s)}" for s in d.removed if _has(s, speaker_id)]
    for m in d.moved:
        if _has(after[m.id], speaker_id) or _has(before[m.id], speaker_id):
            arrow = "←" if language == "ar" else "→"  # from the old place to the new, as it reads
            lines.append(f"{moved_w}: {_where(before[m.id])} {arrow} {_where(after[m.id])}")
    for c in d.speakers_changed:
        if _has(after[c.id], speaker_id) or _has(before[c.id], speaker_id):
            who = ", ".join([*(f"+ {n}" for n in c.added), *(f"− {n}" for n in c.removed)])
            lines.append(f"{speakers_w}: {_where(after[c.id])}: {who}")
    return lines


def _last_versions(ws: Workspace, morning_id: str) -> dict[str, str]:
    query = (
        select(SpeakerNotice.speaker_id, SpeakerNotice.version_id)
        .where(SpeakerNotice.morning_id == morning_id)
        .order_by(SpeakerNotice.hlc)
    )
    with ws.db.read() as session:
        return {s: v for s, v in session.execute(query)}


def plan(ws: Workspace, morning_id: str) -> tuple[agenda_versions.VersionInfo, list[Notice]]:
    """The latest published version and the notices to send. Raises ValidationError when nothing
    was published yet."""
    published = agenda_versions.versions(ws, morning_id)
    if not published:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Publish the programme before telling the speakers.")
        )
    latest = published[-1]
    by_id = {v.id: v.snapshot for v in published}
    last = _last_versions(ws, morning_id)
    concerned = {
        p["speaker_id"]
        for snap in [latest.snapshot, *(by_id.get(v, {}) for v in last.values())]
        for s in snap.get("sessions", [])
        for p in s.get("speakers", [])
    }
    notices = []
    for speaker_id in sorted(concerned):
        if last.get(speaker_id) == latest.id:
            continue
        info = speakers.get(ws, speaker_id)
        first = (info.languages or "fr").split(",")[0].strip()
        language = first if first in _WORDS else "fr"
        old = by_id.get(last.get(speaker_id, ""), {})
        lines = changes_for(old, latest.snapshot, speaker_id, language)
        if lines and info.email and is_valid_email(info.email):
            notices.append(Notice(speaker_id, info.name, info.email, language, tuple(lines)))
    return latest, notices


def queue(ws: Workspace, settings: MailSettings, morning_id: str) -> tuple[str, int]:
    """Queue every notice with the programme PDF attached. Returns (batch id, how many)."""
    from mornings_desktop.documents.programme_pdf import write_programme_pdf

    version, notices = plan(ws, morning_id)
    programme = agenda_programme.programme(ws, morning_id)
    with tempfile.TemporaryDirectory() as folder:
        pdf = write_programme_pdf(programme, Path(folder) / "programme.pdf").read_bytes()
    morning = programme["morning"]
    domain = settings.from_address.rpartition("@")[2] or "mornings.local"
    messages = []
    for n in notices:
        subject_t, body_t, *_ = _WORDS[n.language]
        values = {
            "name": n.name,
            "title": morning["title"],
            "date": templates.long_date(morning["date"], n.language),
            "changes": "\n".join(f"• {line}" for line in n.lines),
            "organiser": settings.from_name or settings.from_address,
        }
        msg = EmailMessage(policy=SMTP)
        msg["Subject"] = templates.fill(subject_t, values)
        msg["From"] = settings.sender
        msg["To"] = Address(n.name, addr_spec=n.email)
        if settings.reply_to:
            msg["Reply-To"] = settings.reply_to
        msg["Date"] = format_datetime(datetime.now(UTC))
        message_id = make_msgid(domain=domain)
        msg["Message-ID"] = message_id
        msg.set_content(templates.fill(body_t, values))
        msg.add_attachment(pdf, "application", "pdf", filename="programme.pdf")
        messages.append(
            outbox.NewMessage(
                "speakers",
                n.email,
                str(msg["Subject"]),
                message_id,
                msg.as_bytes(),
                morning_id,
                n.speaker_id,
                version.id,
            )
        )
    return outbox.queue(ws, messages), len(messages)
