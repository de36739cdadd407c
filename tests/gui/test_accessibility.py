"""Keyboard and screen readers: every input of every area has a name, and Tab reaches it.

A screen reader reads an input's accessible name (or the text of the label whose buddy it is);
someone without a mouse reaches inputs with Tab. Both are checked on the real main window with a
demo Morning, area by area.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QWidget,
)

INPUTS = (
    QLineEdit,
    QComboBox,
    QSpinBox,
    QDateEdit,
    QTimeEdit,
    QPlainTextEdit,
    QTableView,
    QListView,
)
AREAS = ("mornings", "agenda", "people", "checkin", "badges", "exports", "sync")
# Left out of the Tab chain on purpose: at the check-in desk the scan field keeps the focus so
# that the next scan always lands in it; the people found are chosen with the arrow keys from the
# scan field, and the live figures beside it are read-only (and named, for screen readers).
NOT_IN_TAB_CHAIN = {
    ("checkin", "People found"),
    ("checkin", "Checked in by category"),
    ("checkin", "Speakers"),
}


@pytest.fixture
def window(qtbot, state, demo_morning):  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.main_window import MainWindow

    state.set_current_morning(demo_morning)
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _is_internal(widget: QWidget) -> bool:
    """Parts of a composite input (a spin box's line edit, a combo box's list) are not inputs."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def _inputs(page: QWidget) -> list[QWidget]:
    found = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, INPUTS) and w.isVisibleTo(page) and not _is_internal(w)
    ]
    assert found, "a page without any input: the test would check nothing"
    return found


def _describe(widget: QWidget) -> str:
    kind = type(widget).__name__
    hint = ""
    if isinstance(widget, QLineEdit):
        hint = widget.placeholderText() or widget.text()
    return f"{kind} {widget.objectName()!r} {hint!r} in {type(widget.parentWidget()).__name__}"


def _name(widget: QWidget, window: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    return ""


@pytest.mark.parametrize("key", AREAS)
def test_every_input_has_an_accessible_name(window, key: str) -> None:  # type: ignore[no-untyped-def]
    window.show_area(key)
    page = window.page(key)
    nameless = [_describe(w) for w in _inputs(page) if not _name(w, window)]
    assert nameless == [], f"{key}: inputs without an accessible name or label: {nameless}"


@pytest.mark.parametrize("key", AREAS)
def test_tab_reaches_every_enabled_input(qtbot, window, key: str) -> None:  # type: ignore[no-untyped-def]
    window.show_area(key)
    page = window.page(key)
    wanted = [
        w
        for w in _inputs(page)
        if w.isEnabled() and (key, w.accessibleName()) not in NOT_IN_TAB_CHAIN
    ]
    untabbable = [
        _describe(w)
        for w in wanted
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus) != Qt.FocusPolicy.TabFocus
    ]
    assert untabbable == [], f"{key}: inputs Tab can never reach: {untabbable}"

    window.morning_picker.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.morning_picker, timeout=2000)
    visited: list[QWidget] = []
    for _ in range(400):
        window.focusNextChild()
        current = QApplication.focusWidget()
        if current is None or current is window.morning_picker:
            break
        visited.append(current)

    def reached(w: QWidget) -> bool:
        return any(v is w or w.isAncestorOf(v) for v in visited)

    missing = [_describe(w) for w in wanted if not reached(w)]
    assert missing == [], f"{key}: Tab from the Morning picker never reaches {missing}"
    assert any(page.isAncestorOf(v) for v in visited)


def test_area_shortcuts_show_each_area(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    for number, key in enumerate(AREAS, start=1):
        shortcut = QKeySequence(f"Ctrl+{number}")
        QTest.keySequence(window, shortcut)
        assert window.stack.currentWidget() is window.page(key), key


@pytest.mark.parametrize(
    ("key", "module", "opener"),
    [
        ("mornings", "mornings_desktop.ui.mornings.screen", "open_editor"),
        ("people", "mornings_desktop.ui.people.screen", "open_registration"),
    ],
)
def test_ctrl_n_and_f2_open_the_forms(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch, key: str, module: str, opener: str
) -> None:
    """The keys the user guide gives: Ctrl+N for a new one, F2 to edit the chosen one."""
    import importlib

    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    opened: list[object] = []
    monkeypatch.setattr(importlib.import_module(module), opener, lambda _s, row: opened.append(row))
    window.show_area(key)
    page = window.page(key)
    page.table.setFocus()
    page.table.selectRow(0)
    QTest.keySequence(window, QKeySequence("Ctrl+N"))
    assert opened == [None]
    QTest.keyClick(page.table, Qt.Key.Key_F2)
    assert len(opened) == 2 and opened[1] is not None


def _dialogs(state, morning: str):  # type: ignore[no-untyped-def]
    from mornings_desktop.imports.mapping import guess_mapping
    from mornings_desktop.services import mornings
    from mornings_desktop.ui.checkin.forms import RevertDialog, WalkInDialog
    from mornings_desktop.ui.mornings.editor import MorningEditor
    from mornings_desktop.ui.people.import_wizard import MappingDialog
    from mornings_desktop.ui.people.registration_dialog import RegistrationDialog
    from mornings_desktop.ui.settings_dialog import SettingsDialog

    ws = state.workspace
    headers = ["Prénom", "Nom", "Société"]
    return {
        "morning editor": lambda: MorningEditor(ws, mornings.get(ws, morning)),
        "registration": lambda: RegistrationDialog(ws, morning, None),
        "walk-in": lambda: WalkInDialog(None, ws, morning, "Salma"),
        "undo a check-in": lambda: RevertDialog(None, "Salma", []),
        "settings": lambda: SettingsDialog(state),
        "import mapping": lambda: MappingDialog(
            headers, [["Nadia", "Tazi", "BMCE"]], guess_mapping(headers), None
        ),
    }


DIALOGS = (
    "morning editor",
    "registration",
    "walk-in",
    "undo a check-in",
    "settings",
    "import mapping",
)


@pytest.mark.parametrize("name", DIALOGS)
def test_dialogs_are_named_and_tabbable(qtbot, state, demo_morning: str, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialogs(state, demo_morning)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    inputs = [w for w in _inputs(dialog) if w.isEnabled()]
    nameless = [_describe(w) for w in inputs if not _name(w, dialog)]
    assert nameless == [], f"{name}: inputs without an accessible name or label: {nameless}"
    # The chain Tab follows (QWidget::focusNextPrevChild): the next widget in the focus chain
    # that is shown, enabled and takes Tab focus. Walked without moving the focus (moving it in
    # many dialogs in one process makes PySide 6.12 crash at exit).
    visited: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    for _ in range(500):
        if widget is dialog:
            break
        takes_tab = (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
        if takes_tab and widget.isVisibleTo(dialog) and widget.isEnabled():
            visited.append(widget)
            if isinstance(widget, QTableView) and widget.tabKeyNavigation():
                break  # Tab moves between the cells of this table and does not leave it
        widget = widget.nextInFocusChain()
    missing = [
        _describe(w) for w in inputs if not any(v is w or w.isAncestorOf(v) for v in visited)
    ]
    assert missing == [], f"{name}: Tab never reaches {missing}"
