"""Calibration of a printer: print the test page, measure, type the corrections, save.

Each printer shifts and sometimes stretches what it prints a little. The test page has rulers from
the paper's edges and crosshairs at known places; the person measures where a crosshair landed and
types the difference. Positive offsets move the print right and down. The values are saved per
printer and applied to every badge printed on it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.documents.badge_layout import Calibration
from mornings_desktop.documents.badge_templates import BadgeTemplate
from mornings_desktop.documents.calibration_pdf import calibration_page_pdf, render_test_page
from mornings_desktop.errors import UserError
from mornings_desktop.settings import Settings
from mornings_desktop.ui.badges import printing
from mornings_desktop.ui.dialogs import show_error
from mornings_desktop.ui.jobs import JobRunner


class CalibrationDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        template: BadgeTemplate,
        jobs: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calibrate a printer"))
        self.settings = settings
        self.template = template
        self.jobs = jobs  # the test page saved as a PDF is written by a job
        self.printer_box = QComboBox()
        self.printer_box.addItems(printing.available_printers())
        last = str(settings.get(printing.LAST_PRINTER))
        if last:
            self.printer_box.setCurrentIndex(max(0, self.printer_box.findText(last)))
        self.offset_x = self._spin(-30, 30, 0.1, 1, " mm")
        self.offset_y = self._spin(-30, 30, 0.1, 1, " mm")
        self.scale_x = self._spin(80, 120, 0.1, 2, " %")
        self.scale_y = self._spin(80, 120, 0.1, 2, " %")
        help_text = QLabel(
            self.tr(
                "1. Print the test page on plain paper. 2. Measure where the crosshairs landed "
                "against the numbers printed beside them (or hold the page against a sheet of "
                "labels). 3. Type the differences: a positive offset moves the print right or "
                "down; a scale of 100 % prints exactly. 4. Print the test page again to check."
            )
        )
        help_text.setWordWrap(True)
        self.none_label = QLabel(
            self.tr("No printer is installed: you can still save the test page as a PDF.")
        )
        self.none_label.setVisible(self.printer_box.count() == 0)
        self.test_button = QPushButton(self.tr("&Print test page"))
        self.save_test_button = QPushButton(self.tr("Save test page as P&DF…"))
        self.test_button.setEnabled(self.printer_box.count() > 0)
        self.test_button.clicked.connect(self.print_test_page)
        self.save_test_button.clicked.connect(self.save_test_page)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self.printer_box.count() > 0
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("P&rinter:"), self.printer_box)
        form.addRow(self.tr("Move right by:"), self.offset_x)
        form.addRow(self.tr("Move down by:"), self.offset_y)
        form.addRow(self.tr("Horizontal scale:"), self.scale_x)
        form.addRow(self.tr("Vertical scale:"), self.scale_y)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.none_label)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.save_test_button)
        layout.addWidget(self.buttons)
        self.printer_box.currentTextChanged.connect(self._load)
        self._load(self.printer_box.currentText())

    @staticmethod
    def _spin(low: float, high: float, step: float, decimals: int, suffix: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setDecimals(decimals)
        box.setSuffix(suffix)
        return box

    def _load(self, printer_name: str) -> None:
        cal = (
            printing.load_calibration(self.settings, printer_name)
            if printer_name
            else Calibration()
        )
        self.set_calibration(cal)

    def set_calibration(self, cal: Calibration) -> None:
        self.offset_x.setValue(cal.offset_x_mm)
        self.offset_y.setValue(cal.offset_y_mm)
        self.scale_x.setValue(cal.scale_x * 100)
        self.scale_y.setValue(cal.scale_y * 100)

    def calibration(self) -> Calibration:
        return Calibration(
            round(self.offset_x.value(), 2),
            round(self.offset_y.value(), 2),
            round(self.scale_x.value() / 100, 4),
            round(self.scale_y.value() / 100, 4),
        )

    def test_page(self) -> bytes:
        """The test page with the calibration typed, in memory (no file left behind)."""
        return calibration_page_pdf(self.template, self.calibration())

    def print_test_page(self) -> None:
        name = self.printer_box.currentText()
        if not name:
            return
        try:
            printing.print_pdf(self.test_page(), printing.printer_named(name))
        except UserError as exc:
            show_error(self, exc)

    def save_test_page(self) -> None:
        path = printing.ask_save_path(self, str(Path.home() / "calibration.pdf"))
        if path is None:
            return
        template, calibration = self.template, self.calibration()
        self.jobs.run(
            lambda _control: render_test_page(template, path, calibration),
            parent_widget=self,
            show_dialog=False,
        )

    def save(self) -> None:
        name = self.printer_box.currentText()
        if name:
            printing.save_calibration(self.settings, name, self.calibration())
        self.accept()
