"""An operation as it travels: between services and the ledger, the hub, and bundle files."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from mornings_desktop.ledger.hlc import stamp as make_stamp

JsonDict = dict[str, Any]


def dumps(payload: JsonDict) -> str:
    """Canonical JSON text: the same payload is the same text on every desk."""
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Op:
    op_id: str
    desk_id: str
    desk_seq: int
    hlc: str
    type: str
    payload: JsonDict = field(default_factory=dict)

    @property
    def stamp(self) -> str:
        return make_stamp(self.hlc, self.desk_id)

    def to_json(self) -> JsonDict:
        return {
            "op_id": self.op_id,
            "desk_id": self.desk_id,
            "desk_seq": self.desk_seq,
            "hlc": self.hlc,
            "type": self.type,
            "payload": self.payload,
        }

    @classmethod
    def from_json(cls, data: JsonDict) -> Op:
        payload = data["payload"]
        if isinstance(payload, str):
            payload = json.loads(payload)
        if not isinstance(payload, dict):
            raise ValueError("operation payload must be an object")
        return cls(
            op_id=str(data["op_id"]),
            desk_id=str(data["desk_id"]),
            desk_seq=int(data["desk_seq"]),
            hlc=str(data["hlc"]),
            type=str(data["type"]),
            payload=payload,
        )
