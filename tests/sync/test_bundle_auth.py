"""Bundles are authenticated with the organisation's bundle key: a bundle written by hand (an old
format-1 file with a recomputed checksum, or a format-2 file sealed with another key), or any
altered byte, is refused whole with one sentence, and nothing is applied."""

from __future__ import annotations

import hashlib
import json
import secrets
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from mornings_desktop.ledger import hlc
from mornings_desktop.services import mornings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle
from mornings_desktop.sync.bundle import BundleError
from tests.sync.conftest import REPO, cli, cli_env

MakeDesk = Callable[..., Workspace]


def _intruder_line(ws: Workspace) -> dict[str, object]:
    return {
        "op_id": str(uuid.uuid4()),
        "desk_id": str(uuid.uuid4()),
        "desk_seq": 1,
        "hlc": hlc.encode(hlc.wall_ms_now(), 0),
        "type": "desk.announced",
        "payload": json.dumps({"id": str(uuid.uuid4()), "name": "Intrus"}),
    }


def _titles(ws: Workspace) -> list[str]:
    return sorted(m.title for m in mornings.list_mornings(ws))


def test_v1_bundle_with_recomputed_checksum_is_refused(make_desk: MakeDesk, tmp_path: Path) -> None:
    ws = make_desk("Accueil 1")
    header = {"format": "mornings-bundle", "version": 1, "org_id": ws.org_id, "desk_id": "x"}
    body = (json.dumps(header) + "\n" + json.dumps(_intruder_line(ws)) + "\n").encode()
    trailer = {"end": True, "count": 1, "sha256": hashlib.sha256(body).hexdigest()}
    path = tmp_path / "old.bundle"
    path.write_bytes(body + json.dumps(trailer).encode() + b"\n")
    with pytest.raises(BundleError, match="old bundle") as caught:
        bundle.import_bundle(ws, path)
    assert "\n" not in str(caught.value)


def test_bundle_sealed_without_the_organisation_key_is_refused(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    ws = make_desk("Accueil 1")
    nonce = secrets.token_bytes(12)
    header = (
        json.dumps(
            {
                "format": "mornings-bundle",
                "version": 2,
                "org_id": ws.org_id,  # public: printed in every bundle header
                "desk_id": "x",
                "created_at": "2026-11-30T10:00:00Z",
                "nonce": nonce.hex(),
            }
        )
        + "\n"
    ).encode()
    body = json.dumps(_intruder_line(ws)) + "\n" + json.dumps({"end": True, "count": 1}) + "\n"
    sealed = ChaCha20Poly1305(secrets.token_bytes(32)).encrypt(nonce, body.encode(), header)
    path = tmp_path / "forged.bundle"
    path.write_bytes(header + sealed)
    with pytest.raises(BundleError, match="not written by a desk of this organisation"):
        bundle.import_bundle(ws, path)


@pytest.mark.parametrize("where", ["header", "first_byte", "middle", "last_byte", "appended"])
def test_any_altered_byte_refuses_the_whole_bundle(
    make_desk: MakeDesk, tmp_path: Path, where: str
) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    for i in range(3):
        mornings.create(a, mornings.MorningInput(title=f"M{i}", date="2026-12-10"))
    path = tmp_path / "a.bundle"
    bundle.export_bundle(a, path)
    data = bytearray(path.read_bytes())
    body_start = data.index(b"\n") + 1
    if where == "header":
        data[: body_start - 1] = data[: body_start - 1].replace(
            b'"created_at":"', b'"created_at":"1'
        )
    elif where == "first_byte":
        data[body_start] ^= 1
    elif where == "middle":
        data[(body_start + len(data)) // 2] ^= 0x40
    elif where == "last_byte":
        data[-1] ^= 1
    else:
        data += b'{"op_id":"x"}\n'
    path.write_bytes(bytes(data))
    with pytest.raises(BundleError, match="altered"):
        bundle.import_bundle(b, path)
    assert _titles(b) == []
    # The untouched file imports.
    bundle.export_bundle(a, path)
    assert bundle.import_bundle(b, path).applied == 4
    assert _titles(b) == ["M0", "M1", "M2"]


def test_forged_bundle_on_the_command_line_is_one_sentence(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    ws = make_desk("Accueil 1")
    path = tmp_path / "forged.bundle"
    header = {"format": "mornings-bundle", "version": 1, "org_id": ws.org_id, "desk_id": "x"}
    body = (json.dumps(header) + "\n").encode()
    trailer = {"end": True, "count": 0, "sha256": hashlib.sha256(body).hexdigest()}
    path.write_bytes(body + json.dumps(trailer).encode() + b"\n")
    ws.close()
    done = subprocess.run(
        cli("--db", str(ws.path), "sync", "import", str(path)),
        cwd=REPO,
        env=cli_env(),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("mornings: ") and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
