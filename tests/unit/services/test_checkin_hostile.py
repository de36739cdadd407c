"""The scan path fed random and hostile strings: a defined result for each, nothing wrongly admitted."""

from __future__ import annotations

import secrets

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from mornings_desktop import codes
from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.demo import create_demo
from mornings_desktop.services.scan_result import RESULTS
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import CheckIn, Registration
from mornings_desktop.wording import checkin_results
from mornings_desktop.wording.tr import Words

OTHER_KEY = secrets.token_bytes(32)
SQLISH = [
    "' OR 1=1 --",
    "'; DROP TABLE registrations; --",
    '" UNION SELECT code FROM registrations --',
    "%",
    "_",
    "*",
    "\\",
    "NULL",
    "0x00",
]


def _wrap(draw: st.DrawFn, core: str) -> str:
    prefix = draw(st.sampled_from(["", "]Q1", " ", "\t", "\x1d", "#", "\x00", "http://x/?c="]))
    suffix = draw(st.sampled_from(["", "\r", "\n", "\r\n", "\t", "X", "\x04", " ;"]))
    if draw(st.booleans()):
        core = codes.mangle_azerty(core)
    return prefix + core + suffix


@st.composite
def hostile(draw: st.DrawFn, this: list[str], other: list[str], cancelled: str) -> str:
    kind = draw(st.integers(0, 8))
    if kind == 0:
        return draw(st.text(max_size=40))
    if kind == 1:
        return draw(st.text(st.characters(max_codepoint=0x1F), max_size=30))
    if kind == 2:
        return draw(st.sampled_from(["A", "é", "7", "\x00", "'"])) * draw(
            st.sampled_from([10_240, 300, 65])
        )
    if kind == 3:
        return draw(st.sampled_from(SQLISH)) + draw(st.text(max_size=5))
    if kind == 4:
        return _wrap(draw, draw(st.sampled_from(other)))  # another Morning's ticket
    if kind == 5:
        return _wrap(draw, codes.make_code(OTHER_KEY))  # another organisation's ticket
    if kind == 6:
        return _wrap(draw, cancelled)
    if kind == 7:  # a genuine code, one character altered
        code = draw(st.sampled_from(this))
        i = draw(st.integers(0, codes.CODE_LEN - 1))
        c = draw(st.sampled_from(codes.ALPHABET))
        return code[:i] + c + code[i + 1 :]
    return _wrap(draw, draw(st.sampled_from(this)))  # a real ticket of this Morning


def test_hostile_scans(ws: Workspace) -> None:
    here = create_demo(ws, attendees=30, seed=3, day="2026-12-10")
    there = create_demo(ws, attendees=10, seed=4, day="2026-12-17")
    rows = [r for r in registrations.list_registrations(ws, here)]
    cancelled = rows[0]
    ws.record("registration.cancelled", {"id": cancelled.id, "reason": "test"})
    this = [r.code for r in rows[1:]]
    other = [r.code for r in registrations.list_registrations(ws, there)]
    valid_here = {r.id for r in rows[1:]}
    desk = checkin.ScanDesk(ws, here)
    seen: set[str] = set()

    @settings(max_examples=150)
    @given(hostile(this, other, cancelled.code))
    def check(raw: str) -> None:
        result = desk.scan(raw)
        assert result.result in RESULTS and result.result != "error"
        assert checkin_results.details(Words(), result)  # every result has words for staff
        if result.result == "admitted":
            assert result.registration_id in valid_here
            assert result.registration_id not in seen, "admitted twice"
            assert codes.find_genuine(ws.ticket_key, result.code) or result.code
            seen.add(result.registration_id)  # type: ignore[arg-type]
        if raw in other:
            assert result.result == "wrong_event"

    check()
    with ws.db.read() as session:
        admitted = session.execute(select(CheckIn.registration_id)).scalars().all()
        states = dict(session.execute(select(Registration.id, Registration.morning_id)).all())
    assert set(admitted) == seen
    assert all(states[r] == here for r in admitted)
    assert cancelled.id not in admitted
