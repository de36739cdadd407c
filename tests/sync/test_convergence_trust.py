"""The convergence machine with the trust steps (DESIGN.md §6 "Joining", "Incarnations and
revocation"): desks that join by a join file (`hub add-desk`, `mornings join`: a certificate, a
login of their own), the organiser revoking one of them (`hub revoke-desk`, `--until` now or an
earlier moment), the revoked laptop working on offline (its scans, its bundles handed to other
desks, its login refused), a desk re-joining with a new join file (`hub reset-desk`: a new
certificate), and the organiser taking back set-aside operations one by one (`sync accept`).
A joined desk may be a door desk: what its role may not record (an edit of someone else's
person, an erasure, a duplicate confirmed) is refused on it before anything is written.

At the end, besides the machine's own checks (every desk that still syncs equals the fold of
the hub): for each revoked desk, every operation of its chain the hub had received before the
cut-off is on the hub and on every desk (nothing lost), no other operation of it is on the hub or
on any desk but those the organiser accepted (nothing past the cut-off admitted anywhere), and
every accepted one is on every desk. A desk keeps aside only what a revocation refused.

`test_convergence.py` runs this machine (random steps); here one fixed sequence draws every step.
"""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import event
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.stateful import rule
from sqlalchemy import select

from mornings_desktop.errors import ValidationError
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store.schema import Operation
from mornings_desktop.store.schema_trust import RevocationRow
from mornings_desktop.sync import client, credentials, hub_desks, join
from mornings_desktop.sync.quarantine import listing
from mornings_desktop.sync.revocation_check import REVOKED
from mornings_desktop.timeutil import now_utc
from tests.sync.test_convergence import Convergence, Desk, Env, _prepare, shared_hub

__all__ = ["TrustConvergence", "shared_hub"]

MAX_JOINED = 2
CLAIMED = (
    "SELECT c.desk_id FROM mornings.desk_claims c JOIN mornings.logins l ON l.login = c.login "
    "WHERE l.desk_name = %s"
)
LIFECYCLE_TABLES = (
    "mornings.revocations, mornings.revoked_ops, mornings.revoked_desks, "
    "mornings.accepted_digests, mornings.desk_roster"
)


def _chain(rows: list[tuple[Any, ...]]) -> set[str]:
    """Per desk id and incarnation, the operations 1, 2, 3… each naming the one before."""
    by: dict[tuple[str, str, int], list[tuple[str, str]]] = {}
    for digest, desk_id, inc, seq, prev in rows:
        key = (str(desk_id), str(inc or ""), int(seq))
        by.setdefault(key, []).append((str(digest), str(prev or "")))
    kept: set[str] = set()
    for desk_id, inc in {(d, i) for d, i, _ in by}:
        seq, prev = 1, ""
        while linked := sorted(d for d, p in by.get((desk_id, inc, seq), []) if p == prev):
            kept.add(linked[0])
            seq, prev = seq + 1, linked[0]
    return kept


def _count_ops(ws: Workspace) -> int:
    with ws.db.read() as session:
        return len(session.execute(select(Operation.digest)).all())


def _event(text: str) -> None:
    """Counted in --hypothesis-show-statistics (not in the fixed sequence below)."""
    with contextlib.suppress(InvalidArgument):
        event(text)


def _held(ws: Workspace, desk_ids: set[str]) -> set[str]:
    with ws.db.read() as session:
        rows = session.execute(
            select(Operation.digest).where(Operation.desk_id.in_(list(desk_ids)))
        )
        return {str(d) for d in rows.scalars()}


