"""The Badges screen's true-scale preview of page 1, made by a job and kept in memory.

The PDF is rendered in memory (`services.badges.generate_in_memory`) and its first page drawn with
QtPdf at the screen's resolution, with dashed outlines where the stock's die-cuts are: no file of
people's names in a temporary folder, and no rendering on the UI thread. Each preview carries the
number of the request it answers, so the screen drops one overtaken by a newer selection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from mornings_desktop.documents.badge_data import RenderResult
from mornings_desktop.documents.badge_layout import sheet_positions
from mornings_desktop.documents.badge_templates import BadgeTemplate
from mornings_desktop.errors import UserError
from mornings_desktop.services import badges
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.badges import printing
from mornings_desktop.ui.jobs import JobControl


@dataclass(frozen=True)
class Preview:
    """A preview made by a job: which request it answers, and the page or the problem."""

    asked: int
    template: BadgeTemplate
    result: RenderResult | None
    image: QImage
    problem: UserError | None


def preview_job(
    ws: Workspace,
    morning_id: str,
    rows: Sequence[RegistrationRow],
    template: BadgeTemplate,
    *,
    language: str,
    dpi: float,
    asked: int,
) -> Callable[[JobControl], Preview]:
    """The job making page 1 of `rows` at `dpi`; a refused selection comes back as `problem`."""

    def work(_control: JobControl) -> Preview:
        try:
            result = badges.generate_in_memory(ws, morning_id, rows, template, language=language)
        except UserError as exc:
            return Preview(asked, template, None, QImage(), exc)
        image = printing.render_page(result.pdf, 0, dpi)
        outline_badges(image, template, dpi)
        return Preview(asked, template, result, image, None)

    return work


def outline_badges(image: QImage, template: BadgeTemplate, dpi: float) -> None:
    """Dashed outlines where the stock's die-cuts are (on screen only, never printed)."""
    painter = QPainter(image)
    pen = QPen(QColor("#9aa5b1"))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    k = dpi / 72
    for r in sheet_positions(template):
        top = template.page_height - r.top
        painter.drawRect(QRectF(r.x * k, top * k, r.width * k, r.height * k))
    painter.end()
