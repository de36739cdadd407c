"""A bundle's trailer is signed by the desk that wrote it (DESIGN §6, "Bundles").

The bundle key is shared by every desk of the organisation (and travels in join files),
so the encryption only says "a holder of the key wrote this". These tests take a real file written
by a real desk and tamper with it the way a holder of the bundle key can: decrypt, change the
lines or the header, and seal again with the same key. Each such file is refused whole, with one
sentence, and nothing is imported."""

from __future__ import annotations

import json
import secrets
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle
from mornings_desktop.sync.bundle import BundleError
from tests.sync.conftest import REPO, cli, cli_env

MakeDesk = Callable[..., Workspace]


def _titles(ws: Workspace) -> list[str]:
    return sorted(m.title for m in mornings.list_mornings(ws))


def _unseal(ws: Workspace, path: Path) -> tuple[dict[str, object], list[bytes]]:
    """What any holder of the bundle key reads: the header and the lines (trailer last)."""
    data = path.read_bytes()
    end = data.index(b"\n") + 1
    header = json.loads(data[:end])
    nonce = bytes.fromhex(header["nonce"])
    body = ChaCha20Poly1305(bundle.bundle_key(ws)).decrypt(nonce, data[end:], data[:end])
    lines = body.split(b"\n")
    assert lines[-1] == b""
    return header, lines[:-1]


def _seal(ws: Workspace, path: Path, header: dict[str, object], lines: list[bytes]) -> None:
    """Seal `lines` again with the bundle key, under `header` (a new nonce)."""
    nonce = secrets.token_bytes(12)
    head = (
        json.dumps({**header, "nonce": nonce.hex()}, sort_keys=True, separators=(",", ":")) + "\n"
    ).encode()
    body = b"".join(line + b"\n" for line in lines)
    path.write_bytes(head + ChaCha20Poly1305(bundle.bundle_key(ws)).encrypt(nonce, body, head))


def _seal_signed(
    ws: Workspace, path: Path, header: dict[str, object], body: list[bytes], key: Any, cert: Any
) -> None:
    """Seal `body` with the bundle key and a trailer signed by `key` (certificate `cert`)."""
    from mornings_desktop.sync import bundle_trailer

    nonce = secrets.token_bytes(12)
    head = (
        json.dumps({**header, "nonce": nonce.hex()}, sort_keys=True, separators=(",", ":")) + "\n"
    ).encode()
    sealed = b"".join(line + b"\n" for line in body)
    sealed += bundle_trailer.trailer_line(head, body, key, cert)
    path.write_bytes(head + ChaCha20Poly1305(bundle.bundle_key(ws)).encrypt(nonce, sealed, head))


def _op_lines(lines: list[bytes]) -> list[int]:
    return [i for i, line in enumerate(lines) if b'"sig"' in line and b'"body"' in line]


def _with_count(trailer: bytes, count: int) -> bytes:
    fields = json.loads(trailer)
    fields["count"] = count
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()


def _desks(make_desk: MakeDesk) -> tuple[Workspace, Workspace, Workspace]:
    writer, other, reader = make_desk("Accueil 1"), make_desk("Accueil 2"), make_desk("Bureau")
    for i in range(4):
        mornings.create(writer, mornings.MorningInput(title=f"M{i}", date="2026-12-10"))
    mornings.create(other, mornings.MorningInput(title="Autre", date="2026-12-11"))
    return writer, other, reader


