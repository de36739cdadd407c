"""Check-in trusts only verified codes: a registration whose code fails the MAC, carried in by a
hand-written bundle, is not admitted by scanning that code; imported ticket numbers still are."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from mornings_desktop import codes
from mornings_desktop.ledger import hlc
from mornings_desktop.services import checkin, mornings, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle
from tests.sync.test_poison import _write_bundle

MakeDesk = Callable[..., Workspace]


def _op(desk: str, seq: int, op_type: str, payload: dict[str, object]) -> dict[str, object]:
    import json

    return {
        "op_id": str(uuid.uuid4()),
        "desk_id": desk,
        "desk_seq": seq,
        "hlc": hlc.encode(hlc.wall_ms_now(), seq),
        "type": op_type,
        "payload": json.dumps(payload),
    }


def test_forged_code_from_a_bundle_is_invalid_not_admitted(
    make_desk: MakeDesk, tmp_path: Path
) -> None:
    ws = make_desk("Accueil 1")
    morning = mornings.create(ws, mornings.MorningInput(title="Petit-déjeuner", date="2026-12-10"))
    forged = codes.make_code(os.urandom(32))  # shaped like a ticket, signed with another key
    assert not codes.verify(ws.ticket_key, forged)
    desk, person, reg = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    now = "2026-11-30T10:00:00Z"
    path = tmp_path / "forged.mornings"
    _write_bundle(
        path,
        ws,
        [
            _op(
                desk,
                1,
                "person.created",
                {"id": person, "fields": {"first_name": "Intrus", "created_at": now}},
            ),
            _op(
                desk,
                2,
                "registration.created",
                {
                    "id": reg,
                    "fields": {
                        "morning_id": morning,
                        "person_id": person,
                        "category": "guest",
                        "code": forged,
                        "source": "manual",
                        "status": "registered",
                        "registered_at": now,
                        "walk_in": False,
                    },
                },
            ),
        ],
    )
    assert bundle.import_bundle(ws, path).applied == 2  # the registration is there (unsigned ops)
    result = checkin.scan(ws, morning, forged)
    assert result.result == "invalid" and result.reason == "bad_code"
    assert not registrations.get_registration(ws, reg).checked_in


def test_imported_ticket_number_still_admits(make_desk: MakeDesk) -> None:
    ws = make_desk("Accueil 1")
    morning = mornings.create(ws, mornings.MorningInput(title="Petit-déjeuner", date="2026-12-10"))
    with ws.transaction() as tx:
        person = registrations.add_person(tx, {"first_name": "Amina"})
        reg = registrations.add_registration(ws, tx, morning, person, external_ref="EVB-20391")
    result = checkin.scan(ws, morning, "EVB-20391")
    assert result.result == "admitted" and result.registration_id == reg
