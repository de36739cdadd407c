"""The forecast of the current Morning in the Mornings area: "Attendus : 212 (195–228)".

Beside it the breakdown by category, the walk-ins, how the forecast is made (`basis`), how well it
did on past Mornings (backtest: mean error, share inside the interval) and a small chart of
forecast against actual for the past Mornings. Computed off the UI thread (ui/jobs.py), again
shortly after registrations or check-ins change.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from mornings_desktop.services import forecast as forecast_service
from mornings_desktop.services.changes import Changes, Kind
from mornings_desktop.services.forecast_backtest import Backtest, BacktestRow
from mornings_desktop.services.forecast_model import Forecast
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import translate_error
from mornings_desktop.ui.jobs import Job, JobControl
from mornings_desktop.ui.labels import DATE_FIELD_FORMAT, isolate, long_date
from mornings_desktop.ui.labels import language as ui_language
from mornings_desktop.ui.state import AppState
from mornings_desktop.wording.labels import category_labels

REFRESH_DELAY_MS = 400
WATCHED = (Kind.MORNINGS, Kind.REGISTRATIONS, Kind.CHECKINS, Kind.PEOPLE)


@dataclass(frozen=True)
class PanelData:
    forecast: Forecast | None
    backtest: Backtest
    labels: dict[str, str]


def compute(workspace: Workspace, morning_id: str | None, language: str = "fr") -> PanelData:
    """What the panel shows, read in one go (runs on a worker thread)."""
    data = forecast_service.load(workspace)
    known = {mid for mid, _d, _t in data.mornings}
    f = forecast_service.forecast(workspace, morning_id, data) if morning_id in known else None
    labels = category_labels(workspace, language)  # the organiser's names, built-in ones else
    past = forecast_service.backtest(workspace, data, last=forecast_service.SHEET_MORNINGS)
    return PanelData(f, past, labels)


class ForecastChart(QWidget):
    """Past Mornings: the 80 % interval (band), the forecast (line) and the actual count (dots)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BacktestRow] = []
        self.loaded = False
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Forecast against actual, past Mornings"))

    def sizeHint(self) -> QSize:
        return QSize(360, 130)

    def set_rows(self, rows: list[BacktestRow]) -> None:
        self.rows = rows[-24:]
        self.loaded = True
        self.update()

    def message(self) -> str:
        """What the chart says instead of a line (fewer than two past Mornings), else ""."""
        if not self.loaded or len(self.rows) >= 2:
            return ""  # while the first backtest runs, the headline says it is computing
        if self.rows:
            return self.tr("One past Morning so far: the chart starts with two.")
        return self.tr("No past Morning yet.")

    def _range(self) -> tuple[float, float]:
        """The values at the top and at the bottom of the plot."""
        top = max(max(r.high, r.actual) for r in self.rows) * 1.05 + 1
        bottom = min(min(r.low, r.actual) for r in self.rows) * 0.9
        return top, bottom

    def _values(self) -> tuple[str, str]:
        top, bottom = self._range()
        return QLocale().toString(round(top)), QLocale().toString(round(bottom))

    def _plot_area(self) -> QRectF:
        """Where the lines go: left of it the values as wide as they are written (a box of a fixed
        26 pixels cut "1418" and a larger font's "108"), under it a line of dates."""
        if len(self.rows) < 2:
            return QRectF(self.rect()).adjusted(28, 8, -8, -18)
        metrics = QFontMetricsF(self.font())
        width = max(metrics.horizontalAdvance(text) for text in self._values())
        line = metrics.height()
        return QRectF(self.rect()).adjusted(width + 8, line / 2 + 2, -8, -(line + 4))

    def axis_labels(self) -> list[tuple[QRectF, str]]:
        """The value at the top and at the bottom, then the first and the last date, each with
        the box it is drawn in: its whole text, inside the chart. Empty without a line."""
        if len(self.rows) < 2:
            return []
        metrics = QFontMetricsF(self.font())
        area, line = self._plot_area(), metrics.height()
        width = area.left() - 8
        out = [
            (QRectF(2, min(max(y - line / 2, 0), self.height() - line), width, line), text)
            for text, y in zip(self._values(), (area.top(), area.bottom()), strict=True)
        ]
        days = [long_date(self.rows[0].date), long_date(self.rows[-1].date)]
        advances = [metrics.horizontalAdvance(d) for d in days]
        if sum(advances) + 12 > area.width():  # a narrow chart: the dates in figures
            days = [QDate.fromString(r.date, "yyyy-MM-dd").toString(DATE_FIELD_FORMAT)
                    for r in (self.rows[0], self.rows[-1])]  # fmt: skip
            advances = [metrics.horizontalAdvance(d) for d in days]
        foot = area.bottom() + 2
        out.append((QRectF(area.left(), foot, advances[0], line), days[0]))
        out.append((QRectF(area.right() - advances[1], foot, advances[1], line), days[1]))
        return out

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._plot_area()
        text = self.palette().text().color()
        painter.setPen(text)
        if len(self.rows) < 2:
            # Wrapped: a narrow chart cut the sentence at both ends.
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message()
            )
            return
        top, bottom = self._range()
        step = area.width() / (len(self.rows) - 1)

        def point(i: int, value: float) -> QPointF:
            y = area.bottom() - (value - bottom) / (top - bottom) * area.height()
            return QPointF(area.left() + i * step, y)

        band = QPainterPath(point(0, self.rows[0].high))
        for i, r in enumerate(self.rows):
            band.lineTo(point(i, r.high))
        for i in range(len(self.rows) - 1, -1, -1):
            band.lineTo(point(i, self.rows[i].low))
        band.closeSubpath()
        painter.fillPath(band, QColor(21, 101, 192, 50))
        painter.setPen(QPen(QColor("#1565C0"), 2))
        for i in range(len(self.rows) - 1):
            painter.drawLine(
                point(i, self.rows[i].expected), point(i + 1, self.rows[i + 1].expected)
            )
        for i, r in enumerate(self.rows):
            colour = QColor("#2E7D32") if r.inside else QColor("#C62828")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(point(i, r.actual), 3.5, 3.5)
        painter.setPen(text)
        # Time runs left to right in every language: the boxes are placed absolutely (an Arabic
        # window mirrored "left" and put the first date under the last Morning).
        absolute = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        labels = self.axis_labels()
        for box, label in labels[:2]:  # the values, against the axis
            painter.drawText(box, absolute | Qt.AlignmentFlag.AlignRight, label)
        for box, label in labels[2:]:  # the dates, each box as wide as its text
            painter.drawText(box, absolute | Qt.AlignmentFlag.AlignLeft, label)


