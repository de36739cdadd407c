"""How a person's name reads everywhere (lists, badges, exports, the desk): below the services that
show it, so the people and registrations services need not import each other for it."""

from __future__ import annotations


def display_name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in ((first or "").strip(), (last or "").strip()) if part)
