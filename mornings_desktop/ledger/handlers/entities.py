"""Plain last-writer-wins entities: Mornings, speakers, agenda sessions, categories, the
organiser's list of flags."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mornings_desktop.ledger.fold import Handler, entity_fields, handler, set_fields
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.schema import (
    AgendaSession,
    Base,
    Category,
    FlagDef,
    Morning,
    SessionSpeaker,
    Speaker,
    table_of,
)

MORNING_FIELDS = (
    "title",
    "theme",
    "date",
    "start_time",
    "end_time",
    "venue",
    "capacity",
    "timezone",
    "status",
    "created_at",
)
SPEAKER_FIELDS = (
    "name",
    "title",
    "organisation",
    "bio",
    "photo",
    "email",
    "phone",
    "languages",
    "person_id",
    "merged_into",
    "deleted",
)
SESSION_FIELDS = (
    "morning_id",
    "kind",
    "title",
    "description",
    "starts_at",
    "duration_min",
    "room",
    "language",
    "deleted",
)
SESSION_SPEAKER_FIELDS = ("session_id", "speaker_id", "role", "position", "removed")
CATEGORY_FIELDS = ("label_fr", "label_en", "colour", "position")
FLAG_FIELDS = ("label_fr", "label_en", "label_ar", "position", "retired", "on_badge")


def _lww(table_model: type[Base], fields: tuple[str, ...]) -> Handler:
    def apply_entity(session: Session, op: Op) -> None:
        entity_id, values = entity_fields(op)
        set_fields(session, table_of(table_model), entity_id, values, op.stamp, fields)

    return apply_entity


for _name, _model, _fields in (
    ("morning", Morning, MORNING_FIELDS),
    ("speaker", Speaker, SPEAKER_FIELDS),
    ("session", AgendaSession, SESSION_FIELDS),
    ("session_speaker", SessionSpeaker, SESSION_SPEAKER_FIELDS),
    ("category", Category, CATEGORY_FIELDS),
    ("flag", FlagDef, FLAG_FIELDS),
):
    _apply = _lww(_model, _fields)
    handler(f"{_name}.created")(_apply)
    handler(f"{_name}.updated")(_apply)
