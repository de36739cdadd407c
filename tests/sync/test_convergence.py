"""Hypothesis stateful test: 2–4 desks, a real hub, and everything a Morning does to them.

Steps: scan, search-admit, walk-in, edit, undo, erase, review, go offline / online, sync,
duplicate a batch (the hub's answer lost, so it is pushed again), skew a desk's clock by up to two
hours, carry a bundle from one desk to another (the receiver relays it to the hub), take a backup
of a desk and later restore it (a new incarnation; what the desk did after the backup and never
synced is in the safety copy only), and copy a desk's database to a second laptop that goes on
working beside the first (at another path: a new incarnation; or at the same path on another
computer: the same incarnation, so two operations share one number). At the end every desk syncs:
each desk's tables equal the fold of the hub's operations, every operation any desk holds as its
own is on the hub exactly once, and a desk that was copied is flagged on every desk.

Speed: the hub database and its four desk logins are made once per module and emptied between
examples (TRUNCATE); desks are copies of a migrated template file.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring.core
import psycopg
import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select, text, update

from mornings_desktop.ledger import hlc, signed_store, signing
from mornings_desktop.ledger.ledger import ingest
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services import review
from mornings_desktop.services.erasure import restore_keeping_erasures
from mornings_desktop.services.workspace import Workspace, local_desks
from mornings_desktop.store import database, meta
from mornings_desktop.store.backup import copy_database
from mornings_desktop.store.database import Database
from mornings_desktop.store.schema import CheckIn, CheckInRevert, Operation, Person, Registration
from mornings_desktop.store.tables import metadata
from mornings_desktop.sync import bundle, client, hub_admin
from mornings_desktop.sync.hub_schema import HubError
from mornings_desktop.timeutil import now_iso
from mornings_desktop.trust.signed_op import OpFields, SignedOp
from tests.sync.conftest import new_hub_database
from tests.sync.file_keyring import FileKeyring

MAX_DESKS = 4
MAX_COPIES = 2  # laptops that received a copy of a desk's database
OFFLINE_URL = "postgresql://nobody:x@/nowhere?host=/nonexistent-mornings-socket"
SKIP_TABLES = {
    "meta", "operations", "desks", "sync_quarantine", "certificates", "alembic_version",
    "revocations",  # trust records, not folded from operations (`test_convergence_trust`)
}  # fmt: skip


def _hub_op(row: tuple[Any, ...]) -> Op:
    """An operation as the hub holds it: signed ones with their blocks (trusted here: the desks
    verified them), the others as they are."""
    op_id, desk_id, desk_seq, stamp, op_type, payload, body, sig, personal = row
    if body is None:
        return Op.from_json(
            {"op_id": op_id, "desk_id": desk_id, "desk_seq": desk_seq, "hlc": stamp,
             "type": op_type, "payload": payload}
        )  # fmt: skip
    fields = OpFields(**json.loads(body))
    signed = SignedOp(base64.b64decode(sig), body.encode("utf-8"), fields)
    return signed_store.op_of(signed, personal or {})


class Env:
    """What the machine needs from pytest (set before each run)."""

    admin: str = ""
    urls: list[str] = []  # noqa: RUF012
    template: Path = Path()
    desk_files: list[Path] = []  # noqa: RUF012
    desk_ids: list[tuple[str, str]] = []  # noqa: RUF012
    folder: Path = Path()


SKEW = {"ms": 0}
_real_tick = hlc.tick
# How far the real wall clock has moved on (edits stamped > 5 min ahead wait until it has).
LATER = {"ms": 0}
_real_wall = hlc.wall_ms_now


def _later_wall() -> int:
    return _real_wall() + LATER["ms"]


def _skewed_tick(last: str | None, now_ms: Callable[[], int] = hlc.wall_ms_now) -> str:
    return _real_tick(last, lambda: now_ms() + SKEW["ms"])


@pytest.fixture(scope="module")
def shared_hub(pg_admin_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url, drop = new_hub_database(pg_admin_url)
    try:
        yield url
    finally:
        drop()


def _table_dump(ws_or_path: Workspace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with ws_or_path.db.read() as session:
        for name, table in sorted(metadata().tables.items()):
            if name in SKIP_TABLES:
                continue
            cols = [c.name for c in table.columns]
            order = ", ".join(c.name for c in table.primary_key.columns)
            rows = session.execute(text(f"SELECT {', '.join(cols)} FROM {name} ORDER BY {order}"))
            out[name] = [tuple(r) for r in rows]
        out["desks"] = sorted(
            tuple(r) for r in session.execute(text("SELECT id, name FROM desks")).all()
        )
    return out


class Desk:
    def __init__(self, ws: Workspace, url: str, path: Path) -> None:
        self.ws = ws
        self.url = url
        self.path = path
        self.hub = client.HubConnection(url)  # kept between rounds, as the window does
        self.online = True
        self.skew_ms = 0
        self.revoked = False  # its hub login was revoked (`test_convergence_trust`)

    def reopen(self) -> None:
        """Open the database file again (after it was replaced), as the program starting does."""
        self.ws = Workspace(Database(self.path), self.ws.desk_id, self.ws.desk_name)


class Convergence(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.desks: list[Desk] = []
        self.n = 0
        self.folder = Env.folder / uuid.uuid4().hex[:8]
        self.folder.mkdir()
        self.bundle_count = 0
        self.backups: list[tuple[Desk, Path]] = []
        self.copied: set[str] = set()  # desk ids of which two databases wrote

    # -- setup ------------------------------------------------------------------------------------
    @initialize(count=st.integers(2, MAX_DESKS), people=st.integers(1, 2))
    def start(self, count: int, people: int) -> None:
        with psycopg.connect(Env.admin) as conn:
            conn.execute("TRUNCATE mornings.ops, mornings.desk_claims")
            conn.commit()
        for i in range(count):
            # A copy of desk i's template (migrated, desk announced, nothing pushed): the hub was
            # emptied, so the same desk ids start afresh.
            path = self.folder / f"desk{i}.sqlite3"
            shutil.copyfile(Env.desk_files[i], path)
            desk_id, name = Env.desk_ids[i]
            ws = Workspace(Database(path), desk_id, name)
            self.desks.append(Desk(ws, Env.urls[i], path))
        # The office (desk 0) prepares a Morning with a few registrations, and everyone gets it.
        office = self.desks[0].ws
        self.morning = str(uuid.uuid4())
        with office.transaction() as tx:
            tx.record(
                "morning.created",
                {"id": self.morning, "fields": {"title": "Matinale", "date": "2026-12-10"}},
            )
            for p in range(people):
                self._register(tx, f"Personne{p}", walk_in=False)
        for desk in self.desks:
            client.sync_round(desk.ws, desk.hub)

    def _register(self, tx: Any, name: str, *, walk_in: bool) -> str:
        """A person and their registration; a walk-in's ids are the desk's own, as its walk-in
        form makes them (`<desk_id>/…`: a door desk may record only such)."""
        person = tx.new_id() if walk_in else str(uuid.uuid4())
        registration = tx.new_id() if walk_in else str(uuid.uuid4())
        tx.record(
            "person.created",
            {"id": person, "fields": {"first_name": name, "last_name": "Test", "email": None}},
        )
        tx.record(
            "registration.created",
            {
                "id": registration,
                "fields": {
                    "morning_id": self.morning,
                    "person_id": person,
                    "category": "guest",
                    "code": uuid.uuid4().hex[:14].upper(),
                    "status": "registered",
                    "registered_at": now_iso(),
                    "walk_in": walk_in,
                },
            },
        )
        return registration

    def teardown(self) -> None:
        for desk in self.desks:
            desk.hub.close()
            desk.ws.close()
        SKEW["ms"] = 0
        LATER["ms"] = 0
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- helpers ----------------------------------------------------------------------------------
    def desk(self, index: int) -> Desk:
        desk = self.desks[index % len(self.desks)]
        SKEW["ms"] = desk.skew_ms
        return desk

    def _pick(self, ws: Workspace, query: Any, index: int) -> Any:
        with ws.db.read() as session:
            rows = list(session.execute(query).scalars())
        return rows[index % len(rows)] if rows else None

    def _admit(self, d: int, r: int, method: str) -> None:
        desk = self.desk(d)
        reg = self._pick(
            desk.ws,
            select(Registration.id)
            .where(Registration.registered_at.is_not(None))
            .order_by(Registration.id),
            r,
        )
        if reg is None:
            return
        desk.ws.record(
            "checkin.created",
            {
                "id": str(uuid.uuid4()),
                "registration_id": reg,
                "morning_id": self.morning,
                "at": now_iso(),
                "method": method,
            },
        )

    # -- steps ------------------------------------------------------------------------------------
    @rule(d=st.integers(0, 7), r=st.integers(0, 20))
    def scan(self, d: int, r: int) -> None:
        self._admit(d, r, "scanner")

    @rule(d=st.integers(0, 7), r=st.integers(0, 20))
    def search_admit(self, d: int, r: int) -> None:
        self._admit(d, r, "search")

    @rule(d=st.integers(0, 7))
    def walk_in(self, d: int) -> None:
        desk = self.desk(d)
        with desk.ws.transaction() as tx:
            registration = self._register(tx, "Passant", walk_in=True)
            tx.record(
                "checkin.created",
                {
                    "id": str(uuid.uuid4()),
                    "registration_id": registration,
                    "morning_id": self.morning,
                    "at": now_iso(),
                    "method": "walk-in",
                },
            )

    @rule(
        d=st.integers(0, 7),
        p=st.integers(0, 20),
        field=st.sampled_from(["first_name", "organisation", "email"]),
        value=st.sampled_from(["Amal", "Ōmar", "OCP", "a@b.ma", ""]),
    )
    def edit(self, d: int, p: int, field: str, value: str) -> None:
        desk = self.desk(d)
        person = self._pick(desk.ws, select(Person.id).order_by(Person.id), p)
        if person is not None:
            desk.ws.record("person.updated", {"id": person, "fields": {field: value}})

    @rule(d=st.integers(0, 7), c=st.integers(0, 20))
    def undo(self, d: int, c: int) -> None:
        desk = self.desk(d)
        chk = self._pick(
            desk.ws,
            select(CheckIn.id)
            .outerjoin(CheckInRevert, CheckInRevert.checkin_id == CheckIn.id)
            .where(CheckInRevert.checkin_id.is_(None))
            .order_by(CheckIn.id),
            c,
        )
        if chk is not None:
            with desk.ws.db.read() as session:
                registration = session.execute(
                    select(CheckIn.registration_id).where(CheckIn.id == chk)
                ).scalar_one()
            desk.ws.record(
                "checkin.reverted",
                {
                    "checkin_id": chk,
                    "registration_id": registration,
                    "reason": "undo",
                    "at": now_iso(),
                },
            )

    @rule(d=st.integers(0, 7), p=st.integers(0, 20))
    def erase(self, d: int, p: int) -> None:
        desk = self.desk(d)
        person = self._pick(desk.ws, select(Person.id).order_by(Person.id), p)
        if person is not None:
            desk.ws.record("person.erased", {"id": person})

    @rule(d=st.integers(0, 7), i=st.integers(0, 5), keep=st.booleans())
    def review_duplicate(self, d: int, i: int, keep: bool) -> None:
        desk = self.desk(d)
        pending = review.duplicate_admissions(desk.ws)
        if not pending:
            return
        item = pending[i % len(pending)]
        if keep:
            review.confirm(desk.ws, item.registration_id)
        else:
            review.annul(desk.ws, item.registration_id, item.scans[-1].checkin_id)
        if keep:
            still = {p.registration_id for p in review.duplicate_admissions(desk.ws)}
            assert item.registration_id not in still

    @rule(d=st.integers(0, 7))
    def toggle_offline(self, d: int) -> None:
        desk = self.desk(d)
        desk.online = not desk.online

    @rule(d=st.integers(0, 7))
    def sync(self, d: int) -> None:
        desk = self.desk(d)
        if desk.revoked:  # its login no longer logs in; nothing changes here
            waiting = client.status(desk.ws).waiting
            with pytest.raises(HubError):
                client.sync_round(desk.ws, desk.hub, batch=5)
            assert client.status(desk.ws).waiting == waiting
            return
        if desk.online:
            client.sync_round(desk.ws, desk.hub, batch=5)
            return
        waiting = client.status(desk.ws).waiting
        with pytest.raises(HubError):
            client.sync_round(desk.ws, OFFLINE_URL)
        assert client.status(desk.ws).waiting == waiting

    @rule(d=st.integers(0, 7), k=st.integers(1, 4))
    def duplicate_batch(self, d: int, k: int) -> None:
        """The hub stored a batch but its answer was lost: the desk pushes it again."""
        desk = self.desk(d)
        with desk.ws.db.write() as session:
            ids = list(
                session.execute(
                    select(Operation.op_id)
                    .where(Operation.pushed.is_(True))
                    .where(Operation.desk_id.in_([x.id for x in local_desks(session)]))
                    .order_by(Operation.desk_seq.desc())
                    .limit(k)
                ).scalars()
            )
            session.execute(update(Operation).where(Operation.op_id.in_(ids)).values(pushed=False))

    @rule(d=st.integers(0, 7), hours=st.floats(-2, 2))
    def skew_clock(self, d: int, hours: float) -> None:
        self.desk(d).skew_ms = int(hours * 3_600_000)

    @rule(src=st.integers(0, 7), dst=st.integers(0, 7), since_hub=st.booleans())
    def carry_bundle(self, src: int, dst: int, since_hub: bool) -> None:
        source, target = self.desk(src), self.desk(dst)
        self.bundle_count += 1
        path = self.folder / f"b{self.bundle_count}.bundle"
        bundle.export_bundle(source.ws, path, since_hub=since_hub)
        SKEW["ms"] = target.skew_ms
        bundle.import_bundle(target.ws, path)

    @rule(d=st.integers(0, 7))
    def take_backup(self, d: int) -> None:
        desk = self.desk(d)
        path = self.folder / f"backup{len(self.backups)}.sqlite3"
        self.backups.append((desk, copy_database(desk.path, path)))

    @rule(b=st.integers(0, 9))
    def restore_backup(self, b: int) -> None:
        """The organiser restores a desk's older backup: a new incarnation of that desk."""
        if not self.backups:
            return
        desk, backup = self.backups[b % len(self.backups)]
        if desk not in self.desks:
            return
        desk.hub.close()
        desk.ws.close()
        restore_keeping_erasures(backup, desk.path)
        desk.reopen()
        desk.hub = client.HubConnection(desk.url)

    @rule(d=st.integers(0, 7), same_path=st.booleans())
    def copy_to_another_laptop(self, d: int, same_path: bool) -> None:
        """A desk's database copied to a second laptop; both go on working as that desk."""
        if len(self.desks) >= len(Env.desk_files) + MAX_COPIES:
            return
        source = self.desk(d)
        path = self.folder / f"copy{len(self.desks)}.sqlite3"
        copy_database(source.path, path)
        if same_path:  # the same folder on another computer: it keeps the incarnation
            moved = Database(path)
            with moved.write() as session:
                meta.put(session, signing.INCARNATION_PATH, str(path.resolve()))
            moved.dispose()
        ws = Workspace(Database(path), source.ws.desk_id, source.ws.desk_name)
        copy = Desk(ws, source.url, path)
        copy.skew_ms = source.skew_ms
        self.desks.append(copy)

    @invariant()
    def nothing_refused(self) -> None:
        # An edit from a desk whose clock runs > 5 min ahead waits (retried each round); nothing
        # a desk makes is ever refused (but what a revocation refuses: `test_convergence_trust`).
        for desk in self.desks:
            self.check_kept(desk, room="refused")

    def check_kept(self, desk: Desk, *, room: str) -> None:
        """Nothing is kept aside in `room` ("refused", or "any" for both rooms)."""
        found = client.status(desk.ws)
        assert (found.refused if room == "refused" else found.quarantined) == 0

    def live(self) -> list[Desk]:
        """The desks that still sync with the hub."""
        return [d for d in self.desks if not d.revoked]

    # -- the end ----------------------------------------------------------------------------------
    def check_converged(self) -> None:
        SKEW["ms"] = 0
        LATER["ms"] = 3 * 3_600_000  # later that morning: every waiting edit is due
        for _ in range(2):
            for desk in self.live():
                client.sync_round(desk.ws, desk.hub)
        with psycopg.connect(Env.admin) as conn:
            rows = conn.execute(
                "SELECT op_id, desk_id, desk_seq, hlc, type, payload, body, sig,"
                " (SELECT jsonb_object_agg(b.subject, b.block::jsonb) FROM mornings.personal b"
                "  WHERE b.digest = o.digest) FROM mornings.ops o"
            ).fetchall()
        hub_ids = [r[0] for r in rows]
        assert len(hub_ids) == len(set(hub_ids)), "an operation is on the hub twice"
        for desk in self.live():
            with desk.ws.db.read() as session:
                mine = [x.id for x in local_desks(session)]
                own = set(
                    session.execute(
                        select(Operation.op_id).where(Operation.desk_id.in_(mine))
                    ).scalars()
                )
            assert own <= set(hub_ids), "an operation a desk committed never reached the hub"
            assert client.status(desk.ws).waiting == 0
            self.check_kept(desk, room="any")  # an edit still waiting once due fails here
        fold_path = self.folder / "hubfold.sqlite3"
        shutil.copyfile(Env.template, fold_path)
        db = Database(fold_path)
        ops = [_hub_op(r) for r in rows]
        with db.write() as session:
            ingest(session, ops)
        folded = Workspace(db, "", "")
        expected = _table_dump(folded)
        db.dispose()
        for desk in self.live():
            assert _table_dump(desk.ws) == expected, f"{desk.ws.desk_name} differs from the hub"
        # Every desk holds the same operations, so every desk flags the same copied desks.
        flagged = {tuple(client.status(desk.ws).copies) for desk in self.live()}
        assert len(flagged) == 1, flagged


