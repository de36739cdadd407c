"""The words of each message, per language: a subject and a plain-text body with placeholders.

Placeholders (`{first_name}`, `{name}`, `{code}`, `{title}`, `{date}`, `{time}`, `{venue}`,
`{address}`, `{agenda}`, `{organiser}`) are filled by `render`; an unknown one is left as typed, so a
template edited by hand never breaks a send. A template named NAME may be replaced by the files
`mail_templates/NAME.<lang>.txt` in the data folder: the first line `Subject: …`, then the body.
`save` (the window's template editor and `mornings mail template set`) checks the placeholders and
writes that file at once; `reset` removes it (back to the built-in words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from string import Formatter

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.paths import data_dir
from mornings_desktop.services.atomic_write import write_atomically

LANGUAGES = ("fr", "en", "ar")
PLACEHOLDERS = (
    "first_name", "name", "code", "title", "date", "time", "venue", "address", "agenda",
    "organiser",
)  # fmt: skip
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
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
    """The template `name` in `language`: a file in the data folder wins over the built-in words;
    a template made here and not written in `language` gives its words in the language
    `words_from` names (French first, then English, then Arabic). Raises KeyError when the
    template does not exist at all."""
    return _read(name, words_from(name, language))


def words_from(name: str, language: str) -> str:
    """The language whose words `template(name, language)` gives: `language` itself when the
    template is written in it (built in or saved), else the first of French, English, Arabic it is
    written in. Raises KeyError when the template does not exist at all."""
    lang = language if language in LANGUAGES else "fr"
    if name in BUILT_IN:
        return lang
    for candidate in (lang, *(other for other in LANGUAGES if other != lang)):
        if (folder() / f"{name}.{candidate}.txt").is_file():
            return candidate
    raise KeyError(name)


def _read(name: str, lang: str) -> Template:
    path = folder() / f"{name}.{lang}.txt"
    if path.is_file():
        text = path.read_text("utf-8")
        first, _, body = text.partition("\n")
        if first.lower().startswith("subject:"):
            return Template(first.split(":", 1)[1].strip(), body.lstrip("\n"))
        return Template(BUILT_IN.get(name, BUILT_IN["ticket"])[lang].subject, text)
    return BUILT_IN[name][lang]


def known(name: str) -> bool:
    return name in BUILT_IN or any(folder().glob(f"{name}.*.txt"))


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, values: dict[str, str]) -> str:
    """`text` with its placeholders replaced; unknown ones and stray braces stay as typed."""
    try:
        return text.format_map(_Keep(values))
    except (ValueError, IndexError, AttributeError):
        return text


def folder() -> Path:
    return data_dir() / "mail_templates"


def names() -> list[str]:
    """Every template: the built-in ones, then those only in files."""
    found = (
        {p.name.split(".", 1)[0] for p in folder().glob("*.*.txt")} if folder().is_dir() else set()
    )
    return [*BUILT_IN, *sorted(found - set(BUILT_IN))]


def is_custom(name: str, language: str) -> bool:
    """Whether the template's words in `language` come from a file (edited), not the built-in."""
    return (folder() / f"{name}.{language}.txt").is_file()


def check_name(name: str) -> str:
    if not _NAME.match(name or ""):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A template name is lower-case letters, digits, - or _ (such as reminder-j1), "
                "not {name}.",
            ),
            name=name or "(empty)",
        )
    return name


def check_new_name(name: str, taken: list[str] | None = None) -> str:
    """The name of a template to create, checked: given, not one that exists (built in, in a
    file, or in `taken`: made in the window and not saved yet), and well formed."""
    name = name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the new template a name."))
    if name in names() or name in (taken or []):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A template called “{name}” already exists; choose another name."
            ),
            name=name,
        )
    return check_name(name)


def check(subject: str, body: str) -> None:
    """A ValidationError with one sentence for the first fault: an empty subject or body, a
    brace left open, or a placeholder that does not exist."""
    if not subject.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The subject cannot be empty."))
    if "\n" in subject.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The subject must be one line."))
    if not body.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The message cannot be empty."))
    known_ones = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    for text in (subject, body):
        try:
            fields = [f for _, f, _, _ in Formatter().parse(text) if f is not None]
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A brace is not closed; placeholders are written like {example}."
                ),
                example="{first_name}",
            ) from None
        for f in fields:
            if f not in PLACEHOLDERS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "{placeholder} is not a placeholder; use one of {known}."
                    ),
                    placeholder="{" + f + "}",
                    known=known_ones,
                )


def save(name: str, language: str, subject: str, body: str) -> Path:
    """Check then keep the template `name` in `language` (written at once, or not at all)."""
    check_name(name)
    if language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The language must be fr, en or ar, not {language}."),
            language=language,
        )
    check(subject, body)
    text = f"Subject: {' '.join(subject.split())}\n{body.rstrip()}\n"
    target = folder() / f"{name}.{language}.txt"
    target.parent.mkdir(parents=True, exist_ok=True)

    def write(tmp: Path) -> None:
        tmp.write_text(text, "utf-8")

    write_atomically(target, write)
    return target


def reset(name: str, language: str) -> bool:
    """Back to the built-in words (removes the file). False when there was no file."""
    path = folder() / f"{check_name(name)}.{language}.txt"
    if not path.is_file():
        return False
    path.unlink()
    return True
