"""The rule for a desk's name (no SQLAlchemy here: commands check it before opening anything)."""

from __future__ import annotations

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_DESK_NAME = 40


def check_desk_name(name: str | None) -> str:
    """A desk name is 1–40 visible characters (it is shown on reports and in the review screen)."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The desk name cannot be empty."))
    if len(cleaned) > MAX_DESK_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The desk name is too long (at most {n} characters)."),
            n=MAX_DESK_NAME,
        )
    return cleaned
