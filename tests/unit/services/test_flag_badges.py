"""Flags on badges: the organiser chooses which flags are printed (VIP by default — a dietary need
or a payment due is nobody else's business), beside the category in the band, where the badge
template shows flags; the real PDF says it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from mornings_desktop.documents.badge_catalogue import load_catalogue
from mornings_desktop.services import badges, flag_list, registrations
from mornings_desktop.services.workspace import Workspace

A4 = load_catalogue().get("a4-2x4-a7")


def _guest(
    ws: Workspace, morning: str, first: str, flags: list[str]
) -> registrations.RegistrationRow:
    reg = registrations.register_person(
        ws, morning, {"first_name": first, "last_name": "Fassi"}, category="guest", flags=flags
    )
    return registrations.get_registration(ws, reg)


def test_vip_is_printed_by_default_and_health_flags_never_unless_chosen(
    ws: Workspace, demo_morning: str, tmp_path: Path
) -> None:
    assert [f.key for f in flag_list.list_flags(ws) if f.on_badge] == ["vip"]
    rim = _guest(ws, demo_morning, "Rim", ["vip", "dietary", "payment_due"])
    plain = _guest(ws, demo_morning, "Omar", ["dietary"])
    data = {d.first_name: d for d in badges.badge_data(ws, [rim, plain], "fr", A4)}
    assert data["Rim"].category_label == "Invité · VIP"
    assert data["Omar"].category_label == "Invité"
    text = (
        PdfReader(badges.generate(ws, demo_morning, [rim, plain], A4, tmp_path / "b.pdf").path)
        .pages[0]
        .extract_text()
    )
    assert "VIP" in text and "Régime" not in text and "encaisser" not in text

    nuts = flag_list.add_flag(ws, "Invité d'honneur", en="Guest of honour")
    flag_list.set_on_badge(ws, nuts.key, True)
    flag_list.set_on_badge(ws, "vip", False)
    registrations.edit_registration(ws, rim.id, flags=["vip", nuts.key])
    rim = registrations.get_registration(ws, rim.id)
    assert badges.badge_data(ws, [rim], "en", A4)[0].category_label == "Guest · Guest of honour"
    no_flags = replace(A4, fields={**A4.fields, "flags": False})  # the template's choice
    assert badges.badge_data(ws, [rim], "fr", no_flags)[0].category_label == "Invité"
    assert flag_list.find(flag_list.list_flags(ws), "vip").on_badge is False
