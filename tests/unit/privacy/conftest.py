"""A person with three Mornings, on a real database file."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from mornings_desktop.services import badges, checkin, mornings, registrations
from mornings_desktop.services.workspace import Workspace

FIRST, LAST = "Zineb", "Ouazzaniqa"
EMAIL, PHONE = "zineb.ouazzaniqa@atlas-exemple.ma", "0661778899"


@dataclass(frozen=True)
class Subject:
    person_id: str
    registration_ids: list[str]


def make_subject(ws: Workspace, first: str = FIRST, last: str = LAST, email: str = EMAIL,
                 phone: str = PHONE, days: tuple[str, ...] = ("2026-10-08", "2026-11-12",
                                                             "2026-12-10")) -> Subject:  # fmt: skip
    regs: list[str] = []
    for i, day in enumerate(days):
        morning = mornings.create(ws, mornings.MorningInput(title=f"Matinale {i + 1}", date=day))
        reg = registrations.register_person(
            ws,
            morning,
            {"first_name": first, "last_name": last, "email": email, "phone": phone,
             "organisation": "Atlas Conseil", "job_title": "Directrice"},
            note=f"allergie arachides {i}",
        )  # fmt: skip
        regs.append(reg)
        if i < 2:
            checkin.admit(ws, morning, reg)
    badges.record_prints(ws, regs[:2], "a6-single")
    return Subject(registrations.get_registration(ws, regs[0]).person_id, regs)


@pytest.fixture
def subject(ws: Workspace) -> Subject:
    return make_subject(ws)
