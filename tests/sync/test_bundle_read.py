"""Reading a bundle file, line by line: files sealed and signed by a desk of the organisation (a
stolen laptop can write them) whose content is still wrong are refused whole with the sentence
that says what is wrong with them; a file that cannot be read says why in the system's words;
the window hears what an import brought, once."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from mornings_desktop.ledger import signing
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle, bundle_trailer
from mornings_desktop.sync.bundle import BundleError

MakeDesk = Callable[..., Workspace]


def _seal(
    path: Path,
    ws: Workspace,
    lines: list[bytes],
    *,
    end: object = True,
    pad: str = "",
    trailer_text: bytes | None = None,
) -> bytes:
    """A bundle of these raw lines, sealed with the organisation's bundle key and its trailer
    signed by `ws`'s desk key; `end` is written in the trailer as given (it is not signed), `pad`
    in a header field of its own (to set the header's length), `trailer_text` instead of the
    trailer. Returns the header line."""
    nonce = secrets.token_bytes(12)
    fields = {
        "format": "mornings-bundle",
        "version": 2,
        "org_id": ws.org_id,
        "desk_id": ws.desk_id,
        "created_at": "2026-12-02T10:00:00Z",
        "nonce": nonce.hex(),
    }
    header = (json.dumps({**fields, "pad": pad} if pad else fields) + "\n").encode()
    key = signing.desk_key(ws.org_id, ws.desk_id)
    assert key is not None
    with ws.db.read() as session:
        certificate = bundle_trailer.own_certificate(session, ws.org_id, ws.desk_id, key)
    assert certificate is not None
    trailer = json.loads(bundle_trailer.trailer_line(header, lines, key, certificate))
    trailer["end"] = end
    last = json.dumps(trailer).encode() if trailer_text is None else trailer_text
    body = b"".join(line + b"\n" for line in lines) + last + b"\n"
    path.write_bytes(header + ChaCha20Poly1305(bundle.bundle_key(ws)).encrypt(nonce, body, header))
    return header


def _exported_lines(ws: Workspace, path: Path) -> list[bytes]:
    bundle.export_bundle(ws, path)
    return [
        json.dumps(entry, ensure_ascii=False).encode() for entry in bundle.read_bundle(ws, path)
    ]


@pytest.mark.parametrize("end", [False, None, 1, "true"])
def test_a_trailer_that_does_not_say_end_is_an_incomplete_file(
    make_desk: MakeDesk, tmp_path: Path, end: object
) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    lines = _exported_lines(a, tmp_path / "a.bundle")
    _seal(tmp_path / "ok.bundle", a, lines)
    assert len(bundle.read_bundle(b, tmp_path / "ok.bundle")) == len(lines)  # the control
    _seal(tmp_path / "cut.bundle", a, lines, end=end)
    with pytest.raises(BundleError) as refused:
        bundle.import_bundle(b, tmp_path / "cut.bundle")
    assert "is incomplete (truncated copy?)" in str(refused.value)
    assert mornings.list_mornings(b) == []


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        (b"[1, 2]", "not an object"),
        (b'"a text"', "not an object"),
        (b'{"sig": ', "line is not JSON"),
    ],
)
def test_a_line_that_is_no_operation_is_named_with_its_number_and_why(
    make_desk: MakeDesk, tmp_path: Path, line: bytes, detail: str
) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    lines = _exported_lines(a, tmp_path / "a.bundle")
    _seal(tmp_path / "bad.bundle", a, [*lines, line])
    with pytest.raises(BundleError) as refused:
        bundle.import_bundle(b, tmp_path / "bad.bundle")
    assert refused.value.params["line"] == len(lines) + 2  # the header is line 1
    assert str(refused.value.params["detail"]).startswith(detail), refused.value.params
    assert "nothing imported" in str(refused.value)
    assert mornings.list_mornings(b) == []


def test_a_line_of_32_mib_is_read_and_one_character_more_is_refused(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """An import batch (the largest operation) may take 32 MiB on its line: 33,554,432
    characters are read, 33,554,433 are refused."""
    a = make_desk("Accueil 1")
    frame = b'{"sig":"","body":""}'
    for size, read in ((33_554_432, True), (33_554_433, False)):
        line = b'{"sig":"","body":"' + b"x" * (size - len(frame)) + b'"}'
        assert len(line) == size
        _seal(tmp_path / "large.bundle", a, [line])
        if read:
            [entry] = bundle.read_bundle(a, tmp_path / "large.bundle")
            assert len(entry["body"]) == size - len(frame)
        else:
            with pytest.raises(BundleError) as refused:
                bundle.read_bundle(a, tmp_path / "large.bundle")
            assert "too large (33554433 characters" in str(refused.value.params["detail"])


def test_a_file_that_cannot_be_read_says_why_in_the_systems_words(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    a = make_desk("Accueil 1")
    with pytest.raises(BundleError) as refused:
        bundle.import_bundle(a, tmp_path / "absent.bundle")
    assert refused.value.params["detail"] == "No such file or directory"
    assert str(refused.value) == (
        f"Cannot read the bundle {tmp_path / 'absent.bundle'}: No such file or directory"
    )


def test_the_window_hears_what_an_import_brought_once(make_desk: MakeDesk, tmp_path: Path) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    mornings.create(a, mornings.MorningInput(title="A", date="2026-12-10"))
    bundle.export_bundle(a, tmp_path / "a.bundle")
    heard: list[list[Op]] = []
    b.subscribe(heard.append)
    first = bundle.import_bundle(b, tmp_path / "a.bundle")
    assert len(heard) == 1 and len(heard[0]) == first.applied >= 1
    assert "morning.created" in {op.type for op in heard[0]}
    bundle.import_bundle(b, tmp_path / "a.bundle")  # nothing new: nothing to hear
    assert len(heard) == 1


def test_a_folder_that_refuses_the_file_gives_its_own_reason_and_leaves_nothing(
    make_desk: MakeDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stick mounted read-only or a folder of another user (root is never refused here, so the
    refusal is the system's answer, faked at the opener): the desk person reads that reason, not a
    "no such file" about the temporary file that was never made."""
    desk = make_desk("Porte")

    def refuse(path: object, flags: int) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(bundle, "private_opener", refuse)
    with pytest.raises(PermissionError):
        bundle.export_bundle(desk, tmp_path / "out.bundle")
    assert list(tmp_path.glob("out.bundle*")) == []


def test_a_write_that_fails_leaves_neither_the_bundle_nor_its_part(
    make_desk: MakeDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = make_desk("Porte")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundle.os, "fsync", full)
    with pytest.raises(OSError, match="No space left"):
        bundle.export_bundle(desk, tmp_path / "out.bundle")
    assert list(tmp_path.glob("out.bundle*")) == []
