"""Badges: choose whom to print, make the PDF, and keep the print log.

- `select`: everyone (not cancelled), checked in only, not yet printed, one category, one person;
- `generate`: the PDF of a selection on a template (progress and cancel through a callback);
- `record_prints`: one `badge.printed` fact per badge that left the printer; the second and later
  prints of a registration are marked as reprints, and the count is the number of facts;
- `print_on_admission`: what the check-in desk calls once a person is admitted: when printing on
  check-in is enabled and the person has no badge yet, print theirs and log it.

Nothing here talks to a printer: the window passes a `send_to_printer(pdf_bytes)` function; the
badge printed at the desk is made in memory (no file of names left in a temporary folder).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import func, select

from mornings_desktop.documents.badge_data import BadgeContext, BadgeData, RenderResult
from mornings_desktop.documents.badge_layout import Calibration
from mornings_desktop.documents.badge_templates import BadgeTemplate
from mornings_desktop.documents.badges_pdf import render_badges, render_badges_in_memory
from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from mornings_desktop.services import flag_list, mornings
from mornings_desktop.services.registrations import RegistrationRow
from mornings_desktop.services.registrations import list_registrations as _list_registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.database import explain_sqlite_error
from mornings_desktop.store.schema import Category
from mornings_desktop.store.schema_badges import BadgePrint
from mornings_desktop.timeutil import now_iso

ONLY_CHOICES = ("checked-in", "not-printed")

# Used when the database has no categories yet (or a registration names an unknown one).
DEFAULT_PALETTE: dict[str, tuple[str, str, str]] = {
    "member": ("Membre", "Member", "#1F6FB2"),
    "guest": ("Invité", "Guest", "#6B7B8C"),
    "speaker": ("Intervenant", "Speaker", "#C1272D"),
    "press": ("Presse", "Press", "#7B3FA0"),
    "sponsor": ("Sponsor", "Sponsor", "#D98E04"),
    "partner": ("Partenaire", "Partner", "#006233"),
    "staff": ("Organisation", "Staff", "#222222"),
    "vip": ("VIP", "VIP", "#B8860B"),
}
FALLBACK_COLOUR = "#555555"

Progress = Callable[[int, int], None]
# Draws badges into a PDF in memory: `render_badges_in_memory`, or the desk's render process
# (`documents/render_process.BadgeRenderer.render`), which keeps the drawing off the window.
Render = Callable[[Sequence[BadgeData], BadgeTemplate, BadgeContext], RenderResult]


@dataclass(frozen=True)
class CategoryStyle:
    key: str
    label: str
    colour: str


def category_styles(ws: Workspace, language: str = "fr") -> dict[str, CategoryStyle]:
    """Label and colour of every category: the database's, completed by the default palette."""
    styles = {
        key: CategoryStyle(key, fr if language == "fr" else en, colour)
        for key, (fr, en, colour) in DEFAULT_PALETTE.items()
    }
    with ws.db.read() as session:
        for cat in session.execute(select(Category)).scalars():
            base = styles.get(cat.id)
            label = (cat.label_fr if language == "fr" else cat.label_en) or (
                cat.label_fr or cat.label_en
            )
            styles[cat.id] = CategoryStyle(
                cat.id,
                label or (base.label if base else cat.id.capitalize()),
                cat.colour or (base.colour if base else FALLBACK_COLOUR),
            )
    return styles


def print_counts(ws: Workspace, registration_ids: Sequence[str] | None = None) -> dict[str, int]:
    """How many times each registration's badge was printed (registrations never printed are
    absent). Without ids: every registration."""
    query = select(BadgePrint.registration_id, func.count()).group_by(BadgePrint.registration_id)
    if registration_ids is not None:
        query = query.where(BadgePrint.registration_id.in_(list(registration_ids)))
    with ws.db.read() as session:
        return {rid: int(n) for rid, n in session.execute(query).all()}


_PRINT_COUNT_SQL = "SELECT count(*) FROM badge_prints WHERE registration_id = ?"


def print_count(ws: Workspace, registration_id: str) -> int:
    """How many times one registration's badge was printed. The desk reads it after every
    admission: one indexed count on a pooled connection, without a Session or an ORM query
    around it (those were most of the cost of a scan's note)."""
    pooled = ws.db.engine.raw_connection()
    try:
        conn = cast(sqlite3.Connection, pooled.dbapi_connection)
        return int(conn.execute(_PRINT_COUNT_SQL, (registration_id,)).fetchone()[0])
    except sqlite3.Error as exc:
        raise explain_sqlite_error(ws.db.path, exc) from exc
    finally:
        pooled.close()


