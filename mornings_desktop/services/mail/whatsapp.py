"""WhatsApp click-to-chat links for people without e-mail: `https://wa.me/<E.164 digits>?text=…`.

The number goes through the directory's phone parsing (E.164, Moroccan numbers by default); the
text is the ticket's short message in French or Arabic, percent-encoded as UTF-8.
"""

from __future__ import annotations

from urllib.parse import quote

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services.mail import templates
from mornings_desktop.text_keys import phone_key

_TEXT = {
    "fr": "Bonjour {first_name}, voici votre billet pour « {title} » le {date} à {time}, {venue}. "
    "Votre code d'entrée : {code}",
    "ar": "مرحبا {first_name}، هذه تذكرتك لـ«{title}» يوم {date} على الساعة {time}، {venue}. "
    "رمز الدخول: {code}",
}


def e164_digits(phone: str) -> str:
    """`06 61 23 45 67` → `212661234567`. Raises ValidationError when it is not a phone number."""
    key = phone_key(phone)
    if not key:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{phone} is not a phone number WhatsApp can reach."),
            phone=phone or "(empty)",
        )
    return key.lstrip("+")


def ticket_text(
    language: str, *, first_name: str, title: str, day: str, time: str, venue: str, code: str
) -> str:
    lang = language if language in _TEXT else "fr"
    return templates.fill(
        _TEXT[lang],
        {
            "first_name": first_name,
            "title": title,
            "date": templates.long_date(day, lang),
            "time": time,
            "venue": venue,
            "code": code,
        },
    )


def link(phone: str, text: str) -> str:
    """The click-to-chat link that opens a chat with `phone`, `text` typed in."""
    return f"https://wa.me/{e164_digits(phone)}?text={quote(text, safe='')}"
