"""`make mutants`: mutation testing of the merge rules, the ticket codes and the scan path.

Which mutants: cosmic-ray's operators (`cosmic-ray` is the `mutants` extra), chosen because it
mutates decorated functions — every ledger handler is registered with `@handler(...)`, and mutmut 3
leaves decorated functions alone, so it would never have made the `<` → `>` of the earliest revert
(`ledger/handlers/registrations.py`). A curated subset of its operators is used (`OPERATORS`):
one or two replacements per operator rather than all of them, so the run fits in 30 minutes.

What is never mutated:
- strings (cosmic-ray has no string operator): SQL text, messages, docstrings stay as they are;
- type annotations (`from __future__ import annotations`: never evaluated) and logging calls;
- lines marked `# pragma: no mutate` (say why on the line), and the equivalent mutants listed
  in `EQUIVALENT`, each with the reason no test can tell it from the original.

How it runs within 30 minutes on two shared cores:
- nothing is written into the source tree: a mutant is served to the test process by an import
  hook, from memory;
- one coverage pass records which example test executes which line (kept per test file, keyed by
  its text and its conftest files, with the texts of the modules it was taken on: a new or changed
  test file is covered again, and an edit to a mutated module covers again only the test files
  that executed it; `--fresh` covers everything again); a mutant then runs only the
  tests that execute its line, fastest first, stopping at the first failure (`-x`); a module
  whose code all runs at import (SQL text and its limits) runs the tests of its importers;
- each test run is a process forked from one where pytest, the project and the selected test
  modules are already imported: a mutant inside a function body takes effect by giving the
  module's functions the mutated code (no import, no collection import); a mutant in code that
  runs at import gets a fresh import of the project, with the mutated module served from memory;
- verdicts are cached in `.mutants/cache.json`, keyed by the mutated module's text and the text of
  the tests selected for it: a second run re-runs only the mutants of changed modules or tests.
  `--recheck REPORT` runs only the survivors of an earlier report (its other mutants stay killed:
  tests were only added since); `--keep-killed` (`KEEP=1`) does so from the cache, which keeps
  each mutant's latest verdict too (a partial run's "not run" mutants are run); `--minutes N`
  starts no mutant after N minutes.
  `make mutants FRESH=1` (`--fresh`) ignores the cached verdicts and coverage (after a change
  elsewhere, e.g. in `store/`). Each survivor is printed as it is found; Ctrl-C or `kill` stops a
  run with its test processes and reports what it measured (the rest "not run").

Known limit: a mutant runs at most 40 covering tests (1,000 for the `trust` target, 15 for `sync`:
`Target.max_tests`; for `sync` the tests without PostgreSQL first, then at most 6 `pg` ones,
`Target.max_pg`) (four times as many for code that runs at import), taken
in turns from each test file, fastest first; a mutant only a test left out kills shows as a survivor
(an example test in the module's own test files is then the fix: those always run, and for code
that runs at import all of them, whether or not they execute one of its lines).

Tests: only the unit tests of the mutated area (`TARGETS`), not the GUI suite (nor PostgreSQL but for `sync`), and
not the Hypothesis property tests (`-m "not hypothesis"`): their verdict on a mutant depends on the
seed, and they take minutes; the example tests are the ones that must fail.

`sync/`: the `trust` target takes `trust/` and the desk-side sync modules that admit, hold or refuse
an operation, with their non-PostgreSQL tests. The `sync` target takes the rest of `sync/` (the
rounds, bundles, joining, recovery, the hub's Python) with the tests of `tests/sync/`, the `pg` ones
included (`Target.pg`): when a run holds one of its modules, one PostgreSQL is started before
anything forks (`tests.sync.conftest.pg_server`, or the server `MORNINGS_TEST_HUB_URL` names) and
every test process uses it (each test makes its own database, named after its process); `--no-pg`
leaves the `pg` tests out. A `pg` test is never selected for another target's mutants. A test that
runs the command line in a child process runs the unmutated code: only in-process tests kill.

Writes `mutants-report.txt` (survivors with file, line, operator and the mutated line; survival rate
per module and overall) and prints the survival rate.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import difflib
import fnmatch
import gc
import glob
import hashlib
import importlib.abc
import importlib.util
import itertools
import json
import os
import re
import signal
import sys
import time
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STATE = ROOT / ".mutants"
REPORT = ROOT / "mutants-report.txt"
VERSION = "1"  # bump to invalidate every cached verdict (e.g. a change in how tests are run)


@dataclass(frozen=True)
class Target:
    name: str
    modules: tuple[str, ...]  # globs, relative to the repository root
    tests: tuple[str, ...]  # globs of test files that exercise them
    # Tests run per mutant at most, unless --max-tests says more. `trust/`'s lines run under
    # hundreds of tests: 40 taken in turns left out the ones that kill (32 false survivors).
    max_tests: int = 40
    # Its tests may need PostgreSQL (`pg`-marked): the run starts one server (`pgserver`, or the
    # one `MORNINGS_TEST_HUB_URL` names) and every test process it forks uses it.
    pg: bool = False
    # Of those, `pg` tests at most (0: `max_tests`). They run after the tests without PostgreSQL.
    max_pg: int = 0
    # Globs left out of `modules` and `tests` (modules another target holds, a GUI test).
    exclude: tuple[str, ...] = ()

    def holds(self, path: str) -> bool:
        """Whether the module or test file `path` is one of this target's."""
        return not any(fnmatch.fnmatch(path, p) for p in self.exclude)


def uses_pg(module: str) -> bool:
    """Whether the mutants of `module` may run `pg`-marked tests (its target says so)."""
    return any(t.pg for t in TARGETS if _of(t, module))


def _of(target: Target, module: str) -> bool:
    return target.holds(module) and any(fnmatch.fnmatch(module, p) for p in target.modules)


def max_tests_for(module: str, asked: int) -> int:
    """The most tests a mutant of `module` runs: --max-tests when given, else its target's own."""
    own = [t.max_tests for t in TARGETS if _of(t, module)]
    return asked or max(own, default=40)


def max_pg_for(module: str) -> int:
    """The most `pg` tests a mutant of `module` runs (0: as many as `max_tests`)."""
    return min((t.max_pg for t in TARGETS if _of(t, module) and t.max_pg), default=0)


TARGETS = (
    # Since the trust issue, `ledger/` also signs, keeps personal blocks apart, erases and keeps
    # the organisation key: the rules of those modules are checked by the trust, privacy and
    # desk-side sync tests, which are taken too (without PostgreSQL: this target has none).
    Target(
        "ledger",
        ("mornings_desktop/ledger/*.py", "mornings_desktop/ledger/handlers/*.py"),
        (
            "tests/unit/ledger/test_*.py",
            "tests/unit/services/test_checkin*.py",
            "tests/unit/services/test_review.py",
            "tests/unit/services/test_workspace.py",
            "tests/unit/trust/test_*.py",
            "tests/unit/privacy/test_*.py",
            "tests/sync/test_*.py",
        ),
        exclude=(
            "tests/sync/test_sync_screen.py",  # the window
            "tests/sync/test_convergence.py",  # eight minutes for one test
        ),
    ),
    Target(
        "codes",
        ("mornings_desktop/codes.py",),
        ("tests/unit/test_codes*.py", "tests/unit/services/test_checkin*.py"),
    ),
    # `services/checkin.py` is being split into `services/checkin*.py` modules: the glob takes them.
    Target(
        "checkin",
        ("mornings_desktop/services/checkin*.py",),
        ("tests/unit/services/test_checkin*.py", "tests/unit/services/test_review.py"),
    ),
    # The trust decisions a desk makes on its own (the trust issue has landed): signatures,
    # certificates, roles, personal blocks, revocations, and the sync modules that admit, hold or
    # refuse an operation and read a bundle's signed trailer. The hub's SQL is text (not mutated)
    # and its tests need PostgreSQL; the desk-side example tests are the ones that must fail.
    Target(
        "trust",
        (
            "mornings_desktop/trust/*.py",
            "mornings_desktop/sync/admission.py",
            "mornings_desktop/sync/revocation_check.py",
            "mornings_desktop/sync/revocations.py",
            "mornings_desktop/sync/bundle_trailer.py",
            "mornings_desktop/sync/incarnations.py",
            "mornings_desktop/sync/quarantine.py",
        ),
        (
            "tests/unit/trust/test_*.py",
            "tests/sync/test_bundle*.py",
            "tests/sync/test_signed_entry.py",
            "tests/sync/test_forged_code.py",
            "tests/sync/test_pull_cursor.py",
            "tests/sync/test_incarnations*.py",
            "tests/sync/test_quarantine*.py",
            "tests/sync/test_join_*.py",
            "tests/sync/test_org_*.py",
            "tests/sync/test_admission.py",
            "tests/sync/test_revocation*.py",  # revocations waiting for their signer, too
            "tests/sync/test_rotation*.py",
        ),
        max_tests=1000,
    ),
    # The rest of `sync/`: the desk's rounds (pull, push, client, pipeline, verify_pool,
    # round_process), bundles, joining, recovery, revoking a desk, and the hub's Python around its
    # SQL (hub_*.py: the SQL is text, never mutated). Most of it only runs against a hub: its `pg`
    # tests run too, on one PostgreSQL started for the whole run (`pg=True`).
    Target(
        "sync",
        ("mornings_desktop/sync/*.py",),
        ("tests/sync/test_*.py",),
        pg=True,
        # A pg test takes 5-30 s here: a survivor running 40 of them took minutes. The fastest
        # 15, taken in turns from each test file, kill what the slower ones would.
        max_tests=15,
        # Of which PostgreSQL tests at most 6, after every covering test without it.
        max_pg=6,
        exclude=(
            "mornings_desktop/sync/__init__.py",
            "mornings_desktop/sync/admission.py",
            "mornings_desktop/sync/revocation_check.py",
            "mornings_desktop/sync/revocations.py",
            "mornings_desktop/sync/bundle_trailer.py",
            "mornings_desktop/sync/incarnations.py",
            "mornings_desktop/sync/quarantine.py",
            "tests/sync/test_sync_screen.py",  # the window: a GUI test, not the sync modules'
            # Eight minutes here for one test (many desks converging through one hub): a
            # survivor whose line it covers would run it to the end. The other tests cover it.
            "tests/sync/test_convergence.py",
        ),
    ),
)

PYTEST_ARGS = [
    "-p",
    "no:cacheprovider",
    "-m",
    "not hypothesis and not slow and not pg",  # `with_pg()` drops the `not pg`
    "-q",
    "--no-header",
    "-o",
    "console_output_style=classic",
]


def with_pg() -> None:
    """Let the `pg` tests run (a PostgreSQL is up for this run)."""
    at = PYTEST_ARGS.index("-m") + 1
    PYTEST_ARGS[at] = PYTEST_ARGS[at].replace(" and not pg", "")


_CMP = "core/ReplaceComparisonOperator_"
_BIN = "core/ReplaceBinaryOperator_"
OPERATORS = (
    *(
        _CMP + pair
        for pair in (
            "Eq_NotEq",
            "NotEq_Eq",
            "Lt_LtE",
            "Lt_Gt",
            "LtE_Lt",
            "LtE_Gt",
            "Gt_GtE",
            "Gt_Lt",
            "GtE_Gt",
            "GtE_Lt",
            "Is_IsNot",
            "IsNot_Is",
        )
    ),
    *(
        _BIN + pair
        for pair in (
            "Add_Sub",
            "Sub_Add",
            "Mul_Div",
            "Div_Mul",
            "FloorDiv_Mul",
            "Mod_FloorDiv",
            "Pow_Mul",
            "BitOr_BitAnd",
            "BitAnd_BitOr",
            "BitXor_BitOr",
            "LShift_RShift",
            "RShift_LShift",
        )
    ),
    "core/ReplaceUnaryOperator_USub_UAdd",
    "core/ReplaceUnaryOperator_Delete_Not",
    "core/AddNot",
    "core/ReplaceTrueWithFalse",
    "core/ReplaceFalseWithTrue",
    "core/ReplaceAndWithOr",
    "core/ReplaceOrWithAnd",
    "core/ReplaceBreakWithContinue",
    "core/ReplaceContinueWithBreak",
    "core/NumberReplacer",
    "core/ZeroIterationForLoop",
    "core/ExceptionReplacer",
    "core/RemoveDecorator",
)