@dataclass(frozen=True)
class PrintEntry:
    at: str
    template: str
    reprint: bool
    desk_id: str


def print_log(ws: Workspace, registration_id: str) -> list[PrintEntry]:
    """The prints of one registration's badge, oldest first."""
    with ws.db.read() as session:
        rows = session.execute(
            select(BadgePrint)
            .where(BadgePrint.registration_id == registration_id)
            .order_by(BadgePrint.at, BadgePrint.reprint, BadgePrint.id)
        ).scalars()
        return [PrintEntry(r.at, r.template, r.reprint, r.desk_id) for r in rows]


def print_logs(ws: Workspace, registration_ids: Sequence[str]) -> dict[str, list[PrintEntry]]:
    """The print logs of several registrations at once (those never printed are absent)."""
    out: dict[str, list[PrintEntry]] = {}
    ids = list(registration_ids)
    with ws.db.read() as session:
        for start in range(0, len(ids), 500):
            rows = session.execute(
                select(BadgePrint)
                .where(BadgePrint.registration_id.in_(ids[start : start + 500]))
                .order_by(BadgePrint.at, BadgePrint.reprint, BadgePrint.id)
            ).scalars()
            for r in rows:
                out.setdefault(r.registration_id, []).append(
                    PrintEntry(r.at, r.template, r.reprint, r.desk_id)
                )
    return out


def select_registrations(
    ws: Workspace,
    morning_id: str,
    *,
    only: str | None = None,
    category: str | None = None,
    registration_id: str | None = None,
) -> list[RegistrationRow]:
    """The registrations whose badges to print, sorted by last then first name.

    `only` is None (everyone not cancelled), "checked-in" or "not-printed"; `category` keeps one
    category; `registration_id` keeps one person (who must belong to the Morning). Raises
    ValidationError for an unknown `only`, NotFound for a person not registered for this Morning.
    """
    if only not in (None, *ONLY_CHOICES):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown selection {only}; use {choices}."),
            only=only,
            choices=" or ".join(ONLY_CHOICES),
        )
    rows = _list_registrations(
        ws,
        morning_id,
        include_cancelled=False,
        ids=None if registration_id is None else {registration_id},
    )
    if registration_id is not None and not rows:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No registration {ref} for this Morning."),
            ref=registration_id,
        )
    if category:
        rows = [r for r in rows if r.category == category]
    if only == "checked-in":
        rows = [r for r in rows if r.checked_in]
    elif only == "not-printed":
        printed = print_counts(ws, [r.id for r in rows])
        rows = [r for r in rows if r.id not in printed]
    return rows


def badge_data(
    ws: Workspace,
    rows: Sequence[RegistrationRow],
    language: str = "fr",
    template: BadgeTemplate | None = None,
) -> list[BadgeData]:
    """What each badge shows, with the category's label and colour (the template may recolour)."""
    styles = category_styles(ws, language)
    overrides = template.colours if template is not None else {}
    printed: dict[str, str] = {}  # flags printed beside the category (VIP by default)
    if template is None or template.show("flags"):
        printed = flag_list.badge_words(flag_list.list_flags(ws), language)
    out: list[BadgeData] = []
    for r in rows:
        style = styles.get(r.category) or CategoryStyle(
            r.category, r.category.capitalize(), FALLBACK_COLOUR
        )
        shown = [printed[k] for k in r.flags if k in printed and printed[k] != style.label]
        out.append(
            BadgeData(
                registration_id=r.id,
                first_name=r.first_name,
                last_name=r.last_name,
                organisation=r.organisation,
                job_title=r.job_title,
                category=r.category,
                category_label=" · ".join([style.label, *shown]),
                colour=overrides.get(r.category, style.colour),
                code=r.code,
            )
        )
    return out


def generate(
    ws: Workspace,
    morning_id: str,
    rows: Sequence[RegistrationRow],
    template: BadgeTemplate,
    out_path: Path,
    *,
    language: str = "fr",
    calibration: Calibration | None = None,
    double_sided: bool = False,
    logo: Path | None = None,
    progress: Progress | None = None,
) -> RenderResult:
    """Write the badges of `rows` to `out_path` as one PDF (written whole or not at all).

    Raises ValidationError for an empty selection; a cancel raised by `progress` leaves no file.
    Problems that still allow readable badges (a missing logo) are returned as warnings.
    """
    context = _context(ws, morning_id, language, calibration, double_sided, logo)
    data = badge_data(ws, rows, language, template)
    return render_badges(data, template, Path(out_path), context, progress)


