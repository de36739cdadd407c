"""What the import wizard asks before the columns: which sheet of a workbook holds the people,
and, when a CSV's encoding was guessed, whether the names read right (with a preview that
follows the encoding chosen)."""

from __future__ import annotations

from collections.abc import Callable
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

from mornings_desktop.imports.readers import look

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


class EncodingDialog(QDialog):
    """A CSV whose encoding was guessed: the guess, the first rows read with it, and a choice.

    Changing the encoding reads the first rows again (a small read of the file, no write)."""

    def __init__(
        self,
        path: Path,
        guessed: str,
        headers: list[str],
        rows: list[list[str]],
        parent: QWidget | None,
        *,
        reader: Callable[[str], tuple[list[str], list[list[str]]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Check the accents"))
        self.reader = reader or self._read
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

    def _read(self, encoding: str) -> tuple[list[str], list[list[str]]]:
        table, rows = look(self.path, encoding=encoding)
        return table.headers, rows

    def _reread(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            headers, rows = self.reader(self.chosen())
        except Exception as exc:  # an encoding that cannot read this file: said, not imported
            self.error.setText("⚠ " + str(exc))
            ok.setEnabled(False)
            return
        self.error.setText("")
        ok.setEnabled(True)
        fill_preview(self.preview, headers, rows)
