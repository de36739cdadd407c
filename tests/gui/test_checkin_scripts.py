"""At the desk, a name typed in Latin letters finds the person registered in Arabic script, and the
other way round; Enter admits the one person found. Typed as key events."""

from __future__ import annotations

import pytest

from mornings_desktop.services import checkin, registrations
from mornings_desktop.ui.checkin.screen import CheckinScreen
from tests.gui.keys import type_text


@pytest.fixture
def desk(qtbot, state, demo_morning):  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    widget = CheckinScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1200, 680)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_latin_letters_find_an_arabic_registration(desk, qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    reg = registrations.register_person(
        state.workspace,
        demo_morning,
        {"first_name": "عبد الرحيم", "last_name": "الشرايبي", "email": "a.chraibi@example.org"},
    )
    type_text(desk.input, "abderrahim chraibi")
    qtbot.waitUntil(lambda: desk.table.isVisible(), timeout=2000)
    assert [h.name for h in desk.hits.hits] == ["عبد الرحيم الشرايبي"]
    type_text(desk.input, "", enter=True)
    assert desk.panel.result == "admitted" and "عبد الرحيم الشرايبي" in desk.panel.text()
    assert checkin.history(state.workspace, reg)[0].method == "search"


def test_arabic_letters_find_a_latin_registration(desk, qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    registrations.register_person(
        state.workspace,
        demo_morning,
        {"first_name": "Fatima Zahra", "last_name": "Ouazzani", "email": "fz@example.org"},
    )
    type_text(desk.input, "فاطمة الزهراء الوزاني")
    qtbot.waitUntil(lambda: desk.table.isVisible(), timeout=2000)
    assert desk.hits.hits[0].name == "Fatima Zahra Ouazzani"


def test_the_first_latin_letters_find_an_arabic_registration(
    desk, qtbot, state, demo_morning
) -> None:  # type: ignore[no-untyped-def]
    registrations.register_person(
        state.workspace,
        demo_morning,
        {"first_name": "يوسف", "last_name": "العلوي", "email": "y.alaoui@example.org"},
    )
    for typed in ("you", "ala"):
        desk.input.clear()
        type_text(desk.input, typed)  # a person typing the first letters, key by key
        qtbot.waitUntil(lambda: desk.table.isVisible(), timeout=2000)
        assert "يوسف العلوي" in [h.name for h in desk.hits.hits], typed
