"""The organiser's Review tab (Sync area, Ctrl+7), after a Morning: it lists what needs a decision
(a ticket admitted by two desks, or by one desk an hour apart), not the scans that one desk
recorded twice within a minute — what an earlier `mornings demo --series` run twice over one
database left by the dozen, one row each, so that nobody could find the one that mattered."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt

from mornings_desktop.ledger import hlc, ledger
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.workspace import Workspace
from tests.gui.test_main_window import make_window


def _admission(registration_id: str, morning_id: str, at: str) -> dict[str, object]:
    return {
        "id": str(uuid.uuid4()),
        "registration_id": registration_id,
        "morning_id": morning_id,
        "at": at,
        "method": "scanner",
    }


def test_the_review_lists_the_second_arrival_not_the_repeated_scans(
    qtbot, state, demo_morning: str
) -> None:  # type: ignore[no-untyped-def]
    ws: Workspace = state.workspace
    rows = [r for r in registrations.list_registrations(ws, demo_morning)]
    repeated, twice = rows[:12], rows[12]
    with ws.transaction() as tx:  # as the demo series did when run again: each scan twice
        for row in repeated:
            for _ in range(2):
                tx.record(
                    "checkin.created",
                    _admission(row.id, demo_morning, "2026-11-01T08:12:00.000000Z"),
                )
    # One ticket admitted here and, earlier, at another desk while the two were apart.
    assert checkin.ScanDesk(ws, demo_morning).scan(twice.code).result == "admitted"
    elsewhere = Op(
        str(uuid.uuid4()),
        "desk-entree-b",
        1,
        hlc.encode(1_700_000_000_000, 0),
        "checkin.created",
        _admission(twice.id, demo_morning, "2026-11-01T07:55:00.000000Z"),
    )
    with ws.db.write() as session:
        ledger.ingest(session, [elsewhere])

    window = make_window(qtbot, state)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # the Sync area
    page = window.page("sync")
    assert window.stack.currentWidget() is page
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert page.tabs.currentIndex() == 1
    model = page.review_model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert page.tabs.tabText(1) == "Review (1)"
    assert "recorded again within a minute is the same arrival" in page.review.hint.text()
    names = {model.index(r, model.NAME).data() for r in range(model.rowCount())}
    assert model.rowCount() == 2 and names == {twice.name}
    desks = [model.index(r, model.DESK).data() for r in range(2)]
    assert desks == ["desk-ent", "Accueil 1"]  # earliest first; the other desk by its id
    for row in repeated:  # each still counts once as present, both scans in its history
        assert registrations.get_registration(ws, row.id).checkin_count == 2
        assert len(checkin.history(ws, row.id)) == 2
