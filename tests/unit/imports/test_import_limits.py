"""Field limits, control characters, the CSV's encoding told, and a refused import writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mornings_desktop.cli import main
from mornings_desktop.cli.commands.importing import summary
from mornings_desktop.errors import ValidationError
from mornings_desktop.imports.readers import ImportFileError
from mornings_desktop.imports.registration_import import import_file
from mornings_desktop.services import categories, mornings, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.text_keys import FIELD_LIMITS, printable, strip_controls


@pytest.fixture
def morning(ws: Workspace) -> str:
    categories.ensure_defaults(ws)
    return mornings.create(
        ws, mornings.MorningInput(title="Matinale", date="2026-12-10", venue="Hyatt Regency")
    )


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    text = "\r\n".join(";".join(r) for r in [["Nom", "Prénom", "Société", "Note"], *rows])
    path.write_bytes(text.encode(encoding) + b"\r\n")
    return path


def operations(ws: Workspace) -> int:
    with ws.db.read() as s:
        return s.execute(select(func.count()).select_from(Operation)).scalar_one()


def names(ws: Workspace, morning: str) -> list[str]:
    return sorted(r.name for r in registrations.list_registrations(ws, morning))


@pytest.mark.parametrize(
    ("column", "field", "words"),
    [
        (1, "first_name", "first name longer than 120"),
        (0, "last_name", "last name longer than 120"),
        (2, "organisation", "organisation longer than 200"),
        (3, "note", "note longer than 2000"),
    ],
)
def test_a_row_over_a_field_limit_is_skipped_never_cut(
    ws: Workspace, morning: str, tmp_path: Path, column: int, field: str, words: str
) -> None:
    long_row = ["Tazi", "Salma", "Cosumar", "vient"]
    long_row[column] = "x" * (FIELD_LIMITS[field] + 1)
    exact_row = ["Alaoui", "Omar", "OCP", "vient"]
    exact_row[column] = "y" * FIELD_LIMITS[field]  # at the limit: imported whole
    path = write_csv(tmp_path / "Inscrits.csv", [["Bennani", "Karim", "Atlas", ""], long_row,
                                                  exact_row])  # fmt: skip
    report = import_file(ws, morning, path)
    assert report.created == 2
    [issue] = [i for i in report.skipped if i.code == "too_long"]
    assert issue.line == 3
    assert issue.text == f"Row 3: {words} characters; skipped."
    rows = registrations.list_registrations(ws, morning)
    stored = [getattr(r, field, None) or r.note for r in rows]
    assert not any(v and v.startswith("x") for v in stored)
    assert any(v == "y" * FIELD_LIMITS[field] for v in stored)


def test_the_french_message_is_translated() -> None:
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[3] / "resources/translations/fr/imports.planning.ts"
    found = {m.findtext("source"): m.findtext("translation") for m in ET.parse(ts).iter("message")}
    template = found["Row {line}: first name longer than {max} characters; skipped."]
    assert template is not None
    text = template.format(line=14, max=120)
    assert text == "Ligne 14 : prénom de plus de 120 caractères — ignorée."


def test_entry_refuses_over_long_fields(ws: Workspace, morning: str) -> None:
    with pytest.raises(ValidationError, match="longer than 120"):
        registrations.register_walk_in(ws, morning, "K" * 121 + " Bennani", "Atlas", "guest")
    with pytest.raises(ValidationError, match="organisation is longer than 200"):
        registrations.register_walk_in(ws, morning, "Karim Bennani", "A" * 201, "guest")
    with pytest.raises(ValidationError, match="note is longer than 2000"):
        registrations.register_person(
            ws, morning, {"first_name": "Karim", "last_name": "Bennani"}, note="n" * 2001
        )
    reg = registrations.register_walk_in(ws, morning, "Karim Bennani", "Atlas", "guest")
    with pytest.raises(ValidationError, match="phone number is longer than 40"):
        registrations.edit_registration(ws, reg, person={"phone": "6" * 41})
    with pytest.raises(ValidationError, match="note is longer than 2000"):
        registrations.edit_registration(ws, reg, note="n" * 2001)
    assert names(ws, morning) == ["Karim Bennani"]


HOSTILE = ["Ben\x1b[31mnani", "Ka\x07\x08rim", "\u202eAtlas Conseil", "ok"]


def test_control_characters_are_removed_at_import(
    ws: Workspace, morning: str, tmp_path: Path
) -> None:
    text = "Nom;Prénom;Société;Note\r\n"
    text += "".join(f"Alaoui;Omar{i};OCP;{'a' * 1900}\r\n" for i in range(3))  # NUL after 4 KB
    text += "Tazi;Sal\x00ma;Cosumar;ok\r\n" + ";".join(HOSTILE) + "\r\n"
    path = tmp_path / "Inscrits.csv"
    path.write_text(text, encoding="utf-8")
    assert text.encode().index(b"\x00") > 4096
    report = import_file(ws, morning, path)
    assert report.created == 5
    assert sorted(i.line for i in report.warnings if i.code == "control_characters") == [5, 6]
    rows = {r.name: r for r in registrations.list_registrations(ws, morning)}
    assert {"Salma Tazi", "Karim Ben[31mnani"} <= set(rows)
    assert rows["Karim Ben[31mnani"].organisation == "Atlas Conseil"


def test_control_characters_are_removed_at_entry(ws: Workspace, morning: str) -> None:
    reg = registrations.register_walk_in(
        ws, morning, "Ka\x1brim\u202e Bennani", "At\x00las", "guest"
    )
    row = registrations.get_registration(ws, reg)
    assert (row.name, row.organisation) == ("Karim Bennani", "Atlas")
    registrations.edit_registration(ws, reg, note="ligne 1\nligne\x07 2")
    assert registrations.get_registration(ws, reg).note == "ligne 1\nligne 2"


def test_the_registrations_command_never_prints_them_raw(
    ws: Workspace, morning: str, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rows stored before the fix (or by an older desk) are shown escaped."""
    reg = registrations.register_walk_in(ws, morning, "Karim Bennani", "Atlas", "guest")
    row = registrations.get_registration(ws, reg)
    ws.record(
        "person.updated",
        {"id": row.person_id, "fields": {"first_name": "\x1b]0;pwned\x07Ka\u202erim"}},
    )
    ws.close()
    assert main(["--db", str(db_path), "registrations", "--event", "2026-12-10"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "\\x1b]0;pwned\\x07Ka\\u202erim Bennani" in out
    assert main(["--db", str(db_path), "--json", "registrations", "--event", "2026-12-10"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert json.loads(out)[0]["name"] == "\x1b]0;pwned\x07Ka\u202erim Bennani"


def test_strip_and_printable() -> None:
    assert strip_controls("a\x00b\x1bc\u202ed\u2066e\tf\ng") == "abcde f g"
    assert strip_controls("a\r\nb\x07", multiline=True) == "a\nb"
    assert printable("a\x1bb\u202e") == "a\\x1bb\\u202e"
    assert printable("محمد بناني — Élodie") == "محمد بناني — Élodie"


def test_a_cp1252_file_is_read_and_said_so(ws: Workspace, morning: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "Inscrits.csv", [["Lefèvre", "Hélène", "Société Générale", ""]],
                     "cp1252")  # fmt: skip
    report = import_file(ws, morning, path)
    assert (report.encoding, report.encoding_guessed) == ("cp1252", True)
    assert names(ws, morning) == ["Hélène Lefèvre"]
    assert "encoding: Windows-1252 (Western European), guessed" in summary(report)
    assert report.to_json()["encoding_guessed"] is True


def test_utf8_with_one_broken_byte_stays_utf8(ws: Workspace, morning: str, tmp_path: Path) -> None:
    """Before: one invalid byte made the whole file cp1252, every accent garbled (`Ã©`)."""
    path = write_csv(
        tmp_path / "Inscrits.csv",
        [["Lefèvre", "Hélène", "Société Générale", ""], ["Benn\xe9ni", "Karim", "Atlas", ""]],
    )
    raw = path.read_bytes().replace("Bennéni".encode(), b"Benn\xe9ni")
    path.write_bytes(raw)
    report = import_file(ws, morning, path)
    assert (report.encoding, report.encoding_guessed) == ("utf-8", True)
    assert names(ws, morning) == ["Hélène Lefèvre", "Karim Benn\ufffdni"]
    assert "encoding: UTF-8, guessed: some bytes are not valid UTF-8" in summary(report)


def test_a_clean_utf8_file_is_not_a_guess(ws: Workspace, morning: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "Inscrits.csv", [["Lefèvre", "Hélène", "SG", ""]])
    report = import_file(ws, morning, path)
    assert (report.encoding, report.encoding_guessed) == ("utf-8-sig", False)
    assert "encoding: UTF-8." in summary(report)


def test_a_refused_import_writes_nothing(ws: Workspace, tmp_path: Path) -> None:
    """A database without categories: the refused file used to leave 8 `category.created`."""
    morning = mornings.create(
        ws, mornings.MorningInput(title="Matinale", date="2026-12-10", venue="Hyatt Regency")
    )
    before = operations(ws)
    path = write_csv(
        tmp_path / "Inscrits.csv",
        [["Bennani", "Karim", "Atlas", ""], ["Tazi", "Salma", "Cosumar", "n" * 40_000]],
    )
    with pytest.raises(ImportFileError, match="more than 32767 characters"):
        import_file(ws, morning, path)
    assert operations(ws) == before
    assert categories.list_categories(ws, seed=False) == []


def test_an_accepted_import_seeds_the_categories_with_it(ws: Workspace, tmp_path: Path) -> None:
    morning = mornings.create(
        ws, mornings.MorningInput(title="Matinale", date="2026-12-10", venue="Hyatt Regency")
    )
    path = write_csv(tmp_path / "Inscrits.csv", [["Bennani", "Karim", "Atlas", ""]])
    import_file(ws, morning, path)
    assert len(categories.list_categories(ws, seed=False)) == 8
    assert [r.category for r in registrations.list_registrations(ws, morning)] == ["guest"]
