"""Join files read and written in process (`test_join_file.py` checks the refusals through the
command line in a child process, where `make mutants` never reaches `sync/join_file.py`): a file
reads back as written, owner-only; each way a file can be wrong is refused in its own sentence,
from a file or standard input; a certificate must be the organisation's."""

from __future__ import annotations

import io
import json
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from mornings_desktop.errors import UserError
from mornings_desktop.sync import join_file
from mornings_desktop.trust import certificates, keys

ORG = str(uuid.uuid4())
TICKET = "ab" * 32
URL = "postgresql://hub_desk_porte:one-time@127.0.0.1:5432/hub"


def _file(**changes: Any) -> join_file.JoinFile:
    made = join_file.make("Porte", "door", URL, ORG, TICKET, "hub-1")
    return join_file.JoinFile(**{**made.__dict__, **changes})


def _signed(org_key: Any, *, org_id: str = ORG) -> dict[str, str]:
    cert = certificates.Certificate(
        org_id, str(uuid.uuid4()), "Porte", "door", keys.public_text(keys.new_key()),
        "2026-12-01T09:00:00Z",
    )  # fmt: skip
    return certificates.issue_certificate(org_key, cert).to_json()


def _write_raw(path: Path, data: dict[str, Any], *, checksum: bool = True) -> Path:
    body = {k: v for k, v in data.items() if k != "sha256"}
    if checksum:
        data = {**body, "sha256": join_file._digest(body)}
    path.write_text(json.dumps(data))
    return path


def _raw(made: join_file.JoinFile, tmp: Path) -> dict[str, Any]:
    written = join_file.write_join_file(tmp / "made.mornings-join", made)
    data: dict[str, Any] = json.loads(written.read_text())
    return data


def test_a_join_file_reads_back_as_written_owner_only(tmp_path: Path) -> None:
    made = _file()
    path = tmp_path / "porte.mornings-join"
    path.write_text("an older file")
    assert join_file.write_join_file(path, made) == path.absolute()
    assert path.stat().st_mode & 0o777 == 0o600
    assert not path.with_name(path.name + ".part").exists()
    assert join_file.read_join_file(path) == made
    data = json.loads(path.read_text())
    assert (data["format"], data["version"]) == ("mornings-join", 1)

    org_key = keys.new_key()
    existing = _file(certificate=_signed(org_key), org_public_key=keys.public_text(org_key))
    assert existing.for_existing_desk
    join_file.write_join_file(path, existing)
    assert json.loads(path.read_text())["version"] == 2
    assert join_file.read_join_file(path) == existing

    offline = _file(
        hub_url=None,
        hub_id=None,
        certificate=_signed(org_key),
        desk_key=keys.private_text(keys.new_key()),
        org_public_key=keys.public_text(org_key),
    )
    join_file.write_join_file(path, offline)
    assert join_file.read_join_file(path) == offline and offline.login == ""
    assert made.login == "hub_desk_porte"


def test_from_standard_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _file()
    text = join_file.write_join_file(tmp_path / "f", made).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    assert join_file.read_join_file("-") == made
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"nothing")))
    with pytest.raises(UserError, match="standard input is not a Mornings join file"):
        join_file.read_join_file("-")


NOT_A_JOIN_FILE = "is not a Mornings join file"


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        ({"format": "mornings-bundle"}, NOT_A_JOIN_FILE),
        ({"version": "1"}, NOT_A_JOIN_FILE),
        ({"version": 1.0}, NOT_A_JOIN_FILE),
        ({"version": 3}, "was made by a newer version of Mornings Desktop"),
        ({"extra": 1}, NOT_A_JOIN_FILE),
        ({"role": "boss"}, NOT_A_JOIN_FILE),
        ({"desk": ""}, NOT_A_JOIN_FILE),
        ({"desk": "x" * 201}, NOT_A_JOIN_FILE),
        ({"desk": 5}, NOT_A_JOIN_FILE),
        ({"issued": None}, NOT_A_JOIN_FILE),
        ({"org_id": "not-a-uuid"}, NOT_A_JOIN_FILE),
        ({"org_id": ORG.upper()}, NOT_A_JOIN_FILE),
        ({"ticket_key": "zz" * 32}, NOT_A_JOIN_FILE),
        ({"ticket_key": "ab" * 15}, NOT_A_JOIN_FILE),
        ({"ticket_key": "ab" * 65}, NOT_A_JOIN_FILE),
        ({"desk_key": 5}, NOT_A_JOIN_FILE),
        ({"org_public_key": ["k"]}, NOT_A_JOIN_FILE),
        ({"certificate": "text"}, NOT_A_JOIN_FILE),
        ({"settings": ["s"]}, NOT_A_JOIN_FILE),
        ({"hub_url": None, "hub_id": None}, NOT_A_JOIN_FILE),  # no hub: a certificate needed
        ({"hub_url": None}, NOT_A_JOIN_FILE),
        ({"hub_id": None}, NOT_A_JOIN_FILE),
        ({"hub_id": 7}, NOT_A_JOIN_FILE),
        ({"hub_id": None, "certificate": {"body": "x", "sig": "y"}}, NOT_A_JOIN_FILE),
        ({"hub_url": "postgresql://hub_desk_porte@127.0.0.1:5432/hub"}, NOT_A_JOIN_FILE),
        ({"hub_url": "postgresql://:pw@127.0.0.1:5432/hub"}, NOT_A_JOIN_FILE),
        ({"hub_url": "host='unclosed"}, NOT_A_JOIN_FILE),
    ],
)
def test_each_wrong_field_is_refused_in_one_sentence(
    tmp_path: Path, change: dict[str, Any], sentence: str
) -> None:
    data = {**_raw(_file(), tmp_path), **change}
    path = _write_raw(tmp_path / "bad.mornings-join", data)
    with pytest.raises(UserError, match=sentence) as refused:
        join_file.read_join_file(path)
    assert str(path) in str(refused.value) and "\n" not in str(refused.value)


