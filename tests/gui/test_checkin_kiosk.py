"""Kiosk mode: full screen, scans only, no navigation keys, left only with the PIN."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from mornings_desktop import i18n
from mornings_desktop.services import registrations
from mornings_desktop.ui.checkin import kiosk as kiosk_module
from mornings_desktop.ui.checkin.screen import CheckinScreen
from tests.gui.keys import press_key, type_text
from tests.unit.test_translations import load_i18n


def test_kiosk_scans_and_leaves_only_with_pin(qtbot, state, demo_morning, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    screen = CheckinScreen(state)
    qtbot.addWidget(screen)
    answers = iter(["1234", "0000", "1234"])  # set the PIN; a wrong try; the right one
    monkeypatch.setattr(kiosk_module, "ask_pin", lambda parent, prompt: next(answers))
    window = kiosk_module.start_kiosk(screen)
    assert window is not None
    qtbot.addWidget(window)
    assert window.isFullScreen()
    desk = window.screen_widget
    assert not desk.undo_button.isVisible() and not desk.walk_in_button.isVisible()
    row = next(
        r
        for r in registrations.list_registrations(state.workspace, demo_morning)
        if r.status != "cancelled"
    )
    type_text(desk.input, row.code, enter=True)
    assert desk.panel.result == "admitted"
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.panel.result == "admitted"  # no undo from the kiosk
    window.close()
    assert window.isVisible()  # closing without the PIN is refused
    press_key(window, Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible()  # wrong PIN
    press_key(window, Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def _kiosk(qtbot, state, demo_morning, monkeypatch, answers: list[str]):  # type: ignore[no-untyped-def]
    """The kiosk opened from the desk; `ask_pin` answers in turn and the prompts are kept."""
    state.set_current_morning(demo_morning)
    screen = CheckinScreen(state)
    qtbot.addWidget(screen)
    given = iter(answers)
    prompts: list[str] = []

    def ask_pin(parent, prompt):  # type: ignore[no-untyped-def]
        prompts.append(prompt)
        return next(given)

    monkeypatch.setattr(kiosk_module, "ask_pin", ask_pin)
    window = kiosk_module.start_kiosk(screen)
    assert window is not None
    qtbot.addWidget(window)
    return window, prompts


def test_ctrl_esc_in_the_scan_field_asks_for_the_pin(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning, monkeypatch
) -> None:
    """Ctrl+Esc reaches the kiosk from the field that has the focus (where a person's keys go),
    and the right PIN closes it; Escape alone still only clears the field."""
    window, prompts = _kiosk(qtbot, state, demo_morning, monkeypatch, ["1234", "1234"])
    desk = window.screen_widget
    focused = window.focusWidget()
    assert focused is desk.input
    qtbot.keyClicks(focused, "abc")
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert desk.input.text() == ""  # Escape alone: the field is cleared, no prompt
    assert len(prompts) == 1  # only the PIN chosen when the kiosk opened
    qtbot.keyClick(focused, Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier)
    assert prompts[1:] == ["PIN to leave kiosk mode:"]
    assert not window.isVisible()


def test_a_name_typed_at_the_kiosk_finds_no_one(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning, monkeypatch
) -> None:
    """The kiosk takes tickets only: a registered person's name lists no one, ↓ and Enter admit
    no one, and the visitor is told to show the ticket's QR code (never Ctrl+N)."""
    window, _prompts = _kiosk(qtbot, state, demo_morning, monkeypatch, ["1234", "1234"])
    desk = window.screen_widget
    row = next(
        r
        for r in registrations.list_registrations(state.workspace, demo_morning)
        if r.status != "cancelled" and not r.checked_in and r.organisation
    )
    focused = window.focusWidget()
    assert focused is desk.input
    qtbot.keyClicks(focused, row.last_name)
    qtbot.wait(300)  # past the reader's silence and the search's delay
    assert desk.hits.rowCount() == 0 and not desk.table.isVisible()
    qtbot.keyClick(focused, Qt.Key.Key_Down)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert desk.last is None  # no one admitted
    shown = desk.panel.text()
    assert row.organisation not in shown and "Ctrl+N" not in shown
    assert "QR code" in shown
    assert not any(
        r.checked_in
        for r in registrations.list_registrations(state.workspace, demo_morning)
        if r.id == row.id
    )
    qtbot.keyClick(focused, Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()  # left with the PIN (a kiosk left open outlives the test)


# What the kiosk says to the staff opening it and to the visitors, in French and in Arabic.
SAID = {
    "fr": (
        "Choisissez un code (4 chiffres au moins) pour quitter le mode borne :",
        "Le mode borne demande un code de 4 caractères au moins.",
        "Code pour quitter le mode borne :",
        "Présentez le QR code de votre billet, ou adressez-vous à l'équipe d'accueil.",
    ),
    "ar": (
        "اختر رمزًا سريًا (4 أرقام على الأقل) للخروج من وضع الخدمة الذاتية:",
        "يتطلب وضع الخدمة الذاتية رمزًا سريًا من 4 أحرف على الأقل.",
        "الرمز السري للخروج من وضع الخدمة الذاتية:",
        "يُرجى إظهار رمز QR الخاص بتذكرتك، أو التوجّه إلى فريق الاستقبال.",
    ),
}


@pytest.fixture(params=sorted(SAID))
def speaking(request, qapp, tmp_path: Path, monkeypatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """This checkout's translations compiled and installed; yields the language."""
    script = load_i18n()
    monkeypatch.setattr(script, "BUILD", tmp_path / "build")
    script.build()
    monkeypatch.setattr(i18n, "qm_dir", lambda: tmp_path / "build")
    translators = i18n.install_translations(qapp, request.param)
    assert translators
    yield request.param
    for translator in translators:
        QApplication.instance().removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_kiosk_speaks_the_window_language(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning, monkeypatch, speaking
) -> None:
    """The PIN prompts and the kiosk's sentences are translated (two were filed under the context
    "screen", which no class asks for, and stayed English)."""
    choose, too_short, leave, ticket = SAID[speaking]
    state.set_current_morning(demo_morning)
    screen = CheckinScreen(state)
    qtbot.addWidget(screen)
    monkeypatch.setattr(kiosk_module, "ask_pin", lambda parent, prompt: "")
    assert kiosk_module.start_kiosk(screen) is None  # no PIN: no kiosk, and why
    assert screen.status.text() == too_short
    window, prompts = _kiosk(qtbot, state, demo_morning, monkeypatch, ["1234", "1234"])
    assert prompts == [choose]
    desk = window.screen_widget
    focused = window.focusWidget()
    qtbot.keyClicks(focused, "skalli")
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert desk.panel.title.text() == ticket
    qtbot.keyClick(focused, Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier)
    assert prompts == [choose, leave]
    assert not window.isVisible()


# What the kiosk's field and its unknown ticket say: only what a visitor can do there (show the
# ticket's QR code, ask the desk), never the desk's name search or walk-in registration.
VISITOR = {
    "en": (
        "Show your ticket's QR code",
        "We cannot find this ticket: please ask the staff at the desk.",
        "Your ticket is valid but not on this kiosk yet: please ask the staff at the desk.",
    ),
    "fr": (
        "Présentez le QR code de votre billet",
        "Ce billet est introuvable : adressez-vous à l'équipe d'accueil.",
        "Votre billet est valable mais pas encore sur cette borne : adressez-vous à l'équipe "
        "d'accueil.",
    ),
    "ar": (
        "يُرجى إظهار رمز QR الخاص بتذكرتك",
        "تعذّر العثور على هذه التذكرة: يُرجى التوجّه إلى فريق الاستقبال.",
        "تذكرتك صالحة لكنها لم تصل بعد إلى جهاز الخدمة الذاتية هذا: يُرجى التوجّه إلى فريق "
        "الاستقبال.",
    ),
}
DESK_WORDS = ("name", "walk-in", "Ctrl+N", "sync", "search", "nom", "sur place", "بالاسم")


@pytest.mark.parametrize("language", sorted(VISITOR))
def test_the_kiosk_says_only_what_a_visitor_can_do(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning, monkeypatch, qapp, tmp_path: Path, language: str
) -> None:
    """Found at the kiosk: its field said "type a name to search" and an unknown ticket "Find the
    person by name, or register a walk-in", which the kiosk does not offer."""
    from mornings_desktop import codes
    from tests.gui.speaking import speaking

    placeholder, unknown, not_synced = VISITOR[language]
    with speaking(qapp, language, tmp_path):
        window, _prompts = _kiosk(qtbot, state, demo_morning, monkeypatch, ["1234", "1234"])
        desk = window.screen_widget
        assert desk.input.placeholderText() == placeholder
        ready = desk.panel.title.text()
        desk.handle_scan("ZZ-4711-NOT-OURS", "camera")
        assert desk.panel.result == "unknown" and desk.panel.detail.text() == unknown
        desk.handle_scan(codes.make_code(state.workspace.ticket_key), "camera")
        assert desk.panel.detail.text() == not_synced
        for shown in (placeholder, ready, unknown, not_synced):
            assert not any(word.lower() in shown.lower() for word in DESK_WORDS), shown
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    # The desk itself still offers its search and walk-ins.
    screen = CheckinScreen(state)
    qtbot.addWidget(screen)
    assert "name" in screen.input.placeholderText()
