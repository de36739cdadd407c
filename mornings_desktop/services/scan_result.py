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

    @property
    def ok(self) -> bool:
        return self.result == "admitted"

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["registration"] = self.registration_id
        return data
