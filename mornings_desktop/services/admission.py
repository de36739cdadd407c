"""The write of one admission at the door: one transaction on the desk's own connection.

`ScanDesk` (services/checkin.py) finds the registration, then `Admissions.record` writes the
`checkin.created` operation in one `BEGIN IMMEDIATE … COMMIT` on the Database's plain sqlite3
connection (`store/raw_writer.py`), with prepared statements and no ORM Session:

1. re-read the registration's arrival under the write lock (another process on this file may have
   admitted them): if it is there, nothing is written and the caller says "already";
2. read the clock and the signing identity in one statement (`meta`), and the desk's last
   operation (sequence, digest) for the chain;
3. sign and append the operation (`ledger.append`), fold it (`fold_checkins`: the check-in row and
   the registration's presence), write the clock;
4. count the person's Mornings, this one included, in the same transaction;
5. COMMIT (on disk when it returns); only then are the workspace's listeners told.

The signer (desk key, organisation, incarnation) is read once and kept; the transaction checks it
against the `meta` row it reads anyway, and a changed identity (a join) loads it again.
"""

from __future__ import annotations

import sqlite3

from mornings_desktop.ledger import ledger, signing
from mornings_desktop.ledger.operation import JsonDict, Op
from mornings_desktop.services.scan_lookup import mornings_attended
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.store import meta

_ARRIVED_SQL = "SELECT checked_in_at FROM registrations WHERE id = ?"
_KEYS = (meta.HLC, meta.ORG_ID, signing.INCARNATION)
_META_SQL = "SELECT key, value FROM meta WHERE key IN (?, ?, ?)"


class _StaleSigner(Exception):
    """The identity changed since the signer was read: roll back, read it again, retry."""


class Admissions:
    """Writes admissions for one workspace's desk (one per `ScanDesk`)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.raw = ws.db.raw_writer()
        self._signer: signing.Signer | None = None
        self._default_operator = signing.default_operator()  # reads the passwd file: once

    def record(
        self, registration_id: str, person_id: str | None, payload: JsonDict
    ) -> tuple[Op, int] | None:
        """Admit: the operation and the person's Mornings count (this one included), after COMMIT;
        None (nothing written) when the registration already has an arrival."""
        for _attempt in range(2):
            if self._signer is None:
                self._signer = self._load_signer()
            try:
                with self.raw.writing() as conn:
                    done = self._write(conn, self._signer, registration_id, person_id, payload)
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
        registration_id: str,
        person_id: str | None,
        payload: JsonDict,
    ) -> tuple[Op, int] | None:
        current = conn.execute(_ARRIVED_SQL, (registration_id,)).fetchone()
        if current is not None and current[0] is not None:
            return None
        held = {str(k): v for k, v in conn.execute(_META_SQL, _KEYS)}
        if held.get(meta.ORG_ID) != signer.org_id or held.get(signing.INCARNATION) != signer.inc:
            raise _StaleSigner
        from mornings_desktop.ledger.handlers.registrations import fold_checkins

        operator = signing.clean_operator(self.ws.operator) or self._default_operator
        cursor = ledger.DeskCursor.resume(conn, signer, held.get(meta.HLC), operator)
        op = ledger.append(conn, cursor, signer.desk_id, "checkin.created", payload)
        fold_checkins(conn, (op,))
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
