"""The speakers directory, reused across Mornings: create, edit, search, merge, photos."""

from __future__ import annotations

import base64
import io
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from mornings_desktop.services.workspace import Tx, Workspace
from mornings_desktop.store.schema import SessionSpeaker, Speaker
from mornings_desktop.text_keys import fold, is_valid_email

EDITABLE = ("name", "title", "organisation", "bio", "email", "phone", "languages")
PHOTO_MAX_PX = 400
PHOTO_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class SpeakerInput:
    """What a person types for a speaker (checked by `validate`)."""

    name: str
    title: str = ""
    organisation: str = ""
    bio: str = ""
    email: str = ""
    phone: str = ""
    languages: str = ""  # comma-separated: fr,en,ar


@dataclass(frozen=True)
class SpeakerInfo:
    id: str
    name: str
    title: str
    organisation: str
    bio: str
    email: str
    phone: str
    languages: str
    person_id: str | None
    has_photo: bool

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def validate(data: SpeakerInput) -> dict[str, str]:
    """The fields to store, or a ValidationError naming the problem."""
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A speaker needs a name."))
    email = data.email.strip()
    if email and not is_valid_email(email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Not an e-mail address: {email}"), email=email
        )
    languages = ",".join(
        part.strip().lower() for part in data.languages.replace(";", ",").split(",") if part.strip()
    )
    return {
        "name": name,
        "title": data.title.strip(),
        "organisation": data.organisation.strip(),
        "bio": data.bio.strip(),
        "email": email,
        "phone": data.phone.strip(),
        "languages": languages,
    }


def load_photo(path: Path | str) -> str:
    """A speaker photo as a base64 PNG thumbnail (at most 400 px a side).

    Raises ValidationError when the file cannot be read or is not a PNG/JPEG/WebP/GIF image.
    """
    from PIL import Image, UnidentifiedImageError

    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the photo {file}."), file=file.name
        ) from exc
    if len(raw) > PHOTO_MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The photo {file} is too large (at most 20 MB)."),
            file=file.name,
        )
    try:
        with Image.open(io.BytesIO(raw)) as probe:
            probe.verify()
        with Image.open(io.BytesIO(raw)) as image:
            if image.format not in {"PNG", "JPEG", "WEBP", "GIF"}:
                raise UnidentifiedImageError(image.format)
            image.load()
            picture = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The file {file} is not an image (a PNG or JPEG photo is expected)."
            ),
            file=file.name,
        ) from exc
    picture.thumbnail((PHOTO_MAX_PX, PHOTO_MAX_PX))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return base64.b64encode(out.getvalue()).decode("ascii")


def create(
    ws: Workspace,
    data: SpeakerInput,
    *,
    photo: Path | str | None = None,
    namesake: bool = False,
) -> str:
    """Add a speaker to the directory; returns the id. Nothing is saved on bad input.

    A name already in the directory (accents and case ignored) is refused with the existing
    speaker's id, since a second "Karim Tazi" makes every later `--speaker "Karim Tazi"` ambiguous;
    `namesake=True` adds a different person of the same name on purpose.
    """
    fields: dict[str, object] = dict(validate(data))
    if not namesake:
        key = fold(str(fields.get("name", "")))
        same = [s for s in list_speakers(ws) if fold(s.name) == key]
        if same:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A speaker named {name} is already in the directory (id {id}); use that one, "
                    "or add a namesake on purpose.",
                ),
                name=same[0].name,
                id=same[0].id,
            )
    if photo is not None:
        fields["photo"] = load_photo(photo)
    speaker_id = str(uuid.uuid4())
    ws.record("speaker.created", {"id": speaker_id, "fields": fields})
    return speaker_id


def update(ws: Workspace, speaker_id: str, data: SpeakerInput) -> None:
    """Edit a speaker: only changed fields are written."""
    fields = validate(data)
    current = get(ws, speaker_id)
    changed = {k: v for k, v in fields.items() if getattr(current, k) != v}
    if changed:
        ws.record("speaker.updated", {"id": speaker_id, "fields": changed})


def set_photo(ws: Workspace, speaker_id: str, path: Path | str | None) -> None:
    """Replace (or, with None, remove) a speaker's photo. A bad file changes nothing."""
    get(ws, speaker_id)
    value = load_photo(path) if path is not None else None
    ws.record("speaker.updated", {"id": speaker_id, "fields": {"photo": value}})


def photo_png(ws: Workspace, speaker_id: str) -> bytes | None:
    with ws.db.read() as session:
        row = session.get(Speaker, speaker_id)
        return base64.b64decode(row.photo) if row is not None and row.photo else None