def _prepare(
    shared_hub: str, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A password store for the desks that join by file (their hub password, their desk key).
    monkeypatch.setenv("MORNINGS_TEST_KEYRING", str(tmp_path / "keyring.json"))
    monkeypatch.setattr(keyring.core, "_keyring_backend", FileKeyring())  # type: ignore[no-untyped-call]
    hub_admin.init_hub(shared_hub, _org_of(template_db), _key_of(template_db))
    with psycopg.connect(shared_hub) as conn:
        logins = {r[0] for r in conn.execute("SELECT desk_name FROM mornings.logins")}
    Env.urls = Env.urls if logins else []
    if not logins:
        Env.urls = [hub_admin.add_desk(shared_hub, f"D{i}").url for i in range(MAX_DESKS)]
    Env.admin = shared_hub
    Env.template = template_db
    Env.folder = tmp_path
    Env.desk_files, Env.desk_ids = [], []
    for i in range(MAX_DESKS):
        path = tmp_path / f"template-desk{i}.sqlite3"
        shutil.copyfile(template_db, path)
        ws = Workspace.open(path, f"Accueil {i + 1}", backup_on_migrate=False)
        Env.desk_files.append(path)
        Env.desk_ids.append((ws.desk_id, ws.desk_name))
        ws.close()
    monkeypatch.setattr(hlc, "tick", _skewed_tick)
    monkeypatch.setattr(hlc, "wall_ms_now", _later_wall)
    # SQLite's fsync at every commit is the foundation's promise, tested elsewhere; here it would
    # only spend the time budget of a busy machine.
    monkeypatch.setattr(
        database,
        "PRAGMAS",
        tuple(p.replace("synchronous=FULL", "synchronous=OFF") for p in database.PRAGMAS),
    )


def _run(
    shared_hub: str,
    template_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    examples: int,
    steps: int,
    machine: type[Convergence] = Convergence,
) -> None:
    _prepare(shared_hub, template_db, tmp_path, monkeypatch)

    class Machine(machine):  # type: ignore[valid-type,misc]
        def teardown(self) -> None:
            try:
                if self.desks:
                    self.check_converged()
            finally:
                super().teardown()

    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            database=None,
            derandomize=os.environ.get("HYPOTHESIS_PROFILE") != "slow",
        ),
    )


