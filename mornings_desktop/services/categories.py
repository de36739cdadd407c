"""Registration categories (member, guest, speaker…): a label in French and English and a colour.

The eight defaults have fixed ids equal to their keys, so when two desks both seed them the
operations fold into the same rows (last writer wins per field) instead of duplicating.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Category
from mornings_desktop.wording.labels import LABELS

# key, French label, English label, colour
DEFAULTS: tuple[tuple[str, str, str, str], ...] = (
    ("member", "Membre", "Member", "#2E7D32"),
    ("guest", "Invité", "Guest", "#1565C0"),
    ("speaker", "Intervenant", "Speaker", "#6A1B9A"),
    ("press", "Presse", "Press", "#EF6C00"),
    ("sponsor", "Sponsor", "Sponsor", "#C62828"),
    ("partner", "Partenaire", "Partner", "#00838F"),
    ("staff", "Organisation", "Staff", "#546E7A"),
    ("vip", "VIP", "VIP", "#B8860B"),
)
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_KEY = re.compile(r"^[a-z0-9_-]{1,36}$")


@dataclass(frozen=True)
class CategoryInfo:
    key: str
    label_fr: str
    label_en: str
    colour: str
    position: int

    def label(self, language: str = "fr") -> str:
        """The organiser's name in fr/en; in Arabic the built-in Arabic one unless renamed."""
        if language == "ar":
            builtin = LABELS["category"].get(self.key)
            if builtin is not None and self.label_fr in ("", builtin[0]):
                return builtin[2]
        return (self.label_en if language == "en" else self.label_fr) or self.key

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def default_infos() -> list[CategoryInfo]:
    """The eight defaults as they are before being seeded (for a dry run on a new database)."""
    return [CategoryInfo(k, fr, en, c, i) for i, (k, fr, en, c) in enumerate(DEFAULTS)]


def list_categories(ws: Workspace, *, seed: bool = True) -> list[CategoryInfo]:
    """The categories in display order (the defaults are seeded when there are none and `seed`)."""
    if seed:
        ensure_defaults(ws)
    with ws.db.read() as session:
        rows = session.execute(select(Category)).scalars().all()
        out = [
            CategoryInfo(
                r.id, r.label_fr or r.id, r.label_en or r.id, r.colour or "#777777", r.position or 0
            )
            for r in rows
        ]
    out.sort(key=lambda c: (c.position, c.key))
    return out


def ensure_defaults(ws: Workspace) -> bool:
    """Seed the eight default categories if this workspace has none. True if it seeded them.

    A desk whose role may not record categories (a door desk, DESIGN §6) seeds nothing: it shows
    the defaults until the organiser's arrive, and its walk-in or registration form still saves."""
    with ws.db.read() as session:
        if session.execute(select(Category.id).limit(1)).first() is not None:
            return False
    if not _may_seed(ws):
        return False
    with ws.transaction() as tx:
        if tx.session.execute(select(Category.id).limit(1)).first() is not None:
            return False
        for position, (key, fr, en, colour) in enumerate(DEFAULTS):
            tx.record(
                "category.created",
                {
                    "id": key,
                    "fields": {
                        "label_fr": fr,
                        "label_en": en,
                        "colour": colour,
                        "position": position,
                    },
                },
            )
    return True


def _may_seed(ws: Workspace) -> bool:
    from mornings_desktop.services.desk_role import may_record_here

    key, fr, en, colour = DEFAULTS[0]
    payload = {"id": key, "fields": {"label_fr": fr, "label_en": en, "colour": colour}}
    return may_record_here(ws, "category.created", payload)


def save_category(
    ws: Workspace,
    key: str,
    *,
    label_fr: str,
    label_en: str,
    colour: str,
    position: int | None = None,
) -> None:
    """Create or edit a category. Refuses a bad key, an empty label or a colour not `#RRGGBB`."""
    key = key.strip().lower()
    if not _KEY.match(key):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A category key is made of letters a–z, digits, - or _.")
        )
    if not label_fr.strip() and not label_en.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A category needs a label."))
    if not _COLOUR.match(colour):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{colour} is not a colour like #2E7D32."), colour=colour
        )
    existing = {c.key: c for c in list_categories(ws)}
    fields: dict[str, object] = {
        "label_fr": label_fr.strip() or label_en.strip(),
        "label_en": label_en.strip() or label_fr.strip(),
        "colour": colour.upper(),
    }
    if position is not None:
        fields["position"] = position
    elif key not in existing:
        fields["position"] = max((c.position for c in existing.values()), default=-1) + 1
    op = "category.updated" if key in existing else "category.created"
    ws.record(op, {"id": key, "fields": fields})


def get_category(ws: Workspace, key: str) -> CategoryInfo:
    for category in list_categories(ws):
        if category.key == key:
            return category
    raise NotFound(QT_TRANSLATE_NOOP("errors", "No category {ref}."), ref=key)


def match_category(
    ws: Workspace | None,
    text: str | None,
    default: str = "guest",
    known: list[CategoryInfo] | None = None,
) -> str:
    """The category key that a label from a file names (`find_category`), or default."""
    return find_category(ws, text, known) or default


def find_category(
    ws: Workspace | None, text: str | None, known: list[CategoryInfo] | None = None
) -> str | None:
    """The category key that a label from a file names — its key, or its name in French,
    English or Arabic (as the window shows it: a renamed category by its new names only) —,
    else one whose key or English name is a word of it ("Press pass"); None when none is.

    `known` is the list to match against (else the workspace's categories)."""
    from mornings_desktop.text_keys import fold

    wanted = fold(text)
    if not wanted:
        return None
    candidates = known if known is not None else list_categories(ws) if ws else default_infos()
    for category in candidates:
        names = (category.key, category.label_fr, category.label_en, category.label("ar"))
        if wanted in (fold(name) for name in names):
            return category.key
    for category in candidates:
        if any(w and w in wanted.split() for w in (fold(category.key), fold(category.label_en))):
            return category.key
    return None
