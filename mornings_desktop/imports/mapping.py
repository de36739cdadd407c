"""Which column holds what: French and English headers recognised, with a confidence.

`guess_mapping` maps each header to a field by exact synonym (confidence 1.0), by a synonym found
inside the header (0.8), or by a close spelling (0.6). A mapping is *sure* when it has a name and
every mapped column is at least 0.8; otherwise the window shows the mapping dialog with a preview.
A mapping confirmed by a person is remembered for the next file with the same header shape
(`remember` / `recall`, a JSON file in the data folder).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from mornings_desktop.private_files import private_dir
from mornings_desktop.text_keys import fold

FIELDS = (
    "first_name",
    "last_name",
    "full_name",
    "organisation",
    "email",
    "phone",
    "job_title",
    "category",
    "external_ref",
    "note",
    "flags",
    "consent_tickets",
    "consent_newsletter",
    "consent_photos",
)
IGNORE = ""

SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": (
        "prenom", "first name", "firstname", "given name", "prenom du participant",
        "attendee first name", "first",
    ),
    "last_name": (
        "nom", "last name", "lastname", "surname", "family name", "nom de famille",
        "attendee last name", "last",
    ),
    "full_name": (
        "nom complet", "nom et prenom", "nom prenom", "prenom et nom", "prenom nom", "full name",
        "name", "attendee name", "participant", "nom du participant",
    ),
    "organisation": (
        "societe", "entreprise", "organisation", "organization", "company", "employer",
        "raison sociale", "structure", "organisme", "etablissement", "company name",
    ),
    "email": (
        "email", "e mail", "adresse e mail", "adresse email", "courriel", "mail",
        "adresse electronique", "email address", "e mail address", "adresse mail",
    ),
    "phone": (
        "telephone", "tel", "mobile", "cell phone", "phone", "gsm", "portable",
        "numero de telephone", "phone number", "mobile phone", "work phone", "home phone",
    ),
    "job_title": ("fonction", "job title", "poste", "titre", "title", "position", "role"),
    "category": (
        "categorie", "ticket type", "type de billet", "type", "category", "statut",
        "type d inscription", "billet",
    ),
    "external_ref": (
        "barcode #", "barcode", "code barre", "n de billet", "no de billet", "numero de billet",
        "ticket number", "ticket #", "n billet", "ticket", "attendee #", "code", "reference",
        "ref",
    ),
    "note": ("commentaire", "commentaires", "remarque", "remarques", "note", "notes", "comment"),
    # services/registration_flags.py: "VIP; à encaisser", "Régime alimentaire"…
    "flags": (
        "drapeaux", "drapeau", "flags", "flag", "signalements", "signalement", "attention",
        "a signaler", "besoins particuliers", "special needs", "علامات", "تنبيهات",
    ),
    # Consent (services/consent_import.py): general consent counts for tickets and event news.
    "consent_tickets": (
        "consentement", "consent", "j accepte", "rgpd", "gdpr consent", "موافقة",
        "consentement rgpd", "j accepte les conditions", "accord", "data consent",
    ),
    "consent_newsletter": (
        "newsletter", "j accepte de recevoir la newsletter", "abonnement newsletter",
        "inscription newsletter", "opt in", "marketing consent", "النشرة الإخبارية",
        "i agree to receive the newsletter", "recevoir la newsletter",
    ),
    "consent_photos": (
        "photos", "photo", "droit a l image", "autorisation photo", "photo consent",
        "j accepte d etre photographie", "الصور", "image rights",
    ),
}  # fmt: skip
# Columns that are known and deliberately not imported (timestamps of forms, payment status…).
KNOWN_IGNORED = (
    "horodateur", "timestamp", "date", "order date", "date de commande", "total",
    "montant", "prix", "price", "payment status", "attendee status", "order no", "quantity",
    "quantite", "checked in", "event name", "venue name", "order #",
)  # fmt: skip


def _key(header: str) -> str:
    return fold(header).replace(".", " ").replace("#", " #").replace("  ", " ").strip()


_EXACT: dict[str, str] = {}
_RANK: dict[str, int] = {}  # earlier synonyms are preferred when two columns claim a field
for _field, _words in SYNONYMS.items():
    for _rank, _word in enumerate(_words):
        _EXACT.setdefault(_key(_word), _field)
        _RANK.setdefault(_key(_word), _rank)
_IGNORED = {_key(w) for w in KNOWN_IGNORED}


@dataclass
class Mapping:
    """`columns[i]` is the field of column i ("" = not imported); `confidence[i]` in 0..1."""

    headers: list[str]
    columns: list[str]
    confidence: list[float] = field(default_factory=list)
    remembered: bool = False

    @property
    def sure(self) -> bool:
        has_name = any(f in ("first_name", "last_name", "full_name") for f in self.columns)
        # Every column is either mapped with confidence or known to be left out.
        return has_name and all(c >= 0.8 for c in self.confidence)

    def index_of(self, name: str) -> int | None:
        return self.columns.index(name) if name in self.columns else None

    def to_json(self) -> dict[str, object]:
        return {
            "headers": self.headers,
            "columns": self.columns,
            "confidence": self.confidence,
            "sure": self.sure,
            "remembered": self.remembered,
        }


def _guess_one(header: str) -> tuple[str, float]:
    key = _key(header)
    if not key:
        return IGNORE, 1.0
    if key in _EXACT:
        return _EXACT[key], 1.0
    if key in _IGNORED:
        return IGNORE, 1.0
    compact = key.replace(" ", "")
    for synonym, name in _EXACT.items():
        if compact == synonym.replace(" ", ""):
            return name, 1.0
    # A synonym inside a longer header ("Adresse e-mail professionnelle", "Nom de l'entreprise").
    best: tuple[int, str] | None = None
    words = f" {key} "
    for synonym, name in _EXACT.items():
        if (
            len(synonym) >= 3
            and f" {synonym} " in words
            and (best is None or len(synonym) > best[0])
        ):
            best = (len(synonym), name)
    if best is not None:
        return best[1], 0.8
    scored = max(((fuzz.ratio(key, s), n) for s, n in _EXACT.items()), default=(0.0, IGNORE))
    if scored[0] >= 85:
        return scored[1], 0.6
    return IGNORE, 0.5


def header_score(cells: list[str]) -> int:
    """How many different fields a row's cells name surely: a header row names several, a title
    ("Liste des inscrits — Matinale du 10 décembre") or a data row names none or one."""
    found = set()
    for cell in cells:
        name, confidence = _guess_one(cell)
        if name != IGNORE and confidence >= 0.8:
            found.add(name)
    return len(found)


def guess_mapping(headers: list[str]) -> Mapping:
    """A mapping for these headers; each field is given to one column at most (the surest)."""
    guesses = [_guess_one(h) for h in headers]
    columns = [g[0] for g in guesses]
    confidence = [g[1] for g in guesses]
    # Two columns claiming one field: keep the surest (then the first); the other is ignored.
    for name in set(columns) - {IGNORE}:
        claimants = [i for i, f in enumerate(columns) if f == name]
        if len(claimants) > 1:
            keep = max(
                claimants, key=lambda i: (confidence[i], -_RANK.get(_key(headers[i]), 99), -i)
            )
            for i in claimants:
                if i != keep:
                    columns[i] = IGNORE  # known, and redundant: left out on purpose
    # "Nom" alone with no first-name column is usually the full name.
    if "last_name" in columns and "first_name" not in columns and "full_name" not in columns:
        i = columns.index("last_name")
        columns[i] = "full_name"
        confidence[i] = min(confidence[i], 0.8)
    return Mapping(list(headers), columns, confidence)


def shape_key(headers: list[str]) -> str:
    """The identity of a header shape: the folded headers, in order."""
    text = "\x1f".join(_key(h) for h in headers)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _store(folder: Path) -> Path:
    return folder / "import_mappings.json"


def recall(folder: Path, headers: list[str]) -> Mapping | None:
    """The mapping a person confirmed for this header shape, if any."""
    try:
        data = json.loads(_store(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    columns = data.get(shape_key(headers)) if isinstance(data, dict) else None
    if not isinstance(columns, list) or len(columns) != len(headers):
        return None
    if not all(isinstance(c, str) and (c in FIELDS or c == IGNORE) for c in columns):
        return None
    return Mapping(list(headers), list(columns), [1.0] * len(headers), remembered=True)


def remember(folder: Path, mapping: Mapping) -> None:
    """Keep a confirmed mapping for the next file of the same shape (atomic write)."""
    path = _store(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data[shape_key(mapping.headers)] = mapping.columns
    private_dir(folder)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".import_mappings", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
    os.replace(tmp, path)


def mapping_for(folder: Path | None, headers: list[str]) -> Mapping:
    """The remembered mapping for this shape, else the guess."""
    if folder is not None:
        remembered = recall(folder, headers)
        if remembered is not None:
            return remembered
    return guess_mapping(headers)
