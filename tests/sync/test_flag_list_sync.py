"""The organiser's list of flags travels like any signed operation: another desk folds the same
list (labels, retired flag), and a door desk's `flag.created` is refused when it arrives, with
the role table's reason (DESIGN §6)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mornings_desktop.services import flag_list
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle
from tests.sync.test_poison import _write_bundle
from tests.sync.test_signed_entry import _door_certificate, _kept, _op

MakeDesk = Callable[..., Workspace]


def test_the_list_travels_to_another_desk(make_desk: MakeDesk, tmp_path: Path) -> None:
    a, b = make_desk("Accueil 1"), make_desk("Accueil 2")
    flag_list.add_flag(a, "Allergie aux noix", en="Nut allergy", ar="حساسية الجوز")
    flag_list.rename_flag(a, "vip", fr="Invité d'honneur")
    flag_list.retire_flag(a, "press")
    bundle.export_bundle(a, tmp_path / "a.bundle")
    result = bundle.import_bundle(b, tmp_path / "a.bundle")
    assert result.quarantined == 0
    assert flag_list.list_flags(b) == flag_list.list_flags(a)
    assert flag_list.names(b, "fr")["vip"] == "Invité d'honneur"
    assert flag_list.find(flag_list.list_flags(b), "press").retired


def test_a_door_desks_flag_operation_is_refused(make_desk: MakeDesk, tmp_path: Path) -> None:
    a = make_desk("Accueil 1")
    door_key, certificate = _door_certificate(a, "door-1")
    added = _op(door_key, a.org_id, "door-1", "flag.created",
                {"id": "cafe", "fields": {"label_fr": "Café", "position": 9}}, seq=1)  # fmt: skip
    retired = _op(door_key, a.org_id, "door-1", "flag.updated",
                  {"id": "vip", "fields": {"retired": True}}, seq=2)  # fmt: skip
    _write_bundle(tmp_path / "door.bundle", a, [certificate, added, retired])
    result = bundle.import_bundle(a, tmp_path / "door.bundle")
    assert (result.applied, result.quarantined) == (0, 2)
    assert (
        sorted(reason for _room, reason in _kept(a).values())
        == [
            "role: only an organiser desk keeps the list of flags",
        ]
        * 2
    )
    assert [f.key for f in flag_list.list_flags(a, include_retired=False)] == [
        "dietary", "payment_due", "accessibility", "vip", "press",
    ]  # fmt: skip
