"""The Exports screen: choose what to export, where, and in which language; the work runs as a
background job with progress and cancel; then open the file or show it in its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.services import exports, mornings
from mornings_desktop.services.changes import Changes
from mornings_desktop.settings import Setting
from mornings_desktop.ui.dialogs import translate_error
from mornings_desktop.ui.folders import default_folder
from mornings_desktop.ui.jobs import Cancelled, Job, JobControl
from mornings_desktop.ui.labels import DATE_FIELD_FORMAT, morning_choice
from mornings_desktop.ui.passphrase_gate import passphrase_ok
from mornings_desktop.ui.state import AppState

ATTENDANCE_XLSX, ATTENDANCE_CSV, SERIES_XLSX = 0, 1, 2
CSV_SEPARATOR = Setting("exports/csv_separator", "", str)
SUFFIX = {ATTENDANCE_XLSX: ".xlsx", ATTENDANCE_CSV: ".csv", SERIES_XLSX: ".xlsx"}
DATE_ROLE = Qt.ItemDataRole.UserRole + 1  # a Morning's 2026-12-10, for the file's name


# Small functions around the desktop and the file dialog, so tests replace them.
def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def ask_save_path(parent: QWidget, suggested: str, file_filter: str) -> str | None:
    title = QCoreApplication.translate("ExportsScreen", "Export to")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


class ExportsScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.last_result: exports.ExportResult | None = None
        self.job: Job | None = None

        heading = QLabel(self.tr("Exports"))
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")

        self.kind_group = QButtonGroup(self)
        self.attendance_xlsx = QRadioButton(self.tr("&Attendance workbook of a Morning (.xlsx)"))
        self.attendance_csv = QRadioButton(self.tr("Attendance list for Excel (.&csv)"))
        self.series_xlsx = QRadioButton(self.tr("&Series report over a period (.xlsx)"))
        for index, button in enumerate(
            (self.attendance_xlsx, self.attendance_csv, self.series_xlsx)
        ):
            self.kind_group.addButton(button, index)
        self.attendance_xlsx.setChecked(True)

        self.morning_combo = QComboBox()
        self.morning_combo.setAccessibleName(self.tr("Morning"))
        self.period_check = QCheckBox(self.tr("Only &between"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        self.date_from.setAccessibleName(self.tr("Period start"))
        self.date_to.setAccessibleName(self.tr("Period end"))
        for edit in (self.date_from, self.date_to):
            # Left to right in Arabic too, set before the format (right to left Qt reverses it).
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FIELD_FORMAT)
        today = QDate.currentDate()
        self.date_from.setDate(QDate(today.year(), 1, 1))
        self.date_to.setDate(QDate(today.year(), 12, 31))
        period = QHBoxLayout()
        period.addWidget(self.period_check)
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("and")))
        period.addWidget(self.date_to)
        period.addStretch(1)

        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("العربية", "ar")  # each language named in its own words
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(state.settings.language))
        )

        # The CSV's separator follows the computer's Excel (its region), not the file's language:
        # `;` by default in French and Arabic, `,` in English; a choice is remembered.
        self.separator_combo = QComboBox()
        self.separator_combo.setAccessibleName(self.tr("CSV separator"))
        self.separator_combo.addItem(self.tr("; (Excel in French or Arabic)"), ";")
        self.separator_combo.addItem(self.tr(", (Excel in English)"), ",")
        self._follow_language_separator()
        remembered = str(state.settings.get(CSV_SEPARATOR))
        if remembered in (";", ","):
            self.separator_combo.setCurrentIndex(self.separator_combo.findData(remembered))

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.setPlaceholderText(self.tr("Where to save the file"))
        self.browse_button = QPushButton(self.tr("Bro&wse…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow(self.tr("Morning:"), self.morning_combo)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Language of the file:"), self.language_combo)
        form.addRow(self.tr("CSV separator:"), self.separator_combo)
        form.addRow(self.tr("File:"), path_row)

        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export result"))
        self.open_button = QPushButton(self.tr("&Open the file"))
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.folder_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.attendance_xlsx)
        layout.addWidget(self.attendance_csv)
        layout.addWidget(self.series_xlsx)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.kind_group.idToggled.connect(self._kind_toggled)
        self.period_check.toggled.connect(lambda _on: self._update_enabled())
        self.separator_combo.activated.connect(self._separator_chosen)
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self._follow_language_separator()
        )
        self.morning_combo.currentIndexChanged.connect(lambda _i: self._suggest_path())
        self.browse_button.clicked.connect(self.browse)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_result)
        self.folder_button.clicked.connect(self.show_result_folder)
        state.data_changed.connect(self._on_data_changed)
        state.current_morning_changed.connect(lambda _id: self.refresh(follow_current=True))
        self._show_result(None)
        self.refresh()

    # -- state of the form --------------------------------------------------------------------
    def kind(self) -> int:
        return self.kind_group.checkedId()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.mornings:
            self.refresh()

    def refresh(self, *, follow_current: bool = False) -> None:
        """Fill the Morning list; the current Morning is chosen when it changes (and at first),
        a Morning the person picked here stays chosen when only the data changed."""
        picked = None if follow_current else self.morning_combo.currentData()
        chosen = picked or self.state.current_morning_id
        self.morning_combo.blockSignals(True)
        self.morning_combo.clear()
        for m in mornings.list_mornings(self.state.workspace):
            self.morning_combo.addItem(morning_choice(m.date, m.title), m.id)
            self.morning_combo.setItemData(self.morning_combo.count() - 1, m.date, DATE_ROLE)
        index = self.morning_combo.findData(chosen)
        self.morning_combo.setCurrentIndex(max(index, 0))
        self.morning_combo.blockSignals(False)
        self._suggest_path(force=follow_current and bool(self.path_edit.property("suggested")))
        self._update_enabled()

    def _kind_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._kind_changed()

    def _kind_changed(self) -> None:
        self._suggest_path(force=True)
        self._update_enabled()

    def _follow_language_separator(self) -> None:
        """Without a remembered choice, the separator of the file's language's Excel."""
        if str(self.state.settings.get(CSV_SEPARATOR)) in (";", ","):
            return
        wanted = "," if self.language_combo.currentData() == "en" else ";"
        self.separator_combo.setCurrentIndex(self.separator_combo.findData(wanted))

    def _separator_chosen(self, _index: int) -> None:
        self.state.settings.set(CSV_SEPARATOR, str(self.separator_combo.currentData()))

    def _update_enabled(self) -> None:
        series = self.kind() == SERIES_XLSX
        self.separator_combo.setEnabled(self.kind() == ATTENDANCE_CSV)
        self.morning_combo.setEnabled(not series and self.morning_combo.count() > 0)
        self.period_check.setEnabled(series)
        self.date_from.setEnabled(series and self.period_check.isChecked())
        self.date_to.setEnabled(series and self.period_check.isChecked())
        running = self.job is not None and self.job.running
        self.export_button.setEnabled(not running and (series or self.morning_combo.count() > 0))

    def suggested_name(self) -> str:
        if self.kind() == SERIES_XLSX:
            return self.tr("series") + ".xlsx"
        morning = str(self.morning_combo.currentData(DATE_ROLE) or "") or "matinale"
        stem = self.tr("attendance")
        return f"{stem}-{morning}{SUFFIX[self.kind()]}"

    def _suggest_path(self, force: bool = False) -> None:
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else default_folder()
        if force or not current or self.path_edit.property("suggested"):
            self.path_edit.setText(str(folder / self.suggested_name()))
            self.path_edit.setProperty("suggested", True)

    def browse(self) -> None:
        file_filter = (
            self.tr("CSV file (*.csv)")
            if self.kind() == ATTENDANCE_CSV
            else self.tr("Excel workbook (*.xlsx)")
        )
        path = ask_save_path(self, self.path_edit.text() or self.suggested_name(), file_filter)
        if path:
            suffix = SUFFIX[self.kind()]
            if not path.lower().endswith(suffix):
                path += suffix
            self.path_edit.setText(path)
            self.path_edit.setProperty("suggested", False)

    # -- the job ------------------------------------------------------------------------------
    def start_export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.browse()
            text = self.path_edit.text().strip()
            if not text:
                return
        target = Path(text)
        # A door desk: personal data leaves only with the organiser's word (as `mornings export`).
        if not passphrase_ok(self, self.state.workspace):
            return
        kind = self.kind()
        language = str(self.language_combo.currentData())
        separator = str(self.separator_combo.currentData())
        workspace = self.state.workspace
        morning_id = str(self.morning_combo.currentData() or "")
        period = (
            (
                self.date_from.date().toString("yyyy-MM-dd"),
                self.date_to.date().toString("yyyy-MM-dd"),
            )
            if self.period_check.isChecked()
            else (None, None)
        )

        def work(control: JobControl) -> exports.ExportResult:
            if kind == SERIES_XLSX:
                return exports.export_series(
                    workspace,
                    target,
                    date_from=period[0],
                    date_to=period[1],
                    language=language,
                    progress=control.progress,
                )
            return exports.export_attendance(
                workspace, morning_id, target, language=language, progress=control.progress,
                separator=separator if kind == ATTENDANCE_CSV else None,
            )  # fmt: skip

        self._show_result(None)
        self.status.setText(self.tr("Exporting…"))
        self.job = self.state.jobs.run(
            work,
            title=self.tr("Exporting"),
            on_done=self._done,
            on_error=self._failed,
            parent_widget=self,
        )
        self._update_enabled()

    def _done(self, result: exports.ExportResult) -> None:
        self._show_result(result)
        self.status.setText(
            "✔ " + self.tr("Saved {file} (%n row(s)).", "", result.rows).format(file=result.path)
        )
        self._update_enabled()

    def _failed(self, exc: BaseException) -> None:
        self._show_result(None)
        if isinstance(exc, Cancelled):
            self.status.setText("✖ " + self.tr("Export cancelled; no file was written."))
        else:
            self.status.setText(
                "✖ " + self.tr("Not exported: {reason}").format(reason=translate_error(exc))
            )
        self._update_enabled()

    def _show_result(self, result: exports.ExportResult | None) -> None:
        self.last_result = result
        self.open_button.setVisible(result is not None)
        self.folder_button.setVisible(result is not None)

    def open_result(self) -> None:
        if self.last_result is not None:
            open_file(self.last_result.path)

    def show_result_folder(self) -> None:
        if self.last_result is not None:
            show_in_folder(self.last_result.path)
