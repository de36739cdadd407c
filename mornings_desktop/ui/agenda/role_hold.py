"""The Agenda area on a desk whose role may not change it (a door desk): shown, not changed.

Every control that records something is held by the role gate (`ui/role_gate.py`): disabled with
the reason as its tooltip, its keys off; the programme's cells are not editable and the timeline's
blocks do not move. A door desk reads the programme, its warnings and what changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractItemView

from mornings_desktop.ui.role_gate import RoleGate

if TYPE_CHECKING:
    from mornings_desktop.ui.agenda.screen import AgendaScreen


def hold(screen: AgendaScreen, gate: RoleGate, keys: list[QShortcut]) -> None:
    edits = gate.hold(
        "agenda.edit",
        screen.add_button,
        screen.delete_button,
        screen.speakers_button,
        screen.details_button,
        screen.ripple,
        screen.undo_button,
        screen.redo_button,
        *keys,
    )
    if not edits:
        screen.model.editable = False
        screen.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        screen.timeline.on_move = None
    gate.hold("agenda.publish", screen.publish_button)
    gate.hold("speakers.tell", screen.tell_button)
    gate.hold("agenda.acknowledge", screen.acknowledge_button)
