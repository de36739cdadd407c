"""Every other operation type on a fixed example: agenda versions and acknowledgements, badge
prints, desk announcements, import batches, merges, updates, re-issued codes, identity keys."""

from __future__ import annotations

import json

import pytest

from mornings_desktop.ledger.operation import Op
from tests.unit.ledger.test_merge_rules import (
    LATE,
    Fold,
    op,
    person,
    person_row,
    presence,
    registration,
    rows,
)


def published(op_id: str, version: str, **payload: object) -> Op:
    body = {"id": version, "morning_id": "m1", "snapshot": "{}", **payload}
    return op(op_id, "desk-a", 1, "agenda.published", body)


def test_an_agenda_version_is_kept_once(fold_ops: Fold) -> None:
    first = published("op-1", "v1", published_at="2026-12-01T10:00:00Z", snapshot='{"a":1}')
    again = published("op-2", "v1", snapshot='{"a":2}')  # the same version id: the first stays
    other = published("op-3", "v2")
    db = fold_ops([first, again, other])
    assert rows(db, "SELECT id, morning_id, hlc, published_at, desk_id, snapshot FROM agenda_versions ORDER BY id") == [
        ("v1", "m1", first.hlc, "2026-12-01T10:00:00Z", "desk-a", '{"a":1}'),
        ("v2", "m1", other.hlc, "", "desk-a", "{}"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"id": 1, "morning_id": "m1", "snapshot": "{}"}, "string 'id'"),
        ({"id": "v1", "morning_id": None, "snapshot": "{}"}, "string 'id'"),
        ({"id": "v1", "morning_id": "m1"}, "'snapshot' text"),
        ({"id": "v1", "morning_id": "m1", "snapshot": {"a": 1}}, "'snapshot' text"),
    ],
)
def test_a_malformed_agenda_version_is_refused(
    fold_ops: Fold, payload: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        fold_ops([op("op-1", "desk-a", 1, "agenda.published", payload)])


def test_an_acknowledgement_is_last_writer_wins(fold_ops: Fold) -> None:
    fields = {"morning_id": "m1", "key": "overlap:s1:s2", "acknowledged": True}
    ack = op("op-1", "desk-a", 2, "agenda_warning.acknowledged", {"id": "w1", "fields": fields})
    undo = op(
        "op-2", "desk-b", 1, "agenda_warning.acknowledged", {"id": "w1", "fields": {"acknowledged": False}}
    )  # fmt: skip
    db = fold_ops([ack, undo])
    assert rows(db, "SELECT id, morning_id, key, acknowledged FROM agenda_acknowledgements") == [
        ("w1", "m1", "overlap:s1:s2", 1)
    ]


def test_a_badge_print_is_kept_once_per_print_id(fold_ops: Fold) -> None:
    first = op(
        "op-1", "desk-a", 1, "badge.printed",
        {"id": "b1", "registration_id": "r1", "at": "2026-12-10T07:00:00Z", "template": "A6", "reprint": True},
    )  # fmt: skip
    again = op("op-2", "desk-b", 2, "badge.printed", {**first.payload, "template": "other"})
    no_id = op("op-3", "desk-b", 3, "badge.printed", {"registration_id": "r1", "at": "t"})
    db = fold_ops([first, again, no_id])
    assert rows(db, "SELECT id, registration_id, at, template, reprint, desk_id, op_id FROM badge_prints ORDER BY id") == [
        ("b1", "r1", "2026-12-10T07:00:00Z", "A6", 1, "desk-a", "op-1"),
        ("op-3", "r1", "t", "", 0, "desk-b", "op-3"),
    ]  # fmt: skip


def test_a_desk_announcement_names_a_remote_desk_once(fold_ops: Fold) -> None:
    first = op("op-1", "desk-b", 1, "desk.announced", {"id": "desk-b", "name": "Accueil 2"})
    rename = op("op-2", "desk-b", 2, "desk.announced", {"id": "desk-b", "name": "Other"})
    db = fold_ops([first, rename])
    assert rows(db, "SELECT id, name, is_local, created_at FROM desks") == [
        ("desk-b", "Accueil 2", 0, first.hlc)
    ]


def batch(op_id: str, t: int, people: object = (), registrations: object = ()) -> Op:
    payload = {"people": list(people), "registrations": list(registrations)}  # type: ignore[call-overload]
    return op(op_id, "desk-i", t, "import.batch", payload)


def test_an_import_batch_inserts_people_and_registrations(fold_ops: Fold) -> None:
    imported = batch(
        "op-b",
        5,
        people=[
            {
                "id": "p1",
                "fields": {"first_name": "Salma", "email": "S@X.MA", "phone": "0661123456"},
            },
            {"id": "p2", "fields": "not an object"},  # kept, with no fields
            {"id": 3, "fields": {}},  # no string id: ignored
            "not an entity",
        ],
        registrations=[{"id": "r1", "fields": {"morning_id": "m1", "person_id": "p1", "shoe": 1}}],
    )
    db = fold_ops([imported])
    row = person_row(db)
    assert (row["first_name"], row["email"], row["email_key"]) == ("Salma", "S@X.MA", "s@x.ma")
    assert row["phone_key"] is not None and row["phone_key"].endswith("661123456")
    assert rows(db, "SELECT id, first_name FROM people ORDER BY id") == [
        ("p1", "Salma"),
        ("p2", None),
    ]
    assert rows(db, "SELECT id, morning_id, person_id, stamps FROM registrations") == [
        ("r1", "m1", "p1", '{"morning_id": "' + imported.stamp + '", "person_id": "' + imported.stamp + '"}')
    ]  # fmt: skip


@pytest.mark.parametrize("batch_first", [True, False])
def test_an_import_batch_merges_with_what_arrived_before_it(
    fold_ops: Fold, batch_first: bool
) -> None:
    imported = batch(
        "op-b",
        5,
        people=[{"id": "p1", "fields": {"first_name": "Salma", "email": "s@x.ma"}}],
        registrations=[{"id": "r1", "fields": {"morning_id": "m1", "category": "member"}}],
    )
    newer = person("op-p", "desk-a", 9, "person.updated", email="new@x.ma")
    ops = [imported, newer, LATE] if batch_first else [LATE, newer, imported]
    db = fold_ops(ops)
    row = person_row(db)
    assert (row["first_name"], row["email"], row["email_key"]) == ("Salma", "new@x.ma", "new@x.ma")
    # The admission that arrived before its registration counts once the batch brings it.
    assert presence(db) == ("2026-12-10T08:20:00.000000Z", "desk-a", "scanner", 1)
    assert rows(db, "SELECT category FROM registrations") == [("member",)]


def test_an_import_batch_updates_a_registration_that_exists(fold_ops: Fold) -> None:
    imported = batch("op-b", 5, registrations=[{"id": "r1", "fields": {"category": "member"}}])
    db = fold_ops([registration(), LATE, imported])
    assert rows(db, "SELECT category, checkin_count FROM registrations") == [("member", 1)]


def test_an_empty_batch_changes_nothing(fold_ops: Fold) -> None:
    db = fold_ops([op("op-b", "desk-i", 1, "import.batch", {"people": "x"})])
    assert rows(db, "SELECT id FROM people") == []


@pytest.mark.parametrize("merge_first", [True, False])
def test_merge_and_unmerge_are_last_writer_wins(fold_ops: Fold, merge_first: bool) -> None:
    merge = op("op-m", "desk-a", 3, "person.merged", {"id": "p1", "into": "p2"})
    unmerge = op("op-u", "desk-b", 4, "person.unmerged", {"id": "p1"})
    create = person("op-c", "desk-a", 1, "person.created", first_name="Ali")
    db = fold_ops([create, merge, unmerge] if merge_first else [create, unmerge, merge])
    assert person_row(db)["merged_into"] is None
    assert person_row(fold_ops([create, merge]))["merged_into"] == "p2"


def test_an_update_changes_the_identity_keys(fold_ops: Fold) -> None:
    create = person("op-c", "desk-a", 1, "person.created", email="A@X.MA", phone="0661123456")
    update = person("op-u", "desk-a", 2, "person.updated", email="b@x.ma")
    other = person("op-o", "desk-a", 3, "person.created", first_name="Other")
    other = Op(
        other.op_id,
        other.desk_id,
        other.desk_seq,
        other.hlc,
        other.type,
        {"id": "p2", "fields": {"email": "c@x.ma"}},
    )
    db = fold_ops([create, other, update])
    row = person_row(db)
    assert (row["email"], row["email_key"]) == ("b@x.ma", "b@x.ma")
    assert row["phone_key"] is not None
    assert rows(db, "SELECT id, email_key FROM people ORDER BY id") == [
        ("p1", "b@x.ma"),
        ("p2", "c@x.ma"),
    ]


def test_erasure_scrubs_only_the_erased_person_from_the_log(fold_ops: Fold) -> None:
    mine = person("op-1", "desk-a", 1, "person.created", first_name="Youssef", last_name="Alami")
    theirs = op(
        "op-2", "desk-a", 2, "person.created", {"id": "p2", "fields": {"first_name": "Nadia"}}
    )
    mentions = op("op-3", "desk-a", 3, "person.merged", {"id": "p2", "into": "p1"})
    erase = op("op-4", "desk-b", 4, "person.erased", {"id": "p1"})
    db = fold_ops([mine, theirs, mentions, erase])
    logged = dict(rows(db, "SELECT op_id, payload FROM operations"))
    assert logged["op-1"] == '{"fields":{"first_name":null,"last_name":null},"id":"p1"}'
    assert logged["op-2"] == '{"fields":{"first_name":"Nadia"},"id":"p2"}'
    assert logged["op-3"] == '{"id":"p2","into":"p1"}'


def test_a_registration_update_and_a_reissued_code(fold_ops: Fold) -> None:
    update = op(
        "op-u", "desk-a", 5, "registration.updated", {"id": "r1", "fields": {"note": "VIP"}}
    )
    reissue = op(
        "op-x",
        "desk-a",
        6,
        "registration.code_reissued",
        {"id": "r1", "code": "NEW", "old_code": "OLD"},
    )
    again = op(
        "op-y",
        "desk-b",
        7,
        "registration.code_reissued",
        {"id": "r1", "code": "NEWER", "old_code": "OLD"},
    )
    blank = op(
        "op-z",
        "desk-b",
        8,
        "registration.code_reissued",
        {"id": "r1", "code": "LAST", "old_code": ""},
    )
    db = fold_ops([registration(), LATE, update, reissue, again, blank])
    assert rows(db, "SELECT note, code, checkin_count FROM registrations") == [("VIP", "LAST", 1)]
    assert rows(db, "SELECT code, registration_id FROM revoked_codes") == [("OLD", "r1")]


def test_the_same_id_twice_in_one_batch_is_an_update(fold_ops: Fold) -> None:
    """The second is an update with the batch's own stamp: it sets only the fields the first left
    unset (as two `person.created` with one stamp would), and the keys follow the merged row."""
    imported = batch(
        "op-b",
        5,
        people=[
            {"id": "p1", "fields": {"first_name": "Salma", "last_name": "Tazi"}},
            {"id": "p1", "fields": {"first_name": "Twice", "email": "S@X.ma"}},
        ],
        registrations=[
            {"id": "r1", "fields": {"person_id": "p1", "note": "first"}},
            {"id": "r1", "fields": {"note": "second", "source": "import"}},
        ],
    )
    db = fold_ops([imported])
    assert rows(db, "SELECT id, first_name, last_name, email, email_key FROM people") == [
        ("p1", "Salma", "Tazi", "S@X.ma", "s@x.ma")
    ]
    assert rows(db, "SELECT id, person_id, note, source FROM registrations") == [
        ("r1", "p1", "first", "import")
    ]
    stamps = rows(db, "SELECT stamps FROM people")[0][0]
    assert sorted(json.loads(stamps)) == ["email", "first_name", "last_name"]


def test_an_import_batch_after_an_existing_person_inserts_the_next_ones(fold_ops: Fold) -> None:
    older = person("op-p", "desk-a", 1, "person.created", email="a@x.ma", first_name="Old")
    other = op("op-q", "desk-a", 2, "person.created", {"id": "p9", "fields": {"email": "z@x.ma"}})
    imported = batch(
        "op-b",
        5,
        people=[
            {"id": "p1", "fields": {"email": "b@x.ma"}},  # exists: a per-field update
            {"id": "p2", "fields": {"last_name": "Next", "first_name": "N"}},  # new after it
        ],
    )
    db = fold_ops([older, other, imported])
    assert rows(db, "SELECT id, email, email_key FROM people ORDER BY id") == [
        ("p1", "b@x.ma", "b@x.ma"),
        ("p2", None, None),
        ("p9", "z@x.ma", "z@x.ma"),
    ]
    stamps = rows(db, "SELECT stamps FROM people WHERE id = 'p2'")[0][0]
    s = imported.stamp
    assert stamps == '{"first_name": "' + s + '", "last_name": "' + s + '"}'  # keys sorted


def test_erasure_scrubs_ops_that_come_after_others_in_the_log(fold_ops: Fold) -> None:
    theirs = op(
        "op-1", "desk-a", 1, "person.created", {"id": "p2", "fields": {"first_name": "Nadia"}}
    )
    mine = person("op-2", "desk-a", 2, "person.created", first_name="Youssef")
    erase = op("op-3", "desk-b", 3, "person.erased", {"id": "p1"})
    db = fold_ops([theirs, mine, erase])
    assert rows(db, "SELECT payload FROM operations WHERE op_id = 'op-2'") == [
        ('{"fields":{"first_name":null},"id":"p1"}',)
    ]
