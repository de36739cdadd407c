"""The words of each message, per language: a subject and a plain-text body with placeholders.

Placeholders (`{first_name}`, `{name}`, `{code}`, `{title}`, `{date}`, `{time}`, `{venue}`,
`{address}`, `{agenda}`, `{organiser}`) are filled by `render`; an unknown one is left as typed, so a
template edited by hand never breaks a send. A template named NAME may be replaced by the files
`mail_templates/NAME.<lang>.txt` in the data folder: the first line `Subject: …`, then the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from mornings_desktop.paths import data_dir

LANGUAGES = ("fr", "en", "ar")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


BUILT_IN: dict[str, dict[str, Template]] = {
    "ticket": {
        "fr": Template(
            "Votre billet — {title}",
            "Bonjour {first_name},\n\n"
            "Votre inscription à « {title} » est confirmée.\n"
            "Le {date} à {time}, {venue}.\n\n"
            "Votre code d'entrée : {code}\n"
            "Présentez le QR code ci-dessous (ou le billet PDF joint) à l'accueil.\n\n"
            "Programme :\n{agenda}\n\n"
            "À très bientôt,\n{organiser}",
        ),
        "en": Template(
            "Your ticket — {title}",
            "Hello {first_name},\n\n"
            "Your registration for “{title}” is confirmed.\n"
            "On {date} at {time}, {venue}.\n\n"
            "Your entry code: {code}\n"
            "Show the QR code below (or the attached PDF ticket) at the desk.\n\n"
            "Programme:\n{agenda}\n\n"
            "See you soon,\n{organiser}",
        ),
        "ar": Template(
            "تذكرتك — {title}",
            "مرحبا {first_name}،\n\n"
            "تم تأكيد تسجيلك في «{title}».\n"
            "يوم {date} على الساعة {time}، {venue}.\n\n"
            "رمز الدخول الخاص بك: {code}\n"
            "قدّم رمز QR أدناه (أو التذكرة المرفقة بصيغة PDF) عند الاستقبال.\n\n"
            "البرنامج:\n{agenda}\n\n"
            "إلى اللقاء قريبا،\n{organiser}",
        ),
    },
    "reminder": {
        "fr": Template(
            "Rappel : {title}, {date}",
            "Bonjour {first_name},\n\n"
            "Nous vous attendons à « {title} » le {date} à {time}, {venue}.\n"
            "Votre code d'entrée : {code} (QR code ci-dessous).\n\n"
            "Programme :\n{agenda}\n\n"
            "À très bientôt,\n{organiser}",
        ),
        "en": Template(
            "Reminder: {title}, {date}",
            "Hello {first_name},\n\n"
            "We look forward to seeing you at “{title}” on {date} at {time}, {venue}.\n"
            "Your entry code: {code} (QR code below).\n\n"
            "Programme:\n{agenda}\n\n"
            "See you soon,\n{organiser}",
        ),
        "ar": Template(
            "تذكير: {title}، {date}",
            "مرحبا {first_name}،\n\n"
            "ننتظرك في «{title}» يوم {date} على الساعة {time}، {venue}.\n"
            "رمز الدخول الخاص بك: {code} (رمز QR أدناه).\n\n"
            "البرنامج:\n{agenda}\n\n"
            "إلى اللقاء قريبا،\n{organiser}",
        ),
    },
}

_DAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}
_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    # Moroccan month names, as the window's Arabic locale (ar_MA) writes them.
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
           "نونبر", "دجنبر"),
}  # fmt: skip


def long_date(iso_day: str, language: str) -> str:
    """`2026-12-10` → `jeudi 10 décembre 2026` / `Thursday 10 December 2026` / `الخميس 10 دجنبر 2026`."""
    try:
        day = date.fromisoformat(iso_day)
    except ValueError:
        return iso_day
    lang = language if language in _DAYS else "fr"
    return f"{_DAYS[lang][day.weekday()]} {day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


def language_for(name: str, default: str = "fr") -> str:
    """`auto` picks Arabic for a name written in Arabic script, else `default`."""
    return "ar" if _ARABIC.search(name or "") else default


def template(name: str, language: str) -> Template:
    """The template `name` in `language` (a file in the data folder wins over the built-in one).
    Raises KeyError when neither exists."""
    lang = language if language in LANGUAGES else "fr"
    path = data_dir() / "mail_templates" / f"{name}.{lang}.txt"
    if path.is_file():
        text = path.read_text("utf-8")
        first, _, body = text.partition("\n")
        if first.lower().startswith("subject:"):
            return Template(first.split(":", 1)[1].strip(), body.lstrip("\n"))
        return Template(BUILT_IN.get(name, BUILT_IN["ticket"])[lang].subject, text)
    return BUILT_IN[name][lang]


def known(name: str) -> bool:
    return name in BUILT_IN or any((data_dir() / "mail_templates").glob(f"{name}.*.txt"))


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, values: dict[str, str]) -> str:
    """`text` with its placeholders replaced; unknown ones and stray braces stay as typed."""
    try:
        return text.format_map(_Keep(values))
    except (ValueError, IndexError, AttributeError):
        return text
