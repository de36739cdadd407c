"""What a check says about untrusted input: ok (with the value read), waiting, or refused.

Checks of hostile input return a `Verdict`; they never raise. *Waiting* means the input may become
acceptable later (an unknown certificate, say); *refused* means it never will. `reason` is a short
stable text beginning with a code (`bad-signature`, `malformed: …`, `schema: …`) for logs and the
quarantine list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

T = TypeVar("T")
Status = Literal["ok", "waiting", "refused"]


@dataclass(frozen=True)
class Verdict(Generic[T]):
    status: Status
    reason: str = ""
    value: T | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def accepted(value: T) -> Verdict[T]:
    return Verdict("ok", "", value)


def refused(reason: str) -> Verdict[T]:
    return Verdict("refused", reason)


def waiting(reason: str) -> Verdict[T]:
    return Verdict("waiting", reason)
