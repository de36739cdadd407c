"""A workspace is an open database with this desk's identity: what every service is given.

`Workspace.open` checks the file (`quick_check`, writable), refuses a newer schema, backs up and
migrates an older one, and makes sure the organisation identity (id, ticket key) and this desk exist.
The window opens with `check_later=True`: when opening writes nothing (the usual start of a known
desk), the whole-file check is left to a background job, and every write waits for it.
Every change goes through `transaction()`, whose `record()` appends an operation and applies it;
listeners hear about the operations only after COMMIT returned, i.e. once they are on disk.
"""

from __future__ import annotations

import secrets
import socket
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from mornings_desktop.ledger import ledger, resign, signing
from mornings_desktop.ledger.operation import JsonDict, Op
from mornings_desktop.services.changes import Changes
from mornings_desktop.services.desk_names import check_desk_name as check_desk_name
from mornings_desktop.store import meta, migrate
from mornings_desktop.store.backup import rotating_backup
from mornings_desktop.store.database import Database
from mornings_desktop.store.schema import Desk, Operation
from mornings_desktop.timeutil import now_iso

Listener = Callable[[list[Op]], None]


def default_desk_name() -> str:
    return check_desk_name(socket.gethostname().split(".")[0] or "desk")


@dataclass
class Tx:
    """One write transaction. `record` appends and applies an operation of this desk."""

    session: Session
    desk_id: str
    ops: list[Op] = field(default_factory=list)
    _cursor: ledger.DeskCursor | None = None
    operator: str | None = None  # the person at the desk (None: the computer's user)

    def new_id(self) -> str:
        """`<desk_id>/<uuid>` for a person or registration this desk creates: a door desk's
        walk-ins are then its own for every desk's role check (DESIGN.md §6 roles)."""
        return f"{self.desk_id}/{uuid.uuid4()}"

    def record(self, op_type: str, payload: JsonDict) -> Op:
        if self._cursor is None:
            self._cursor = ledger.DeskCursor.load(
                self.session, self.desk_id, defer_clock=True, operator=self.operator
            )
        op = ledger.record(self.session, self.desk_id, op_type, payload, self._cursor)
        self.ops.append(op)
        return op

    def finish(self) -> None:
        """Before COMMIT: write the clock once for all the operations of this transaction."""
        if self._cursor is not None:
            self._cursor.save(self.session)


