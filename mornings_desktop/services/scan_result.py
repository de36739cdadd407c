"""What a scan comes to: one of a few results, with the person and the reason, as the desk shows it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
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
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.result == "admitted"

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["registration"] = self.registration_id
        return data
