"""An admission with a note or a flagged category: "admitted — attention", the note in big words,
and it stays on screen; a regular is greeted with their count of Mornings. Driven by key events."""

from __future__ import annotations

import pytest

from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.demo import create_demo
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


def _code(state, morning_id: str, registration_id: str) -> str:  # type: ignore[no-untyped-def]
    return registrations.list_registrations(state.workspace, morning_id, ids={registration_id})[
        0
    ].code


def test_a_note_is_shown_big_and_stays(desk, qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    note = "Régime sans gluten — prévenir le traiteur"
    reg = registrations.register_person(
        state.workspace,
        demo_morning,
        {"first_name": "Salma", "last_name": "Berrada", "email": "salma@example.org"},
        note=note,
    )
    type_text(desk.input, _code(state, demo_morning, reg) + "\t")  # a scanner ending with Tab
    qtbot.waitUntil(lambda: desk.panel.result == "admitted", timeout=2000)
    assert desk.panel.attention
    assert desk.panel.title.text() == "Admitted — attention"
    assert desk.panel.flag.isVisible() and note in desk.panel.flag.text()
    assert desk.panel.flag.font().pointSize() >= desk.panel.info.font().pointSize()
    assert "★" in desk.panel.symbol.text()  # not colour alone: its own symbol and headline
    assert note in desk.panel.accessibleDescription()
    assert not desk.fade.isActive()  # an attention result stays until the next action
    type_text(desk.input, "zz")  # the next action: the panel turns neutral, the band goes
    assert desk.panel.result == "search"
    assert not desk.panel.flag.isVisible() and not desk.panel.attention


def test_a_vip_and_then_a_plain_guest(desk, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    vip = registrations.register_person(
        state.workspace,
        demo_morning,
        {"first_name": "Omar", "last_name": "Tazi", "email": "omar@example.org"},
        category="vip",
    )
    guest = registrations.register_person(
        state.workspace,
        demo_morning,
        {"first_name": "Nadia", "last_name": "Alami", "email": "nadia@example.org"},
    )
    type_text(desk.input, _code(state, demo_morning, vip), enter=True)
    assert desk.panel.attention and "★ VIP" in desk.panel.flag.text()
    type_text(desk.input, _code(state, demo_morning, guest), enter=True)
    assert desk.panel.result == "admitted" and not desk.panel.attention
    assert desk.panel.title.text() == "Admitted" and not desk.panel.flag.isVisible()
    assert desk.fade.isActive()


def test_a_regular_is_greeted_with_their_count(desk, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    person = {"first_name": "Youssef", "last_name": "Alaoui", "email": "y.alaoui@example.org"}
    for s in (3, 4, 5, 6):
        morning_id = create_demo(state.workspace, attendees=2, seed=s, day=f"2026-0{s}-10")
        reg = registrations.register_person(state.workspace, morning_id, person)
        assert checkin.ScanDesk(state.workspace, morning_id).scan(_code(state, morning_id, reg)).ok
    reg = registrations.register_person(state.workspace, demo_morning, person)
    type_text(desk.input, _code(state, demo_morning, reg), enter=True)
    assert desk.panel.result == "admitted"
    assert "5th Morning" in desk.panel.info.text()
    newcomer = registrations.register_person(
        state.workspace,
        demo_morning,
        {"first_name": "Rim", "last_name": "Fassi", "email": "rim@example.org"},
    )
    type_text(desk.input, _code(state, demo_morning, newcomer), enter=True)
    assert "First Morning — welcome!" in desk.panel.info.text()


def test_an_attention_band_leaves_the_window_size_alone(desk, qtbot, state, demo_morning) -> None:  # type: ignore[no-untyped-def]
    """The band showing and going never changes the window's minimum size: on a 1366x768 laptop
    a long note would otherwise push the window past the screen (and on X11 every attention scan
    sends the window manager new size hints)."""
    plain, noted = (
        registrations.register_person(
            state.workspace,
            demo_morning,
            {"first_name": first, "last_name": "Bennani", "email": f"{first}@example.org"},
            note=note,
        )
        for first, note in (
            ("Aya", ""),
            ("Hind", "Allergie sévère aux fruits à coque — prévenir le traiteur, " * 6),
        )
    )
    type_text(desk.input, _code(state, demo_morning, plain), enter=True)
    qtbot.wait(20)  # the layout settles
    before = desk.minimumSize()
    type_text(desk.input, _code(state, demo_morning, noted), enter=True)
    assert desk.panel.attention and desk.panel.flag.isVisible()
    qtbot.wait(20)
    assert desk.minimumSize() == before
    assert (
        desk.panel.flag.height() > 0 and desk.panel.flag.geometry().bottom() <= desk.panel.height()
    )


def test_flags_and_a_long_note_are_read_whole_on_a_small_window(
    desk, qtbot, state, demo_morning
) -> None:  # type: ignore[no-untyped-def]
    """In the window's default 1200x680 (the desk's part of it: 960x520) the band with two
    flags and a note was squeezed to half its lines; it is read whole, and the big symbol
    comes back with the next plain result."""
    desk.resize(960, 520)
    qtbot.wait(20)
    reg = registrations.register_person(
        state.workspace,
        demo_morning,
        {"first_name": "Nour", "last_name": "Benali", "organisation": "OCP Group"},
        note="Accueillir personnellement, placer au premier rang",
        flags=["vip", "payment_due"],
    )
    type_text(desk.input, _code(state, demo_morning, reg), enter=True)
    qtbot.waitUntil(lambda: desk.panel.flag.isVisible(), timeout=2000)
    qtbot.wait(20)
    band = desk.panel.flag
    assert band.height() >= band.heightForWidth(band.width()), "the band is cut"
    assert not desk.panel.symbol.isVisible()
    plain = next(
        r for r in registrations.list_registrations(state.workspace, demo_morning)
        if r.category == "guest" and not r.note and not r.checked_in and r.status != "cancelled"
    )  # fmt: skip
    type_text(desk.input, plain.code, enter=True)
    qtbot.waitUntil(lambda: not desk.panel.flag.isVisible(), timeout=2000)
    assert desk.panel.symbol.isVisible()
