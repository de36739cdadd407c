"""The pull cursor never skips a row that commits late, and never returns one twice.

Writers push batches and wait a random time before COMMIT, so they would commit out of the order
in which a plain sequence numbered them; a reader pulls with its cursor all along."""

from __future__ import annotations

import json
import random
import threading
import time
import uuid

import psycopg

from mornings_desktop.sync import hub_admin


def _op(desk_id: str, seq: int) -> dict[str, object]:
    return {
        "op_id": str(uuid.uuid4()),
        "desk_id": desk_id,
        "desk_seq": seq,
        "hlc": f"{1764000000000 + seq:013d}-0000",
        "type": "desk.announced",
        "payload": json.dumps({"id": desk_id, "name": "x"}),
    }


def test_reader_sees_every_operation_exactly_once(hub_db: str) -> None:
    hub_admin.init_hub(hub_db, str(uuid.uuid4()), "ab" * 32)
    desks = [hub_admin.add_desk(hub_db, f"W{i}").url for i in range(4)]
    reader_url = hub_admin.add_desk(hub_db, "Reader").url
    written: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer(url: str, seed: int) -> None:
        rng = random.Random(seed)
        desk_id = str(uuid.uuid4())
        seq = 0
        try:
            with psycopg.connect(url) as conn:
                for _ in range(12):
                    batch = []
                    for _ in range(rng.randint(1, 5)):
                        seq += 1
                        batch.append(_op(desk_id, seq))
                    conn.execute("SELECT * FROM mornings.ingest(%s::jsonb)", (json.dumps(batch),))
                    time.sleep(rng.random() * 0.02)  # commit late, at a random moment
                    if rng.random() < 0.15:
                        conn.rollback()  # a lost batch leaves a gap in hub_seq: harmless
                        continue
                    conn.commit()
                    with lock:
                        written.extend(str(o["op_id"]) for o in batch)
        except BaseException as exc:
            errors.append(exc)

    seen: list[str] = []

    def read_all(conn: psycopg.Connection[tuple[object, ...]], cursor: int) -> int:
        while True:
            rows = conn.execute(
                "SELECT hub_seq, op_id FROM mornings.pull(%s, 7)", (cursor,)
            ).fetchall()
            conn.commit()
            for hub_seq, op_id in rows:
                assert int(str(hub_seq)) > cursor
                cursor = int(str(hub_seq))
                seen.append(str(op_id))
            if len(rows) < 7:
                return cursor

    threads = [threading.Thread(target=writer, args=(u, i)) for i, u in enumerate(desks)]
    with psycopg.connect(reader_url) as reader:
        for t in threads:
            t.start()
        cursor = 0
        while any(t.is_alive() for t in threads):
            cursor = read_all(reader, cursor)
            time.sleep(0.001)
        stop.set()
        for t in threads:
            t.join()
        read_all(reader, cursor)
    assert not errors
    assert len(seen) == len(set(seen)), "an operation was pulled twice"
    assert sorted(seen) == sorted(written), "the reader skipped a late-committing operation"
    assert len(written) > 50
