"""A child's failure crossing the pipe (`round_process._portable`, `_rebuilt`): a desk error by its
class and sentence, its values made plain; one whose class set no values still crosses, with none;
anything else as its text."""

from __future__ import annotations

from mornings_desktop.errors import UserError
from mornings_desktop.sync import round_process
from mornings_desktop.sync.hub_schema import HubError


class Bare(UserError):
    """An error class whose own `__init__` skips `UserError`'s (no template, no values)."""

    def __init__(self, text: str) -> None:
        Exception.__init__(self, text)


def test_a_desk_error_crosses_with_its_class_its_sentence_and_plain_values() -> None:
    sent = round_process._portable(HubError("Cannot reach {host}: {why}", host="hub", why=3))
    assert sent == (
        "mornings_desktop.sync.hub_schema:HubError",
        "Cannot reach {host}: {why}",
        {"host": "hub", "why": 3},
    )
    back = round_process._rebuilt(sent)
    assert isinstance(back, HubError) and str(back) == "Cannot reach hub: 3"


def test_a_desk_error_without_values_crosses_with_none() -> None:
    name, text, params = round_process._portable(Bare("The hub is busy."))
    assert name.endswith(":Bare") and text == "The hub is busy." and params == {}


def test_any_other_failure_crosses_as_its_text() -> None:
    assert round_process._portable(ValueError("bad")) == ("", "ValueError: bad", {})
