"""What `hub desks` and `hub revoke-desk` say of a desk (`hub_desks.DeskRow`, `Revoked`): a clock
flagged only past two minutes off either way, a revoked desk said so, nothing signed unless told."""

from __future__ import annotations

import pytest

from mornings_desktop.sync import hub_desks


def _row(offset: float | None, until: str | None = None) -> hub_desks.DeskRow:
    return hub_desks.DeskRow("Porte", "hub_desk_porte", "door", None, offset, 0, 0, False, until)


@pytest.mark.parametrize(
    ("offset", "off"),
    [(None, False), (0.0, False), (120.0, False), (-120.0, False), (120.1, True), (-120.1, True)],
)
def test_a_clock_is_flagged_only_past_two_minutes_off(offset: float | None, off: bool) -> None:
    row = _row(offset)
    assert row.clock_off is off and row.to_json()["clock_off"] is off


def test_a_revoked_desk_says_so_with_its_time() -> None:
    assert _row(None).to_json()["revoked"] is False
    revoked = _row(None, "2026-12-03T08:00:00Z").to_json()
    assert revoked["revoked"] is True and revoked["revoked_until"] == "2026-12-03T08:00:00Z"


def test_a_revocation_counts_no_signed_record_unless_one_was_issued() -> None:
    made = hub_desks.Revoked("Porte", "hub_desk_porte", "2026-12-03T08:00:00Z", 3)
    assert made.signed == 0 and made.to_json()["signed"] == 0
