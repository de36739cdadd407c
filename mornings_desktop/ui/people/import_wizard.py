"""Import a registration file from the window: choose it, confirm the columns, read the report.

A workbook of several sheets asks which holds the people (the one found first chosen); a CSV
whose encoding was guessed shows the guess with its first rows, to correct (`import_choices`).
The reading and the import run as background jobs (progress, cancel; a cancel or an error leaves
nothing behind, the import being one transaction). The mapping dialog appears only when the
columns are not recognised with confidence; what a person confirms is remembered for the next
file of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.imports import mapping as mapping_mod
from mornings_desktop.imports.mapping import Mapping
from mornings_desktop.imports.preflight import ImportFileError
from mornings_desktop.imports.readers import look
from mornings_desktop.imports.registration_import import ImportReport, import_file
from mornings_desktop.ui.dialogs import show_error, translate_error
from mornings_desktop.ui.folders import in_documents
from mornings_desktop.ui.jobs import Cancelled, JobRunner
from mornings_desktop.ui.people.import_choices import EncodingDialog, SheetDialog, encoding_label
from mornings_desktop.ui.state import AppState


def field_labels() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("imports", "(not imported)"),
        "first_name": QCoreApplication.translate("imports", "First name"),
        "last_name": QCoreApplication.translate("imports", "Last name"),
        "full_name": QCoreApplication.translate("imports", "Full name"),
        "organisation": QCoreApplication.translate("imports", "Organisation"),
        "email": QCoreApplication.translate("imports", "E-mail"),
        "phone": QCoreApplication.translate("imports", "Phone"),
        "job_title": QCoreApplication.translate("imports", "Job title"),
        "category": QCoreApplication.translate("imports", "Category"),
        "external_ref": QCoreApplication.translate("imports", "Ticket number (other system)"),
        "note": QCoreApplication.translate("imports", "Note"),
        "flags": QCoreApplication.translate("imports", "Flags (VIP, payment due, dietary…)"),
        "consent_tickets": QCoreApplication.translate(
            "imports", "Consent: tickets and information"
        ),
        "consent_newsletter": QCoreApplication.translate("imports", "Consent: newsletter"),
        "consent_photos": QCoreApplication.translate("imports", "Consent: photos"),
    }


class MappingDialog(QDialog):
    """The file's first rows under a choice of field for each column."""

    def __init__(
        self, headers: list[str], rows: list[list[str]], guess: Mapping, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column holds what?"))
        self.headers = headers
        labels = field_labels()
        self.table = QTableWidget(len(rows) + 1, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("The file's first rows"))
        self.table.setTabKeyNavigation(False)  # Tab goes from one column's choice to the next
        self.combos: list[QComboBox] = []
        for column, current in enumerate(guess.columns):
            combo = QComboBox()
            for key in ("", *mapping_mod.FIELDS):
                combo.addItem(labels[key], key)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.setAccessibleName(
                self.tr("What the column “{header}” holds").format(header=headers[column])
            )
            if guess.confidence[column] < 0.8:
                combo.setToolTip(self.tr("Not recognised with confidence: please check."))
                combo.setStyleSheet("font-weight: bold;")
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for r, cells in enumerate(rows, start=1):
            for c in range(len(headers)):
                self.table.setItem(r, c, QTableWidgetItem(cells[c] if c < len(cells) else ""))
        hint = QLabel(
            self.tr(
                "Choose, for each column, what it holds. Columns in bold were not recognised "
                "with confidence. Your choice is remembered for files with the same columns."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def mapping(self) -> Mapping:
        columns = [str(c.currentData() or "") for c in self.combos]
        return Mapping(list(self.headers), columns, [1.0] * len(columns))


class ReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.summary = QLabel(summary_text(report))
        self.summary.setWordWrap(True)
        self.issues = QListWidget()
        for issue in report.skipped:
            text = QCoreApplication.translate("imports", issue.message).format(**issue.params)
            self.issues.addItem("⊘ " + text)
        for issue in report.warnings:
            text = QCoreApplication.translate("imports", issue.message).format(**issue.params)
            self.issues.addItem("⚠ " + text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)


def summary_text(report: ImportReport) -> str:
    head = (
        QCoreApplication.translate("imports", "Dry run: nothing was written.") + " "
        if report.dry_run
        else ""
    )
    # One sentence per count, each a plural message: "1 inscription créée", "قُرئ صفان".
    translate = QCoreApplication.translate
    sentences = [
        translate("imports", "{file}: %n row(s) read.", None, report.rows).format(file=report.file),
        translate(
            "imports",
            "%n registration(s) created, updated: {updated}, unchanged: {unchanged}.",
            None,
            report.created,
        ).format(updated=report.updated, unchanged=report.unchanged),
        translate(
            "imports", "%n duplicate(s) within the file merged.", None, report.duplicates_in_file
        ),
        translate(
            "imports", "%n people already in the directory.", None, report.matched_in_directory
        ),
        translate("imports", "%n row(s) skipped.", None, len(report.skipped)),
        translate("imports", "%n warning(s).", None, len(report.warnings)),
    ]
    return head + " ".join(sentences) + "".join(read_from(report))


def read_from(report: ImportReport) -> list[str]:
    """The sheet and the text encoding the file was read with, when there is a choice."""
    out: list[str] = []
    if len(report.sheets) > 1:
        out.append(
            " "
            + QCoreApplication.translate("imports", "Sheet read: {sheet}.").format(
                sheet=report.sheet
            )
        )
    if report.encoding:
        out.append(
            " "
            + QCoreApplication.translate("imports", "Text encoding: {encoding}.").format(
                encoding=encoding_label(report.encoding)
            )
        )
    return out


# -- the small functions tests replace ---------------------------------------------------------
def ask_import_file(parent: QWidget | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("imports", "Import registrations"),
        in_documents(),
        QCoreApplication.translate(
            "imports", "Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)"
        ),
    )
    return Path(path) if path else None


def ask_mapping(
    parent: QWidget | None, headers: list[str], rows: list[list[str]], guess: Mapping
) -> Mapping | None:
    dialog = MappingDialog(headers, rows, guess, parent)
    return dialog.mapping() if dialog.exec() else None


def show_report(parent: QWidget | None, report: ImportReport) -> None:
    ReportDialog(report, parent).exec()


def show_import_error(parent: QWidget | None, exc: BaseException) -> None:
    """A file that cannot be imported: one clear sentence; nothing was written."""
    if isinstance(exc, Cancelled):
        return
    show_error(parent, exc, QCoreApplication.translate("imports", "Import not done"))


@dataclass
class Preview:
    """What the read job hands the window: the table's shape and its first rows."""

    headers: list[str]
    rows: list[list[str]]
    sheet: str | None
    sheets: list[str]
    encoding: str | None
    encoding_guessed: bool
    guess: Mapping
    unreadable: dict[str, ImportFileError] = field(default_factory=dict)

    @property
    def readable(self) -> list[str]:
        """The sheets that can be offered (every sheet but those refused by the look before)."""
        return [s for s in self.sheets if s not in self.unreadable]


def unreadable_text(unreadable: dict[str, ImportFileError]) -> str:
    """One sentence per sheet left out: which, and why (the refusal's own words)."""
    out = []
    for name, exc in unreadable.items():
        why = translate_error(exc).rstrip(".")
        out.append(
            QCoreApplication.translate(
                "imports", "The sheet “{sheet}” is not offered, as it cannot be read: {reason}."
            ).format(sheet=name, reason=why[:1].lower() + why[1:])
        )
    return " ".join(out)


def ask_sheet(parent: QWidget | None, file: str, found: Preview, current: str) -> str | None:
    dialog = SheetDialog(file, found.readable, current, parent, unreadable_text(found.unreadable))
    return dialog.sheets.currentText() if dialog.exec() else None


def ask_encoding(
    parent: QWidget | None, path: Path, preview: Preview, jobs: JobRunner
) -> str | None:
    dialog = EncodingDialog(
        path, preview.encoding or "", preview.headers, preview.rows, parent, jobs=jobs
    )
    return dialog.chosen() if dialog.exec() else None


def run_import(
    parent: QWidget,
    state: AppState,
    morning_id: str,
    path: Path | None = None,
    *,
    on_finished: Callable[[ImportReport], None] | None = None,
) -> None:
    """The whole flow; returns at once (the work goes through `state.jobs`).

    Read the file (the sheet found to hold people); for a workbook of several sheets, ask which;
    for a CSV whose encoding was guessed, show the guess with the first rows and let the person
    correct it; then the columns (asked only when unsure), then the import."""
    chosen = path or ask_import_file(parent)
    if chosen is None:
        return
    ws = state.workspace
    folder = ws.path.parent

    def read(sheet: str | None, encoding: str | None, then: Callable[[Preview], None]) -> None:
        def job(control):  # type: ignore[no-untyped-def]
            control.progress(0, 0, QCoreApplication.translate("imports", "Reading the file…"))
            table, rows = look(chosen, sheet=sheet, encoding=encoding)
            guess = mapping_mod.mapping_for(folder, table.headers)
            return Preview(
                table.headers, rows, table.sheet, table.sheets, table.encoding,
                table.encoding_guessed, guess, dict(table.unreadable),
            )  # fmt: skip

        state.jobs.run(
            job,
            title=QCoreApplication.translate("imports", "Reading {file}").format(file=chosen.name),
            on_done=then,
            on_error=lambda exc: show_import_error(parent, exc),
            parent_widget=parent,
        )

    def start(found: Preview, *, sheet_asked: bool = False, encoding: str | None = None) -> None:
        if len(found.sheets) > 1 and not sheet_asked:
            sheet = ask_sheet(parent, chosen.name, found, found.sheet or found.readable[0])
            if sheet is None:
                return
            if sheet != found.sheet:
                read(sheet, None, lambda again: start(again, sheet_asked=True))
                return
        if found.encoding_guessed and encoding is None:
            picked = ask_encoding(parent, chosen, found, state.jobs)
            if picked is None:
                return
            read(found.sheet, picked, lambda again: start(again, sheet_asked=True, encoding=picked))
            return
        columns(found, encoding)

    def columns(found: Preview, encoding: str | None) -> None:
        chosen_mapping: Mapping | None = found.guess
        if not found.guess.sure:
            chosen_mapping = ask_mapping(parent, found.headers, found.rows, found.guess)
            if chosen_mapping is None:
                return
            mapping_mod.remember(folder, chosen_mapping)

        def work(control):  # type: ignore[no-untyped-def]
            return import_file(
                ws, morning_id, chosen, mapping=chosen_mapping, progress=control.progress,
                sheet=found.sheet if len(found.sheets) > 1 else None, encoding=encoding,
            )  # fmt: skip

        def done(report: ImportReport) -> None:
            show_report(parent, report)
            if on_finished is not None:
                on_finished(report)

        state.jobs.run(
            work,
            title=QCoreApplication.translate("imports", "Importing {file}").format(
                file=chosen.name
            ),
            on_done=done,
            on_error=lambda exc: show_import_error(parent, exc),
            parent_widget=parent,
        )

    read(None, None, start)
