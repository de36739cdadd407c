"""Fixtures of the mail tests: a real SMTP server, a Morning with a few people, mail set up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mornings_desktop.services import mornings, registrations
from mornings_desktop.services.mail import settings as mail_settings
from mornings_desktop.services.workspace import Workspace
from tests.unit.services.mail.smtp_server import PASSWORD, MailServer

PEOPLE = [
    {
        "first_name": "Amina",
        "last_name": "Berrada",
        "email": "amina@example.ma",
        "organisation": "OCP",
    },
    {
        "first_name": "محمد",
        "last_name": "العلوي",
        "email": "mohammed@example.ma",
        "organisation": "بنك",
    },
    {"first_name": "Youssef", "last_name": "Tazi", "email": "youssef@example.ma"},
    {"first_name": "Sara", "last_name": "Idrissi", "email": "sara@example.ma"},
    {"first_name": "Omar", "last_name": "Sans Mail", "phone": "0661234567"},
]


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[MailServer]:
    server = MailServer(tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def morning(ws: Workspace) -> str:
    morning_id = mornings.create(
        ws,
        mornings.MorningInput(
            title="Matinale de l'export", date="2026-12-10", venue="Hyatt Regency, Casablanca"
        ),
    )
    for person in PEOPLE:
        registrations.register_person(ws, morning_id, dict(person))
    return morning_id


@pytest.fixture
def mail_ready(
    ws: Workspace, smtp: MailServer, monkeypatch: pytest.MonkeyPatch
) -> mail_settings.MailSettings:
    monkeypatch.setenv(mail_settings.PASSWORD_ENV, PASSWORD)
    return mail_settings.configure(
        ws,
        smtp.url(),
        "Club Made in Morocco <club@example.ma>",
        cafile=str(smtp.ca_file),
        rate_per_minute=0,
    )
