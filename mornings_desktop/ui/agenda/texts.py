"""Person-facing words of the agenda: kinds, roles and warning sentences (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mornings_desktop.services.agenda_warnings import Warning


def tr(text: str) -> str:
    return QCoreApplication.translate("agenda", text)


def kind_labels() -> dict[str, str]:
    return {
        "welcome": tr("Welcome"),
        "keynote": tr("Keynote"),
        "talk": tr("Talk"),
        "panel": tr("Panel"),
        "break": tr("Break"),
        "networking": tr("Networking"),
        "closing": tr("Closing"),
    }


def role_labels() -> dict[str, str]:
    return {"speaker": tr("speaker"), "moderator": tr("moderator"), "panellist": tr("panellist")}


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
        body = tr("“{first}” and “{second}” overlap in the same room {room}.").format(
            first=p.get("first", ""), second=p.get("second", ""), room=p.get("room", "") or "—"
        )
    elif w.rule == "speaker_clash":
        body = tr("{speaker} is in two places at once: “{first}” and “{second}”.").format(**p)
    elif w.rule == "outside_hours":
        body = tr(
            "“{title}” ({start}–{end}) is outside the Morning's hours ({opens}–{closes})."
        ).format(**p)
    elif w.rule == "missing_title":
        body = tr("A session has no title.")
    elif w.rule == "missing_speaker":
        body = tr("“{title}” ({kind}) has no speaker.").format(
            title=p.get("title", ""), kind=kind_labels().get(p.get("kind", ""), p.get("kind", ""))
        )
    elif w.rule == "speaker_unregistered":
        body = tr("{speaker} is on the agenda but not registered for this Morning.").format(**p)
    else:
        body = w.rule
    if w.blocking:
        return "✖ " + tr("Blocking:") + " " + body
    if w.acknowledged:
        return "✓ " + tr("Acknowledged:") + " " + body
    return "⚠ " + tr("Warning:") + " " + body
