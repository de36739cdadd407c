"""Person-facing words of the agenda: kinds, roles and warning sentences (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mornings_desktop.services.agenda_warnings import Warning
from mornings_desktop.ui.labels import language
from mornings_desktop.wording import labels
from mornings_desktop.wording.tr import apart


def kind_labels() -> dict[str, str]:
    return labels.labels_of("session_type", language())


def role_labels() -> dict[str, str]:
    return labels.labels_of("role", language())


def kind_from_text(text: str) -> str | None:
    """A kind key from what was typed: the key itself or its translated label, any case,
    or the unique kind the typed text starts."""
    typed = text.strip().casefold()
    if not typed:
        return None
    labels = kind_labels()
    for key, label in labels.items():
        if typed in (key, label.casefold()):
            return key
    starts = {
        k
        for k, label in labels.items()
        if k.startswith(typed) or label.casefold().startswith(typed)
    }
    return starts.pop() if len(starts) == 1 else None


def warning_text(w: Warning) -> str:
    """One sentence, with the symbol that tells its severity without colour."""
    p = w.params
    if w.rule == "room_overlap":
        body = QCoreApplication.translate(
            "agenda", "“{first}” and “{second}” overlap in the same room {room}."
        ).format(
            first=apart(p.get("first", "")),
            second=apart(p.get("second", "")),
            room=apart(p.get("room", "")) or "—",
        )
    elif w.rule == "speaker_clash":
        body = QCoreApplication.translate(
            "agenda", "{speaker} is in two places at once: “{first}” and “{second}”."
        ).format(**{key: apart(value) for key, value in p.items()})
    elif w.rule == "outside_hours":
        body = QCoreApplication.translate(
            "agenda", "“{title}” ({start}–{end}) is outside the Morning's hours ({opens}–{closes})."
        ).format(**{**p, "title": apart(p.get("title", ""))})
    elif w.rule == "missing_title":
        body = QCoreApplication.translate("agenda", "A session has no title.")
    elif w.rule == "missing_speaker":
        body = QCoreApplication.translate("agenda", "“{title}” ({kind}) has no speaker.").format(
            title=apart(p.get("title", "")),
            kind=kind_labels().get(p.get("kind", ""), p.get("kind", "")),
        )
    elif w.rule == "speaker_unregistered":
        body = QCoreApplication.translate(
            "agenda", "{speaker} is on the agenda but not registered for this Morning."
        ).format(speaker=apart(p.get("speaker", "")))
    else:
        body = w.rule
    if w.blocking:
        return "✖ " + QCoreApplication.translate("agenda", "Blocking:") + " " + body
    if w.acknowledged:
        return "✓ " + QCoreApplication.translate("agenda", "Acknowledged:") + " " + body
    return "⚠ " + QCoreApplication.translate("agenda", "Warning:") + " " + body