# Mutants no test can tell from the original, by (path glob, source line stripped, operator): each
# with the reason. `glob::name` limits an entry to the body of the function `name` (a line written
# alike elsewhere may matter there). Kept here rather than as pragmas while `ledger/` and `services/checkin.py` are
# being edited in parallel; a `# pragma: no mutate` on the line works too.
_POOL_TUNING = (
    "the pool's tuning: when the workers start, how much is checked here while they boot, how"
    " often an answer is looked for, how long a stopping worker is given before it is killed:"
    " speed only, the same verdicts"
)
_BOOLS_ARE_INTS = (
    "True and False are also the ints 1 and 0 the next check lets through unchanged: the first"
    " check is only the shorter path"
)
_BATCH_OR_ONE = (
    "a run folded by its batch handler or one operation at a time leaves the same tables"
    " (tests/unit/ledger/test_ingest_batch.py, property tests)"
)
_HANDLERS_WHEN = (
    "when the ledger's handlers are imported: before the first admission or at it (a tenth of a"
    " second, speed only)"
)
_SAME_OP = "equal only for the same operation applied again, which writes the same values"
_SAME_56 = (
    "3,799 // 67 and 3,801 // 67 are 56, as 3,800 // 67 is: the same number of desks (that a"
    " rotation of 56 fits in 4,000 characters and one of 57 does not: test_hub_records_unit.py)"
)
EQUIVALENT: tuple[tuple[str, str, str, str], ...] = (
    (
        "mornings_desktop/ledger/handlers/review.py",
        "if known is not None and op.op_id < known:",
        "ReplaceComparisonOperator_Lt_LtE",
        _SAME_OP,
    ),
    (
        "mornings_desktop/ledger/handlers/registrations.py",
        'elif (values["at"], op.op_id) < (existing.at, existing.op_id):',
        "ReplaceComparisonOperator_Lt_LtE",
        _SAME_OP + " (op ids are unique)",
    ),
    (
        "mornings_desktop/ledger/fold.py",
        'changes = {k: v for k, v in values.items() if stamps.get(k, "") < stamp}',
        "ReplaceComparisonOperator_Lt_LtE",
        "a desk never stamps two operations alike (its clock ticks), so an equal stamp is the"
        " same operation again, and the tombstone over a tombstone blanks blank fields",
    ),
    (
        "mornings_desktop/services/checkin*.py",
        "except UnicodeEncodeError:  # lone surrogates: no scanner types them",
        "ExceptionReplacer",
        "never raised: `codes.clean_scan` keeps printable characters only, and the only"
        " characters UTF-8 cannot encode (lone surrogates) are not printable",
    ),
    (
        "mornings_desktop/services/checkin*.py",
        "if len(reading) <= codes.CODE_LEN:",
        "ReplaceComparisonOperator_LtE_Lt",
        "a 14-character reading has one window, itself: the same list either way",
    ),
    (
        "mornings_desktop/codes.py",
        'value = int.from_bytes(secrets.token_bytes(SERIAL_LEN * 5 // 8), "big")  # 40 random bits',
        "="
        + 'value = int.from_bytes(secrets.token_bytes(SERIAL_LEN * 5 // 7), "big")  # 40 random bits',
        "40 // 7 is 5, as 40 // 8 is",
    ),
    (
        "mornings_desktop/ledger/ledger.py",
        "if newest is not None and newest != last:",
        "ReplaceAndWithOr",
        "`newest` is never None after a fresh operation, and an unchanged clock is written as it was",
    ),
    # The scan path.
    (
        "mornings_desktop/services/checkin*.py",
        "return [reading[i : i + codes.CODE_LEN] for i in range(len(reading) - codes.CODE_LEN + 1)]",
        "ReplaceBinaryOperator_Sub_Add",
        "the extra windows are shorter than a code: no MAC verifies them",
    ),
    (
        "mornings_desktop/services/checkin*.py",
        "return [reading[i : i + codes.CODE_LEN] for i in range(len(reading) - codes.CODE_LEN + 1)]",
        "=return [reading[i : i + codes.CODE_LEN] for i in range(len(reading) - codes.CODE_LEN + 2)]",
        "the extra window is shorter than a code: no MAC verifies it",
    ),
    (
        "mornings_desktop/services/checkin*.py",
        "if current is not None and current[0] is not None:",
        "=if current is not None and current[ -1] is not None:",
        "a one-column row: [0] is [-1]",
    ),
    (
        "mornings_desktop/services/checkin*.py",
        ".limit(1)",
        "=.limit( 2)",
        "`.first()` takes the first row either way",
    ),
    (
        "mornings_desktop/services/checkin*.py",
        "except ImportError:",
        "ExceptionReplacer",
        "both modules always import",
    ),
    (
        "mornings_desktop/services/checkin*.py",
        "continue",
        "ReplaceContinueWithBreak",
        "after an ImportError that never happens (checkin.py), after a None arrival time the"
        " query excludes (checkin_live.py)",
    ),
    (
        "mornings_desktop/services/checkin*.py",
        "break",
        "ReplaceBreakWithContinue",
        "`services.registrations`, the last module tried, has `register_walk_in`",
    ),
    (
        "mornings_desktop/services/checkin_live.py",
        "minute=local.minute - local.minute % BUCKET_MIN, second=0, microsecond=0",
        "=minute=local.minute - local.minute % BUCKET_MIN, second= 1, microsecond=0",
        "every slot then starts at the same second: the same slots, shown as HH:MM",
    ),
    (
        "mornings_desktop/services/checkin_live.py",
        "minute=local.minute - local.minute % BUCKET_MIN, second=0, microsecond=0",
        "=minute=local.minute - local.minute % BUCKET_MIN, second=0, microsecond= 1",
        "every slot then starts at the same microsecond: the same slots, shown as HH:MM",
    ),
    # The trust target.
    (
        "mornings_desktop/trust/signed_op.py",
        "except (binascii.Error, ValueError, UnicodeEncodeError):",
        "=except (binascii.Error, ValueError, CosmicRayTestingException):",
        "UnicodeEncodeError is a ValueError: the ValueError beside it catches it",
    ),
    (
        "mornings_desktop/trust/canonical.py",
        'value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False',
        '=value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=True',
        "no float reaches the dump: `_check` refuses every float before `encode` dumps, and"
        " `decode` parses with `_no_float` and `_no_constant`",
    ),
    (
        "mornings_desktop/trust/canonical.py",
        "except (ValueError, TypeError, RecursionError):",
        "=except (ValueError, CosmicRayTestingException, RecursionError):",
        "nothing in the plain path raises TypeError: `json.loads` of ASCII bytes with"
        " callbacks that raise `CanonicalError` (a ValueError), and `json.dumps` of what it read",
    ),
    (
        "mornings_desktop/trust/canonical.py",
        "except (ValueError, TypeError, UnicodeError) as exc:",
        "=except (ValueError, CosmicRayTestingException, UnicodeError) as exc:",
        "nothing in the full path raises TypeError: `bytes.decode`, `json.loads` of text, the"
        " walk `_check` (refuses with `CanonicalError`) and `json.dumps` of what it read",
    ),
    (
        "mornings_desktop/trust/canonical.py",
        "except (ValueError, TypeError, UnicodeError) as exc:",
        "=except (ValueError, TypeError, CosmicRayTestingException) as exc:",
        "UnicodeDecodeError is a ValueError: the ValueError beside it catches it, worded alike",
    ),
    (
        "mornings_desktop/trust/keys.py",
        'raw = base64.b64decode(text.encode("ascii"), validate=True)',
        "ReplaceTrueWithFalse",
        "the round trip `_b64(raw) != text` below refuses any character a lenient decoder skips",
    ),
    *(
        (
            "mornings_desktop/trust/keys.py",
            "except (binascii.Error, UnicodeEncodeError, AttributeError, ValueError) as exc:",
            "=" + after,
            "binascii.Error and UnicodeEncodeError are ValueErrors, and nothing in the `try`"
            " raises another ValueError: one of the pair always catches",
        )
        for after in (
            "except (binascii.Error, CosmicRayTestingException, AttributeError, ValueError) as exc:",
            "except (binascii.Error, UnicodeEncodeError, AttributeError, CosmicRayTestingException)"
            " as exc:",
        )
    ),
    (
        "mornings_desktop/trust/keys.py",
        "fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)",
        "NumberReplacer",
        "the `fchmod(fd, 0o600)` that follows sets the mode whatever the file was created with",
    ),
    (
        "mornings_desktop/trust/keys.py",
        'os.write(fd, json.dumps(document, indent=1, sort_keys=True).encode("ascii") + b"\\n")',
        "NumberReplacer|ReplaceTrueWithFalse",
        "the file's layout: any indent or key order reads back as the same document",
    ),
    (
        "mornings_desktop/trust/keys.py",
        "and n & (n - 1) == 0",
        "=and n & (n - 2) == 0",
        "for n >= 2 (checked just before), n & (n - 2) is 0 exactly for the powers of two too",
    ),
    (
        "mornings_desktop/trust/canonical.py",
        "if not -MAX_INT <= value <= MAX_INT:",
        "ReplaceUnaryOperator_USub_UAdd|ReplaceComparisonOperator_LtE_Lt",
        "the plain path's integer check refusing more only sends the text to the full check,"
        " which reads it (`_plain` returns None on a CanonicalError): the same value, slower",
    ),
    # The trust target's desk-side sync modules.
    (
        "mornings_desktop/sync/admission.py",
        "_CHUNK = 500",
        "*",
        "another chunk size finds the same held digests (it only bounds a query's parameters)",
    ),
    (
        "mornings_desktop/sync/admission.py",
        "found.update(str(r[0]) for r in conn.execute(sql, chunk))",
        "=found.update(str(r[ -1]) for r in conn.execute(sql, chunk))",
        "a one-column row: [0] is [-1]",
    ),
    (
        "mornings_desktop/sync/revocation_check.py",
        "@dataclass(frozen=True)",
        "ReplaceTrueWithFalse",
        "an `Admitted` is never assigned to nor hashed: frozen only says so",
    ),
    *(
        (
            "mornings_desktop/sync/revocation_check.py",
            "return None if row is None or not row[0] else str(row[0])",
            mutated,
            "a one-column row: [0] is [-1]",
        )
        for mutated in (
            "=return None if row is None or not row[ -1] else str(row[0])",
            "=return None if row is None or not row[0] else str(row[ -1])",
        )
    ),
    *(
        (
            "mornings_desktop/sync/revocation_check.py",
            "if mark is not None and 0 < desk_seq <= mark[0]:",
            mutated,
            "the walked chain is a shortcut: an operation it does not settle goes to"
            " `revocation_verdict`, which walks the same `prev` links and decides alike for every"
            " chain a desk writes (`desk_seq` counts along `prev`); only the speed changes",
        )
        for mutated in (
            "ReplaceComparisonOperator_Lt_Gt|ReplaceComparisonOperator_Lt_LtE"
            "|ReplaceComparisonOperator_LtE_Gt|ReplaceComparisonOperator_LtE_Lt",
            "=if mark is not None and 1 < desk_seq <= mark[0]:",
            "=if mark is not None and -1 < desk_seq <= mark[0]:",
        )
    ),
    (
        "mornings_desktop/sync/revocation_check.py",
        "self._chains[key] = accepted_chain(mark[0], mark[1], self.prev_of)[0]",
        "=self._chains[key] = accepted_chain(mark[0], mark[ 0], self.prev_of)[0]",
        "a chain walked from a wrong start settles nothing: `revocation_verdict` decides (see"
        " above), only slower",
    ),
    (
        "mornings_desktop/sync/revocations.py",
        "_CHUNK = 500",
        "*",
        "another chunk size takes out the same operations (it only bounds a query's parameters)",
    ),
    *(
        (
            path,
            line,
            "ReplaceFalseWithTrue",
            "the kept text is read back as JSON (`retry`): escaped or not, the same value",
        )
        for path, line in (
            ("mornings_desktop/sync/revocations.py", "text = json.dumps(kept, ensure_ascii=False)"),
            (
                "mornings_desktop/sync/quarantine.py",
                "return json.dumps(raw, ensure_ascii=False, default=str)",
            ),
        )
    ),
    *(
        (path, "@dataclass(frozen=True)", "ReplaceTrueWithFalse", "never assigned to nor hashed")
        for path in (
            "mornings_desktop/sync/quarantine.py",
            "mornings_desktop/sync/bundle_trailer.py",
            "mornings_desktop/sync/bundle.py",
            "mornings_desktop/sync/desk_identity.py",
            "mornings_desktop/sync/join.py",
            "mornings_desktop/sync/hub_desks.py",
            "mornings_desktop/sync/hub_schema.py",
        )
    ),
    (
        "mornings_desktop/sync/bundle.py",
        'json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\\n"',
        "ReplaceFalseWithTrue|ReplaceTrueWithFalse",
        "escaped or not, keys sorted or not, a line reads back as the same JSON object (the"
        " trailer signs the bytes as written, whichever they are)",
    ),
    (
        "mornings_desktop/sync/desk_identity.py",
        "if joining.org_public_key is None and joining.settings is None:",
        "ReplaceComparisonOperator_Is_IsNot",
        "a file with settings and no organisation key never gets here: `check`, `_read` and"
        " `_existing` refuse it first (its certificate is checked against that key)",
    ),
    (
        "mornings_desktop/sync/bundle.py",
        "if row.body is not None and row.sig is not None:",
        "ReplaceAndWithOr",
        "a signed operation's body and signature are written together (`ledger.signing`): one"
        " is never there without the other",
    ),
    (
        "mornings_desktop/sync/bundle.py",
        'header = validate.loads(data[: end + 1], what="header") if end >= 0 else None',
        "ReplaceComparisonOperator_GtE_Gt",
        "a file whose first line is empty has no header either way: an empty line is no JSON",
    ),
    (
        "mornings_desktop/sync/bundle.py",
        'header = validate.loads(data[: end + 1], what="header") if end >= 0 else None',
        '=header = validate.loads(data[: end + 0], what="header") if end >= 0 else None',
        "the header read without its newline is the same JSON object",
    ),
    (
        "mornings_desktop/sync/bundle.py",
        'header = validate.loads(data[: end + 1], what="header") if end >= 0 else None',
        '=header = validate.loads(data[: end + 1], what="header") if end >= 1 else None',
        "an empty first line (end 0) is no header either way: an empty line is no JSON",
    ),
    (
        "mornings_desktop/sync/bundle.py",
        'header = validate.loads(data[: end + 1], what="header") if end >= 0 else None',
        '=header = validate.loads(data[: end + 1], what="header") if end >= -1 else None',
        "no newline (end -1) reads an empty text, which is no JSON: no header either way",
    ),
    *(
        (
            "mornings_desktop/sync/bundle.py",
            line,
            "=" + line.replace("end + 1", "end + 0"),
            "the trailer signs the header line without its newline"
            " (`bundle_trailer._fields` removes it)",
        )
        for line in (
            'trailer, data[: end + 1], header.get("desk_id"), lines[:-1], ws.org_id, _org_public(ws)',
            'trailer, data[: end + 1], header.get("desk_id"), lines[:-1], ws.org_id, rotated',
        )
    ),
    (
        "mornings_desktop/sync/bundle.py",
        "return 0  # `read_bundle` says what is wrong with it",
        "*",
        "a file that cannot be measured cannot be read either: `read_bundle` refuses it before"
        " any worker checks a signature",
    ),
    *(
        (
            "mornings_desktop/sync/hub_*.py",
            line,
            "=" + line.replace("[0]", "[ -1]"),
            "a row of one column: its last value is its first",
        )
        for line in (
            "return str(row[0])",
            "return bool(row and row[0])",
            "if row is None or row[0] is None:",
            "str(r[0])",
            'logins = [str(r[0]) for r in conn.execute("SELECT login FROM mornings.logins")]',
            "return None if row is None else int(row[0])",
            "if found is None or found[0] is None:",
            "marks, kept = hub_revocations.accepted_marks(conn, login, effective[0])",
            '{"login": login, "until": effective[0], "kept": sorted(kept)},',
            "aside = int(found[0]) if found else 0",
            'return Revoked(desk, login, _iso(effective[0]) or "", aside, signed)',
        )
    ),
    *(
        (
            "mornings_desktop/sync/hub_desks.py",
            "aside = int(found[0]) if found else 0",
            f"=aside = int(found[0]) if found else {n}",
            "the statement ends in `SELECT count(*)`: it always answers one row",
        )
        for n in (1, -1)
    ),
    (
        "mornings_desktop/sync/hub_desks.py",
        "spare: int = 0,",
        "=spare: int = -1,",
        "`range(1, spare + 1)` is empty for 0 and for -1 alike: no spare either way",
    ),
    *(
        (
            "mornings_desktop/sync/hub_desks.py",
            line,
            "ReplaceTrueWithFalse",
            "only files this call wrote are listed, after they were written: they are there to"
            " remove either way",
        )
        for line in ("path.unlink(missing_ok=True)", "written.unlink(missing_ok=True)")
    ),
    (
        "mornings_desktop/sync/round_process.py::_receive",
        "if self._proc is None or not self._proc.is_alive():",
        "ReplaceOrWithAnd",
        "a dead child's end of the pipe is closed with it (the window closed its copy at the"
        " start): `poll` then answers at once and `recv` raises EOFError, which ends the"
        " wait the same way",
    ),
    (
        "mornings_desktop/sync/round_process.py::_cancel",
        "if self._proc is None or not self._proc.is_alive():",
        "ReplaceOrWithAnd",
        "a dead child's end of the pipe is closed with it: `poll` then answers at once and"
        " `recv` raises EOFError, which ends the wait the same way",
    ),
    (
        "mornings_desktop/sync/round_process.py",
        "self._round = 0",
        "NumberReplacer",
        "where the numbering starts: only a cancel's number against its round's matters, and"
        " a late cancel never reaches the next round (see `self._round += 1`)",
    ),
    *(
        (
            "mornings_desktop/sync/round_process.py",
            line,
            "NumberReplacer",
            "the child's tuning (chunk length, the least chunk, how much lower its priority,"
            " the longest it yields to the window, how often the window looks up): speed and"
            " latency, never what a round brings or keeps",
        )
        for line in (
            "CHILD_CHUNK_TARGET_S = 0.015",
            "CHILD_MIN_CHUNK = 5",
            "CHILD_NICE = 10",
            "YIELD_MOST_S = 0.25  # the longest a chunk waits for the window's writes (never"
            " stalls for ever)",
            "_POLL_S = 0.05",
        )
    ),
    *(
        (
            "mornings_desktop/sync/round_process.py",
            'if message[0] == "stop":',
            '=if message[ -1] == "stop":',
            '`("stop",)` has one item; a `("cancel", n)` ends with a number, never "stop"',
        ),
    ),
    (
        "mornings_desktop/sync/round_process.py",
        "self._round += 1",
        "*",
        "the child reads the pipe in order and the window asks one round at a time: a cancel"
        " for a round already over comes before the next round's message and is dropped at the"
        " top of the child's loop, never read by the next round (the number only guards that)",
    ),
    (
        "mornings_desktop/sync/round_process.py",
        "if proc is not None and conn is not None and proc.is_alive():",
        "ReplaceAndWithOr",
        "the two are set and cleared together; telling a dead child to stop fails quietly"
        " (OSError suppressed) and joining it returns at once",
    ),
    (
        "mornings_desktop/sync/round_process.py",
        "STOP_WAIT_S = 5.0  # a cancelled round ends at its next chunk; killed after this",
        "NumberReplacer",
        "how long a child that does not answer is given before it is killed: the tests set"
        " their own (a stuck child is killed either way, later or sooner)",
    ),
    *(
        (
            "mornings_desktop/sync/verify_pool.py",
            line,
            "*",
            _POOL_TUNING,
        )
        for line in (
            "POOL_FROM = 300  # fewer checks than this are made in place (starting a worker costs"
            " ~0.2 s)",
            "STARTING_SHARE = 0.5  # of a batch checked here while the workers are still starting",
            "_POLL_S = 0.05",
            "sender.join(0.2)",
            "proc.join(0.1)  # a worker holds nothing: one slow to end is killed",
            "proc.join(1.0)",
            "sender.join(1.0)  # a send to a killed worker fails at once",
            "self._pool.adapt(time.perf_counter() - waited)",
        )
    ),
    (
        "mornings_desktop/sync/verify_pool.py",
        "return max(1, (os.cpu_count() or 2) - 1)",
        "=return max(1, (os.cpu_count() or 1) - 1)",
        "an unknown count of cores gives one worker either way (`max(1, 0)`)",
    ),
    (
        "mornings_desktop/sync/verify_pool.py",
        "step = -(-len(theirs) // len(self._procs)) or 1",
        "=step = -(-len(theirs) // len(self._procs)) or 2",
        "the fallback step is taken only when nothing goes to the workers: `range(0, 0, step)` is"
        " empty for any positive step",
    ),
    (
        "mornings_desktop/sync/verify_pool.py",
        "assert self._pool is not None and self._table is not None",
        "ReplaceAndWithOr",
        "a ticket is made with both or with neither (`Ticket.done`, whose verdicts are there)",
    ),
    (
        "mornings_desktop/sync/verify_pool.py",
        "if not conn.poll(0):",
        "*",
        "a dead worker with nothing left to read: `recv` then raises EOFError, which raises the"
        " same VerifierStopped; one whose answer is there was read by the poll before",
    ),
    (
        "mornings_desktop/sync/verify_pool.py",
        "for _, conn in self._procs_sent_to:",
        "ZeroIterationForLoop",
        "told to stop or not, `close` ends every worker (killed if it has not ended within"
        " 0.1 s: a worker holds nothing)",
    ),
    *(
        (
            "mornings_desktop/sync/verify_pool.py",
            line,
            "ReplaceTrueWithFalse",
            "the lengths are equal here: `check_items` answers each item, and `_answers_for`"
            " compares the lengths before it zips",
        )
        for line in (
            "for (sent, *_), (digest, status, reason) in zip(items, answer, strict=True)",
            "for item, digest in zip(answer, sent, strict=True)",
        )
    ),
    (
        "mornings_desktop/sync/hub_schema.py",
        "detail=str(exc).splitlines()[0],",
        "=detail=str(exc).splitlines()[ -1],",
        "libpq's answer to an address it cannot read is one line: its first is its last",
    ),
    (
        "mornings_desktop/sync/hub_lockdown.py",
        "except psycopg.errors.InsufficientPrivilege as exc:",
        "ExceptionReplacer",
        "PostgreSQL answers a GRANT or REVOKE with an error only to a login holding no privilege"
        " at all on the database; the databases closed here all grant PUBLIC its CONNECT, which"
        " every login holds, so it only warns (the check after the REVOKE catches that). Kept"
        " for a server that errs instead",
    ),
    (
        "mornings_desktop/sync/bundle.py",
        'if lines and lines[-1] == b"":',
        "ReplaceAndWithOr",
        "`split` never answers an empty list, so `lines` is always true here",
    ),
    (
        "mornings_desktop/sync/bundle.py::_rotated_key",
        "break",
        "ReplaceBreakWithContinue",
        "the lines after the records are operations, never records: reading on finds none,"
        " only later",
    ),
    (
        "mornings_desktop/sync/bundle.py",
        "if _size(path) >= verify_pool.POOL_FROM * _LINE_BYTES:",
        "*",
        "when the signature workers boot: early or late, the same operations are checked and"
        " admitted (speed only)",
    ),
    (
        "mornings_desktop/sync/bundle.py",
        "_LINE_BYTES = 500  # an encrypted operation line is at least this long (a check-in's ~700)",
        "*",
        "when the signature workers boot: early or late, the same operations are checked and"
        " admitted (speed only)",
    ),
    (
        "mornings_desktop/sync/quarantine.py",
        "Operation.inc.is_(inc) if inc is None else Operation.inc == inc,",
        "AddNot|ReplaceComparisonOperator_Is_IsNot",
        "SQLAlchemy writes `== None` as IS NULL, and SQLite's IS compares two non-null values"
        " as = does",
    ),
    (
        "mornings_desktop/sync/quarantine.py",
        "for k in range(0, len(keys), 500):",
        "=for k in range(0, len(keys), 499):",
        "chunks of 500 starting every 499 keys overlap by one: every key is still asked",
    ),
    (
        "mornings_desktop/sync/quarantine.py",
        "chunk = keys[k : k + 500]",
        "=chunk = keys[k : k + 501]",
        "chunks of 501 starting every 500 keys overlap by one: every key is still asked",
    ),
    (
        "mornings_desktop/sync/quarantine.py",
        "found.update(str(r[0]) for r in rows)",
        "=found.update(str(r[ -1]) for r in rows)",
        "a one-column row: [0] is [-1]",
    ),
    (
        "mornings_desktop/sync/quarantine.py",
        "missing = [n for n in range(1, max(have) + 1) if n not in have][:most]",
        "=missing = [n for n in range(1, max(have) + 0) if n not in have][:most]",
        "the highest number is held, never missing",
    ),
    (
        "mornings_desktop/sync/bundle_trailer.py",
        'return (json.dumps(trailer, sort_keys=True, separators=(",", ":")) + "\\n").encode("ascii")',
        "ReplaceTrueWithFalse",
        "the trailer is read as JSON: its keys' order is not signed (the signed text is"
        " canonical JSON of the recomputed fields)",
    ),
    *(
        (
            "mornings_desktop/sync/incarnations.py",
            "return [str(row[0]) for row in session.execute(_COPIES_SQL) if str(row[0]) not in twice]",
            mutated,
            "a one-column row: [0] is [-1]",
        )
        for mutated in (
            "=return [str(row[ -1]) for row in session.execute(_COPIES_SQL) if str(row[0]) not in twice]",
            "=return [str(row[0]) for row in session.execute(_COPIES_SQL) if str(row[ -1]) not in twice]",
        )
    ),
    # The sync target.
    *(
        (path, "@dataclass(frozen=True)", "ReplaceTrueWithFalse", "never assigned to nor hashed")
        for path in (
            "mornings_desktop/sync/desk_revoke.py",
            "mornings_desktop/sync/offline_accept.py",
            "mornings_desktop/sync/recovery.py",
        )
    ),
    (
        "mornings_desktop/sync/verify_worker.py",
        "threading.Thread(target=read, daemon=True).start()",
        "ReplaceTrueWithFalse",
        "the reader thread has ended whenever `serve` returns (it put the None or met the closed"
        " pipe that ended the loop): nothing is left for the worker's exit to wait for",
    ),
    (
        "mornings_desktop/sync/client.py",
        "if last and known_hub == (hub_id or known_hub) and last > _minus_seconds(now_iso(), 60):",
        "ReplaceComparisonOperator_Gt_GtE",
        "the last contact exactly 60 s before, to the microsecond of a clock read later: never"
        " (the tests put it 59.5 and 60.5 s before)",
    ),
    (
        "mornings_desktop/sync/push.py",
        "by_id = dict(zip(batch.keys, batch.ops, strict=True))",
        "ReplaceTrueWithFalse",
        "a batch's keys and rows are made together, one key per row (`_encode`): the lengths"
        " are always equal, so the check never fires either way",
    ),
    (
        "mornings_desktop/sync/push.py",
        "with ws.db.write(durable=False) as session:",
        "ReplaceFalseWithTrue",
        "an fsync when answers are recorded: what is written is the same; one lost to a power"
        " cut is sent again and the hub answers `present` (the module's text)",
    ),
    (
        "mornings_desktop/sync/push.py",
        'with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push") as worker:',
        "NumberReplacer",
        "a second worker lets the next batch's read overlap the last answer's record (a read"
        " beside a write of other rows): the futures are awaited in order, the same rows are"
        " marked and the same answers heard",
    ),
    (
        "mornings_desktop/sync/hub_marks.py",
        "meta.put(session, memo_key(hub_id), json.dumps(remembered, sort_keys=True))",
        "ReplaceTrueWithFalse",
        "the memory is read back with json.loads and compared as a dict: the order of its keys"
        " in the stored text is never looked at",
    ),
    (
        "mornings_desktop/sync/hub_marks.py",
        "generation, last_seq, at_cursor = rows[0][:3]",
        "NumberReplacer",
        "`mornings.hub_marks` repeats the generation, last hub_seq and fingerprint on every row"
        " (one per incarnation): the first row and the last say the same",
    ),
    (
        "mornings_desktop/sync/hub_marks.py",
        "marks = {(str(r[3]), str(r[4])): (int(r[5]), int(r[6])) for r in rows if r[3] is not None}",
        "=marks = {(str(r[3]), str(r[4])): (int(r[5]), int(r[6])) for r in rows if r[ 4] is not None}",
        "desk_id and inc are NULL together (the row of a hub with no mark) or set together"
        " (`inc_marks.inc` is NOT NULL, '' before signing)",
    ),
    (
        "mornings_desktop/sync/hub_marks.py",
        "cursor = int(meta.get(session, cursor_key) or 0)",
        "=cursor = int(meta.get(session, cursor_key) or -1)",
        "no cursor read as -1 or 0: neither is above the hub's last hub_seq (0 or more) nor"
        " above 0, so the same hubs count as restored",
    ),
    (
        "mornings_desktop/sync/hub_marks.py",
        ").fetchone()[0]",
        "NumberReplacer",
        "a one-column row (`max(desk_seq)`): [0] is [-1]",
    ),
    (
        "mornings_desktop/sync/hub_marks.py",
        'desk_id, inc = key.split("/", 1)',
        "NumberReplacer",
        "a key is `<desk_id>/<inc>`: a desk id (a UUID) and an incarnation (hex) hold no '/',"
        " so a second split never happens",
    ),
    (
        "mornings_desktop/sync/hub_wire.py",
        "return dict(zip(_COLUMNS, (op_id, desk_id, desk_seq, hlc, op_type, payload), strict=True))",
        "ReplaceTrueWithFalse",
        "both sides are six long, always: `strict` never has anything to refuse",
    ),
    (
        "mornings_desktop/sync/hub_wire.py",
        "for k in range(0, len(todo), 10_000):",
        "=for k in range(0, len(todo), 9999):",
        "steps of 9,999 over slices of 10,000 overlap by one person: the same people are sent,"
        " one of them twice, and the hub answers a set (the other step sizes are tested)",
    ),
    (
        "mornings_desktop/sync/hub_wire.py",
        "accepted.update(str(r[0]) for r in rows.fetchall())",
        "=accepted.update(str(r[ -1]) for r in rows.fetchall())",
        "`mornings.scrub` returns one column: [0] is [-1]",
    ),
    (
        "mornings_desktop/sync/hub_clock.py",
        "if row is None or not isinstance(row[0], datetime):",
        "=if row is None or not isinstance(row[ -1], datetime):",
        "`SELECT mornings.desk_clock(...)` returns one column: [0] is [-1]",
    ),
    (
        "mornings_desktop/sync/hub_clock.py",
        "return round((middle - row[0]).total_seconds(), 3)",
        "=return round((middle - row[ -1]).total_seconds(), 3)",
        "`SELECT mornings.desk_clock(...)` returns one column: [0] is [-1]",
    ),
    (
        "mornings_desktop/sync/hub_clock.py",
        'way = "ahead of" if offset_s > 0 else "behind"',
        "ReplaceComparisonOperator_Gt_GtE|NumberReplacer",
        "only reached for a clock more than 120 s off (`is_off` just above): 0, 1 and -1 split"
        " those offsets alike",
    ),
    (
        "mornings_desktop/sync/early_select.py",
        'links = [(r.entity, r.other) for r in rows if r.type.startswith("person.") and r.other]',
        "ReplaceAndWithOr",
        "the only other rows that name an `other` are speaker links (a link id and a session"
        " id): neither is ever a person's id, so the closure over people grows alike",
    ),
    (
        "mornings_desktop/sync/early_select.py",
        'if r.type.startswith("morning.") and r.morning and r.day and r.day[:10] >= cutoff',
        '=if r.type.startswith("morning.") and r.morning and r.day and r.day[: 11] >= cutoff',
        "the cutoff is a 10-character date: an eleventh character of the day compares after"
        " it only when the first ten are equal, where `>=` holds either way",
    ),
    (
        "mornings_desktop/sync/hub_records.py",
        "json.dumps([schema_version, records], sort_keys=True).encode()",
        "ReplaceTrueWithFalse",
        "the mark is only compared with the one this desk wrote before from records built the"
        " same way (the same keys in the same order): sorted or not, equal marks stay equal",
    ),
    (
        "mornings_desktop/sync/hub_records.py",
        "OLD_HUB_CERTIFICATES = (MAX_CERTIFICATE_CHARS - 200) // 67  # what a rotation on hub 3–5 can name",
        "=OLD_HUB_CERTIFICATES = (MAX_CERTIFICATE_CHARS - 201) // 67  # what a rotation on hub 3–5 can name",
        _SAME_56,
    ),
    (
        "mornings_desktop/sync/hub_records.py",
        "OLD_HUB_CERTIFICATES = (MAX_CERTIFICATE_CHARS - 200) // 67  # what a rotation on hub 3–5 can name",
        "=OLD_HUB_CERTIFICATES = (MAX_CERTIFICATE_CHARS - 199) // 67  # what a rotation on hub 3–5 can name",
        _SAME_56,
    ),
    (
        "mornings_desktop/sync/hub_records.py",
        "for k in range(0, len(records), 100):",
        "=for k in range(0, len(records), 99):",
        "steps of 99 over chunks of 100 offer one record twice: the hub skips a digest it holds"
        " and answers a refused one alike, and the refusals are kept by digest",
    ),
    (
        "mornings_desktop/sync/hub_records.py",
        "for r in records[k : k + 100]",
        "=for r in records[k : k + 101]",
        "an older hub's refusals are found over 101 records instead of 100: the one more is"
        " the next chunk's first, found again there, and kept by digest",
    ),
    (
        "mornings_desktop/sync/early_select.py",
        'elif r.type == "import.batch" and r.hub_seq in chosen and r.batch:',
        "ReplaceAndWithOr",
        "a batch left unchosen holds no registration of a current Morning (`_batch_of` found"
        " none) and a registration never changes Morning, so none of its entries is among"
        " `registrations`: its people would be none anyway",
    ),
    (
        "mornings_desktop/sync/early_select.py",
        "@dataclass(frozen=True, slots=True)",
        "ReplaceTrueWithFalse",
        "a `Ref` is built from a hub row and only read (never assigned to, hashed or kept in a"
        " set): frozen and slots only say so",
    ),
    (
        "mornings_desktop/sync/hub_revocation_offer.py",
        "mark = hashlib.sha256(json.dumps(records, sort_keys=True).encode()).hexdigest()",
        "ReplaceTrueWithFalse",
        "the mark is only compared with the one this desk wrote before from records built the"
        " same way (the same keys in the same order): sorted or not, equal marks stay equal",
    ),
    (
        "mornings_desktop/sync/refused_relay.py",
        'held += [key for (key, _), (_, st) in zip(chunk, answer, strict=False) if st != "refused"]',
        "ReplaceFalseWithTrue",
        "`mornings.ingest` answers one row per operation sent, in order: the two sides are"
        " always as long, and `strict` never has anything to refuse",
    ),
    (
        "mornings_desktop/sync/join_offline.py",
        "done.unlink(missing_ok=True)",
        "ReplaceTrueWithFalse",
        "every path in `written` is a file this call has just written (and no one removes):"
        " it is there to unlink either way",
    ),
    (
        "mornings_desktop/sync/hub_existing.py",
        "written.unlink(missing_ok=True)",
        "ReplaceTrueWithFalse",
        "`written` is the join file this call has just written: it is there to unlink either way",
    ),
    (
        "mornings_desktop/sync/join_offline.py",
        "ws: Workspace, name: str, role: str, output: Path, *, spare: int = 0",
        "=ws: Workspace, name: str, role: str, output: Path, *, spare: int = -1",
        "no spares by default: `range(1, spare + 1)` is empty for 0 and for -1 alike",
    ),
    (
        "mornings_desktop/sync/join_offline.py",
        "@dataclass(frozen=True)",
        "ReplaceTrueWithFalse",
        "an `OfflineDesk` is returned to be read (never assigned to nor hashed): frozen only"
        " says so",
    ),
    (
        "mornings_desktop/sync/hub_accept.py",
        "@dataclass(frozen=True)",
        "ReplaceTrueWithFalse",
        "a `Held` is returned to be read (never assigned to nor hashed): frozen only says so",
    ),
    (
        "mornings_desktop/sync/desk_overview.py",
        "@dataclass(frozen=True)",
        "ReplaceTrueWithFalse",
        "a `DeskLine` is returned to be read (never assigned to nor hashed): frozen only says so",
    ),
    (
        "mornings_desktop/sync/hub_accept.py",
        'str(r[0]) for r in conn.execute(hub_desks_sql.ACCEPT_SQL.encode(), {"digests": wanted})',
        '=str(r[ -1]) for r in conn.execute(hub_desks_sql.ACCEPT_SQL.encode(), {"digests": wanted})',
        "`ACCEPT_SQL` selects one column (the digest): [0] is [-1]",
    ),
    (
        "mornings_desktop/sync/desk_overview.py",
        "return join_offline.issue_files(ws, name, role, output)[0].file",
        "=return join_offline.issue_files(ws, name, role, output)[ -1].file",
        "without spares `issue_files` returns one desk: [0] is [-1]",
    ),
    (
        "mornings_desktop/sync/hub_revocation_offer.py",
        "_BATCH = 100",
        "=_BATCH = 99",
        "smaller calls offer the same revocations and the hub stores them alike (101, above the"
        " hub's 100 a call, is tested)",
    ),
    (
        "mornings_desktop/sync/desk_overview.py",
        "return issued[0].file",
        "=return issued[ -1].file",
        "without spares `issue_desks` returns one desk: [0] is [-1]",
    ),
    (
        "mornings_desktop/sync/early.py",
        "SCAN_PAGE = 10000  # the most rows `mornings.pull` returns at once",
        "=SCAN_PAGE = 9999  # the most rows `mornings.pull` returns at once",
        "a page one row shorter than the hub's: the scan reads on to its first short page, the"
        " same rows in the same order, one more statement per 9,999 rows (a page longer than the"
        " hub's would stop the scan after 10,000 rows: test_early_limits.py)",
    ),
    (
        "mornings_desktop/sync/early.py",
        "FETCH_ROWS = 1000  # chosen rows fetched per statement",
        "NumberReplacer",
        "how many chosen rows one statement fetches (how the runs are grouped into statements):"
        " every run is fetched once, in order, either way; only the number of statements changes",
    ),
    (
        "mornings_desktop/sync/early.py",
        "not group or size + wanted_runs[start][1] <= FETCH_ROWS",
        "ReplaceComparisonOperator_LtE_Lt|ReplaceComparisonOperator_LtE_Gt",
        "how the runs are grouped into statements: every run is fetched once, in order, either"
        " way (only the number of statements changes)",
    ),
    (
        "mornings_desktop/sync/join_file.py",
        "tmp.unlink(missing_ok=True)",
        "ReplaceTrueWithFalse",
        "`tmp` was created by the opener just above (the `try` begins after it): it is there"
        " to unlink either way",
    ),
    (
        "mornings_desktop/sync/early.py",
        "with ws.db.write(durable=False) as session:",
        "ReplaceFalseWithTrue",
        "durable or not, the same rows are written; a chunk lost to a power cut is pulled again"
        " (the cursor has not moved)",
    ),
    (
        "mornings_desktop/sync/early.py",
        "size = 0",
        "NumberReplacer",
        "how the runs are grouped into statements (the count of rows a group holds): every"
        " run is fetched once, in order, either way; only the number of statements changes",
    ),
    (
        "mornings_desktop/sync/early.py",
        "size += wanted_runs[start][1]",
        "NumberReplacer",
        "how the runs are grouped into statements (the count of rows a group holds): every"
        " run is fetched once, in order, either way; only the number of statements changes",
    ),
    (
        "mornings_desktop/sync/early.py",
        "not group or size + wanted_runs[start][1] <= FETCH_ROWS",
        "NumberReplacer|ReplaceOrWithAnd|ReplaceBinaryOperator_Add_Sub",
        "how the runs are grouped into statements (the count of rows a group holds): every"
        " run is fetched once, in order, either way; only the number of statements changes",
    ),
    (
        "mornings_desktop/sync/join_file.py",
        "json.dump(data, fh, indent=2, ensure_ascii=False)",
        "NumberReplacer",
        "the indentation is whitespace between JSON tokens: the file reads back the same and its"
        " checksum is over the data, not the text",
    ),
    (
        "mornings_desktop/sync/join_file.py",
        "raw = sys.stdin.buffer.read(MAX_JOIN_BYTES + 1)",
        "=raw = sys.stdin.buffer.read(MAX_JOIN_BYTES + 2)",
        "reading one byte more than the one that proves the input too large: still refused",
    ),
    (
        "mornings_desktop/sync/join_file.py",
        "raw = fh.read(MAX_JOIN_BYTES + 1)",
        "=raw = fh.read(MAX_JOIN_BYTES + 2)",
        "reading one byte more than the one that proves the file too large: still refused",
    ),
    (
        "mornings_desktop/sync/hub_revocations.py",
        "moment = now_utc().replace(microsecond=0)",
        "NumberReplacer",
        "the instant is written to the second (`strftime('%Y-%m-%dT%H:%M:%SZ')`): its"
        " microseconds, 0 or 1, never show",
    ),
    (
        "mornings_desktop/sync/hub_revocations.py",
        "@dataclass(frozen=True)",
        "ReplaceTrueWithFalse",
        "a `ChainRow` is built from a hub row and only read (never assigned to nor hashed):"
        " frozen only says so",
    ),
    (
        "mornings_desktop/sync/hub_revocations.py",
        "return [str(r[0]) for r in rows.fetchall()]",
        "=return [str(r[ -1]) for r in rows.fetchall()]",
        "one column selected (desk_id): [0] is [-1]",
    ),
    (
        "mornings_desktop/sync/hub_revocations.py",
        "return tuple(str(r[0]) for r in rows.fetchall())",
        "=return tuple(str(r[ -1]) for r in rows.fetchall())",
        "one column selected (digest): [0] is [-1]",
    ),
    (
        "mornings_desktop/sync/early.py",
        "after = 0",
        "=after = -1",
        "hub rows are numbered from 1: a scan after -1 returns the same rows as after 0",
    ),
    (
        "mornings_desktop/sync/early.py",
        "yield [int(r[0]) for r in part], [hub_wire.pulled_entry(r[1:10]) for r in part]",
        "=yield [int(r[0]) for r in part], [hub_wire.pulled_entry(r[1: 11]) for r in part]",
        "`_FETCH_SQL` selects 10 columns: r[1:11] is r[1:10]",
    ),
    (
        "mornings_desktop/sync/join_file.py",
        "@dataclass(frozen=True)",
        "ReplaceTrueWithFalse",
        "a `JoinFile` is read, compared and copied with `replace`, never assigned to nor hashed:"
        " frozen only says so",
    ),
    (
        "mornings_desktop/sync/pull.py",
        "BATCH = 1000  # rows fetched from the hub per query",
        "NumberReplacer",
        "how many rows one query fetches: a pull reads batch after batch until a short one, so"
        " the same rows are applied in the same order and the cursor ends on the same row",
    ),
    (
        "mornings_desktop/sync/pull.py",
        "if pending and not changed.retried:",
        "ReplaceAndWithOr",
        "the extra retries it makes are of nothing (no operation waits) or of what the trust"
        " step has just retried (what still waits waits again): the same rows, the same rooms",
    ),
    (
        "mornings_desktop/sync/pull.py",
        "with ws.db.write(durable=False) as session:",
        "ReplaceFalseWithTrue",
        "an fsync at each chunk's COMMIT: what is written, and when, are the same (the pull's"
        " end is made durable by the round; a lost chunk is pulled again, its cursor not moved)",
    ),
    (
        "mornings_desktop/sync/pull.py",
        "if start >= len(rows) or now - opened >= TX_MOST_S or waiting():",
        "ReplaceComparisonOperator_GtE_Gt",
        "two monotonic readings exactly TX_MOST_S apart: a transaction one chunk longer once in"
        " never (the test's clock steps by 1/16 s, never landing on 0.2)",
    ),
    (
        "mornings_desktop/sync/pull.py",
        "if len(rows) < batch:",
        "ReplaceComparisonOperator_Lt_Gt",
        "a short batch then reads once more: the hub answers no row, and the pull ends there with"
        " the same rows applied (the idle `touch` writes the time each chunk already wrote)",
    ),
    (
        "mornings_desktop/sync/hub_marks.py",
        "@dataclass(frozen=True)",
        "ReplaceTrueWithFalse",
        "a `Marks` is built from the hub's answer and only read (never assigned to; never hashed:"
        " its dict of marks would not hash): frozen only says so",
    ),
    (
        "mornings_desktop/sync/hub_wire.py",
        "if TYPE_CHECKING:",
        "AddNot",
        "`Changed` is only named in annotations (never evaluated): imported at run time too, from"
        " the module `take_trust` imports anyway",
    ),
    (
        "mornings_desktop/sync/hub_wire.py",
        "_CHUNK = 500",
        "NumberReplacer",
        "how many ids one UPDATE of `mark_pushed` names (SQLite takes thousands of parameters):"
        " every row is marked either way, in one statement more or fewer",
    ),
    (
        "mornings_desktop/sync/round_process.py",
        "if TYPE_CHECKING:",
        "AddNot",
        "`RoundResult` is only named in annotations (never evaluated): imported at run time too,"
        " the module it comes from is the one `serve` imports anyway",
    ),
    (
        "mornings_desktop/sync/round_process.py",
        "while time.monotonic() < deadline:",
        "ReplaceComparisonOperator_Lt_LtE",
        "a monotonic reading landing exactly on the deadline: one more poll of 50 ms, once in"
        " never",
    ),
    (
        "mornings_desktop/sync/round_process.py",
        "while writers.value > 0 and time.monotonic() < deadline:",
        "ReplaceComparisonOperator_Lt_LtE",
        "a monotonic reading landing exactly on the deadline: one more wait of 1 ms, once in never",
    ),
    (
        "mornings_desktop/sync/desk_revoke.py",
        "moment = now.astimezone(UTC).replace(microsecond=0)",
        "NumberReplacer",
        "the time is written to the second (`%Y-%m-%dT%H:%M:%SZ`) and compared with a held time"
        " that has no fraction: one microsecond never changes which second is written",
    ),
    (
        "mornings_desktop/sync/recovery.py::rotate",
        "org_records.keep_settings(session, value, settings, trusted_anchor=True)",
        "ReplaceTrueWithFalse",
        "the rotation's new settings name the recovery key that `recovery_signer` just found"
        " equal to the one held: replaced or not, the same key (export's is tested)",
    ),
    *(
        (path, line, "*", reason)
        for path, line, reason in (
            (
                "mornings_desktop/sync/pipeline.py",
                "BATCH = 1000  # entries of a bundle per batch",
                "a bundle's entries cut in other sizes: each is admitted once, in order, and the"
                " signatures of all batches are checked alike; only memory and overlap change",
            ),
            (
                "mornings_desktop/sync/round_process.py",
                "OPS_PER_MESSAGE = 2000",
                "the new operations sent in other pieces: the window joins them in order",
            ),
        )
    ),
    # Performance only: these mutants give the same tables and results, only slower or faster.
    *(
        (path, line, pattern, reason)
        for path, line, pattern, reason in (
            (
                "mornings_desktop/trust/signed_op.py",
                "@lru_cache(maxsize=4096)",
                "*",
                "the cache of parsed certificate keys: without it, or one entry larger or smaller,"
                " the same key is parsed again",
            ),
            (
                "mornings_desktop/trust/canonical.py",
                'if not raw.isascii() or b"\\\\u" in raw or raw.count(b"{") + raw.count(b"[") > max_depth:',
                "ReplaceComparisonOperator_Gt_GtE",
                "at exactly `max_depth` containers the plain path declines and the full check reads"
                " the same value or gives the same refusal",
            ),
            (
                "mornings_desktop/ledger/fold.py",
                "if transaction is not None and cached is not None and cached[0] is transaction:",
                "AddNot|ReplaceComparisonOperator_IsNot_Is|ReplaceComparisonOperator_Is_IsNot"
                "|NumberReplacer",
                "the cache of the transaction's connection misses: the same connection is"
                " fetched again (a session here has one transaction)",
            ),
            (
                "mornings_desktop/ledger/fold.py",
                "session.info[_SQLITE_KEY] = (session.get_nested_transaction() or"
                " session.get_transaction(), raw)",
                "ReplaceOrWithAnd",
                "the connection is kept under no transaction: the next call fetches it again"
                " (speed only)",
            ),
            (
                "mornings_desktop/ledger/fold.py",
                "if value is None or value is True or value is False:",
                "=if value is None or value is False or value is False:",
                _BOOLS_ARE_INTS,
            ),
            (
                "mornings_desktop/ledger/fold.py",
                "if value is None or value is True or value is False:",
                "=if value is None or value is True or value is True:",
                _BOOLS_ARE_INTS,
            ),
            (
                "mornings_desktop/ledger/fold.py",
                "if value is None or value is True or value is False:",
                "=if value is None or value is True and value is False:",
                _BOOLS_ARE_INTS,
            ),
            (
                "mornings_desktop/ledger/fold.py",
                'if callable(arg) or not getattr(c.default, "is_scalar", False):',
                "ReplaceFalseWithTrue",
                "every SQLAlchemy column default has `is_scalar`: the fallback is never read",
            ),
            (
                "mornings_desktop/ledger/fold.py",
                "row = dict(zip(self.columns, found, strict=True))",
                "ReplaceTrueWithFalse",
                "a row read by `select` or RETURNING has exactly the listed columns",
            ),
            (
                "mornings_desktop/ledger/rebuild.py",
                "_CHUNK = 500",
                "*",
                "how many digests each DELETE names: the same rows go (speed only)",
            ),
            (
                "mornings_desktop/ledger/rebuild.py",
                "while i < len(ops):",
                "ReplaceComparisonOperator_Lt_LtE",
                "one more turn at the end folds the empty slice `ops[len:len + 1]`",
            ),
            (
                "mornings_desktop/ledger/rebuild.py",
                "j = i + 1",
                "=j = i + 0",
                "starting at `i` itself, the run's first operation matches its own type: the same"
                " run",
            ),
            (
                "mornings_desktop/ledger/rebuild.py",
                "while j < len(ops) and ops[j].type == ops[i].type:",
                "ReplaceComparisonOperator_Lt_Gt",
                _BATCH_OR_ONE,
            ),
            (
                "mornings_desktop/ledger/rebuild.py",
                "batch = batch_handler_for(ops[i].type) if j - i > 1 else None",
                "*",
                _BATCH_OR_ONE,
            ),
            (
                "mornings_desktop/ledger/fold_batch.py",
                'won = {k: v for k, v in values.items() if stamps.get(k, "") < change.stamp}',
                "ReplaceComparisonOperator_Lt_LtE",
                "an equal stamp is the same operation again (a desk never stamps two alike): it"
                " writes the values it wrote (as in `fold.set_fields`)",
            ),
            (
                "mornings_desktop/ledger/fold_batch.py",
                "_CHUNK = 500  # ids per `IN (…)`",
                "*",
                "how many ids each SELECT names: the same rows (speed only)",
            ),
            (
                "mornings_desktop/ledger/fold_batch.py",
                "end = start + 1",
                "=end = start + 0",
                "starting at `start` itself, its own columns match: the same run",
            ),
            (
                "mornings_desktop/ledger/fold_batch.py",
                "while end < len(rows) and tuple(rows[end]) == keys:",
                "ReplaceComparisonOperator_Lt_Gt",
                "each new row in a statement of its own: the same rows (speed only)",
            ),
            (
                "mornings_desktop/ledger/fold_batch.py",
                "@dataclass(frozen=True)",
                "ReplaceTrueWithFalse",
                "nothing assigns to a `Change` once made",
            ),
            (
                "mornings_desktop/ledger/hlc.py",
                "if last is None or not is_reading(last) or remote > last:",
                "ReplaceComparisonOperator_Gt_GtE",
                "equal readings are the same text: returning either is the same",
            ),
            (
                "mornings_desktop/ledger/operation.py",
                "block_texts: dict[str, str] | None = field(default=None, compare=False, repr=False)",
                "ReplaceFalseWithTrue",
                "the texts of `personal`, made ahead when they could be: no code compares or prints"
                " envelopes (an operation compares and prints without its envelope)",
            ),
            (
                "mornings_desktop/ledger/ledger.py",
                "current = sqlite_connection(session).execute(_NEXT_SEQ_SQL, (desk_id, inc)).fetchone()[0]",
                "=current = sqlite_connection(session).execute(_NEXT_SEQ_SQL, (desk_id, inc)).fetchone()[ -1]",
                "the statement reads one column: the last is the first",
            ),
            (
                "mornings_desktop/ledger/ledger.py",
                "for given, op in zip(run, present, strict=True)",
                "ReplaceTrueWithFalse",
                "`present_blocks_many` gives one operation for each it is given",
            ),
            (
                "mornings_desktop/ledger/signed_store.py",
                "if digest is None or not personal_split.has_personal(op_type):",
                "ReplaceOrWithAnd",
                "an operation without digest, or of a type without personal values, has no block"
                " stored: the lookup finds none and the payload is the public one (one query more)",
            ),
            (
                "mornings_desktop/ledger/resign.py",
                'previous = (int(found[0]), str(found[1])) if found else (0, "")',
                '=previous = (int(found[0]), str(found[1])) if found else ( -1, "")',
                "no operation is numbered 0: neither 0 nor -1 is ever the number before one",
            ),
            (
                "mornings_desktop/ledger/signing.py",
                "@functools.lru_cache(maxsize=64)",
                "*",
                "the cache of resolved database paths: without it, or one entry more or less, the"
                " same path is resolved again",
            ),
            (
                "mornings_desktop/ledger/validate.py",
                'if text.count("[") + text.count("{") > MAX_DEPTH and _depth(text) > MAX_DEPTH:',
                '=if text.count("[") + text.count("{") >= MAX_DEPTH and _depth(text) > MAX_DEPTH:',
                "the count only spares the walk: a text of exactly MAX_DEPTH containers is at most"
                " MAX_DEPTH deep, refused by neither",
            ),
            (
                "mornings_desktop/ledger/signed_store.py",
                "_CHUNK = 500",
                "*",
                "how many ids each statement names: the same rows (speed only)",
            ),
            (
                "mornings_desktop/ledger/signed_store.py",
                "return None if row is None or row[0] is None else str(row[0])",
                "=return None if row is None or row[ -1] is None else str(row[0])",
                "the statement reads one column: the last is the first",
            ),
            (
                "mornings_desktop/ledger/signed_store.py",
                "return None if row is None or row[0] is None else str(row[0])",
                "=return None if row is None or row[0] is None else str(row[ -1])",
                "the statement reads one column: the last is the first",
            ),
            (
                "mornings_desktop/ledger/signed_store.py",
                "found.update(str(r[0]) for r in rows)",
                "=found.update(str(r[ -1]) for r in rows)",
                "the statement reads one column: the last is the first",
            ),
            (
                "mornings_desktop/ledger/validate.py",
                "if item is None or item is True or item is False:",
                "=if item is None or item is False or item is False:",
                _BOOLS_ARE_INTS,
            ),
            (
                "mornings_desktop/ledger/validate.py",
                "if item is None or item is True or item is False:",
                "=if item is None or item is True or item is True:",
                _BOOLS_ARE_INTS,
            ),
            (
                "mornings_desktop/ledger/validate.py",
                "if item is None or item is True or item is False:",
                "=if item is None or item is True and item is False:",
                _BOOLS_ARE_INTS,
            ),
            (
                "mornings_desktop/ledger/validate.py",
                'raise Malformed(f"payload holds a fraction ({text[:20]})")',
                "NumberReplacer",
                "how much of the offending text a refusal quotes: the message's wording",
            ),
            (
                "mornings_desktop/ledger/validate.py",
                'raise Malformed(f"payload repeats the key {dup[:40]!r}")',
                "NumberReplacer",
                "how much of the offending text a refusal quotes: the message's wording",
            ),
            (
                "mornings_desktop/ledger/handlers/mail.py",
                "elif op.stamp > current:",
                "ReplaceComparisonOperator_Gt_GtE",
                _SAME_OP,
            ),
            (
                "mornings_desktop/ledger/handlers/privacy.py",
                'if state != "erased" or (row.at, row.desk_id) <= (op.hlc, op.desk_id):',
                "ReplaceComparisonOperator_LtE_Lt",
                _SAME_OP + " (a desk's clock never reads the same instant twice)",
            ),
            (
                "mornings_desktop/ledger/handlers/privacy.py",
                "elif row is not None and row.stamp >= stamp:",
                "ReplaceComparisonOperator_GtE_Gt",
                _SAME_OP,
            ),
            (
                "mornings_desktop/ledger/handlers/privacy.py",
                "if current is not None and current >= op.stamp:",
                "ReplaceComparisonOperator_GtE_Gt",
                _SAME_OP,
            ),
            (
                "mornings_desktop/ledger/handlers/people.py",
                '"name_key": name_key(fields.get("first_name"), fields.get("last_name")) or None,',
                "ReplaceOrWithAnd",
                "a new row without its name key gets it from `_refresh_keys` right after, in the"
                " same transaction (one UPDATE more)",
            ),
            (
                "mornings_desktop/ledger/handlers/people.py",
                "if len(ops) == 1:",
                "=if len(ops) == 0:",
                _BATCH_OR_ONE,
            ),
            (
                "mornings_desktop/ledger/handlers/people.py",
                "apply_person(session, ops[0])",
                "=apply_person(session, ops[ -1])",
                "a group of one: its last operation is its first",
            ),
            (
                "mornings_desktop/ledger/handlers/registrations.py",
                "if len(ops) == 1:",
                "=if len(ops) == 0:",
                _BATCH_OR_ONE,
            ),
            (
                "mornings_desktop/ledger/handlers/registrations.py",
                "apply_registration(session, ops[0])",
                "=apply_registration(session, ops[ -1])",
                "a group of one: its last operation is its first",
            ),
            (
                "mornings_desktop/services/checkin.py",
                "def __init__(self, ws: Workspace, morning_id: str, *, load_handlers_now: bool = True) -> None:",
                "ReplaceTrueWithFalse",
                _HANDLERS_WHEN,
            ),
            (
                "mornings_desktop/services/checkin.py::__init__",
                "if (",
                "AddNot",
                _HANDLERS_WHEN,
            ),
            (
                "mornings_desktop/services/checkin_history.py",
                "@dataclass(frozen=True)",
                "ReplaceTrueWithFalse",
                "nothing assigns to a history row once made",
            ),
            (
                "mornings_desktop/trust/ed25519_check.py",
                "@lru_cache(maxsize=4096)",
                "*",
                "the cache of parsed public keys: without it, or one entry more or less, the same"
                " text is decoded again",
            ),
            (
                "mornings_desktop/trust/ed25519_check.py",
                'raw = base64.b64decode(text.encode("ascii"), validate=True)',
                "ReplaceTrueWithFalse",
                "the round trip `b64encode(raw) != text` below refuses any character a lenient"
                " decoder skips (tests/unit/trust/test_ed25519_check.py)",
            ),
            (
                "mornings_desktop/sync/admission.py",
                "if self.validated and op.envelope is not None:",
                "ReplaceComparisonOperator_IsNot_Is",
                "a passed entry always has its envelope: the check is made again, with the same"
                " answer (speed only)",
            ),
            (
                "mornings_desktop/sync/admission.py",
                "return env.public if env is not None and not env.personal else None",
                "ReplaceComparisonOperator_IsNot_Is",
                "no canonical text given: the payload is encoded again, to the same text (speed"
                " only)",
            ),
            (
                "mornings_desktop/sync/admission.py",
                "if not blocks:",
                "ReplaceUnaryOperator_Delete_Not",
                "block texts made ahead or not: each block is stored as the same canonical text"
                " (speed only)",
            ),
            (
                "mornings_desktop/sync/admission.py",
                "if start < 0 or not body_text.endswith(tail):  # an escape in `prev` or `type`:"
                " not here",
                "*",
                "a signed body (canonical, checked) always holds the payload key after its first"
                " character and ends with its `prev` and `type` unescaped: every mutant either"
                " encodes the payload again, to the text cut from the body, or cuts it the same"
                " (speed only)",
            ),
            (
                "mornings_desktop/sync/admission.py",
                "validated: bool = False",
                "ReplaceFalseWithTrue",
                "`result()` sets it before it returns the `Checked` it made (the only one)",
            ),
            (
                "mornings_desktop/sync/admission.py",
                "out.validated = True",
                "ReplaceTrueWithFalse",
                "a passed operation is then checked again, with the same answer (speed only)",
            ),
            (
                "mornings_desktop/sync/admission.py",
                "if self.validated and op.envelope is not None:",
                "AddNot|ReplaceAndWithOr",
                "a passed entry always has its envelope and `result()` always validated it: checked again or read from `malformed`, the same answer (speed only)",
            ),
            (
                "mornings_desktop/sync/admission.py::problem",
                "except validate.Malformed as exc:",
                "ExceptionReplacer",
                "reached only for an operation `result()` did not validate, which none is",
            ),
            (
                "mornings_desktop/sync/admission.py",
                "except canonical.CanonicalError:",
                "ExceptionReplacer",
                "the blocks were decoded from canonical text and checked against their commitment: they always encode",
            ),
            (
                "mornings_desktop/sync/admission.py",
                "revoked = bool(passed) and _any_revocation(session)",
                "ReplaceAndWithOr",
                "with nothing passed, the check built for a held revocation has nothing to keep aside (speed only)",
            ),
            (
                "mornings_desktop/trust/op_check.py",
                "@property",
                "RemoveDecorator",
                "a `Protocol`'s members: read only by type checkers, never at run time",
            ),
            (
                "mornings_desktop/trust/op_check.py",
                "if not 0 <= signer < len(certs):",
                "ReplaceComparisonOperator_Lt_LtE",
                "the signature check names an index of `certs` or -1, never `len(certs)`",
            ),
            (
                "mornings_desktop/ledger/fold.py",
                "@functools.cache",
                "*",
                "the statements are rebuilt on each call instead of once per table",
            ),
            (
                "mornings_desktop/ledger/fold.py",
                "_loaded = True",
                "*",
                "importing the handler modules again finds them in sys.modules",
            ),
            (
                "mornings_desktop/ledger/handlers/registrations.py",
                "if len(rows) == 1:",
                "=if len(rows) == 0:",
                "one row through executemany is the same insert",
            ),
            (
                "mornings_desktop/ledger/handlers/registrations.py",
                "conn.execute(_CHECKIN_SQL, rows[0])",
                "=conn.execute(_CHECKIN_SQL, rows[ -1])",
                "the only row is rows[0] and rows[-1]",
            ),
            (
                "mornings_desktop/ledger/handlers/people.py",
                "changed = False",
                "*",
                "a payload not redacted is written back as the same canonical text",
            ),
            (
                "mornings_desktop/ledger/hlc.py",
                "if last is None or remote > last:",
                "ReplaceComparisonOperator_Gt_GtE",
                "an equal reading is the same text either way",
            ),
            (
                "mornings_desktop/ledger/ledger.py",
                "_KNOWN_CHUNK = 500  # op_ids per `IN (…)` query",
                "*",
                "another chunk size finds the same known op ids",
            ),
            *(
                (
                    "mornings_desktop/ledger/ledger.py",
                    line,
                    "=" + line.replace("[0]", "[ -1]"),
                    "a one-column row: [0] is [-1]",
                )
                for line in (
                    "return None if found is None else str(found[0])",
                    "current = sqlite_connection(session).execute(_NEXT_SEQ_SQL, (desk_id,)).fetchone()[0]",
                    "found = conn.execute(_NEXT_SEQ_SQL, (desk_id,)).fetchone()[0]",
                    "found.update(str(r[0]) for r in rows)",
                )
            ),
            (
                "mornings_desktop/ledger/ledger.py",
                "defer_clock: bool = False",
                "*",
                "`load` always passes it",
            ),
            (
                "mornings_desktop/ledger/ledger.py",
                "_unsaved: bool = False",
                "*",
                "a save with nothing recorded writes the clock it read, unchanged",
            ),
            (
                "mornings_desktop/ledger/ledger.py",
                "if self._unsaved and self.last_hlc is not None:",
                "ReplaceAndWithOr",
                "a save with nothing recorded writes the clock it read, unchanged",
            ),
            (
                "mornings_desktop/ledger/ledger.py",
                "self._unsaved = False",
                "*",
                "a second save writes the same clock again",
            ),
            (
                "mornings_desktop/ledger/ledger.py",
                "conn = cursor.conn if cursor.conn is not None else sqlite_connection(session)",
                "*",
                "`DeskCursor.load` always sets `conn`, the transaction's own connection, which"
                " `sqlite_connection` returns too",
            ),
            (
                "mornings_desktop/ledger/ledger.py",
                "j = i + 1",
                "=j = i + 0",
                "the run then starts by comparing the first operation with itself",
            ),
            (
                "mornings_desktop/ledger/ledger.py",
                "while j < len(fresh) and fresh[j].type == op_type:",
                "ReplaceComparisonOperator_Lt_Gt",
                "runs of one are folded one at a time: the same tables (test_ingest_batch)",
            ),
            (
                "mornings_desktop/ledger/ledger.py",
                "batch = batch_handler_for(op_type) if j - i > 1 else None",
                "*",
                "a batch handler folds one operation as its single handler does, and one at a"
                " time gives the same tables as a batch",
            ),
        )
    ),
)