class ForecastPanel(QGroupBox):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Breakfast forecast"))
        self.headline = QLabel()
        self.headline.setObjectName("forecastHeadline")
        self.headline.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust = QLabel()
        self.trust.setWordWrap(True)
        self.chart = ForecastChart()
        left = QVBoxLayout()
        left.addWidget(self.headline)
        left.addWidget(self.details)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.chart, 1)
        right.addWidget(self.trust)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.data: PanelData | None = None
        self._job: Job | None = None
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        state.data_changed.connect(self._on_data_changed)
        state.current_morning_changed.connect(lambda _id: self.refresh())
        self.refresh()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.any_of(*WATCHED):
            self._timer.start()

    def refresh(self) -> None:
        """Compute in a job (the first backtest fits 25 histories: seconds at 50k). While one
        runs, a second refresh only marks it stale: one more runs when it ends, not one per ask."""
        if self._job is not None and self._job.running:
            self._stale = True
            return
        self._stale = False
        workspace = self.state.workspace
        language = ui_language()  # the window's, as every label it shows
        chosen = self.state.current_morning_id
        if not self.data:
            self.headline.setText(self.tr("Computing the forecast…"))

        def job(_control: JobControl) -> PanelData:
            morning_id = chosen or forecast_service.current_morning(workspace)  # a read: here
            return compute(workspace, morning_id, language)

        self._job = self.state.jobs.run(
            job,
            title=self.tr("Forecast"),
            on_done=self._done,
            on_error=self._failed,
            parent_widget=self,
            show_dialog=False,
        )

    def _done(self, data: PanelData) -> None:
        if self._stale:
            self.refresh()
        else:
            self.show_data(data)

    def _failed(self, exc: BaseException) -> None:
        if self._stale:
            self.refresh()
        else:
            # one sentence (e.g. the history of past Mornings still arriving), where the
            # breakdown goes: the headline is one short bold line
            self.headline.setText("")
            self.details.setText(translate_error(exc))

    def show_data(self, data: PanelData) -> None:
        self.data = data
        f = data.forecast
        if f is None:
            self.headline.setText(self.tr("No Morning to forecast."))
            self.details.setText("")
        else:
            self.headline.setText(
                self.tr("Expected: {n} ({low}–{high})").format(
                    n=round(f.total), low=f.people.low, high=f.people.high
                )
            )
            self.details.setText("\n".join(self._lines(f)))
        self.chart.set_rows(list(data.backtest.rows))
        bt = data.backtest
        if bt.mae is None or bt.coverage is None:
            self.trust.setText(
                self.tr("Past forecasts will be checked once Mornings have been held.")
            )
        elif bt.scored == 1:
            inside = bt.coverage >= 1
            self.trust.setText(
                (
                    self.tr(
                        "On the one past Morning the forecast was off by {mae} people; the "
                        "actual count was inside the interval."
                    )
                    if inside
                    else self.tr(
                        "On the one past Morning the forecast was off by {mae} people; the "
                        "actual count was outside the interval."
                    )
                ).format(mae=QLocale().toString(bt.mae, "f", 1))  # 2,5 in French
            )
        else:
            self.trust.setText(
                self.tr(
                    "On %n past Mornings the forecast was off by {mae} people on average; "
                    "the actual count was inside the interval {share} % of the time.",
                    "",
                    bt.scored,
                ).format(
                    mae=QLocale().toString(bt.mae, "f", 1),  # 2,5 in French
                    share=round(bt.coverage * 100),
                )
            )

    def _lines(self, f: Forecast) -> list[str]:
        labels = self.data.labels if self.data else {}
        lines = [
            self.tr("{expected} of %n registered ({low}–{high})", "", f.registered).format(
                expected=round(f.band.expected),
                low=f.band.low,
                high=f.band.high,
            )
        ]
        for c in f.by_category:
            lines.append(
                "  "
                + self.tr("{category}: {expected} of {registered} ({low}–{high})").format(
                    category=isolate(labels.get(c.category, c.category)),
                    expected=round(c.band.expected),
                    registered=c.registered,
                    low=c.band.low,
                    high=c.band.high,
                )
            )
        lines.append(
            self.tr("Walk-ins: {expected} ({low}–{high})").format(
                expected=round(f.walk_ins.expected), low=f.walk_ins.low, high=f.walk_ins.high
            )
        )
        if f.basis == "built-in":
            lines.append(
                self.tr("Fewer than three past Mornings: built-in rates by category serve for now.")
            )
        else:
            lines.append(
                self.tr(
                    "From %n past Mornings and each person's own record.", "", f.history_mornings
                )
            )
        if f.ramadan:
            lines.append(self.tr("Ramadan Morning."))
        return lines
