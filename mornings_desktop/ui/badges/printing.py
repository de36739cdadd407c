"""Printing badges through Qt, at 100 % scale, and each printer's calibration.

`print_pdf` renders every page of a PDF with QtPdf at the printer's resolution and paints it
pixel for pixel from the paper's top-left corner (full-page mode): no fit-to-page, no margins
added, so a badge measured 80 mm on screen is 80 mm on paper. The paper size is the PDF's.

Dialogs sit behind small functions (`ask_printer`, `ask_save_path`) so tests replace them.
A printer's calibration (offsets in mm, scale) is kept in the settings under its name.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QWidget

from mornings_desktop.documents.badge_layout import Calibration
from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.paths import data_dir
from mornings_desktop.settings import Setting, Settings
from mornings_desktop.ui.folders import in_documents

PRINT_DPI = 300
LAST_PRINTER = Setting("badges/printer", "", str)
LAST_TEMPLATE = Setting("badges/template", "a4-2x4-a7", str)
DOUBLE_SIDED = Setting("badges/double_sided", False, bool)
AUTO_TEMPLATE = Setting("badges/checkin_template", "dymo-30856", str)


def user_templates_dir() -> Path:
    return data_dir() / "badge_templates"


def available_printers() -> list[str]:
    """Names of the printers the system knows (empty when none is installed)."""
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def ask_printer(parent: QWidget | None, preferred: str = "") -> QPrinter | None:
    """Let the person choose a printer (Qt's print dialog); None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if preferred and preferred in available_printers():
        printer.setPrinterName(preferred)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("badges", "Print badges"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def ask_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("badges", "Save badges as PDF"),
        in_documents(suggested),
        "PDF (*.pdf)",
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def printer_named(name: str) -> QPrinter:
    """The installed printer called `name`, at high resolution (tests replace it)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    return printer


class _Pdf:
    """A PDF opened with QtPdf from a file or from memory (the bytes' buffer kept while open)."""

    def __init__(self, pdf: Path | bytes) -> None:
        self.doc = QPdfDocument()
        self._buffer: QBuffer | None = None
        if isinstance(pdf, bytes):
            self._buffer = QBuffer()
            self._buffer.setData(QByteArray(pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.doc.load(self._buffer)  # read at once: a buffer is not sequential
        else:
            self.doc.load(str(pdf))
        self.ok = self.doc.status() == QPdfDocument.Status.Ready and self.doc.pageCount() > 0

    def close(self) -> None:
        self.doc.close()
        if self._buffer is not None:
            self._buffer.close()


def print_pdf(pdf: Path | bytes, printer: QPrinter) -> int:
    """Print every page of `pdf` (a file, or the PDF in memory) on `printer` at exactly its size;
    returns the pages printed.

    Raises UserError if the PDF cannot be read or the printer refuses to start.
    """
    opened = _Pdf(pdf)
    doc = opened.doc
    if not opened.ok:
        opened.close()
        if isinstance(pdf, Path):
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Cannot read the badge file {file}."), file=pdf
            )
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "The badges made for the printer could not be read back.")
        )
    try:
        first = doc.pagePointSize(0)
        printer.setResolution(PRINT_DPI)
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "The printer {printer} could not start printing."),
                printer=printer.printerName() or printer.outputFileName(),
            )
        try:
            dpi = printer.resolution()
            for page in range(doc.pageCount()):
                if page:
                    printer.newPage()
                size = doc.pagePointSize(page)
                pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
                image = doc.render(page, pixels)
                # Device pixels, from the paper's corner: 100 % scale, nothing fitted.
                painter.drawImage(QRectF(0, 0, pixels.width(), pixels.height()), image)
        finally:
            painter.end()
        return doc.pageCount()
    finally:
        opened.close()


def render_page(pdf: Path | bytes, page: int, dpi: float) -> QImage:
    """One page of `pdf` (a file, or the PDF in memory) as an image at `dpi` (the preview uses
    the screen's). Safe on a worker thread (QtPdf serialises its library)."""
    opened = _Pdf(pdf)
    doc = opened.doc
    try:
        if not opened.ok or page >= doc.pageCount():
            return QImage()
        size = doc.pagePointSize(page)
        pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
        rendered = doc.render(page, pixels)
    finally:
        opened.close()
    # On white, as on paper (QtPdf leaves the unpainted page transparent).
    sheet = QImage(pixels, QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return sheet


def _calibration_setting(printer_name: str) -> Setting:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in printer_name) or "default"
    return Setting(f"badges/calibration/{safe}", "", str)


def load_calibration(settings: Settings, printer_name: str) -> Calibration:
    """The saved calibration of a printer (none saved: no correction)."""
    text = settings.get(_calibration_setting(printer_name))
    try:
        return Calibration.from_json(json.loads(text)) if text else Calibration()
    except ValueError:
        return Calibration()


def save_calibration(settings: Settings, printer_name: str, calibration: Calibration) -> None:
    settings.set(_calibration_setting(printer_name), json.dumps(calibration.to_json()))