class TrustConvergence(Convergence):
    def __init__(self) -> None:
        super().__init__()
        with psycopg.connect(Env.admin) as conn:  # the previous example's desk lifecycle
            conn.execute(f"TRUNCATE {LIFECYCLE_TABLES}")
            conn.commit()
        self.joined: list[Desk] = []
        self.names: dict[int, str] = {}  # id() of a joined desk → its name on the hub
        self.moments: list[datetime] = []
        # revoked desk name → (the desk ids its login claimed, their chains before the cut-off)
        self.kept: dict[str, tuple[set[str], set[str]]] = {}
        self.accepted: set[str] = set()
        self.doors: set[int] = set()  # id() of the joined desks certified as door desks

    @contextlib.contextmanager
    def _role_checked(self, d: int) -> Iterator[None]:
        """A step on desk `d`: on a door desk, what its role may not record is refused there,
        before anything is written (never applied on the door alone, then refused elsewhere)."""
        desk = self.desk(d)
        before = _count_ops(desk.ws)
        try:
            yield
        except ValidationError as refused:
            assert id(desk) in self.doors and "door desk" in str(refused), refused
            assert _count_ops(desk.ws) == before
            _event("a door desk refused an organiser's change")

    def _joinable(self, j: int) -> Desk | None:
        live = [d for d in self.joined if not d.revoked]
        return live[j % len(live)] if live else None

    # -- steps ------------------------------------------------------------------------------------
    @rule(door=st.booleans())
    def join_by_file(self, door: bool = False) -> None:
        """`hub add-desk [--role door]` then `mornings join FILE` on a new laptop."""
        if len(self.joined) >= MAX_JOINED:
            return
        name = f"J{uuid.uuid4().hex[:8]}"
        path = self.folder / f"{name}.sqlite3"
        shutil.copyfile(Env.template, path)
        ws = Workspace.open(path, name, backup_on_migrate=False)
        file = self.folder / f"{name}.mornings-join"
        role = "door" if door else "organiser"
        hub_desks.issue_desks(Env.admin, ws.org_id, ws.ticket_key.hex(), name, role, file)
        joined = join.join_with_file(ws, file)
        assert joined.error is None, joined.error
        desk = Desk(ws, credentials.complete_url(str(ws.meta(client.HUB_URL))), path)
        self.desks.append(desk)
        self.joined.append(desk)
        self.names[id(desk)] = name
        if door:
            self.doors.add(id(desk))

    @rule()
    def note_time(self) -> None:
        """A moment the organiser may later give as `--until`."""
        with psycopg.connect(Env.admin) as conn:
            row = conn.execute("SELECT now()").fetchone()
        assert row is not None
        self.moments.append(row[0])

    @rule(j=st.integers(0, 1), when=st.integers(0, 4))
    def revoke(self, j: int, when: int) -> None:
        """`hub revoke-desk NAME [--until T]` on the organiser's desk (it signs)."""
        desk = self._joinable(j)
        if desk is None:
            return
        until = self.moments[when] if when < len(self.moments) else now_utc()
        name = self.names[id(desk)]
        with psycopg.connect(Env.admin) as conn:
            # Every desk id of its login (a re-joined laptop has a new one beside the first).
            ids = {str(r[0]) for r in conn.execute(CLAIMED, (name,)).fetchall()}
            rows = conn.execute(
                "SELECT digest, desk_id, body::jsonb ->> 'inc', desk_seq, body::jsonb ->> 'prev' "
                "FROM mornings.ops WHERE desk_id = ANY (%s) AND received_at <= %s",
                (list(ids), until),
            ).fetchall()
        hub_desks.revoke_desk(Env.admin, name, until, org_id=desk.ws.org_id)
        desk.revoked = True
        self.kept[name] = (ids, _chain(rows))
        _event("a desk revoked")

    @rule(j=st.integers(0, 1))
    def rejoin(self, j: int) -> None:
        """`hub reset-desk NAME -o FILE`, then the same laptop joins with it: a new certificate."""
        desk = self._joinable(j)
        if desk is None:
            return
        name = self.names[id(desk)]
        file = self.folder / f"{name}-{uuid.uuid4().hex[:6]}.mornings-join"
        hub_desks.reset_desk(Env.admin, desk.ws.org_id, desk.ws.ticket_key.hex(), name, file)
        desk.hub.close()
        joined = join.join_with_file(desk.ws, file)
        assert joined.error is None, joined.error
        desk.url = credentials.complete_url(str(desk.ws.meta(client.HUB_URL)))
        desk.hub = client.HubConnection(desk.url)
        _event("a desk re-joined")

    @rule(h=st.integers(0, 9))
    def accept_held(self, h: int) -> None:
        """`sync accept DIGEST` on the organiser's desk: one set-aside operation taken back."""
        held = hub_desks.held(Env.admin)
        if not held:
            return
        digest = held[h % len(held)].digest
        assert hub_desks.accept(Env.admin, [digest], org_id=self.desks[0].ws.org_id) == [digest]
        self.accepted.add(digest)
        _event("a set-aside operation accepted")

    # A door desk's steps: what its role forbids is refused on it (`_role_checked`).
    @rule(
        d=st.integers(0, 7),
        p=st.integers(0, 20),
        field=st.sampled_from(["first_name", "organisation", "email"]),
        value=st.sampled_from(["Amal", "Ōmar", "OCP", "a@b.ma", ""]),
    )
    def edit(self, d: int, p: int, field: str, value: str) -> None:
        with self._role_checked(d):
            super().edit(d, p, field, value)

    @rule(d=st.integers(0, 7), p=st.integers(0, 20))
    def erase(self, d: int, p: int) -> None:
        with self._role_checked(d):
            super().erase(d, p)

    @rule(d=st.integers(0, 7), i=st.integers(0, 5), keep=st.booleans())
    def review_duplicate(self, d: int, i: int, keep: bool) -> None:
        with self._role_checked(d):
            super().review_duplicate(d, i, keep)

    # Joined desks are not backed up nor copied here (their incarnations: test_convergence).
    @rule(d=st.integers(0, 7))
    def take_backup(self, d: int) -> None:
        if self.desk(d) not in self.joined:
            super().take_backup(d)

    @rule(d=st.integers(0, 7), same_path=st.booleans())
    def copy_to_another_laptop(self, d: int, same_path: bool) -> None:
        if self.desk(d) not in self.joined:
            super().copy_to_another_laptop(d, same_path)

    # -- checks -----------------------------------------------------------------------------------
    def check_kept(self, desk: Desk, *, room: str) -> None:
        """Only a revocation's refusals are kept aside (in the refused room)."""
        with desk.ws.db.read() as session:
            kept = [k for k in listing(session) if room == "any" or k.room == room]
        others = [k for k in kept if not (k.room == "refused" and k.reason.startswith(REVOKED))]
        assert others == [], others

    def check_converged(self) -> None:
        super().check_converged()
        live = self.live()
        with psycopg.connect(Env.admin) as conn:
            for ids, before in self.kept.values():
                rows = conn.execute(
                    "SELECT digest FROM mornings.ops WHERE desk_id = ANY (%s)", (list(ids),)
                )
                on_hub = {str(r[0]) for r in rows.fetchall()}
                assert before <= on_hub, "an operation received before the cut-off was lost"
                late = on_hub - before - self.accepted
                assert not late, "an operation past the cut-off was admitted"
                for desk in live:
                    assert _held(desk.ws, ids) == on_hub, desk.ws.desk_name
            rows = conn.execute("SELECT digest FROM mornings.revocations")
            revocations = {str(r[0]) for r in rows.fetchall()}
        for desk in live:
            with desk.ws.db.read() as session:
                held = set(session.execute(select(RevocationRow.digest)).scalars())
                assert held == revocations, desk.ws.desk_name
                found = session.execute(
                    select(Operation.digest).where(Operation.digest.in_(list(self.accepted)))
                )
                assert set(found.scalars()) == self.accepted, desk.ws.desk_name


