"""An admission at the desk refreshes the search index for that one person, not the whole Morning:
rebuilding it for every scan held the scan on the UI thread (0.2 s at 500 people, seconds at
20,000) before its result was shown."""

from __future__ import annotations

import pytest

from mornings_desktop.services import registrations
from mornings_desktop.services.search import PeopleIndex
from mornings_desktop.ui.checkin.screen import CheckinScreen
from tests.gui.keys import type_text


@pytest.fixture
def desk(qtbot, state, demo_morning):  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    widget = CheckinScreen(state)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.ensure_index() is not None
    return widget


def test_a_scan_does_not_rebuild_the_search_index(
    desk, qtbot, state, demo_morning, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    builds: list[str] = []
    real_build = PeopleIndex.build.__func__  # type: ignore[attr-defined]

    def counting_build(cls, ws, morning_id):  # type: ignore[no-untyped-def]
        builds.append(morning_id)
        return real_build(cls, ws, morning_id)

    monkeypatch.setattr(PeopleIndex, "build", classmethod(counting_build))
    row = next(
        r
        for r in registrations.list_registrations(state.workspace, demo_morning)
        if r.status != "cancelled" and r.name.isascii() and " " in r.name
    )
    type_text(desk.input, row.code, enter=True)
    assert desk.panel.result in ("admitted",) and builds == []
    type_text(desk.input, row.name)  # the index knows the arrival all the same
    qtbot.waitUntil(lambda: desk.table.isVisible(), timeout=2000)
    hit = next(h for h in desk.hits.hits if h.registration_id == row.id)
    assert hit.checked_in and hit.arrival
    assert builds == []


def test_a_new_walk_in_registration_is_searchable_without_a_rebuild(
    desk, qtbot, state, demo_morning
) -> None:  # type: ignore[no-untyped-def]
    registrations.register_person(
        state.workspace,
        demo_morning,
        {"first_name": "Zineb", "last_name": "Zerhouni", "email": "z.zerhouni@example.org"},
    )
    type_text(desk.input, "zerhouni")
    qtbot.waitUntil(lambda: desk.table.isVisible(), timeout=2000)
    assert [h.name for h in desk.hits.hits] == ["Zineb Zerhouni"]
