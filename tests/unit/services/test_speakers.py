"""The speakers directory: validation, search, merge, photos."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from mornings_desktop.errors import NotFound, ValidationError
from mornings_desktop.services import agenda, mornings, speakers
from mornings_desktop.services.agenda_rows import SessionInput
from mornings_desktop.services.speakers import SpeakerInput
from mornings_desktop.services.workspace import Workspace


def test_create_edit_search_ignoring_accents(ws: Workspace) -> None:
    sid = speakers.create(
        ws,
        SpeakerInput("  Hélène   Dupré ", organisation="Université Hassan II", languages="FR; en"),
    )
    info = speakers.get(ws, sid)
    assert (info.name, info.languages) == ("Hélène Dupré", "fr,en")
    speakers.update(ws, sid, SpeakerInput("Hélène Dupré", title="Économiste", organisation="UH2C"))
    assert [s.id for s in speakers.search(ws, "helene uh2c")] == [sid]
    assert speakers.search(ws, "economiste")[0].title == "Économiste"
    assert speakers.search(ws, "zzz") == []


def test_validation(ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        speakers.create(ws, SpeakerInput("   "))
    with pytest.raises(ValidationError, match="e-mail"):
        speakers.create(ws, SpeakerInput("A", email="not-an-address"))
    assert speakers.list_speakers(ws) == []


def test_find_by_name(ws: Workspace) -> None:
    speakers.create(ws, SpeakerInput("Karim Tazi"))
    speakers.create(ws, SpeakerInput("Karim Bennani"))
    assert speakers.find_by_name(ws, "karim tazi").name == "Karim Tazi"
    assert speakers.find_by_name(ws, "Bennani").name == "Karim Bennani"
    with pytest.raises(NotFound, match="Several speakers"):
        speakers.find_by_name(ws, "Karim")
    with pytest.raises(NotFound, match="No speaker named Zineb"):
        speakers.find_by_name(ws, "Zineb")


def test_merge_moves_sessions_and_fills_gaps(ws: Workspace) -> None:
    day = mornings.create(ws, mornings.MorningInput(title="M", date="2026-12-10"))
    keep = speakers.create(ws, SpeakerInput("Leïla Chraibi", organisation="Médias24"))
    dup = speakers.create(
        ws,
        SpeakerInput("Leila Chraibi", email="leila@example.ma", title="Journaliste"),
        namesake=True,  # the same person entered twice, which merge is for
    )
    s1 = agenda.create_session(
        ws, day, SessionInput("panel", "P", "09:00", 30), [(dup, "moderator")]
    )
    s2 = agenda.create_session(
        ws, day, SessionInput("talk", "T", "10:00", 30), [(keep, "speaker"), (dup, "speaker")]
    )
    speakers.merge(ws, keep, dup)
    assert [s.id for s in speakers.list_speakers(ws)] == [keep]
    merged = speakers.get(ws, dup)  # the merged entry resolves to the kept one
    assert (merged.id, merged.email, merged.title, merged.organisation) == (
        keep,
        "leila@example.ma",
        "Journaliste",
        "Médias24",
    )
    assert [(p.speaker_id, p.role) for p in agenda.get_session(ws, s1).speakers] == [
        (keep, "moderator")
    ]
    assert [(p.speaker_id, p.role) for p in agenda.get_session(ws, s2).speakers] == [
        (keep, "speaker")
    ]
    with pytest.raises(ValidationError):
        speakers.merge(ws, keep, keep)


def test_photo_is_validated_and_thumbnailed(ws: Workspace, tmp_path: Path) -> None:
    good = tmp_path / "face.jpg"
    Image.new("RGB", (1200, 800), (200, 30, 40)).save(good, format="JPEG")
    sid = speakers.create(ws, SpeakerInput("Nadia Fettah"), photo=good)
    png = speakers.photo_png(ws, sid)
    assert png is not None
    with Image.open(io.BytesIO(png)) as thumb:
        assert thumb.format == "PNG" and max(thumb.size) == 400


@pytest.mark.parametrize(
    "content", [b"", b"%PDF-1.4 not a photo", b"\x89PNG\r\n\x1a\n" + b"\0" * 40]
)
def test_a_file_that_is_not_an_image_is_refused(
    ws: Workspace, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "cv.png"
    bad.write_bytes(content)
    with pytest.raises(ValidationError, match=r"cv\.png is not an image"):
        speakers.create(ws, SpeakerInput("Nadia Fettah"), photo=bad)
    assert speakers.list_speakers(ws) == []
    sid = speakers.create(ws, SpeakerInput("Nadia Fettah"))
    with pytest.raises(ValidationError, match="not an image"):
        speakers.set_photo(ws, sid, bad)
    assert speakers.photo_png(ws, sid) is None
    with pytest.raises(ValidationError, match="Cannot read"):
        speakers.set_photo(ws, sid, tmp_path / "missing.jpg")


def test_a_name_already_in_the_directory_is_refused_with_its_id(ws: Workspace) -> None:
    first = speakers.create(ws, SpeakerInput("Karim Tazi"))
    with pytest.raises(ValidationError) as refused:
        speakers.create(ws, SpeakerInput("karim  TAZI"))
    assert first in str(refused.value)
    assert len(speakers.list_speakers(ws)) == 1
    namesake = speakers.create(ws, SpeakerInput("Karim Tazi"), namesake=True)
    assert namesake != first and len(speakers.list_speakers(ws)) == 2


def test_add_speaker_command_refuses_a_namesake_unless_new(db_path: Path) -> None:
    from mornings_desktop.cli import main

    assert main(["--db", str(db_path), "agenda", "add-speaker", "Karim Tazi"]) == 0
    assert main(["--db", str(db_path), "agenda", "add-speaker", "Karim Tazi"]) == 2
    assert main(["--db", str(db_path), "agenda", "add-speaker", "Karim Tazi", "--new"]) == 0
