"""The desk side of the hub's marks, rule by rule (`sync/hub_marks.py`): when a hub counts as
restored (another generation, a cursor past its numbering, another fingerprint at the cursor) and
what the desk then forgets; the fingerprint noted beside the cursor; which incarnations are held
beyond the hub's marks; and the marks as a real hub answers them (a desk login; nothing for the
administrator's)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import update

from mornings_desktop.ledger import ledger
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema import Operation
from mornings_desktop.sync import bundle, client, hub_admin, hub_marks, hub_schema, push
from mornings_desktop.sync.hub_marks import Marks
from tests.sync.test_faults import _work

MakeDesk = Callable[..., Workspace]
HUB = "hub-1"
CURSOR = "sync.cursor.hub-1"


def _get(ws: Workspace, key: str) -> str | None:
    with ws.db.read() as session:
        return meta.get(session, key)


def _put(ws: Workspace, **values: str) -> None:
    keys = {
        "generation": hub_marks.generation_key(HUB),
        "cursor": CURSOR,
        "fold": hub_marks.cursor_fold_key(HUB),
        "memo": hub_marks.memo_key(HUB),
    }
    with ws.db.write() as session:
        for name, value in values.items():
            meta.put(session, keys[name], value)


def _marks(generation: str = "g1", last_seq: int = 10, fold: int | None = 77) -> Marks:
    return Marks(generation, last_seq, fold, {})


def test_a_first_contact_notes_the_generation_and_is_no_restore(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    assert not hub_marks.renumbered(ws, HUB, _marks(), CURSOR)
    assert _get(ws, hub_marks.generation_key(HUB)) == "g1" and _get(ws, CURSOR) is None
    fresh = make_desk("Accueil 2")  # nothing pulled yet, from a hub that holds nothing yet
    assert not hub_marks.renumbered(fresh, HUB, _marks(last_seq=0, fold=None), CURSOR)
    assert _get(fresh, hub_marks.memo_key(HUB)) is None


def test_the_same_hub_as_before_is_no_restore(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    _put(ws, generation="g1", cursor="10", fold="77", memo='{"d/i": [1, 0, 2]}')
    assert not hub_marks.renumbered(ws, HUB, _marks(), CURSOR)  # the cursor on its last row
    assert _get(ws, CURSOR) == "10" and _get(ws, hub_marks.memo_key(HUB)) == '{"d/i": [1, 0, 2]}'
    _put(ws, fold="")  # no fingerprint noted at the cursor: not compared
    assert not hub_marks.renumbered(ws, HUB, _marks(fold=5), CURSOR)
    _put(ws, cursor="0", fold="77")  # nothing pulled yet: nothing to compare
    assert not hub_marks.renumbered(ws, HUB, _marks(fold=5), CURSOR)
    _put(ws, cursor="1", fold="77")  # one row pulled: its fingerprint is compared
    assert hub_marks.renumbered(ws, HUB, _marks(fold=5), CURSOR)


@pytest.mark.parametrize(
    "why, found",
    [
        ("another generation", _marks(generation="g2")),
        ("the cursor past the hub's last row", _marks(last_seq=9)),
        ("another fingerprint at the cursor", _marks(fold=78)),
    ],
)
def test_a_restored_hub_resets_the_cursor_and_what_was_remembered(
    make_desk: MakeDesk, why: str, found: Marks
) -> None:
    ws = make_desk("Accueil 1")
    _put(ws, generation="g1", cursor="10", fold="77", memo='{"d/i": [1, 0, 2]}')
    assert hub_marks.renumbered(ws, HUB, found, CURSOR), why
    assert _get(ws, CURSOR) == "0" and _get(ws, hub_marks.cursor_fold_key(HUB)) == ""
    assert _get(ws, hub_marks.memo_key(HUB)) == "{}"
    assert _get(ws, hub_marks.generation_key(HUB)) == found.generation


def test_the_fingerprint_noted_beside_the_cursor() -> None:
    assert hub_marks.cursor_note(HUB, None) == (hub_marks.cursor_fold_key(HUB), "")
    assert hub_marks.cursor_note(HUB, 0) == (hub_marks.cursor_fold_key(HUB), "0")
    assert hub_marks.cursor_note(HUB, -12) == (hub_marks.cursor_fold_key(HUB), "-12")


def test_only_incarnations_held_beyond_the_hub_mark_are_ahead() -> None:
    found = Marks("g", 5, None, {("a", "1"): (4, 2), ("b", "1"): (7, 0)})
    tops = {("a", "1"): 6, ("b", "1"): 7, ("c", ""): 1}
    assert hub_marks._ahead(tops, found) == {"a/1": [4, 2, 6], "c/": [0, 0, 1]}
    assert hub_marks._ahead({("b", "1"): 6}, found) == {}


def test_a_hub_answers_its_numbering_and_each_incarnation_mark(
    hub_db: str, make_desk: MakeDesk
) -> None:
    a = make_desk("Accueil 1")
    hub_admin.init_hub(hub_db, a.org_id, a.ticket_key.hex())
    url = hub_admin.add_desk(hub_db, "A").url
    with psycopg.connect(url) as conn:
        empty = hub_marks.read(conn, 0)
    assert empty is not None and empty.generation and empty.last_seq == 0 and empty.marks == {}
    _work(a, 3, "m")
    client.sync_round(a, url, pull=False)
    with a.db.read() as session:
        tops = hub_marks._tops(session)
    with psycopg.connect(hub_db) as admin:
        [(on_hub,)] = admin.execute("SELECT count(*) FROM mornings.ops").fetchall()
    with psycopg.connect(url) as conn:
        found = hub_marks.read(conn, 0)
        again = hub_marks.read(conn, on_hub)
    assert found is not None and found.generation == empty.generation
    assert found.last_seq == on_hub >= 3
    assert found.marks == {key: (top, 0) for key, top in tops.items()}  # all held, no gap
    assert again is not None and again.cursor_fold is not None
    with psycopg.connect(hub_db) as conn:  # the administrator's login is no desk: no marks
        assert hub_marks.read(conn, 0) is None


def test_a_repush_sends_what_lies_above_the_marks_except_what_it_sent_against_them_before(
    hub_db: str, make_desk: MakeDesk, tmp_path: Path
) -> None:
    """A fresh hub lacks every incarnation this desk holds (its own, another desk's it got on a
    USB stick):
    each is sent, but one already sent against this very mark (remembered) is skipped and the
    others still go; what is remembered afterwards is read from the hub again. Nothing ahead
    and something remembered: the memory is cleared."""
    a = make_desk("Accueil 1")
    hub_admin.init_hub(hub_db, a.org_id, a.ticket_key.hex())
    url = hub_admin.add_desk(hub_db, "A").url
    _work(a, 2, "r")
    b = make_desk("Accueil 2")
    _work(b, 3, "usb")
    bundle.export_bundle(b, tmp_path / "b.bundle")
    bundle.import_bundle(a, tmp_path / "b.bundle")
    with a.db.read() as session:
        tops = hub_marks._tops(session)
    sent: list[push.Sent] = []
    with psycopg.connect(url) as conn:
        hub_id = hub_schema.read_info(conn).hub_id
        found = hub_marks.read(conn, 0)
        assert found is not None
        ahead = hub_marks._ahead(tops, found)
        assert len(ahead) >= 2
        first = next(iter(ahead))
        memo = {first: ahead[first]}
        with a.db.write() as session:
            meta.put(session, hub_marks.memo_key(hub_id), json.dumps(memo))
        others = sum(top for key, (_, _, top) in ahead.items() if key != first)
        assert hub_marks.repush(a, conn, hub_id, found, 0, 1000, sent.append) == others
        # Read again from the hub: only the skipped one is still ahead, as remembered.
        assert json.loads(_memo(a, hub_id)) == memo

        with a.db.write() as session:  # forgotten: it goes too
            meta.put(session, hub_marks.memo_key(hub_id), "{}")
        found = hub_marks.read(conn, 0)
        assert found is not None
        assert hub_marks.repush(a, conn, hub_id, found, 0, 1000, sent.append) == ahead[first][2]
        assert json.loads(_memo(a, hub_id)) == {}

        with a.db.write() as session:  # a memory with nothing ahead any more: cleared
            meta.put(session, hub_marks.memo_key(hub_id), '{"x/y": [1, 0, 2]}')
        found = hub_marks.read(conn, 0)
        assert found is not None and not hub_marks._ahead(tops, found)
        assert hub_marks.repush(a, conn, hub_id, found, 0, 1000, sent.append) == 0
        assert json.loads(_memo(a, hub_id)) == {}
        assert hub_marks.repush(a, conn, hub_id, found, 0, 1000, sent.append) == 0  # idle
    assert sum(s.stored for s in sent) == others + ahead[first][2]


def _memo(ws: Workspace, hub_id: str) -> str:
    return _get(ws, hub_marks.memo_key(hub_id)) or ""


def test_a_repush_sends_this_desks_own_unsigned_operations_and_no_other_desks(
    hub_db: str, make_desk: MakeDesk
) -> None:
    """Operations made before signing: the hub takes an unsigned row only from the login that
    claimed its desk, so a desk sends its own again and never another desk's."""
    a = make_desk("Accueil 1")
    hub_admin.init_hub(hub_db, a.org_id, a.ticket_key.hex())
    url = hub_admin.add_desk(hub_db, "A").url
    with a.db.write() as session:
        own = [
            ledger.record(session, a.desk_id, "morning.created", {"id": f"m{k}", "fields": {}})
            for k in range(2)
        ]
        other = ledger.record(session, "desk-b", "desk.announced", {"id": "b", "name": "B"})
        session.execute(
            update(Operation)
            .where(Operation.op_id.in_([op.op_id for op in [*own, other]]))
            .values(body=None, sig=None, digest=None)
        )
    with a.db.read() as session:
        tops = hub_marks._tops(session)
    sent: list[push.Sent] = []
    with psycopg.connect(url) as conn:
        hub_id = hub_schema.read_info(conn).hub_id
        found = hub_marks.read(conn, 0)
        assert found is not None
        assert any(key.startswith("desk-b/") for key in hub_marks._ahead(tops, found))
        hub_marks.repush(a, conn, hub_id, found, 0, 1000, sent.append)
    with psycopg.connect(hub_db) as admin:
        on_hub = {str(r[0]) for r in admin.execute("SELECT op_id FROM mornings.ops")}
    assert {op.op_id for op in own} <= on_hub and other.op_id not in on_hub
    assert sum(s.refused for s in sent) == 0  # the other desk's was not even offered
