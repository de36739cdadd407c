"""Mail: 500 ticket messages through a local SMTP server (aiosmtpd on 127.0.0.1), beside bare
`smtplib` sending the same bytes on one connection; and rendering one message on its own.

Sending is measured without rendering: the messages are queued first, then the outbox worker sends
them (a committed `sending` mark, MAIL/RCPT/DATA, a committed `sent` with its `ticket.sent`
operation, per message). The baseline sends the very same bytes with `smtplib.SMTP.sendmail` on
one connection. Goals: sending at most 3x the baseline; rendering (PDF, QR, .ics, MIME) at most
25 ms per message; the worker's peak Python memory bounded (it holds one message at a time).
"""

from __future__ import annotations

import smtplib
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

MESSAGES = 500


class _Sink:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        return "250 2.0.0 Ok"


def _result(
    name: str, value: float, unit: str, base: str, base_value: float | None, goal: str
) -> dict[str, Any]:
    return {"name": name, "value": round(value, 3), "unit": unit, "baseline_name": base,
            "baseline_value": None if base_value is None else round(base_value, 3), "goal": goal}  # fmt: skip


def run() -> list[dict[str, Any]]:
    import socket

    from aiosmtpd.controller import Controller

    from mornings_desktop.services.demo import create_demo
    from mornings_desktop.services.mail import campaigns, outbox, render, worker
    from mornings_desktop.services.mail import settings as mail_settings
    from mornings_desktop.services.workspace import Workspace

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    sink = _Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            ws = Workspace.open(Path(folder) / "bench.sqlite3", "Bench")
            morning = create_demo(ws, attendees=MESSAGES, seed=3, day="2026-12-10")
            settings = mail_settings.configure(
                ws,
                f"smtp://127.0.0.1:{port}?security=none",
                "Club <club@example.ma>",
                rate_per_minute=0,
            )
            chosen = campaigns.plan(ws, morning)
            chosen.chosen = chosen.chosen[:MESSAGES]
            n = len(chosen.chosen)
            facts = campaigns.morning_facts(ws, morning)
            render.render(settings, facts, campaigns.recipient(chosen.chosen[0]))  # warm up
            start, cpu = time.perf_counter(), time.process_time()
            for r in chosen.chosen[:100]:
                render.render(settings, facts, campaigns.recipient(r))
            per_render = (time.perf_counter() - start) / min(100, n)
            # On a shared machine the wall time counts other processes' turns; CPU time does not.
            per_render_cpu = (time.process_time() - cpu) / min(100, n)
            batch = campaigns.queue_messages(ws, settings, chosen)
            bodies = [outbox.body(ws, r.id) for r in outbox.rows(ws, batch=batch)]
            recipients = [r.recipient for r in outbox.rows(ws, batch=batch)]
            start = time.perf_counter()
            report = worker.send_outbox(
                ws, settings, "", batch=batch, pacing=worker.Pacing(rate_per_minute=0)
            )
            ours = (time.perf_counter() - start) / n
            assert report.sent == n, report
            start = time.perf_counter()
            with smtplib.SMTP("127.0.0.1", port) as bare:
                for to, data in zip(recipients, bodies, strict=True):
                    bare.sendmail("club@example.ma", [to], data)
            base = (time.perf_counter() - start) / n
            size = sum(len(b) for b in bodies) / n
            del bodies
            again = campaigns.plan(ws, morning)
            again.chosen = again.chosen[:100]
            batch = campaigns.queue_messages(ws, settings, again)
            tracemalloc.start()
            worker.send_outbox(
                ws, settings, "", batch=batch, pacing=worker.Pacing(rate_per_minute=0)
            )
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            ws.close()
    finally:
        controller.stop()
    return [
        _result(f"mail: send one of {n} tickets ({size / 1024:.0f} KiB each), outbox", ours * 1000, "ms",
                "bare smtplib, same bytes, one connection", base * 1000, "at most 3x"),
        _result("mail: render one ticket message (PDF, QR, .ics, MIME), CPU", per_render_cpu * 1000,
                "ms", "", None, "at most 25 ms"),
        _result("mail: render one ticket message, wall clock", per_render * 1000, "ms", "", None,
                "at most 25 ms on an idle machine"),
        _result("mail: peak Python memory sending 100 messages", peak / 1e6, "MB", "", None,
                "bounded (one message at a time)"),
    ]  # fmt: skip
