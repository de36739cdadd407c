"""Badge templates: JSON data files describing real badge stock, loaded and checked.

Built-in templates live in `resources/badge_templates/`; the organiser's own ones in the
`badge_templates` folder of the data folder (the caller passes it: this module stays Qt-free).
A user template with the same id as a built-in one replaces it.

A template names a page, a badge size, a grid (columns x rows), the position of the first badge
from the page's top-left corner and the pitch (distance between the same corner of two neighbours),
in millimetres or inches. `load_template` refuses, with a sentence a person can act on, a file that
is not JSON, misses a number, or whose badges do not fit on the page or overlap.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.paths import resources_dir

MM = 72.0 / 25.4
INCH = 72.0
UNITS = {"mm": MM, "in": INCH}
FORMAT = 1
# Half a tenth of a millimetre of tolerance: the stock specifications are rounded.
TOLERANCE_PT = 0.05 * MM
# "flags": the registration's flags printed on badges (services/flag_list.py `on_badge`: VIP by
# default), after the category in its band.
FIELDS = ("last_name", "organisation", "job_title", "qr", "category", "flags", "morning", "logo")
FONT_KEYS = (
    "first_name",
    "last_name",
    "organisation",
    "job_title",
    "category",
    "morning",
    "minimum",
)
DEFAULT_FONTS = {
    "first_name": 22.0,
    "last_name": 15.0,
    "organisation": 10.0,
    "job_title": 8.0,
    "category": 10.0,
    "morning": 7.0,
    "minimum": 6.0,
}
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class BadgeTemplate:
    """One template, every length in points (1/72 in), origin at the page's top-left corner."""

    id: str
    name_fr: str
    name_en: str
    unit: str
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    columns: int
    rows: int
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    cut_marks: bool = False
    continuous: bool = False
    padding: float = 3 * MM
    fonts: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_FONTS))
    fields: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(FIELDS, True))
    colours: dict[str, str] = field(default_factory=dict)
    logo: str | None = "default"  # "default", a file path, or None for no logo
    source: str = "builtin"  # builtin or user
    path: Path | None = None
    name_ar: str = ""  # "" in a file written before Arabic names: the French name stands in

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def name(self, language: str = "fr") -> str:
        """The name in the window's language (French when the file has none in it)."""
        if language == "ar":
            return self.name_ar or self.name_fr
        return self.name_fr if language == "fr" else self.name_en or self.name_fr

    def show(self, field_name: str) -> bool:
        return self.fields.get(field_name, True)

    def to_json(self) -> dict[str, Any]:
        """The data file of this template (lengths back in its own unit)."""
        k = UNITS[self.unit]

        def u(value: float) -> float:
            return round(value / k, 4)

        data: dict[str, Any] = {
            "format": FORMAT,
            "id": self.id,
            "name": {"fr": self.name_fr, "en": self.name_en, "ar": self.name_ar},
            "unit": self.unit,
            "page": {"width": u(self.page_width), "height": u(self.page_height)},
            "badge": {"width": u(self.badge_width), "height": u(self.badge_height)},
            "grid": {"columns": self.columns, "rows": self.rows},
            "origin": {"left": u(self.left), "top": u(self.top)},
            "pitch": {"x": u(self.pitch_x), "y": u(self.pitch_y)},
            "cut_marks": self.cut_marks,
            "continuous": self.continuous,
            "padding": u(self.padding),
            "fonts": dict(self.fonts),
            "fields": dict(self.fields),
            "colours": dict(self.colours),
            "logo": self.logo,
        }
        return data


def builtin_dir() -> Path:
    return resources_dir() / "badge_templates"


def _bad(path: Path | str, message: str, **params: object) -> ValidationError:
    """`message` names the file as `{file}` and is marked for translation by the caller."""
    return ValidationError(message, file=Path(path).name if str(path) else "?", **params)


def _number(data: dict[str, Any], section: str, key: str, path: Path | str) -> float:
    block = data.get(section)
    value = block.get(key) if isinstance(block, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(
            path,
            QT_TRANSLATE_NOOP("errors", "Badge template {file}: {section}.{key} must be a number."),
            section=section,
            key=key,
        )
    if value < 0:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "errors", "Badge template {file}: {section}.{key} cannot be negative."
            ),
            section=section,
            key=key,
        )
    return float(value)


