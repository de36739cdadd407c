"""Badges at the desk: printed on admission off the UI thread, in admission order, with a visible
switch ("Print the badge on arrival", the setting `badges/print_on_checkin`) and a Reprint button.

Rendering a badge and sending it to the printer take far longer than a scan; they run on one
worker thread (a queue: prints come out in the order people were admitted, each after its
admission's commit) so the next scan is never held. The drawing itself (reportlab, pure Python)
happens in the desk's render process (`documents/render_process.py`), started when the switch is
on: on a thread it would hold the interpreter lock and slow the next scan's handling. What
happened comes back on the UI thread as a note under the result.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QPushButton

from mornings_desktop.errors import UserError
from mornings_desktop.services import badge_prints
from mornings_desktop.services.scan_result import ScanResult
from mornings_desktop.settings import PRINT_ON_CHECKIN
from mornings_desktop.ui.dialogs import translate_error

if TYPE_CHECKING:
    from mornings_desktop.documents.render_process import BadgeRenderer
    from mornings_desktop.ui.checkin.screen import CheckinScreen

log = logging.getLogger(__name__)


class BadgeQueue(QObject):
    """One worker thread printing badges in the order asked."""

    # registration id, reprint, problem ("" when printed), prints of that badge so far (-1: unknown)
    printed = Signal(str, bool, str, int)

    def __init__(self, screen: CheckinScreen) -> None:
        super().__init__(screen)
        self.state = screen.state
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="badge-print")
        self._last: Future[None] | None = None
        self.pending = 0
        self._renderer: BadgeRenderer | None = None
        self._started = False
        made: list[BadgeRenderer] = []  # closed with the queue (by no method of it: destroyed)
        self._made = made
        self.destroyed.connect(lambda *_a: _close_all(made))

    @property
    def renderer(self) -> BadgeRenderer:
        """The render process's handle, made (reportlab imported) when the first badge or the
        switch needs it: not to show the desk."""
        if self._renderer is None:
            from mornings_desktop.documents.render_process import BadgeRenderer

            self._renderer = BadgeRenderer()
            self._made.append(self._renderer)
        return self._renderer

    def start_renderer(self) -> None:
        """Start the render process now (on the print thread), not at the first badge."""
        if not self._started:
            self._started = True
            self._last = self._pool.submit(self._start)

    def _start(self) -> None:
        from mornings_desktop.ui.badges import admission_print

        try:
            admission_print.start_renderer(self.state, self.renderer)
        except Exception as exc:  # the first badge will say what is wrong
            log.warning("badge render process not started: %s", exc)

    def submit(self, registration_id: str, *, reprint: bool = False) -> None:
        self.start_renderer()
        self.pending += 1
        self._last = self._pool.submit(self._print, registration_id, reprint)

    def _print(self, registration_id: str, reprint: bool) -> None:
        from mornings_desktop.ui.badges import admission_print

        problem = ""
        try:
            admission_print.print_badge_on_admission(
                self.state, registration_id, reprint=reprint, render=self.renderer.render
            )
        except Exception as exc:  # no printing problem may undo or hide an admission
            log.warning("badge of %s not printed: %s", registration_id, exc)
            problem = translate_error(exc)
        # The note's count is read here, on the print thread: read on the UI thread it would run
        # inside the next scan's wait for its commit (the queued signal is delivered there).
        try:
            count = badge_prints.print_count(self.state.workspace, registration_id)
        except UserError:
            count = -1
        self.printed.emit(registration_id, reprint, problem, count)  # queued to the UI thread

    def wait(self, timeout: float = 30.0) -> bool:
        """For tests and closing: wait until every badge asked so far was handled."""
        last = self._last
        if last is None:
            return True
        try:
            last.result(timeout)
        except TimeoutError:
            return False
        return True

    def close(self) -> None:
        self._pool.shutdown(wait=False)
        if self._renderer is not None:
            self._renderer.close()


def _close_all(renderers: list[BadgeRenderer]) -> None:
    for renderer in renderers:
        renderer.close()


class DeskBadges:
    """The desk's badge controls and notes."""

    def __init__(self, screen: CheckinScreen) -> None:
        self.screen = screen
        self._names: dict[str, str] = {}  # who a reprint was for, for its status line
        self.queue = BadgeQueue(screen)
        self.queue.printed.connect(self._printed, Qt.ConnectionType.QueuedConnection)
        self.switch = QCheckBox(
            QCoreApplication.translate("CheckinScreen", "Print the badge on arrival")
        )
        self.switch.setChecked(bool(screen.state.settings.get(PRINT_ON_CHECKIN)))
        self.switch.toggled.connect(self._switched)
        if self.switch.isChecked():
            self.queue.start_renderer()
        self.reprint_button = QPushButton(
            QCoreApplication.translate("CheckinScreen", "Reprint badge")
        )
        self.reprint_button.setToolTip(
            QCoreApplication.translate(
                "CheckinScreen",
                "Reprint the badge of the person chosen in the list, or of the last person admitted.",
            )
        )
        self.reprint_button.clicked.connect(self.reprint)
        for widget in (self.switch, self.reprint_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan input keeps the focus

    def _switched(self, on: bool) -> None:
        self.screen.state.settings.set(PRINT_ON_CHECKIN, on)
        if on:
            self.queue.start_renderer()

    def admitted(self, result: ScanResult) -> None:
        """After an admission is on screen: the print when the switch is on (its note comes back
        when the print is done), else the badge note (read from the print log)."""
        assert result.registration_id is not None
        if self.screen.state.settings.get(PRINT_ON_CHECKIN):
            self.screen.panel.show_note(
                QCoreApplication.translate("CheckinScreen", "Badge being printed…")
            )
            self.queue.submit(result.registration_id)
        else:  # the count came with the scan's registration (-1: not read, read it now)
            self.note(result, count=result.badge_prints if result.badge_prints >= 0 else None)

    def reprint(self) -> None:
        from mornings_desktop.ui.checkin.corrections import chosen_registration

        screen = self.screen
        chosen = chosen_registration(screen)
        if chosen is None:
            screen.say(
                QCoreApplication.translate(
                    "CheckinScreen", "Nobody to reprint: admit or find the person first."
                )
            )
            return
        if screen.panel.result == "undone" and not screen.table.isVisible():
            # The person on screen is the one whose arrival was just undone: no badge for them.
            screen.say(
                QCoreApplication.translate(
                    "CheckinScreen", "The arrival of {name} was undone: no badge reprinted."
                ).format(name=chosen[1])
            )
            return
        self._names[chosen[0]] = chosen[1]
        self.queue.submit(chosen[0], reprint=True)
        self.screen.input.setFocus()

    def _printed(self, registration_id: str, reprint: bool, problem: str, count: int) -> None:
        self.queue.pending -= 1
        screen = self.screen
        if reprint:
            name = self._names.get(registration_id, "")
            screen.status.setText(
                QCoreApplication.translate(
                    "CheckinScreen", "⚠ Badge of {name} NOT reprinted: {problem}"
                ).format(name=name, problem=problem)
                if problem
                else QCoreApplication.translate(
                    "CheckinScreen", "Badge of {name} sent to the printer again."
                ).format(name=name)
            )
        last = screen.last
        if last is not None and last.registration_id == registration_id and last.ok:
            self.note(last, problem, count)  # the next person may already be on screen

    def note(
        self, result: ScanResult, printing_problem: str = "", count: int | None = None
    ) -> None:
        """Under an Admitted result: whether the badge was printed (and how often), or why not.
        `count`: the prints so far when the caller knows them (-1: unknown, no note)."""
        assert result.registration_id is not None
        screen = self.screen
        if count is None:
            try:
                count = (
                    badge_prints.print_count(screen.state.workspace, result.registration_id)
                    if screen.desk is None
                    else screen.desk.badge_prints(result.registration_id)
                )
            except UserError:  # a status line is never worth a dialog at the desk
                return
        if count < 0 and not printing_problem:
            return
        if printing_problem:
            text = QCoreApplication.translate(
                "CheckinScreen", "⚠ Badge NOT printed: {problem}"
            ).format(problem=printing_problem)
        elif count:
            text = QCoreApplication.translate(
                "CheckinScreen", "Badge printed %n time(s).", "", count
            )
        else:
            text = QCoreApplication.translate("CheckinScreen", "Badge not printed yet.")
        screen.panel.show_note(text)
