"""Item models of the People area: a Morning's registrations, and the directory.

The registrations model keeps every row and a list of the visible ones; filtering (category,
status, search through `PeopleIndex`) rebuilds that list in one pass, so 20,000 rows filter and
sort without a per-row Python callback from a proxy.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.services.categories import CategoryInfo
from mornings_desktop.services.people import PersonRow
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.search import PeopleIndex, fold  # fold is cached
from mornings_desktop.ui.labels import language
from mornings_desktop.ui.table_model import TRAILING, Column, ColumnTableModel
from mornings_desktop.wording import labels

ALL = ""


_REG = "RegistrationsModel"
_DIR = "DirectoryModel"


class RegistrationsModel(ColumnTableModel[RegistrationRow]):
    NAME, ORGANISATION, CATEGORY, EMAIL, PHONE, STATUS, ARRIVAL, CODE = range(8)
    COLUMNS = 8
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._position: dict[str, int] = {}
        self._key_cache: dict[int, list[Any]] = {}
        self._visible: list[int] = []
        self._categories: dict[str, CategoryInfo] = {}
        self.language = language()
        self.index_: PeopleIndex | None = None
        self.query = ""
        self.category = ALL
        self.status = ALL  # "", registered, cancelled, present, absent
        self._sort: tuple[int, Qt.SortOrder] = (self.NAME, Qt.SortOrder.AscendingOrder)
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP(_REG, "Name"),
                lambda r: r.name,
                sort_key=lambda r: (fold(r.last_name), fold(r.first_name)),
            ),
            Column(
                QT_TRANSLATE_NOOP(_REG, "Organisation"),
                lambda r: r.organisation,
                sort_key=lambda r: fold(r.organisation),
            ),
            Column(
                QT_TRANSLATE_NOOP(_REG, "Category"),
                lambda r: self.category_label(r.category),
                sort_key=self._category_position,
            ),
            Column(
                QT_TRANSLATE_NOOP(_REG, "E-mail"),
                lambda r: r.email,
                sort_key=lambda r: r.email.lower(),
            ),
            Column(QT_TRANSLATE_NOOP(_REG, "Phone"), lambda r: r.phone, sort_key=lambda r: r.phone),
            Column(QT_TRANSLATE_NOOP(_REG, "Status"), self._status, sort_key=lambda r: r.status),
            Column(
                QT_TRANSLATE_NOOP(_REG, "Arrival"),
                lambda r: f"✓ {r.arrival[11:16]}" if r.checked_in and r.arrival else "",
                tooltip=lambda r: (
                    self.tr("Arrived at {time}").format(time=r.arrival or "")
                    if r.checked_in
                    else None
                ),
                sort_key=lambda r: r.arrival or "~",
            ),
            Column(QT_TRANSLATE_NOOP(_REG, "Code"), lambda r: r.code, sort_key=lambda r: r.code),
        )

    # -- data in ------------------------------------------------------------------------------
    def set_rows(
        self,
        rows: list[RegistrationRow],
        categories: list[CategoryInfo],
        index: PeopleIndex | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._position = {r.id: i for i, r in enumerate(self._rows)}
        self._key_cache = {}
        self._categories = {c.key: c for c in categories}
        self.index_ = index
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_filter(
        self, query: str | None = None, category: str | None = None, status: str | None = None
    ) -> None:
        if query is not None:
            self.query = query
        if category is not None:
            self.category = category
        if status is not None:
            self.status = status
        self.beginResetModel()
        self._visible = self._compute_visible()
        self.endResetModel()

    def _compute_visible(self) -> list[int]:
        rows = self._rows
        wanted_cat, wanted_status = self.category, self.status

        def keep(r: RegistrationRow) -> bool:
            if wanted_cat and r.category != wanted_cat:
                return False
            if wanted_status == "registered":
                return r.status != "cancelled"
            if wanted_status == "cancelled":
                return r.status == "cancelled"
            if wanted_status == "present":
                return r.checked_in
            if wanted_status == "absent":
                return not r.checked_in and r.status != "cancelled"
            return True

        if self.query.strip() and self.index_ is not None:
            position = self._position
            ranked = self.index_.ranked_ids(self.query) or []  # best first
            found = (position.get(registration_id) for registration_id in ranked)
            return [i for i in found if i is not None and keep(rows[i])]
        if not wanted_cat and not wanted_status:
            visible = list(range(len(rows)))
        else:
            visible = [i for i, r in enumerate(rows) if keep(r)]
        column, order = self._sort
        keys = self._keys(column)
        visible.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return visible

    def _keys(self, column: int) -> list[Any]:
        """Sort keys of every row for a column, computed once per set of rows."""
        keys = self._key_cache.get(column)
        if keys is None:
            key = self._sort_key(column)
            keys = self._key_cache[column] = [key(r) for r in self._rows]
        return keys

    def _sort_key(self, column: int) -> Any:
        if 0 <= column < len(self.columns):
            key = self.columns[column].sort_key
            if key is not None:
                return key
        return lambda r: r.code

    def _category_position(self, r: RegistrationRow) -> int:
        return self._categories[r.category].position if r.category in self._categories else 99

    def _status(self, r: RegistrationRow) -> str:
        if r.status == "cancelled":
            return self.tr("✗ Cancelled")
        if r.walk_in:
            return self.tr("Walk-in")
        return self.tr("Registered")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._visible = self._compute_visible()
        self.layoutChanged.emit()

    # -- data out -----------------------------------------------------------------------------
    def registration(self, row: int) -> RegistrationRow:
        return self._rows[self._visible[row]]

    def row_of(self, registration_id: str) -> int:
        for visible_row, i in enumerate(self._visible):
            if self._rows[i].id == registration_id:
                return visible_row
        return -1

    def total(self) -> int:
        return len(self._rows)

    def visible_count(self) -> int:
        return len(self._visible)

    def item(self, row: int) -> RegistrationRow:
        return self._rows[self._visible[row]]

    def category_label(self, key: str) -> str:
        category = self._categories.get(key)
        return (
            category.label(self.language)
            if category
            else labels.label("category", key, self.language)
        )

    def extra_data(self, r: RegistrationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == self.CATEGORY:
            category = self._categories.get(r.category)
            return QColor(category.colour) if category else None
        if role == Qt.ItemDataRole.FontRole and r.status == "cancelled":
            font = QFont()
            font.setStrikeOut(column == self.NAME)
            font.setItalic(True)
            return font
        return None


class DirectoryModel(ColumnTableModel[PersonRow]):
    NAME, ORGANISATION, EMAIL, PHONE, REGISTRATIONS, ATTENDED = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._visible: list[int] = []
        self.query = ""
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP(_DIR, "Name"),
                lambda p: self.tr("(erased)") if p.erased else p.name,
            ),
            Column(
                QT_TRANSLATE_NOOP(_DIR, "Organisation"), lambda p: _unless_erased(p, p.organisation)
            ),
            Column(QT_TRANSLATE_NOOP(_DIR, "E-mail"), lambda p: _unless_erased(p, p.email)),
            Column(QT_TRANSLATE_NOOP(_DIR, "Phone"), lambda p: _unless_erased(p, p.phone)),
            Column(QT_TRANSLATE_NOOP(_DIR, "Mornings"), lambda p: p.registrations, TRAILING),
            Column(QT_TRANSLATE_NOOP(_DIR, "Attended"), lambda p: p.attended, TRAILING),
        )

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._visible = self._filter()
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self.query = query
        self._visible = self._filter()
        self.endResetModel()

    def _filter(self) -> list[int]:
        words = fold(self.query).split()
        if not words:
            return list(range(len(self._rows)))
        out = []
        for i, p in enumerate(self._rows):
            text = fold(f"{p.name} {p.organisation} {p.email} {p.phone}")
            if all(w in text for w in words):
                out.append(i)
        return out

    def person(self, row: int) -> PersonRow:
        return self._rows[self._visible[row]]

    def row_of(self, person_id: str) -> int:
        for visible_row, i in enumerate(self._visible):
            if self._rows[i].id == person_id:
                return visible_row
        return -1

    def visible_count(self) -> int:
        return len(self._visible)

    def item(self, row: int) -> PersonRow:
        return self._rows[self._visible[row]]


def _unless_erased(person: PersonRow, value: str) -> str:
    return "" if person.erased else value
