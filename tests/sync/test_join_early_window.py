"""The window's join (issue 18): its progress dialog closes at the usable point, while the round
goes on in the desk's child process, the screens re-read what they show, and the sync status says
"Current Morning ready — the door can admit people; history N % received…"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mornings_desktop.services import registrations
from mornings_desktop.services.changes import Changes
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.meta_keys import HISTORY_PENDING
from mornings_desktop.sync import hub_admin, join
from tests.sync.test_join_early import Series

MakeDesk = Callable[..., Workspace]


@pytest.fixture
def series(hub_db: str, make_desk: MakeDesk) -> Series:
    a = make_desk("Office")
    hub_admin.init_hub(hub_db, a.org_id, a.ticket_key.hex())
    return Series(hub_db, a)


@pytest.fixture
def window_state(qtbot: Any, series: Series, make_desk: MakeDesk, data_dir: Path) -> Iterator[Any]:
    from mornings_desktop.settings import Settings
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.state import AppState

    b, url = series.joiner(make_desk, "Door")
    join.configure(b, url, remember=False)  # as a join does: the hub's address, kept
    state = AppState(b, Settings(data_dir / "settings.ini"), JobRunner(dialog_delay_ms=0))
    yield state, url
    state.close()


def test_the_join_dialog_closes_when_the_door_can_work(
    qtbot: Any, window_state: Any, series: Series, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from mornings_desktop.ui.sync.screen import SyncScreen

    monkeypatch.setenv("MORNINGS_EARLY_MIN", "0")  # the desk's child process reads it
    state, url = window_state
    screen = SyncScreen(state)
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    seen: list[tuple[bool, bool, int, str]] = []
    job: list[Any] = []

    def heard(changes: Changes) -> None:  # on the UI thread
        if changes.morning_ids is None and job and not seen:
            regs = registrations.list_registrations(state.workspace, series.current)
            status = screen.status_label.text()
            seen.append((job[0].running, job[0].dialog is None, len(regs), status))
            screen.grab().save(str(tmp_path / "join-ready.png"))

    state.data_changed.connect(heard)
    runner = screen.controller.runner
    job.append(
        state.jobs.run(
            lambda c: runner(c)(state.workspace, url),
            title="Joining the organisation",
            parent_widget=screen,
        )
    )
    try:
        qtbot.waitUntil(lambda: not job[0].running, timeout=60000)
    finally:
        screen.controller.stop()
    assert seen, "the screens heard nothing before the round ended"
    running, no_dialog, held, status = seen[0]
    assert running and no_dialog  # released while the round still ran
    assert "Current Morning ready — the door can admit people; history " in status
    with_a = registrations.list_registrations(series.a, series.current)
    assert held == len(with_a)  # the current Morning whole at that point
    assert state.workspace.meta(HISTORY_PENDING) is None  # and the history complete at the end


def test_the_forecast_says_the_history_is_still_arriving_in_french(
    qtbot: Any,
    qapp: Any,
    series: Series,
    make_desk: MakeDesk,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from mornings_desktop import i18n
    from mornings_desktop.settings import Settings
    from mornings_desktop.sync import client, early
    from mornings_desktop.ui.jobs import JobRunner
    from mornings_desktop.ui.mornings.forecast_panel import ForecastPanel
    from mornings_desktop.ui.state import AppState
    from tests.sync.test_join_early import Stop, _stopping_at
    from tests.unit.test_translations import load_i18n

    script = load_i18n()
    monkeypatch.setattr(script, "BUILD", tmp_path / "build")
    script.build()  # this checkout's .ts files
    monkeypatch.setattr(i18n, "qm_dir", lambda: tmp_path / "build")
    monkeypatch.setattr(early, "EARLY_MIN", 0)
    b, url = series.joiner(make_desk, "Door")
    with pytest.raises(Stop):  # the desk at its usable point
        client.sync_round(b, url, push=False, progress=_stopping_at("ready"))
    translators = i18n.install_translations(qapp, "fr")
    state = AppState(b, Settings(data_dir / "settings.ini"), JobRunner(synchronous=True))
    try:
        state.set_current_morning(series.current)
        panel = ForecastPanel(state)
        qtbot.addWidget(panel)
        panel.refresh()
        assert panel.details.text() == (
            "L’historique des Matinales passées arrive encore du hub ; ce sera possible quand la "
            "synchronisation l’aura reçu en entier."
        )
        panel.resize(520, 220)
        panel.show()
        panel.grab().save(str(tmp_path / "forecast-waiting.png"))
    finally:
        state.close()
        app = QApplication.instance()
        assert app is not None
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
