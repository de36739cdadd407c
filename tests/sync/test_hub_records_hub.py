"""`hub_records.offer` against a real hub (real PostgreSQL) and `notices` read directly: the
records a desk holds offered once per set of records, hub and hub schema; what a hub of schema 6
on refuses (its answer) and what an older one drops (found by the desk: over 4,000 characters),
kept as notices until the records or the hub change."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from sqlalchemy import delete

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.store.schema_trust import CertificateRow
from mornings_desktop.sync import admission, hub_admin, hub_records
from mornings_desktop.sync.hub_sql_signed import MAX_CERTIFICATE_CHARS

MakeDesk = Callable[..., Workspace]


def _hold(ws: Workspace, body: str) -> None:
    """A record of `body` kept on the desk as a certificate (the hub only measures it)."""
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    with ws.db.write() as session:
        session.add(
            CertificateRow(
                digest=digest, org_id=ws.org_id, desk_id=digest[:36], name="x", role="desk",
                public_key="k", body=body, sig="c2ln",
            )
        )  # fmt: skip


def _sized(chars: int, tag: str) -> str:
    head = json.dumps({"tag": tag, "pad": ""})
    return json.dumps({"tag": tag, "pad": "x" * (chars - len(head))})


def _hub_bodies(hub: str) -> set[str]:
    with psycopg.connect(hub) as conn:
        return {str(b) for (b,) in conn.execute("SELECT body FROM mornings.certificates")}


def _refused(ws: Workspace) -> str | None:
    with ws.db.read() as session:
        return meta.get(session, hub_records.REFUSED)


def _reasons(ws: Workspace) -> list[object]:
    with ws.db.read() as session:
        return [e.params.get("reason") for e in hub_records.notices(session)]


def _offer(ws: Workspace, url: str, schema: int) -> None:
    with psycopg.connect(url) as conn:
        hub_records.offer(ws, conn, "hub", schema)


def _closed(url: str) -> psycopg.Connection[Any]:
    conn = psycopg.connect(url)
    conn.close()
    return conn


def test_records_are_offered_once_per_set_and_hub_schema(hub: str, make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    url = hub_admin.add_desk(hub, "A").url
    _offer(ws, url, 8)
    with ws.db.read() as session:
        held = {r["body"] for r in admission.certificate_records(session)}
    assert held and held <= _hub_bodies(hub)
    assert _refused(ws) == "" and _reasons(ws) == []
    hub_records.offer(ws, _closed(url), "hub", 8)  # the same records to the same hub: no call
    with pytest.raises(psycopg.OperationalError):  # another schema: offered again
        hub_records.offer(ws, _closed(url), "hub", 7)
    _hold(ws, _sized(100, "new"))
    with pytest.raises(psycopg.OperationalError):  # another set of records: offered again
        hub_records.offer(ws, _closed(url), "hub", 8)


def test_a_hub_refuses_what_is_too_large_and_an_older_one_is_found_out(
    hub: str, make_desk: MakeDesk
) -> None:
    ws = make_desk("Accueil 1")
    url = hub_admin.add_desk(hub, "A").url
    at_limit, over = _sized(MAX_CERTIFICATE_CHARS, "at"), _sized(MAX_CERTIFICATE_CHARS + 1, "over")
    for body in (at_limit, over):
        _hold(ws, body)
    _offer(ws, url, 5)  # an older hub (offer_certificates): the desk finds what it drops
    assert _reasons(ws) == ["old-hub"]
    _offer(ws, url, 6)  # from schema 6 the hub answers what it refused
    assert _reasons(ws) == ["too-large"]
    assert at_limit in _hub_bodies(hub) and over not in _hub_bodies(hub)


def test_more_than_a_hundred_records_go_in_chunks(hub: str, make_desk: MakeDesk) -> None:
    """150 records, every one over the old limit (the desk's own certificates set aside here): each
    is told, by the desk for an older hub and by the hub from schema 6, whatever chunk it is in."""
    ws = make_desk("Accueil 1")
    url = hub_admin.add_desk(hub, "A").url
    with ws.db.write() as session:
        session.execute(delete(CertificateRow))
    for i in range(150):
        _hold(ws, _sized(MAX_CERTIFICATE_CHARS + 1, f"r{i:03d}"))
    with ws.db.read() as session:
        assert len(admission.certificate_records(session)) == 150
    _offer(ws, url, 5)
    assert _reasons(ws) == ["old-hub"] * 150
    _offer(ws, url, 6)
    assert _reasons(ws) == ["too-large"] * 150


def test_notices_read_what_was_kept_and_skip_the_rest(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    kept = [
        "template",  # not a notice
        {"params": {"reason": "x"}},  # no template
        {"template": "The hub refused a record ({reason}).", "params": {"reason": "quota"}},
        {"template": "The hub refused a record."},  # no parameters
    ]
    for text, expected in (
        (json.dumps(kept), ["The hub refused a record (quota).", "The hub refused a record."]),
        ("not json", []),
        ("", []),
    ):
        with ws.db.write() as session:
            meta.put(session, hub_records.REFUSED, text)
        with ws.db.read() as session:
            assert [e.message for e in hub_records.notices(session)] == expected
