"""Retention with a fixed clock, and the log's filters."""

from __future__ import annotations

from datetime import UTC, datetime

from mornings_desktop.services import oplog, people, retention
from mornings_desktop.services.workspace import Workspace
from tests.unit.privacy.conftest import EMAIL, make_subject

NOW = datetime(2027, 6, 1, 9, 0, tzinfo=UTC)


def test_purge_erases_only_those_beyond_the_period(ws: Workspace) -> None:
    old = make_subject(ws, first="Ancien", last="Membre", email="old@x.ma", phone="0600000002",
                       days=("2022-03-10", "2023-11-09"))  # fmt: skip
    recent = make_subject(ws, days=("2023-01-12", "2026-12-10"))
    assert retention.retention_period(ws) == "3y"
    due = retention.due(ws, now=NOW)
    assert [d.id for d in due] == [old.person_id] and due[0].last_registration == "2023-11-09"
    assert [d.id for d in retention.due(ws, "3m", now=NOW)] == [old.person_id, recent.person_id]
    retention.set_retention_period(ws, "4y")
    assert retention.due(ws, now=NOW) == []
    listed, report = retention.purge(ws, "3y", now=NOW)
    assert [d.id for d in listed] == [old.person_id] and report.person_ids == [old.person_id]
    assert people.get_person(ws, old.person_id).erased
    assert not people.get_person(ws, recent.person_id).erased
    assert retention.due(ws, "3y", now=NOW) == []


def test_the_log_filters(ws: Workspace) -> None:
    subject = make_subject(ws)
    mine = oplog.read_log(ws, person=EMAIL)
    assert {e.type for e in mine} >= {"person.created", "registration.created", "checkin.created"}
    assert all(e.desk == "Accueil 1" for e in mine)
    assert {e.type for e in oplog.read_log(ws, op_type="badge")} == {"badge.printed"}
    assert oplog.read_log(ws, desk="Nowhere") == []
    assert oplog.read_log(ws, since="2999-01-01") == []
    assert len(oplog.read_log(ws, since="2000-01-01")) >= len(mine)
    assert subject.person_id
