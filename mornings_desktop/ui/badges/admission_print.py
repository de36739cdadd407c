"""The badge printed at the check-in desk right after an admission (print-on-admission).

Runs on the desk's print worker (`ui/checkin/badge_queue.py`), never on the UI thread. With the
environment variable `MORNINGS_PRINTER_SINK` set to a folder, the printer is that folder: each
badge PDF is written there as `00001-<registration>.pdf`, in print order (tests, benchmarks,
a desk without a printer that wants the PDFs); everything up to the printer is the real path.
"""

from __future__ import annotations

import os
from pathlib import Path

from mornings_desktop.documents.badge_catalogue import load_catalogue
from mornings_desktop.documents.badge_data import BadgeContext
from mornings_desktop.documents.badge_templates import BadgeTemplate
from mornings_desktop.documents.render_process import BadgeRenderer
from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.services import badges
from mornings_desktop.ui.badges import printing
from mornings_desktop.ui.badges.printing import user_templates_dir
from mornings_desktop.ui.state import AppState

SINK_ENV = "MORNINGS_PRINTER_SINK"


def to_sink(pdf: bytes, folder: Path, registration_id: str) -> Path:
    """The file printer: the badge PDF written into `folder`, numbered in print order."""
    folder.mkdir(parents=True, exist_ok=True)
    number = len(list(folder.glob("*.pdf"))) + 1
    target = folder / f"{number:05d}-{registration_id.replace('/', '_')}.pdf"
    target.write_bytes(pdf)
    return target


def print_badge_on_admission(
    state: AppState,
    registration_id: str,
    *,
    reprint: bool = False,
    render: badges.Render | None = None,
) -> badges.AdmissionPrint:
    """For the check-in desk, right after an admission: when "print badges at check-in" is on
    (settings.PRINT_ON_CHECKIN) and the person has no badge yet, print it on the desk's printer
    (the last one chosen) with the check-in template and its calibration, and log it.
    `reprint=True` (a "Reprint badge" button) prints again whatever the setting, logged as a reprint.

    Raises UserError when no printer is installed or set, so the desk can say so; the admission
    itself is already saved either way. `render` draws the badge (the desk's render process).
    """
    from mornings_desktop.settings import PRINT_ON_CHECKIN

    enabled = bool(state.settings.get(PRINT_ON_CHECKIN))
    if not enabled and not reprint:
        return badges.AdmissionPrint(False, "disabled")
    sink = os.environ.get(SINK_ENV, "")
    name = str(state.settings.get(printing.LAST_PRINTER))
    if sink:
        name = name or "sink"
    elif not name or name not in printing.available_printers():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "No badge printer is set: choose one once from the Badges screen."
            )
        )
    template = desk_template(state)

    def send(pdf: bytes) -> None:
        if sink:
            to_sink(pdf, Path(sink), registration_id)
            return
        printing.print_pdf(pdf, printing.printer_named(name))

    return badges.print_on_admission(
        state.workspace, registration_id, enabled=enabled, reprint=reprint, template=template,
        send_to_printer=send, language=state.settings.language,
        calibration=printing.load_calibration(state.settings, name), render=render,
    )  # fmt: skip


def desk_template(state: AppState) -> BadgeTemplate:
    """The template badges printed at the desk use (the Badges screen's "at check-in" choice)."""
    catalogue = load_catalogue(user_templates_dir())
    return catalogue.get(str(state.settings.get(printing.AUTO_TEMPLATE)))


def start_renderer(state: AppState, renderer: BadgeRenderer) -> None:
    """Start the desk's render process with its template, language and calibration loaded
    (made-up data), so that the first person's badge does not wait for it. Off the UI thread."""
    renderer.start(desk_template(state), BadgeContext(language=state.settings.language))
