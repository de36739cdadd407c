"""The "Prévision / réel" sheet of the attendance workbook and of the series report.

One row per past Morning: how many were forecast (with the 80 % interval, from the Mornings before
it only) and how many came; then the mean error and how often the actual count fell inside the
interval. In the attendance workbook, above the table, the forecast of the workbook's Morning.
The data comes from `services.forecast.for_export`; a writer adds the sheet with `add(...)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mornings_desktop.documents.export_labels import PERCENT_FORMAT, RIGHT_TO_LEFT
from mornings_desktop.documents.xlsx_style import (
    append,
    bold,
    formatted,
    header_row,
    new_sheet,
    set_widths,
)

if TYPE_CHECKING:
    from typing import TypeAlias

    from openpyxl import Workbook

    from mornings_desktop.services.forecast import ForecastSheet

    Data: TypeAlias = ForecastSheet | None  # a writer's `forecast=` (services.forecast.for_export)

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "sheet": "Prévision - réel",
        "title": "Prévision et réel",
        "this": "Prévision pour cette Matinale",
        "expected": "Attendus",
        "low": "Bas (80 %)",
        "high": "Haut (80 %)",
        "walk_ins": "Sans inscription (prévus)",
        "total": "Total prévu",
        "basis": "Base",
        "history": "historique de la série",
        "built-in": "taux par catégorie intégrés (moins de trois Matinales passées)",
        "date": "Date",
        "morning": "Matinale",
        "registered": "Inscrits",
        "forecast": "Prévus",
        "actual": "Venus",
        "inside": "Dans l'intervalle",
        "error": "Écart",
        "yes": "oui",
        "no": "non",
        "mae": "Écart moyen (personnes)",
        "coverage": "Part dans l'intervalle à 80 %",
        "note": "Chaque prévision n'utilise que les Matinales d'avant ; inscrits hors "
        "sans-inscription.",
    },
    "en": {
        "sheet": "Forecast - actual",
        "title": "Forecast and actual",
        "this": "Forecast for this Morning",
        "expected": "Expected",
        "low": "Low (80 %)",
        "high": "High (80 %)",
        "walk_ins": "Walk-ins (expected)",
        "total": "Total expected",
        "basis": "Basis",
        "history": "the series' history",
        "built-in": "built-in category rates (fewer than three past Mornings)",
        "date": "Date",
        "morning": "Morning",
        "registered": "Registered",
        "forecast": "Forecast",
        "actual": "Came",
        "inside": "Inside the interval",
        "error": "Error",
        "yes": "yes",
        "no": "no",
        "mae": "Mean error (people)",
        "coverage": "Share inside the 80 % interval",
        "note": "Each forecast uses only the Mornings before it; registrations, walk-ins apart.",
    },
    "ar": {
        "sheet": "التوقع - الواقع",
        "title": "التوقع والواقع",
        "this": "التوقع لهذا اللقاء الصباحي",
        "expected": "المتوقع",
        "low": "الأدنى (80 %)",
        "high": "الأعلى (80 %)",
        "walk_ins": "الحضور دون تسجيل (متوقع)",
        "total": "مجموع المتوقع",
        "basis": "الأساس",
        "history": "سجل السلسلة",
        "built-in": "نسب مدمجة حسب الفئة (أقل من ثلاثة لقاءات سابقة)",
        "date": "التاريخ",
        "morning": "اللقاء الصباحي",
        "registered": "المسجلون",
        "forecast": "المتوقع",
        "actual": "الحاضرون",
        "inside": "داخل المجال",
        "error": "الفرق",
        "yes": "نعم",
        "no": "لا",
        "mae": "متوسط الفرق (أشخاص)",
        "coverage": "النسبة داخل مجال 80 %",
        "note": "كل توقع لا يستعمل إلا اللقاءات التي سبقته؛ التسجيلات دون الحضور دون تسجيل.",
    },
}


def add(wb: Workbook, data: ForecastSheet | None, language: str) -> None:
    """Append the sheet to a write-only workbook (nothing when `data` is None)."""
    if data is None:
        return
    w = WORDS.get(language, WORDS["fr"])
    ws = new_sheet(wb, w["sheet"], right_to_left=language in RIGHT_TO_LEFT)  # no "/" in a name
    set_widths(ws, [12, 44, 11, 11, 11, 11, 11, 16, 10])
    append(ws, [bold(ws, w["title"], size=14)])
    f = data.forecast
    if f is not None:
        append(ws, [bold(ws, w["this"])])
        append(ws, [w["expected"], f.band.expected, w["low"], f.band.low, w["high"], f.band.high])
        append(ws, [w["walk_ins"], f.walk_ins.expected, w["total"], f.total])
        append(ws, [w["basis"], w.get(f.basis, f.basis)])
        append(ws, [])
    keys = ["date", "morning", "registered", "forecast", "low", "high", "actual", "inside", "error"]
    append(ws, header_row(ws, [w[k] for k in keys]))
    for r in data.rows:
        append(
            ws,
            [
                r.date,
                r.title,
                r.registered,
                r.expected,
                r.low,
                r.high,
                r.actual,
                w["yes"] if r.inside else w["no"],
                round(r.actual - r.expected, 1),
            ],
        )
    append(ws, [])
    if data.mae is not None:
        append(ws, [w["mae"], None, data.mae])
    if data.coverage is not None:
        append(ws, [w["coverage"], None, formatted(ws, data.coverage, PERCENT_FORMAT)])
    append(ws, [w["note"]])
