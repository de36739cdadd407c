"""Verdicts: ok with the value read, waiting, or refused with a reason; never altered after."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from mornings_desktop.trust.verdict import Verdict, accepted, refused, waiting


def test_only_an_accepted_verdict_is_ok_and_carries_a_value() -> None:
    ok: Verdict[int] = accepted(0)
    assert ok.ok and (ok.status, ok.reason, ok.value) == ("ok", "", 0)
    no: Verdict[int] = refused("bad-signature")
    later: Verdict[int] = waiting("unknown-certificate: o/d")
    assert not no.ok and (no.status, no.reason, no.value) == ("refused", "bad-signature", None)
    assert not later.ok and (later.status, later.value) == ("waiting", None)


def test_a_verdict_cannot_be_turned_into_another_after_the_check() -> None:
    verdict: Verdict[int] = refused("bad-signature")
    with pytest.raises(FrozenInstanceError):
        verdict.status = "ok"  # type: ignore[misc]
    assert hash(verdict) == hash(refused("bad-signature"))
