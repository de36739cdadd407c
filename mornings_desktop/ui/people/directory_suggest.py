"""The walk-in form's directory suggestions: people of past Mornings, listed as the desk types.

A list under the name field (`services.directory_search`, the desk search's engine across every
Morning, Arabic and Latin alike). Down and Up move in it, Enter or a click chooses (`chosen`),
Escape closes it and typing goes on free. The index is read in a job (off the UI thread);
the newest build wins, an older one finishing late is dropped. Searching is in memory, on the
UI thread: a few milliseconds per key at 20,000 people (benchmarks/bench_directory.py).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListWidget, QListWidgetItem
from shiboken6 import isValid

from mornings_desktop.services.directory_search import DirectoryHit, DirectoryIndex
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.jobs import JobRunner
from mornings_desktop.ui.labels import isolate, label

SHOWN = 6


class DirectorySuggestions(QObject):
    """Watches `edit`; fills and shows `self.list` (place it under the field)."""

    chosen = Signal(object)  # DirectoryHit

    def __init__(self, edit: QLineEdit, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.edit = edit
        self.workspace = workspace
        self.index: DirectoryIndex | None = None
        self._generation = 0
        self._in_flight = 0
        self._dismissed = False
        self.hits: list[DirectoryHit] = []
        self.list = QListWidget()
        self.list.setObjectName("directorySuggestions")
        self.list.setAccessibleName(self.tr("People from past Mornings"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the name field
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._clicked)
        self.list.hide()
        edit.textEdited.connect(self._typed)
        edit.installEventFilter(self)

    # -- the index ---------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """A read of the directory is under way."""
        return self._in_flight > 0

    def load(self, jobs: JobRunner) -> None:
        """(Re)read the directory in a job; the latest load wins."""
        self._generation += 1
        self._in_flight += 1
        generation, ws = self._generation, self.workspace

        def done(index: object) -> None:
            if not isValid(self.list):  # the form was closed while the job ran
                return
            self._in_flight -= 1
            if generation == self._generation and isinstance(index, DirectoryIndex):
                self.index = index
                if self.edit.text().strip():  # typed before it was read, or handed over
                    self.update_for(self.edit.text())

        def failed(_exc: BaseException) -> None:  # no suggestions; the form works as before
            if isValid(self.list):
                self._in_flight -= 1

        jobs.run(
            lambda _control: DirectoryIndex.build(ws),
            on_done=done,
            on_error=failed,
            show_dialog=False,
        )

    # -- the list ----------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self._dismissed = False
        self.update_for(text)

    def update_for(self, text: str) -> None:
        self.hits = self.index.search(text, SHOWN) if self.index and not self._dismissed else []
        self.list.clear()
        # People who read the same (a regular and a copy an import made) show their e-mail or
        # phone too, to be told apart.
        same = Counter((hit.name, hit.organisation) for hit in self.hits)
        for hit in self.hits:
            item = QListWidgetItem(self._text(hit, contact=same[hit.name, hit.organisation] > 1))
            item.setToolTip(" · ".join(v for v in (hit.email, hit.phone) if v))
            self.list.addItem(item)
        if self.hits:
            rows = min(len(self.hits), SHOWN)
            self.list.setFixedHeight(
                self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth()
            )
            self.list.show()
        else:
            self.list.hide()

    def _text(self, hit: DirectoryHit, *, contact: bool = False) -> str:
        parts = [isolate(hit.name)]  # in Arabic, Latin names and dates keep their order
        if hit.organisation:
            parts.append(isolate(hit.organisation))
        if contact and (hit.email or hit.phone):
            parts.append(isolate(hit.email or hit.phone))
        if hit.last_morning_date or hit.last_morning:
            parts.append(
                self.tr("last Morning {date}").format(
                    date=isolate(hit.last_morning_date or hit.last_morning)
                )
            )
        if hit.category:
            parts.append(label("category", hit.category))
        return " — ".join(parts)

    def dismiss(self) -> None:
        self._dismissed = True
        self.hits = []
        self.list.clear()
        self.list.hide()

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            self.dismiss()
            self.chosen.emit(hit)

    def _clicked(self, item: QListWidgetItem) -> None:
        self._choose(self.list.row(item))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is not self.edit
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or not self.list.isVisible()
        ):
            return False
        key, row = event.key(), self.list.currentRow()
        if key == Qt.Key.Key_Down:
            self.list.setCurrentRow(min(row + 1, self.list.count() - 1))
            return True
        if key == Qt.Key.Key_Up:
            self.list.setCurrentRow(max(row - 1, 0))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self._choose(row)
            return True
        if key == Qt.Key.Key_Escape:
            self.dismiss()
            return True
        return False
