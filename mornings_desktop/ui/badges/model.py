"""Item model of the people whose badges are selected, with how often each was printed."""

from __future__ import annotations

from typing import Any

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.services.badges import PrintEntry
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.timeutil import iso_to_local
from mornings_desktop.ui.table_model import LEADING, Column, ColumnTableModel

_CTX = "BadgeSelectionModel"


class BadgeSelectionModel(ColumnTableModel[RegistrationRow]):
    NAME, ORGANISATION, CATEGORY, CHECKED_IN, PRINTED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._printed: dict[str, int] = {}
        self._labels: dict[str, str] = {}
        self._logs: dict[str, list[PrintEntry]] = {}
        self.saved_pdf: set[str] = set()  # badges saved as a PDF here (saving is not printing)
        self.timezone = "Africa/Casablanca"
        self.columns = (
            Column(QT_TRANSLATE_NOOP(_CTX, "Name"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP(_CTX, "Organisation"), lambda r: r.organisation),
            Column(
                QT_TRANSLATE_NOOP(_CTX, "Category"),
                lambda r: self._labels.get(r.category, r.category),
            ),
            Column(QT_TRANSLATE_NOOP(_CTX, "Checked in"), self._checked_in, LEADING),
            Column(
                QT_TRANSLATE_NOOP(_CTX, "Badge printed"),
                self._printed_text,
                LEADING,
                tooltip=lambda r: self._log_text(r.id),
            ),
        )

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

    def _checked_in(self, r: RegistrationRow) -> str:
        return "✓ " + self.tr("yes") if r.checked_in else "— " + self.tr("no")

    def _printed_text(self, r: RegistrationRow) -> str:
        count = self._printed.get(r.id, 0)
        if count == 0 and r.id in self.saved_pdf:
            return "▤ " + self.tr("saved as PDF, not printed")
        if count == 0:
            return "— " + self.tr("not yet")
        if count == 1:
            return "✓ " + self.tr("once")
        return "✓ " + self.tr("%n time(s)", "", count)

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
