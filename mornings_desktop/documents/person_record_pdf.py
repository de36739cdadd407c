"""A readable PDF of everything held about one person (an access request under law 09-08/GDPR).

Every field of `PersonRecord.to_json()` is printed, section by section, in DejaVu Sans (embedded),
Arabic shaped and in visual order as on badges (`badge_layout.printable`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from mornings_desktop.documents.badge_layout import BOLD, REGULAR, printable, register_fonts

MARGIN = 48.0
SIZE = 9.0
LEADING = 12.0


class _Writer:
    def __init__(self, path: Path, title: str) -> None:
        register_fonts()
        self.canvas = Canvas(str(path), pagesize=A4, pageCompression=1, initialFontName=REGULAR)
        self.canvas.setTitle(title)
        self.width, self.height = A4
        self.y = self.height - MARGIN

    def _room(self, needed: float) -> None:
        if self.y - needed < MARGIN:
            self.canvas.showPage()
            self.y = self.height - MARGIN

    def line(
        self, text: str, *, font: str = REGULAR, size: float = SIZE, indent: float = 0
    ) -> None:
        shown = printable(text, font) if text else ""
        box = self.width - 2 * MARGIN - indent
        for part in simpleSplit(shown, font, size, box) or [""]:
            self._room(size * 1.4)
            self.canvas.setFont(font, size)
            self.canvas.drawString(MARGIN + indent, self.y, part)
            self.y -= size * 1.4

    def heading(self, text: str) -> None:
        self.y -= 4
        self.line(text, font=BOLD, size=12)

    def value(self, key: str, value: Any, indent: float = 0) -> None:
        if isinstance(value, dict):
            self.line(f"{key}:", font=BOLD, indent=indent)
            for k, v in value.items():
                self.value(k, v, indent + 12)
        elif isinstance(value, list):
            self.line(f"{key}: {len(value)}", font=BOLD, indent=indent)
            for i, item in enumerate(value, 1):
                self.value(f"#{i}", item, indent + 12)
        else:
            shown = "—" if value is None else str(value)
            if isinstance(value, bool):
                shown = "yes" if value else "no"
            self.line(f"{key}: {shown}", indent=indent)

    def save(self) -> None:
        self.canvas.save()


def write_person_record(record: dict[str, Any], path: Path, name: str) -> None:
    """Write `record` (PersonRecord.to_json()) to `path` as a PDF."""
    out = _Writer(path, f"Données personnelles — {name}")
    out.line(f"Données personnelles détenues — {name}", font=BOLD, size=15)
    out.line(f"Établi le {record['made_at']}")
    for section, label in (
        ("person", "Personne"),
        ("consent", "Consentement"),
        ("erasure", "Effacement"),
        ("registrations", "Inscriptions, arrivées et badges"),
        ("speaker_entries", "Intervenant"),
        ("messages", "Messages envoyés"),
    ):
        out.heading(label)
        value = record.get(section)
        if value is None and section == "messages":
            out.line(str(record.get("messages_note") or "—"))
        elif isinstance(value, list):
            for i, item in enumerate(value, 1):
                out.value(f"#{i}", item)
            if not value:
                out.line("—")
        elif isinstance(value, dict):
            for k, v in value.items():
                out.value(k, v)
        else:
            out.line("—")
    out.heading("Opérations")
    for op in record.get("operations") or []:
        payload = op.get("payload")
        shown = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
        out.line(f"{op['hlc']}  {op['type']}  desk {op['desk_id']}  op {op['op_id']}", font=BOLD)
        out.line(shown, indent=12)
    out.save()
