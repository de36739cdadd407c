"""One line in the desk's live view: how many the forecast expects, to read arrivals against it.

Computed once per Morning off the UI thread (ui/jobs.py): the forecast does not move while people
arrive (it is made from the registrations and the past Mornings).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from mornings_desktop.services import forecast as forecast_service
from mornings_desktop.services.forecast_model import Forecast
from mornings_desktop.ui.jobs import JobControl
from mornings_desktop.ui.state import AppState


class ForecastLine(QLabel):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.morning_id = ""
        self.forecast: Forecast | None = None
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Forecast"))

    def set_morning(self, morning_id: str) -> None:
        if morning_id == self.morning_id:
            return
        self.morning_id, self.forecast = morning_id, None
        self.setText("")
        if not morning_id:
            return
        workspace = self.state.workspace

        def job(_control: JobControl) -> Forecast:
            return forecast_service.forecast(workspace, morning_id)

        self.state.jobs.run(
            job,
            title=self.tr("Forecast"),
            on_done=self._show,
            on_error=lambda _exc: self.setText(""),
            parent_widget=self,
            show_dialog=False,
        )

    def _show(self, f: Forecast) -> None:
        if f.morning_id != self.morning_id:
            return  # another Morning was chosen meanwhile
        self.forecast = f
        self.setText(
            self.tr(
                "Forecast: %n expected ({low}–{high}), walk-ins included", "", round(f.total)
            ).format(low=f.people.low, high=f.people.high)
        )