# Code no test can reach, by (path glob, its first line, its last line, why): every mutant in it
# is equivalent. Issue 13 item 3 removes this fallback.
DEAD: tuple[tuple[str, str, str, str], ...] = (
    (
        "mornings_desktop/services/checkin*.py",
        "from mornings_desktop.services.registrations import add_person, add_registration",
        "walk_in=True,",
        "walk_in's fallback: `services.registrations.register_walk_in` always exists",
    ),
)

_LOGGING = re.compile(r"\b(log|logger|logging)\.(debug|info|warning|error|exception|critical)\(")
_PRAGMA = re.compile(r"#.*pragma:.*no mutate")


@dataclass
class Mutant:
    path: str  # relative to ROOT
    operator: str
    occurrence: int
    start: tuple[int, int]
    end: tuple[int, int]
    source: str = ""  # the mutated module
    before: str = ""  # the first changed line, before and after
    after: str = ""
    tests: list[str] = field(default_factory=list)
    key: str = ""
    at_import: bool = False  # the mutated code runs when the module is imported
    fresh: bool = False  # the mutated code ran in the warm parent: test it with a fresh import
    verdict: str = ""  # killed, timeout, survived, uncovered, skipped, incompetent
    why: str = ""
    seconds: float = 0.0  # the selected tests' time in the coverage pass
    cpu: float = 0.0  # CPU seconds its test process used
    per_test: float = 60.0  # pytest-timeout for each test (a mutant that loops fails its test)


