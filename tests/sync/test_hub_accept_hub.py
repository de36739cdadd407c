"""`hub_accept.accept` refusing digests a hub did not set aside, against a real hub: nothing is
accepted, and the sentence names the first unknown digest in order."""

from __future__ import annotations

import pytest

from mornings_desktop.sync import hub_accept
from mornings_desktop.sync.hub_schema import HubError


def test_unknown_digests_refuse_the_whole_call_naming_the_first(hub: str) -> None:
    first, second = "a" * 64, "f" * 64
    assert hub_accept.held(hub) == []
    with pytest.raises(HubError) as refused:
        hub_accept.accept(hub, [second, first])
    assert first in str(refused.value) and second not in str(refused.value)
    assert hub_accept.held(hub) == []
