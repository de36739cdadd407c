"""Labels for internal keys, in French, English and Arabic: never show `guest` or `walk-in`.

`label(kind, key, lang)` covers categories, check-in methods, registration sources, session types,
registration flags and speaker roles. Categories are the organiser's: their names in the database are used as soon
as they exist there (whether or not the window ever seeded the defaults); the eight defaults have
labels here for a database that has none yet, and for Arabic (the database keeps French and
English). An unknown key is shown as it is (a category the organiser named by its key).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Category

LANGUAGES = ("fr", "en", "ar")

# kind -> key -> (fr, en, ar)
LABELS: dict[str, dict[str, tuple[str, str, str]]] = {
    "category": {
        "member": ("Membre", "Member", "عضو"),
        "guest": ("Invité", "Guest", "ضيف"),
        "speaker": ("Intervenant", "Speaker", "متدخل"),
        "press": ("Presse", "Press", "صحافة"),
        "sponsor": ("Sponsor", "Sponsor", "راعٍ"),
        "partner": ("Partenaire", "Partner", "شريك"),
        "staff": ("Organisation", "Staff", "فريق التنظيم"),
        "vip": ("VIP", "VIP", "شخصية مهمة"),
    },
    "method": {
        "scanner": ("Scanner", "Scanner", "ماسح"),
        "camera": ("Caméra", "Camera", "كاميرا"),
        "search": ("Recherche", "Search", "بحث"),
        "walk-in": ("Sur place", "Walk-in", "تسجيل في عين المكان"),
        "typed": ("Saisi", "Typed", "مكتوب"),
    },
    "source": {
        "manual": ("Saisie", "Entered", "إدخال يدوي"),
        "import": ("Import", "Import", "استيراد"),
        "demo": ("Démo", "Demo", "تجريبي"),
        "agenda": ("Programme", "Agenda", "البرنامج"),
        "walk-in": ("Sur place", "Walk-in", "تسجيل في عين المكان"),
        "sync": ("Synchronisation", "Sync", "مزامنة"),
    },
    "session_type": {
        "welcome": ("Accueil", "Welcome", "استقبال"),
        "keynote": ("Conférence", "Keynote", "محاضرة رئيسية"),
        "talk": ("Intervention", "Talk", "مداخلة"),
        "panel": ("Table ronde", "Panel", "مائدة مستديرة"),
        "break": ("Pause", "Break", "استراحة"),
        "networking": ("Réseautage", "Networking", "تعارف"),
        "closing": ("Clôture", "Closing", "اختتام"),
    },
    "flag": {  # services/registration_flags.py
        "dietary": ("Régime alimentaire", "Dietary need", "نظام غذائي خاص"),
        "payment_due": ("À encaisser", "Payment due", "مبلغ للتحصيل"),
        "accessibility": ("Accessibilité", "Accessibility", "ولوجيات"),
        "vip": ("VIP", "VIP", "شخصية مهمة"),
        "press": ("Presse à accueillir", "Press to welcome", "صحافة للاستقبال"),
    },
    "role": {
        "speaker": ("intervenant", "speaker", "متدخل"),
        "moderator": ("modérateur", "moderator", "مسير"),
        "panellist": ("panéliste", "panellist", "مشارك في النقاش"),
    },
}
KINDS = tuple(LABELS)


def _column(lang: str) -> int:
    return LANGUAGES.index(lang) if lang in LANGUAGES else 0


def label(kind: str, key: str, lang: str = "fr") -> str:
    """The built-in label of `key` (e.g. `label("method", "walk-in", "fr")` → `Sur place`)."""
    if not key:
        return ""
    found = LABELS.get(kind, {}).get(key)
    if found is None and kind == "source" and key.startswith("import:"):
        # An import keeps its file's name: "import:inscrits.csv" reads "Import (inscrits.csv)".
        return f"{label(kind, 'import', lang)} ({key.removeprefix('import:')})"
    return found[_column(lang)] if found else key


def labels_of(kind: str, lang: str = "fr") -> dict[str, str]:
    return {key: texts[_column(lang)] for key, texts in LABELS[kind].items()}


def category_names(session: Session, lang: str = "fr") -> dict[str, str]:
    """Category key -> label: the organiser's names from the database over the built-in ones.

    Arabic uses the built-in Arabic label unless the organiser renamed the category (then their
    French name, the one they chose).
    """
    out = labels_of("category", lang)
    for cat in session.execute(select(Category)).scalars():
        builtin = LABELS["category"].get(cat.id)
        if lang == "ar":
            renamed = cat.label_fr and (builtin is None or cat.label_fr != builtin[0])
            name = (cat.label_fr if renamed else out.get(cat.id)) or cat.label_en
        else:
            name = (cat.label_en if lang == "en" else cat.label_fr) or (
                cat.label_fr if lang == "en" else cat.label_en
            )
        out[cat.id] = name or out.get(cat.id) or cat.id
    return out


def category_labels(ws: Workspace, lang: str = "fr") -> dict[str, str]:
    """`category_names` for a Workspace (read-only: nothing is seeded)."""
    with ws.db.read() as session:
        return category_names(session, lang)


def category_label(names: Mapping[str, str], key: str) -> str:
    return names.get(key, key) if key else ""
