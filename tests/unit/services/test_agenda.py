"""The agenda service on a real database: validation, ripple, speakers, auto-registration, undo."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from mornings_desktop.errors import NotFound, ValidationError
from mornings_desktop.services import agenda, mornings, registrations, speakers
from mornings_desktop.services.agenda_programme import programme
from mornings_desktop.services.agenda_rows import SessionInput
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation


@pytest.fixture
def morning(ws: Workspace) -> str:
    return mornings.create(
        ws,
        mornings.MorningInput(
            title="Matinale", date="2026-12-10", start_time="08:30", end_time="11:30"
        ),
    )


def ops(ws: Workspace) -> int:
    with ws.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Operation)).scalar_one())


def test_create_and_list_in_local_time(ws: Workspace, morning: str) -> None:
    sid = agenda.create_session(
        ws, morning, SessionInput("keynote", "Ouverture", "09:00", 20, room="Salle A")
    )
    [row] = agenda.list_sessions(ws, morning)
    assert (row.id, row.start, row.end, row.duration_min, row.room) == (
        sid,
        "09:00",
        "09:20",
        20,
        "Salle A",
    )
    assert row.starts_at == "2026-12-10T08:00:00.000000Z"  # Casablanca is UTC+1


def test_end_instead_of_duration(ws: Workspace, morning: str) -> None:
    agenda.create_session(ws, morning, SessionInput("talk", "T", "09:00", None, end="09:45"))
    assert agenda.list_sessions(ws, morning)[0].duration_min == 45


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (SessionInput("talk", "T", "09:00", None, end="08:45"), "must be after the start"),
        (SessionInput("talk", "T", "09:00", None, end="09:00"), "must be after the start"),
        (SessionInput("talk", "T", "09:00", 0), "at least one minute"),
        (SessionInput("talk", "T", "09:00", -15), "at least one minute"),
        (
            SessionInput("talk", "T", "09:00", 30, day="2026-12-11"),
            "but the Morning is on 2026-12-10",
        ),
        (SessionInput("talk", "T", "23:50", 30), "another day"),
        (SessionInput("talk", "T", "9h", 30), "Not a time"),
        (SessionInput("lecture", "T", "09:00", 30), "Unknown kind"),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(
    ws: Workspace, morning: str, data: SessionInput, message: str
) -> None:
    before = ops(ws)
    with pytest.raises(ValidationError, match=message):
        agenda.create_session(ws, morning, data)
    assert ops(ws) == before
    assert agenda.list_sessions(ws, morning) == []


def test_unknown_speaker_or_role_saves_nothing(ws: Workspace, morning: str) -> None:
    sp = speakers.create(ws, speakers.SpeakerInput("Nadia Fettah"))
    before = ops(ws)
    with pytest.raises(NotFound):
        agenda.create_session(
            ws, morning, SessionInput("talk", "T", "09:00", 30), [("nope", "speaker")]
        )
    with pytest.raises(ValidationError, match="Unknown role"):
        agenda.create_session(ws, morning, SessionInput("talk", "T", "09:00", 30), [(sp, "singer")])
    assert ops(ws) == before


def test_speaker_is_registered_once_as_speaker(ws: Workspace, morning: str) -> None:
    sp = speakers.create(ws, speakers.SpeakerInput("Hélène Dupré", organisation="UH2C"))
    agenda.create_session(ws, morning, SessionInput("talk", "A", "09:00", 30), [(sp, "speaker")])
    agenda.create_session(ws, morning, SessionInput("panel", "B", "10:00", 30), [(sp, "moderator")])
    regs = registrations.list_registrations(ws, morning)
    assert [(r.name, r.category, r.organisation, r.source) for r in regs] == [
        ("Hélène Dupré", "speaker", "UH2C", "agenda")
    ]
    assert speakers.get(ws, sp).person_id == regs[0].person_id
    assert agenda.current_warnings(ws, morning) == []


def test_cancelled_speaker_registration_gives_a_warning(ws: Workspace, morning: str) -> None:
    sp = speakers.create(ws, speakers.SpeakerInput("Omar Berrada"))
    agenda.create_session(ws, morning, SessionInput("talk", "A", "09:00", 30), [(sp, "speaker")])
    [reg] = registrations.list_registrations(ws, morning)
    # (registrations.cancel trips over a detached row in the foundation; record the op itself)
    ws.record("registration.cancelled", {"id": reg.id, "reason": ""})
    assert [w.rule for w in agenda.current_warnings(ws, morning)] == ["speaker_unregistered"]


def test_set_speakers_replaces_and_keeps_order(ws: Workspace, morning: str) -> None:
    a, b, c = (
        speakers.create(ws, speakers.SpeakerInput(n)) for n in ("Ali A", "Badr B", "Chama C")
    )
    sid = agenda.create_session(
        ws, morning, SessionInput("panel", "P", "09:00", 40), [(a, "panellist"), (b, "panellist")]
    )
    agenda.set_speakers(ws, sid, [(c, "moderator"), (a, "panellist")])
    row = agenda.get_session(ws, sid)
    assert [(p.name, p.role) for p in row.speakers] == [
        ("Chama C", "moderator"),
        ("Ali A", "panellist"),
    ]


def test_ripple_shifts_following_sessions_only(ws: Workspace, morning: str) -> None:
    first = agenda.create_session(ws, morning, SessionInput("welcome", "Accueil", "08:30", 30))
    second = agenda.create_session(ws, morning, SessionInput("talk", "Talk", "09:00", 30))
    third = agenda.create_session(ws, morning, SessionInput("break", "Pause", "09:45", 15))
    agenda.move_session(ws, first, "08:30", 45, ripple=True)
    assert [(s.id, s.start) for s in agenda.list_sessions(ws, morning)] == [
        (first, "08:30"),
        (second, "09:15"),
        (third, "10:00"),
    ]
    agenda.move_session(ws, second, "09:15", 15, ripple=False)
    assert agenda.get_session(ws, third).start == "10:00"


def test_ripple_that_would_leave_the_day_saves_nothing(ws: Workspace, morning: str) -> None:
    first = agenda.create_session(ws, morning, SessionInput("talk", "A", "09:00", 30))
    agenda.create_session(ws, morning, SessionInput("talk", "B", "23:00", 60))
    before = ops(ws)
    with pytest.raises(ValidationError, match="another day"):
        agenda.move_session(ws, first, "09:00", 120, ripple=True)
    assert ops(ws) == before and agenda.get_session(ws, first).duration_min == 30


def test_restore_state_undoes_creation_and_moves(ws: Workspace, morning: str) -> None:
    sp = speakers.create(ws, speakers.SpeakerInput("Karim Tazi"))
    base = agenda.create_session(ws, morning, SessionInput("talk", "A", "09:00", 30))
    before = agenda.agenda_state(ws, morning)
    agenda.move_session(ws, base, "10:00", 20)
    agenda.create_session(ws, morning, SessionInput("talk", "B", "09:00", 30), [(sp, "speaker")])
    agenda.restore_state(ws, morning, before)
    assert [
        (s.title, s.start, s.duration_min, s.speakers) for s in agenda.list_sessions(ws, morning)
    ] == [("A", "09:00", 30, ())]


def test_acknowledge_non_blocking_only(ws: Workspace, morning: str) -> None:
    agenda.create_session(ws, morning, SessionInput("break", "Tôt", "08:00", 15))
    agenda.create_session(ws, morning, SessionInput("break", "", "09:00", 15))
    found = {w.rule: w for w in agenda.current_warnings(ws, morning)}
    agenda.acknowledge(ws, morning, found["outside_hours"].key)
    with pytest.raises(ValidationError, match="cannot be acknowledged"):
        agenda.acknowledge(ws, morning, found["missing_title"].key)
    now = {w.rule: w.acknowledged for w in agenda.current_warnings(ws, morning)}
    assert now == {"outside_hours": True, "missing_title": False}


def test_programme_json_form(ws: Workspace, morning: str) -> None:
    sp = speakers.create(ws, speakers.SpeakerInput("يوسف العلوي", organisation="AMDIE"))
    agenda.create_session(
        ws, morning, SessionInput("talk", "Exporter", "09:00", 30), [(sp, "speaker")]
    )
    prog = programme(ws, morning)
    assert prog["morning"]["date"] == "2026-12-10"
    [s] = prog["sessions"]
    assert (s["title"], s["start"], s["end"], s["speakers"][0]["name"]) == (
        "Exporter",
        "09:00",
        "09:30",
        "يوسف العلوي",
    )


def test_demo_agenda_reads_back(ws: Workspace, demo_morning: str) -> None:
    rows = agenda.list_sessions(ws, demo_morning)
    assert 7 <= len(rows) <= 8 and rows[0].start == "08:30"
    assert not [w for w in agenda.current_warnings(ws, demo_morning) if w.blocking]
