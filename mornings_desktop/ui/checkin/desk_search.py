"""Search at the desk: the Morning's people index and the list of people found as you type.

The index is built in a job when the desk is first shown (50,000 registrations take a good part of
a second: the page paints first), or at once if a name is searched before that job is back; after
a change it re-reads only the registrations named, after the result is shown. A search runs
120 ms after the last key (after the reader's 80 ms silence: a scanned code is never searched);
the arrow keys choose in the list, Enter admits (`CheckinScreen`).

The kiosk (`kiosk.py`: visitors at the keyboard) finds no one by name: no index is read, no list
is shown, and a name gets one sentence, show the ticket's QR code or ask the staff.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from shiboken6 import isValid

from mornings_desktop import codes
from mornings_desktop.errors import UserError
from mornings_desktop.services.changes import Changes, Kind
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.checkin.hits_model import HitsModel
from mornings_desktop.ui.table_view import select_row

if TYPE_CHECKING:
    from mornings_desktop.services.search import PeopleIndex, SearchHit
    from mornings_desktop.ui.checkin.screen import CheckinScreen

SEARCH_DELAY_MS = 120  # after the reader's 80 ms silence: a scanned code is never searched


class DeskSearch(QObject):
    """The index of the current Morning, the people found and the table that lists them."""

    def __init__(self, screen: CheckinScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.index: PeopleIndex | None = None
        self.morning_id = ""
        self.chosen = False  # the person moved in the results with the arrow keys
        # The kiosk admits by ticket only: a visitor must not list, nor admit, the people registered.
        self.by_name = not screen.kiosk
        self._stale: set[str] | None = set()  # registrations to re-read into the index (None: all)
        self._building = ""  # the Morning whose index a job is reading
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh_index)

        self.hits = HitsModel(screen)
        self.table = QTableView()
        self.table.setModel(self.hits)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            HitsModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(lambda _i: screen.admit_selected())
        self.table.setAccessibleName(self.tr("People found"))
        self.table.setVisible(False)

    # -- the index ----------------------------------------------------------------------------
    def set_morning(self, morning_id: str) -> None:
        """Forget the index; start building the new Morning's if the desk is on screen."""
        self.index = None
        self._stale = set()
        self.morning_id = morning_id
        if morning_id and self.screen.isVisible():
            self.start_index()

    def start_index(self) -> None:
        """Build the current Morning's index in a job (the desk shown): the page paints first."""
        morning_id = self.morning_id
        if (
            not self.by_name
            or self.index is not None
            or not morning_id
            or self._building == morning_id
        ):
            return
        self._building = morning_id
        ws = self.screen.state.workspace
        self.screen.state.jobs.run(
            lambda _control: _build(ws, morning_id),
            on_done=lambda index: self._built(morning_id, index),
            on_error=lambda _exc: self._built(morning_id, None),  # a search will say why
            show_dialog=False,
            cancellable=False,
        )

    def _built(self, morning_id: str, index: PeopleIndex | None) -> None:
        if not isValid(self):  # the desk was closed meanwhile
            return
        if self._building == morning_id:
            self._building = ""
        if index is None or morning_id != self.morning_id or self.index is not None:
            return  # another Morning was chosen, or a search built it first
        self.index = index
        if self._stale != set():  # changed while it was read: the read may predate them
            self._refresh_timer.start()

    def ensure_index(self) -> PeopleIndex | None:
        """The search index of the current Morning, built when the desk first needs it."""
        if self.index is None and self.morning_id and self.by_name:
            try:
                self.index = _build(self.screen.state.workspace, self.morning_id)
            except UserError as exc:
                self.screen.status.setText(exc.message)
        return self.index

    def data_changed(self, changes: Changes) -> None:
        """Re-read, after the result is shown, only the registrations named (an admission: that
        one person): never a rebuild of the whole Morning between a scan and its result."""
        if (
            (self.index is not None or self._building == self.morning_id)
            and changes.any_of(Kind.REGISTRATIONS, Kind.PEOPLE, Kind.CHECKINS)
            and changes.touches(self.morning_id)
        ):
            ids = changes.registration_ids
            if ids is None:
                self._stale = None
            elif self._stale is not None:
                self._stale |= ids
            self._refresh_timer.start()

    def refresh_index(self) -> None:
        self._refresh_timer.stop()
        if self.index is None:  # kept for the index a job is reading
            return
        stale, self._stale = self._stale, set()
        if stale == set():
            return
        self.index.refresh(stale)  # None: everything
        if self.table.isVisible():
            self.run()

    # -- searching as you type ----------------------------------------------------------------
    def text_edited(self, text: str) -> None:
        screen = self.screen
        self.chosen = False
        if text.strip() and screen.panel.result != "search":
            screen.fade.stop()
            screen.panel.show_searching()  # never the last person's green above a new search
        if not text.strip() or codes.looks_like_code(text):
            self.clear()
            return
        self._timer.start()

    def run(self) -> None:
        """Search what is typed now and show who was found (the first one selected)."""
        screen = self.screen
        self._timer.stop()
        if self._refresh_timer.isActive():
            self.refresh_index()  # what was just saved is found
        text = screen.input.text()
        if not self.by_name:
            if text.strip() and not codes.looks_like_code(text):
                screen.panel.show_tickets_only()
            return
        index = None if codes.looks_like_code(text) else self.ensure_index()
        hits = index.search(text, 20) if index is not None else []
        self.hits.set_hits(hits)
        self.table.setVisible(bool(hits))
        screen.give_room_to_hits(bool(hits))
        if hits:
            self._choose(0)
        if text.strip() and index is not None:
            if screen.panel.result not in ("search", "no_match"):
                # A search on text kept after a scan (Enter): the last result makes way.
                screen.fade.stop()
            if hits:
                screen.panel.show_searching(len(hits))
            else:
                screen.panel.show_no_match(text.strip())

    def move(self, step: int) -> None:
        """An arrow key: choose the next or previous person found."""
        if self._timer.isActive():
            self.run()
        rows = self.hits.rowCount()
        if not rows:
            return
        self.chosen = True
        current = self.table.currentIndex().row()
        self._choose(max(0, min(rows - 1, current + step)))

    def _choose(self, row: int) -> None:
        select_row(self.table, row, HitsModel.NAME)

    def submit(self) -> None:
        """Enter on a name: one person found is admitted; several: Enter moves into the list (the
        arrow keys choose, Enter admits); no one: say so, and Ctrl+N registers them. At the kiosk:
        show the ticket (`run`)."""
        screen = self.screen
        if self._timer.isActive() or not self.table.isVisible():
            self.run()
        if not self.by_name:
            return
        rows = self.hits.rowCount()
        if rows == 1 or (rows > 1 and self.chosen):
            screen.admit_selected()
        elif rows > 1:
            self.chosen = True
            self._choose(0)
            screen.say(self.tr("Several people found: choose with ↑ ↓, then Enter."))
        elif screen.input.text().strip():
            screen.panel.show_no_match(screen.input.text().strip())

    def selected(self) -> SearchHit | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        hit: SearchHit = self.hits.data(index, HitsModel.HIT_ROLE)
        return hit

    def clear(self) -> None:
        """No list: a scan was read, or the text is no name."""
        self._timer.stop()
        if self.hits.rowCount():  # a model reset for an empty list costs a scan ~0.7 ms
            self.hits.set_hits([])
        if not self.table.isHidden():
            self.table.setVisible(False)
            self.screen.give_room_to_hits(False)
            self.screen.unsay()  # the list is gone, and its "choose with ↑ ↓" with it


def _build(ws: Workspace, morning_id: str) -> PeopleIndex:
    """The Morning's index; its module (rapidfuzz) imported here, not to show the desk."""
    from mornings_desktop.services.search import PeopleIndex

    return PeopleIndex.build(ws, morning_id)
