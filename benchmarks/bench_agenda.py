"""Agenda timings: the live warnings (recomputed after every edit) and the programme PDF.

`run()` returns plain dicts until `benchmarks/__init__.py` defines `Result`:
{"name", "value", "unit", "baseline_name", "baseline_value", "goal"}.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any


def _best(func: Any, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - t0)
    return best


def _agenda(n: int) -> tuple[Any, list[Any], list[Any]]:
    from mornings_desktop.services.agenda_warnings import MorningHours, SessionSlot, SpeakerLink

    day = date(2026, 12, 10)
    start = datetime.combine(day, clock(8, 30))
    slots = [
        SessionSlot(
            f"s{i}",
            "talk",
            f"Session {i}",
            start + timedelta(minutes=10 * (i // 3)),
            25,
            f"Salle {i % 3}",
        )
        for i in range(n)
    ]
    links = [
        SpeakerLink(f"s{i}", f"p{i % (n // 2 or 1)}", "X", "speaker", f"p{i}") for i in range(n)
    ]
    return MorningHours(day, clock(8, 30), clock(11, 30)), slots, links


def run() -> list[dict[str, Any]]:
    from mornings_desktop.documents.programme_pdf import write_programme_pdf
    from mornings_desktop.services import agenda
    from mornings_desktop.services.agenda_programme import programme
    from mornings_desktop.services.agenda_warnings import warnings
    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.workspace import Workspace

    hours, small_slots, small_links = _agenda(8)
    _, big_slots, big_links = _agenda(200)
    small = _best(lambda: warnings(hours, small_slots, small_links, set()), 50)
    big = _best(lambda: warnings(hours, big_slots, big_links, set()), 5)
    with tempfile.TemporaryDirectory() as folder:
        ws = Workspace.open(Path(folder) / "bench.sqlite3", "Bench")
        morning = create_demo(ws, attendees=150, seed=1, day="2026-12-10")
        from_db = _best(lambda: agenda.current_warnings(ws, morning), 10)
        prog = programme(ws, morning)
        pdf = _best(lambda: write_programme_pdf(prog, Path(folder) / "p.pdf"), 3)
        ws.close()
    return [
        {"name": "agenda.warnings (8 sessions, pure)", "value": small * 1e3, "unit": "ms",
         "baseline_name": "one 60 Hz frame", "baseline_value": 1000 / 60, "goal": "< 1 frame"},
        {"name": "agenda.warnings (200 sessions, pure)", "value": big * 1e3, "unit": "ms",
         "baseline_name": "one 60 Hz frame", "baseline_value": 1000 / 60, "goal": "< 1 frame"},
        {"name": "agenda.current_warnings (demo Morning, from SQLite)", "value": from_db * 1e3, "unit": "ms",
         "baseline_name": "100 ms (feels instant after an edit)", "baseline_value": 100.0, "goal": "< 100 ms"},
        {"name": "programme PDF (demo Morning, A4)", "value": pdf * 1e3, "unit": "ms",
         "baseline_name": "1 s", "baseline_value": 1000.0, "goal": "< 1 s"},
    ]  # fmt: skip


if __name__ == "__main__":
    for r in run():
        print(
            f"{r['name']}: {r['value']:.2f} {r['unit']} (baseline {r['baseline_name']}: {r['baseline_value']:.1f}; ratio {r['value'] / r['baseline_value']:.3f})"
        )