class Workspace:
    def __init__(self, db: Database, desk_id: str, desk_name: str) -> None:
        self.db = db
        self.desk_id = desk_id
        self.desk_name = desk_name
        self._listeners: list[Listener] = []
        self._ticket_key: bytes | None = None
        self.operator: str | None = None  # the person at the desk (None: the computer's user)

    @property
    def path(self) -> Path:
        return self.db.path

    @classmethod
    def open(
        cls,
        path: Path | str,
        desk_name: str | None = None,
        *,
        create: bool = True,
        backup_on_migrate: bool = True,
        operator: str | None = None,
        check_later: bool = False,
    ) -> Workspace:
        """Open (or create) the database at `path` for the desk `desk_name`.

        Raises DatabaseError (missing with create=False, locked, read-only, corrupt, newer) or
        ValidationError (bad desk name); in every case the file is left as it was.
        `check_later`: when opening needs no write, leave the whole-file check to the caller
        (`db.file_check.ensure()` off the UI thread; writes wait for it); otherwise check now.
        """
        if desk_name is not None:
            desk_name = check_desk_name(desk_name)
        db = Database(path, create=create)
        try:
            db.check_usable(whole_file=not check_later)
            existed_before = not migrate.is_empty(db)
            if check_later and not migrate.is_current(db.path):
                db.file_check.ensure()  # a migration writes (after a backup): check first

            def backup(reason: str) -> object:
                return rotating_backup(db.path, reason) if backup_on_migrate else None

            migrate.upgrade(db, backup=backup if existed_before else None)
            known = _ready_desk(db, desk_name) if check_later and existed_before else None
            if known is not None:
                desk_id, name = known
            else:
                with db.write() as session:  # checks the whole file first (FileCheck)
                    ensure_organisation(session)
                    if existed_before:  # operations kept from before signing are signed once
                        resign.resign_legacy(session)
                    else:
                        resign.mark_done(session)  # a new database holds nothing from before
                    desk = ensure_desk(session, desk_name)
                    ledger.reapply_pending(session)
                    desk_id, name = desk.id, desk.name
            ws = cls(db, desk_id, name)
            ws.operator = operator
            return ws
        except BaseException:
            db.dispose()
            raise

    @classmethod
    def attach(
        cls, path: Path | str, desk_id: str, desk_name: str, operator: str | None = None
    ) -> Workspace:
        """The database another process of this desk has opened (checked and migrated) with
        `open`, for work done beside it (a sync round in a child process): no check, no
        migration, nothing written by opening."""
        ws = cls(Database(path, create=False), desk_id, desk_name)
        ws.operator = operator
        return ws

    def close(self) -> None:
        self.db.dispose()

    # -- changes ------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """A write transaction for this desk; listeners are told after it is committed."""
        with self.db.write() as session:
            tx = Tx(session, self.desk_id, operator=self.operator)
            yield tx
            tx.finish()
        if tx.ops:
            self.notify(tx.ops)

    def record(self, op_type: str, payload: JsonDict) -> Op:
        """One operation in its own transaction (committed to disk when this returns)."""
        with self.transaction() as tx:
            return tx.record(op_type, payload)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def subscribe_changes(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Hear, after each COMMIT, what kinds of rows changed and for which Mornings.

        Called on the committing thread (a job's, or the sync's): a UI hops to its own thread.
        """
        return self.subscribe(lambda ops: listener(Changes.of(ops)))

    def notify(self, ops: list[Op]) -> None:
        for listener in list(self._listeners):
            listener(ops)

    # -- facts --------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        with self.db.read() as session:
            return meta.get(session, key)

    @property
    def org_id(self) -> str:
        value = self.meta(meta.ORG_ID)
        assert value is not None
        return value

    @property
    def ticket_key(self) -> bytes:
        """The organisation's secret for ticket codes (read once; `refresh_identity` after a join)."""
        if self._ticket_key is None:
            value = self.meta(meta.TICKET_KEY)
            assert value is not None
            self._ticket_key = bytes.fromhex(value)
        return self._ticket_key

    def refresh_identity(self) -> None:
        self._ticket_key = None

    def pending_ops(self) -> int:
        """Operations of this database not yet confirmed by the hub."""
        from sqlalchemy import func

        with self.db.read() as session:
            return int(
                session.execute(
                    select(func.count()).select_from(Operation).where(Operation.pushed.is_(False))
                ).scalar_one()
            )


def ensure_organisation(session: Session) -> None:
    """Create the organisation identity and its ticket key on first start (a joining desk replaces
    them with the organisation's before it records anything)."""
    if meta.get(session, meta.ORG_ID) is None:
        org_id = str(uuid.uuid4())
        meta.put(session, meta.ORG_ID, org_id)
        meta.put(session, meta.TICKET_KEY, secrets.token_hex(32))
        signing.create_org_key(session, org_id)  # its private part stays out of the database


def local_desks(session: Session) -> list[Desk]:
    return list(
        session.execute(
            select(Desk).where(Desk.is_local.is_(True)).order_by(Desk.created_at)
        ).scalars()
    )


_UNAPPLIED = "SELECT 1 FROM operations WHERE NOT applied LIMIT 1"


def _ready_desk(db: Database, name: str | None) -> tuple[str, str] | None:
    """The desk's id and name when opening would write nothing (the identity exists, signing
    was done, the desk is known, no kept operation to fold in); else None."""
    with db.read() as session:
        if meta.get(session, meta.ORG_ID) is None or meta.get(session, resign.DONE) is None:
            return None
        desk = find_desk(session, name)
        # `NOT applied` as the partial index ix_operations_unapplied says it: no log scan.
        if desk is None or session.execute(text(_UNAPPLIED)).first():
            return None
        return desk.id, desk.name


def find_desk(session: Session, name: str | None) -> Desk | None:
    """The local desk named `name`; without a name, the default local desk (None: none yet)."""
    desks = local_desks(session)
    if name is None:
        default_id = meta.get(session, meta.DEFAULT_DESK)
        for desk in desks:
            if desk.id == default_id:
                return desk
        return desks[0] if desks else None
    for desk in desks:
        if desk.name.casefold() == name.casefold():
            return desk
    return None


def ensure_desk(session: Session, name: str | None) -> Desk:
    """The local desk named `name` (created if new); without a name, the default local desk."""
    found = find_desk(session, name)
    if found is not None:
        return found
    desks = local_desks(session)
    if name is None:
        name = default_desk_name()
    desk = Desk(id=str(uuid.uuid4()), name=name, is_local=True, created_at=now_iso())
    session.add(desk)
    if not desks:
        meta.put(session, meta.DEFAULT_DESK, desk.id)
    session.flush()
    # Other desks learn this desk's name through the log, like every other fact.
    ledger.record(session, desk.id, "desk.announced", {"id": desk.id, "name": name})
    return desk


def desk_names(session: Session) -> dict[str, str]:
    """Names of every known desk by id (remote desks become known through sync)."""
    return {d.id: d.name for d in session.execute(select(Desk)).scalars()}
