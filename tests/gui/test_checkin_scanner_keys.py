"""The desk driven by key events as scanners send them (one key every 8 ms, on an injected clock so
the tests do not depend on machine load) and as people type: Enter, Tab or no suffix, AZERTY-mangled
text, two codes back to back; names typed fast; the result area never shows a stale green."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from mornings_desktop import codes
from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.scan_result import ScanResult
from mornings_desktop.ui.checkin import corrections
from mornings_desktop.ui.checkin.screen import CheckinScreen


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def scanner(widget: QWidget, clock: Clock, text: str, suffix: str = "", gap: float = 8) -> None:
    """Type `text` as a scanner does, one key every `gap` ms, then its suffix ("\\t", "\\r", "")."""
    for char in text + suffix:
        clock.now += gap
        if char == "\t":
            QTest.keyClick(widget, Qt.Key.Key_Tab)
        elif char == "\r":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii() and char.isprintable():
            QTest.keyClick(widget, char)
        else:  # QTest knows only ASCII: the AZERTY characters (é, è, ç, à) as the layout sends them
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def desk(qtbot, state, demo_morning, clock):  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    widget = CheckinScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.input.clock = clock
    shown: list[ScanResult] = []

    def seen(result: ScanResult) -> None:
        shown.append(result)

    widget.result_shown.connect(seen)
    widget.shown = shown  # type: ignore[attr-defined]
    return widget


def _rows(state, morning_id):  # type: ignore[no-untyped-def]
    return [
        r
        for r in registrations.list_registrations(state.workspace, morning_id)
        if r.status != "cancelled" and r.category != "speaker" and " " in r.name
    ]


def _admitted(desk) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.registration_id for r in desk.shown if r.result == "admitted"]


def _in_db(state, registration_id: str) -> bool:  # type: ignore[no-untyped-def]
    return any(not h.reverted for h in checkin.history(state.workspace, registration_id))


@pytest.mark.parametrize("suffix", ["\t", "\r"], ids=["tab", "enter"])
def test_two_codes_with_a_suffix_admit_both_in_order(
    desk, state, demo_morning, clock, suffix
) -> None:  # type: ignore[no-untyped-def]
    first, second = _rows(state, demo_morning)[:2]
    scanner(desk.input, clock, first.code, suffix)
    scanner(desk.input, clock, second.code, suffix)
    assert _admitted(desk) == [first.id, second.id]
    assert _in_db(state, first.id) and _in_db(state, second.id)
    assert desk.input.text() == "" and desk.input.hasFocus()


def test_no_suffix_a_burst_then_silence_admits(desk, qtbot, state, demo_morning, clock) -> None:  # type: ignore[no-untyped-def]
    first, second = _rows(state, demo_morning)[2:4]
    scanner(desk.input, clock, first.code)
    assert _admitted(desk) == []  # not before the silence
    clock.now += 200
    qtbot.waitUntil(lambda: _admitted(desk) == [first.id], timeout=3000)
    scanner(desk.input, clock, second.code)
    clock.now += 200
    qtbot.waitUntil(lambda: _admitted(desk) == [first.id, second.id], timeout=3000)
    assert desk.panel.result == "admitted" and desk.input.text() == ""


@pytest.mark.parametrize("suffix", ["\t", "\r", ""], ids=["tab", "enter", "none"])
def test_azerty_mangled_codes(desk, qtbot, state, demo_morning, clock, suffix) -> None:  # type: ignore[no-untyped-def]
    first, second = _rows(state, demo_morning)[4:6]
    for row in (first, second):
        mangled = codes.mangle_azerty(row.code)
        assert mangled != row.code
        scanner(desk.input, clock, mangled, suffix)
        clock.now += 200
        qtbot.waitUntil(lambda r=row: r.id in _admitted(desk), timeout=3000)
    assert _admitted(desk) == [first.id, second.id]


@pytest.mark.parametrize("mangle", [False, True], ids=["us", "azerty"])
def test_two_codes_back_to_back_never_merge(
    desk, qtbot, state, demo_morning, clock, mangle
) -> None:  # type: ignore[no-untyped-def]
    first, second = _rows(state, demo_morning)[6:8]
    both = first.code + second.code
    scanner(desk.input, clock, codes.mangle_azerty(both) if mangle else both)
    clock.now += 200
    qtbot.waitUntil(lambda: len(_admitted(desk)) == 2, timeout=3000)
    assert _admitted(desk) == [first.id, second.id]
    assert desk.input.text() == ""


def test_a_name_typed_fast_with_enter_searches(desk, qtbot, state, demo_morning, clock) -> None:  # type: ignore[no-untyped-def]
    row = _rows(state, demo_morning)[8]
    assert len(desk.ensure_index().search(row.name, 20)) >= 1
    scanner(desk.input, clock, row.name.lower(), "\r")  # a person typing fast: no scan
    assert not any(r.result in ("unknown", "invalid") for r in desk.shown)
    hits = desk.index.search(row.name.lower(), 20)
    if len(hits) == 1:
        assert _admitted(desk) == [row.id]
        assert checkin.history(state.workspace, row.id)[0].method == "search"
    else:  # several: Enter moves into the list, the next Enter admits the chosen one
        assert _admitted(desk) == [] and desk.table.isVisible()
        assert desk.input.text() == row.name.lower()


def test_enter_with_one_match_admits_with_several_moves_into_the_list(
    desk, qtbot, state, demo_morning, clock
) -> None:  # type: ignore[no-untyped-def]
    index = desk.ensure_index()
    rows = _rows(state, demo_morning)
    unique = next(r for r in rows if len(index.search(r.name, 20)) == 1)
    scanner(desk.input, clock, unique.name, gap=120)  # typed by hand
    desk.search.run()
    assert "1 person found: Enter to admit." in desk.panel.text()  # what Enter does
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    assert _admitted(desk) == [unique.id]
    several = next(r for r in rows if len(index.search(r.name.split()[0][:3], 20)) > 1)
    query = several.name.split()[0][:3]
    scanner(desk.input, clock, query, gap=120)
    desk.search.run()
    # It said "↑ ↓ to choose, Enter to admit" with the first one highlighted, and Enter then
    # asked to choose: it says what Enter does with several.
    assert "Enter or ↑ ↓ to choose, then Enter to admit." in desk.panel.text()
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    assert _admitted(desk) == [unique.id]  # several people: nobody admitted yet
    assert desk.table.isVisible() and desk.table.currentIndex().row() == 0
    chosen = desk.hits.hits[1].registration_id
    QTest.keyClick(desk.input, Qt.Key.Key_Down)
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    assert _admitted(desk) == [unique.id, chosen]


def test_typing_turns_the_result_neutral_and_no_match_says_so(
    desk, qtbot, state, demo_morning, clock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    row = _rows(state, demo_morning)[9]
    scanner(desk.input, clock, row.code, "\r")
    assert desk.panel.result == "admitted"
    scanner(desk.input, clock, "Zzyqx Wuvk", gap=150)  # the next person, by hand
    assert desk.panel.result == "search" and "Admitted" not in desk.panel.text()
    assert row.name not in desk.panel.text()
    qtbot.waitUntil(lambda: desk.panel.result == "no_match", timeout=3000)
    assert "Ctrl+N" in desk.panel.text() and "Zzyqx Wuvk" in desk.panel.text()
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.panel.result == "no_match" and desk.input.text() == "Zzyqx Wuvk"
    asked = {}

    def fake(screen, morning_id, name):  # type: ignore[no-untyped-def]
        asked["name"] = name

    monkeypatch.setattr(corrections, "ask_walk_in", fake)
    QTest.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == {"name": "Zzyqx Wuvk"}


def test_admitted_fades_after_6_s_attention_stays(desk, qtbot, state, demo_morning, clock) -> None:  # type: ignore[no-untyped-def]
    import secrets

    row = _rows(state, demo_morning)[10]
    assert desk.fade.interval() == 6000
    desk.fade.setInterval(50)
    scanner(desk.input, clock, row.code, "\r")
    assert desk.panel.result == "admitted"
    qtbot.waitUntil(lambda: desk.panel.result == "ready", timeout=3000)
    scanner(desk.input, clock, codes.make_code(secrets.token_bytes(32)), "\r")
    assert desk.panel.result == "invalid"
    qtbot.wait(300)
    assert desk.panel.result == "invalid"  # needs attention: stays until the next action


@pytest.mark.parametrize("sep", [" ", "-"])
def test_a_code_typed_by_hand_in_groups(desk, state, demo_morning, clock, sep) -> None:  # type: ignore[no-untyped-def]
    row = _rows(state, demo_morning)[11 if sep == " " else 12]
    code = row.code.lower()
    grouped = sep.join(code[i : i + 4] for i in range(0, len(code), 4))
    scanner(desk.input, clock, grouped, "\r", gap=150)
    assert _admitted(desk) == [row.id]


def test_digit_free_codes_of_older_versions_scan(desk, qtbot, state, demo_morning, clock) -> None:  # type: ignore[no-untyped-def]
    import secrets

    key = state.workspace.ticket_key
    letters = [c for c in codes.ALPHABET if not c.isdigit()]
    while True:
        serial = "".join(secrets.choice(letters) for _ in range(codes.SERIAL_LEN))
        old = serial + codes._mac(key, serial)
        if not any(c.isdigit() for c in old):
            break
    row = _rows(state, demo_morning)[13]
    with state.workspace.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE registrations SET code = ? WHERE id = ?", (old, row.id))
    scanner(desk.input, clock, codes.mangle_azerty(old))  # no suffix, AZERTY: only A/Q, Z/W swap
    clock.now += 200
    qtbot.waitUntil(lambda: _admitted(desk) == [row.id], timeout=3000)


# What a US-layout scanner types into a French AZERTY layout for an imported ticket number: the
# key right of 0 ("-") gives ")", the digits come out unshifted (&é"'(-è_çà), "/" gives "!", "."
# gives ":" and the letters A/Q, Z/W swap.
_US_SCANNER_ON_AZERTY = [
    ("EB-123456789", "EB)&é\"'(-è_ç"),
    ("QZ/2026.0042", "AW!é\u00e0é-:\u00e0\u00e0'é"),
]


@pytest.mark.parametrize("suffix", ["\r", "\t", ""], ids=["enter", "tab", "none"])
def test_an_imported_ticket_number_from_a_us_scanner_on_azerty(  # type: ignore[no-untyped-def]
    desk, qtbot, state, demo_morning, clock, suffix
) -> None:
    rows = _rows(state, demo_morning)[14:16]
    with state.workspace.db.engine.begin() as conn:
        for row, (ref, _typed) in zip(rows, _US_SCANNER_ON_AZERTY, strict=True):
            conn.exec_driver_sql(
                "UPDATE registrations SET external_ref = ? WHERE id = ?", (ref, row.id)
            )
    for row, (_ref, typed) in zip(rows, _US_SCANNER_ON_AZERTY, strict=True):
        scanner(desk.input, clock, typed, suffix)
        clock.now += 200
        qtbot.waitUntil(lambda r=row: r.id in _admitted(desk), timeout=3000)
    assert _admitted(desk) == [row.id for row in rows]
    assert _in_db(state, rows[0].id) and _in_db(state, rows[1].id)


def test_right_to_left_enter_admits_the_one_found_and_the_chosen_one(
    desk, qtbot, state, demo_morning, clock
) -> None:  # type: ignore[no-untyped-def]
    """In Arabic the window runs right to left: the list's first person must still be selected
    (Enter with one match admits; ↓ then Enter admits the chosen one). Before, no row was
    current there and Enter did nothing (found at the door, driven by xdotool)."""
    desk.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    index = desk.ensure_index()
    rows = _rows(state, demo_morning)
    unique = next(r for r in rows if len(index.search(r.name, 20)) == 1)
    scanner(desk.input, clock, unique.name, "\r", gap=120)
    assert _admitted(desk) == [unique.id]
    several = next(r for r in rows if len(index.search(r.name.split()[0][:3], 20)) > 1)
    scanner(desk.input, clock, several.name.split()[0][:3], "\r", gap=120)
    assert desk.table.isVisible() and desk.table.currentIndex().row() == 0
    chosen = desk.hits.hits[1].registration_id
    QTest.keyClick(desk.input, Qt.Key.Key_Down)
    assert desk.table.currentIndex().row() == 1
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    assert _admitted(desk) == [unique.id, chosen]


def test_the_hint_to_choose_in_the_list_goes_once_someone_is_admitted(
    desk, qtbot, state, demo_morning, clock
) -> None:  # type: ignore[no-untyped-def]
    index = desk.ensure_index()
    rows = _rows(state, demo_morning)
    desk_line = desk.status.text()
    several = next(r for r in rows if len(index.search(r.name.split()[0][:3], 20)) > 1)
    scanner(desk.input, clock, several.name.split()[0][:3], "\r", gap=120)
    assert desk.status.text() != desk_line  # "Several people found: choose with ↑ ↓…"
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.last is not None and desk.last.ok
    assert desk.status.text() == desk_line


def test_what_was_typed_by_hand_before_a_scan_stays(  # type: ignore[no-untyped-def]
    desk, qtbot, state, demo_morning, clock
) -> None:
    """Someone types the start of a name, a scanner's code arrives (no suffix: its burst then
    silence): the code is admitted and the letters typed by hand stay in the field (they were
    erased once the scan was saved)."""
    row = _rows(state, demo_morning)[16]
    scanner(desk.input, clock, "zni", gap=120)
    clock.now += 500
    scanner(desk.input, clock, row.code)
    clock.now += 200
    qtbot.waitUntil(lambda: _admitted(desk) == [row.id], timeout=3000)
    assert desk.input.text() == "zni"


def test_an_undone_arrival_fades_after_6_s_as_an_admission_does(  # type: ignore[no-untyped-def]
    desk, qtbot, state, demo_morning, clock
) -> None:
    """Ctrl+Z: "Arrival undone" (↶) goes back to the ready screen like a green result (it stayed
    on screen for good)."""
    row = _rows(state, demo_morning)[17]
    desk.fade.setInterval(50)
    scanner(desk.input, clock, row.code, "\r")
    QTest.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.panel.result == "undone"
    qtbot.waitUntil(lambda: desk.panel.result == "ready", timeout=3000)


def test_a_linefeed_ends_a_reading_as_enter_does(desk, qtbot, state, demo_morning, clock) -> None:  # type: ignore[no-untyped-def]
    """Some scanners (and `xdotool type "…\\n"`) end with Linefeed (X keysym 0xff0a, Qt key
    0x0a, text "\\n"), not Return: a name typed with it searched nothing, and the next name ran
    on into it ("taziHamza Naciri")."""
    index = desk.ensure_index()
    unique = next(r for r in _rows(state, demo_morning) if len(index.search(r.name, 20)) == 1)

    def linefeed() -> None:
        clock.now += 8
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                desk.input, QKeyEvent(kind, 0x0A, Qt.KeyboardModifier.NoModifier, "\n")
            )

    scanner(desk.input, clock, unique.name, gap=120)
    linefeed()
    assert _admitted(desk) == [unique.id]
    other = _rows(state, demo_morning)[18]
    scanner(desk.input, clock, other.code)
    linefeed()
    assert _admitted(desk) == [unique.id, other.id] and desk.input.text() == ""


def test_enter_on_what_was_kept_after_a_scan_searches_in_the_search_state(  # type: ignore[no-untyped-def]
    desk, qtbot, state, demo_morning, clock
) -> None:
    """Letters typed by hand stay after a scanner's code is saved; Enter on them then searches:
    the panel says so (it stayed "Prêt", cut off by the list)."""
    index = desk.ensure_index()
    rows = _rows(state, demo_morning)
    several = next(r for r in rows if len(index.search(r.name.split()[0][:3], 20)) > 1)
    prefix = several.name.split()[0][:3].lower()
    code_row = next(r for r in rows if r.id != several.id)
    scanner(desk.input, clock, prefix, gap=120)
    clock.now += 500
    scanner(desk.input, clock, code_row.code)
    clock.now += 200
    qtbot.waitUntil(lambda: _admitted(desk) == [code_row.id], timeout=3000)
    assert desk.input.text() == prefix
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.table.isVisible()
    assert desk.panel.result == "search"


def test_people_found_get_the_room_on_a_laptop_screen(
    desk, qtbot, state, demo_morning, clock
) -> None:  # type: ignore[no-untyped-def]
    """At a 1366x768 laptop's size the list showed two rows and a half under a big, mostly
    empty "Searching…": while people are listed the panel keeps its headline and count only,
    and after a scan its whole minimum (never more) comes back."""
    desk.resize(1140, 600)
    qtbot.wait(20)
    full = desk.panel.minimumSizeHint()
    row = _rows(state, demo_morning)[19]
    scanner(desk.input, clock, "a", gap=120)
    desk.run_search()
    qtbot.wait(20)
    assert desk.table.isVisible() and desk.search.hits.rowCount() >= 8
    assert desk.table.viewport().height() >= 7 * desk.table.verticalHeader().defaultSectionSize()
    assert desk.panel.minimumSizeHint().height() < full.height()
    assert not desk.panel.symbol.isVisible() and desk.panel.title.isVisible()
    desk.input.clear()
    scanner(desk.input, clock, row.code, "\r")
    assert desk.panel.result == "admitted" and desk.panel.symbol.isVisible()
    assert desk.panel.minimumSizeHint() == full


def test_no_results_headline_is_read_whole_on_a_small_window(
    desk, qtbot, state, demo_morning, clock
) -> None:  # type: ignore[no-untyped-def]
    """ "Aucun résultat — Ctrl+N pour l'inscrire sur place" takes two lines: in the window's
    default size it was cut at the top and the bottom; the ∅ steps aside for it (the desk's part
    of a 1200x680 window: 970x520)."""
    desk.resize(970, 520)
    scanner(desk.input, clock, "zzqxw", "\r", gap=120)
    assert desk.panel.result == "no_match"
    qtbot.wait(20)
    title = desk.panel.title
    assert title.height() >= title.heightForWidth(title.width()), "the headline is cut"
    row = _rows(state, demo_morning)[20]
    desk.input.clear()
    scanner(desk.input, clock, row.code, "\r")
    assert desk.panel.result == "admitted" and desk.panel.symbol.isVisible()