ATTACKS = ["old_trailer", "removed", "reordered", "added", "header_desk"]


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_bundle_altered_with_the_bundle_key_is_refused_whole(
    make_desk: MakeDesk, tmp_path: Path, attack: str
) -> None:
    writer, other, reader = _desks(make_desk)
    path = tmp_path / "a.mornings-bundle"
    bundle.export_bundle(writer, path)
    header, lines = _unseal(reader, path)
    body, trailer = lines[:-1], lines[-1]
    ops = _op_lines(body)
    if attack == "old_trailer":  # no desk key: drop an operation, write the trailer again
        del body[ops[-1]]
        trailer = json.dumps({"end": True, "count": len(body)}).encode()
    elif attack == "removed":  # the signed trailer kept, its count made to match
        del body[ops[-1]]
        trailer = _with_count(trailer, len(body))
    elif attack == "reordered":
        body[ops[0]], body[ops[-1]] = body[ops[-1]], body[ops[0]]
    elif attack == "added":  # a genuine operation of another desk slipped in
        other_path = tmp_path / "other.mornings-bundle"
        bundle.export_bundle(other, other_path)
        _, other_lines = _unseal(reader, other_path)
        body.append(other_lines[_op_lines(other_lines[:-1])[-1]])
        trailer = _with_count(trailer, len(body))
    else:  # the file claims another desk wrote it
        header = {**header, "desk_id": other.desk_id}
    _seal(reader, path, header, [*body, trailer])
    with pytest.raises(BundleError) as caught:
        bundle.import_bundle(reader, path)
    text = str(caught.value)
    assert "\n" not in text and "Nothing was imported" in text
    expected = "not signed" if attack == "old_trailer" else "does not match"
    assert expected in text
    assert _titles(reader) == []
    # The untouched file imports.
    bundle.export_bundle(writer, path)
    assert bundle.import_bundle(reader, path).applied >= 4
    assert _titles(reader) == ["M0", "M1", "M2", "M3"]


def test_a_trailer_signed_by_another_desk_is_refused(make_desk: MakeDesk, tmp_path: Path) -> None:
    """Desk 2 holds its own key: it can sign, but not as desk 1."""
    from mornings_desktop.ledger import signing
    from mornings_desktop.sync import bundle_trailer

    writer, other, reader = _desks(make_desk)
    path = tmp_path / "a.mornings-bundle"
    bundle.export_bundle(writer, path)
    header, lines = _unseal(reader, path)
    body = lines[:-1]
    del body[_op_lines(body)[-1]]
    key = signing.desk_key(other.org_id, other.desk_id)
    assert key is not None
    with other.db.read() as session:
        certificate = bundle_trailer.own_certificate(session, other.org_id, other.desk_id, key)
    assert certificate is not None
    _seal_signed(reader, path, header, body, key, certificate)
    with pytest.raises(BundleError, match="signed by the desk Accueil 2") as caught:
        bundle.import_bundle(reader, path)
    assert "Nothing was imported" in str(caught.value)
    assert _titles(reader) == []
    # Desk 2 may carry desk 1's operations under its own name (a relay): that file is accepted.
    _seal_signed(reader, path, {**header, "desk_id": other.desk_id}, body, key, certificate)
    assert bundle.import_bundle(reader, path).applied >= 3
    assert _titles(reader) == ["M0", "M1", "M2"]


