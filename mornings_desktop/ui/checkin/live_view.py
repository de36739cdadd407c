"""Live view beside the desk: checked in / registered by category, arrivals per 5 minutes, speakers."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from mornings_desktop.services.checkin_live import LiveStats, SpeakerArrival, live_stats
from mornings_desktop.ui.checkin.forecast_line import ForecastLine
from mornings_desktop.ui.checkin.result_panel import category_labels, words
from mornings_desktop.ui.state import AppState


class ArrivalsChart(QWidget):
    """Bars of arrivals per 5-minute slot (painted; one label every few bars)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arrivals: list[tuple[str, int]] = []
        self.setMinimumHeight(150)
        self.setAccessibleName(self.tr("Arrivals per 5 minutes"))

    def set_arrivals(self, arrivals: list[tuple[str, int]]) -> None:
        self.arrivals = arrivals[-24:]  # the last two hours
        self.setAccessibleDescription(", ".join(f"{t}: {n}" for t, n in self.arrivals))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(30, 10, -10, -22)
        painter.setPen(self.palette().text().color())
        if not self.arrivals:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No arrivals yet"))
            return
        top = max(n for _, n in self.arrivals) or 1
        width = min(48.0, rect.width() / len(self.arrivals))
        # The chart is drawn left to right in every language (time runs rightwards): its text keeps
        # absolute alignments, which a right-to-left layout would otherwise mirror inside the boxes.
        absolute = Qt.AlignmentFlag.AlignAbsolute
        painter.drawText(
            QRectF(0, rect.top() - 4, 28, 16), Qt.AlignmentFlag.AlignRight | absolute, str(top)
        )
        label_width = painter.fontMetrics().horizontalAdvance("00:00") + 8
        step = max(1, len(self.arrivals) // 6, math.ceil(label_width / width))  # never overlap
        for i, (label, n) in enumerate(self.arrivals):
            h = rect.height() * n / top
            bar = QRectF(rect.left() + i * width + 2, rect.bottom() - h, max(2.0, width - 4), h)
            painter.fillRect(bar, QColor("#1b7f3b"))
            if i % step == 0:
                painter.drawText(
                    QRectF(rect.left() + i * width - 10, rect.bottom() + 4, 44, 16),
                    Qt.AlignmentFlag.AlignLeft | absolute,
                    label,
                )
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())


class LiveView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.morning_id = ""
        self.stats: LiveStats | None = None
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.total.setWordWrap(True)  # leaves the window usable at 1280 pixels wide
        self.forecast = ForecastLine(state)
        self.categories = QTableWidget(0, 2)
        self.categories.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Checked in / registered")]
        )
        self.categories.verticalHeader().hide()
        self.categories.horizontalHeader().setStretchLastSection(True)
        self.categories.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.categories.setAccessibleName(self.tr("Checked in by category"))
        self.chart = ArrivalsChart()
        self.speakers = QTableWidget(0, 3)
        self.speakers.setHorizontalHeaderLabels(
            [self.tr("Speaker"), self.tr("Arrived"), self.tr("Sessions")]
        )
        self.speakers.verticalHeader().hide()
        self.speakers.horizontalHeader().setStretchLastSection(True)
        self.speakers.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.speakers.setAccessibleName(self.tr("Speakers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(self.forecast)  # arrivals against the forecast
        layout.addWidget(self.categories, 2)
        layout.addWidget(QLabel(self.tr("Arrivals per 5 minutes")))
        layout.addWidget(self.chart, 2)
        layout.addWidget(QLabel(self.tr("Speakers")))
        layout.addWidget(self.speakers, 2)
        # Refresh at most twice a second however fast the queue moves.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.refresh)
        state.data_changed.connect(self._data_changed)  # a method: gone with the widget
        self._computing = False
        self._computing_for = ""
        self._again = False

    def _data_changed(self, _types: list[str]) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def set_morning(self, morning_id: str) -> None:
        self.morning_id = morning_id
        self.forecast.set_morning(morning_id)
        self.refresh()

    def refresh(self) -> None:
        if not self.morning_id:
            self.total.setText(self.tr("No current Morning"))
            return
        if self._computing:  # one at a time; the latest change is counted by the next one
            self._again = True
            return
        self._computing = True
        self._computing_for = morning_id = self.morning_id
        workspace = self.state.workspace
        # Off the UI thread: at 20,000 registrations the figures take a fifth of a second, and
        # a scan arriving meanwhile would wait for them.
        self.state.jobs.run(
            lambda _control: live_stats(workspace, morning_id),
            on_done=self._show,
            on_error=self._failed,
            show_dialog=False,
            cancellable=False,
        )

    def _failed(self, _exc: BaseException) -> None:
        self._computing = False  # the figures stay as they were; the next change tries again

    @staticmethod
    def session_line(speaker: SpeakerArrival) -> str:
        """A speaker's sessions, each time kept with its title (isolated in Arabic)."""
        isolate = words().isolate
        return ", ".join(isolate(f"{at} {title}") for at, title in speaker.sessions)

    def _show(self, stats: LiveStats) -> None:
        self._computing = False
        if self._again:
            self._again = False
            self._timer.start()
        if self._computing_for != self.morning_id:
            return
        self.stats = stats
        self.total.setText(
            self.tr("{arrived} of {registered}").format(
                arrived=self.tr("%n checked in", None, stats.checked_in),
                registered=self.tr("%n registered", None, stats.registered),
            )
        )
        self.categories.setRowCount(len(stats.by_category))
        labels = category_labels(self.state.workspace, self.state.settings.language)
        for row, (cat, present, registered) in enumerate(stats.by_category):
            self.categories.setItem(row, 0, QTableWidgetItem(labels.get(cat, cat)))
            self.categories.setItem(row, 1, QTableWidgetItem(f"{present} / {registered}"))
        self.chart.set_arrivals(stats.arrivals)
        self.speakers.setRowCount(len(stats.speakers))
        for row, sp in enumerate(stats.speakers):
            self.speakers.setItem(row, 0, QTableWidgetItem(sp.name))
            self.speakers.setItem(
                row, 1, QTableWidgetItem(("✔ " + sp.arrived) if sp.arrived else self.tr("not yet"))
            )
            self.speakers.setItem(row, 2, QTableWidgetItem(self.session_line(sp)))
