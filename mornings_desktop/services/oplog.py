"""The operation log, read for people: who did what, where, when (`mornings log`, the Log view).

Filters: a person (id, e-mail or phone: their operations and those of their registrations), a desk
(name or id), an operator (when operations carry one: the column is read only if present), a type
(`person.erased`, or a prefix such as `person`), and a start (`YYYY-MM-DD` or an ISO instant).
On a door desk the log needs the organiser passphrase (the caller asks: `desk_role`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import inspect, or_, select

from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.ledger.fold import sqlite_connection
from mornings_desktop.ledger.signed_store import full_payload
from mornings_desktop.services.person_access import resolve
from mornings_desktop.services.workspace import Workspace, desk_names
from mornings_desktop.store.schema import Operation, Registration

DEFAULT_LIMIT = 5000


@dataclass(frozen=True)
class LogEntry:
    at: str
    type: str
    desk: str
    desk_id: str
    operator: str | None
    op_id: str
    payload: dict[str, Any]

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def _at(hlc: str) -> str:
    try:
        ms = int(hlc.split("-")[0])
    except ValueError:
        return hlc
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _since(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "--since is a date (YYYY-MM-DD) or an ISO time, not {text}."
            ),
            text=text,
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{int(moment.timestamp() * 1000):013d}"


def read_log(
    ws: Workspace,
    *,
    person: str | None = None,
    desk: str | None = None,
    operator: str | None = None,
    op_type: str | None = None,
    since: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[LogEntry]:
    """Operations matching every filter given, newest first (at most `limit`)."""
    start = _since(since) if since else None
    person_id = resolve(ws, person) if person else None
    with ws.db.read() as session:
        names = desk_names(session)
        columns = {c["name"] for c in inspect(session.get_bind()).get_columns("operations")}
        has_operator = "operator" in columns
        if operator and not has_operator:
            return []  # operations of this version carry no operator yet
        query = select(Operation).order_by(Operation.hlc.desc(), Operation.desk_id)
        if start:
            query = query.where(Operation.hlc >= start)
        if op_type:
            query = query.where(
                (Operation.type == op_type) | Operation.type.startswith(op_type.rstrip(".") + ".")
            )
        if desk:
            wanted = {i for i, n in names.items() if n.casefold() == desk.casefold()} | {desk}
            query = query.where(Operation.desk_id.in_(wanted))
        if operator:
            query = query.where(getattr(Operation, "operator", None) == operator)  # type: ignore[arg-type]
        if person_id:
            regs = set(
                session.execute(
                    select(Registration.id).where(Registration.person_id == person_id)
                ).scalars()
            )
            query = query.where(or_(*(Operation.payload.contains(i) for i in {person_id, *regs})))
        rows = session.execute(query.limit(limit)).scalars().all()
        conn = sqlite_connection(session)
        return [
            LogEntry(
                at=_at(r.hlc),
                type=r.type,
                desk=names.get(r.desk_id, r.desk_id),
                desk_id=r.desk_id,
                operator=getattr(r, "operator", None),
                op_id=r.op_id,
                payload=full_payload(conn, r.type, r.payload, r.digest),
            )
            for r in rows
        ]