def test_limits_and_boundaries_that_are_accepted(tmp_path: Path) -> None:
    for change in (
        {"desk": "x" * 200},
        {"desk": "x"},
        {"ticket_key": "ab" * 16},
        {"ticket_key": "ab" * 64},
        {"role": "organiser"},
    ):
        data = {**_raw(_file(), tmp_path), **change}
        path = _write_raw(tmp_path / "edge.mornings-join", data)
        assert getattr(join_file.read_join_file(path), next(iter(change))) == next(
            iter(change.values())
        )


def test_damage_size_and_unreadable_files(tmp_path: Path) -> None:
    data = _raw(_file(), tmp_path)
    damaged = _write_raw(tmp_path / "d", {**data, "desk": "Porto"}, checksum=False)
    with pytest.raises(UserError, match="is damaged"):
        join_file.read_join_file(damaged)
    no_sum = tmp_path / "n"
    no_sum.write_text(json.dumps({k: v for k, v in data.items() if k != "sha256"}))
    with pytest.raises(UserError, match="is damaged"):
        join_file.read_join_file(no_sum)
    for text in ("[1, 2]", "{", "\u00e9"):  # latin-1 é: not UTF-8
        bad = tmp_path / "t"
        bad.write_text(text, encoding="latin-1")
        with pytest.raises(UserError, match=NOT_A_JOIN_FILE):
            join_file.read_join_file(bad)
    deep = tmp_path / "deep"
    deep.write_text("[" * 100_000)
    with pytest.raises(UserError, match=NOT_A_JOIN_FILE):
        join_file.read_join_file(deep)
    large = tmp_path / "large"
    large.write_text(json.dumps({**data, "pad": " " * join_file.MAX_JOIN_BYTES}))
    with pytest.raises(UserError, match=NOT_A_JOIN_FILE):
        join_file.read_join_file(large)
    exact = tmp_path / "exact"  # a file of exactly the limit is read (and refused for its pad)
    text = json.dumps({**data, "pad": ""})
    exact.write_text(text[:-1] + " " * (join_file.MAX_JOIN_BYTES - len(text)) + "}")
    assert exact.stat().st_size == join_file.MAX_JOIN_BYTES
    with pytest.raises(UserError, match="is damaged"):
        join_file.read_join_file(exact)
    with pytest.raises(UserError, match="Cannot read the join file"):
        join_file.read_join_file(tmp_path / "missing")
    with pytest.raises(UserError, match=r"Is a directory$"):  # the system's reason, as it says it
        join_file.read_join_file(tmp_path)


def test_a_certificate_must_be_the_organisations(tmp_path: Path) -> None:
    org_key = keys.new_key()
    good = {"certificate": _signed(org_key), "org_public_key": keys.public_text(org_key)}
    for change in (
        {**good, "org_public_key": keys.public_text(keys.new_key())},  # another key signed it
        {**good, "org_public_key": "not a key"},
        {**good, "org_public_key": None},
        {**good, "certificate": _signed(org_key, org_id=str(uuid.uuid4()))},
        {**good, "certificate": {"body": "x"}},
    ):
        path = _write_raw(tmp_path / "c", {**_raw(_file(), tmp_path), **change})
        with pytest.raises(UserError, match="is not signed by the organisation"):
            join_file.read_join_file(path)
    path = _write_raw(tmp_path / "ok", {**_raw(_file(), tmp_path), **good})
    assert join_file.read_join_file(path).certificate == good["certificate"]


def test_a_file_is_written_as_text_a_person_can_read_and_described_without_secrets(
    tmp_path: Path,
) -> None:
    made = _file(desk="Porte Fès")
    path = join_file.write_join_file(tmp_path / "fes.mornings-join", made)
    assert '"desk": "Porte Fès"' in path.read_text(encoding="utf-8")
    described = made.describe()
    assert described == {"desk": "Porte Fès", "role": "door", "hub": described["hub"]}
    assert "127.0.0.1" in described["hub"] and "one-time" not in described["hub"]
    assert _file(hub_url=None, hub_id=None).describe()["hub"] == ""


def test_a_join_file_may_be_one_megabyte_and_not_one_byte_more(tmp_path: Path) -> None:
    """Padded with spaces after its JSON: 1,000,000 bytes read, 1,000,001 refused unread."""
    made = _file()
    text = join_file.write_join_file(tmp_path / "f", made).read_text(encoding="utf-8")
    for size, fits in ((1_000_000, True), (1_000_001, False)):
        padded = tmp_path / f"padded-{size}"
        padded.write_text(text + " " * (size - len(text.encode("utf-8"))), encoding="utf-8")
        assert padded.stat().st_size == size
        if fits:
            assert join_file.read_join_file(padded) == made
        else:
            with pytest.raises(UserError, match=NOT_A_JOIN_FILE):
                join_file.read_join_file(padded)


def test_standard_input_has_the_same_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _file()
    text = join_file.write_join_file(tmp_path / "f", made).read_bytes()
    for size, fits in ((1_000_000, True), (1_000_001, False)):
        data = text + b" " * (size - len(text))
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        if fits:
            assert join_file.read_join_file("-") == made
        else:
            with pytest.raises(UserError, match="standard input is not a Mornings join file"):
                join_file.read_join_file("-")
