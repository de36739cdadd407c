"""A realistic demo Morning of the Club Made in Morocco, the same for the same seed.

Names mix Moroccan names in Latin and Arabic script with accented French names; companies, job
titles and categories look like a real Morning's list. The agenda has 6–8 sessions and 5–8 speakers,
who are registered as speakers. Run again over the same database, the same seed makes the same
Morning: its people and speakers are found again and registered once (a second registration of
each, then a second admission of each in a series, filled the organiser's Review list).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from mornings_desktop import codes
from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.services import mornings, registrations
from mornings_desktop.services.workspace import Tx, Workspace
from mornings_desktop.store.schema import Person, Registration, Speaker
from mornings_desktop.timeutil import local_to_iso, now_iso, parse_date, parse_time

MAX_ATTENDEES = 200_000

FIRST_NAMES = [
    "Mohamed", "Fatima Zahra", "Youssef", "Khadija", "Amine", "Salma", "Mehdi", "Imane", "Hamza",
    "Meryem", "Omar", "Nadia", "Karim", "Hajar", "Yassine", "Loubna", "Reda", "Ghizlane", "Anas",
    "Souad", "Adil", "Zineb", "Ayoub", "Houda", "Hicham", "Sanaa", "Rachid", "Asmae", "Driss",
    "Naïma", "Hélène", "Jérôme", "Zoé", "Amélie", "François", "Cécile", "Noémie", "Raphaël",
    "Ilyas", "Aïcha", "Saïd", "Leïla", "Ismaël", "Maëlle", "Soufiane", "Chaïmae",
]  # fmt: skip
LAST_NAMES = [
    "Bennani", "El Idrissi", "Alaoui", "Tazi", "Berrada", "Benjelloun", "El Fassi", "Chraibi",
    "Lahlou", "Sqalli", "Benkirane", "Ouazzani", "Amrani", "El Ouardi", "Bouzidi", "Kettani",
    "Filali", "Naciri", "Cherkaoui", "Belhaj", "Zniber", "Guessous", "Skalli", "Tahiri", "Mansouri",
    "Lefèvre", "Dupré", "Mercier", "Ben Saïd", "El Ghazi", "Moussaoui", "Haddad",
]  # fmt: skip
ARABIC_NAMES = [
    ("محمد", "بناني"), ("فاطمة الزهراء", "العلوي"), ("يوسف", "الإدريسي"), ("خديجة", "التازي"),
    ("أمين", "برادة"), ("سلمى", "بنجلون"), ("مهدي", "الفاسي"), ("إيمان", "الشرايبي"),
    ("حمزة", "لحلو"), ("مريم", "الصقلي"), ("عمر", "بنكيران"), ("نادية", "الوزاني"),
]  # fmt: skip
COMPANIES = [
    "OCP Group", "Maroc Telecom", "Attijariwafa Bank", "Cosumar", "Lesieur Cristal", "Managem",
    "Label'Vie", "Sothema", "Aluminium du Maroc", "Delattre Levivier Maroc", "Dari Couspate",
    "Les Eaux Minérales d'Oulmès", "Société Générale Maroc", "Holmarcom", "Akdital", "Disway",
    "HPS", "Involys", "Microdata", "Jet Contractors", "Stroc Industrie", "Aradei Capital",
    "Mutandis", "Colorado", "Auto Hall", "Maghreb Oxygène", "Tissages Modernes de Fès",
    "Coopérative Tighanimine", "Atelier Zellige de Fès", "Argan Souss Coop", "Start-up Nation MA",
    "Médias24", "Le Matin", "L'Économiste", "TelQuel", "Ministère de l'Industrie",
    "AMDIE", "Maroc PME", "CGEM", "Chambre de Commerce de Casablanca",
]  # fmt: skip
JOB_TITLES = [
    "Directeur général", "Directrice générale", "Responsable export", "Chef de projet",
    "Directeur commercial", "Responsable achats", "Fondatrice", "Fondateur", "Consultant",
    "Chargée de communication", "Directeur financier", "Ingénieure qualité", "Journaliste",
    "Responsable RSE", "Directeur des opérations", "Chef de produit", "Avocate d'affaires",
    "Expert-comptable", "Chargé de mission", "Responsable partenariats",
]  # fmt: skip
CATEGORY_WEIGHTS = [
    ("member", 55), ("guest", 20), ("press", 4), ("sponsor", 5), ("partner", 6), ("staff", 3),
    ("vip", 2),
]  # fmt: skip
THEMES = [
    ("Made in Morocco : conquérir les marchés africains", "Exporter le savoir-faire marocain"),
    ("L'industrie marocaine face à la décarbonation", "Produire vert, vendre plus"),
    ("Textile et cuir : la relance par la qualité", "Le label Made in Morocco"),
    ("Agro-industrie : de la coopérative à l'export", "Valoriser les terroirs"),
]  # fmt: skip
SPEAKERS = [
    ("Nadia Fettah", "Présidente", "Club Made in Morocco"),
    ("Karim Tazi", "Directeur général", "Tissages Modernes de Fès"),
    ("Ghizlane Benjelloun", "Fondatrice", "Coopérative Tighanimine"),
    ("Jérôme Lefèvre", "Directeur export", "Lesieur Cristal"),
    ("يوسف العلوي", "Chef de projet", "AMDIE"),
    ("Hélène Dupré", "Économiste", "Université Hassan II"),
    ("Omar Berrada", "Directeur industriel", "Stroc Industrie"),
    ("Leïla Chraibi", "Journaliste", "Médias24"),
]  # fmt: skip


def _agenda(
    rng: random.Random, n_speakers: int
) -> list[tuple[str, str, int, list[tuple[int, str]]]]:
    """(kind, title, duration in minutes, [(speaker index, role)]) in order from the start."""
    s = list(range(n_speakers))
    return [
        ("welcome", "Accueil café et réseautage", 30, []),
        ("keynote", "Mot d'ouverture", 15, [(s[0], "speaker")]),
        ("keynote", "Conférence inaugurale : le Made in Morocco en 2030", 25, [(s[1], "speaker")]),
        ("panel", "Table ronde : exporter depuis le Maroc", 40,
         [(s[2], "panellist"), (s[3], "panellist"), (s[4], "panellist"), (s[0], "moderator")]),
        ("break", "Pause café", 15, []),
        ("talk", "Témoignage : de l'atelier à l'export", 20, [(s[5 % n_speakers], "speaker")]),
        ("networking", "Rencontres B2B", 25, []),
        ("closing", "Clôture et photo de groupe", 10, [(s[0], "speaker")]),
    ][: rng.choice([7, 8]) if n_speakers > 5 else 8]  # fmt: skip


def check_attendees(attendees: int) -> None:
    """Refuse a number of attendees outside 0…MAX_ATTENDEES (ValidationError)."""
    if attendees < 0 or attendees > MAX_ATTENDEES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Attendees must be between 0 and {max}."), max=MAX_ATTENDEES
        )


def create_demo(
    ws: Workspace,
    *,
    attendees: int = 150,
    seed: int = 1,
    day: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """Create a demo Morning with `attendees` registrations; returns its id. One transaction."""
    check_attendees(attendees)
    rng = random.Random(seed)
    the_day: date = parse_date(day) if day else _next_weekday(date.today(), rng)
    title, theme = rng.choice(THEMES)
    data = mornings.MorningInput(
        title=f"Matinale du Club Made in Morocco — {title}",
        theme=theme,
        date=the_day.isoformat(),
        start_time="08:30",
        end_time="11:30",
        venue=rng.choice(
            [
                "Hyatt Regency, Casablanca",
                "Sofitel Tour Blanche, Casablanca",
                "Technopark, Rabat",
                "Palais des Congrès, Marrakech",
            ]
        ),
        capacity=max(attendees + 20, 100),
    )
    fields = mornings.validate(data)
    morning_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    n_speakers = rng.randint(5, 8)
    speakers = rng.sample(SPEAKERS, n_speakers)
    with ws.transaction() as tx:
        tx.record(
            "morning.created", {"id": morning_id, "fields": {**fields, "created_at": now_iso()}}
        )
        speaker_people: list[tuple[str, str]] = []
        known_speakers, known_people = _existing(tx.session)
        registered = registered_people(tx.session, morning_id)
        for name, title_, org in speakers:
            speaker_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            if name in known_speakers:  # a second demo reuses the speakers directory
                speaker_id, person_id = known_speakers[name]
            else:
                first, _, last = name.partition(" ")
                person_id = registrations.add_person(
                    tx,
                    {"first_name": first, "last_name": last, "organisation": org,
                     "job_title": title_},
                )  # fmt: skip
                tx.record(
                    "speaker.created",
                    {
                        "id": speaker_id,
                        "fields": {
                            "name": name,
                            "title": title_,
                            "organisation": org,
                            "languages": "fr",
                            "person_id": person_id,
                        },
                    },
                )
                known_speakers[name] = (speaker_id, person_id)
            if person_id not in registered:
                registered[person_id] = registrations.add_registration(
                    ws, tx, morning_id, person_id, category="speaker", source="agenda"
                )
            speaker_people.append((speaker_id, person_id))
        start = datetime.combine(the_day, parse_time(fields["start_time"]))  # type: ignore[arg-type]
        for kind, stitle, minutes, who in _agenda(rng, n_speakers):
            session_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            tx.record(
                "session.created",
                {
                    "id": session_id,
                    "fields": {
                        "morning_id": morning_id,
                        "kind": kind,
                        "title": stitle,
                        "starts_at": local_to_iso(start.date(), start.time(), fields["timezone"]),  # type: ignore[arg-type]
                        "duration_min": minutes,
                        "room": "Salle principale",
                        "language": "fr",
                    },
                },
            )
            for rank, (index, role) in enumerate(who):
                speaker_id = speaker_people[index][0]
                tx.record(
                    "session_speaker.created",
                    {
                        "id": f"{session_id}:{speaker_id}",
                        "fields": {
                            "session_id": session_id,
                            "speaker_id": speaker_id,
                            "role": role,
                            "position": rank,
                        },
                    },
                )
            start += timedelta(minutes=minutes)
        cats = [c for c, _ in CATEGORY_WEIGHTS]
        weights = [w for _, w in CATEGORY_WEIGHTS]
        batch = _Batch(ws, tx, morning_id)
        for i in range(attendees):
            if rng.random() < 0.08:
                first, last = rng.choice(ARABIC_NAMES)
            else:
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            company = rng.choice(COMPANIES)
            handle = f"{_ascii(first)}.{_ascii(last)}{i}".lower()
            job, phone = rng.choice(JOB_TITLES), f"+2126{rng.randint(10_000_000, 99_999_999)}"
            person_id = known_people.get(f"{handle}@example.ma") or batch.person(
                {
                    "first_name": first,
                    "last_name": last,
                    "organisation": company,
                    "job_title": job,
                    "email": f"{handle}@example.ma",
                    "phone": phone,
                }
            )
            category = rng.choices(cats, weights)[0]
            if person_id not in registered:
                registered[person_id] = batch.registration(person_id, category)
            if progress is not None and (i % 500 == 0 or i == attendees - 1):
                progress(i + 1, attendees)
        batch.flush()
    return morning_id


class _Batch:
    """The attendees as `import.batch` operations of `SIZE` rows, as an import writes them (one
    operation and one signature per batch instead of two per attendee: issue 18). The people and
    registrations are those `registrations.add_person` / `add_registration` would record."""

    SIZE = 200

    def __init__(self, ws: Workspace, tx: Tx, morning_id: str) -> None:
        self.ws, self.tx, self.morning_id = ws, tx, morning_id
        self.people: list[dict[str, object]] = []
        self.regs: list[dict[str, object]] = []
        self.codes: set[str] = set()  # issued by this demo, beside those in the database

    def person(self, fields: dict[str, object]) -> str:
        person_id = self.tx.new_id()
        self.people.append({"id": person_id, "fields": {**fields, "created_at": now_iso()}})
        return person_id

    def registration(self, person_id: str, category: str) -> str:
        registration_id = self.tx.new_id()
        self.regs.append(
            {
                "id": registration_id,
                "fields": {
                    "morning_id": self.morning_id,
                    "person_id": person_id,
                    "category": category,
                    "code": None,  # given in `flush`, checked against the database in one read
                    "external_ref": None,
                    "source": "demo",
                    "status": "registered",
                    "registered_at": now_iso(),
                    "walk_in": False,
                },
            }
        )
        if len(self.regs) >= self.SIZE:
            self.flush()
        return registration_id

    def flush(self) -> None:
        if not self.regs and not self.people:
            return
        for reg, code in zip(self.regs, self._fresh_codes(len(self.regs)), strict=True):
            reg["fields"]["code"] = code  # type: ignore[index]
        self.tx.record("import.batch", {"people": self.people, "registrations": self.regs})
        self.people, self.regs = [], []

    def _fresh_codes(self, count: int) -> list[str]:
        """`count` ticket codes unique in this database and this demo (`registrations.new_code`
        for many at once)."""
        key, out = self.ws.ticket_key, list[str]()
        while len(out) < count:
            wanted = [codes.make_code(key) for _ in range(count - len(out))]
            marks = ", ".join("?" for _ in wanted)
            taken = {
                str(row[0])
                for row in sqlite_connection(self.tx.session).execute(
                    f"SELECT code FROM registrations WHERE code IN ({marks})", wanted
                )
            }
            for code in wanted:
                if code not in taken and code not in self.codes:
                    self.codes.add(code)
                    out.append(code)
        return out


def registered_people(session: Session, morning_id: str) -> dict[str, str]:
    """Person id → registration id, for the people registered to a Morning already."""
    rows = session.execute(
        select(Registration.person_id, Registration.id).where(
            Registration.morning_id == morning_id, Registration.person_id.is_not(None)
        )
    )
    return {str(person): str(reg) for person, reg in rows}


def _existing(session: Session) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """Speakers by name (id, person id) and people by e-mail key already in the directory."""
    speakers = {
        str(name): (str(sid), str(pid))
        for sid, name, pid in session.execute(
            select(Speaker.id, Speaker.name, Speaker.person_id).where(
                Speaker.merged_into.is_(None), Speaker.person_id.is_not(None)
            )
        )
        if name
    }
    people = {
        str(key): str(pid)
        for pid, key in session.execute(
            select(Person.id, Person.email_key).where(
                Person.email_key.like("%@example.ma"), Person.merged_into.is_(None)
            )
        )
    }
    return speakers, people


@lru_cache(maxsize=4096)  # the names come from short lists: fold each once
def _ascii(text: str) -> str:
    from mornings_desktop.text_keys import fold

    out = "".join(c for c in fold(text) if c.isascii() and c.isalnum())
    return out or "invite"


def _next_weekday(today: date, rng: random.Random) -> date:
    day = today + timedelta(days=7 + rng.randint(0, 20))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day