def _info(row: Speaker) -> SpeakerInfo:
    return SpeakerInfo(
        id=row.id,
        name=row.name or "",
        title=row.title or "",
        organisation=row.organisation or "",
        bio=row.bio or "",
        email=row.email or "",
        phone=row.phone or "",
        languages=row.languages or "",
        person_id=row.person_id,
        has_photo=bool(row.photo),
    )


def _live(row: Speaker) -> bool:
    return row.name is not None and not row.deleted and row.merged_into is None


def get(ws: Workspace, speaker_id: str) -> SpeakerInfo:
    """A speaker by id; a merged entry resolves to the one it was merged into."""
    with ws.db.read() as session:
        row = session.get(Speaker, speaker_id)
        seen = {speaker_id}
        while row is not None and row.merged_into and row.merged_into not in seen:
            seen.add(row.merged_into)
            row = session.get(Speaker, row.merged_into)
        if row is None or row.name is None or row.deleted:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No speaker {ref}."), ref=speaker_id)
        return _info(row)


def list_speakers(ws: Workspace) -> list[SpeakerInfo]:
    """The directory (merged and deleted entries left out), by name."""
    with ws.db.read() as session:
        rows = [_info(r) for r in session.execute(select(Speaker)).scalars() if _live(r)]
    rows.sort(key=lambda s: (fold(s.name), s.id))
    return rows


def search(ws: Workspace, query: str) -> list[SpeakerInfo]:
    """Speakers whose name, organisation, title or e-mail contains every word of `query`,
    accents and case ignored."""
    words = fold(query).split()
    found = []
    for s in list_speakers(ws):
        haystack = fold(" ".join((s.name, s.organisation, s.title, s.email)))
        if all(w in haystack for w in words):
            found.append(s)
    return found


def find_by_name(ws: Workspace, name: str) -> SpeakerInfo:
    """The one speaker whose name matches `name` (accents and case ignored), or an id.

    Raises NotFound for no match, and for several, naming them.
    """
    key = fold(name)
    speakers = list_speakers(ws)
    exact = [s for s in speakers if fold(s.name) == key or s.id == name]
    if len(exact) == 1:
        return exact[0]
    if not exact:
        partial = [s for s in speakers if key and key in fold(s.name)]
        if len(partial) == 1:
            return partial[0]
        if len(partial) > 1:
            exact = partial
    if exact:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "Several speakers match {name}: {names}."),
            name=name,
            names=", ".join(s.name for s in exact),
        )
    raise NotFound(QT_TRANSLATE_NOOP("errors", "No speaker named {name}."), name=name)


def merge(ws: Workspace, keep_id: str, other_id: str) -> None:
    """Merge `other_id` into `keep_id`: the kept entry gains the other's non-empty fields it lacks,
    the other's sessions move to the kept one (its role kept), and the other is marked
    `merged_into`. One transaction."""
    if keep_id == other_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose two different speakers to merge.")
        )
    keep = get(ws, keep_id)
    other = get(ws, other_id)
    if keep.id == other.id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "These speakers are already merged."))
    with ws.transaction() as tx:
        gained: dict[str, object] = {
            k: getattr(other, k)
            for k in (*EDITABLE, "person_id")
            if not getattr(keep, k) and getattr(other, k)
        }
        with_photo = tx.session.get(Speaker, other.id)
        if not keep.has_photo and with_photo is not None and with_photo.photo:
            gained["photo"] = with_photo.photo
        if gained:
            tx.record("speaker.updated", {"id": keep.id, "fields": gained})
        tx.record("speaker.updated", {"id": other.id, "fields": {"merged_into": keep.id}})
        _move_links(tx, other.id, keep.id)


def _move_links(tx: Tx, from_id: str, to_id: str) -> None:
    links = tx.session.execute(
        select(SessionSpeaker).where(
            SessionSpeaker.speaker_id == from_id, SessionSpeaker.removed.is_(False)
        )
    ).scalars()
    for link in list(links):
        if link.session_id is None:
            continue
        target = tx.session.get(SessionSpeaker, f"{link.session_id}:{to_id}")
        if target is None or target.removed:
            tx.record(
                "session_speaker.created" if target is None else "session_speaker.updated",
                {
                    "id": f"{link.session_id}:{to_id}",
                    "fields": {
                        "session_id": link.session_id,
                        "speaker_id": to_id,
                        "role": link.role or "speaker",
                        "position": link.position or 0,
                        "removed": False,
                    },
                },
            )
        tx.record("session_speaker.updated", {"id": link.id, "fields": {"removed": True}})


def delete(ws: Workspace, speaker_id: str) -> None:
    """Remove a speaker from the directory (their past sessions keep the link)."""
    get(ws, speaker_id)
    ws.record("speaker.updated", {"id": speaker_id, "fields": {"deleted": True}})