# -- which mutants -------------------------------------------------------------------------------


def module_files(targets: tuple[Target, ...]) -> list[str]:
    found: dict[str, None] = {}
    for target in targets:
        for pattern in target.modules:
            for name in sorted(glob.glob(pattern, root_dir=ROOT)):
                if target.holds(name):
                    found[name] = None
    return list(found)


def test_files(targets: tuple[Target, ...], module: str | None = None) -> list[str]:
    found: dict[str, None] = {}
    for target in targets:
        if module is not None and not _of(target, module):
            continue
        for pattern in target.tests:
            for name in sorted(glob.glob(pattern, root_dir=ROOT)):
                if target.holds(name):
                    found[name] = None
    return list(found)


def importers(module: str) -> set[str]:
    """The project's modules that import `module`, directly or through others (by its name in
    their text: a wide net is fine, it only chooses tests)."""
    stem = Path(module).stem
    if stem == "__init__":
        return set()
    names = sorted(glob.glob("mornings_desktop/**/*.py", root_dir=ROOT, recursive=True))
    texts = {n: _read(n) for n in names}
    found: set[str] = set()
    wanted = [stem]
    while wanted:
        word = re.compile(rf"\b{re.escape(wanted.pop())}\b")
        for name, text in texts.items():
            if name != module and name not in found and word.search(text):
                found.add(name)
                if Path(name).stem != "__init__":
                    wanted.append(Path(name).stem)
    return found


