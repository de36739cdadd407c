"""The desk's badge render process: badges drawn in another process (the window's interpreter lock
stays free for the next scan), the person's data through a pipe and never a file, errors brought
back as the same one sentence, and a worker that dies costs no badge."""

from __future__ import annotations

import io
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from mornings_desktop.documents.badge_catalogue import load_catalogue
from mornings_desktop.documents.badge_data import BadgeContext, BadgeData
from mornings_desktop.documents.render_process import BadgeRenderer
from mornings_desktop.errors import ValidationError

TEMPLATE = load_catalogue().get("dymo-30856")
PERSON = BadgeData(
    registration_id="r-1",
    first_name="Zineb",
    last_name="Qadiri",
    organisation="Atelier Nord",
    job_title="",
    category="guest",
    category_label="Invité",
    colour="#6B7B8C",
    code="S2SV9EBRKNC6FB",
)
CONTEXT = BadgeContext(morning_title="Petit-déjeuner", morning_date="2026-12-10")


@pytest.fixture
def renderer() -> Iterator[BadgeRenderer]:
    made = BadgeRenderer()
    yield made
    made.close()


def _text(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_badges_are_drawn_by_one_long_lived_worker_process(renderer: BadgeRenderer) -> None:
    renderer.start(TEMPLATE, CONTEXT)
    worker = renderer.pid
    assert worker is not None and worker != os.getpid()
    done = renderer.render([PERSON], TEMPLATE, CONTEXT)
    assert (done.badges, done.pages) == (1, 1)
    assert "Zineb" in _text(done.pdf) and "Atelier Nord" in _text(done.pdf)
    renderer.render([PERSON], TEMPLATE, CONTEXT)
    assert renderer.pid == worker and renderer.fallbacks == 0


def test_nothing_of_the_person_is_written_to_disk(
    renderer: BadgeRenderer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker starts with an empty temporary folder and working folder: both stay empty."""
    temp, work = tmp_path / "tmp", tmp_path / "cwd"
    temp.mkdir()
    work.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.chdir(work)
    done = renderer.render([PERSON], TEMPLATE, CONTEXT)
    assert "Qadiri" in _text(done.pdf)
    assert list(temp.iterdir()) == [] and list(work.iterdir()) == []


def test_an_error_comes_back_as_the_same_sentence(renderer: BadgeRenderer) -> None:
    with pytest.raises(ValidationError) as raised:
        renderer.render([], TEMPLATE, CONTEXT)
    assert raised.value.template  # translatable: the window shows it in the desk's language
    assert renderer.pid != os.getpid()


def test_a_worker_that_dies_costs_no_badge(renderer: BadgeRenderer) -> None:
    renderer.start(TEMPLATE, CONTEXT)
    first = renderer.pid
    assert first is not None
    os.kill(first, signal.SIGKILL)
    done = renderer.render([PERSON], TEMPLATE, CONTEXT)  # drawn here, this once
    assert "Zineb" in _text(done.pdf)
    assert renderer.fallbacks == 1 and renderer.pid == os.getpid()
    again = renderer.render([PERSON], TEMPLATE, CONTEXT)  # a new worker
    assert "Zineb" in _text(again.pdf)
    assert renderer.pid not in (None, first, os.getpid())
