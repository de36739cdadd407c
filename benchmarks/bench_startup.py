"""Start-up of the `mornings` command: `--help` and `events --json` beside `python -c pass`.

Medians of 10 runs each, interleaved (pass, help, events, pass, ...) so machine load hits all
three alike. Goal (issue 18): both under 0.25 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

RUNS = 10
ROOT = Path(__file__).resolve().parent.parent


def _wall(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def run() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "MORNINGS_DATA_DIR": tmp}
        db = str(Path(tmp) / "m.sqlite3")
        mornings = [sys.executable, "-m", "mornings_desktop"]
        make = (
            f"from mornings_desktop.services.workspace import Workspace as W; W.open({db!r}, 'b')"
        )
        subprocess.run([sys.executable, "-c", make], env=env, capture_output=True, check=True)
        commands = {
            "pass": [sys.executable, "-c", "pass"],
            "help": [*mornings, "--help"],
            "events": [*mornings, "--db", db, "events", "--json"],
        }
        times: dict[str, list[float]] = {k: [] for k in commands}
        for _ in range(RUNS):
            for key, args in commands.items():
                times[key].append(_wall(args, env))
    base = statistics.median(times["pass"])
    return [
        {
            "name": f"mornings {label}, median of {RUNS}",
            "value": round(statistics.median(times[key]), 3),
            "baseline_name": "python -c pass",
            "baseline_value": round(base, 3),
            "goal": "< 0.25 s",
        }
        for key, label in (("help", "--help"), ("events", "events --json"))
    ]
