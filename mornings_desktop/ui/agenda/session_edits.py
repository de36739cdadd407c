"""Edits of the sessions from the Agenda screen, each made through `AgendaScreen.run_change` (one
undo step, a refused edit shown and left out): add, delete, a typed table cell (parsed here), a move
or resize on the timeline, the speakers, the details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.services import agenda, mornings, speakers
from mornings_desktop.services.agenda_rows import SessionInput, SessionRow
from mornings_desktop.ui.agenda.model import SessionsModel
from mornings_desktop.ui.agenda.session_dialogs import ask_session_details, ask_session_speakers
from mornings_desktop.ui.agenda.texts import kind_from_text, kind_labels
from mornings_desktop.ui.dialogs import translate_error

if TYPE_CHECKING:
    from mornings_desktop.ui.agenda.screen import AgendaScreen

NEW_SESSION_MINUTES = 15


def add_session(screen: AgendaScreen) -> None:
    if not screen.morning_id:
        return
    rows = screen.model.sessions()
    morning = mornings.get(screen.state.workspace, screen.morning_id)
    start = max((r.end for r in rows), default=morning.start_time)
    if start >= "23:45":
        start = morning.start_time
    ws, morning_id = screen.state.workspace, screen.morning_id

    def change() -> str:
        return agenda.create_session(
            ws,
            morning_id,
            SessionInput(kind="talk", title="", start=start, duration_min=NEW_SESSION_MINUTES),
        )

    def created(session_id: object) -> None:
        screen.refresh()
        screen.select_session(str(session_id), SessionsModel.TITLE)
        screen.table.setFocus()
        screen.table.edit(screen.table.currentIndex())

    screen.run_change(
        QCoreApplication.translate("AgendaScreen", "Add a session at {start}").format(start=start),
        change,
        created,
    )


def delete_selected(screen: AgendaScreen) -> None:
    s = screen.current_session()
    if s is None:
        return
    ws = screen.state.workspace
    screen.run_change(
        QCoreApplication.translate("AgendaScreen", "Delete “{title}”").format(title=s.title),
        lambda: agenda.delete_session(ws, s.id),
    )


def edit_cell(screen: AgendaScreen, s: SessionRow, column: int, text: str) -> bool:
    ws = screen.state.workspace
    ripple = screen.ripple.isChecked()
    if column == SessionsModel.START:
        if text.strip() == s.start:
            return False
        return screen.run_change(
            QCoreApplication.translate("AgendaScreen", "Move “{title}” to {start}").format(
                title=s.title, start=text.strip()
            ),
            lambda: agenda.move_session(ws, s.id, text, s.duration_min, ripple=ripple),
        )
    if column == SessionsModel.DURATION:
        try:
            minutes = int(text.strip())
        except ValueError:
            screen.say(
                translate_error(
                    ValidationError(
                        QT_TRANSLATE_NOOP("errors", "Not a number of minutes: {text}"),
                        text=text,
                    )
                ),
                problem=True,
            )
            return False
        if minutes == s.duration_min:
            return False
        return screen.run_change(
            QCoreApplication.translate("AgendaScreen", "Make “{title}” {n} minutes").format(
                title=s.title, n=minutes
            ),
            lambda: agenda.move_session(ws, s.id, s.start, minutes, ripple=ripple),
        )
    if column == SessionsModel.KIND:
        kind = kind_from_text(text)
        if kind is None:
            screen.say(
                QCoreApplication.translate(
                    "AgendaScreen", "Unknown kind “{text}”; one of: {kinds}."
                ).format(text=text, kinds=", ".join(kind_labels().values())),
                problem=True,
            )
            return False
        if kind == s.kind:
            return False
        return screen.run_change(
            QCoreApplication.translate("AgendaScreen", "Change the kind of “{title}”").format(
                title=s.title
            ),
            lambda: agenda.update_session(ws, s.id, s.to_input(kind=kind)),
        )
    field = {SessionsModel.TITLE: "title", SessionsModel.ROOM: "room"}.get(column)
    if field is None or getattr(s, field) == " ".join(text.split()):
        return False
    label = (
        QCoreApplication.translate("AgendaScreen", "Rename “{title}”")
        if field == "title"
        else QCoreApplication.translate("AgendaScreen", "Change the room of “{title}”")
    )
    return screen.run_change(
        label.format(title=s.title or "…"),
        lambda: agenda.update_session(ws, s.id, s.to_input(**{field: text})),
    )


def move_from_timeline(screen: AgendaScreen, session_id: str, start: str, minutes: int) -> None:
    row = screen.model.row_of(session_id)
    if row < 0:
        return
    s = screen.model.session(row)
    ws, ripple = screen.state.workspace, screen.ripple.isChecked()
    # Refused: the screen puts the block back where it was (AgendaScreen._failed).
    screen.run_change(
        QCoreApplication.translate("AgendaScreen", "Move “{title}” to {start}").format(
            title=s.title, start=start
        )
        if minutes == s.duration_min
        else QCoreApplication.translate("AgendaScreen", "Make “{title}” {n} minutes").format(
            title=s.title, n=minutes
        ),
        lambda: agenda.move_session(ws, session_id, start, minutes, ripple=ripple),
    )


def edit_speakers(screen: AgendaScreen) -> None:
    s = screen.current_session()
    if s is None:
        return
    ws = screen.state.workspace
    chosen = ask_session_speakers(screen, speakers.list_speakers(ws), s)
    if chosen is None:
        return
    screen.run_change(
        QCoreApplication.translate("AgendaScreen", "Change the speakers of “{title}”").format(
            title=s.title
        ),
        lambda: agenda.set_speakers(ws, s.id, chosen),
    )


def edit_details(screen: AgendaScreen) -> None:
    s = screen.current_session()
    if s is None:
        return
    values = ask_session_details(screen, s)
    if values is None:
        return
    ws = screen.state.workspace
    screen.run_change(
        QCoreApplication.translate("AgendaScreen", "Edit the details of “{title}”").format(
            title=s.title or "…"
        ),
        lambda: agenda.update_session(ws, s.id, s.to_input(**values)),
    )
