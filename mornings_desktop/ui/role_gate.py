"""What the window offers on this desk: the role table of DESIGN §6, asked of `trust.roles` itself.

Every action of the window that records something is named in `ACTIONS` with the operations it
records and a representative payload (ids of this desk's own walk-ins, or of the row acted on).
`RoleGate.verdict(action, …)` asks `roles.may_record` for each of them with this desk's role and
id, so the window can never offer what the ledger would refuse (`ledger.record`), nor hide what it
would accept. Screens call `hold(action, *controls)`: on a desk whose role may not record the
action, each control is disabled with a tooltip that says why, and stays disabled (a screen that
re-enables its buttons on a selection change cannot undo it). `verdict` with an entity id answers
for one row (a door desk edits every field of its own walk-ins, only notes and flags of others).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from mornings_desktop.services.desk_role import desk_role
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.trust import roles

Payload = dict[str, Any]
# (this desk's id, the row's id or "") -> the operations the action records
Ops = Callable[[str, str], list[tuple[str, Payload]]]

_OTHER = "another-desk/row"  # a row this desk did not create (the representative case)


def _id(desk_id: str, entity_id: str) -> str:
    return entity_id or _OTHER


def _own(desk_id: str) -> str:
    return f"{desk_id}/new"


def _one(op_type: str, fields: Payload | None = None) -> Ops:
    def ops(desk_id: str, entity_id: str) -> list[tuple[str, Payload]]:
        payload: Payload = {"id": _id(desk_id, entity_id)}
        if fields is not None:
            payload["fields"] = dict(fields)
        return [(op_type, payload)]

    return ops


def _created(*op_types: str) -> Ops:
    """Operations that make new rows (ids of this desk, as `Workspace.new_id` gives)."""
    return lambda desk_id, _e: [(t, {"id": _own(desk_id), "fields": {}}) for t in op_types]


def _all(*parts: Ops) -> Ops:
    return lambda desk_id, entity_id: [op for part in parts for op in part(desk_id, entity_id)]


def _walk_in(desk_id: str, _entity_id: str) -> list[tuple[str, Payload]]:
    own = _own(desk_id)
    return [
        ("person.created", {"id": own, "fields": {"first_name": "x"}}),
        ("registration.created", {"id": own, "fields": {"person_id": own}}),
        ("registration.updated", {"id": own, "fields": {"note": "x", "flags": []}}),
        ("consent.recorded", {"person_id": own}),
    ]


ACTIONS: dict[str, Ops] = {
    # Mornings area and File menu
    "morning.create": _created("morning.created"),
    "morning.edit": _one("morning.updated", {"title": "x"}),
    "morning.archive": _one("morning.updated", {"status": "archived"}),
    "demo.create": _all(_created("morning.created"), _one("import.batch")),
    # Agenda area
    "agenda.edit": _all(
        _created("session.created", "session_speaker.created"),
        _one("session.updated", {"title": "x"}),
        _one("session_speaker.updated", {"role": "speaker"}),
    ),
    "agenda.publish": _one("agenda.published"),
    "agenda.acknowledge": _one("agenda_warning.acknowledged"),
    "speaker.edit": _all(_created("speaker.created"), _one("speaker.updated", {"name": "x"})),
    "speakers.tell": _all(_one("mail.claimed"), _one("agenda.speaker_notified")),
    # People area
    "registration.create": _walk_in,
    "registration.person": _one("person.updated", {"first_name": "x"}),
    "registration.category": _one("registration.updated", {"category": "guest"}),
    "registration.note": _one("registration.updated", {"note": "x", "flags": []}),
    "registration.cancel": _one("registration.cancelled"),
    "registration.reinstate": _one("registration.reinstated"),
    "registration.reissue": _one("registration.code_reissued"),
    "import": _one("import.batch"),
    "person.merge": _one("person.merged"),
    "person.unmerge": _one("person.unmerged"),
    "person.erasure_request": _one("person.erasure_requested"),
    "person.erase": _all(_one("person.erased"), _one("person.erasure_reversed")),
    "mail.send": _all(_one("mail.claimed"), _one("ticket.sent")),
    # Settings (categories: made by an organiser desk when missing, `categories.ensure_defaults`)
    "flag.list": _all(_created("flag.created"), _one("flag.updated", {"retired": True})),
    "category.edit": _all(_created("category.created"), _one("category.updated", {"label": "x"})),
    # Check-in and Badges
    "checkin.admit": _one("checkin.created"),
    "checkin.revert": lambda _d, e: [("checkin.reverted", {"id": _id(_d, e), "reason": "x"})],
    "walk_in": _walk_in,
    "badge.print": _one("badge.printed"),
    # Sync area: a duplicate admission kept, after review
    "checkin.duplicate": _one("checkin.duplicate_confirmed"),
}
# Recorded by no action of the window: a desk announces itself when it syncs.
NOT_IN_THE_WINDOW = frozenset({"desk.announced"})

# Its own sentence in the "errors" context: the one `ledger.record` refuses with.
REFUSED = "This is a door desk: this change is made on an organiser desk."


def reason() -> str:
    return QCoreApplication.translate("errors", REFUSED)


class _Keeper(QObject):
    """Keeps a held widget disabled whatever its screen does on a selection change."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


class RoleGate:
    def __init__(self, role: str, desk_id: str) -> None:
        self.role = role
        self.desk_id = desk_id
        self._keeper = _Keeper()

    @classmethod
    def of(cls, ws: Workspace) -> RoleGate:
        return cls(desk_role(ws), ws.desk_id)

    @property
    def door(self) -> bool:
        return self.role == "door"

    def verdict(self, action: str, entity_id: str = "") -> Literal[True] | str:
        """True if this desk may record what `action` records (on the row `entity_id`)."""
        for op_type, payload in ACTIONS[action](self.desk_id, entity_id):
            found = roles.may_record(self.role, self.desk_id, op_type, payload)
            if found is not True:
                return found
        return True

    def allows(self, action: str, entity_id: str = "") -> bool:
        return self.verdict(action, entity_id) is True

    def hold(self, action: str, *controls: QWidget | QAction | QShortcut) -> bool:
        """Disable `controls` for good, with the reason as their tooltip, if this desk may not
        record `action`. Returns whether it may."""
        if self.allows(action):
            return True
        for control in controls:
            if isinstance(control, QShortcut):
                control.setEnabled(False)
                continue
            control.setEnabled(False)
            control.setToolTip(reason())
            if isinstance(control, QAction):
                control.changed.connect(
                    lambda c=control: c.setEnabled(False) if c.isEnabled() else None
                )
                for menu in control.associatedObjects():  # the menus it is in show the reason
                    if isinstance(menu, QMenu):
                        menu.setToolTipsVisible(True)
            else:
                control.installEventFilter(self._keeper)
        return False