def test_a_desk_the_organisation_never_certified_is_refused(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    """A key and a certificate made up by whoever holds the bundle key (not the organisation)."""
    from mornings_desktop.trust import keys
    from mornings_desktop.trust.certificates import Certificate, issue_certificate

    writer, _other, reader = _desks(make_desk)
    path = tmp_path / "a.mornings-bundle"
    bundle.export_bundle(writer, path)
    header, lines = _unseal(reader, path)
    body = lines[:-1]
    desk_key, fake_org = keys.new_key(), keys.new_key()
    cert = Certificate(
        writer.org_id,
        writer.desk_id,
        "Accueil 1",
        "organiser",
        keys.public_text(desk_key),
        "2026-11-30T10:00:00Z",
    )
    certificate = issue_certificate(fake_org, cert)
    _seal_signed(reader, path, header, body, desk_key, certificate)
    with pytest.raises(BundleError, match="not certified") as caught:
        bundle.import_bundle(reader, path)
    assert "Nothing was imported" in str(caught.value)
    assert _titles(reader) == []


def test_a_forged_bundle_on_the_command_line_exits_2_with_one_sentence(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    writer, _other, reader = _desks(make_desk)
    path = tmp_path / "a.mornings-bundle"
    bundle.export_bundle(writer, path)
    header, lines = _unseal(reader, path)
    body = lines[:-1]
    del body[_op_lines(body)[0]]
    _seal(reader, path, header, [*body, json.dumps({"end": True, "count": len(body)}).encode()])
    reader.close()
    done = subprocess.run(
        cli("--db", str(reader.path), "sync", "import", str(path)),
        cwd=REPO,
        env=cli_env(),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("mornings: ") and done.stderr.count("\n") == 1
    assert "not signed" in done.stderr and "Traceback" not in done.stderr


# `check_trailer` alone, on hostile trailers (no file, no desk): each refusal, never a crash.


def _signed_trailer() -> tuple[dict[str, Any], Any, list[bytes]]:
    from mornings_desktop.sync import bundle_trailer
    from mornings_desktop.trust import keys
    from mornings_desktop.trust.certificates import Certificate, issue_certificate

    org, desk = keys.new_key(), keys.new_key()
    cert = Certificate(
        "org-1", "desk-1", "Porte", "door", keys.public_text(desk), "2026-11-30T10:00:00Z"
    )
    lines = [b'{"a":1}', b'{"b":2}', b'{"c":3}']
    line = bundle_trailer.trailer_line(b"HEADER\n", lines, desk, issue_certificate(org, cert))
    return json.loads(line), org.public_key(), lines


def _check(trailer: dict[str, Any], org_public: Any, lines: list[bytes]) -> Any:
    from mornings_desktop.sync import bundle_trailer

    return bundle_trailer.check_trailer(trailer, b"HEADER", "desk-1", lines, "org-1", org_public)


def test_a_trailer_refuses_any_changed_moved_or_dropped_line() -> None:
    from mornings_desktop.sync import bundle_trailer

    trailer, org_public, lines = _signed_trailer()
    assert _check(trailer, org_public, lines) is None
    for other in ([lines[0], lines[1], b'{"c":4}'], [lines[1], lines[0], lines[2]], lines[:2]):
        refusal = _check(trailer, org_public, other)
        assert refusal is not None and refusal.text == bundle_trailer.MISMATCH
        assert refusal.values == {"desk": "Porte"}


def test_a_trailer_without_its_signature_or_certificate_is_refused_as_unsigned() -> None:
    from mornings_desktop.sync import bundle_trailer

    trailer, org_public, lines = _signed_trailer()
    for name in ("sig", "certificate"):
        partial = {k: v for k, v in trailer.items() if k != name}
        assert _check(partial, org_public, lines) == bundle_trailer.Refusal(bundle_trailer.UNSIGNED)


def test_a_trailer_whose_certificate_cannot_be_checked_is_refused_as_uncertified() -> None:
    from mornings_desktop.sync import bundle_trailer

    trailer, org_public, lines = _signed_trailer()
    uncertified = bundle_trailer.Refusal(bundle_trailer.UNCERTIFIED)
    assert _check(trailer, None, lines) == uncertified  # this desk holds no organisation key
    assert _check({**trailer, "certificate": "not a record"}, org_public, lines) == uncertified


def test_a_signature_with_stray_characters_is_refused() -> None:
    from mornings_desktop.sync import bundle_trailer

    trailer, org_public, lines = _signed_trailer()
    sig = str(trailer["sig"])
    refusal = _check({**trailer, "sig": sig[:10] + "!" + sig[10:]}, org_public, lines)
    assert refusal is not None and refusal.text == bundle_trailer.MISMATCH


def test_a_desk_without_its_certificate_has_nothing_to_sign_with(make_desk: MakeDesk) -> None:
    from sqlalchemy import delete

    from mornings_desktop.store.schema_trust import CertificateRow
    from mornings_desktop.sync import bundle_trailer

    ws = make_desk("Accueil 1")
    with ws.db.read() as session:
        assert bundle_trailer.exporting_desk(session, ws.org_id, ws.desk_id) is not None
    with ws.db.write() as session:
        session.execute(delete(CertificateRow).where(CertificateRow.desk_id == ws.desk_id))
        assert bundle_trailer.exporting_desk(session, ws.org_id, ws.desk_id) is None
