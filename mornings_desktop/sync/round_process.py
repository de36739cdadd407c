"""Sync rounds in a child process, so the window's process keeps its interpreter to itself
(issue 18: a pull's signature checks, JSON and folding ran on a thread of the window's process,
and every scan at the door waited for the interpreter lock: 1.5 s worst scan during a pull).

`RoundProcess` starts one child per database (`multiprocessing`, spawn: a fresh interpreter,
nothing inherited but the arguments) the first time a round is asked for, and keeps it for the
next rounds. The child attaches to the same SQLite file (`Workspace.attach`: the window opened and
checked it) and runs `client.sync_round` exactly as the command line does; the parent gets:
- progress over the pipe (`progress(stage, n)` after each applied chunk); if the callback raises
  (Cancel pressed, the window closing), the child is asked to stop at its next chunk, and killed
  if it has not within `STOP_WAIT_S`;
- the result, and the operations that were new (without their signed form) for the window's
  listeners, sent in pieces so that neither side holds the pipe long;
- the child's failure re-raised here (a `UserError` keeps its sentence and parameters).

Nothing is lost whenever the child dies: each pulled chunk is committed with its cursor, each
push is marked only once the hub answered (`client`); the next round, in a new child, resumes.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.ledger.operation import Op
from mornings_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from mornings_desktop.sync.client import RoundResult

STOP_WAIT_S = 5.0  # a cancelled round ends at its next chunk; killed after this
# In the child, chunks aim at 15 ms (not 40): a scan blocked by another process polls SQLite's lock
# (after 1, 3, 8, 18, 33, 53… ms), and a chunk that ends by 15 ms lets it in at the 18 ms poll.
CHILD_CHUNK_TARGET_S = 0.015
CHILD_MIN_CHUNK = 5
# And one transaction per chunk (`pull.TX_MOST_S`), as before: beside 1,000 scans with a CPU hog
# per core (load 8-13), both runs with transactions of several chunks in this lower-priority child
# had a scan wait 3.4-3.6 s (main 0.48-3.4 s, one per chunk 1.4 s: noise not ruled out; issue 18).
CHILD_TX_MOST_S = 0.0
# The child is background work: on a laptop whose cores are busy (a browser, a video call) the
# window's process — the door's scans — gets the processor first (`os.nice`; where it exists).
CHILD_NICE = 10
YIELD_MOST_S = 0.25  # the longest a chunk waits for the window's writes (never stalls for ever)
OPS_PER_MESSAGE = 2000
_POLL_S = 0.05

Progress = Callable[[str, int], None]


class RoundStopped(UserError):
    """The round's process ended without an answer (killed, or out of memory)."""


class RoundCancelled(Exception):
    """Raised in the child when the parent asks it to stop between two chunks."""


class RoundProcess:
    """Sync rounds of one desk database, run by a child process kept between rounds."""

    def __init__(self, ws: Workspace) -> None:
        self._args = (str(ws.path), ws.desk_id, ws.desk_name, ws.operator)
        self._ws = ws
        self._proc: BaseProcess | None = None
        self._conn: Connection | None = None
        self._lock = threading.Lock()  # one round at a time
        self._round = 0

    @property
    def workspace(self) -> Workspace:
        return self._ws

    @property
    def pid(self) -> int | None:
        return None if self._proc is None else self._proc.pid

    def _start(self) -> Connection:
        if self._proc is not None and self._proc.is_alive() and self._conn is not None:
            return self._conn
        self._drop()
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe(duplex=True)
        writers = self._ws.db.writers_here
        if writers is None:  # raised by this process's durable writes, read by the child
            writers = self._ws.db.writers_here = context.Value("i", 0)
        proc = context.Process(target=serve, args=(*self._args, child, writers), daemon=True)
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        return parent

    def sync_round(
        self,
        url: str,
        *,
        progress: Progress | None = None,
        push: bool = True,
        pull: bool = True,
        batch: int | None = None,
    ) -> RoundResult:
        """`client.sync_round(ws, url, …)` run in the child; the same result or exception.

        The window's listeners hear the new operations here, as after a round in this process."""
        with self._lock:
            conn = self._start()
            self._round += 1
            number = self._round
            conn.send(("round", number, url, push, pull, batch))
            fresh: list[Op] = []
            while True:
                message = self._receive(conn)
                kind = message[0]
                if kind == "progress":
                    if progress is not None:
                        try:
                            progress(message[1], message[2])
                        except BaseException:
                            self._cancel(conn, number)
                            raise
                elif kind == "ops":
                    fresh.extend(message[1])
                elif kind == "done":
                    result: RoundResult = message[1]
                    result.fresh_ops = fresh
                    if fresh:
                        self._ws.notify(fresh)
                    return result
                elif kind == "error":
                    raise _rebuilt(message[1])

    def _receive(self, conn: Connection) -> tuple[Any, ...]:
        while True:
            if conn.poll(_POLL_S):
                try:
                    return tuple(conn.recv())
                except (EOFError, OSError):
                    break
            if self._proc is None or not self._proc.is_alive():
                break
        self._drop()
        raise RoundStopped(
            QT_TRANSLATE_NOOP(
                "errors",
                "The sync stopped before it finished; what it had received is kept, "
                "and the next round takes the rest.",
            )
        )

    def _cancel(self, conn: Connection, number: int) -> None:
        """Ask the child to stop at its next chunk; kill it if it does not answer in time."""
        with contextlib.suppress(OSError):
            conn.send(("cancel", number))
        deadline = time.monotonic() + STOP_WAIT_S
        while time.monotonic() < deadline:
            if not conn.poll(_POLL_S):
                if self._proc is None or not self._proc.is_alive():
                    break
                continue
            try:
                kind = conn.recv()[0]
            except (EOFError, OSError):
                break
            if kind in ("done", "error"):
                if self._proc is not None and not self._proc.is_alive():
                    break  # it answered, then died: the next round starts another
                return
        self._drop()

    def _drop(self) -> None:
        """Kill the child if it runs (safe at any moment: chunks are committed whole)."""
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if conn is not None:
            conn.close()
        if proc is not None:
            if proc.is_alive():
                proc.kill()
            proc.join(STOP_WAIT_S)

    def stop(self, wait_s: float = STOP_WAIT_S) -> None:
        """From any thread, a round running or not on another (the program ends): ask the child
        to stop at its next chunk and exit, kill it if it has not within `wait_s`. The round's
        thread then meets the end of the pipe (`RoundStopped`) or the cancel; what the child
        committed is kept. The pipe and the handles are left to that thread (`_drop`)."""
        proc, conn = self._proc, self._conn
        if proc is None:
            return
        if conn is not None:
            with contextlib.suppress(OSError, ValueError):  # already closed by the round's thread
                conn.send(("cancel", self._round))
                conn.send(("stop",))
        proc.join(wait_s)
        if proc.is_alive():
            proc.kill()
            proc.join(STOP_WAIT_S)

    def close(self) -> None:
        """Let the child finish its round's chunk and exit; kill it if it does not."""
        proc, conn = self._proc, self._conn
        if proc is not None and conn is not None and proc.is_alive():
            with contextlib.suppress(OSError):
                conn.send(("cancel", self._round))
                conn.send(("stop",))
            proc.join(STOP_WAIT_S)
        self._drop()


