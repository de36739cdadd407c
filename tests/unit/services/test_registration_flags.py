"""Flags beyond the category (dietary need, to be paid, press to welcome…): on the registration,
from a spreadsheet column, in the signed operation, and at the door "admitted — attention" with
the flags named in words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from mornings_desktop.imports.registration_import import import_file
from mornings_desktop.services import categories, checkin, registrations
from mornings_desktop.services.registration_flags import from_cell
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.trust import roles
from mornings_desktop.wording import checkin_results
from mornings_desktop.wording.tr import Words


def _code(ws: Workspace, morning_id: str, registration_id: str) -> str:
    return registrations.list_registrations(ws, morning_id, ids={registration_id})[0].code


def _last_op(ws: Workspace, op_type: str) -> tuple[dict[str, object], dict[str, object]]:
    """The last operation of `op_type`: its payload as signed, and its personal commitments."""
    with ws.db.read() as session:
        ops = session.execute(
            select(Operation).where(Operation.type == op_type).order_by(Operation.hlc)
        ).scalars()
        body = json.loads(list(ops)[-1].body or "{}")
        return dict(body["payload"]), dict(body["commit"])


def test_a_flag_alone_makes_the_admission_need_attention_named_in_words(
    ws: Workspace, demo_morning: str
) -> None:
    reg = registrations.register_person(
        ws,
        demo_morning,
        {"first_name": "Salma", "last_name": "Berrada", "email": "salma@example.org"},
        flags=["payment_due", "dietary"],
    )
    row = registrations.get_registration(ws, reg)
    assert row.flags == ("dietary", "payment_due")
    payload, commit = _last_op(ws, "registration.updated")
    assert payload["fields"] == {} and commit  # the flags travel in the person's block
    result = checkin.ScanDesk(ws, demo_morning).scan(_code(ws, demo_morning, reg))
    assert result.ok and result.needs_attention
    assert result.attention == ("flags",) and result.flags == ("dietary", "payment_due")
    assert result.to_json()["flags"] == ["dietary", "payment_due"]
    assert checkin_results.attention(Words("fr"), result) == "⚑ Régime alimentaire · À encaisser"
    assert checkin_results.attention(Words("en"), result) == "⚑ Dietary need · Payment due"
    assert checkin_results.attention(Words("ar"), result) == "⚑ نظام غذائي خاص · مبلغ للتحصيل"
    assert "Dietary need" in checkin_results.line(Words("en"), result)


def test_flags_are_edited_alone_and_a_door_desk_may_record_that(
    ws: Workspace, demo_morning: str
) -> None:
    row = registrations.list_registrations(ws, demo_morning)[0]
    registrations.edit_registration(
        ws, row.id, category=row.category, note=row.note, flags=["press"], person={}
    )
    payload, commit = _last_op(ws, "registration.updated")
    assert payload == {"id": row.id, "fields": {}}  # nothing else recorded; flags in the block
    assert roles.may_record("door", "porte-1", "registration.updated", payload, commit) is True
    assert registrations.get_registration(ws, row.id).flags == ("press",)
    registrations.edit_registration(ws, row.id, flags=[])
    assert registrations.get_registration(ws, row.id).flags == ()


def test_flags_from_a_spreadsheet_cell() -> None:
    assert from_cell("VIP; à encaisser") == (("payment_due", "vip"), [])
    assert from_cell("Régime alimentaire, PMR") == (("dietary", "accessibility"), [])
    assert from_cell("Presse à accueillir / journaliste") == (("press",), [])
    assert from_cell("صحافة") == (("press",), [])
    assert from_cell("vip, dessert") == (("vip",), ["dessert"])
    assert from_cell("") == ((), [])


def test_a_flags_column_is_imported_and_an_unknown_word_is_said(
    ws: Workspace, tmp_path: Path
) -> None:
    from mornings_desktop.services import mornings

    categories.ensure_defaults(ws)
    morning = mornings.create(
        ws, mornings.MorningInput(title="Matinale", date="2026-12-10", venue="Hyatt Regency")
    )
    path = tmp_path / "Inscrits.csv"
    path.write_text(
        'Nom;Prénom;Société;Drapeaux\r\nAlaoui;Omar;OCP;"VIP; à encaisser"\r\n'
        + "Tazi;Salma;Cosumar;Régime alimentaire\r\n"
        + "Fassi;Rim;BMCE;dessert\r\n"
        + "Naciri;Karim;CDG;\r\n",
        encoding="utf-8",
    )
    report = import_file(ws, morning, path)
    assert report.created == 4
    flags = {r.name: r.flags for r in registrations.list_registrations(ws, morning)}
    assert flags == {
        "Omar Alaoui": ("payment_due", "vip"),
        "Salma Tazi": ("dietary",),
        "Rim Fassi": (),
        "Karim Naciri": (),
    }
    unknown = [i for i in report.warnings if i.code == "unknown_flag"]
    assert [(i.line, i.params["words"]) for i in unknown] == [(4, "dessert")]
    # The same file again with a flag changed: the registration follows the file.
    path.write_text("Nom;Prénom;Société;Drapeaux\r\nTazi;Salma;Cosumar;PMR\r\n", encoding="utf-8")
    import_file(ws, morning, path)
    flags = {r.name: r.flags for r in registrations.list_registrations(ws, morning)}
    assert flags["Salma Tazi"] == ("accessibility",)


@pytest.mark.parametrize("bad", [["x" * 40], [3], "dietary", None])
def test_a_malformed_flags_field_from_another_desk_stores_nothing_odd(bad: object) -> None:
    from mornings_desktop.ledger.handlers.registrations import stored_fields

    assert stored_fields({"flags": bad}) == {"flags": None}


def test_flags_stay_outside_the_signed_text_and_go_with_an_erasure(
    ws: Workspace, demo_morning: str
) -> None:
    """A dietary need or an accessibility flag says something about a person's health: like
    the note, it travels as the person's erasable block beside the signed operation."""
    from mornings_desktop.services import erasure

    reg = registrations.register_person(
        ws,
        demo_morning,
        {"first_name": "Rim", "last_name": "Fassi", "email": "rim@example.org"},
        flags=["accessibility", "dietary"],
    )
    person_id = registrations.get_registration(ws, reg).person_id
    with ws.db.read() as session:
        conn = session.connection()
        bodies = [r[0] for r in conn.exec_driver_sql("SELECT body FROM operations").fetchall()]
        blocks = [r[0] for r in conn.exec_driver_sql("SELECT block FROM op_personal").fetchall()]
    assert not [b for b in bodies if b and "accessibility" in b]
    assert [b for b in blocks if "accessibility" in b]
    erasure.erase_person(ws, person_id)
    assert registrations.get_registration(ws, reg).flags == ()
