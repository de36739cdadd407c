"""Shared keys and a certificate table for the trust tests."""

from __future__ import annotations

from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Certificate
from mornings_desktop.trust.signed_op import OpFields

ISSUED = "2026-11-30T12:00:00Z"
DOOR_KEY = keys.new_key()
ORGANISER_KEY = keys.new_key()
DOOR = Certificate("org1", "door-1", "Door 1", "door", keys.public_text(DOOR_KEY), ISSUED)
ORGANISER = Certificate(
    "org1", "boss", "Organiser", "organiser", keys.public_text(ORGANISER_KEY), ISSUED
)
CERTIFICATES = {(c.org_id, c.desk_id): c for c in (DOOR, ORGANISER)}


def lookup(org_id: str, desk_id: str) -> Certificate | None:
    return CERTIFICATES.get((org_id, desk_id))


def op_fields(**change: object) -> OpFields:
    values: dict[str, object] = {
        "org_id": "org1",
        "desk_id": "door-1",
        "inc": "a1b2c3",
        "desk_seq": 1,
        "prev": "",
        "op_id": "0d6f3c1e-3b7a-4a8e-9d55-1f2a3b4c5d6e",
        "hlc": "1764504000000-0000",
        "type": "checkin.created",
        "operator": "Salma",
        "payload": {"id": "c1", "registration_id": "r1", "morning_id": "m1", "at": "t"},
        "commit": {},
    }
    values.update(change)
    return OpFields(**values)  # type: ignore[arg-type]
