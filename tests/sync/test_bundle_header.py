"""A bundle's first and last lines, as a hand-made or damaged file may hold them: the header is
the first line, of at most 4,096 bytes with its newline, and must be a JSON object; the trailer
must be JSON; a desk whose organisation key cannot be read refuses a bundle with a sentence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mornings_desktop.ledger import signing
from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.sync import bundle
from mornings_desktop.sync.bundle import BundleError
from tests.sync.test_bundle_read import _exported_lines, _seal

MakeDesk = Callable[..., Workspace]
NOT_A_BUNDLE = "is not a Mornings bundle file"


def _refused(ws: Workspace, path: Path) -> str:
    with pytest.raises(BundleError) as refused:
        bundle.import_bundle(ws, path)
    assert mornings.list_mornings(ws) == []
    return str(refused.value)


def test_a_header_of_4096_bytes_is_read_and_one_byte_more_is_not(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    lines = _exported_lines(a, tmp_path / "a.bundle")
    short = _seal(tmp_path / "probe.bundle", a, lines, pad="x")
    fits = "x" * (4096 - len(short) + 1)  # the header line, newline included: 4,096 bytes
    header = _seal(tmp_path / "fits.bundle", a, lines, pad=fits)
    assert len(header) == 4096
    assert len(bundle.read_bundle(b, tmp_path / "fits.bundle")) == len(lines)
    header = _seal(tmp_path / "long.bundle", a, lines, pad=fits + "x")
    assert len(header) == 4097
    assert NOT_A_BUNDLE in _refused(b, tmp_path / "long.bundle")


def test_a_file_that_does_not_begin_with_its_header_is_no_bundle(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """An empty first line (a bundle pasted after a newline) or a first line that is broken JSON
    (`{"format": …` cut short) is no header: the file is not a bundle, whatever follows."""
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    bundle.export_bundle(a, tmp_path / "a.bundle")
    genuine = (tmp_path / "a.bundle").read_bytes()
    (tmp_path / "blank.bundle").write_bytes(b"\n" + genuine)
    assert NOT_A_BUNDLE in _refused(b, tmp_path / "blank.bundle")
    (tmp_path / "broken.bundle").write_bytes(b'{"format": "mornings-bundle",\n' + genuine)
    assert NOT_A_BUNDLE in _refused(b, tmp_path / "broken.bundle")
    assert bundle.import_bundle(b, tmp_path / "a.bundle").applied >= 1  # the control


def test_a_trailer_that_is_not_json_is_an_incomplete_file(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    lines = _exported_lines(a, tmp_path / "a.bundle")
    _seal(tmp_path / "cut.bundle", a, lines, trailer_text=b'{"end": true, "count"')
    assert "is incomplete (truncated copy?)" in _refused(b, tmp_path / "cut.bundle")


def test_a_desk_whose_organisation_key_is_unreadable_refuses_with_a_sentence(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """A damaged `org_public_key` in the database (a restored, edited copy): the desk cannot tell
    who signed the file, so it refuses it, as one of another organisation's desks."""
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    bundle.export_bundle(a, tmp_path / "a.bundle")
    with b.db.write() as session:
        meta.put(session, signing.ORG_PUBLIC_KEY, "not a key")
    text = _refused(b, tmp_path / "a.bundle")
    assert "Traceback" not in text and "KeyFormatError" not in text
