"""The outbox: every message this desk means to send, durable in the local database.

States: `queued` → `sending` → `sent` (with the Message-ID and the server's answer) | `failed`
(with the reason; `permanent` for a 5xx refusal, else worth a retry) | `unknown`. A message is
marked `sending` in its own committed transaction before its bytes go to the server, so after a
crash the outbox knows which one was in flight: it becomes `unknown` ("send again?") and is never
resent unless a person asks (`retry(resend_unknown=True)`). Rows are local to this desk: they hold
addresses and message bytes, which never travel; the fact "ticket sent" does (`ticket.sent`).
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select, update

from mornings_desktop.services.mail import reasons
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import table_of
from mornings_desktop.store.schema_mail import OutboxMessage
from mornings_desktop.timeutil import now_iso
from mornings_desktop.wording.tr import Translate, english

STATES = ("queued", "sending", "sent", "failed", "unknown")
_t = table_of(OutboxMessage)


@dataclass(frozen=True)
class NewMessage:
    kind: str
    recipient: str
    subject: str
    message_id: str
    data: bytes
    morning_id: str | None = None
    registration_id: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class OutboxRow:
    id: str
    batch: str
    kind: str
    morning_id: str | None
    registration_id: str | None
    code: str | None
    recipient: str
    subject: str
    message_id: str
    state: str
    attempts: int
    permanent: bool
    reason: str  # stored form (a code and its values): word it with `describe`
    answer: str
    updated_at: str

    @property
    def reason_code(self) -> str:
        return reasons.code_of(self.reason)

    def describe(self, translate: Translate = english) -> str:
        """Why it failed (or may not have arrived), one sentence in `translate`'s language."""
        return reasons.describe(self.reason, translate)

    def to_json(self, translate: Translate = english) -> dict[str, object]:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__}
        data["reason"] = self.describe(translate)
        data["reason_code"] = self.reason_code
        return data


def queue(ws: Workspace, messages: Iterable[NewMessage]) -> str:
    """Add `messages` as one batch (one transaction: all or none). Returns the batch id."""
    batch = str(uuid.uuid4())
    now = now_iso()
    rows = [
        {
            "id": str(uuid.uuid4()),
            "batch": batch,
            "kind": m.kind,
            "morning_id": m.morning_id,
            "registration_id": m.registration_id,
            "code": m.code,
            "recipient": m.recipient,
            "subject": m.subject,
            "message_id": m.message_id,
            "body": m.data,
            "state": "queued",
            "attempts": 0,
            "permanent": False,
            "reason": "",
            "answer": "",
            "owner_pid": None,
            "created_at": now,
            "updated_at": now,
        }
        for m in messages
    ]
    if rows:
        with ws.db.write() as session:
            # A fresh message replaces an older one that failed for the same person and purpose
            # (the server never took it): `retry` must not send both.
            for kind, morning_id, registration_id in {
                (r["kind"], r["morning_id"], r["registration_id"])
                for r in rows
                if r["registration_id"]
            }:
                session.execute(
                    _t.delete().where(
                        _t.c.state == "failed",
                        _t.c.kind == kind,
                        _t.c.morning_id == morning_id,
                        _t.c.registration_id == registration_id,
                    )
                )
            session.execute(_t.insert(), rows)
    return batch


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(ws: Workspace) -> int:
    """Messages left `sending` by a process that is gone become `unknown`. Returns how many."""
    with ws.db.write() as session:
        stale = [
            (row.id, row.owner_pid)
            for row in session.execute(
                select(_t.c.id, _t.c.owner_pid).where(_t.c.state == "sending")
            )
        ]
        lost = [i for i, pid in stale if not _pid_alive(pid)]
        if lost:
            session.execute(
                update(_t)
                .where(_t.c.id.in_(lost))
                .values(
                    state="unknown",
                    reason=reasons.store("stopped_while_sending"),
                    updated_at=now_iso(),
                )
            )
    return len(lost)


