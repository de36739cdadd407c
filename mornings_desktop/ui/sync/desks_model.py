"""The Desks list of the Sync area: one row per desk of the organisation (`sync.desk_overview`)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.ui.labels import isolate
from mornings_desktop.ui.table_model import Column, ColumnTableModel

if TYPE_CHECKING:
    from mornings_desktop.sync.desk_overview import DeskLine


def local_moment(iso: str | None) -> str:
    """A stored UTC moment in this computer's time, the language's short way; "—" for none."""
    if not iso:
        return "—"
    moment = QDateTime.fromSecsSinceEpoch(
        int(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp())
    )
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class DesksModel(ColumnTableModel["DeskLine"]):
    NAME, ROLE, CONTACT, CLOCK, COPIES, STATE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(QT_TRANSLATE_NOOP("DesksModel", "Desk"), lambda r: isolate(r.desk)),
            Column(QT_TRANSLATE_NOOP("DesksModel", "Role"), self._role),
            Column(
                QT_TRANSLATE_NOOP("DesksModel", "Last contact"),
                lambda r: local_moment(r.last_contact),
            ),
            Column(QT_TRANSLATE_NOOP("DesksModel", "Clock"), self._clock),
            Column(QT_TRANSLATE_NOOP("DesksModel", "Copies"), self._copies),
            Column(QT_TRANSLATE_NOOP("DesksModel", "State"), self._state),
        )

    def _role(self, row: DeskLine) -> str:
        if row.role == "door":
            return self.tr("door")
        if row.role == "organiser":
            return self.tr("organiser")
        return "—"

    def _clock(self, row: DeskLine) -> str:
        if row.clock_offset_s is None:
            return "—"
        from mornings_desktop.sync.hub_clock import spell

        if not row.clock_off:
            return self.tr("right")
        text = self.tr("%1 ahead") if row.clock_offset_s > 0 else self.tr("%1 behind")
        # "2 h 00 min" keeps its order in Arabic
        return "⚠ " + text.replace("%1", isolate(spell(row.clock_offset_s)))

    def _copies(self, row: DeskLine) -> str:
        return "⚠ " + self.tr("copied database") if row.copied else "—"

    def _state(self, row: DeskLine) -> str:
        if row.revoked_since:
            text = self.tr("revoked since %1").replace("%1", local_moment(row.revoked_since))
            if row.set_aside:
                text += " · " + self.tr("%1 set aside").replace("%1", str(row.set_aside))
            return text
        if row.disabled:
            return self.tr("disabled")
        return self.tr("active")

    def set_items(self, items: list[DeskLine]) -> None:
        self.replace_rows(items)

    def item_id(self, item: DeskLine) -> str:
        return item.desk

    def name(self, row: int) -> str | None:
        return self._rows[row].desk if 0 <= row < len(self._rows) else None
