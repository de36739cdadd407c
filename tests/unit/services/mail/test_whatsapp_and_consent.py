"""The WhatsApp click-to-chat link, and who may be contacted for what."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from mornings_desktop.errors import ValidationError
from mornings_desktop.services.mail import whatsapp
from mornings_desktop.services.mail.consent import may_contact
from mornings_desktop.services.workspace import Workspace

ARGS = {"first_name": "Omar", "title": "Matinale de l'export", "day": "2026-12-10", "time": "08:30",
        "venue": "Hyatt, Casablanca", "code": "ABCD-EFGH"}  # fmt: skip


@pytest.mark.parametrize(
    ("phone", "digits"),
    [
        ("0661234567", "212661234567"),
        ("+212 6 61 23 45 67", "212661234567"),
        ("0033 6 12 34 56 78", "33612345678"),
    ],
)
def test_the_number_is_e164_digits(phone: str, digits: str) -> None:
    link = whatsapp.link(phone, "x")
    assert urlsplit(link).netloc == "wa.me" and urlsplit(link).path == f"/{digits}"


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_text_is_encoded_and_decodes_back(language: str) -> None:
    text = whatsapp.ticket_text(language, **ARGS)
    link = whatsapp.link("06 61 23 45 67", text)
    assert link.isascii() and " " not in link
    assert parse_qs(urlsplit(link).query)["text"] == [text]
    assert "ABCD-EFGH" in text
    if language == "ar":
        assert "الخميس 10 دجنبر 2026" in text and "مرحبا Omar" in text
    else:
        assert "jeudi 10 décembre 2026" in text


def test_not_a_phone_number() -> None:
    with pytest.raises(ValidationError, match="is not a phone number"):
        whatsapp.link("call me", "x")


def test_event_mail_needs_no_consent_and_the_rest_needs_a_yes(ws: Workspace) -> None:
    assert may_contact(ws, "someone", "event")
    assert not may_contact(ws, "someone", "newsletter")
