"""The door's lean admission (`services/admission.py`): its operations are signed and chained like
every other of the desk (the ORM path's records between them included), carry the person at the
desk, and a signing identity changed under an open desk is read again, not signed with the old."""

from __future__ import annotations

import base64
import secrets

from mornings_desktop.ledger import signing
from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.trust.signed_op import digest, verify_op
from tests.unit.ledger.test_signed_record import _lookup, _rows


def _codes(ws: Workspace, morning_id: str) -> list[str]:
    return [
        r.code
        for r in registrations.list_registrations(ws, morning_id)
        if r.status != "cancelled" and r.code
    ]


def _check_chain(ws: Workspace) -> list[dict[str, object]]:
    """Every operation of this desk verifies and follows the one before in its incarnation."""
    lookup = _lookup(ws.path)
    previous: dict[str, str] = {}
    seen = []
    for row in _rows(ws.path):
        if row["desk_id"] != ws.desk_id:
            continue
        body = row["body"].encode("utf-8")
        assert row["digest"] == digest(body)
        verdict = verify_op(base64.b64decode(row["sig"]), body, lookup)
        assert verdict.ok, verdict.reason
        assert verdict.value is not None
        fields = verdict.value.fields
        assert fields.prev == previous.get(row["inc"], "") == row["prev"]
        assert fields.desk_seq == row["desk_seq"] and fields.inc == row["inc"]
        previous[row["inc"]] = row["digest"]
        seen.append(dict(row))
    return seen


def test_admissions_are_signed_and_chained_between_other_writes(
    ws: Workspace, demo_morning: str
) -> None:
    codes = _codes(ws, demo_morning)
    desk = checkin.ScanDesk(ws, demo_morning)
    assert desk.scan(codes[0]).ok
    ws.operator = "Amina  El Idrissi"
    ws.record("morning.updated", {"id": demo_morning, "fields": {"title": "Matinale"}})
    assert desk.scan(codes[1]).ok
    assert desk.scan(codes[2]).ok
    rows = _check_chain(ws)
    kinds = [(r["type"], r["operator"]) for r in rows[-4:]]
    assert kinds == [
        ("checkin.created", signing.default_operator()),
        ("morning.updated", "Amina El Idrissi"),
        ("checkin.created", "Amina El Idrissi"),
        ("checkin.created", "Amina El Idrissi"),
    ]
    seqs = [r["desk_seq"] for r in rows]
    assert seqs == list(range(1, len(rows) + 1))


def test_a_changed_incarnation_is_read_again_before_signing(
    ws: Workspace, demo_morning: str
) -> None:
    codes = _codes(ws, demo_morning)
    desk = checkin.ScanDesk(ws, demo_morning)
    assert desk.scan(codes[0]).ok
    new_inc = secrets.token_hex(16)
    with ws.db.write() as session:  # as a restored or copied file gets a new life
        meta.put(session, signing.INCARNATION, new_inc)
    assert desk.scan(codes[1]).ok
    fresh = [r for r in _check_chain(ws) if r["inc"] == new_inc]
    assert [(r["type"], r["desk_seq"], r["prev"]) for r in fresh] == [("checkin.created", 1, "")]