def generate_in_memory(
    ws: Workspace,
    morning_id: str,
    rows: Sequence[RegistrationRow],
    template: BadgeTemplate,
    *,
    language: str = "fr",
    calibration: Calibration | None = None,
    double_sided: bool = False,
    logo: Path | None = None,
    progress: Progress | None = None,
) -> RenderResult:
    """The PDF `generate` would write, kept in memory (`RenderResult.pdf`): the preview and the
    printer need no file, and a file of people's names left in a temporary folder is a leak.

    Raises as `generate` does.
    """
    context = _context(ws, morning_id, language, calibration, double_sided, logo)
    data = badge_data(ws, rows, language, template)
    return render_badges_in_memory(data, template, context, progress)


def _context(
    ws: Workspace,
    morning_id: str,
    language: str,
    calibration: Calibration | None,
    double_sided: bool,
    logo: Path | None,
) -> BadgeContext:
    morning = mornings.get(ws, morning_id)
    return BadgeContext(
        morning_title=morning.title,
        morning_date=morning.date,
        language=language,
        logo=logo,
        calibration=calibration or Calibration(),
        double_sided=double_sided,
    )


def record_prints(ws: Workspace, registration_ids: Sequence[str], template_id: str) -> list[str]:
    """Log one print for each registration (in one transaction); returns the print ids.

    A registration already printed (here or on another desk, once synced) gets `reprint: true`.
    """
    if not registration_ids:
        return []
    counts = print_counts(ws, registration_ids)
    at = now_iso()
    ids: list[str] = []
    with ws.transaction() as tx:
        seen: set[str] = set()
        for registration_id in registration_ids:
            print_id = str(uuid.uuid4())
            tx.record(
                "badge.printed",
                {
                    "id": print_id,
                    "registration_id": registration_id,
                    "at": at,
                    "template": template_id,
                    "reprint": counts.get(registration_id, 0) > 0 or registration_id in seen,
                },
            )
            seen.add(registration_id)
            ids.append(print_id)
    return ids


@dataclass(frozen=True)
class AdmissionPrint:
    """What `print_on_admission` did: `printed` False with the reason when it did nothing."""

    printed: bool
    reason: str  # printed, disabled, already-printed
    pdf: bytes | None = None  # the PDF handed to the printer
    warnings: tuple[str, ...] = ()


def print_on_admission(
    ws: Workspace,
    registration_id: str,
    *,
    enabled: bool,
    template: BadgeTemplate,
    send_to_printer: Callable[[bytes], None],
    language: str = "fr",
    calibration: Calibration | None = None,
    reprint: bool = False,
    render: Render | None = None,
) -> AdmissionPrint:
    """The check-in desk calls this right after an admission.

    With `enabled` (the setting `badges/print_on_checkin`) and no badge printed yet for this
    registration, makes the person's badge (in memory), hands the PDF to `send_to_printer`, and
    logs the print.
    A person who already has a badge is not printed again unless `reprint` is asked (the desk's
    "Reprint" button), which is then logged as a reprint. If `send_to_printer` raises, nothing is
    logged and the error goes to the caller (the admission itself is already saved). `render`
    draws the badge (default: here, in this thread; the desk passes its render process).
    """
    if not enabled and not reprint:
        return AdmissionPrint(False, "disabled")
    morning_id = _morning_of(ws, registration_id)
    # That one registration, not the whole Morning (20,000 rows read for each badge printed).
    found = _list_registrations(ws, morning_id, ids={registration_id})
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No registration {ref}."), ref=registration_id)
    if not reprint and print_count(ws, registration_id):
        return AdmissionPrint(False, "already-printed")
    context = _context(ws, morning_id, language, calibration, False, None)
    data = badge_data(ws, found, language, template)
    result = (render or _render_here)(data, template, context)
    send_to_printer(result.pdf)
    record_prints(ws, [registration_id], template.id)
    return AdmissionPrint(True, "printed", result.pdf, tuple(result.warnings))


def _render_here(
    data: Sequence[BadgeData], template: BadgeTemplate, context: BadgeContext
) -> RenderResult:
    return render_badges_in_memory(data, template, context)


def _morning_of(ws: Workspace, registration_id: str) -> str:
    from mornings_desktop.store.schema import Registration

    with ws.db.read() as session:
        morning_id = session.execute(
            select(Registration.morning_id).where(Registration.id == registration_id)
        ).scalar_one_or_none()
    if not morning_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No registration {ref}."), ref=registration_id)
    return str(morning_id)
