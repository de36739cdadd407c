"""Two desks on one database file admit the same ticket at the same moment: one admission.

Each `ScanDesk` reads the registration, decides, then writes. When the other desk (another
process, another `Workspace`) admits the person between that read and that write, the write
transaction must read the registration again under the write lock and answer "already".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mornings_desktop.services import checkin, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import CheckIn, Operation


@pytest.fixture
def second(db_path: Path, ws: Workspace, demo_morning: str) -> Iterator[Workspace]:
    """A second desk on the same file, opened as a second process would (its own engine)."""
    other = Workspace.open(db_path, "Accueil 2")
    yield other
    other.close()


def _a_registration(ws: Workspace, morning_id: str) -> registrations.RegistrationRow:
    return next(
        r for r in registrations.list_registrations(ws, morning_id) if r.status != "cancelled"
    )


def _checkins(ws: Workspace, registration_id: str) -> list[str]:
    with ws.db.read() as session:
        return list(
            session.execute(
                select(CheckIn.desk_id).where(CheckIn.registration_id == registration_id)
            ).scalars()
        )


def _checkin_ops(ws: Workspace) -> int:
    with ws.db.read() as session:
        return int(
            session.execute(
                select(func.count())
                .select_from(Operation)
                .where(Operation.type == "checkin.created")
            ).scalar_one()
        )


def _admit_between_read_and_write(
    monkeypatch: pytest.MonkeyPatch, fast: Callable[[], object]
) -> list[object]:
    """The next registration lookup goes stale: `fast` (the other desk) runs right after it."""
    real_one = checkin.find_registration
    happened: list[object] = []
    started: list[bool] = []

    def one_then_other_desk(*args: object, **kwargs: object) -> object:
        row = real_one(*args, **kwargs)  # type: ignore[arg-type]
        if not started and row is not None and row.checked_in_at is None:
            started.append(True)  # the other desk's own lookup is not interrupted again
            happened.append(fast())
        return row

    monkeypatch.setattr(checkin, "find_registration", one_then_other_desk)
    return happened


def test_second_desk_with_a_stale_view_gets_already(
    monkeypatch: pytest.MonkeyPatch, ws: Workspace, second: Workspace, demo_morning: str
) -> None:
    row = _a_registration(ws, demo_morning)
    desk_1 = checkin.ScanDesk(ws, demo_morning)
    desk_2 = checkin.ScanDesk(second, demo_morning)
    happened = _admit_between_read_and_write(monkeypatch, lambda: desk_1.scan(row.code))

    result = desk_2.scan(row.code)

    assert [getattr(r, "result", None) for r in happened] == ["admitted"]
    assert result.result == "already", result
    assert (result.registration_id, result.desk) == (row.id, "Accueil 1")
    assert result.at == happened[0].at  # type: ignore[attr-defined]
    assert result.checkin_id is None
    assert _checkins(ws, row.id) == [ws.desk_id]
    assert _checkin_ops(ws) == 1
    # Seen from either desk, the person arrived once.
    for workspace in (ws, second):
        assert registrations.get_registration(workspace, row.id).checkin_count == 1


def test_admission_by_search_from_a_stale_view_gets_already(
    monkeypatch: pytest.MonkeyPatch, ws: Workspace, second: Workspace, demo_morning: str
) -> None:
    row = _a_registration(ws, demo_morning)
    desk_1 = checkin.ScanDesk(ws, demo_morning)
    desk_2 = checkin.ScanDesk(second, demo_morning)
    _admit_between_read_and_write(monkeypatch, lambda: desk_1.admit(row.id))

    result = desk_2.admit(row.id, "search")

    assert (result.result, result.desk, result.method) == ("already", "Accueil 1", "search")
    assert _checkins(second, row.id) == [ws.desk_id]


def test_without_a_race_the_second_desk_admits_and_the_first_says_already(
    ws: Workspace, second: Workspace, demo_morning: str
) -> None:
    row = _a_registration(ws, demo_morning)
    desk_1 = checkin.ScanDesk(ws, demo_morning)
    desk_2 = checkin.ScanDesk(second, demo_morning)
    admitted = desk_2.scan(row.code, "camera")
    assert (admitted.result, admitted.desk, admitted.method) == ("admitted", "Accueil 2", "camera")
    again = desk_1.scan(row.code)
    assert (again.result, again.desk, again.method) == ("already", "Accueil 2", "camera")
    assert again.at == admitted.at
    assert _checkins(ws, row.id) == [second.desk_id]
