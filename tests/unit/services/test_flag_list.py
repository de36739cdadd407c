"""The organiser's list of flags: the five defaults without seeding, added / renamed / retired as
signed operations, a retired flag still named where a registration holds it, the organiser's
labels read from an import column and shown at the door; a door desk cannot change the list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from mornings_desktop.errors import NotFound, ValidationError
from mornings_desktop.imports.registration_import import import_file
from mornings_desktop.ledger.rebuild import rebuild
from mornings_desktop.services import checkin, desk_role, flag_list, mornings, registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.wording import checkin_results
from mornings_desktop.wording.tr import Words


def _ops(ws: Workspace, prefix: str) -> list[tuple[str, dict[str, object]]]:
    with ws.db.read() as session:
        rows = session.execute(
            select(Operation).where(Operation.type.like(f"{prefix}%")).order_by(Operation.hlc)
        ).scalars()
        return [(r.type, json.loads(r.body or "{}")["payload"]) for r in rows]


def test_the_five_defaults_are_there_from_the_start_in_three_languages(ws: Workspace) -> None:
    flags = flag_list.list_flags(ws)
    assert [f.key for f in flags] == ["dietary", "payment_due", "accessibility", "vip", "press"]
    assert [f.label("fr") for f in flags] == [
        "Régime alimentaire", "À encaisser", "Accessibilité", "VIP", "Presse à accueillir",
    ]  # fmt: skip
    assert flags[1].label("en") == "Payment due" and flags[1].label("ar") == "مبلغ للتحصيل"
    assert _ops(ws, "flag.") == []  # nothing seeded: every desk shows the same list


def test_add_rename_retire_are_signed_operations_and_fold_back(ws: Workspace) -> None:
    added = flag_list.add_flag(ws, "Allergie aux noix", en="Nut allergy", ar="حساسية الجوز")
    assert added.key == "allergie_aux_noix" and not added.builtin
    assert (added.label("fr"), added.label("en"), added.label("ar")) == (
        "Allergie aux noix", "Nut allergy", "حساسية الجوز",
    )  # fmt: skip
    flag_list.rename_flag(ws, "VIP", "Invité d'honneur")  # one label for every language
    flag_list.rename_flag(ws, "payment_due", en="To collect")  # one language only
    flag_list.retire_flag(ws, "Presse à accueillir")
    arabic_only = flag_list.add_flag(ws, "مترجم")
    assert arabic_only.key.startswith("f_") and arabic_only.label("fr") == "مترجم"
    assert [t for t, _ in _ops(ws, "flag.")] == [
        "flag.created", "flag.updated", "flag.updated", "flag.updated", "flag.created",
    ]  # fmt: skip
    assert _ops(ws, "flag.")[3][1] == {"id": "press", "fields": {"retired": True}}
    before = flag_list.list_flags(ws)
    with ws.db.write() as session:
        rebuild(session)  # the list is a fold of the log
    assert flag_list.list_flags(ws) == before
    by_key = {f.key: f for f in before}
    assert by_key["vip"].label("ar") == "Invité d'honneur"
    assert by_key["payment_due"].label("fr") == "À encaisser"
    assert by_key["payment_due"].label("en") == "To collect"
    assert by_key["press"].retired
    in_use = [f.key for f in flag_list.list_flags(ws, include_retired=False)]
    assert "press" not in in_use and "allergie_aux_noix" in in_use
    # Adding a retired flag's name brings it back rather than making a second one.
    assert not flag_list.add_flag(ws, "presse à accueillir").retired


@pytest.mark.parametrize(
    ("call", "sentence"),
    [
        (lambda ws: flag_list.add_flag(ws, "vip"), "The flag vip is already in the list."),
        (lambda ws: flag_list.add_flag(ws, "  "), "A flag needs a label."),
        (lambda ws: flag_list.add_flag(ws, "x" * 61), "A flag's label is at most 60 characters."),
        (lambda ws: flag_list.rename_flag(ws, "dietary", "VIP"), "The flag VIP is already in the list."),
        (lambda ws: flag_list.retire_flag(ws, "dessert"), "No flag dessert in the list."),
    ],
)  # fmt: skip
def test_bad_input_is_one_sentence_and_records_nothing(
    ws: Workspace, call: object, sentence: str
) -> None:
    with pytest.raises((ValidationError, NotFound)) as refused:
        call(ws)  # type: ignore[operator]
    assert refused.value.message == sentence
    assert _ops(ws, "flag.") == []


def test_a_door_desk_cannot_change_the_list(ws: Workspace) -> None:
    desk_role.set_passphrase(ws, "rose des sables 2026")
    desk_role.set_desk_role(ws, "door")
    for change in (
        lambda: flag_list.add_flag(ws, "Traducteur"),
        lambda: flag_list.rename_flag(ws, "vip", "Invité"),
        lambda: flag_list.retire_flag(ws, "vip"),
    ):
        with pytest.raises(ValidationError, match="door desk"):
            change()
    assert _ops(ws, "flag.") == [] and len(flag_list.list_flags(ws)) == 5


def test_a_retired_flag_still_shows_at_the_door_by_its_label(
    ws: Workspace, demo_morning: str
) -> None:
    nuts = flag_list.add_flag(ws, "Allergie aux noix", en="Nut allergy", ar="حساسية الجوز")
    reg = registrations.register_person(
        ws, demo_morning, {"first_name": "Rim", "last_name": "Fassi"}, flags=[nuts.key, "vip"]
    )
    flag_list.retire_flag(ws, nuts.key)
    code = registrations.get_registration(ws, reg).code
    result = checkin.ScanDesk(ws, demo_morning).scan(code)
    assert result.needs_attention and set(result.flags) == {"vip", nuts.key}
    for lang, want in (("fr", "Allergie aux noix"), ("en", "Nut allergy"), ("ar", "حساسية الجوز")):
        text = checkin_results.attention(Words(lang), result, None, flag_list.names(ws, lang))
        assert want in text and nuts.key not in text
    assert [f.key for f in flag_list.offered(flag_list.list_flags(ws))].count(nuts.key) == 0
    assert nuts.key in [f.key for f in flag_list.offered(flag_list.list_flags(ws), (nuts.key,))]


def test_an_import_column_reads_the_organisers_labels(ws: Workspace, tmp_path: Path) -> None:
    morning = mornings.create(ws, mornings.MorningInput(title="Matinale", date="2026-12-10"))
    nuts = flag_list.add_flag(ws, "Allergie aux noix", en="Nut allergy")
    flag_list.rename_flag(ws, "vip", fr="Invité d'honneur")
    path = tmp_path / "Inscrits.csv"
    path.write_text(
        'Nom;Prénom;Drapeaux\r\nAlaoui;Omar;"Invité d\'honneur; nut allergy"\r\n'
        "Tazi;Salma;VIP\r\nFassi;Rim;allergie aux noix, dessert\r\n",
        encoding="utf-8",
    )
    report = import_file(ws, morning, path)
    flags = {r.name: r.flags for r in registrations.list_registrations(ws, morning)}
    assert flags == {
        "Omar Alaoui": ("vip", nuts.key),
        "Salma Tazi": ("vip",),  # the built-in words still count
        "Rim Fassi": (nuts.key,),
    }
    assert [i.params["words"] for i in report.warnings if i.code == "unknown_flag"] == ["dessert"]
