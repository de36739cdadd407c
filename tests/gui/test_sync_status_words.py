"""The Sync screen's Status box as a desk person reads it, in English, French and Arabic: the last
sync in this computer's time (today the time only, another day the date in words and the time,
set apart in Arabic, never "2026-12-03T15:52:57.367294Z"), and the desk's state always there even
when all is well: 0 refused, the clock on time with its offset (issue 14)."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mornings_desktop.store import meta
from mornings_desktop.sync import hub_clock, pull, push
from tests.gui.speaking import speaking

FSI, PDI = "\u2068", "\u2069"
LONG_AGO = "2025-12-03T15:52:57.367294Z"
WORDS = {  # language → (last push, last pull, refused, clock on time, month of LONG_AGO, "at")
    "en": (
        "Last push: ",
        "Last pull: ",
        "Operations refused: 0",
        "Clock: on time",
        "December",
        "at",
    ),
    "fr": (
        "Dernier envoi : ",
        "Dernière réception : ",
        "Opérations refusées : 0",
        "Horloge : à l'heure",
        "décembre",
        "à",
    ),
    "ar": (
        "آخر إرسال: ",
        "آخر استقبال: ",
        "عمليات مرفوضة: 0",
        "الساعة: مضبوطة",
        "دجنبر",
        "على الساعة",
    ),
}


def _local(iso: str) -> datetime:
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).astimezone()


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_healthy_desk_sees_its_last_sync_clock_and_refusals(
    qtbot, qapp, state, tmp_path: Path, language: str
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.timeutil import now_iso
    from mornings_desktop.ui.sync.screen import SyncScreen

    ws = state.workspace
    today = now_iso()
    with ws.db.write() as session:  # as a round leaves them: pushed just now, pulled long ago
        meta.put(session, push.LAST_PUSH, today)
        meta.put(session, pull.LAST_PULL, LONG_AGO)
        meta.put(session, hub_clock.CLOCK_OFFSET, "400")  # 0.4 s ahead: on time
    said_push, said_pull, refused, on_time, month, at = WORDS[language]
    with speaking(qapp, language, tmp_path) if language != "en" else contextlib.nullcontext():
        screen = SyncScreen(state)
        qtbot.addWidget(screen)
        screen.show()
        lines = screen.status_label.text().splitlines()
    shown_push = next(line for line in lines if line.startswith(said_push))[len(said_push) :]
    shown_pull = next(line for line in lines if line.startswith(said_pull))[len(said_pull) :]
    clock = _local(today).strftime("%H:%M")
    before = _local(LONG_AGO)
    day, hour = f"{before.day} {month} {before.year}", before.strftime("%H:%M")
    if language == "ar":  # the figures keep their order inside the Arabic line
        assert shown_push == f"{FSI}{clock}{PDI}"
        assert shown_pull == f"{FSI}{day}{PDI} {at} {FSI}{hour}{PDI}"
    else:
        assert shown_push == clock
        assert shown_pull == f"{day} {at} {hour}"
    assert refused in lines and not any("⚠" in line for line in lines), lines
    assert any(line.startswith(on_time) for line in lines), lines
    screen.controller.stop()
