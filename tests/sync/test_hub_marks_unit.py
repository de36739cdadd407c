"""The desk side of the hub's marks, rule by rule (`sync/hub_marks.py`): when a hub counts as
restored (another generation, a cursor past its numbering, another fingerprint at the cursor) and
what the desk then forgets; the fingerprint noted beside the cursor; which incarnations are held
beyond the hub's marks; and the marks as a real hub answers them (a desk login; nothing for the
administrator's)."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.sync import client, hub_admin, hub_marks
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


def test_the_same_hub_as_before_is_no_restore(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    _put(ws, generation="g1", cursor="10", fold="77", memo='{"d/i": [1, 0, 2]}')
    assert not hub_marks.renumbered(ws, HUB, _marks(), CURSOR)  # the cursor on its last row
    assert _get(ws, CURSOR) == "10" and _get(ws, hub_marks.memo_key(HUB)) == '{"d/i": [1, 0, 2]}'
    _put(ws, fold="")  # no fingerprint noted at the cursor: not compared
    assert not hub_marks.renumbered(ws, HUB, _marks(fold=5), CURSOR)
    _put(ws, cursor="0", fold="77")  # nothing pulled yet: nothing to compare
    assert not hub_marks.renumbered(ws, HUB, _marks(fold=5), CURSOR)


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
