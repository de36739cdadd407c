"""What the Sync screen shows of the desk, read in a job (never on the UI thread).

The status counts over the whole operations table (waiting operations, copied databases, gaps):
on ten years of Mornings (~100,000 operations) that is 0.2–0.5 s of reads, and the sync modules
it needs import psycopg (another 0.1–0.4 s). The page paints at once with "Reading…" and shows
the figures when this read comes back (`SyncScreen.refresh_status`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from mornings_desktop.errors import UserError
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.state import AppState

if TYPE_CHECKING:
    from mornings_desktop.services.review import DuplicateAdmission
    from mornings_desktop.sync.client import SyncStatus


@dataclass(frozen=True)
class DeskStatus:
    status: SyncStatus
    door: bool  # a door desk (else an organiser desk)
    clock_off: str  # how far this computer's clock is off the hub's ("2 h 05 min"), or ""
    clock_gap: str  # the offset measured at the last round, however small ("0 s"), or ""
    notices: list[UserError]  # the "⚠" sentences of the core, translated by the screen
    review: list[DuplicateAdmission] | None  # the Review list, when asked for


def read(ws: Workspace, *, review: bool) -> DeskStatus:
    """The status (and the Review list when `review`), on a job's thread."""
    from mornings_desktop.services import desk_role
    from mornings_desktop.services import review as reviews
    from mornings_desktop.sync import client, hub_clock, hub_records, incarnations

    st = client.status(ws)
    found = [incarnations.joined_twice_notice(name) for name in st.joined_twice.values()]
    if st.records_refused:
        with ws.db.read() as session:
            found += hub_records.notices(session)
    offset = st.clock_offset_s
    return DeskStatus(
        status=st,
        door=desk_role.desk_role(ws) == "door",
        clock_off=hub_clock.spell(offset)
        if offset is not None and hub_clock.is_off(offset)
        else "",
        clock_gap=gap(offset) if offset is not None else "",
        notices=found,
        review=reviews.duplicate_admissions(ws) if review else None,
    )


def gap(offset_s: float) -> str:
    """How far off, without the sign: "0 s", "45 s", "3 min 20 s", "2 h 05 min"."""
    from mornings_desktop.sync import hub_clock

    seconds = round(abs(offset_s))
    return f"{seconds} s" if seconds < 60 else hub_clock.spell(offset_s)


class StatusReader(QObject):
    """The screen's reads, one at a time in a job; asked again while one runs (it may predate
    the change): once more when it is back, with the Review list if any asker wanted it."""

    read = Signal(object)  # DeskStatus
    failed = Signal(object)  # the exception

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.reading = False
        self._again = False
        self._review = False

    def ask(self, *, review: bool) -> None:
        self._review = self._review or review
        if self.reading:
            self._again = True
            return
        self.reading, self._again = True, False
        want, self._review = self._review, False
        ws = self.state.workspace
        self.state.jobs.run(
            lambda _control: read(ws, review=want),
            on_done=self._done,
            on_error=self._failed,
            show_dialog=False,
            cancellable=False,
        )

    def _done(self, result: object) -> None:
        self.reading = False
        self.read.emit(result)
        if self._again:
            self.ask(review=False)

    def _failed(self, exc: BaseException) -> None:
        self.reading = False
        self.failed.emit(exc)
        if self._again:
            self.ask(review=False)