def serve(
    path: str,
    desk_id: str,
    desk_name: str,
    operator: str | None,
    conn: Connection,
    writers: Any = None,
) -> None:
    """The child: rounds asked for over `conn`, until "stop" or the parent is gone. Before each
    chunk it lets the window's waiting writes (`writers`, a shared counter) go first."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(CHILD_NICE)  # inherited by the processes it starts (signature checks)
    from mornings_desktop.sync import client
    from mornings_desktop.sync import pull as pulling

    pulling.CHUNK_TARGET_S, pulling.MIN_CHUNK = CHILD_CHUNK_TARGET_S, CHILD_MIN_CHUNK
    pulling.TX_MOST_S = CHILD_TX_MOST_S
    if writers is not None:
        pulling.before_chunk = lambda: _let_pass(writers)
        pulling.writers_waiting = lambda: bool(writers.value > 0)

    ws = Workspace.attach(Path(path), desk_id, desk_name, operator)
    hubs: dict[str, client.HubConnection] = {}
    try:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                return
            if message[0] == "stop":
                return
            if message[0] != "round":
                continue  # a late "cancel" for a round already over
            _, number, url, push, pull, batch = message
            hub = hubs.setdefault(url, client.HubConnection(url))
            try:
                result = client.sync_round(
                    ws,
                    hub,
                    progress=_reporter(conn, number),
                    push=push,
                    pull=pull,
                    batch=batch,
                )
            except RoundCancelled:
                conn.send(("error", ("cancelled", "", {})))
                continue
            except BaseException as exc:
                conn.send(("error", _portable(exc)))
                if not isinstance(exc, Exception):
                    raise
                continue
            fresh = [_light(op) for op in result.fresh_ops]
            result.fresh_ops = []
            for k in range(0, len(fresh), OPS_PER_MESSAGE):
                conn.send(("ops", fresh[k : k + OPS_PER_MESSAGE]))
            conn.send(("done", result))
    finally:
        for hub in hubs.values():
            hub.close()
        ws.close()


def _let_pass(writers: Any) -> None:
    """Wait while the window's process has a write waiting or running (at most YIELD_MOST_S)."""
    deadline = time.monotonic() + YIELD_MOST_S
    while writers.value > 0 and time.monotonic() < deadline:
        time.sleep(0.001)


def _reporter(conn: Connection, number: int) -> Progress:
    def report(stage: str, done: int) -> None:
        conn.send(("progress", stage, done))
        while conn.poll():
            message = conn.recv()
            if message[0] == "cancel" and message[1] == number:
                raise RoundCancelled
            if message[0] == "stop":
                raise RoundCancelled

    return report


def _light(op: Op) -> Op:
    """What the window's listeners read of an operation (its signed form stays in the file)."""
    return Op(op.op_id, op.desk_id, op.desk_seq, op.hlc, op.type, op.payload)


def _portable(exc: BaseException) -> tuple[str, str, dict[str, Any]]:
    """The child's failure in a form that crosses the pipe: a UserError by class and sentence
    template (translated in the window), anything else by its text."""
    if isinstance(exc, UserError):
        name = f"{type(exc).__module__}:{type(exc).__qualname__}"
        try:
            params = {
                k: v if isinstance(v, int | float | str) else str(v) for k, v in exc.params.items()
            }
        except AttributeError:
            params = {}
        return name, getattr(exc, "template", str(exc)), params
    return "", f"{type(exc).__name__}: {exc}", {}


def _rebuilt(portable: tuple[str, str, dict[str, Any]]) -> BaseException:
    import importlib

    name, text, params = portable
    if name == "cancelled":
        return RoundCancelled()
    if name:
        module, _, qualname = name.partition(":")
        try:
            cls = getattr(importlib.import_module(module), qualname)
            if isinstance(cls, type) and issubclass(cls, UserError):
                return cls(text, **params)
        except (ImportError, AttributeError, TypeError, KeyError, IndexError, ValueError):
            pass
    return RuntimeError(text)
