"""What a badge run is given and what it gives back, as plain values (no reportlab)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mornings_desktop.documents.badge_layout import Calibration
from mornings_desktop.errors import UserError


@dataclass(frozen=True)
class BadgeData:
    """What one badge shows (plain values; the service builds them from the registrations)."""

    registration_id: str
    first_name: str
    last_name: str
    organisation: str
    job_title: str
    category: str
    category_label: str
    colour: str  # #RRGGBB
    code: str


@dataclass(frozen=True)
class BadgeContext:
    """What every badge of a run shares."""

    morning_title: str = ""
    morning_date: str = ""  # YYYY-MM-DD
    language: str = "fr"
    logo: Path | None = None  # None: the template's choice ("default" = resources/icons/logo.png)
    calibration: Calibration = field(default_factory=Calibration)
    double_sided: bool = False


@dataclass
class RenderResult:
    path: Path | None  # None: rendered in memory, the PDF is `pdf`
    badges: int
    pages: int
    warnings: list[str]
    # The same warnings as errors, so the window can show them translated.
    problems: list[UserError] = field(default_factory=list)
    pdf: bytes = b""  # the PDF itself when rendered in memory
