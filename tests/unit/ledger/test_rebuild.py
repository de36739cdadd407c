"""`ledger.rebuild`: folding the log again gives the tables the desk had, and without an operation,
the tables of a desk that never held it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from mornings_desktop.ledger import rebuild
from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.tables import metadata


def _folded(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    with ws.db.read() as session:
        for name, table in sorted(metadata().tables.items()):
            if name in rebuild.LOCAL_TABLES:
                continue
            order = ", ".join(c.name for c in table.primary_key.columns)
            out[name] = [
                tuple(r) for r in session.execute(text(f"SELECT * FROM {name} ORDER BY {order}"))
            ]
    return out


def test_folding_the_log_again_gives_the_same_tables(ws: Workspace, demo_morning: str) -> None:
    regs = registrations.list_registrations(ws, demo_morning)
    for reg in regs[:5]:
        assert checkin.scan(ws, demo_morning, reg.code).result == "admitted"
    before = _folded(ws)
    assert before["checkins"] and before["people"] and before["registrations"]
    with ws.db.read() as session:
        held = len(session.execute(select(Operation.digest)).all())
    with ws.db.write() as session:
        folded = rebuild.rebuild(session)
    assert folded == held > 10  # every operation of the log (the demo imports in batches)
    assert _folded(ws) == before


def test_without_a_check_in_the_person_is_no_longer_admitted(
    ws: Workspace, demo_morning: str
) -> None:
    regs = registrations.list_registrations(ws, demo_morning)
    assert checkin.scan(ws, demo_morning, regs[0].code).result == "admitted"
    assert checkin.scan(ws, demo_morning, regs[1].code).result == "admitted"
    with ws.db.read() as session:
        last = session.execute(
            select(Operation.digest)
            .where(Operation.type == "checkin.created")
            .order_by(Operation.desk_seq.desc())
            .limit(1)
        ).scalar_one()
    with ws.db.write() as session:
        rebuild.remove_and_rebuild(session, [str(last)])
    admitted = {r.code for r in registrations.list_registrations(ws, demo_morning) if r.checked_in}
    assert admitted == {regs[0].code}
    # The person admitted by the removed check-in can be admitted again.
    assert checkin.scan(ws, demo_morning, regs[1].code).result == "admitted"
