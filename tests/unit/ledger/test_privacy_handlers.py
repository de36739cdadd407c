"""The privacy operations folded, person by person: an erasure request hides, a later reversal
shows again, an erasure is final and the earliest one names it, and consent is the latest answer
per purpose — none for an erased person, none of a purpose or answer this version does not know."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from mornings_desktop.ledger import hlc
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store.database import Database

MakeDb = Callable[..., Database]


def _op(n: int, op_type: str, payload: dict[str, Any], desk: str = "desk-a") -> Op:
    return Op(f"op-{n:02d}-{desk}", desk, n, hlc.encode(1_700_000_000_000 + n, 0), op_type, payload)


def _states(db: Database) -> dict[str, tuple[str, str]]:
    with db.read() as s:
        rows = s.execute(text("SELECT person_id, state, desk_id, at FROM privacy_erasures"))
        return {str(p): (str(st), f"{d}@{str(a)[10:13]}") for p, st, d, a in rows}


def _consents(db: Database) -> dict[tuple[str, str], tuple[str, str, str]]:
    with db.read() as s:
        rows = s.execute(text("SELECT person_id, purpose, value, at, source FROM consents"))
        return {(str(p), str(u)): (str(v), str(a), str(src)) for p, u, v, a, src in rows}


def _both_orders(fold_ops: MakeDb, ops: list[Op]) -> list[Database]:
    return [fold_ops(ops), fold_ops(list(reversed(ops)))]


def test_a_request_hides_and_a_later_reversal_shows_again_person_by_person(
    fold_ops: MakeDb,
) -> None:
    ops = [
        _op(1, "person.erasure_requested", {"id": "p1"}),
        _op(2, "person.erasure_reversed", {"id": "p1"}),
        _op(3, "person.erasure_requested", {"id": "p2"}),
        _op(4, "person.erasure_reversed", {"id": "p3"}),
        _op(5, "person.erasure_requested", {"id": "p3"}),
    ]
    for db in _both_orders(fold_ops, ops):
        assert {p: s for p, (s, _) in _states(db).items()} == {
            "p1": "reversed",
            "p2": "requested",
            "p3": "requested",
        }


def test_an_erasure_is_final_and_the_earliest_names_it(fold_ops: MakeDb) -> None:
    ops = [
        _op(1, "person.erasure_requested", {"id": "p1"}),
        _op(3, "person.erased", {"id": "p1"}, desk="desk-b"),
        _op(4, "person.erasure_reversed", {"id": "p1"}),
        _op(3, "person.erased", {"id": "p1"}, desk="desk-a"),  # the same instant: desk a first
        _op(6, "person.erased", {"id": "p1"}, desk="desk-c"),
        _op(7, "person.erasure_requested", {"id": "p2"}),
    ]
    for db in _both_orders(fold_ops, ops):
        states = _states(db)
        assert states["p1"] == ("erased", "desk-a@003")
        assert states["p2"][0] == "requested"


def test_consent_is_the_latest_answer_per_person_and_purpose(fold_ops: MakeDb) -> None:
    def consent(n: int, person: str, purpose: str, value: str, **more: str) -> Op:
        return _op(
            n, "consent.recorded", {"person_id": person, "purpose": purpose, "value": value, **more}
        )

    ops = [
        consent(1, "p1", "newsletter", "yes", at="2026-12-01T08:00:00Z", source="walk_in"),
        consent(2, "p1", "newsletter", "no"),
        consent(3, "p1", "photos", "yes", source="import"),
        consent(4, "p2", "newsletter", "yes"),
        consent(5, "p2", "newsletter", "maybe"),  # an answer this version does not know
        consent(6, "p2", "telepathy", "yes"),  # nor this purpose
        consent(7, "p3", "newsletter", "yes"),
    ]
    for db in _both_orders(fold_ops, ops):
        found = _consents(db)
        assert set(found) == {
            ("p1", "newsletter"),
            ("p1", "photos"),
            ("p2", "newsletter"),
            ("p3", "newsletter"),
        }
        assert found["p1", "newsletter"][0] == "no"
        assert found["p1", "newsletter"][2] == "organiser"  # no source said: the organiser's
        assert found["p1", "newsletter"][1] == ops[1].hlc  # no instant said: its stamp's
        assert found["p1", "photos"][2] == "import" and found["p2", "newsletter"][0] == "yes"


def test_an_erased_persons_consent_is_gone_and_stays_gone(fold_ops: MakeDb) -> None:
    def consent(n: int, person: str) -> Op:
        return _op(
            n, "consent.recorded", {"person_id": person, "purpose": "newsletter", "value": "yes"}
        )

    ops = [
        consent(1, "p1"),
        consent(2, "p2"),
        _op(3, "person.erased", {"id": "p1"}),
        consent(4, "p1"),
    ]
    for db in _both_orders(fold_ops, ops):
        assert set(_consents(db)) == {("p2", "newsletter")}
