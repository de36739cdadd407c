"""An agenda speaker is registered for the Morning they speak at (category speaker)."""

from __future__ import annotations

from sqlalchemy import select

from mornings_desktop.services import namesakes, registrations
from mornings_desktop.services.agenda_reading import resolve_speaker
from mornings_desktop.services.workspace import Tx, Workspace
from mornings_desktop.store.schema import Registration


def ensure_registered(ws: Workspace, tx: Tx, morning_id: str, speaker_id: str) -> None:
    """Register an agenda speaker for the Morning (category speaker), creating the person linked to
    the speaker if there is none. A cancelled registration is left as the organiser decided."""
    speaker = resolve_speaker(tx.session, speaker_id)
    if speaker is None:
        return
    person_id = speaker.person_id
    namesake = False
    if not person_id:
        first, _, last = (speaker.name or "").partition(" ")
        fields: dict[str, object] = {
            "first_name": first,
            "last_name": last,
            "organisation": speaker.organisation or "",
            "job_title": speaker.title or "",
            "email": speaker.email or None,
            "phone": speaker.phone or None,
        }
        # Already registered under this name (an imported list), contact not contradicting:
        # that person, not a second registration (issue 15's same-name rule).
        person_id = namesakes.registered_namesake(tx, morning_id, fields)
        namesake = person_id is not None
        if person_id is None:
            person_id = registrations.add_person(tx, fields)
        tx.record("speaker.updated", {"id": speaker.id, "fields": {"person_id": person_id}})
    found = tx.session.execute(
        select(Registration.id, Registration.category).where(
            Registration.morning_id == morning_id, Registration.person_id == person_id
        )
    ).first()
    if namesake and found is not None and found.category != "speaker":
        # a guest of the imported list who turns out to speak: their badge says so
        tx.record("registration.updated", {"id": found.id, "fields": {"category": "speaker"}})
    if found is None:
        registrations.add_registration(
            ws, tx, morning_id, person_id, category="speaker", source="agenda"
        )
