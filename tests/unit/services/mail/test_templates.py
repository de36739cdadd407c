"""Templates kept per language by the same service for the window and the command line: checked
placeholders (one sentence for a bad one), written at once, back to the built-in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from mornings_desktop.errors import ValidationError
from mornings_desktop.services.mail import templates


def test_saved_words_replace_the_built_in_ones_in_their_language_only(data_dir: Path) -> None:
    path = templates.save("ticket", "ar", "  تذكرتك   — {title} ", "مرحبا {first_name}\n{code}\n\n")
    assert path == data_dir / "mail_templates" / "ticket.ar.txt"
    words = templates.template("ticket", "ar")
    assert (
        words.subject == "تذكرتك — {title}" and words.body.rstrip() == "مرحبا {first_name}\n{code}"
    )
    assert templates.is_custom("ticket", "ar") and not templates.is_custom("ticket", "fr")
    assert templates.template("ticket", "fr") == templates.BUILT_IN["ticket"]["fr"]
    assert templates.reset("ticket", "ar") is True and templates.reset("ticket", "ar") is False
    assert templates.template("ticket", "ar") == templates.BUILT_IN["ticket"]["ar"]


def test_a_new_template_is_listed_after_the_built_in_ones(data_dir: Path) -> None:
    templates.save("rappel-j1", "fr", "Demain : {title}", "À demain, {first_name}.")
    assert templates.names() == ["ticket", "reminder", "rappel-j1"]
    assert templates.known("rappel-j1")


@pytest.mark.parametrize(
    ("subject", "body", "sentence"),
    [
        ("Billet {titre}", "x", "{titre} is not a placeholder; use one of {first_name}, {name}, "
         "{code}, {title}, {date}, {time}, {venue}, {address}, {agenda}, {organiser}."),
        ("Billet", "Bonjour {first_name", "A brace is not closed; placeholders are written like "
         "{first_name}."),
        ("Billet", "Bonjour {agenda[0]}", "{agenda[0]} is not a placeholder; use one of "
         "{first_name}, {name}, {code}, {title}, {date}, {time}, {venue}, {address}, {agenda}, "
         "{organiser}."),
        ("   ", "x", "The subject cannot be empty."),
        ("Billet", " \n ", "The message cannot be empty."),
        ("Billet\nsuite", "x", "The subject must be one line."),
    ],
)  # fmt: skip
def test_bad_words_are_one_sentence_and_nothing_is_written(
    data_dir: Path, subject: str, body: str, sentence: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        templates.save("ticket", "fr", subject, body)
    assert str(caught.value) == sentence
    assert not (data_dir / "mail_templates").exists()


def test_doubled_braces_are_plain_braces_not_placeholders(data_dir: Path) -> None:
    templates.save("ticket", "en", "Ticket", "Write {{code}} as is; yours is {code}.")
    words = templates.template("ticket", "en")
    assert (
        templates.fill(words.body, {"code": "ABC"}).rstrip() == "Write {code} as is; yours is ABC."
    )


@pytest.mark.parametrize("name", ["", "Ticket", "../x", "a b", "x" * 41])
def test_a_bad_template_name_is_refused(data_dir: Path, name: str) -> None:
    with pytest.raises(ValidationError, match="A template name is lower-case letters"):
        templates.save(name, "fr", "S", "B")
