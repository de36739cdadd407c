"""The docs name only files that exist, and the architecture links an area doc for every area."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PACKAGE_DIRS = ("cli", "documents", "imports", "ledger", "services", "store", "sync", "trust", "ui")
# `services/x.py`, `ui/badges/`, `mornings_desktop/codes.py`, `resources/badge_templates/*.json`
PATH_RE = re.compile(
    r"^(?:mornings_desktop/)?(?:" + "|".join(PACKAGE_DIRS) + r")/[\w./*-]*$"
    r"|^mornings_desktop/[\w./*-]+$"
    r"|^(?:resources|tests|scripts|benchmarks|docs)/[\w./*-]+$"
)


def table_paths(text: str) -> list[str]:
    """Every file-like name in backticks inside a Markdown table row (`a.py`, `b.py` both count)."""
    found: list[str] = []
    for line in text.splitlines():
        if not line.lstrip().startswith("|"):
            continue
        for token in re.findall(r"`([^`]+)`", line):
            token = token.split("::", 1)[0].rstrip(",")
            if PATH_RE.match(token):
                found.append(token)
    return found


def resolve(token: str) -> list[Path]:
    first = token.split("/", 1)[0]
    base = ROOT / "mornings_desktop" if first in PACKAGE_DIRS else ROOT
    return sorted(base.glob(token)) if "*" in token else [base / token]


@pytest.mark.parametrize("doc", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_every_file_a_doc_table_names_exists(doc: Path) -> None:
    missing = [
        token
        for token in table_paths(doc.read_text(encoding="utf-8"))
        if not any(p.exists() for p in resolve(token))
    ]
    assert not missing, f"{doc.name} names files that do not exist: {missing}"


def test_the_checker_sees_the_tables() -> None:
    paths = table_paths((DOCS / "badges.md").read_text(encoding="utf-8"))
    assert "documents/badges_pdf.py" in paths and "ui/badges/" in paths
    assert table_paths("| `services/nothing_here.py` | x |") == ["services/nothing_here.py"]
    assert not resolve("services/nothing_here.py")[0].exists()


def test_architecture_links_an_area_doc_for_every_area() -> None:
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(([\w-]+\.md)\)", text))
    for name in ("agenda.md", "checkin.md", "badges.md", "people-and-imports.md", "exports.md"):
        assert name in linked
        assert (DOCS / name).exists()
    assert "sync.md" in linked and "## For developers" in (DOCS / "sync.md").read_text("utf-8")
    for topic in (
        "a check-in result rule",
        "a badge template",
        "an export column",
        "an operation type",
    ):
        assert topic in text
