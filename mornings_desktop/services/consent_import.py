"""Consent read from an imported file (columns "Consentement", "Newsletter", "Photos", "موافقة"…).

`record_import_consents` runs in the import's own transaction, after its people exist, for the
people of the file only (each row's person as the import found or created it, `imports.planning`
read the answers of its consent columns, `imports.consent_cells`): each answer is recorded; a blank
or unrecognised cell, and every purpose without a column, is recorded as "not asked" for those of
them with no answer yet. An answer already given is never replaced by "not asked". People of the
Morning the file does not name are left alone: the import asked them nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select

from mornings_desktop.ledger.handlers.privacy import PURPOSES
from mornings_desktop.services.consent import record_in
from mornings_desktop.services.workspace import Tx
from mornings_desktop.store.schema_privacy import Consent


def record_import_consents(tx: Tx, rows: Sequence[tuple[str, Mapping[str, str]]]) -> int:
    """Record the consent answers of an import: `rows` is each imported row's person and the
    answers its consent cells gave (purpose -> yes/no; absent: no answer). Returns how many were
    recorded."""
    answers: dict[tuple[str, str], str] = {}
    for person_id, given in rows:
        for purpose, value in given.items():
            answers[(person_id, purpose)] = value
    people = sorted({person_id for person_id, _given in rows})
    known: set[tuple[str, str]] = set()
    for start in range(0, len(people), 500):
        known.update(
            (str(pid), str(purpose))
            for pid, purpose in tx.session.execute(
                select(Consent.person_id, Consent.purpose).where(
                    Consent.person_id.in_(people[start : start + 500])
                )
            ).all()
        )
    count = 0
    for pid in people:
        for purpose in PURPOSES:
            value = answers.get((pid, purpose), "not_asked")
            if value == "not_asked" and (pid, purpose) in known:
                continue
            record_in(tx, pid, purpose, value, "import")
            count += 1
    return count
