"""`mornings checkin --stdin` killed with SIGKILL at random moments loses nothing it acknowledged.

A child process checks in codes on a real database file while the test feeds it scans and kills
it mid-stream. After each kill (and the next restart), every code that was reported admitted is
checked in, and no registration was admitted twice.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mornings_desktop import codes
from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[3]


def _start(db: Path, day: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [
            *(sys.executable, "-m", "mornings_desktop", "--db", str(db), "--desk", "Crash desk"),
            *("checkin", "--event", day, "--stdin", "--json"),
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _read_line(proc: subprocess.Popen[bytes], buffer: bytearray, timeout: float) -> bytes | None:
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    deadline = time.monotonic() + timeout
    while b"\n" not in buffer:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                return None
            buffer.extend(chunk)
    line, _, rest = bytes(buffer).partition(b"\n")
    buffer[:] = rest
    return line


def _presence(db: Path) -> dict[str, tuple[bool, int]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT r.code, r.checked_in_at IS NOT NULL, "
            "(SELECT count(*) FROM checkins c WHERE c.registration_id = r.id) "
            "FROM registrations r WHERE r.code IS NOT NULL"
        ).fetchall()
    return {code: (bool(present), int(n)) for code, present, n in rows}


def _crash_rounds(tmp_path: Path, rounds: int, seed: int) -> int:
    db = tmp_path / "crash.sqlite3"
    day = "2026-12-10"
    ws = Workspace.open(db, "Crash desk")
    create_demo(ws, attendees=max(60, rounds * 4), seed=seed, day=day)
    ws.close()
    all_codes = sorted(_presence(db))
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    kills = 0
    for _ in range(rounds):
        proc = _start(db, day)
        assert proc.stdin is not None
        buffer = bytearray()
        try:
            # A first scan, answered: the process is up and the database open.
            first = rng.choice(all_codes)
            proc.stdin.write(codes.mangle_azerty(first).encode() + b"\n")
            proc.stdin.flush()
            line = _read_line(proc, buffer, timeout=30)
            assert line is not None, proc.stderr.read().decode() if proc.stderr else ""
            answers = [line]
            # Then a burst of scans (new ones, already admitted ones, junk) and a kill at a
            # random moment: before, during or after their commits.
            burst = [rng.choice(all_codes) for _ in range(rng.randint(1, 6))]
            proc.stdin.write(b"".join(c.encode() + b"\n" for c in [*burst, "junk"]))
            proc.stdin.flush()
            time.sleep(rng.uniform(0, 0.012))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            kills += 1
        # What the process printed before it died was acknowledged (printed after COMMIT).
        while (line := _read_line(proc, buffer, timeout=0.5)) is not None:
            answers.append(line)
        for raw in answers:
            result = json.loads(raw)
            assert result["result"] in ("admitted", "already", "unknown")
            if result["result"] == "admitted":
                acknowledged.add(result["code"])
        presence = _presence(db)
        for code in acknowledged:
            assert presence[code][0], f"{code} was reported admitted but is not checked in"
        duplicated = {c: n for c, (_, n) in presence.items() if n > 1}
        assert not duplicated, f"admitted twice: {duplicated}"
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert acknowledged, "the test never saw an admission: it would prove nothing"
    return kills


def test_sigkill_loses_nothing_acknowledged_fast(tmp_path: Path) -> None:
    assert _crash_rounds(tmp_path, rounds=6, seed=1) == 6


@pytest.mark.slow
def test_sigkill_loses_nothing_acknowledged_100_kills(tmp_path: Path) -> None:
    assert _crash_rounds(tmp_path, rounds=110, seed=2) >= 100
