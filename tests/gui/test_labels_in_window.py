"""The window shows labels, never internal keys, in the interface's language (fr, en, ar)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from mornings_desktop.services import checkin, registrations
from mornings_desktop.ui.agenda.texts import kind_labels, role_labels
from mornings_desktop.ui.checkin.forms import RevertDialog
from mornings_desktop.ui.people.screen import PeopleScreen
from mornings_desktop.wording.labels import LABELS, label

LOCALES = {"fr": "fr_FR", "en": "en_GB", "ar": "ar_MA"}


@pytest.fixture(params=sorted(LOCALES))
def lang(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(LOCALES[request.param]))
    yield request.param
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_people_list_shows_category_labels_without_seeding(
    qtbot, state, demo_morning, lang
) -> None:  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    screen = PeopleScreen(state)
    qtbot.addWidget(screen)
    model = screen.model
    shown = {
        model.data(model.index(r, model.CATEGORY), Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
    }
    assert not shown & set(LABELS["category"]) - {"sponsor"} or lang == "en", shown
    assert label("category", "guest", lang) in shown or label("category", "member", lang) in shown
    if lang == "ar":
        assert any(any("\u0600" <= c <= "\u06ff" for c in text) for text in shown)


def test_agenda_kinds_and_roles_are_labels(lang: str) -> None:
    assert kind_labels()["keynote"] == label("session_type", "keynote", lang) != "keynote"
    assert role_labels()["panellist"] == label("role", "panellist", lang)


def test_the_check_in_history_names_the_method(qtbot, state, demo_morning, lang) -> None:  # type: ignore[no-untyped-def]
    row = registrations.list_registrations(state.workspace, demo_morning)[0]
    checkin.ScanDesk(state.workspace, demo_morning).admit(row.id, "search")
    history = checkin.history(state.workspace, row.id)
    dialog = RevertDialog(None, row.name, history)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(label("method", "search", lang) in t for t in texts), texts
    assert lang == "en" or not any("search" in t for t in texts)


def test_the_forecast_breakdown_names_categories_in_the_window_language(qtbot, state, lang) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.services.demo_series import create_series
    from mornings_desktop.ui.mornings.forecast_panel import ForecastPanel

    ids = create_series(state.workspace, count=3, attendees=20, seed=3, day="2026-12-10")
    state.set_current_morning(ids[-1])
    panel = ForecastPanel(state)
    qtbot.addWidget(panel)
    assert panel.data is not None and panel.data.forecast is not None
    text = panel.details.text()
    assert label("category", "member", lang) in text, text
    others = {"fr", "en", "ar"} - {lang}
    assert not any(label("category", "member", o) in text for o in others), text
