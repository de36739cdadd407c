"""services/checkin_history.py: a person's admissions, undoing the last one, reverting one."""

from __future__ import annotations

import pytest

from mornings_desktop.errors import NotFound
from mornings_desktop.services import checkin, checkin_history, registrations
from mornings_desktop.services.workspace import Workspace
from tests.unit.services.test_checkin_results import _remote


def _rows(ws: Workspace, morning_id: str) -> list[registrations.RegistrationRow]:
    return [r for r in registrations.list_registrations(ws, morning_id) if r.status != "cancelled"]


def test_undo_last_and_revert_with_history(ws: Workspace, demo_morning: str) -> None:
    rows = _rows(ws, demo_morning)
    desk = checkin.ScanDesk(ws, demo_morning)
    a = desk.scan(rows[0].code)
    b = desk.scan(rows[1].code)
    undone = desk.undo_last()
    assert undone is not None and undone.id == b.checkin_id and undone.reverted
    assert not next(r for r in _rows(ws, demo_morning) if r.id == rows[1].id).checked_in
    assert desk.scan(rows[1].code).result == "admitted"  # admitted again after the undo
    assert a.checkin_id is not None
    checkin_history.revert(ws, a.checkin_id, "wrong person")
    hist = checkin_history.history(ws, rows[0].id)
    assert [(h.reverted, h.revert_reason) for h in hist] == [(True, "wrong person")]
    with pytest.raises(NotFound):
        checkin_history.revert(ws, "nope", "x")


def test_history_of_unknown_ids_and_desks(ws: Workspace, demo_morning: str) -> None:
    assert checkin_history.history(ws, "no-such-registration") == []
    row = registrations.list_registrations(ws, demo_morning)[0]
    payload = {
        "id": "c-1",
        "registration_id": row.id,
        "morning_id": demo_morning,
        "at": "2026-12-10T07:42:10.000000Z",
        "method": "typed",
    }
    _remote(ws, "checkin.created", payload, desk="desk-never-announced")
    (entry,) = checkin_history.history(ws, row.id)
    assert (entry.desk, entry.at, entry.method) == (
        "desk-nev",
        "2026-12-10T08:42:10+01:00",
        "typed",
    )
