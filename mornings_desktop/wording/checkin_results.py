"""A scan's result in words: the headline and the line under it, once, for window and command line.

The service (`services/checkin.py`) returns a result key, a reason key and data; this module turns
them into translated sentences. A write failure carries the database error's own template
(context "errors"), translated here as well, so a full disk reads French in the French window.
"""

from __future__ import annotations

from collections.abc import Mapping

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.services.scan_result import ScanResult
from mornings_desktop.wording import labels
from mornings_desktop.wording.tr import Words

CTX = "CheckinResult"

HEADLINES: dict[str, str] = {
    "admitted": QT_TRANSLATE_NOOP("CheckinResult", "Admitted"),
    "attention": QT_TRANSLATE_NOOP("CheckinResult", "Admitted — attention"),
    "already": QT_TRANSLATE_NOOP("CheckinResult", "Already checked in"),
    "wrong_event": QT_TRANSLATE_NOOP("CheckinResult", "Not for this Morning"),
    "cancelled": QT_TRANSLATE_NOOP("CheckinResult", "Cancelled"),
    "unknown": QT_TRANSLATE_NOOP("CheckinResult", "Unknown ticket"),
    "invalid": QT_TRANSLATE_NOOP("CheckinResult", "Code not recognised"),
    "error": QT_TRANSLATE_NOOP("CheckinResult", "NOT SAVED"),
    "undone": QT_TRANSLATE_NOOP("CheckinResult", "Check-in undone"),
    "ready": QT_TRANSLATE_NOOP("CheckinResult", "Ready: scan a ticket or type a name"),
    "search": QT_TRANSLATE_NOOP("CheckinResult", "Searching…"),
    "no_match": QT_TRANSLATE_NOOP(
        "CheckinResult", "No result — Ctrl+N to register them on the spot"
    ),
    # the kiosk finds no one by name (`ui/checkin/desk_search.py`): the visitor's one sentence
    "tickets_only": QT_TRANSLATE_NOOP(
        "CheckinResult", "Please show your ticket's QR code, or ask the staff at the desk."
    ),
}

# (result, reason) -> the line under the headline; ("result", "") is the result's default.
DETAILS: dict[tuple[str, str], str] = {
    ("admitted", ""): QT_TRANSLATE_NOOP("CheckinResult", "Welcome! Category: {category}."),
    ("already", ""): QT_TRANSLATE_NOOP(
        "CheckinResult", "Arrived at {time} at desk {desk} — do not admit again."
    ),
    ("wrong_event", ""): QT_TRANSLATE_NOOP(
        "CheckinResult", "This ticket is for {title} on {date}."
    ),
    ("cancelled", ""): QT_TRANSLATE_NOOP(
        "CheckinResult", "This registration was cancelled. Send the person to an organiser."
    ),
    ("unknown", "not_synced"): QT_TRANSLATE_NOOP(
        "CheckinResult",
        "A valid ticket of ours, not yet on this desk: sync, or find the person by name.",
    ),
    ("unknown", ""): QT_TRANSLATE_NOOP(
        "CheckinResult", "No ticket matches. Find the person by name, or register a walk-in."
    ),
    ("invalid", "revoked"): QT_TRANSLATE_NOOP(
        "CheckinResult",
        "This ticket was replaced by a newer one: ask for the new ticket, or search by name.",
    ),
    ("invalid", "empty"): QT_TRANSLATE_NOOP("CheckinResult", "Nothing was read: scan again."),
    ("invalid", ""): QT_TRANSLATE_NOOP(
        "CheckinResult", "Code not recognised — scan again or search by name."
    ),
    ("error", ""): QT_TRANSLATE_NOOP(
        "CheckinResult",
        "The check-in was NOT saved: {problem} The queue can go on; scan again once fixed.",
    ),
}

# The kiosk (`ui/checkin/kiosk.py`): visitors read these, and a visitor can only show a ticket's
# QR code or ask the desk (no name search, no walk-in, no sync there). A result or reason not
# listed here reads as at the desk.
KIOSK_HEADLINES: dict[str, str] = {
    "ready": QT_TRANSLATE_NOOP("CheckinResult", "Welcome: please show your ticket's QR code"),
}
KIOSK_DETAILS: dict[tuple[str, str], str] = {
    ("already", ""): QT_TRANSLATE_NOOP(
        "CheckinResult",
        "Already checked in at {time}; if you need help, ask the staff at the desk.",
    ),
    ("cancelled", ""): QT_TRANSLATE_NOOP(
        "CheckinResult", "This registration was cancelled: please ask the staff at the desk."
    ),
    ("unknown", "not_synced"): QT_TRANSLATE_NOOP(
        "CheckinResult",
        "Your ticket is valid but not on this kiosk yet: please ask the staff at the desk.",
    ),
    ("unknown", ""): QT_TRANSLATE_NOOP(
        "CheckinResult", "We cannot find this ticket: please ask the staff at the desk."
    ),
    ("invalid", "revoked"): QT_TRANSLATE_NOOP(
        "CheckinResult",
        "This ticket was replaced by a newer one: show the new ticket, or ask the staff at the "
        "desk.",
    ),
    ("invalid", ""): QT_TRANSLATE_NOOP(
        "CheckinResult",
        "Code not recognised: show the QR code again, or ask the staff at the desk.",
    ),
    ("error", ""): QT_TRANSLATE_NOOP(
        "CheckinResult", "Your check-in was NOT saved: please ask the staff at the desk."
    ),
}