def parse_template(data: object, path: Path | str = "", source: str = "builtin") -> BadgeTemplate:
    """A checked template from its JSON data; ValidationError naming the first problem."""
    if not isinstance(data, dict):
        raise _bad(
            path, QT_TRANSLATE_NOOP("errors", "Badge template {file}: it is not a JSON object.")
        )
    if data.get("format", FORMAT) != FORMAT:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "errors", "Badge template {file}: format {format} is not known to this version."
            ),
            format=data["format"],
        )
    template_id = data.get("id")
    if not isinstance(template_id, str) or not _ID.match(template_id):
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "errors",
                "Badge template {file}: the id must be lower-case letters, digits, '-' or '_'.",
            ),
        )
    unit = data.get("unit", "mm")
    if unit not in UNITS:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "errors", "Badge template {file}: the unit must be mm or in, not {unit}."
            ),
            unit=unit,
        )
    k = UNITS[unit]
    names = data.get("name") or {}
    if isinstance(names, str):
        names = {"fr": names, "en": names, "ar": names}
    columns_raw = (data.get("grid") or {}).get("columns")
    rows_raw = (data.get("grid") or {}).get("rows")
    if not isinstance(columns_raw, int) or not isinstance(rows_raw, int):
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "errors", "Badge template {file}: grid.columns and grid.rows must be whole numbers."
            ),
        )
    if columns_raw < 1 or rows_raw < 1 or columns_raw * rows_raw > 200:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "errors", "Badge template {file}: the grid must hold between 1 and 200 badges."
            ),
        )
    fonts = dict(DEFAULT_FONTS)
    for key, value in (data.get("fonts") or {}).items():
        if key in FONT_KEYS and isinstance(value, int | float) and not isinstance(value, bool):
            if not 3 <= value <= 200:
                raise _bad(
                    path,
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Badge template {file}: font size {key} must be between 3 and 200 pt.",
                    ),
                    key=key,
                )
            fonts[key] = float(value)
    fonts["minimum"] = min(fonts["minimum"], *(fonts[k] for k in FONT_KEYS if k != "minimum"))
    fields = dict.fromkeys(FIELDS, True)
    for key, value in (data.get("fields") or {}).items():
        if key in FIELDS:
            fields[key] = bool(value)
    colours: dict[str, str] = {}
    for key, value in (data.get("colours") or {}).items():
        if not isinstance(value, str) or not _COLOUR.match(value):
            raise _bad(
                path,
                QT_TRANSLATE_NOOP(
                    "errors", "Badge template {file}: colour of {key} must look like #1A2B3C."
                ),
                key=key,
            )
        colours[str(key)] = value.upper()
    logo = data.get("logo", "default")
    if logo is not None and not isinstance(logo, str):
        raise _bad(
            path,
            QT_TRANSLATE_NOOP(
                "errors", 'Badge template {file}: logo must be a file path, "default" or null.'
            ),
        )
    padding = data.get("padding")
    template = BadgeTemplate(
        id=template_id,
        name_fr=str(names.get("fr") or names.get("en") or template_id),
        name_en=str(names.get("en") or names.get("fr") or template_id),
        name_ar=str(names.get("ar") or ""),
        unit=unit,
        page_width=_number(data, "page", "width", path) * k,
        page_height=_number(data, "page", "height", path) * k,
        badge_width=_number(data, "badge", "width", path) * k,
        badge_height=_number(data, "badge", "height", path) * k,
        columns=columns_raw,
        rows=rows_raw,
        left=_number(data, "origin", "left", path) * k,
        top=_number(data, "origin", "top", path) * k,
        pitch_x=_number(data, "pitch", "x", path) * k,
        pitch_y=_number(data, "pitch", "y", path) * k,
        cut_marks=bool(data.get("cut_marks", False)),
        continuous=bool(data.get("continuous", False)),
        padding=float(padding) * k if isinstance(padding, int | float) else 3 * MM,
        fonts=fonts,
        fields=fields,
        colours=colours,
        logo=logo,
        source=source,
        path=Path(path) if str(path) else None,
    )
    check_fits(template)
    return template


def check_fits(t: BadgeTemplate) -> None:
    """Refuse a template whose badges are empty, overlap, or fall off the page."""
    name = t.path or f"{t.id}.json"
    if t.page_width <= 0 or t.page_height <= 0:
        raise _bad(
            name,
            QT_TRANSLATE_NOOP(
                "errors", "Badge template {file}: the page needs a width and a height."
            ),
        )
    if t.badge_width < 20 * MM or t.badge_height < 15 * MM:
        raise _bad(
            name,
            QT_TRANSLATE_NOOP(
                "errors", "Badge template {file}: a badge must be at least 20 × 15 mm."
            ),
        )
    if t.columns > 1 and t.pitch_x + TOLERANCE_PT < t.badge_width:
        raise _bad(
            name,
            QT_TRANSLATE_NOOP(
                "errors",
                "Badge template {file}: badges overlap: the horizontal pitch is smaller than the badge width.",
            ),
        )
    if t.rows > 1 and t.pitch_y + TOLERANCE_PT < t.badge_height:
        raise _bad(
            name,
            QT_TRANSLATE_NOOP(
                "errors",
                "Badge template {file}: badges overlap: the vertical pitch is smaller than the badge height.",
            ),
        )
    right = t.left + (t.columns - 1) * t.pitch_x + t.badge_width
    bottom = t.top + (t.rows - 1) * t.pitch_y + t.badge_height
    if right > t.page_width + TOLERANCE_PT:
        raise _bad(
            name,
            QT_TRANSLATE_NOOP(
                "errors",
                "Badge template {file}: the badges do not fit on the page: they need {need} mm across, the page is {page} mm.",
            ),
            need=f"{right / MM:.1f}",
            page=f"{t.page_width / MM:.1f}",
        )
    if bottom > t.page_height + TOLERANCE_PT:
        raise _bad(
            name,
            QT_TRANSLATE_NOOP(
                "errors",
                "Badge template {file}: the badges do not fit on the page: they need {need} mm down, the page is {page} mm.",
            ),
            need=f"{bottom / MM:.1f}",
            page=f"{t.page_height / MM:.1f}",
        )
    if t.padding * 2 >= min(t.badge_width, t.badge_height) / 2:
        raise _bad(
            name,
            QT_TRANSLATE_NOOP(
                "errors", "Badge template {file}: the padding leaves no room on the badge."
            ),
        )


def load_template(path: Path) -> BadgeTemplate:
    """Read and check one template file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP("errors", "Badge template {file}: cannot be read ({reason})."),
            reason=exc.strerror or exc,
        ) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP("errors", "Badge template {file}: it is not valid JSON ({reason})."),
            reason=str(exc),
        ) from exc
    source = "builtin" if Path(path).parent.resolve() == builtin_dir().resolve() else "user"
    return parse_template(data, path, source)


def with_changes(template: BadgeTemplate, **changes: Any) -> BadgeTemplate:
    """A copy with some fields changed, checked again."""
    changed = replace(template, **changes)
    check_fits(changed)
    return changed
