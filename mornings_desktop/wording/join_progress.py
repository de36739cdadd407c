"""A join's progress in words, once for the window and the command line (issue 18).

A desk joining a large hub is usable before its history is complete (`sync/early.py`): the pull
reports `early` (the current Mornings' operations applied), then `ready` with the number of rows
the history pull goes through, then `pull` as the history arrives. `line()` says where it stands.
"""

from __future__ import annotations

from dataclasses import dataclass

from mornings_desktop.errors import QT_TRANSLATE_NOOP
from mornings_desktop.wording.tr import Words

CTX = "JoinProgress"

EARLY = QT_TRANSLATE_NOOP(
    "JoinProgress", "Receiving the current Mornings: {count} operations so far…"
)
READY = QT_TRANSLATE_NOOP(
    "JoinProgress",
    "Current Morning ready — the door can admit people; history {percent} % received…",
)
RECEIVED = QT_TRANSLATE_NOOP("JoinProgress", "Operations received: {count}")
COMPLETE = QT_TRANSLATE_NOOP("JoinProgress", "History complete.")


@dataclass
class JoinState:
    """What the pull reported so far: fed each `progress(stage, n)`."""

    stage: str = ""
    early: int = 0
    total: int = 0  # rows the history pull goes through (known once ready)
    received: int = 0

    def feed(self, stage: str, n: int) -> None:
        self.stage = stage if stage in ("early", "ready") or not self.total else "history"
        if stage == "early":
            self.early = n
        elif stage == "ready":
            self.total = n
        elif stage == "pull":
            self.received = n

    @property
    def ready(self) -> bool:
        return self.total > 0

    def percent(self) -> int:
        if not self.total:
            return 0
        return min(100, self.received * 100 // self.total)


def line(words: Words, state: JoinState) -> str:
    """One line: the current Mornings arriving, the desk ready with the history's share, or (a
    plain pull) the operations received."""
    if state.stage == "early":
        return words.translate(CTX, EARLY).format(count=_count(state.early))
    if state.ready:
        return words.translate(CTX, READY).format(percent=state.percent())
    return words.translate(CTX, RECEIVED).format(count=_count(state.received))


def _count(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")  # 12 345: a narrow no-break space in every language
