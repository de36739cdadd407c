"""`early_select.choose` and `early.runs`, without a hub (issue 18): what a joining desk applies
first, and how it asks the hub for exactly those rows."""

from __future__ import annotations

import json

from mornings_desktop.sync.early import runs
from mornings_desktop.sync.early_select import Ref, choose

NOW, PAST = "m-now", "m-past"


def _history() -> list[Ref]:
    refs = [
        Ref(1, "desk.announced", entity="d1"),
        Ref(2, "person.created", entity="p-regular"),  # years ago
        Ref(3, "morning.created", morning=PAST, day="2019-03-14", entity=PAST),
        Ref(4, "registration.created", morning=PAST, entity="r-old", person="p-regular"),
        Ref(5, "checkin.created", morning=PAST, entity="c-old", registration="r-old"),
        Ref(6, "person.created", entity="p-other"),
        Ref(7, "morning.created", morning=NOW, day="2026-12-10", entity=NOW),
        Ref(8, "registration.created", morning=NOW, entity="r-now", person="p-regular"),
        Ref(9, "category.created", entity="vip"),
        Ref(10, "person.updated", entity="p-regular"),
        Ref(11, "registration.cancelled", entity="r-old"),
        Ref(12, "ticket.sent", registration="r-now"),
        Ref(13, "person.merged", entity="p-twin", other="p-regular"),
        Ref(14, "person.updated", entity="p-twin"),
        Ref(15, "consent.recorded", person="p-regular"),
        Ref(16, "session.created", morning=NOW, entity="s1"),
        Ref(17, "session_speaker.created", entity="s1:k1", other="s1"),
        Ref(18, "speaker.created", entity="k1", person="p-other"),
        Ref(19, "session_speaker.created", entity="s0:k1", other="s0"),
        Ref(20, "morning.updated", morning=PAST, entity=PAST),
    ]
    batch = [{"id": "r-imp", "fields": {"morning_id": NOW, "person_id": "p-imp"}}]
    refs.append(Ref(21, "import.batch", batch=json.dumps(batch)))
    refs.append(Ref(22, "person.updated", entity="p-imp"))
    refs.append(Ref(23, "checkin.created", morning=NOW, entity="c1", registration="r-imp"))
    return refs


def test_the_current_morning_its_people_whenever_made_and_the_organisations_lists() -> None:
    chosen = choose(_history(), "2026-11-30")
    assert chosen == {1, 2, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23}
    # the past Morning, its registration, check-in and cancellation, another person: later
    assert not chosen & {3, 4, 5, 6, 11, 19, 20}


def test_nothing_current_chooses_the_lists_only() -> None:
    assert choose(_history(), "2027-01-01") == {1, 9, 18}


def test_a_morning_moved_to_a_current_date_is_current() -> None:
    refs = [*_history(), Ref(24, "morning.updated", morning=PAST, day="2026-12-20", entity=PAST)]
    chosen = choose(refs, "2026-11-30")
    assert {3, 4, 5, 11, 20, 24} <= chosen


def test_runs_ask_for_exactly_the_chosen_rows() -> None:
    refs = [Ref(s, "x") for s in (2, 3, 5, 8, 9, 10, 40)]  # gaps in the numbering
    assert runs(refs, {3, 5, 9, 10, 40}) == [(2, 2), (8, 3)]  # 40 follows 10 on the hub
    assert runs(refs, {3, 9, 40}) == [(2, 1), (8, 1), (10, 1)]
    assert runs(refs, {2, 8, 9, 10}) == [(0, 1), (5, 3)]  # a later run longer than the first
    assert runs(refs, {2}) == [(0, 1)]
    assert runs(refs, set()) == []


def test_a_morning_on_the_cutoff_day_is_current() -> None:
    assert 7 in choose(_history(), "2026-12-10")
    assert 7 not in choose(_history(), "2026-12-11")


def test_rows_that_name_nothing_pull_nothing_along() -> None:
    """A current Morning's row without an id (an old or odd payload) does not make every
    registration row or speaker link that names no registration or session current."""
    refs = [
        *_history(),
        Ref(30, "checkin.created", morning=NOW),  # names neither itself nor a registration
        Ref(31, "session.updated", morning=NOW),  # names no session
        Ref(32, "ticket.sent"),  # names no registration
        Ref(33, "session_speaker.created", entity="s9:k9"),  # names no session
        Ref(34, "import.batch"),  # holds no registrations
        Ref(35, "registration.updated", morning=NOW),  # names no registration
    ]
    chosen = choose(refs, "2026-11-30")
    assert {30, 31, 35} <= chosen
    assert not chosen & {32, 33, 34}


def test_a_chosen_batch_brings_only_the_people_of_its_current_registrations() -> None:
    batch = [
        {"id": "r-imp", "fields": {"morning_id": NOW, "person_id": "p-imp"}},
        {"id": "r-late", "fields": {"morning_id": PAST, "person_id": "p-late"}},
    ]
    refs = [
        *_history()[:20],
        Ref(21, "import.batch", batch=json.dumps(batch)),
        Ref(22, "person.updated", entity="p-imp"),
        Ref(23, "person.updated", entity="p-late"),
    ]
    chosen = choose(refs, "2026-11-30")
    assert {21, 22} <= chosen and 23 not in chosen


def test_a_batch_that_cannot_be_read_is_left_for_later() -> None:
    refs = [
        *_history(),
        Ref(40, "import.batch", batch="not json"),
        Ref(41, "import.batch", batch="[" * 100_000),  # too deep for the JSON reader
        Ref(42, "import.batch", batch=json.dumps({"id": "r-imp"})),  # not a list
    ]
    assert not choose(refs, "2026-11-30") & {40, 41, 42}


def test_merges_are_followed_to_the_end_of_the_chain() -> None:
    """p-triple was merged into p-twin, itself merged into a current person: the link read first
    only connects once the second has been followed."""
    refs = [
        Ref(30, "person.merged", entity="p-triple", other="p-twin"),
        *_history(),
        Ref(31, "person.updated", entity="p-triple"),
    ]
    assert {13, 14, 30, 31} <= choose(refs, "2026-11-30")
