"""The check-in desk's path: a scanned string in, a result that is already on disk out.

`ScanDesk.scan` reads whatever a USB scanner, a webcam decoder or a person typed, finds the ticket
with one indexed lookup, and for an admission records `checkin.created` in one write transaction;
the result comes back only after COMMIT returned (WAL, `synchronous=FULL`), so "admitted" means
saved. Everything else (unknown, invalid, wrong Morning, cancelled, already in) writes nothing.

What a scan may carry, and how it is read:
- the code as printed, or mangled by a keyboard layout (a US-layout scanner on an AZERTY laptop):
  `codes.reading_candidates` gives the readings, the MAC says which is genuine;
- extra characters a scanner adds before or after (an AIM prefix like `]Q1`, a tab, a suffix):
  every 14-character window of the reading is tried; a forged code has 1 chance in 2^30;
- a ticket number imported from another system (`registrations.external_ref`);
- a code replaced by a re-issue (`revoked_codes`): refused, with the reason;
- a genuine code of this organisation that is not in this database yet: "unknown", saying it is
  a valid ticket that this desk has not received (sync);
- anything else: "invalid" when it is shaped like a code (misread, forged, another organisation's
  key), else "unknown".

A failure to write (full or removed disk, read-only file) is the result "error": nothing was
admitted, the screen says so in red and the next scan is handled normally.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import cast

from sqlalchemy import select

from mornings_desktop import codes
from mornings_desktop.errors import QT_TRANSLATE_NOOP, DatabaseError, NotFound, UserError
from mornings_desktop.ledger.fold import load_handlers
from mornings_desktop.services import badge_prints, checkin_history
from mornings_desktop.services.admission import Admissions

# Re-exported: the desk, the command line and the tests call `checkin.history`, `checkin.revert`.
from mornings_desktop.services.checkin_history import CheckInRow as CheckInRow
from mornings_desktop.services.checkin_history import desk_of as desk_of
from mornings_desktop.services.checkin_history import history as history
from mornings_desktop.services.checkin_history import revert as revert
from mornings_desktop.services.checkin_history import undo_last as undo_last
from mornings_desktop.services.person_names import display_name
from mornings_desktop.services.registration_flags import decode as decode_flags
from mornings_desktop.services.scan_lookup import (
    DeskRegistration,
    find_registration,
    mornings_attended,
    ticket_number_exists,
)
from mornings_desktop.services.scan_reading import clean_reading, find_code
from mornings_desktop.services.scan_result import METHODS, attention_of
from mornings_desktop.services.scan_result import ScanResult as ScanResult  # re-exported
from mornings_desktop.services.workspace import Workspace, desk_names
from mornings_desktop.store.checkpoints import desk_checkpointer
from mornings_desktop.store.database import explain_sqlite_error
from mornings_desktop.store.schema import Morning
from mornings_desktop.timeutil import iso_to_local, now_utc, to_iso, zone

MAX_SCAN = 256  # longer input is no ticket (a scanner types at most a few dozen characters)
MAX_REF = 128  # `registrations.external_ref` width


class ScanDesk:
    """One desk at one Morning: caches the Morning, the ticket key and desk names between scans."""

    def __init__(self, ws: Workspace, morning_id: str, *, load_handlers_now: bool = True) -> None:
        """`load_handlers_now=False`: the caller imports the ledger's handlers before the first
        admission itself (the check-in window, in a job when the desk is first shown)."""
        self.ws = ws
        self.morning_id = morning_id
        with ws.db.read() as session:
            morning = session.get(Morning, morning_id)
            if morning is None or morning.title is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No Morning {ref}."), ref=morning_id)
            self.title = morning.title
            self.date = morning.date or ""
            self.timezone = morning.timezone or "Africa/Casablanca"
            self._desks = desk_names(session)
        self.key = ws.ticket_key
        if (
            load_handlers_now
        ):  # not on the first admission: importing them takes a tenth of a second
            load_handlers()
        # No WAL checkpoint inside a scan's COMMIT: a background thread does it when idle.
        self.checkpointer = desk_checkpointer(ws.db)
        # Lookups and the admission's one write transaction, on the desk's own connection.
        self.admissions = Admissions(ws)
        self._raw = self.admissions.raw

    # -- reading ------------------------------------------------------------------------------
    def scan(self, raw: str, method: str = "scanner") -> ScanResult:
        """Read `raw` and admit the ticket if it is for this Morning. Never raises for bad input.

        Returns after COMMIT for "admitted"; a write failure returns the result "error".
        """
        text = clean_reading(raw[: MAX_SCAN * 4])
        if not text:
            return ScanResult(code="", result="invalid", reason="empty")
        if len(text) > MAX_SCAN:
            return ScanResult(
                code=text[:32] + "…",
                result="invalid",
                reason="too_long",
            )
        self.checkpointer.busy()
        try:
            with self._raw.lock:  # the lookups and the write on one connection, in turn
                return self._scan(text, method)
        except DatabaseError as exc:
            return _error(text, exc)

    @contextmanager
    def _pooled(self) -> Iterator[sqlite3.Connection]:
        """A pooled connection for a read beside the desk's writes (`is_ticket_number`, asked on
        the UI thread while a scan may be saving on the writer thread)."""
        pooled = self.ws.db.engine.raw_connection()
        try:
            yield cast(sqlite3.Connection, pooled.dbapi_connection)
        except sqlite3.Error as exc:
            raise explain_sqlite_error(self.ws.db.path, exc) from exc
        finally:
            pooled.close()

    def _scan(self, text: str, method: str) -> ScanResult:
        genuine = find_code(self.key, text)
        with self._raw.reading() as conn:
            if genuine is not None:
                reg = find_registration(conn, "r.code = ?", (genuine,))
                if reg is None:
                    revoked = conn.execute(
                        "SELECT 1 FROM revoked_codes WHERE code = ?", (genuine,)
                    ).fetchone()
                    if revoked is not None:
                        return ScanResult(
                            code=genuine,
                            result="invalid",
                            reason="revoked",
                        )
                    return ScanResult(
                        code=genuine,
                        result="unknown",
                        reason="not_synced",
                    )
                code = genuine
            else:
                reg = None
                if len(text) <= MAX_REF:
                    candidates = codes.ticket_number_readings(text)
                    marks = ", ".join("?" * len(candidates))
                    # Imported ticket numbers only: a code that fails the MAC is never looked
                    # up as a code (a forged registration must not be admitted by its code).
                    reg = find_registration(
                        conn,
                        f"r.external_ref IN ({marks})",
                        tuple(candidates),
                        prefer_morning=self.morning_id,
                    )
                if reg is None:
                    if codes.looks_like_code(text):
                        return ScanResult(
                            code=text,
                            result="invalid",
                            reason="bad_code",
                        )
                    return ScanResult(code=text, result="unknown", reason="no_match")
                code = text
        return self._decide(reg, code, method)

    def is_ticket_number(self, text: str) -> bool:
        """True if `text` is exactly an imported ticket number (as typed or AZERTY-repaired)."""
        text = clean_reading(text)
        if not text or len(text) > MAX_REF:
            return False
        try:
            with self._pooled() as conn:
                readings = tuple(codes.ticket_number_readings(text))
                return ticket_number_exists(conn, readings)
        except DatabaseError:
            return False

    def admit(self, registration_id: str, method: str = "search") -> ScanResult:
        """Admit a registration chosen by search or just registered (walk-in).

        Raises NotFound for an unknown registration; a write failure is the result "error".
        """
        self.checkpointer.busy()
        with self._raw.lock:
            with self._raw.reading() as conn:
                reg = find_registration(conn, "r.id = ?", (registration_id,))
            if reg is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "No registration {ref}."), ref=registration_id
                )
            try:
                return self._decide(reg, "", method)
            except DatabaseError as exc:
                return _error("", exc)

    # -- deciding and writing -----------------------------------------------------------------
    def _decide(self, reg: DeskRegistration, code: str, method: str) -> ScanResult:
        flags = decode_flags(reg.flags)
        who = ScanResult(
            code=code,
            result="",
            registration_id=reg.id,
            name=display_name(reg.first_name, reg.last_name),
            organisation=reg.organisation or "",
            category=reg.category or "guest",
            note=(reg.note or "").strip(),
            flags=flags,
            attention=attention_of(reg.category, reg.note, flags),
            badge_prints=reg.badge_prints,
        )
        if reg.morning_id != self.morning_id:
            title, day = self._morning_of(reg.morning_id)
            return replace(
                who,
                result="wrong_event",
                other_morning_title=title,
                other_morning_date=day,
            )
        if reg.status == "cancelled":
            return replace(who, result="cancelled")
        if reg.checked_in_at is not None:
            return self._already(reg, who)
        checkin_id = str(uuid.uuid4())
        moment = now_utc()
        # One write transaction (services/admission.py): the arrival re-read under the write
        # lock (another process on this file may have admitted them), the operation signed,
        # appended and folded, the Mornings counted (this admission included), COMMIT.
        done = self.admissions.record(
            reg.id,
            reg.person_id,
            {
                "id": checkin_id,
                "registration_id": reg.id,
                "morning_id": self.morning_id,
                "at": to_iso(moment),
                "method": method if method in METHODS else "scanner",
            },
        )
        if done is None:
            with self._raw.reading() as conn:
                again = find_registration(conn, "r.id = ?", (reg.id,))
            assert again is not None
            return self._already(again, who)
        attended = done[1]
        return replace(
            who,
            result="admitted",
            mornings_attended=attended,
            checkin_id=checkin_id,
            at=moment.astimezone(zone(self.timezone)).isoformat(timespec="seconds"),
            desk=self.ws.desk_name,
            method=method,
        )

    def _already(self, reg: DeskRegistration, who: ScanResult) -> ScanResult:
        desk = self._desk_name(reg.checkin_desk_id)
        at = self._local(reg.checked_in_at) if reg.checked_in_at else None
        return replace(
            who,
            result="already",
            at=at,
            desk=desk,
            method=reg.checkin_method or "",
            mornings_attended=self._attended(reg.person_id),
        )

    def _attended(self, person_id: str | None) -> int:
        """Mornings this person came to, read after the commit (a failure to read is not one to
        admit: the count is then left out)."""
        try:
            with self._raw.reading() as conn:
                return mornings_attended(conn, person_id)
        except DatabaseError:
            return 0

    def _local(self, at: str) -> str:
        return iso_to_local(at, self.timezone).isoformat(timespec="seconds")

    def _desk_name(self, desk_id: str | None) -> str:
        if not desk_id:
            return ""
        if desk_id not in self._desks:
            with self.ws.db.read() as session:
                self._desks = desk_names(session)
        return self._desks.get(desk_id, desk_id[:8])

    def _morning_of(self, morning_id: str | None) -> tuple[str, str]:
        if not morning_id:
            return ("?", "")
        with self.ws.db.read() as session:
            row = session.execute(
                select(Morning.title, Morning.date).where(Morning.id == morning_id)
            ).first()
        if row is None:
            return ("?", "")
        return (row.title or "?", row.date or "")

    def badge_prints(self, registration_id: str) -> int:
        """How many times this registration's badge was printed (the note under an admission), on
        the desk's own connection: no pooled connection checked out on the UI thread."""
        with self._raw.reading() as conn:
            return badge_prints.count_on(conn, registration_id)

    # -- undo ---------------------------------------------------------------------------------
    def undo_last(self, reason: str = "undo") -> CheckInRow | None:
        """Revert this desk's latest admission at this Morning that still counts; None if none."""
        return checkin_history.undo_last(self.ws, self.morning_id, reason=reason)

    def last_admission(self) -> CheckInRow | None:
        """The admission `undo_last` would revert now (nothing written)."""
        return checkin_history.latest_admission(self.ws, self.morning_id)


def _error(text: str, exc: UserError) -> ScanResult:
    return ScanResult(
        code=text[:64],
        result="error",
        reason="disk",
        problem=exc.template,
        problem_params={k: str(v) for k, v in exc.params.items()},
    )


def scan(ws: Workspace, morning_id: str, raw: str, method: str = "scanner") -> ScanResult:
    """One scan at Morning `morning_id` (see `ScanDesk.scan`; keep a ScanDesk for many scans)."""
    return ScanDesk(ws, morning_id).scan(raw, method)


def admit(
    ws: Workspace, morning_id: str, registration_id: str, method: str = "search"
) -> ScanResult:
    """Admit a registration found by search or a walk-in (see `ScanDesk.admit`)."""
    return ScanDesk(ws, morning_id).admit(registration_id, method)
