"""`make bench`: each `benchmarks/bench_<area>.py` measures its figures beside a baseline.

A module exposes `run() -> list[Result]` (plain dicts with the same keys are accepted too). The
runner (`python -m benchmarks [NAME ...]`) imports every `bench_*` module, or those named, and prints
one table: figure, value, baseline, ratio (value / baseline) and the goal in words. Figures are
measurements, never assertions: tests do not time anything.
"""

from __future__ import annotations

import importlib
import pkgutil
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from types import ModuleType
from typing import Any


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    unit: str = "s"
    baseline_name: str = ""
    baseline_value: float | None = None
    goal: str = ""

    @property
    def ratio(self) -> float | None:
        if not self.baseline_value:
            return None
        return self.value / self.baseline_value

    @classmethod
    def coerce(cls, item: Result | Mapping[str, Any]) -> Result:
        if isinstance(item, Result):
            return item
        known = {f.name for f in fields(cls)}
        unknown = set(item) - known
        if unknown or "name" not in item or "value" not in item:
            raise ValueError(f"a benchmark result needs name and value, not {sorted(unknown)}")
        return cls(**{k: v for k, v in item.items() if k in known})


def modules(names: list[str] | None = None) -> list[ModuleType]:
    """The `bench_*` modules of this package (only those named, if `names` is given)."""
    import benchmarks

    found = []
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda i: i.name):
        if not info.name.startswith("bench_"):
            continue
        short = info.name.removeprefix("bench_")
        if names and short not in names and info.name not in names:
            continue
        found.append(importlib.import_module(f"benchmarks.{info.name}"))
    return found


def run_module(module: ModuleType) -> list[Result]:
    run: Callable[[], list[Result | Mapping[str, Any]]] = module.run
    return [Result.coerce(item) for item in run()]


@contextmanager
def stopwatch() -> Iterator[Callable[[], float]]:
    """`with stopwatch() as elapsed: ...; seconds = elapsed()` (wall clock, monotonic)."""
    start = time.perf_counter()
    end: list[float] = []
    try:
        yield lambda: (end[0] if end else time.perf_counter()) - start
    finally:
        end.append(time.perf_counter())


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    text = f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


def table(results: list[tuple[str, Result]]) -> str:
    """The results as an aligned text table."""
    header = ["module", "figure", "value", "baseline", "ratio", "goal"]
    rows = [
        [
            module,
            r.name,
            _number(r.value, r.unit),
            f"{r.baseline_name}: {_number(r.baseline_value, r.unit)}" if r.baseline_name else "-",
            f"{r.ratio:.1f}×" if r.ratio is not None else "-",
            r.goal or "-",
        ]
        for module, r in results
    ]
    widths = [
        max(len(h), *(len(row[i]) for row in rows)) if rows else len(h)
        for i, h in enumerate(header)
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return "\n".join(lines)
