"""Item model of the people whose badges are selected, with how often each was printed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mornings_desktop.services.badges import PrintEntry
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.timeutil import iso_to_local

Index = QModelIndex | QPersistentModelIndex


class BadgeSelectionModel(QAbstractTableModel):
    NAME, ORGANISATION, CATEGORY, CHECKED_IN, PRINTED = range(5)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RegistrationRow] = []
        self._printed: dict[str, int] = {}
        self._labels: dict[str, str] = {}
        self._logs: dict[str, list[PrintEntry]] = {}
        self.saved_pdf: set[str] = set()  # badges saved as a PDF here (saving is not printing)
        self.timezone = "Africa/Casablanca"

    def set_rows(
        self,
        rows: list[RegistrationRow],
        printed: dict[str, int],
        labels: dict[str, str],
        logs: dict[str, list[PrintEntry]] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._printed = dict(printed)
        self._labels = dict(labels)
        self._logs = dict(logs or {})
        self.endResetModel()

    def _log_text(self, registration_id: str) -> str:
        lines = []
        for entry in self._logs.get(registration_id, []):
            when = iso_to_local(entry.at, self.timezone).strftime("%Y-%m-%d %H:%M")
            kind = self.tr("reprint") if entry.reprint else self.tr("printed")
            lines.append(f"{when} — {kind} ({entry.template})")
        return "\n".join(lines)

    def registration(self, row: int) -> RegistrationRow:
        return self._rows[row]

    def row_of(self, registration_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == registration_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Category"),
            self.tr("Checked in"),
            self.tr("Badge printed"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return r.name
            if col == self.ORGANISATION:
                return r.organisation
            if col == self.CATEGORY:
                return self._labels.get(r.category, r.category)
            if col == self.CHECKED_IN:
                return "✓ " + self.tr("yes") if r.checked_in else "— " + self.tr("no")
            if col == self.PRINTED:
                count = self._printed.get(r.id, 0)
                if count == 0 and r.id in self.saved_pdf:
                    return "▤ " + self.tr("saved as PDF, not printed")
                if count == 0:
                    return "— " + self.tr("not yet")
                if count == 1:
                    return "✓ " + self.tr("once")
                return "✓ " + self.tr("%n time(s)", "", count)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PRINTED:
            return self._log_text(r.id) or None
        if role == self.IdRole:
            return r.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.CHECKED_IN, self.PRINTED):
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        return None
