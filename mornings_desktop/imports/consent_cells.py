"""Consent columns of a registration file ("Consentement", "Newsletter", "Photos", "موافقة"…): which
purpose each column answers and how a cell reads (yes, no, or no answer)."""

from __future__ import annotations

from mornings_desktop.text_keys import fold

COLUMNS = {
    "consent_tickets": "tickets",
    "consent_newsletter": "newsletter",
    "consent_photos": "photos",
}
YES = {"oui", "yes", "y", "o", "1", "true", "vrai", "x", "ok", "accepte", "j accepte", "نعم"}
NO = {"non", "no", "n", "0", "false", "faux", "refuse", "je refuse", "لا"}


def answer(cell: str) -> str:
    """yes, no, or not_asked (a blank or unrecognised cell)."""
    key = fold(cell).replace("'", " ").strip()
    if key in YES or cell.strip() in YES:
        return "yes"
    if key in NO or cell.strip() in NO:
        return "no"
    return "not_asked"
