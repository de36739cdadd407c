"""Warnings of the Sync screen's status that come from the core as sentences (translated here):
records the hub refused (`sync/hub_records.py`) and join files used on two computers
(`sync/incarnations.py`)."""

from __future__ import annotations

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import hub_records, incarnations
from mornings_desktop.sync.client import SyncStatus
from mornings_desktop.ui.dialogs import translate_error


def lines(ws: Workspace, st: SyncStatus) -> list[str]:
    """ "⚠ …" lines, one sentence each (reads only, and only when there is something to say)."""
    said = [translate_error(incarnations.joined_twice_notice(n)) for n in st.joined_twice.values()]
    if st.records_refused:
        with ws.db.read() as session:
            said += [translate_error(n) for n in hub_records.notices(session)]
    return ["⚠ " + s for s in said]
