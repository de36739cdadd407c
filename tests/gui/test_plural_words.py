"""Counts in the window's words, as each language says them: "1 request", "2 personnes", and
Arabic's six forms (zero, one, two, 3–10, 11–99, 100 and up): two people are "شخصان", never
"2 أشخاص"; "طلب(ات)" and "demande(s)" are never shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mornings_desktop.services import erasure, registrations
from mornings_desktop.services.demo_series import create_series
from mornings_desktop.ui.mornings.forecast_panel import ForecastPanel
from mornings_desktop.ui.mornings.screen import MorningsScreen
from mornings_desktop.ui.people.screen import PeopleScreen
from mornings_desktop.wording.tr import FSI, PDI
from tests.gui.speaking import speaking
from tests.unit.privacy.conftest import make_subject


@pytest.fixture(params=["en", "fr", "ar"])
def language(request, qapp, tmp_path: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    with speaking(qapp, request.param, tmp_path):
        yield request.param


TWO_NAMESAKES = {
    "en": "Karim Bennani — 2 people",
    "fr": "Karim Bennani — 2 personnes",
    "ar": f"{FSI}Karim Bennani{PDI} — شخصان",
}


def test_two_namesakes_in_the_directory_are_two_people(
    qtbot, state, demo_morning: str, language: str
) -> None:  # type: ignore[no-untyped-def]
    """Found in the Arabic window: "Karim Bennani — 2 أشخاص" where Arabic says "شخصان"."""
    ws = state.workspace
    for email in ("a@x.ma", "b@x.ma"):
        registrations.register_walk_in(ws, demo_morning, "Karim Bennani", "", "guest", email=email)
    state.set_current_morning(demo_morning)
    screen = PeopleScreen(state)
    qtbot.addWidget(screen)
    screen.show()
    screen.tabs.setCurrentWidget(screen.directory)
    view = screen.directory
    shown = [view.suggestions.item(i).text() for i in range(view.suggestions.count())]
    assert TWO_NAMESAKES[language] in shown, shown


ONE_REQUEST = {
    "en": "1 erasure request waits (People ▸ Privacy ▸ Erasure requests).",
    "fr": "1 demande d’effacement en attente (Personnes ▸ Confidentialité ▸ Demandes d’effacement).",
    "ar": "طلب محو واحد في الانتظار (الأشخاص ▸ الخصوصية ▸ طلبات المحو).",
}


def test_one_erasure_request_is_said_as_one(qtbot, state, language: str) -> None:  # type: ignore[no-untyped-def]
    """ "1 erasure request(s) wait", "{n} طلب(ات) محو": the Mornings area's reminder."""
    subject = make_subject(state.workspace)
    erasure.request_erasure(state.workspace, subject.person_id)
    screen = MorningsScreen(state)
    qtbot.addWidget(screen)
    assert screen.privacy_line.text() == ONE_REQUEST[language]


TWO_PAST_MORNINGS = {
    "en": "On 2 past Mornings the forecast was off by",
    "fr": "Sur 2 Matinales passées, la prévision s’est trompée de",
    "ar": "في لقاءين سابقين، أخطأ التوقع بمعدل",
}


def test_two_past_mornings_are_said_with_the_dual(qtbot, state, language: str) -> None:  # type: ignore[no-untyped-def]
    """The forecast's trust line: "في 2 لقاءات سابقة" read as Arabic never writes it."""
    ids = create_series(state.workspace, count=3, attendees=20, seed=3, day="2026-12-10")
    state.set_current_morning(ids[-1])
    panel = ForecastPanel(state)
    qtbot.addWidget(panel)
    assert panel.data is not None and panel.data.backtest.scored == 2
    assert panel.trust.text().startswith(TWO_PAST_MORNINGS[language]), panel.trust.text()


REGISTERED = {"en": "{n} registered (", "fr": "{n} inscrits (", "ar": "{n} مسجلًا ("}


def test_registered_people_in_the_forecast_take_the_form_of_their_number(
    qtbot, state, language: str
) -> None:  # type: ignore[no-untyped-def]
    """ "85 من أصل 125 مسجلين": from 11 to 99 (and 125) Arabic counts "مسجلًا"."""
    ids = create_series(state.workspace, count=4, attendees=30, seed=3, day="2026-12-10")
    state.set_current_morning(ids[-1])
    panel = ForecastPanel(state)
    qtbot.addWidget(panel)
    assert panel.data is not None and panel.data.forecast is not None
    n = panel.data.forecast.registered
    assert 11 <= n <= 99
    first = panel.details.text().splitlines()[0]
    assert REGISTERED[language].format(n=n) in first, first


IMPORTED = {
    "en": "f.csv: 2 rows read. 1 registration created, updated: 1, unchanged: 0. "
    "0 duplicates within the file merged. 2 people already in the directory. 0 rows skipped. "
    "1 warning.",
    "fr": "f.csv : 2 lignes lues. 1 inscription créée ; mises à jour : 1 ; inchangées : 0. "
    "0 doublon du fichier fusionné. 2 personnes déjà dans l’annuaire. 0 ligne ignorée. "
    "1 avertissement.",
    "ar": f"{FSI}f.csv{PDI}: قُرئ صفان. أُنشئ تسجيل واحد، وحُدّث 1، وبقي 0 دون تغيير. "
    "لم يُدمج أي تكرار داخل الملف. شخصان موجودان مسبقًا في الدليل. لم يُتخطَّ أي صف. "
    "تنبيه واحد.",
}


def test_the_import_report_counts_in_words(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    """ "قُرئ 2 صف … أُنشئ 1 تسجيل": after an import, each count as the language says it."""
    from mornings_desktop.imports.report import ImportReport, RowIssue
    from mornings_desktop.ui.people.import_wizard import summary_text

    report = ImportReport(
        "f.csv", "registrations", False, rows=2, created=1, updated=1, unchanged=0,
        matched_in_directory=2, warnings=[RowIssue(2, "w", "w", {})],
    )  # fmt: skip
    assert summary_text(report) == IMPORTED[language]
