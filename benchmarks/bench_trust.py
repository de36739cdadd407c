"""Signature checking: what verifying a signed operation adds when it enters a desk.

10,000 check-in operations of one incarnation (chained by `prev`) are signed by a door desk, then
verified with `trust.signed_op.verify_op` (canonical decode, certificate, Ed25519, envelope schema,
role). The baseline reads the same bodies without the signature (decode, schema, role), so the
difference is the cost of signature checking: the goal is at most 80 µs per operation. Figures are
CPU time (the steadier figure on a shared machine), the best of three runs.

`BENCH_TRUST_OPS` changes the count (default 10,000).
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from typing import Any

OPS = int(os.environ.get("BENCH_TRUST_OPS", "10000"))


def _best_of(runs: int, work: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def run() -> list[dict[str, Any]]:
    import base64

    from nacl.bindings import crypto_sign_open

    from mornings_desktop.trust import canonical, keys, roles
    from mornings_desktop.trust.certificates import Certificate
    from mornings_desktop.trust.signed_op import (
        OpFields,
        SignedOp,
        schema_problem,
        sign_op,
        verify_op,
    )

    desk_key = keys.new_key()
    cert = Certificate("org", "door-1", "Door 1", "door", keys.public_text(desk_key),
                       "2026-12-10T08:00:00Z")  # fmt: skip

    def lookup(org_id: str, desk_id: str) -> Certificate | None:
        return cert if (org_id, desk_id) == ("org", "door-1") else None

    ops: list[SignedOp] = []
    prev = ""
    sign_s = time.process_time()
    for i in range(OPS):
        payload = {"id": str(uuid.uuid4()), "registration_id": f"reg-{i % 3000}",
                   "morning_id": "m1", "at": f"2026-12-10T08:{i % 60:02d}:00Z",
                   "method": "scanner"}  # fmt: skip
        op = sign_op(desk_key, OpFields("org", "door-1", "inc1", i + 1, prev, str(uuid.uuid4()),
                                        f"{1765353600000 + i:013d}-0000", "checkin.created",
                                        "Salma", payload))  # fmt: skip
        ops.append(op)
        prev = op.digest
    sign_s = time.process_time() - sign_s

    def verify_all() -> None:
        for op in ops:
            assert verify_op(op.sig, op.body, lookup).ok

    def read_all() -> None:
        for op in ops:
            f = canonical.decode(op.body, max_depth=16)
            assert isinstance(f, dict) and lookup(f["org_id"], f["desk_id"])  # type: ignore[arg-type]
            assert schema_problem(f) is None
            assert roles.may_record("door", "door-1", f["type"], f["payload"]) is True  # type: ignore[arg-type]

    public = desk_key.public_key()
    raw_public = base64.b64decode(keys.public_text(desk_key))

    def ed25519_only() -> None:  # libsodium's, as `trust.ed25519_check` makes it
        for op in ops:
            crypto_sign_open(op.sig + b"mornings-op-v1\n" + op.body, raw_public)

    def ed25519_openssl() -> None:  # `cryptography`'s, beside it
        for op in ops:
            public.verify(op.sig, b"mornings-op-v1\n" + op.body)

    verify_us = _best_of(3, verify_all) / OPS * 1e6
    read_us = _best_of(3, read_all) / OPS * 1e6
    ed_us = _best_of(3, ed25519_only) / OPS * 1e6
    openssl_us = _best_of(3, ed25519_openssl) / OPS * 1e6
    return [
        {"name": f"verify_op, per op ({OPS:,} ops)", "value": verify_us, "unit": "µs",
         "baseline_name": "same reads without signature", "baseline_value": read_us,
         "goal": "-"},
        {"name": "added by signature checking, per op", "value": verify_us - read_us,
         "unit": "µs", "baseline_name": "bare Ed25519 verify (libsodium)", "baseline_value": ed_us,
         "goal": "<= 80 µs"},
        {"name": "bare Ed25519 verify, cryptography's (OpenSSL), per op", "value": openssl_us,
         "unit": "µs", "baseline_name": "libsodium's", "baseline_value": ed_us, "goal": "-"},
        {"name": "sign_op, per op", "value": sign_s / OPS * 1e6, "unit": "µs",
         "goal": "-"},
    ]  # fmt: skip
