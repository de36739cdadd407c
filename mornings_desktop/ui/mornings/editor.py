"""The form to create or edit a Morning. Keyboard first: Tab through, Enter saves, Esc cancels.

Problems are shown in the form itself (a red line with words, not only a colour) and nothing is
saved until the service accepts the whole Morning. The save runs in a job, off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.services import mornings
from mornings_desktop.services.mornings import MorningInfo, MorningInput
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.timeutil import DEFAULT_TZ
from mornings_desktop.ui.jobs import JobRunner
from mornings_desktop.ui.writes import save_then_accept

TIMEZONES = (DEFAULT_TZ, "Africa/Abidjan", "Africa/Dakar", "Africa/Tunis", "Europe/Paris", "UTC")


def _tab_leaves(widget: QWidget, event: QEvent) -> bool | None:
    """Tab or Shift+Tab moves to the next or previous field, whatever section has the cursor.

    Only the key itself: Qt's date and time fields also move between their own sections when a
    typed section is complete (after the year of 2026-12-10), and that must stay inside the field.
    """
    if (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
    ):
        forward = event.key() == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        return QWidget.focusNextPrevChild(widget, forward)
    return None


class _DateEdit(QDateEdit):
    """Tab leaves the field (Qt's walks through day, month and year, then types into the next
    field what was meant for this one); the arrow keys and the calendar still pick the parts.
    Left to right in Arabic too: right to left Qt reverses the parts of the display format as it
    is set (08:30 showed "30:08", 2026-12-10 "10-12-2026")."""

    def __init__(self) -> None:
        super().__init__()
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def event(self, event: QEvent) -> bool:
        left = _tab_leaves(self, event)
        return super().event(event) if left is None else left


class _TimeEdit(QTimeEdit):
    """Tab leaves the field, and left to right, as for the date."""

    def __init__(self) -> None:
        super().__init__()
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def event(self, event: QEvent) -> bool:
        left = _tab_leaves(self, event)
        return super().event(event) if left is None else left


class MorningEditor(QDialog):
    def __init__(
        self,
        ws: Workspace,
        morning: MorningInfo | None = None,
        parent: QWidget | None = None,
        *,
        jobs: JobRunner | None = None,
    ):
        super().__init__(parent)
        self.ws = ws
        self.jobs = jobs  # None: the window's (ui/writes.py)
        self.morning = morning
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit the Morning") if morning else self.tr("New Morning"))
        self.setMinimumWidth(520)

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.theme = QPlainTextEdit()
        self.theme.setTabChangesFocus(True)
        self.theme.setFixedHeight(60)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.date = _DateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date"))
        self.start = _TimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start"))
        self.end = _TimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("End"))
        self.venue = QLineEdit()
        self.venue.setAccessibleName(self.tr("Venue"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("not set"))
        self.capacity.setAccessibleName(self.tr("Capacity"))
        self.timezone = QComboBox()
        self.timezone.addItems(list(TIMEZONES))
        self.timezone.setAccessibleName(self.tr("Time zone"))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("T&heme"), self.theme)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("&End"), self.end)
        form.addRow(self.tr("&Venue"), self.venue)
        form.addRow(self.tr("&Capacity"), self.capacity)
        form.addRow(self.tr("Time &zone"), self.timezone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        m = self.morning
        if m is None:
            self.date.setDate(QDate.currentDate().addDays(14))
            self.start.setTime(QTime(8, 30))
            self.end.setTime(QTime(11, 0))
            self.capacity.setValue(0)
            return
        self.title.setText(m.title)
        self.theme.setPlainText(m.theme)
        self.date.setDate(QDate.fromString(m.date, "yyyy-MM-dd"))
        self.start.setTime(QTime.fromString(m.start_time, "HH:mm"))
        self.end.setTime(QTime.fromString(m.end_time, "HH:mm"))
        self.venue.setText(m.venue)
        self.capacity.setValue(m.capacity or 0)
        if self.timezone.findText(m.timezone) < 0:
            self.timezone.addItem(m.timezone)
        self.timezone.setCurrentText(m.timezone)

    def value(self) -> MorningInput:
        return MorningInput(
            title=self.title.text(),
            theme=self.theme.toPlainText(),
            date=self.date.date().toString("yyyy-MM-dd"),
            start_time=self.start.time().toString("HH:mm"),
            end_time=self.end.time().toString("HH:mm"),
            venue=self.venue.text(),
            capacity=self.capacity.value() or None,
            timezone=self.timezone.currentText(),
            status=self.morning.status if self.morning else "open",
        )

    def save(self) -> None:
        """Saved in a job; the dialog closes only once the Morning is on disk."""
        ws, value, morning = self.ws, self.value(), self.morning

        def work() -> str:
            if morning is None:
                return mornings.create(ws, value)
            mornings.update(ws, morning.id, value)
            return morning.id

        def saved(morning_id: str) -> None:
            self.saved_id = morning_id

        save_then_accept(self, work, on_saved=saved, on_problem=self._show_problem, jobs=self.jobs)

    def _show_problem(self, text: str) -> None:
        self.problem.setText("⚠ " + text)
        self.problem.show()
