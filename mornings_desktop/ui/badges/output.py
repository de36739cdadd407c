"""Save PDF and Print on the Badges screen: the background job that makes the PDF, the printer
chosen, the print log, and the render's warnings under the preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mornings_desktop.documents.badge_data import RenderResult
from mornings_desktop.errors import UserError
from mornings_desktop.services import badges
from mornings_desktop.ui.badges import printing
from mornings_desktop.ui.dialogs import ask_yes_no, show_error, translate_error
from mornings_desktop.ui.writes import run_write

if TYPE_CHECKING:
    from mornings_desktop.ui.badges.screen import BadgesScreen


def generate_job(screen: BadgesScreen, out: Path | None, calibration=None):  # type: ignore[no-untyped-def]
    """The job making the selected badges: into the file `out`, or in memory for the printer
    (`out` None: no file of people's names left in a temporary folder)."""
    ws = screen.state.workspace
    morning_id = screen.state.current_morning_id
    rows = screen.selected_rows()
    template = screen.template()
    language = screen.state.settings.language
    double = screen.double_sided.isChecked()

    def work(control):  # type: ignore[no-untyped-def]
        def progress(done: int, total: int) -> None:
            control.progress(done, total, "")

        if out is None:
            return badges.generate_in_memory(
                ws, morning_id, rows, template, language=language,
                calibration=calibration, double_sided=double, progress=progress,
            )  # fmt: skip
        return badges.generate(
            ws, morning_id, rows, template, out, language=language,
            calibration=calibration, double_sided=double, progress=progress,
        )  # fmt: skip

    return work


def save_pdf(screen: BadgesScreen) -> None:
    if not screen.selected_rows():
        return
    path = printing.ask_save_path(screen, "badges.pdf")  # in Documents
    if path is None:
        return
    ids = [r.id for r in screen.selected_rows()]

    def done(result: RenderResult) -> None:
        screen.last_result = result
        show_warnings(screen, result)
        screen.model.saved_pdf.update(ids)  # the list no longer says "not yet"
        screen.refresh()
        screen.state.status_message.emit(
            QCoreApplication.translate(
                "BadgesScreen", "%n badge(s) saved in {file}", "", result.badges
            ).format(file=result.path)
        )

    screen.state.jobs.run(
        generate_job(screen, path),
        title=QCoreApplication.translate("BadgesScreen", "Making badges…"),
        on_done=done,
        parent_widget=screen,
    )


def print_badges(screen: BadgesScreen) -> None:
    rows = screen.selected_rows()
    if not rows:
        return
    if not printing.available_printers():
        if ask_yes_no(
            screen,
            QCoreApplication.translate("BadgesScreen", "No printer"),
            QCoreApplication.translate(
                "BadgesScreen",
                "No printer is installed on this computer. Save the badges as a PDF instead?",
            ),
        ):
            save_pdf(screen)
        return
    printer = printing.ask_printer(screen, str(screen.state.settings.get(printing.LAST_PRINTER)))
    if printer is None:
        return
    name = printer.printerName()
    screen.state.settings.set(printing.LAST_PRINTER, name)
    calibration = printing.load_calibration(screen.state.settings, name)
    template = screen.template()
    ids = [r.id for r in rows]

    def done(result: RenderResult) -> None:
        screen.last_result = result
        show_warnings(screen, result)
        try:
            printing.print_pdf(result.pdf, printer)
        except UserError as exc:
            show_error(screen, exc)
            return
        ws = screen.state.workspace
        # The print log is written in a job; the status line says so once it is on disk.
        run_write(
            screen.state.jobs,
            lambda: badges.record_prints(ws, ids, template.id),
            on_done=lambda _r: screen.state.status_message.emit(
                QCoreApplication.translate(
                    "BadgesScreen", "%n badge(s) sent to {printer}", "", len(ids)
                ).format(printer=name)
            ),
            parent=screen,
        )

    screen.state.jobs.run(
        generate_job(screen, None, calibration), title=QCoreApplication.translate("BadgesScreen", "Making badges…"), on_done=done,
        parent_widget=screen,
    )  # fmt: skip


def show_warnings(screen: BadgesScreen, result: RenderResult) -> None:
    if result.problems:
        lines = [translate_error(p) for p in result.problems]
        screen.warning_label.setText("\n".join(f"⚠ {line}" for line in lines))
        screen.warning_label.setVisible(True)
