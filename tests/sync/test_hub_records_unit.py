"""What the organiser is told of a signed record the hub refused (`hub_records._told`), read
directly: a rotation refused by an older hub or for its size names its desks and the limit;
anything else, or a body that does not read, is told as a record the desks get by bundle."""

from __future__ import annotations

import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mornings_desktop.sync import hub_records
from mornings_desktop.sync.hub_sql_signed import MAX_CERTIFICATE_CHARS, MAX_ROTATION_CERTIFICATES
from mornings_desktop.trust import keys
from mornings_desktop.trust.certificates import Rotation, issue_rotation


def _rotation(n: int) -> dict[str, str]:
    body = {"new_org_key": "k", "certificates": [f"d{i}" for i in range(n)], "org_id": "o"}
    return {"body": json.dumps(body), "sig": "s"}


def test_a_refused_rotation_names_its_desks_and_the_limit() -> None:
    old = hub_records._told(_rotation(3), "old-hub")
    assert "made by an older version" in str(old["template"])
    assert old["params"] == {"count": 3, "max": hub_records.OLD_HUB_CERTIFICATES}
    large = hub_records._told(_rotation(2001), "too-large")
    assert "more than the {max} a hub takes" in str(large["template"])
    assert large["params"] == {"count": 2001, "max": MAX_ROTATION_CERTIFICATES}
    empty = hub_records._told({"body": json.dumps({"new_org_key": "k"}), "sig": "s"}, "old-hub")
    assert empty["params"] == {"count": 0, "max": hub_records.OLD_HUB_CERTIFICATES}


def test_anything_else_is_told_as_a_record_the_desks_get_by_bundle() -> None:
    for record, why in (
        (_rotation(3), "refused"),
        ({"body": json.dumps({"desk_id": "d"}), "sig": "s"}, "old-hub"),
        ({"body": "not json", "sig": "s"}, "too-large"),
        ({"body": "[1]", "sig": "s"}, "old-hub"),
    ):
        told = hub_records._told(record, why)
        assert "the desks still get it by bundle" in str(told["template"])
        assert told["params"] == {"reason": why}


def test_the_desks_an_older_hub_is_told_to_take_fit_in_4000_characters() -> None:
    """The number the organiser is told: a rotation of the longest organisation id (64
    characters) naming that many certificates fits in an older hub's 4,000 characters, one more
    does not."""
    key = Ed25519PrivateKey.generate()

    def body(count: int) -> int:
        rotation = Rotation(
            "o" * 64,
            keys.public_text(key.public_key()),
            tuple(f"{k:064x}" for k in range(count)),
            "2026-12-03T10:00:00Z",
        )
        return len(issue_rotation(key, rotation).body.decode())

    most = hub_records.OLD_HUB_CERTIFICATES
    assert body(most) <= MAX_CERTIFICATE_CHARS < body(most + 1)
