"""An operation as it travels: between services and the ledger, the hub, and bundle files."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from mornings_desktop.ledger.hlc import stamp as make_stamp

JsonDict = dict[str, Any]


@dataclass(frozen=True)
class Envelope:
    """An operation's signed form (DESIGN §6), kept beside the `Op` handlers read.

    `body` is the signed text byte for byte, `sig` the signature in base64, `digest` sha256(body);
    `public` is the payload as signed (personal values out, canonical text); `personal` holds the
    blocks present, by subject (`trust.personal`), each already checked against its commitment."""

    body: str
    sig: str
    digest: str
    inc: str
    prev: str
    operator: str
    public: str
    personal: dict[str, dict[str, Any]] = field(default_factory=dict)
    # The canonical text of each block of `personal`, when it was made before the write lock
    # (a pulled operation's, `sync.admission`); else encoded when the block is stored.
    block_texts: dict[str, str] | None = field(default=None, compare=False, repr=False)

    def columns(self) -> tuple[str, str, str, str, str, str]:
        return (self.body, self.sig, self.digest, self.inc, self.prev, self.operator)


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
    # The signed form, when the operation has one (recorded here, or verified on entry).
    envelope: Envelope | None = field(default=None, compare=False, repr=False)

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
