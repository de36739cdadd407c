"""The Agenda screen's side lists: the live warnings (with the sessions they name) and the changes
since the last published version."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem

from mornings_desktop.services import agenda, agenda_versions
from mornings_desktop.ui.agenda.texts import kind_labels, warning_text
from mornings_desktop.wording.tr import apart

if TYPE_CHECKING:
    from mornings_desktop.ui.agenda.screen import AgendaScreen

SessionIdsRole = 0x0100 + 1
KeyRole = 0x0100 + 2
BlockingRole = 0x0100 + 3


def acknowledge_current(screen: AgendaScreen) -> None:
    """Acknowledge the chosen (non-blocking) warning, in the screen's write queue."""
    item = screen.warnings_list.currentItem()
    if item is None or item.data(BlockingRole):
        return
    ws, morning_id, key = screen.state.workspace, screen.morning_id, str(item.data(KeyRole))
    screen.writes.run(
        lambda: agenda.acknowledge(ws, morning_id, key), lambda _r: None, screen._failed
    )


def fill_warnings(screen: AgendaScreen) -> None:
    screen.warnings_list.clear()
    blocking = sum(1 for w in screen._warnings if w.blocking)
    if not screen._warnings:
        screen.warnings_title.setText(
            "✓ " + QCoreApplication.translate("AgendaScreen", "No warnings")
        )
    else:
        screen.warnings_title.setText(
            QCoreApplication.translate("AgendaScreen", "Warnings: {n} ({blocking})").format(
                n=len(screen._warnings),
                blocking=QCoreApplication.translate("AgendaScreen", "%n blocking", None, blocking),
            )
        )
    for w in screen._warnings:
        item = QListWidgetItem(warning_text(w))
        item.setData(SessionIdsRole, list(w.session_ids))
        item.setData(KeyRole, w.key)
        item.setData(BlockingRole, w.blocking)
        if w.blocking:
            item.setForeground(Qt.GlobalColor.darkRed)
        screen.warnings_list.addItem(item)


def fill_changes(screen: AgendaScreen) -> None:
    screen.changes_list.clear()
    number, changes = agenda_versions.changes_since_last(screen.state.workspace, screen.morning_id)
    screen.last_version = number
    if number is None:
        screen.changes_title.setText(
            QCoreApplication.translate("AgendaScreen", "Not published yet")
        )
    else:
        screen.changes_title.setText(
            QCoreApplication.translate("AgendaScreen", "Changes since version {n}").format(n=number)
            + (
                ""
                if not changes.empty
                else " — " + QCoreApplication.translate("AgendaScreen", "none")
            )
        )
    kinds = kind_labels()
    for s in changes.added:
        screen.changes_list.addItem(
            "+ "
            + QCoreApplication.translate("AgendaScreen", "Added: {title} ({start}–{end})").format(
                title=apart(s["title"] or kinds.get(s["kind"], s["kind"])),
                start=s["start"],
                end=s["end"],
            )
        )
    for s in changes.removed:
        screen.changes_list.addItem(
            "− "  # a minus: the fullwidth signs these lines had are in few fonts
            + QCoreApplication.translate("AgendaScreen", "Removed: {title} ({start})").format(
                title=apart(s["title"]), start=s["start"]
            )
        )
    for m in changes.moved:
        # From the old room to the new, the arrow pointing the way the language reads (Arabic:
        # right to left, "←").
        where = (
            " · "
            + QCoreApplication.translate("AgendaScreen", "{old_room} → {new_room}").format(
                old_room=apart(m.old_room), new_room=apart(m.new_room)
            )
            if m.old_room != m.new_room
            else ""
        )
        screen.changes_list.addItem(
            ("↤ " if screen.isRightToLeft() else "↦ ")  # the mark points into the line
            + QCoreApplication.translate(
                "AgendaScreen", "Moved: {title} {old}–{old_end} → {new}–{new_end}"
            ).format(
                title=apart(m.title),
                old=m.old_start,
                old_end=m.old_end,
                new=m.new_start,
                new_end=m.new_end,
            )
            + where
        )
    for c in changes.speakers_changed:
        parts = [f"+{name}" for name in c.added] + [f"−{name}" for name in c.removed]
        screen.changes_list.addItem(
            "👥 "
            + QCoreApplication.translate(
                "AgendaScreen", "Speakers changed: {title}: {what}"
            ).format(title=apart(c.title), what=", ".join(apart(p) for p in parts))
        )
