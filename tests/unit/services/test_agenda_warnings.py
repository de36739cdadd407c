"""Every warning rule of `agenda_warnings.warnings`, with its edge cases."""

from __future__ import annotations

from datetime import date, datetime, time

from mornings_desktop.services.agenda_warnings import (
    BLOCKING,
    WARNING,
    MorningHours,
    SessionSlot,
    SpeakerLink,
    warnings,
)

DAY = date(2026, 12, 10)
HOURS = MorningHours(DAY, time(8, 30), time(11, 30))


def slot(sid: str, start: str, minutes: int, *, room: str = "A", kind: str = "break", title: str = "T") -> SessionSlot:  # fmt: skip
    return SessionSlot(
        sid, kind, title, datetime.combine(DAY, time.fromisoformat(start)), minutes, room
    )


def rules(found: list) -> list[tuple[str, tuple[str, ...]]]:  # type: ignore[type-arg]
    return [(w.rule, w.session_ids) for w in found]


def test_empty_agenda_has_no_warning() -> None:
    assert warnings(HOURS, [], [], set()) == []


def test_same_room_overlap_is_blocking() -> None:
    found = warnings(HOURS, [slot("a", "09:00", 30), slot("b", "09:15", 30)], [], set())
    assert rules(found) == [("room_overlap", ("a", "b"))]
    assert found[0].severity == BLOCKING


def test_back_to_back_in_same_room_is_no_clash() -> None:
    assert warnings(HOURS, [slot("a", "09:00", 30), slot("b", "09:30", 30)], [], set()) == []


def test_one_minute_overlap_is_a_clash() -> None:
    found = warnings(HOURS, [slot("a", "09:00", 31), slot("b", "09:30", 30)], [], set())
    assert rules(found) == [("room_overlap", ("a", "b"))]


def test_contained_session_and_room_names_compare_loosely() -> None:
    found = warnings(
        HOURS,
        [slot("a", "09:00", 60, room="Salle  A"), slot("b", "09:10", 5, room="salle a")],
        [],
        set(),
    )
    assert rules(found) == [("room_overlap", ("a", "b"))]


def test_overlap_in_different_rooms_is_fine() -> None:
    assert (
        warnings(
            HOURS, [slot("a", "09:00", 30, room="A"), slot("b", "09:00", 30, room="B")], [], set()
        )
        == []
    )


def test_identical_start_counts_once_per_pair() -> None:
    found = warnings(HOURS, [slot(x, "09:00", 10) for x in "abc"], [], set())
    assert sorted(w.session_ids for w in found) == [("a", "b"), ("a", "c"), ("b", "c")]


def link(session_id: str, speaker: str = "s1", role: str = "speaker", person: str | None = "p1") -> SpeakerLink:  # fmt: skip
    return SpeakerLink(session_id, speaker, speaker.upper(), role, person)


def test_speaker_in_two_rooms_at_once_is_blocking() -> None:
    sessions = [slot("a", "09:00", 30, room="A"), slot("b", "09:20", 30, room="B")]
    found = warnings(HOURS, sessions, [link("a"), link("b")], {"p1"})
    assert rules(found) == [("speaker_clash", ("a", "b"))]
    assert found[0].blocking and found[0].params["speaker"] == "S1"


def test_moderator_on_two_panels_at_once_is_a_clash() -> None:
    sessions = [
        slot("a", "09:00", 40, room="A", kind="panel"),
        slot("b", "09:30", 40, room="B", kind="panel"),
    ]
    links = [link("a", role="moderator"), link("b", role="moderator"), link("a", "s2", "panellist", "p2"), link("b", "s3", "panellist", "p3")]  # fmt: skip
    found = warnings(HOURS, sessions, links, {"p1", "p2", "p3"})
    assert rules(found) == [("speaker_clash", ("a", "b"))]


def test_speaker_back_to_back_is_no_clash() -> None:
    sessions = [slot("a", "09:00", 30, room="A"), slot("b", "09:30", 30, room="B")]
    assert warnings(HOURS, sessions, [link("a"), link("b")], {"p1"}) == []