def _annotation_spans(source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    spans = []
    for node in ast.walk(ast.parse(source)):
        notes: list[ast.expr | None] = []
        if isinstance(node, ast.arg):
            notes.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            notes.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            notes.append(node.annotation)
        for note in notes:
            if note is not None and note.end_lineno is not None and note.end_col_offset is not None:
                spans.append(
                    ((note.lineno, note.col_offset), (note.end_lineno, note.end_col_offset))
                )
    return spans


def _function_rows(source: str) -> dict[int, str]:
    """{row: the name of the innermost function whose body holds it}."""
    rows: dict[int, str] = {}
    nodes = [
        n
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
    ]
    for node in sorted(nodes, key=lambda n: n.lineno):  # inner functions start later: they win
        rows.update(
            dict.fromkeys(
                range(node.body[0].lineno, (node.end_lineno or node.lineno) + 1), node.name
            )
        )
    return rows


def _runtime_rows(source: str) -> set[int]:
    """Rows inside a function body; every other row runs when the module is imported."""
    rows: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            body = node.body if isinstance(node.body, list) else [node.body]
            rows.update(range(body[0].lineno, (node.end_lineno or body[0].lineno) + 1))
    return rows


def enumerate_mutants(paths: list[str]) -> list[Mutant]:
    from cosmic_ray.ast import ast_nodes, get_ast_from_path
    from cosmic_ray.mutating import mutate_code
    from cosmic_ray.plugins import get_operator

    operators = [(name, get_operator(name)()) for name in OPERATORS]
    mutants: list[Mutant] = []
    for path in paths:
        source = (ROOT / path).read_text(encoding="utf-8")
        lines = source.splitlines()
        notes = _annotation_spans(source)
        runtime = _runtime_rows(source)
        functions = _function_rows(source)
        dead: dict[int, str] = {}
        for pattern, first, last, reason in DEAD:
            if not fnmatch.fnmatch(path, pattern):
                continue
            stripped = [line.strip() for line in lines]
            if first in stripped:
                a = stripped.index(first)
                b = stripped.index(last, a)
                dead.update(dict.fromkeys(range(a + 1, b + 2), reason))
        tree = get_ast_from_path(ROOT / path)
        nodes = list(ast_nodes(tree))
        for name, operator in operators:
            positions = [p for node in nodes for p in operator.mutation_positions(node)]
            for occurrence, (start, end) in enumerate(positions):
                m = Mutant(path, name, occurrence, tuple(start), tuple(end))  # type: ignore[arg-type]
                m.at_import = start[0] not in runtime
                text = "\n".join(lines[start[0] - 1 : end[0]])
                # cosmic-ray columns are 0-based like `ast`'s; rows are 1-based in both.
                if any(s <= m.start and m.end <= e for s, e in notes):
                    continue  # inside a type annotation: never evaluated
                if name.startswith(_BIN + "Mul_") and lines[start[0] - 1][start[1] :].startswith(
                    "*,"
                ):
                    continue  # the keyword-only marker of a parameter list, not a product
                if _PRAGMA.search(text) or _LOGGING.search(text):
                    m.verdict, m.why = "skipped", "pragma or logging"
                if start[0] in dead:
                    m.verdict, m.why = "skipped", f"equivalent: dead code, {dead[start[0]]}"
                try:
                    mutated = mutate_code(source, operator, occurrence)
                except AttributeError:  # cosmic-ray's ExceptionReplacer on `except (A, B)` forms
                    continue
                if mutated is None or mutated == source:
                    continue
                m.source = mutated
                old, new = _changed_line(source, mutated)
                m.before, m.after = old, new
                for pattern, line, op_name, reason in EQUIVALENT:
                    glob_, _, function = pattern.partition("::")
                    if (
                        fnmatch.fnmatch(path, glob_)
                        and (not function or functions.get(start[0]) == function)
                        and old.strip() == line
                        and _matches(op_name, name, new)
                    ):
                        m.verdict, m.why = "skipped", f"equivalent: {reason}"
                mutants.append(m)
    return mutants


def _matches(pattern: str, operator: str, mutated_line: str) -> bool:
    """`*`: any mutant of the line; `=text`: the mutant that makes the line `text`; else
    operator names (without `core/`), separated by `|`."""
    if pattern == "*":
        return True
    if pattern.startswith("="):
        return mutated_line.strip() == pattern[1:]
    return operator.removeprefix("core/") in pattern.split("|")


def _changed_line(original: str, mutated: str) -> tuple[str, str]:
    a, b = original.splitlines(), mutated.splitlines()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            # Comment lines are left out: a removed decorator's diff may take the comment above.
            return (
                " / ".join(x.strip() for x in a[i1:i2] if x.strip() and x.strip()[0] != "#"),
                " / ".join(x.strip() for x in b[j1:j2] if x.strip() and x.strip()[0] != "#"),
            )
    return ("", "")


# -- coverage: which test executes which line ---------------------------------------------------


def _digest(*parts: str) -> str:
    h = hashlib.sha256(VERSION.encode())
    for part in parts:
        h.update(b"\0" + part.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:24]


def _read(path: str) -> str:
    return (ROOT / path).read_text(encoding="utf-8")


def _harness_sources(test: str) -> list[str]:
    """What, besides the test file itself, decides which tests there are and how they run: the
    conftest files above it and the project's pytest settings."""
    names = ["pyproject.toml", "tests/conftest.py"]
    folder = Path(test).parent
    while folder.parts and folder != Path("tests"):
        if (ROOT / folder / "conftest.py").exists():
            names.append(str(folder / "conftest.py"))
        folder = folder.parent
    return names


def _coverage_file(test: str) -> Path:
    """Where the coverage of one test file is kept: keyed by the pytest arguments, the test file's
    text and its conftest files (a new or changed test file is covered again, the others are
    not). Which module texts it was taken on is kept inside (`_covers`)."""
    texts = [_read(n) for n in _harness_sources(test)]
    return STATE / "coverage" / f"{_digest(*PYTEST_ARGS, test, _read(test), *texts)}.json"


def _covers(data: dict[str, Any], sources: dict[str, str]) -> bool:
    """Whether a test file's kept coverage still answers for the modules of `sources` ({module:
    digest of its text}): each was covered, and a module changed since is one this file never
    executed (an edit to `sync/pull.py` covers again only the test files that ran `pull.py`; an
    edit outside the mutated modules covers nothing again — `--fresh` does)."""
    kept: dict[str, str] = data.get("sources", {})
    for module, digest in sources.items():
        if module not in kept:
            return False
        if kept[module] != digest and data["lines"].get(module):
            return False
    return True


def coverage_map(
    modules: list[str], tests: list[str], fresh: bool, also: tuple[str, ...] = ()
) -> tuple[dict[str, dict[int, set[str]]], dict[str, float], set[str], set[str]]:
    """{module: {line: {test node ids}}}, {node id: seconds}, the `pg` node ids and the tests
    that failed without any mutant (none is selected). Cached per test file: only the test files
    whose kept coverage is missing or stale (`_covers`) run, in one pass. The lines of the
    modules `also` are read from what the passes recorded, where they did. A pass covers the
    modules `also` too (every target's, not only those `--only` names): what it keeps then
    answers for a later run of other modules, or of all of them, without a pass of its own."""
    sources = {m: _digest(_read(m)) for m in modules}
    every = {**sources, **{m: _digest(_read(m)) for m in also}}
    (STATE / "coverage").mkdir(exist_ok=True)
    per_file: dict[str, dict[str, Any]] = {}
    missing: list[str] = []
    # Named before the pass from the texts read now: a test file edited while the pass runs is
    # covered as pytest read it, and kept under the text it had then (covered again next run).
    where = {test: _coverage_file(test) for test in tests}
    for test in tests:
        path = where[test]
        data = None if fresh or not path.exists() else json.loads(path.read_text())
        if data is None or not _covers(data, sources):
            missing.append(test)
        else:
            per_file[test] = data
    if missing:
        print(
            f"coverage pass over {len(missing)} test files ({len(per_file)} from the cache)…",
            flush=True,
        )
        per_file.update(_cover([*modules, *also], missing, every, where))
    lines: dict[str, dict[int, set[str]]] = {m: {} for m in (*modules, *also)}
    durations: dict[str, float] = {}
    pg: set[str] = set()
    failed: set[str] = set()
    for data in per_file.values():
        for module in lines:
            for row, ids in data["lines"].get(module, {}).items():
                lines[module].setdefault(int(row), set()).update(ids)
        durations.update(data["durations"])
        pg.update(data["pg"])
        failed.update(data.get("failed", ()))
    return lines, durations, pg, failed


def _cover(
    modules: list[str], tests: list[str], sources: dict[str, str], where: dict[str, Path]
) -> dict[str, dict[str, Any]]:
    """Run `tests` once under coverage of `modules`; keep and return each test file's part."""
    # Named per run: two runs scoped to different targets may cover at the same time.
    out = STATE / f"coverage-pass-{os.getpid()}.json"
    out.unlink(missing_ok=True)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 3
        try:
            code = _coverage_child(modules, tests, out)
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    # 1: some tests failed (named in the pass's data); 5: no test selected in these files.
    data = json.loads(out.read_text()) if out.exists() else {}
    if code not in (0, 1, 5) or not data or (code == 1 and not data["failed"]):
        sys.exit(f"the coverage pass failed (pytest exit {code}) (log: {out.with_suffix('.log')})")
    out.unlink()
    if data["failed"]:
        # A test that fails without any mutant kills nothing: left out (named here) until its
        # file changes.
        print(f"  failing without any mutant, left out: {', '.join(data['failed'])}", flush=True)
    return store_coverage(data, tests, sources, where)


def store_coverage(
    data: dict[str, Any], tests: list[str], sources: dict[str, str], where: dict[str, Path]
) -> dict[str, dict[str, Any]]:
    """Split one pass's coverage by test file and keep each part (`_coverage_file`)."""
    parts: dict[str, dict[str, Any]] = {
        t: {"sources": sources, "lines": {}, "durations": {}, "pg": []} for t in tests
    }

    def part(node: str) -> dict[str, Any] | None:
        return parts.get(node.split("::")[0])

    for module, by_line in data["lines"].items():
        for row, ids in by_line.items():
            for node in ids:
                found = part(node)
                if found is not None:
                    found["lines"].setdefault(module, {}).setdefault(row, []).append(node)
    for node, seconds in data["durations"].items():
        found = part(node)
        if found is not None:
            found["durations"][node] = seconds
    for name in ("pg", "failed"):
        for node in data.get(name, ()):
            found = part(node)
            if found is not None:
                found.setdefault(name, []).append(node)
    for test, found in parts.items():  # a failing test stays left out until its file changes
        where[test].write_text(json.dumps(found))
    return parts


def _coverage_child(modules: list[str], tests: list[str], out: Path) -> int:
    import coverage
    import pytest

    log = os.open(out.with_suffix(".log"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(log, 1)
    os.dup2(log, 2)
    cov = coverage.Coverage(
        data_file=None, include=[str(ROOT / m) for m in modules], config_file=False
    )
    durations: dict[str, float] = {}
    pg: list[str] = []
    failed: list[str] = []

    class Contexts:
        @pytest.hookimpl(hookwrapper=True)
        def pytest_runtest_protocol(self, item: Any) -> Any:
            if item.get_closest_marker("pg") is not None:
                pg.append(item.nodeid)
            cov.switch_context(item.nodeid)
            yield
            cov.switch_context("")

        def pytest_runtest_logreport(self, report: Any) -> None:
            durations[report.nodeid] = durations.get(report.nodeid, 0.0) + report.duration
            if report.failed:
                failed.append(report.nodeid)

    cov.start()
    code = int(pytest.main([*PYTEST_ARGS, *tests], plugins=[Contexts()]))
    cov.stop()
    data = cov.get_data()
    lines: dict[str, dict[int, list[str]]] = {}
    for module in modules:
        by_line = data.contexts_by_lineno(str(ROOT / module))
        lines[module] = {n: sorted(c) for n, c in by_line.items()}
    out.write_text(json.dumps({"lines": lines, "durations": durations, "pg": pg, "failed": failed}))
    return code


OWN_LIMIT = 4  # a module's own test files: up to 4 x the limit of covering tests


def select_tests(
    mutant: Mutant,
    lines: dict[int, set[str]],
    durations: dict[str, float],
    allowed: set[str],
    limit: int,
    refused: frozenset[str] = frozenset(),
    pg: frozenset[str] = frozenset(),
    pg_limit: int = 0,
) -> list[str]:
    """The tests that execute the mutated lines (import-time lines: every test of the module),
    at most `limit` of them, fastest first: a killed mutant stops at its first failure, and a
    survivor costs at most `limit` tests however many others run the line (every test runs
    `fold.apply`). A mutant only a slower test kills shows as a survivor: an example test is
    then the fix."""
    found: set[str] = set()
    if mutant.at_import:
        found = set().union(*lines.values()) if lines else set()
    else:
        first, last = mutant.start[0], max(mutant.end[0], mutant.start[0])
        for row in range(first, last + 1):
            found |= lines.get(row, set())
        row = first
        while not found and row > max(1, first - 15):
            row -= 1  # a line inside a statement that coverage records on an earlier line
            found |= lines.get(row, set())
    wider = 4 if mutant.at_import else 1
    # The module's own test files (`test_pull*.py` for `pull.py`) run beyond the limits (up to
    # `OWN_LIMIT` times `limit` more): its rules are checked there, among the hundreds of tests
    # that merely run its code (every round runs the pull); a parametrized boundary test of its
    # own counts one per case (`test_join_file_unit.py` holds 31), so one `limit` left some out.
    stem = f"test_{Path(mutant.path).stem}"
    # Code that runs at import (a dataclass's `frozen=True`, a constant) is checked by tests that
    # may execute none of the module's lines (assigning to a frozen field runs the dataclass's
    # generated code): every test of the module's own files is taken.
    pool = found | set(durations) if mutant.at_import else found
    mine = {t for t in pool if Path(t.split("::")[0]).name.startswith(stem)}
    found -= mine
    room = [limit * wider * OWN_LIMIT]

    def own(where: Callable[[str], bool]) -> list[str]:
        got = _in_turns([t for t in mine if where(t)], durations, allowed, refused, room[0])
        room[0] -= len(got)
        return got

    # The tests without PostgreSQL first (a pg test makes a database: seconds each), then at
    # most `pg_limit` pg tests for what they alone execute.
    quick = _in_turns([t for t in found if t not in pg], durations, allowed, refused, limit * wider)
    slow = _in_turns(
        [t for t in found if t in pg],
        durations,
        allowed,
        refused,
        min(limit * wider - len(quick), (pg_limit or limit) * wider),
    )
    return own(lambda t: t not in pg) + quick + own(lambda t: t in pg) + slow


def _in_turns(
    found: list[str],
    durations: dict[str, float],
    allowed: set[str],
    refused: frozenset[str],
    n: int,
) -> list[str]:
    """At most `n` of `found`, fastest first, taken in turns from each test file: the killers of
    a mutant often sit in one file (the merge rules, the scan results) that the fastest tests
    overall would crowd out. Code that runs at import (a decorator, a constant, a default) is
    used everywhere but often checked by one test: its callers pass a wider `n`."""
    by_file: dict[str, list[str]] = {}
    for t in sorted(found, key=lambda t: (durations.get(t, 0.0), t)):
        if t and t.split("::")[0] in allowed and t not in refused:
            by_file.setdefault(t.split("::")[0], []).append(t)
    chosen: list[str] = []
    for turn in itertools.zip_longest(*by_file.values()):
        chosen.extend(t for t in turn if t is not None)
    return sorted(chosen[: max(n, 0)], key=lambda t: (durations.get(t, 0.0), t))


# -- running one mutant -------------------------------------------------------------------------


class _Serve(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Import hook: the mutated module comes from memory; the file on disk is never touched."""

    def __init__(self, name: str, path: Path, source: str) -> None:
        self.name, self.path, self.source = name, path, source

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        is_package = self.path.name == "__init__.py"
        return importlib.util.spec_from_file_location(
            fullname,
            self.path,
            loader=self,
            submodule_search_locations=[str(self.path.parent)] if is_package else None,
        )

    def create_module(self, spec: Any) -> None:
        return None

    def exec_module(self, module: Any) -> None:
        exec(compile(self.source, str(self.path), "exec", dont_inherit=True), module.__dict__)


def _purge_project_modules() -> None:
    for name in list(sys.modules):
        if name.split(".")[0] in ("mornings_desktop", "tests"):
            del sys.modules[name]


def _module_name(path: str) -> str:
    parts = list(Path(path).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


# Functions of the mutated modules alive in the warm parent, by file (filled by `_warm_up`).
_FUNCTIONS: dict[str, list[types.FunctionType]] = {}


def _warm_up(modules: list[str], tests: list[str]) -> dict[str, set[int]]:
    """Import the project and every selected test module once (a collect-only run), so that a
    test process forked from here only collects and runs; index the functions by file. Returns
    the lines this ran (under coverage): a mutant there needs a fresh import, since what they
    did (handler tables, test parameters built at collection) outlives a swap of code."""
    import coverage
    import pytest

    cov = coverage.Coverage(
        data_file=None, include=[str(ROOT / m) for m in modules], config_file=False
    )
    saved = os.dup(1), os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    cov.start()
    try:
        from mornings_desktop.ledger import fold

        fold.load_handlers()
        code = pytest.main(["--collect-only", *PYTEST_ARGS, *tests])
    finally:
        cov.stop()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
    if code != 0:
        sys.exit(f"collecting the tests failed (pytest exit {code})")
    wanted = {str(ROOT / m) for m in modules}
    for obj in gc.get_objects():
        if isinstance(obj, types.FunctionType) and obj.__code__.co_filename in wanted:
            _FUNCTIONS.setdefault(obj.__code__.co_filename, []).append(obj)
    data = cov.get_data()
    return {m: set(data.lines(str(ROOT / m)) or ()) for m in modules}


def _swap_code(path: str, source: str) -> bool:
    """Give every function of the already imported module `path` the code compiled from the
    mutated `source` (same names, same lines): every reference to them — imports elsewhere,
    handler tables, closures — runs the mutant. False if a function has no counterpart."""
    compiled = compile(source, path, "exec", dont_inherit=True)
    by_name: dict[tuple[str, int], types.CodeType] = {}
    stack = [compiled]
    while stack:
        code = stack.pop()
        by_name.setdefault((code.co_qualname, code.co_firstlineno), code)
        stack.extend(c for c in code.co_consts if isinstance(c, types.CodeType))
    for function in _FUNCTIONS.get(path, []):
        new = by_name.get((function.__code__.co_qualname, function.__code__.co_firstlineno))
        if new is None or len(new.co_freevars) != len(function.__code__.co_freevars):
            return False
        function.__code__ = new
    return True


def _start(mutant: Mutant, log: Path | None = None) -> int:
    """A test process for `mutant`, its output to `log` (none: discarded)."""
    pid = os.fork()
    if pid:
        return pid
    code = 3  # pragma: no cover - the child
    try:
        os.setpgid(0, 0)
        out = os.open(log or os.devnull, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(out, 1)
        os.dup2(out, 2)
        try:
            compile(mutant.source, mutant.path, "exec", dont_inherit=True)
        except SyntaxError:
            os._exit(97)
        import pytest

        name, path = _module_name(mutant.path), str(ROOT / mutant.path)
        # A mutant inside a function body: swap the code of the warm module's functions. Code
        # that runs at import (or a module not imported yet): import the project afresh, with
        # the mutated module served from memory.
        if mutant.fresh or name not in sys.modules or not _swap_code(path, mutant.source):
            if name in sys.modules:
                _purge_project_modules()
            sys.meta_path.insert(0, _Serve(name, ROOT / mutant.path, mutant.source))

        class Killer:
            """Writes the first test that fails (the killer: `_killer_key`), and notes a test
            module that no longer loads."""

            broken = False

            def pytest_runtest_logreport(self, report: Any) -> None:
                path = _killer_file(os.getpid())
                if report.failed and not path.exists():
                    path.parent.mkdir(parents=True, exist_ok=True)  # a test process of any kind
                    path.write_text(report.nodeid)

            def pytest_collectreport(self, report: Any) -> None:
                self.broken = self.broken or bool(report.failed)

        killer = Killer()
        code = int(
            pytest.main(
                ["-x", f"--timeout={mutant.per_test:.0f}", *PYTEST_ARGS, *mutant.tests],
                plugins=[killer],
            )
        )
        # A mutant that breaks a test module as it loads (code the module runs at import, such
        # as a table of codes made with `codes._mac`): with `-x` pytest stops collecting and then
        # finds no collector for the node ids it was given (exit 4). Killed, as exit 2 would be.
        if code == 4 and killer.broken:
            code = 2
    finally:
        os._exit(code)


def _killer_file(pid: int) -> Path:
    return STATE / "killers" / str(pid)


def _killer_key(m: Mutant) -> str:
    return "killer:" + mutant_key(m)


def _test_text_digest(node: str) -> str:
    """The text a test's verdict depends on: its file and the conftest files above it."""
    test = node.split("::")[0]
    if not (ROOT / test).exists():
        return ""
    return _digest(test, _read(test), *(_read(n) for n in _harness_sources(test)))


def killed_before(m: Mutant, cache: dict[str, str], covering: set[str]) -> str:
    """The test that killed this very mutant in an earlier run, if it still executes the mutated
    line and neither its file nor its conftest files changed since (else ""): the mutant stays
    killed whatever other tests the selection takes now (it takes the fastest, and timings vary
    from run to run: keyed by the whole selection, a killed mutant ran again for nothing)."""
    kept = cache.get(_killer_key(m), "")
    node, _, digest = kept.partition("\t")
    if node and node in covering and digest == _test_text_digest(node):
        return node
    return ""


def run(mutants: list[Mutant], jobs: int, cache: dict[str, str], stop_at: float) -> None:
    pending = [m for m in mutants if not m.verdict]
    running: dict[int, tuple[Mutant, float, float]] = {}
    (STATE / "killers").mkdir(parents=True, exist_ok=True)
    try:
        _run(pending, running, jobs, cache, stop_at)
    finally:
        for pid in running:  # interrupted: leave no test process behind
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)


def _run(
    pending: list[Mutant],
    running: dict[int, tuple[Mutant, float, float]],
    jobs: int,
    cache: dict[str, str],
    stop_at: float,
) -> None:
    done = 0
    total = len(pending)
    while pending or running:
        if time.monotonic() > stop_at and pending:
            print(f"  time is up: {len(pending)} mutants left for the next run", flush=True)
            for m in pending:
                m.verdict = "not run"
            pending.clear()
        while pending and len(running) < jobs:
            m = pending.pop(0)
            timeout = 120.0 + 5.0 * m.seconds  # a backstop: pytest-timeout stops a loop first
            running[_start(m)] = (m, time.monotonic(), timeout)
        time.sleep(0.01)
        for pid, (m, started, timeout) in list(running.items()):
            finished, status, usage = os.wait4(pid, os.WNOHANG)
            if finished == 0:
                if time.monotonic() - started > timeout:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(pid, signal.SIGKILL)
                    _, _, usage = os.wait4(pid, 0)
                    m.verdict = "timeout"
                else:
                    continue
            else:
                code = os.waitstatus_to_exitcode(status)
                # 1: a test failed; 2: collection failed (the mutant breaks an import). 3-5: pytest
                # itself failed (internal error, usage, no tests): no verdict, reported.
                m.verdict = {0: "survived", 1: "killed", 2: "killed", 97: "incompetent"}.get(
                    code, "error"
                )
                m.why = f"pytest exit {code}"
            del running[pid]
            killer = _killer_file(pid)
            if killer.exists():
                node = killer.read_text()
                killer.unlink()
                if m.verdict == "killed" and node:
                    cache[_killer_key(m)] = f"{node}\t{_test_text_digest(node)}"
            m.cpu = usage.ru_utime + usage.ru_stime
            if m.verdict != "error":
                cache[m.key] = m.verdict
                cache[mutant_key(m)] = (
                    m.verdict
                )  # the latest verdict of this mutant (--keep-killed)
            if m.verdict in ("survived", "error"):  # to work on before the run ends
                print(
                    f"  {m.verdict}: {m.path}:{m.start[0]} {m.operator.removeprefix('core/')}"
                    f" {m.after[:80]}",
                    flush=True,
                )
            done += 1
            if done % 25 == 0 or done == total:
                print(f"  {done}/{total} run", flush=True)
                _save_cache(cache)


def mutant_key(m: Mutant) -> str:
    """The mutant alone, whatever tests ran it: its latest verdict is kept under this key."""
    return "mutant:" + _digest(m.path, m.source)


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _recheck(mutants: list[Mutant], reports: list[str]) -> None:
    """Keep the verdicts of earlier reports: their survivors are run again (uncached), every other
    mutant of a module they list stays killed."""
    survivors: set[tuple[str, str, str]] = set()
    modules: set[str] = set()
    for name in reports:
        lines = Path(name).read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            table = re.match(r"^(mornings_desktop/\S+\.py)\s+\d+\s+\d+\s+\d+\s", line)
            if table:
                modules.add(table.group(1))
            found = re.match(r"^(mornings_desktop/\S+\.py):\d+ (\S+)", line)
            if found and i + 2 < len(lines) and lines[i + 2].startswith("    + "):
                after = lines[i + 2][len("    + ") :]
                survivors.add((found.group(1), "core/" + found.group(2), after))
    for m in mutants:
        if m.verdict == "skipped" or m.path not in modules:
            continue
        if (m.path, m.operator, m.after) in survivors:
            m.verdict = "" if m.tests else "uncovered"
        else:
            m.verdict = "killed"


def _self_test(mutants: list[Mutant]) -> None:
    """The harness on the unmutated source of a module: its tests must pass, else every verdict
    would be wrong."""
    for m in mutants:
        if m.tests and not m.at_import:
            same = Mutant(m.path, "identity", 0, m.start, m.end, source=_read(m.path))
            same.tests = m.tests
            log = STATE / "self-test.log"
            _, status = os.waitpid(_start(same, log), 0)
            if os.waitstatus_to_exitcode(status) != 0:
                sys.exit(
                    f"the harness fails on the unmutated {m.path} with {m.tests}"
                    f" (their output: {log})"
                )
            return


def _save_cache(cache: dict[str, str]) -> None:
    """Merged into what is on disk: a run scoped to other modules may have saved meanwhile."""
    path = STATE / "cache.json"
    if path.exists():
        with contextlib.suppress(ValueError):
            for key, verdict in json.loads(path.read_text()).items():
                cache.setdefault(key, verdict)
    tmp = STATE / f"cache.json.{os.getpid()}"
    tmp.write_text(json.dumps(cache, sort_keys=True))
    tmp.replace(STATE / "cache.json")


# -- the report ------------------------------------------------------------------------------------


def report(mutants: list[Mutant], seconds: float, ran: int) -> float:
    counted = [
        m for m in mutants if m.verdict not in ("skipped", "incompetent", "error", "not run")
    ]
    alive = [m for m in counted if m.verdict in ("survived", "uncovered")]
    rate = 100.0 * len(alive) / len(counted) if counted else 0.0
    out = [
        f"make mutants — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {seconds / 60:.1f} min "
        f"({ran} mutants run in {sum(m.cpu for m in mutants) / 60:.1f} CPU min, the others"
        " from the cache)",
        f"survival rate: {rate:.1f} % ({len(alive)} of {len(counted)} mutants survived; "
        f"{sum(m.verdict == 'uncovered' for m in alive)} of them no test executes)",
        "",
        f"{'module':58} {'mutants':>7} {'killed':>7} {'alive':>6} {'rate':>6}",
    ]
    for path in dict.fromkeys(m.path for m in mutants):
        mine = [m for m in counted if m.path == path]
        dead = [m for m in mine if m.verdict in ("killed", "timeout")]
        living = len(mine) - len(dead)
        share = 100.0 * living / len(mine) if mine else 0.0
        out.append(f"{path:58} {len(mine):7} {len(dead):7} {living:6} {share:5.1f}%")
    skipped = [m for m in mutants if m.verdict == "skipped"]
    out += ["", f"skipped: {len(skipped)} (pragma, logging, equivalent)"]
    out += [
        f"incompetent (do not compile): {sum(m.verdict == 'incompetent' for m in mutants)}",
        f"errors (pytest failed to run, no verdict): {sum(m.verdict == 'error' for m in mutants)}",
        f"not run (time limit; the next run takes them): {sum(m.verdict == 'not run' for m in mutants)}",
        "",
        "survivors:",
    ]
    for m in sorted(alive, key=lambda m: (m.path, m.start, m.operator)):
        tag = " (no test executes this line)" if m.verdict == "uncovered" else ""
        out.append(f"{m.path}:{m.start[0]} {m.operator.removeprefix('core/')}{tag}")
        out.append(f"    - {m.before}")
        out.append(f"    + {m.after}")
    for m in skipped:
        if m.why.startswith("equivalent"):
            out.append(f"equivalent: {m.path}:{m.start[0]} {m.operator} — {m.why}")
    REPORT.write_text("\n".join(out) + "\n", encoding="utf-8")
    return rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", "-j", type=int, default=2)
    parser.add_argument("--fresh", action="store_true", help="ignore cached verdicts")
    parser.add_argument(
        "--only", action="append", default=[], help="a module glob (repeatable; run in this order)"
    )
    parser.add_argument(
        "--no-pg",
        action="store_true",
        help="start no PostgreSQL: the `pg` tests stay out (the hub's modules then go uncovered)",
    )
    parser.add_argument(
        "--max-tests",
        type=int,
        default=0,
        help="tests run per mutant, at most (default: the target's own, `Target.max_tests`)",
    )
    parser.add_argument(
        "--minutes", type=float, default=0, help="start no mutant after this (0: no limit)"
    )
    parser.add_argument(
        "--keep-killed",
        action="store_true",
        help="a mutant killed by an earlier run stays killed when only its tests changed (tests"
        " were only added to since): only survivors and mutants never run are run",
    )
    parser.add_argument(
        "--recheck",
        action="append",
        default=[],
        metavar="REPORT",
        help="run only the survivors of an earlier report; its other mutants of the same modules"
        " stay killed (tests were only added since)",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    STATE.mkdir(exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    modules = module_files(TARGETS)
    if args.only:  # in the order `--only` names them: the first named run first
        modules = list(
            dict.fromkeys(m for p in args.only for m in modules if fnmatch.fnmatch(m, p))
        )
    # Only the tests of the targets the chosen modules belong to: `--only` one module of one
    # target runs (and covers) that target's tests, not every target's.
    tests = list(dict.fromkeys(t for m in modules for t in test_files(TARGETS, m)))
    mutants = enumerate_mutants(modules)
    print(f"{len(mutants)} mutants in {len(modules)} modules", flush=True)

    with contextlib.ExitStack() as stack:
        if any(uses_pg(m) for m in modules) and not args.no_pg:
            # One PostgreSQL for the whole run, started before any fork: the coverage pass, the
            # warm-up and every mutant's test process reach it through the environment.
            if not os.environ.get("MORNINGS_TEST_HUB_URL"):
                print("starting PostgreSQL (pgserver)…", flush=True)
                from tests.sync.conftest import pg_server

                os.environ["MORNINGS_TEST_HUB_URL"] = stack.enter_context(pg_server())
            with_pg()
        # Warm the parent: the heavy imports happen once, every test process is forked from here.
        import pytest  # noqa: F401
        import sqlalchemy.orm  # noqa: F401

        import mornings_desktop.services.checkin
        import mornings_desktop.services.demo
        import mornings_desktop.services.review
        import mornings_desktop.store.migrate  # noqa: F401

        _purge_project_modules()

        also = tuple(m for m in module_files(TARGETS) if m not in modules)
        lines, durations, pg_tests, failing = coverage_map(modules, tests, args.fresh, also)
        for module in modules:
            # A module whose code all runs at import (SQL text and its limits) has no line a
            # test executes: its mutants (all at import) run the tests that execute the modules
            # importing it (row 0: no row of its own).
            if not any(lines[module].values()):
                users = [lines.get(u, {}) for u in importers(module)]
                lines[module] = {0: set().union(*(i for u in users for i in u.values()))}
        # The texts the verdicts are kept under, read before the test modules are imported.
        test_text: dict[str, str] = {t: _read(t) for t in tests}
        warm = _warm_up(modules, tests)
        cache_file = STATE / "cache.json"
        cache: dict[str, str] = {}
        if cache_file.exists() and not args.fresh:
            cache = json.loads(cache_file.read_text())
        for m in mutants:
            if m.verdict:
                continue
            allowed = set(test_files(TARGETS, m.path))
            limit = max_tests_for(m.path, args.max_tests)
            # A `pg` test only where asked; a test failing without any mutant never.
            refused = frozenset(failing if uses_pg(m.path) else pg_tests | failing)
            m.tests = select_tests(
                m,
                lines.get(m.path, {}),
                durations,
                allowed,
                limit,
                refused,
                frozenset(pg_tests),
                max_pg_for(m.path),
            )
            if not m.tests:
                m.verdict = "uncovered"
                continue
            m.seconds = sum(durations.get(t, 0.0) for t in m.tests)
            rows = range(m.start[0], max(m.end[0], m.start[0]) + 1)
            m.fresh = m.at_import or any(r in warm.get(m.path, ()) for r in rows)
            m.per_test = 30.0 + 10.0 * max(durations.get(t, 0.0) for t in m.tests)
            files = sorted({t.split("::")[0] for t in m.tests})
            for f in files:
                test_text.setdefault(f, _read(f))
            # Import-time code is always run with a fresh import.
            how = ["fresh import"] if m.fresh and not m.at_import else []
            m.key = _digest(m.source, *how, *m.tests, *(test_text[f] for f in files))
            m.verdict = cache.get(m.key, "")
            if not m.verdict:
                covering = set().union(*lines.get(m.path, {}).values()) if m.at_import else set()
                for r in rows:
                    covering |= lines.get(m.path, {}).get(r, set())
                if killed_before(m, cache, covering | set(m.tests)):
                    m.verdict = "killed"
            if not m.verdict and args.keep_killed:
                m.verdict = {"killed": "killed", "timeout": "timeout"}.get(
                    cache.get(mutant_key(m), ""), ""
                )
        if args.recheck:
            _recheck(mutants, args.recheck)
        ran = sum(not m.verdict for m in mutants)
        _self_test(mutants)
        print(f"{ran} to run ({len(mutants) - ran} cached, skipped or uncovered)", flush=True)
        stop_at = started + args.minutes * 60 if args.minutes else float("inf")
        # Stopped (Ctrl-C, `kill`): no test process left behind, the verdicts so far kept and
        # reported, the rest left for the next run.
        signal.signal(signal.SIGTERM, _interrupt)
        signal.signal(signal.SIGINT, _interrupt)
        try:
            run(mutants, args.jobs, cache, stop_at)
        except KeyboardInterrupt:
            print("  stopped: the mutants not run are left for the next run", flush=True)
            for m in mutants:
                m.verdict = m.verdict or "not run"
        _save_cache(cache)
        rate = report(mutants, time.monotonic() - started, ran)
        print(f"survival rate: {rate:.1f} % — report: {REPORT.name}")
        return 0


if __name__ == "__main__":
    sys.exit(main())
