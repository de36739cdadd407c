"""The one validation every operation passes, and a clock no remote stamp can break or drag."""

from __future__ import annotations

import contextlib
import json
import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mornings_desktop.ledger import hlc, validate
from mornings_desktop.ledger.operation import Op, dumps

NOW = 1_790_000_000_000


def _raw(**over: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "op_id": str(uuid.uuid4()),
        "desk_id": str(uuid.uuid4()),
        "desk_seq": 1,
        "hlc": hlc.encode(NOW, 0),
        "type": "desk.announced",
        "payload": '{"id":"d","name":"Accueil"}',
    }
    raw.update(over)
    return raw


def test_a_sound_operation_passes() -> None:
    op = validate.parse_op(_raw())
    assert op.payload == {"id": "d", "name": "Accueil"}


@pytest.mark.parametrize(
    "over",
    [
        {"hlc": "~zz-poison"},
        {"hlc": "~~~~"},
        {"hlc": "~"},
        {"hlc": "１７９００００００００００-0000"},  # fullwidth digits are no stamp
        {"hlc": "1790000000000-0000\n"},
        {"hlc": 1790000000000},
        {"desk_id": "../../etc"},
        {"desk_id": "x" * 100},
        {"op_id": ""},
        {"desk_seq": 0},
        {"desk_seq": True},
        {"desk_seq": 2**60},
        {"desk_seq": "1"},
        {"type": "DROP TABLE"},
        {"type": "person"},
        {"payload": "[" * 100_000},
        {"payload": "{" * 40 + "}" * 40},
        {"payload": '{"id":"d","id":"e"}'},
        {"payload": '{"id":NaN}'},
        {"payload": '{"id":Infinity}'},
        {"payload": '{"id":-Infinity}'},
        {"payload": '{"id":1.5}'},
        {"payload": '{"id":1e5}'},
        {"payload": '{"id":9007199254740993}'},
        {"payload": '{"id":"\\u0000"}'},
        {"payload": '{"id":"\\udc00"}'},
        {"payload": '{"\\ud800":1}'},
        {"payload": "[]"},
        {"payload": "not json"},
        {"payload": 5},
        {"payload": {"id": float("nan")}},
        {"type": "checkin.created", "payload": json.dumps({"pad": "x" * 20_000})},
    ],
)
def test_malformed_is_refused_with_a_reason(over: dict[str, Any]) -> None:
    with pytest.raises(validate.Malformed) as caught:
        validate.parse_op(_raw(**over))
    assert str(caught.value)


def test_missing_field_is_malformed_not_a_key_error() -> None:
    raw = _raw()
    del raw["hlc"]
    with pytest.raises(validate.Malformed, match="lacks hlc"):
        validate.parse_op(raw)


@given(st.text(max_size=40))
def test_any_text_payload_is_an_op_or_malformed(text: str) -> None:
    with contextlib.suppress(validate.Malformed):
        validate.parse_op(_raw(payload=text))


@given(st.text(max_size=24))
def test_any_text_stamp_is_an_op_or_malformed(text: str) -> None:
    try:
        op = validate.parse_op(_raw(hlc=text))
    except validate.Malformed:
        return
    assert op.stamp < "~"  # every valid stamp is outranked by the erasure tombstone


def test_the_largest_import_batch_the_program_makes_fits() -> None:
    """An import batch of 500 people and 500 registrations with long fields (import rows hold
    whatever a spreadsheet cell holds; 1,000 characters per field is far beyond real lists)."""
    long = "é" * 1000
    people = [
        {
            "id": str(uuid.uuid4()),
            "fields": {
                k: long
                for k in ("first_name", "last_name", "organisation", "job_title", "email", "phone")
            },
        }
        for _ in range(500)
    ]
    regs = [
        {"id": str(uuid.uuid4()), "fields": {"note": long, "external_ref": "x" * 128}}
        for _ in range(500)
    ]
    payload = {"people": people, "registrations": regs}
    op = Op(str(uuid.uuid4()), str(uuid.uuid4()), 1, hlc.encode(NOW, 0), "import.batch", payload)
    validate.check_op(op)
    validate.parse_op({**op.to_json(), "payload": dumps(payload)})


