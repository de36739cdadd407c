"""The write of one admission at the door: one transaction on the desk's own connection.

`ScanDesk` (services/checkin.py) finds the registration, then `Admissions.record` writes the
`checkin.created` operation in one `BEGIN IMMEDIATE … COMMIT` on the Database's plain sqlite3
connection (`store/raw_writer.py`), with prepared statements and no ORM Session:

1. set the registration's arrival only if it has none under the write lock
   (`claim_first_arrival`: another desk's admission pulled meanwhile, another process on this
   file): if it has one, nothing is written and the caller says "already";
2. read the clock, the signing identity and the desk's last operation (sequence, digest) for the
   chain, in one statement;
3. sign and append the operation (`ledger.append`), write its check-in row, write the clock;
4. count the person's Mornings, this one included, in the same transaction;
5. COMMIT (on disk when it returns); only then are the workspace's listeners told.

Nine statements from the lookup to COMMIT (tests/unit/services/test_admission_work.py counts
them, and the WAL pages an admission writes). The signer (desk key, organisation, incarnation) is
read once and kept; the transaction checks it against the `meta` row it reads anyway, and a
changed identity (a join) loads it again.
"""

from __future__ import annotations

import sqlite3

from mornings_desktop.ledger import ledger, signing
from mornings_desktop.ledger.operation import JsonDict, Op
from mornings_desktop.services.scan_lookup import mornings_attended
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta
from mornings_desktop.trust.sodium_key import SodiumKey

# The clock, the identity the signer must match, and the desk's last operation in the signer's
# incarnation (`ledger.LAST_OP_SQL`), in one statement.
_STATE_SQL = (
    "SELECT (SELECT value FROM meta WHERE key = ?), (SELECT value FROM meta WHERE key = ?),"
    " (SELECT value FROM meta WHERE key = ?), last.desk_seq, last.digest"
    " FROM (SELECT 1) LEFT JOIN (" + ledger.LAST_OP_SQL + ") AS last ON 1"
)
_KEYS = (meta.HLC, meta.ORG_ID, signing.INCARNATION)


class _StaleSigner(Exception):
    """The identity changed since the signer was read: roll back, read it again, retry."""


class Admissions:
    """Writes admissions for one workspace's desk (one per `ScanDesk`)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.raw = ws.db.raw_writer()
        self._signer: signing.Signer | None = None
        self._sodium_key: SodiumKey | None = None
        self._default_operator = signing.default_operator()  # reads the passwd file: once

    def record(
        self, registration_id: str, person_id: str | None, payload: JsonDict
    ) -> tuple[Op, int] | None:
        """Admit: the operation and the person's Mornings count (this one included), after COMMIT;
        None (nothing written) when the registration already has an arrival."""
        for _attempt in range(2):
            if self._signer is None:
                self._signer = self._load_signer()
                self._sodium_key = SodiumKey(self._signer.key)  # the same signatures, faster
            try:
                with self.raw.writing() as conn:
                    done = self._write(conn, self._signer, person_id, payload)
            except _StaleSigner:
                self._signer = None
                continue
            if done is not None:
                self.ws.notify([done[0]])
            return done
        raise RuntimeError("the desk's signing identity keeps changing")

    def _write(
        self,
        conn: sqlite3.Connection,
        signer: signing.Signer,
        person_id: str | None,
        payload: JsonDict,
    ) -> tuple[Op, int] | None:
        from mornings_desktop.ledger.handlers import registrations as folding

        if not folding.claim_first_arrival(conn, signer.desk_id, payload):
            return None
        state = conn.execute(_STATE_SQL, (*_KEYS, signer.desk_id, signer.inc)).fetchone()
        clock, org_id, inc = state[0], state[1], state[2]
        if org_id != signer.org_id or inc != signer.inc:
            raise _StaleSigner
        operator = signing.clean_operator(self.ws.operator) or self._default_operator
        last = None if state[3] is None else (int(state[3]), state[4])
        cursor = ledger.DeskCursor.after(conn, signer, clock, operator, last)
        cursor.sign_key = self._sodium_key
        op = ledger.append(conn, cursor, signer.desk_id, "checkin.created", payload)
        folding.insert_own_checkin(conn, op)
        cursor.save_to(conn)
        try:
            attended = mornings_attended(conn, person_id)
        except sqlite3.Error:
            attended = 0  # a failure to count is not one to admit: the count is left out
        return op, attended

    def _load_signer(self) -> signing.Signer:
        """The desk's signer, as `ledger.record` gets it (made and certified on first use)."""
        with self.ws.db.write() as session:
            return signing.signer_for(session, self.ws.desk_id)
