"""A rotation's re-issued certificate must differ from the old one (certificates are kept by the
digest of their body): its `issued` is now, or one second after the last issue."""

from __future__ import annotations

from mornings_desktop.sync import recovery


def test_a_reissued_certificate_is_issued_now_or_a_second_after_the_last_issue() -> None:
    assert recovery._later("2026-12-01T09:00:05Z", "2026-12-01T09:00:04Z") == "2026-12-01T09:00:05Z"
    assert recovery._later("2026-12-01T09:00:05Z", "2026-12-01T09:00:05Z") == "2026-12-01T09:00:06Z"
    assert recovery._later("2026-12-01T09:00:05Z", "2026-12-01T09:10:00Z") == "2026-12-01T09:10:01Z"
