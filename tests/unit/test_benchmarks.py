"""The benchmark runner: results from objects or dicts, discovery of `bench_*` modules, the table."""

from __future__ import annotations

import pytest

from benchmarks import Result, modules, table


def test_result_from_a_dict_and_its_ratio() -> None:
    r = Result.coerce(
        {"name": "demo", "value": 12.0, "unit": "s", "baseline_name": "bulk",
         "baseline_value": 0.5, "goal": "under 30 s"}
    )  # fmt: skip
    assert r == Result("demo", 12.0, "s", "bulk", 0.5, "under 30 s")
    assert r.ratio == 24.0
    assert Result("x", 1.0).ratio is None


def test_a_malformed_result_is_refused() -> None:
    with pytest.raises(ValueError, match="name and value"):
        Result.coerce({"name": "demo", "seconds": 3})


def test_discovery_finds_the_foundation_benchmark() -> None:
    found = [m.__name__ for m in modules()]
    assert "benchmarks.bench_foundation" in found
    assert all(name.split(".")[-1].startswith("bench_") for name in found)
    assert [m.__name__ for m in modules(["foundation"])] == ["benchmarks.bench_foundation"]
    assert modules(["no-such-area"]) == []
    assert all(callable(m.run) for m in modules())


def test_table_shows_value_baseline_ratio_and_goal() -> None:
    text = table([("foundation", Result("demo", 12.0, "s", "bulk insert", 0.5, "under 30 s"))])
    header, rule, row = text.splitlines()
    assert header.split()[:5] == ["module", "figure", "value", "baseline", "ratio"]
    assert set(rule.replace(" ", "")) == {"-"}
    assert "12 s" in row and "bulk insert: 0.5 s" in row and "24.0×" in row and "under 30 s" in row
