"""The operator name: what a desk person may type, and the laptop's recent names."""

from __future__ import annotations

import pytest

from mornings_desktop.errors import ValidationError
from mornings_desktop.services.operator import (
    MAX_OPERATOR,
    MAX_RECENT,
    check_operator,
    default_operator,
    remember,
)


def test_spaces_collapse_and_text_is_nfc() -> None:
    assert check_operator("  Nadia   El\tAmrani ") == "Nadia El Amrani"
    assert check_operator("Ame\u0301lie") == "Amélie"  # typed with a combining accent
    assert check_operator("سعاد") == "سعاد"


@pytest.mark.parametrize(
    "bad", ["", "   ", None, "Nadia\u0000", "Na\u200bdia", "x" * (MAX_OPERATOR + 1)]
)
def test_unusable_names_are_refused_with_one_sentence(bad: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        check_operator(bad)
    message = str(caught.value)
    assert message.endswith(".") and "\n" not in message


def test_the_default_is_the_computers_user_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "karim")
    monkeypatch.setenv("USER", "karim")
    assert default_operator() == "karim"
    monkeypatch.setattr("getpass.getuser", lambda: "\u0000")
    assert default_operator() == "desk"


def test_recent_names_put_the_latest_first_once() -> None:
    recent = remember(["Nadia", "Karim"], "karim")
    assert recent == ["karim", "Nadia"]
    many = [f"P{i}" for i in range(20)]
    assert len(remember(many, "New")) == MAX_RECENT