@pytest.mark.timeout(300)
def test_a_joined_desk_revoked_then_another_rejoined_converges(
    shared_hub: str, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every trust step in one sequence: two desks join by file; the first admits, syncs, is
    revoked at an earlier moment, works on offline and hands bundles to a desk that knows of the
    revocation and to one that does not; the organiser takes one set-aside admission back; the
    second desk re-joins with a new file and admits again; everyone agrees."""
    _prepare(shared_hub, template_db, tmp_path, monkeypatch)
    machine = TrustConvergence()
    try:
        machine.start(count=2, people=2)
        machine.join_by_file()  # desk 2
        machine.join_by_file(door=True)  # desk 3, a door desk
        machine.erase(3, 0)  # refused on the door itself: nothing written, nothing to refuse
        machine.walk_in(3)  # its own walk-in it records
        machine.scan(2, 0)
        machine.sync(2)
        machine.note_time()
        machine.scan(2, 1)  # reaches the hub after the moment: set aside
        machine.sync(2)
        machine.sync(1)  # desk 1 pulled it before the revocation
        machine.revoke(0, 0)
        machine.sync(0)  # the office learns of it
        machine.walk_in(2)  # offline, after the revocation
        machine.carry_bundle(2, 0, False)  # to a desk that knows: refused on import
        machine.scan(2, 2)
        machine.carry_bundle(2, 1, False)  # to a desk that does not know yet
        machine.sync(1)  # relays, learns of the revocation, rebuilds
        machine.sync(2)  # the revoked login is refused
        machine.accept_held(0)
        machine.rejoin(0)  # desk 3: a new certificate (and a new desk id, same login)
        machine.scan(3, 3)
        machine.rejoin(0)  # and again
        machine.sync(3)
        assert machine.accepted and machine.kept
        machine.check_converged()
    finally:
        machine.teardown()


@pytest.mark.timeout(300)
def test_a_desk_rejoined_after_a_lost_answer_keeps_its_former_identity(
    shared_hub: str, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The long run's failure (the `desks` table): a joined desk re-joins, the hub's answer to a
    push of its announcements is lost (the hub has them, the desk believes it has not), and the
    desk re-joins again. It dropped the identity it was leaving as if its announcement had never
    left the laptop: every other desk and the hub name that desk, this one did not."""
    _prepare(shared_hub, template_db, tmp_path, monkeypatch)
    machine = TrustConvergence()
    try:
        machine.start(count=2, people=1)
        machine.join_by_file()  # desk 2: its join round pushes its announcement
        machine.rejoin(0)  # a second identity, announced and pushed in the join's round
        machine.duplicate_batch(2, 4)  # the answer lost: both announcements unpushed here
        machine.rejoin(0)  # a third identity; the second one stays a desk of this laptop
        machine.check_converged()
    finally:
        machine.teardown()
