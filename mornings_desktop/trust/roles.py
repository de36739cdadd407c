"""The role table of DESIGN §6, from the operation and its certificate alone (never table state).

A *door* desk records check-ins; reverts of an admission, with a reason (in the payload, or
committed as personal data); badge prints; walk-ins
(`person.created` / `registration.created` whose id starts with `<desk_id>/`) and edits of those;
`registration.updated` of `badge_name`, `note`/`notes` and `flags` on any registration;
`ticket.sent`; `person.erasure_requested`; `consent.recorded` for its walk-ins; and its own
`desk.announced`. An *organiser* desk records everything, and alone keeps the list of flags
(`flag.created`, `flag.updated`: add, rename, retire). `may_record` gives `True`, or the reason for refusing.
"""

from __future__ import annotations

from typing import Any, Literal

DOOR_FREE = frozenset(
    {"checkin.created", "badge.printed", "ticket.sent", "person.erasure_requested"}
)
WALK_IN_TYPES = frozenset(
    {"person.created", "person.updated", "registration.created", "registration.updated"}
)
DOOR_REGISTRATION_FIELDS = frozenset({"badge_name", "note", "notes", "flags"})
# The organiser's list of flags (services/flag_list.py): a door desk ticks flags, never edits the list.
ORGANISER_ONLY = frozenset({"flag.created", "flag.updated"})
MAX_REASON_CHARS = 2000


def _walk_in(desk_id: str, payload: dict[str, Any]) -> bool:
    entity_id = payload.get("id")
    return type(entity_id) is str and entity_id.startswith(f"{desk_id}/")


def may_record(
    role: str, desk_id: str, op_type: str, payload: object, commit: object = None
) -> Literal[True] | str:
    """True if a desk with `role` may record this operation, else why not (starting `role:`).

    `commit` is the operation's personal-data commitments: a revert reason kept as personal data
    (outside the signed text, erasable) is a commitment instead of `payload["reason"]`."""
    if role == "organiser":
        return True
    if role != "door":
        return f"role: unknown role {role!r}"
    if not isinstance(payload, dict):
        return "role: payload is not an object"
    if op_type in DOOR_FREE:
        return True
    if op_type in ORGANISER_ONLY:
        return "role: only an organiser desk keeps the list of flags"
    if op_type == "checkin.reverted":
        reason = payload.get("reason")
        if type(reason) is str and reason.strip() and len(reason) <= MAX_REASON_CHARS:
            return True
        if reason is None and isinstance(commit, dict) and commit:
            return True  # the reason travels as personal data
        return "role: a door desk reverts an admission only with a reason"
    if op_type == "desk.announced":
        if payload.get("id") == desk_id:
            return True
        return "role: a door desk announces only itself"
    if op_type in WALK_IN_TYPES and _walk_in(desk_id, payload):
        return True
    if op_type == "consent.recorded":  # the walk-in form's checkboxes
        if _walk_in(desk_id, {"id": payload.get("person_id")}):
            return True
        return f"role: a door desk records consent only for its walk-ins ({desk_id}/…)"
    if op_type == "registration.updated":
        fields = payload.get("fields")
        # A note travels as personal data: its fields may then be empty, its commitment not.
        changes = bool(fields) or (isinstance(commit, dict) and bool(commit))
        if isinstance(fields, dict) and changes and set(fields) <= DOOR_REGISTRATION_FIELDS:
            return True
        return "role: a door desk edits only badge name, notes and flags of a registration"
    if op_type in WALK_IN_TYPES:
        return f"role: a door desk records {op_type} only for its walk-ins ({desk_id}/…)"
    return f"role: a door desk may not record {op_type}"