def test_links_to_unknown_sessions_are_ignored() -> None:
    assert warnings(HOURS, [slot("a", "09:00", 30)], [link("ghost"), link("a")], {"p1"}) == []


def test_outside_hours_before_after_and_exactly_at_bounds() -> None:
    inside = [slot("a", "08:30", 30), slot("z", "11:00", 30)]  # starts at opening, ends at closing
    assert warnings(HOURS, inside, [], set()) == []
    early = warnings(HOURS, [slot("a", "08:29", 10)], [], set())
    late = warnings(HOURS, [slot("b", "11:10", 21)], [], set())
    assert rules(early) == [("outside_hours", ("a",))] and early[0].severity == WARNING
    assert rules(late) == [("outside_hours", ("b",))]
    assert late[0].params["end"] == "11:31"


def test_session_on_another_day_is_outside_hours() -> None:
    other = SessionSlot("a", "break", "T", datetime(2026, 12, 11, 9, 0), 30, "A")
    assert rules(warnings(HOURS, [other], [], set())) == [("outside_hours", ("a",))]


def test_missing_title_is_blocking_including_blank() -> None:
    found = warnings(HOURS, [slot("a", "09:00", 10, title=""), slot("b", "09:10", 10, title="   ")], [], set())  # fmt: skip
    assert rules(found) == [("missing_title", ("a",)), ("missing_title", ("b",))]
    assert all(w.blocking for w in found)


def test_missing_speaker_only_where_the_kind_needs_one() -> None:
    kinds = ["welcome", "keynote", "talk", "panel", "break", "networking", "closing"]
    sessions = [
        slot(k, f"{9 + i // 4:02d}:{(i % 4) * 15:02d}", 15, kind=k) for i, k in enumerate(kinds)
    ]
    found = warnings(HOURS, sessions, [], set())
    assert sorted(w.session_ids[0] for w in found if w.rule == "missing_speaker") == [
        "keynote",
        "panel",
        "talk",
    ]
    assert all(w.severity == WARNING for w in found)
    with_speaker = warnings(HOURS, sessions, [link("keynote"), link("panel", "s2", person="p2"), link("talk", "s3", person="p3")], {"p1", "p2", "p3"})  # fmt: skip
    assert with_speaker == []


def test_speaker_not_registered_or_without_person() -> None:
    sessions = [slot("a", "09:00", 30, kind="talk"), slot("b", "10:00", 30, kind="talk")]
    found = warnings(HOURS, sessions, [link("a"), link("b"), link("b", "s2", person=None)], set())
    assert rules(found) == [("speaker_unregistered", ("a", "b")), ("speaker_unregistered", ("b",))]
    assert [w.params["speaker"] for w in found] == ["S1", "S2"]
    assert warnings(HOURS, sessions, [link("a"), link("b")], {"p1"}) == []


def test_acknowledgement_marks_only_non_blocking() -> None:
    sessions = [slot("a", "08:00", 30, title=""), slot("b", "08:10", 10)]
    found = warnings(HOURS, sessions, [], set())
    keys = {w.key for w in found}
    again = warnings(HOURS, sessions, [], set(), acknowledged=keys)
    assert {(w.rule, w.acknowledged) for w in again} == {
        ("outside_hours", True),
        ("missing_title", False),
        ("room_overlap", False),
    }


def test_keys_are_stable_when_titles_change() -> None:
    first = warnings(HOURS, [slot("a", "08:00", 30, title="x")], [], set())
    second = warnings(HOURS, [slot("a", "08:00", 30, title="y")], [], set())
    assert [w.key for w in first] == [w.key for w in second] == ["outside_hours|a"]


def test_warnings_are_ordered_by_session_start() -> None:
    sessions = [slot("late", "11:20", 30), slot("early", "08:00", 30)]
    assert [w.session_ids[0] for w in warnings(HOURS, sessions, [], set())] == ["early", "late"]