def rows(
    ws: Workspace, *, states: Sequence[str] | None = None, batch: str | None = None
) -> list[OutboxRow]:
    """The outbox, oldest first (without the message bytes)."""
    columns = [getattr(_t.c, f) for f in OutboxRow.__dataclass_fields__]
    query = select(*columns).order_by(_t.c.created_at, _t.c.id)
    if states:
        query = query.where(_t.c.state.in_(list(states)))
    if batch:
        query = query.where(_t.c.batch == batch)
    with ws.db.read() as session:
        return [OutboxRow(**dict(r._mapping)) for r in session.execute(query)]


def counts(ws: Workspace, *, batch: str | None = None) -> dict[str, int]:
    """How many messages are in each state (every state present, 0 when none)."""
    found = Counter(r.state for r in rows(ws, batch=batch))
    return {state: found.get(state, 0) for state in STATES}


def body(ws: Workspace, message_id: str) -> bytes:
    with ws.db.read() as session:
        return bytes(session.execute(select(_t.c.body).where(_t.c.id == message_id)).scalar_one())


def set_state(ws: Workspace, message_id: str, state: str, **values: object) -> None:
    """Move one message to `state` (committed when this returns)."""
    with ws.db.write() as session:
        session.execute(
            update(_t)
            .where(_t.c.id == message_id)
            .values(state=state, updated_at=now_iso(), **values)
        )


def mark_sending(ws: Workspace, message_id: str, attempts: int) -> bool:
    """Take a queued message for this process. False when it is no longer queued (another
    process of this desk — the window and a command — took it first): then do not send it."""
    with ws.db.write() as session:
        result = session.execute(
            update(_t)
            .where(_t.c.id == message_id, _t.c.state == "queued")
            .values(state="sending", owner_pid=os.getpid(), attempts=attempts, updated_at=now_iso())
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


def mark_sent(
    ws: Workspace, row: OutboxRow, answer: str, at: str, *, take_next: tuple[str, int] | None = None
) -> bool:
    """`sent`, and for a ticket the `ticket.sent` operation, in one transaction. The bytes are
    dropped: the Message-ID and the server's answer are what is kept.

    `take_next` (id, attempts) also takes the next message for this process in the same
    transaction, as `mark_sending` would (one durable commit per message instead of two; at any
    moment still at most one message of this process is `sending`). Returns whether it was taken."""
    taken = False
    with ws.transaction() as tx:
        if take_next is not None:
            next_id, attempts = take_next
            result = tx.session.execute(
                update(_t)
                .where(_t.c.id == next_id, _t.c.state == "queued")
                .values(state="sending", owner_pid=os.getpid(), attempts=attempts, updated_at=at)
            )
            taken = bool(result.rowcount)  # type: ignore[attr-defined]
        tx.session.execute(
            update(_t)
            .where(_t.c.id == row.id)
            .values(state="sent", answer=answer, reason="", body=b"", updated_at=at)
        )
        if row.kind == "speakers" and row.registration_id and row.morning_id:
            tx.record(
                "agenda.speaker_notified",
                {
                    "morning_id": row.morning_id,
                    "speaker_id": row.registration_id,  # for this kind, the speaker's id
                    "version_id": row.code or "",  # and the programme version sent
                    "at": at,
                    "message_id": row.message_id,
                },
            )
        if row.kind == "ticket" and row.registration_id:
            tx.record(
                "ticket.sent",
                {
                    "registration_id": row.registration_id,
                    "code": row.code or "",
                    "at": at,
                    "message_id": row.message_id,
                },
            )
    return taken


def retry(ws: Workspace, *, resend_unknown: bool = False, morning_id: str | None = None) -> int:
    """Queue again what failed (and, only when asked, what is `unknown`). Returns how many."""
    states = ["failed", "unknown"] if resend_unknown else ["failed"]
    query = update(_t).where(_t.c.state.in_(states))
    if morning_id:
        query = query.where(_t.c.morning_id == morning_id)
    with ws.db.write() as session:
        result = session.execute(
            query.values(state="queued", permanent=False, owner_pid=None, updated_at=now_iso())
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def queued_ids(ws: Workspace, *, batch: str | None = None) -> list[str]:
    return [r.id for r in rows(ws, states=["queued"], batch=batch)]
