"""The category a file names: a key, or its French, English or Arabic label; a name the desk does
not know is imported with the default category and said once in the report, never silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from mornings_desktop.imports.registration_import import import_file
from mornings_desktop.services import categories, mornings, registrations
from mornings_desktop.services.workspace import Workspace

ROWS = [
    ("Nadia Tazi", "صحافة"),  # press, in Arabic
    ("Omar Alami", "Étudiant"),
    ("Karim Bennani", "عضو"),  # member
    ("Sara Idrissi", "étudiant "),  # the same unknown name, written otherwise
    ("Hind Fassi", "Presse"),
    ("Yassine Amrani", ""),
    ("Lina Chraibi", "Exposant"),
]


@pytest.fixture
def morning(ws: Workspace) -> str:
    categories.ensure_defaults(ws)
    return mornings.create(
        ws, mornings.MorningInput(title="Matinale", date="2026-12-10", venue="Hyatt Regency")
    )


def _csv(path: Path) -> Path:
    lines = ["Nom;Catégorie"] + [f"{name};{category}" for name, category in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_arabic_category_labels_are_read_and_unknown_names_are_said_once_each(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    report = import_file(ws, morning, _csv(tmp_path / "inscrits.csv"))
    got = {r.name: r.category for r in registrations.list_registrations(ws, morning)}
    assert got == {
        "Nadia Tazi": "press",
        "Omar Alami": "guest",
        "Karim Bennani": "member",
        "Sara Idrissi": "guest",
        "Hind Fassi": "press",
        "Yassine Amrani": "guest",
        "Lina Chraibi": "guest",
    }
    unknown = [w for w in report.warnings if w.code == "unknown_category"]
    assert [(w.line, w.params) for w in unknown] == [
        (3, {"category": "Étudiant", "rows": "3, 5", "count": "2"}),
        (8, {"category": "Exposant", "rows": "8", "count": "1"}),
    ]
    assert "Étudiant" in unknown[0].text and "3, 5" in unknown[0].text


def test_a_dry_run_says_it_too(ws: Workspace, morning: str, tmp_path: Path) -> None:
    report = import_file(ws, morning, _csv(tmp_path / "inscrits.csv"), dry_run=True)
    assert [w.params["category"] for w in report.warnings if w.code == "unknown_category"] == [
        "Étudiant",
        "Exposant",
    ]


def test_a_category_renamed_by_the_organiser_is_read_by_its_new_names(
    ws: Workspace, morning: str
) -> None:
    categories.save_category(ws, "press", label_fr="Médias", label_en="Media", colour="#112233")
    for text in ("Médias", "media", "press"):
        assert categories.find_category(ws, text) == "press", text
    for old in ("Presse", "صحافة"):  # its former names are no longer its names
        assert categories.find_category(ws, old) is None, old
    assert categories.match_category(ws, "Presse") == "guest"