def test_due_edits_and_facts() -> None:
    far = hlc.encode(NOW + 2 * 3600 * 1000, 0)
    edit = Op("o", "d", 1, far, "person.updated", {"id": "p", "fields": {}})
    with pytest.raises(validate.NotYetDue):
        validate.check_due(edit, NOW)
    validate.check_due(Op("o", "d", 1, hlc.encode(NOW + 60_000, 0), "person.updated", {}), NOW)
    validate.check_due(Op("o", "d", 1, far, "checkin.created", {}), NOW)  # facts apply at once


# -- the clock --------------------------------------------------------------------------------------
def test_tick_never_raises_on_a_poisoned_clock() -> None:
    for bad in ("~zz-poison", "~", "", "abc-def", "99999999999999999-0000"):
        assert hlc.is_reading(hlc.tick(bad, lambda: NOW))
    assert hlc.tick("~zz-poison", lambda: NOW) == hlc.encode(NOW, 0)


def test_observe_ignores_non_readings_and_is_never_dragged_beyond_five_minutes() -> None:
    last = hlc.encode(NOW, 3)
    assert hlc.observe(last, "~zz-poison", lambda: NOW) == last
    assert hlc.observe(last, "~~~~", lambda: NOW) == last
    ahead = hlc.observe(last, hlc.encode(NOW + 2 * 3600 * 1000, 0), lambda: NOW)
    assert ahead is not None and hlc.decode(ahead)[0] == NOW + hlc.MAX_AHEAD_MS
    near = hlc.encode(NOW + 1000, 0)
    assert hlc.observe(last, near, lambda: NOW) == near


def test_a_clock_dragged_ahead_by_an_older_version_comes_back() -> None:
    dragged = hlc.encode(NOW + 2 * 3600 * 1000, 0)
    assert hlc.decode(hlc.tick(dragged, lambda: NOW))[0] == NOW + hlc.MAX_AHEAD_MS


def test_record_refuses_what_a_desk_would_refuse(tmp_path: Any) -> None:
    from mornings_desktop.ledger import ledger
    from mornings_desktop.store import migrate
    from mornings_desktop.store.database import Database

    db = Database(tmp_path / "d.sqlite3")
    migrate.upgrade(db)
    try:
        for payload in ({"x": float("nan")}, {"x": 2**60}, {"x": "a\x00"}, {"x": 0.5}):
            with pytest.raises(validate.Malformed), db.write() as session:
                ledger.record(session, "desk-a", "desk.announced", payload)
        with db.write() as session:
            ledger.record(session, "desk-a", "desk.announced", {"id": "desk-a", "name": "A"})
    finally:
        db.dispose()


_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**60), max_value=2**60)
    | st.text(max_size=8)
    | st.just("é" * 9000)  # over desk.announced's 16,384 bytes: the size is still checked
    | st.floats(allow_nan=True),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=12,
)


@given(st.dictionaries(st.text(max_size=4), _json_values, max_size=4), st.integers(0, 3))
def test_a_canonically_decoded_payload_is_judged_as_by_the_full_check(
    payload: dict[str, Any], nest: int
) -> None:
    """`check_op(canonical=True)` skips the walk over the values only: for every payload that
    `trust.canonical` decodes from a signed body (depth at most 16, as bodies are read), the
    verdict — refused or not, and why — is the full check's (issue 18)."""
    from mornings_desktop.trust import canonical

    for _ in range(nest):
        payload = {"x": payload}
    try:  # what a signed body can carry: canonical bytes, decoded as the signature check does
        body = canonical.encode({"payload": payload}, max_depth=16)
        decoded = canonical.decode(body, max_depth=16)
    except canonical.CanonicalError:
        return
    assert isinstance(decoded, dict)
    value = decoded["payload"]
    assert isinstance(value, dict)
    op = Op(str(uuid.uuid4()), str(uuid.uuid4()), 1, hlc.encode(NOW, 0), "desk.announced", value)
    text = dumps(value)
    verdicts = []
    for fast in (False, True):
        try:
            validate.check_op(op, text, canonical=fast)
            verdicts.append(None)
        except validate.Malformed as exc:
            verdicts.append(str(exc))
    assert verdicts[0] == verdicts[1]
