"""Words made once: a scan's result (no sentences from the service) and labels for internal keys."""

from __future__ import annotations

import sqlite3
from dataclasses import fields

import pytest

from mornings_desktop.ledger import ledger
from mornings_desktop.services import categories, checkin, registrations
from mornings_desktop.services.scan_result import ScanResult
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.wording import checkin_results, labels
from mornings_desktop.wording.tr import FSI, PDI, Words, catalogue, plural_form
from tests.unit.test_translations import load_i18n


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    script = load_i18n()
    script.BUILD = tmp_path_factory.mktemp("qm")
    script.build()
    return script.BUILD


def _full_disk(ws: Workspace, morning: str, monkeypatch: pytest.MonkeyPatch) -> ScanResult:
    row = next(
        r
        for r in registrations.list_registrations(ws, morning)
        if r.status != "cancelled" and r.category != "speaker"
    )

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ledger, "append", full)
    return checkin.ScanDesk(ws, morning).scan(row.code)


def test_the_service_returns_keys_and_data_not_sentences(
    ws: Workspace, demo_morning: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "message" not in {f.name for f in fields(ScanResult)}
    failed = _full_disk(ws, demo_morning, monkeypatch)
    assert (failed.result, failed.reason) == ("error", "disk")
    assert failed.problem.startswith("Cannot write to {path}") and "path" in failed.problem_params
    assert failed.to_json()["reason"] == "disk"


def test_a_disk_error_is_worded_in_french_without_qt(
    ws: Workspace, demo_morning: str, monkeypatch: pytest.MonkeyPatch, built
) -> None:  # type: ignore[no-untyped-def]
    failed = _full_disk(ws, demo_morning, monkeypatch)
    words = Words("fr", catalogue("fr", built / "fr"))
    line = checkin_results.line(words, failed)
    assert line.startswith("NON ENREGISTRÉ")
    assert "n’a PAS été enregistrée" in line and "le disque est plein" in line
    assert "NOT SAVED" not in line and "Cannot write" not in line
    english = checkin_results.line(Words(), failed)
    assert english.startswith("NOT SAVED") and "Cannot write to" in english


def test_plural_forms_and_long_dates() -> None:
    assert [plural_form("fr", n) for n in (0, 1, 2)] == [0, 0, 1]
    assert [plural_form("ar", n) for n in (0, 1, 2, 3, 11, 100)] == [0, 1, 2, 3, 4, 5]
    assert Words("fr").long_date("2026-12-10") == "10 décembre 2026"
    assert Words("ar").long_date("2026-12-10") == "10 دجنبر 2026"


def test_the_other_morning_reads_a_local_date_and_arabic_isolates_latin() -> None:
    r = ScanResult(
        code="X",
        result="wrong_event",
        name="Sara Benali",
        other_morning_title="Matinale RH",
        other_morning_date="2026-12-10",
    )
    assert "10 December 2026" in checkin_results.details(Words(), r)
    arabic = checkin_results.details(Words("ar"), r)
    assert f"{FSI}Matinale RH{PDI}" in arabic and "2026-12-10" not in arabic


KEYS = {
    "category": ("guest", "member", "press", "speaker"),
    "method": ("scanner", "search", "walk-in", "camera"),
    "source": ("demo", "agenda", "import", "manual", "walk-in"),
    "session_type": ("talk", "keynote", "panel", "break"),
    "role": ("panellist", "moderator", "speaker"),
}


@pytest.mark.parametrize("kind", sorted(KEYS))
@pytest.mark.parametrize("lang", labels.LANGUAGES)
def test_every_key_has_a_label_in_each_language(kind: str, lang: str) -> None:
    for key in (*KEYS[kind], *labels.LABELS[kind]):
        text = labels.label(kind, key, lang)
        assert text and (text != key or lang == "en"), (kind, key, lang)
        if lang == "ar":
            assert any("\u0600" <= c <= "\u06ff" for c in text), (kind, key, text)


def test_category_labels_come_from_the_database_whether_or_not_seeded(ws: Workspace) -> None:
    assert labels.category_labels(ws, "fr")["guest"] == "Invité"  # nothing seeded yet
    categories.ensure_defaults(ws)
    categories.save_category(ws, "guest", label_fr="Convive", label_en="Diner", colour="#1565C0")
    categories.save_category(ws, "alumni", label_fr="Anciens", label_en="Alumni", colour="#123456")
    assert labels.category_labels(ws, "fr")["guest"] == "Convive"
    assert labels.category_labels(ws, "en")["alumni"] == "Alumni"
    assert labels.category_labels(ws, "ar")["member"] == "عضو"
    assert labels.category_labels(ws, "ar")["guest"] == "Convive"  # the organiser's own name


def test_the_command_line_words_results_as_the_window(
    db_path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, built
) -> None:  # type: ignore[no-untyped-def]
    import json

    from mornings_desktop.cli import main
    from mornings_desktop.cli.commands import checkin as command

    monkeypatch.setattr(command, "catalogue", lambda lang: catalogue(lang, built / lang))
    assert main(["--db", str(db_path), "demo", "--attendees", "5", "--json"]) == 0
    morning = json.loads(capsys.readouterr().out)["id"]
    ws = Workspace.open(db_path, None)
    try:
        row = next(r for r in registrations.list_registrations(ws, morning) if r.code)
    finally:
        ws.close()

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ledger, "append", full)
    assert (
        main(["--db", str(db_path), "checkin", "--event", morning, row.code, "--lang", "fr"]) == 0
    )
    out = capsys.readouterr().out
    assert "NON ENREGISTRÉ" in out and "le disque est plein" in out and "NOT SAVED" not in out
    assert main(["--db", str(db_path), "checkin", "--event", morning, row.code, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["code"], data["result"], data["reason"]) == (row.code, "error", "disk")
    assert {"registration", "name"} <= set(data)


def test_the_qt_free_catalogue_reads_plural_forms(built) -> None:  # type: ignore[no-untyped-def]
    fr = Words("fr", catalogue("fr", built / "fr"))
    assert fr.say("LiveView", "%n checked in", 1) == "1 arrivé"
    assert fr.say("LiveView", "%n checked in", 3) == "3 arrivés"
    ar = Words("ar", catalogue("ar", built / "ar"))
    assert ar.say("LiveView", "%n checked in", 2) == "وصل شخصان"


def test_the_english_catalogue_says_one_badge_and_two_badges(built) -> None:  # type: ignore[no-untyped-def]
    """The command line reads the same English plural forms as the window (`en/*.ts`)."""
    en = Words("en", catalogue("en", built / "en"))
    assert en.say("BadgesScreen", "%n badge(s)", 1) == "1 badge"
    assert en.say("BadgesScreen", "%n badge(s)", 2) == "2 badges"
    assert en.say("BadgesScreen", "Badges") == "Badges"  # not a plural: the source text


def test_english_counts() -> None:
    from mornings_desktop.wording.english import count

    assert count(1, "badge") == "1 badge"
    assert count(0, "badge") == "0 badges"
    assert count(2, "operation") == "2 operations"
    assert count(1, "person", "people") == "1 person"
    assert count(3, "person", "people") == "3 people"


def test_no_english_count_written_with_brackets() -> None:
    """The command line's and the services' English sentences count with `wording.english.count`:
    a literal "(s)" in a string of theirs reads "3 operation(s)" to the person at the terminal."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "mornings_desktop"
    found = []
    for folder in ("cli", "services", "sync", "store", "imports", "documents", "ledger"):
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            texts = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}  # docstrings
            for node in ast.walk(tree):
                text = node.value if isinstance(node, ast.Constant) else None
                if isinstance(text, str) and "(s)" in text and id(node) not in texts:
                    found.append(f"{path.relative_to(root)}:{node.lineno}")
    assert not found, found
