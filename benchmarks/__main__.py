"""`python -m benchmarks [NAME ...] [--json]`: run the benchmarks and print one table."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from dataclasses import asdict

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The benchmarks make organisations of their own, in throw-away data folders; on a computer
# without a keyring their organisation keys go to passphrase-protected files (DESIGN §6): this
# passphrase protects those throw-away keys only, so no benchmark stops to ask for one.
os.environ.setdefault("MORNINGS_ORG_PASSPHRASE", "mornings-benchmarks-throwaway")

from benchmarks import Result, modules, run_module, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help="only these benchmarks (e.g. foundation)")
    parser.add_argument("--json", action="store_true", help="one JSON object per figure")
    args = parser.parse_args(argv)
    found = modules(args.names or None)
    if not found:
        print("no benchmark matches", args.names, file=sys.stderr)
        return 2
    results: list[tuple[str, Result]] = []
    failed = 0
    for module in found:
        short = module.__name__.rsplit(".", 1)[-1].removeprefix("bench_")
        print(f"running {short}…", file=sys.stderr, flush=True)
        try:
            results += [(short, r) for r in run_module(module)]
        except Exception:
            failed += 1
            traceback.print_exc()
    if args.json:
        for short, r in results:
            print(json.dumps({"module": short, **asdict(r), "ratio": r.ratio}, ensure_ascii=False))
    else:
        print(table(results))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
