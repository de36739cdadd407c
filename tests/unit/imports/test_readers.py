"""Readers: whatever encoding and separator French Excel or Google picked, cells come back."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mornings_desktop.imports.mapping import guess_mapping, mapping_for, recall, remember
from mornings_desktop.imports.readers import (
    ImportFileError,
    cell_text,
    detect_delimiter,
    detect_encoding,
    open_table,
)

HEADERS = ["Nom", "Prénom", "Société", "Courriel", "Téléphone", "Fonction", "Catégorie"]
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâîïôöùûçÉÈÀÇœ'-.@ 0123456789"
ARABIC = "محمدبنانيالعلويفاطمة "
cell = st.text(alphabet=LETTERS, max_size=20).map(lambda s: " ".join(s.split()))
arabic_cell = st.text(alphabet=LETTERS + ARABIC, max_size=20).map(lambda s: " ".join(s.split()))


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]], str, str]:
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    width = draw(st.integers(2, len(HEADERS)))
    headers = HEADERS[:width]
    cells = cell if encoding == "cp1252" else arabic_cell
    rows = draw(st.lists(st.lists(cells, min_size=width, max_size=width), min_size=1, max_size=15))
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    return headers, rows, encoding, delimiter


@settings(max_examples=60)
@given(tables())
def test_csv_round_trip_any_encoding_and_separator(
    tmp_path_factory: pytest.TempPathFactory, table: tuple[list[str], list[list[str]], str, str]
) -> None:
    headers, rows, encoding, delimiter = table
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("csv") / "liste.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    read = open_table(path)
    assert read.headers == headers
    body = [cells for _, cells in read.rows]
    expected = [r for r in rows]
    # fully blank rows at the end are dropped by nobody: compare padded rows
    assert [c + [""] * (len(headers) - len(c)) for c in body] == expected


def test_encoding_detection() -> None:
    assert detect_encoding("Hélène".encode("cp1252")) == "cp1252"
    assert detect_encoding("Hélène".encode()) == "utf-8-sig"
    assert detect_encoding(b"\xef\xbb\xbfNom") == "utf-8-sig"
    assert detect_encoding("é".encode()[:1]) == "utf-8-sig"  # a character cut by the sample


def test_delimiter_detection() -> None:
    assert detect_delimiter("NOM;PRENOM\nA;B\n") == ";"
    assert detect_delimiter("a\tb\n1\t2\n") == "\t"
    assert detect_delimiter('"First Name","Last Name"\n"A","B"\n') == ","
    assert detect_delimiter("Nom\n") == ","


def test_cell_text() -> None:
    from datetime import datetime

    assert cell_text(661234567.0) == "661234567"
    assert cell_text(12.5) == "12.5"
    assert cell_text(datetime(2026, 11, 20, 9, 30)) == "2026-11-20 09:30:00"
    assert cell_text("  Hélène   Lefèvre ") == "Hélène Lefèvre"
    assert cell_text(None) == ""


def test_ods_and_xls_are_read_when_given(tmp_path: Path) -> None:
    ods = tmp_path / "x.ods"
    ods.write_bytes(b"PK\x03\x04" + b"garbage")
    with pytest.raises(ImportFileError, match="damaged or truncated"):
        open_table(ods)


def test_mapping_remembered_per_shape(tmp_path: Path) -> None:
    headers = ["Participant", "Boîte", "Contact"]
    guessed = guess_mapping(headers)
    assert not guessed.sure
    guessed.columns = ["full_name", "organisation", "email"]
    remember(tmp_path, guessed)
    again = mapping_for(tmp_path, ["participant", "BOÎTE", "contact"])
    assert again.remembered and again.columns == ["full_name", "organisation", "email"]
    assert recall(tmp_path, ["Participant", "Boîte"]) is None


@settings(max_examples=100)
@given(st.lists(st.text(max_size=30), max_size=12))
def test_mapping_never_gives_a_field_twice(headers: list[str]) -> None:
    mapping = guess_mapping(headers)
    used = [c for c in mapping.columns if c]
    assert len(used) == len(set(used)) and len(mapping.columns) == len(headers)
