"""The mail operations folded: tickets sent and speakers notified are grow-only facts kept once
each (ids only), and the latest claim of a Morning's mail wins, Morning by Morning."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from mornings_desktop.ledger import fold, hlc
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.database import Database

MakeDb = Callable[..., Database]


def _op(op_id: str, op_type: str, payload: dict[str, Any], at: int = 1, desk: str = "desk-a") -> Op:
    return Op(op_id, desk, at, hlc.encode(1_700_000_000_000 + at, 0), op_type, payload)


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text(sql))]


def test_each_ticket_sent_is_kept_once_with_its_ids(fold_ops: MakeDb) -> None:
    first = _op(
        "t1",
        "ticket.sent",
        {
            "registration_id": "r1",
            "code": "C1",
            "at": "2026-12-01T08:00:00Z",
            "message_id": "<m1@x>",
        },
    )
    bare = _op("t2", "ticket.sent", {"registration_id": "r2"}, at=2)
    db = fold_ops([first, bare])
    with db.write() as s:
        assert fold.apply(s, first)  # the same operation folded again: still one row
    assert _rows(
        db,
        "SELECT id, registration_id, code, at, message_id, desk_id FROM tickets_sent ORDER BY id",
    ) == [
        ("t1", "r1", "C1", "2026-12-01T08:00:00Z", "<m1@x>", "desk-a"),
        ("t2", "r2", "", "", "", "desk-a"),
    ]


def test_each_speaker_notice_is_kept_once(fold_ops: MakeDb) -> None:
    notice = {
        "morning_id": "m1",
        "speaker_id": "s1",
        "version_id": "v1",
        "at": "2026-12-01T08:00:00Z",
        "message_id": "<n1@x>",
    }
    first = _op("n1", "agenda.speaker_notified", notice)
    bare = _op(
        "n2",
        "agenda.speaker_notified",
        {"morning_id": "m1", "speaker_id": "s2", "version_id": "v2"},
        at=2,
    )
    db = fold_ops([first, bare])
    with db.write() as s:
        assert fold.apply(s, first)
    assert _rows(
        db, "SELECT id, speaker_id, version_id, at, message_id FROM speaker_notices ORDER BY id"
    ) == [
        ("n1", "s1", "v1", "2026-12-01T08:00:00Z", "<n1@x>"),
        ("n2", "s2", "v2", "", ""),
    ]


def test_the_latest_claim_of_each_mornings_mail_wins(fold_ops: MakeDb) -> None:
    claims = [
        _op(
            "c1",
            "mail.claimed",
            {"morning_id": "m1", "at": "2026-12-01T08:00:00Z"},
            at=5,
            desk="desk-a",
        ),
        _op("c2", "mail.claimed", {"morning_id": "m2"}, at=1, desk="desk-b"),
        _op("c3", "mail.claimed", {"morning_id": "m1", "at": "later"}, at=9, desk="desk-c"),
        _op("c4", "mail.claimed", {"morning_id": "m1", "at": "older"}, at=7, desk="desk-d"),
    ]
    for order in (claims, list(reversed(claims))):
        db = fold_ops(order)
        assert _rows(db, "SELECT morning_id, desk_id, at FROM mail_claims ORDER BY morning_id") == [
            ("m1", "desk-c", "later"),
            ("m2", "desk-b", ""),
        ]
