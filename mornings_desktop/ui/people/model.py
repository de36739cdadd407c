"""Item models of the People area: a Morning's registrations, and the directory.

The registrations model keeps every row and a list of the visible ones; filtering (category,
status, search through `PeopleIndex`) rebuilds that list in one pass, so 20,000 rows filter and
sort without a per-row Python callback from a proxy.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from mornings_desktop.services.categories import CategoryInfo
from mornings_desktop.services.people import PersonRow
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.search import PeopleIndex, fold  # fold is cached
from mornings_desktop.ui.labels import language
from mornings_desktop.wording import labels

Index = QModelIndex | QPersistentModelIndex
ALL = ""


class RegistrationsModel(QAbstractTableModel):
    NAME, ORGANISATION, CATEGORY, EMAIL, PHONE, STATUS, ARRIVAL, CODE = range(8)
    COLUMNS = 8
    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RegistrationRow] = []
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
        if column == self.NAME:
            return lambda r: (fold(r.last_name), fold(r.first_name))
        if column == self.ORGANISATION:
            return lambda r: fold(r.organisation)
        if column == self.CATEGORY:
            return lambda r: (
                self._categories[r.category].position if r.category in self._categories else 99
            )
        if column == self.STATUS:
            return lambda r: r.status
        if column == self.ARRIVAL:
            return lambda r: r.arrival or "~"
        if column == self.EMAIL:
            return lambda r: r.email.lower()
        if column == self.PHONE:
            return lambda r: r.phone
        return lambda r: r.code

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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Category"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Status"),
            self.tr("Arrival"),
            self.tr("Code"),
        ][section]

    def category_label(self, key: str) -> str:
        category = self._categories.get(key)
        return (
            category.label(self.language)
            if category
            else labels.label("category", key, self.language)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._visible)):
            return None
        r = self._rows[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return r.name
            if column == self.ORGANISATION:
                return r.organisation
            if column == self.CATEGORY:
                return self.category_label(r.category)
            if column == self.EMAIL:
                return r.email
            if column == self.PHONE:
                return r.phone
            if column == self.STATUS:
                if r.status == "cancelled":
                    return self.tr("✗ Cancelled")
                if r.walk_in:
                    return self.tr("Walk-in")
                return self.tr("Registered")
            if column == self.ARRIVAL:
                return f"✓ {r.arrival[11:16]}" if r.checked_in and r.arrival else ""
            if column == self.CODE:
                return r.code
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.CATEGORY:
            category = self._categories.get(r.category)
            return QColor(category.colour) if category else None
        if role == Qt.ItemDataRole.FontRole and r.status == "cancelled":
            font = QFont()
            font.setStrikeOut(column == self.NAME)
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ARRIVAL and r.checked_in:
            return self.tr("Arrived at {time}").format(time=r.arrival or "")
        if role == self.IdRole:
            return r.id
        return None


class DirectoryModel(QAbstractTableModel):
    NAME, ORGANISATION, EMAIL, PHONE, REGISTRATIONS, ATTENDED = range(6)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._visible: list[int] = []
        self.query = ""

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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Mornings"),
            self.tr("Attended"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._visible)):
            return None
        p = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            if p.erased:
                values: list[Any] = [self.tr("(erased)"), "", "", "", p.registrations, p.attended]
            else:
                values = [p.name, p.organisation, p.email, p.phone, p.registrations, p.attended]
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.REGISTRATIONS:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == self.IdRole:
            return p.id
        return None