def _org_of(template: Path) -> str:
    import sqlite3

    with sqlite3.connect(template) as conn:
        return str(conn.execute("SELECT value FROM meta WHERE key = 'org_id'").fetchone()[0])


def _key_of(template: Path) -> str:
    import sqlite3

    with sqlite3.connect(template) as conn:
        return str(conn.execute("SELECT value FROM meta WHERE key = 'ticket_key'").fetchone()[0])


@pytest.mark.timeout(900)  # each example now signs, validates and quarantines: give it room
def test_desks_converge_with_the_hub(
    shared_hub: str, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.sync.test_convergence_trust import TrustConvergence  # its steps added

    _run(
        shared_hub,
        template_db,
        tmp_path,
        monkeypatch,
        # The trust steps make an example about 1.3 times as long (join files, revocations):
        # 36 examples of 9 steps take about as long as 60 of 8 did without them.
        examples=int(os.environ.get("SYNC_EXAMPLES", "36")),  # more in make test-slow
        steps=9,
        machine=TrustConvergence,
    )


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_desks_converge_with_the_hub_long(
    shared_hub: str, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.sync.test_convergence_trust import TrustConvergence

    _run(
        shared_hub, template_db, tmp_path, monkeypatch, examples=300, steps=30,
        machine=TrustConvergence,
    )  # fmt: skip


@pytest.mark.timeout(900)
def test_desks_converge_joining_the_current_mornings_first(
    shared_hub: str, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same machine with every first pull applying the current Mornings first
    (`sync/early.py`, whatever the hub's size): each desk still ends equal to the fold of the
    hub's operations, through erasures, revocations, restores, copies and relays."""
    from mornings_desktop.sync import early
    from tests.sync.test_convergence_trust import TrustConvergence

    monkeypatch.setattr(early, "EARLY_MIN", 0)
    _run(
        shared_hub,
        template_db,
        tmp_path,
        monkeypatch,
        examples=int(os.environ.get("SYNC_EARLY_EXAMPLES", "12")),
        steps=9,
        machine=TrustConvergence,
    )