FIRST_MORNING = QT_TRANSLATE_NOOP("CheckinResult", "First Morning — welcome!")
NTH_MORNING = QT_TRANSLATE_NOOP("CheckinResult", "{ordinal} Morning")
NOTE = QT_TRANSLATE_NOOP("CheckinResult", "Note: {note}")


def ordinal(language: str, n: int) -> str:
    """5 as an ordinal before "Morning": 5th, 5e; Arabic writes the number (رقم 5)."""
    if language == "fr":
        return f"{n}e"
    if language == "ar":
        return str(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"  # English, the source language


def attendance(words: Words, n: int) -> str:
    """ "First Morning — welcome!", "5th Morning": how often this person came (empty if unknown)."""
    if n <= 0:
        return ""
    if n == 1:
        return words.say(CTX, FIRST_MORNING)
    return words.say(CTX, NTH_MORNING).format(ordinal=words.isolate(ordinal(words.language, n)))


def flag_names(
    language: str, flags: tuple[str, ...], names: Mapping[str, str] | None = None
) -> str:
    """ "Régime alimentaire · À encaisser": the flags in words — `names` the organiser's labels
    (`flag_list.names`), else the built-in ones; an unknown key as it is. A language without
    labels (the C locale) reads English, as the window's labels do."""
    language = language if language in labels.LANGUAGES else "en"
    return " · ".join(
        (names or {}).get(key) or labels.label("flag", key, language) for key in flags
    )


def attention(
    words: Words,
    r: ScanResult,
    categories: Mapping[str, str] | None = None,
    flags: Mapping[str, str] | None = None,
) -> str:
    """What staff must read before letting them in: the flagged category, the flags in words
    (`flags`: the organiser's labels), then the note."""
    parts = []
    for reason in r.attention:
        if reason == "note":
            parts.append(words.say(CTX, NOTE).format(note=words.isolate(r.note)))
        elif reason == "flags":
            parts.append("⚑ " + flag_names(words.language, r.flags, flags))
        else:
            parts.append("★ " + (categories or {}).get(reason, reason))
    return "\n".join(parts)


def headline(words: Words, result: str, *, kiosk: bool = False) -> str:
    wanted = (KIOSK_HEADLINES.get(result) if kiosk else None) or HEADLINES.get(result)
    return words.say(CTX, wanted or HEADLINES["unknown"])


def _detail_template(r: ScanResult, kiosk: bool) -> str:
    """The most specific line: (result, reason) before the result's default, the kiosk's own
    before the desk's."""
    tables = (KIOSK_DETAILS, DETAILS) if kiosk else (DETAILS,)
    for key in ((r.result, r.reason), (r.result, "")):
        for table in tables:
            if key in table:
                return table[key]
    return ""


def details(
    words: Words,
    r: ScanResult,
    categories: Mapping[str, str] | None = None,
    *,
    kiosk: bool = False,
) -> str:
    """The second line: what staff need to act on, in words (`kiosk`: what a visitor can do)."""
    template = _detail_template(r, kiosk)
    if not template:
        return ""
    iso = words.isolate
    return words.say(CTX, template).format(
        category=iso((categories or {}).get(r.category, r.category)),
        time=iso(r.at[11:16] if r.at else "?"),
        desk=iso(r.desk),
        title=iso(r.other_morning_title),
        date=words.long_date(r.other_morning_date) if r.other_morning_date else "?",
        problem=problem(words, r),
    )


def problem(words: Words, r: ScanResult) -> str:
    """The database error behind a write failure, in the interface's language."""
    if not r.problem:
        return ""
    params = {k: words.isolate(v) for k, v in r.problem_params.items()}
    try:
        return words.say("errors", r.problem).format(**params)
    except (KeyError, IndexError, ValueError):
        return r.problem.format(**r.problem_params)


def line(
    words: Words,
    r: ScanResult,
    categories: Mapping[str, str] | None = None,
    flags: Mapping[str, str] | None = None,
) -> str:
    """One line for the command line: headline, who, and what to do."""
    who = f" {words.isolate(r.name)}" if r.name else ""
    kind = "attention" if r.needs_attention else r.result
    out = f"{headline(words, kind)}:{who} — {details(words, r, categories)}"
    extra = [attendance(words, r.mornings_attended) if r.ok else ""]
    if r.needs_attention:
        extra.append(attention(words, r, categories, flags).replace("\n", " · "))
    return " ".join([out, *(f"[{e}]" for e in extra if e)])
