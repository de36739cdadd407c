"""The organiser's list of registration flags: the five defaults, renamed, retired or added to.

The defaults (`registration_flags.FLAGS`: dietary, payment_due, accessibility, vip, press) are
always in the list with their built-in labels in French, English and Arabic (`wording/labels.py`,
kind `flag`); they need no seeding, so every desk shows the same list from its first operation.
The organiser adds a flag (`flag.created`, its key made from its label), renames one (`flag.updated`
of `label_fr`/`label_en`/`label_ar`: one label the organiser typed, or one per language) and retires
one (`flag.updated` of `retired`). A retired flag is no longer offered in the editors, but a
registration that holds it still shows it, by its label. A flag may be printed on badges
(`on_badge`, `flag.updated`; by default VIP only: a dietary need or a payment due is nobody
else's business), beside the category when the badge template shows flags. Only an organiser desk
keeps the list
(`trust/roles.py`, DESIGN §6); a door desk ticks flags from it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from mornings_desktop.services.registration_flags import FLAGS, MAX_FLAGS
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import FlagDef
from mornings_desktop.text_keys import fold
from mornings_desktop.wording.labels import LABELS, LANGUAGES

MAX_LABEL = 60
ON_BADGE = frozenset({"vip"})  # defaults printed on badges
MAX_LIST = 40  # flags in the list, retired ones included
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class FlagInfo:
    key: str
    label_fr: str
    label_en: str
    label_ar: str
    position: int
    retired: bool = False
    builtin: bool = False
    on_badge: bool = False  # printed beside the category on badges (template field "flags")

    def label(self, language: str = "fr") -> str:
        """Its label in `language` (fr, en or ar; another reads English, as the window does)."""
        column = {"fr": self.label_fr, "en": self.label_en, "ar": self.label_ar}
        return column.get(language, self.label_en) or self.label_fr or self.key

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "label_fr": self.label_fr,
            "label_en": self.label_en,
            "label_ar": self.label_ar,
            "position": self.position,
            "retired": self.retired,
            "builtin": self.builtin,
            "on_badge": self.on_badge,
        }


def _defaults() -> dict[str, FlagInfo]:
    return {
        key: FlagInfo(key, *LABELS["flag"][key], position=i, builtin=True, on_badge=key in ON_BADGE)
        for i, key in enumerate(FLAGS)
    }


def read_flags(session: Session) -> list[FlagInfo]:
    """Every flag of the list, retired ones included, in display order."""
    found = _defaults()
    for row in session.execute(select(FlagDef)).scalars():
        base = found.get(row.id)
        if base is None:
            base = FlagInfo(row.id, "", "", "", position=100 + len(found))
        found[row.id] = FlagInfo(
            row.id,
            row.label_fr or base.label_fr,
            row.label_en or base.label_en,
            row.label_ar or base.label_ar,
            base.position if row.position is None else row.position,
            bool(row.retired),
            base.builtin,
            base.on_badge if row.on_badge is None else bool(row.on_badge),
        )
    return sorted(found.values(), key=lambda f: (f.position, f.key))


def list_flags(ws: Workspace, *, include_retired: bool = True) -> list[FlagInfo]:
    with ws.db.read() as session:
        flags = read_flags(session)
    return [f for f in flags if include_retired or not f.retired]


def flag_names(flags: list[FlagInfo], language: str) -> dict[str, str]:
    """Flag key -> its label in `language` (retired flags included: registrations still hold
    them)."""
    language = language if language in LANGUAGES else "en"
    return {f.key: f.label(language) for f in flags}


def names(ws: Workspace, language: str) -> dict[str, str]:
    return flag_names(list_flags(ws), language)


def import_words(flags: list[FlagInfo]) -> dict[str, str]:
    """Folded label -> key for a spreadsheet column: the labels of the flags in use, in every
    language (`registration_flags.from_cell`, which also knows the built-in words)."""
    words: dict[str, str] = {}
    for flag in flags:
        if not flag.retired:
            for text in (flag.key, *_labels(flag)):
                if fold(text).strip():
                    words.setdefault(fold(text).strip(), flag.key)
    return words


def offered(flags: list[FlagInfo], held: tuple[str, ...] = ()) -> list[FlagInfo]:
    """What an editor offers: the flags in use, plus the retired ones `held` already holds."""
    return [f for f in flags if not f.retired or f.key in held]


def find(flags: list[FlagInfo], ref: str) -> FlagInfo:
    """A flag by key or by any of its labels (accents and case do not matter)."""
    wanted = fold(ref).strip()
    for flag in flags:
        if wanted and wanted in {fold(flag.key), *(fold(t) for t in _labels(flag))}:
            return flag
    raise NotFound(QT_TRANSLATE_NOOP("errors", "No flag {ref} in the list."), ref=ref.strip())


def _labels(flag: FlagInfo) -> tuple[str, str, str]:
    return (flag.label_fr, flag.label_en, flag.label_ar)


def _clean(text: str | None) -> str:
    """A label as typed: spaces collapsed; refused when too long."""
    label = " ".join((text or "").split())
    if len(label) > MAX_LABEL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A flag's label is at most {n} characters."), n=MAX_LABEL
        )
    return label


def _key_for(label: str) -> str:
    """`Allergie aux noix` -> `allergie_aux_noix`; a label without Latin letters gets `f_` and a
    digest of the label (the same on every desk, so two desks adding it make one flag)."""
    slug = _SLUG.sub("_", fold(label)).strip("_")[:30].strip("_")
    if slug and slug[0].isalpha():
        return slug
    return "f_" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:10]


def require_organiser(ws: Workspace) -> None:
    """Refuse on a door desk, in one sentence a desk person can act on."""
    from mornings_desktop.services.desk_role import desk_role

    if desk_role(ws) == "door":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is a door desk: the list of flags is kept on an organiser desk; "
                "tick the flags a registration needs in its form.",
            )
        )


def _labels_given(
    label: str | None, fr: str | None, en: str | None, ar: str | None
) -> dict[str, str]:
    one = _clean(label)
    fields = {"label_fr": _clean(fr) or one, "label_en": _clean(en) or one}
    fields["label_ar"] = _clean(ar) or one
    return {k: v for k, v in fields.items() if v}


def add_flag(
    ws: Workspace,
    label: str | None = None,
    *,
    fr: str | None = None,
    en: str | None = None,
    ar: str | None = None,
) -> FlagInfo:
    """Add a flag to the list: one label for every language, or one per language (a language left
    empty takes the French, else the English). A retired flag of that name comes back."""
    require_organiser(ws)
    fields = _labels_given(label, fr, en, ar)
    first = fields.get("label_fr") or fields.get("label_en") or fields.get("label_ar")
    if not first:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A flag needs a label."))
    for column in ("label_fr", "label_en", "label_ar"):
        fields.setdefault(column, fields.get("label_fr") or fields.get("label_en") or first)
    flags = list_flags(ws)
    for given in fields.values():
        try:
            same = find(flags, given)
        except NotFound:
            continue
        if not same.retired:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The flag {label} is already in the list."),
                label=given,
            )
        ws.record("flag.updated", {"id": same.key, "fields": {**fields, "retired": False}})
        return find(list_flags(ws), same.key)
    if len(flags) >= MAX_LIST or len([f for f in flags if not f.retired]) >= MAX_FLAGS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The list holds {n} flags in use at most: retire one first."
            ),
            n=MAX_FLAGS,
        )
    key = _key_for(first)
    taken = {f.key for f in flags}
    base, n = key[:29], 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    position = max((f.position for f in flags), default=0) + 1
    ws.record("flag.created", {"id": key, "fields": {**fields, "position": position}})
    return find(list_flags(ws), key)


def rename_flag(
    ws: Workspace,
    ref: str,
    label: str | None = None,
    *,
    fr: str | None = None,
    en: str | None = None,
    ar: str | None = None,
) -> FlagInfo:
    """Rename a flag: `label` for every language, or only the languages given."""
    require_organiser(ws)
    flags = list_flags(ws)
    flag = find(flags, ref)
    fields = _labels_given(label, fr, en, ar)
    if not fields:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A flag needs a label."))
    for given in fields.values():
        try:
            other = find(flags, given)
        except NotFound:
            continue
        if other.key != flag.key:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The flag {label} is already in the list."),
                label=given,
            )
    changed = {k: v for k, v in fields.items() if getattr(flag, k) != v}
    if changed:
        ws.record("flag.updated", {"id": flag.key, "fields": changed})
    return find(list_flags(ws), flag.key)


def retire_flag(ws: Workspace, ref: str, *, retired: bool = True) -> FlagInfo:
    """Retire a flag (no longer offered; registrations that hold it keep it), or bring it back."""
    require_organiser(ws)
    flag = find(list_flags(ws), ref)
    if flag.retired != retired:
        ws.record("flag.updated", {"id": flag.key, "fields": {"retired": retired}})
    return find(list_flags(ws), flag.key)


def set_on_badge(ws: Workspace, ref: str, on: bool) -> FlagInfo:
    """Print a flag on badges (beside the category), or stop printing it."""
    require_organiser(ws)
    flag = find(list_flags(ws), ref)
    if flag.on_badge != on:
        ws.record("flag.updated", {"id": flag.key, "fields": {"on_badge": on}})
    return find(list_flags(ws), flag.key)


def badge_words(flags: list[FlagInfo], language: str) -> dict[str, str]:
    """Flag key -> label, for the flags printed on badges (retired ones too, where held)."""
    return {k: v for k, v in flag_names(flags, language).items()
            if any(f.key == k and f.on_badge for f in flags)}  # fmt: skip
