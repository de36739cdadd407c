"""What a scan comes to: a result key, a reason key and the data to word them (no sentences).

The words are made once, translated, by `mornings_desktop.wording.checkin_results`, for the window
and the command line alike.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Result = Literal["admitted", "already", "wrong_event", "cancelled", "unknown", "invalid", "error"]
RESULTS: tuple[str, ...] = (
    "admitted",
    "already",
    "wrong_event",
    "cancelled",
    "unknown",
    "invalid",
    "error",
)
METHODS = ("scanner", "camera", "search", "walk-in", "typed")
# Categories whose people staff greet in person (VIP, speakers, press, partners): their admission
# is "admitted — attention", like one whose registration carries a note.
ATTENTION_CATEGORIES = ("vip", "speaker", "press", "partner")


@dataclass(frozen=True)
class ScanResult:
    """What the desk shows. `reason` refines `result` (e.g. `revoked`, `not_synced`, `disk`)."""

    code: str  # what was read (cleaned), or the genuine code found in it
    result: str
    reason: str = ""
    registration_id: str | None = None
    name: str = ""
    organisation: str = ""
    category: str = ""
    checkin_id: str | None = None
    at: str | None = None  # venue-local ISO 8601: when admitted (now, or the earlier time)
    desk: str = ""  # the desk that admitted them
    method: str = ""
    other_morning_title: str = ""
    other_morning_date: str = ""
    # A write failure: the error's English template (context "errors") and its parameters;
    # worded by mornings_desktop.wording.checkin_results, never here.
    problem: str = ""
    problem_params: dict[str, str] = field(default_factory=dict)
    # The registration's note (allergies, "to be paid", "welcome by the president"…), and why the
    # admission needs attention: a category of ATTENTION_CATEGORIES and/or "note".
    note: str = ""
    attention: tuple[str, ...] = ()
    # The registration's flags beyond the category (registration_flags.FLAGS: dietary,
    # payment_due…); any flag adds the reason "flags" to `attention`.
    flags: tuple[str, ...] = ()
    # How many Mornings of the series this person attended, this one included once admitted.
    mornings_attended: int = 0
    # How many times their badge was printed, read with the registration (-1: not read).
    badge_prints: int = -1

    @property
    def ok(self) -> bool:
        return self.result == "admitted"

    @property
    def needs_attention(self) -> bool:
        """Admitted, and staff must read something first (a note, a VIP…)."""
        return self.ok and bool(self.attention)

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["registration"] = self.registration_id
        data["attention"] = list(self.attention)
        data["flags"] = list(self.flags)
        return data


def attention_of(
    category: str | None, note: str | None, flags: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """Why an admission needs attention: the category if flagged, "flags" if the registration
    has any, then "note" if there is one."""
    reasons: list[str] = []
    if category in ATTENTION_CATEGORIES:
        reasons.append(category)
    if flags:
        reasons.append("flags")
    if (note or "").strip():
        reasons.append("note")
    return tuple(reasons)
