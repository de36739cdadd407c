"""What the import wizard asks before the columns: which sheet of a workbook holds the people,
and, when a CSV's encoding was guessed, whether the names read right (with a preview that
follows the encoding chosen, read in a job)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mornings_desktop.imports.readers import look
from mornings_desktop.ui.dialogs import translate_error
from mornings_desktop.ui.jobs import Cancelled, Job, JobRunner

# The encodings a person may choose, as Python names them, in the order offered.
ENCODINGS = ("utf-8", "cp1252", "iso-8859-1", "mac-roman", "utf-16")


def encoding_label(name: str | None) -> str:
    labels = {
        "utf-8": QCoreApplication.translate("imports", "UTF-8 (Unicode)"),
        "utf-8-sig": QCoreApplication.translate("imports", "UTF-8 (Unicode)"),
        "cp1252": QCoreApplication.translate("imports", "Windows-1252 (Western European)"),
        "iso-8859-1": QCoreApplication.translate("imports", "ISO-8859-1 (Latin-1)"),
        "mac-roman": QCoreApplication.translate("imports", "Mac Roman (old Mac Excel)"),
        "utf-16": QCoreApplication.translate("imports", "UTF-16 (Unicode)"),
    }
    return labels.get(name or "", name or "")


def fill_preview(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    for r, cells in enumerate(rows):
        for c in range(len(headers)):
            table.setItem(r, c, QTableWidgetItem(cells[c] if c < len(cells) else ""))


class SheetDialog(QDialog):
    """The workbook's sheets that can be read, the one found to hold the people first chosen;
    those that cannot be read are named with why (`unreadable`, one sentence each)."""

    def __init__(
        self,
        file: str,
        sheets: list[str],
        current: str,
        parent: QWidget | None,
        unreadable: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which sheet holds the people?"))
        hint = QLabel(
            self.tr(
                "{file} has several sheets. The sheet “{sheet}” looks like the list of people; "
                "choose another if it is not."
            ).format(file=file, sheet=current)
        )
        hint.setWordWrap(True)
        self.sheets = QComboBox()
        self.sheets.addItems(sheets)
        self.sheets.setCurrentText(current)
        self.sheets.setAccessibleName(self.tr("Sheet to import"))
        self.unreadable = QLabel("⚠ " + unreadable if unreadable else "")
        self.unreadable.setWordWrap(True)
        self.unreadable.setVisible(bool(unreadable))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.sheets)
        layout.addWidget(self.unreadable)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.sheets.setFocus()


def read_preview(path: Path, encoding: str) -> tuple[list[str], list[list[str]]]:
    """The header and first rows of `path` read with `encoding` (a job's work: no Qt)."""
    table, rows = look(path, encoding=encoding)
    return table.headers, rows


class EncodingDialog(QDialog):
    """A CSV whose encoding was guessed: the guess, the first rows read with it, and a choice.

    Changing the encoding reads the first rows again in a job (a small read of the file, no
    write, never on the UI thread); the latest choice wins: an earlier read ending later is
    dropped. OK waits for the preview of the encoding chosen."""

    def __init__(
        self,
        path: Path,
        guessed: str,
        headers: list[str],
        rows: list[list[str]],
        parent: QWidget | None,
        *,
        jobs: JobRunner,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.jobs = jobs
        self.setWindowTitle(self.tr("Check the accents"))
        self._asked = 0  # the number of the latest read asked for
        self._job: Job | None = None
        hint = QLabel(
            self.tr(
                "The text encoding of {file} is not stated in the file; it was read as {encoding}. "
                "Check the names below: if the accents look wrong (“Ã©” instead of “é”), choose "
                "another encoding."
            ).format(file=path.name, encoding=encoding_label(guessed))
        )
        hint.setWordWrap(True)
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Text encoding"))
        for name in ENCODINGS:
            self.encoding.addItem(encoding_label(name), name)
        base = "utf-8" if guessed == "utf-8-sig" else guessed
        self.encoding.setCurrentIndex(max(self.encoding.findData(base), 0))
        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("The file's first rows"))
        self.preview.setTabKeyNavigation(False)
        fill_preview(self.preview, headers, rows)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.encoding.currentIndexChanged.connect(self._reread)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.encoding)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(820, 380)
        self.encoding.setFocus()

    def chosen(self) -> str:
        return str(self.encoding.currentData())

    def _reread(self) -> None:
        self._asked += 1
        number, path, encoding = self._asked, self.path, self.chosen()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)  # until the rows of this encoding are shown
        if self._job is not None:
            self._job.cancel()

        def latest() -> bool:
            return isValid(self) and number == self._asked

        def done(result: tuple[list[str], list[list[str]]]) -> None:
            if not latest():
                return  # an earlier choice's read, ended after a later one was asked
            self.error.setText("")
            ok.setEnabled(True)
            fill_preview(self.preview, *result)

        def failed(exc: BaseException) -> None:
            if not latest() or isinstance(exc, Cancelled):
                return
            # an encoding that cannot read this file: said, not imported
            self.error.setText("⚠ " + translate_error(exc))

        self._job = self.jobs.run(
            lambda _control: read_preview(path, encoding),
            title=self.tr("Reading {file}").format(file=path.name),
            on_done=done, on_error=failed, parent_widget=self, show_dialog=False,
        )  # fmt: skip
