"""Checking and applying side by side (issue 18): the signatures of the next batches are checked
by `verify_pool`'s workers while this process applies the current one, so a pull or a bundle
import takes about the larger of the two times rather than their sum.

`checked_batches` is the shared loop: a hub pull feeds it the batches it fetches (`sync.pull`), a
bundle import its entries cut in `BATCH`es (`admit_entries`). A batch is handed to the caller only
with its verdicts; an error of the checking (a worker gone, an answer for other operations) is
raised before that batch is applied, so nothing of it is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from mornings_desktop.sync import admission
from mornings_desktop.sync.admission import Checked, HeldOf, PendingCheck
from mornings_desktop.sync.quarantine import Admitted, admit_raw
from mornings_desktop.sync.verify_pool import VerifyPool
from mornings_desktop.trust.signed_op import CertificateLookup

AHEAD = 2  # batches whose signatures are being checked while one is applied
BATCH = 1000  # entries of a bundle per batch

T = TypeVar("T")


def checked_batches(
    batches: Iterable[T],
    entries_of: Callable[[T], Sequence[Mapping[str, Any]]],
    lookup: CertificateLookup,
    held_of: HeldOf,
    pool: VerifyPool,
    ahead: int = AHEAD,
) -> Iterator[tuple[T, Checked]]:
    """Each batch with the verdicts of its signed entries, in order. Up to `ahead` batches after
    the one handed out are read and their checks started first, so the workers check them while
    the caller applies it. Each digest is checked once over all the batches."""
    seen: set[str] = set()
    pending: deque[tuple[T, PendingCheck]] = deque()
    for batch in batches:
        signed = [raw for raw in entries_of(batch) if admission.is_signed_entry(raw)]
        pending.append((batch, admission.start_check(signed, lookup, held_of, pool, seen)))
        if len(pending) > ahead:
            first, check = pending.popleft()
            yield first, check.result()
    while pending:
        first, check = pending.popleft()
        yield first, check.result()


def admit_entries(
    session: Session, entries: Sequence[Mapping[str, Any]], source: str, pool: VerifyPool
) -> Admitted:
    """`quarantine.admit_raw` of `entries` in `BATCH`es, each applied while the next ones'
    signatures are checked (a bundle import: one transaction, `session`'s)."""
    result = Admitted()
    parts = [entries[k : k + BATCH] for k in range(0, len(entries), BATCH)]
    lookup = admission.certificate_lookup(session)
    for part, checked in checked_batches(
        parts, lambda p: p, lookup, admission.held_in(session), pool
    ):
        admitted = admit_raw(session, part, source, checked)
        result.fresh.extend(admitted.fresh)
        result.refused += admitted.refused
        result.waiting += admitted.waiting
    return result
