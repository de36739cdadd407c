"""A round's failure crossing from the sync child to the window (`round_process`): a sentence the
desk person reads comes back as its own class with its values (translated by the window), anything
else as text; what the window keeps of an operation is its plain form."""

from __future__ import annotations

from pathlib import Path

from mornings_desktop.errors import UserError
from mornings_desktop.ledger.operation import Op
from mornings_desktop.sync import round_process
from mornings_desktop.sync.hub_schema import HubError


def test_a_sentence_comes_back_as_its_class_with_its_values() -> None:
    sent = HubError("Cannot reach the hub {url} ({count} tries).", url=Path("/hub"), count=3)
    portable = round_process._portable(sent)
    assert portable == (
        "mornings_desktop.sync.hub_schema:HubError",
        "Cannot reach the hub {url} ({count} tries).",
        {"url": "/hub", "count": 3},
    )
    back = round_process._rebuilt(portable)
    assert type(back) is HubError and back.template == sent.template
    assert str(back) == "Cannot reach the hub /hub (3 tries)."


def test_anything_else_comes_back_as_text() -> None:
    portable = round_process._portable(ValueError("bad row"))
    assert portable == ("", "ValueError: bad row", {})
    back = round_process._rebuilt(portable)
    assert type(back) is RuntimeError and str(back) == "ValueError: bad row"
    assert isinstance(round_process._rebuilt(("cancelled", "", {})), round_process.RoundCancelled)
    for name in ("nowhere.module:Gone", "builtins:ValueError", "mornings_desktop.errors:Absent"):
        again = round_process._rebuilt((name, "text", {}))
        assert type(again) is RuntimeError and str(again) == "text", name
    plain = round_process._rebuilt(("mornings_desktop.errors:UserError", "Plain {x}", {"x": 1}))
    assert type(plain) is UserError and str(plain) == "Plain 1"


def test_the_window_reads_an_operation_without_its_signed_form() -> None:
    op = Op("o1", "d1", 3, "h", "morning.created", {"id": "m"})
    light = round_process._light(op)
    assert (light.op_id, light.desk_id, light.desk_seq, light.hlc, light.type, light.payload) == (
        "o1", "d1", 3, "h", "morning.created", {"id": "m"},
    )  # fmt: skip
    assert light.envelope is None
