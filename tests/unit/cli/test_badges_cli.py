"""`mornings badges` as a subprocess, on this worktree's code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from mornings_desktop.services import badges

ROOT = Path(__file__).resolve().parents[3]


def mornings(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MORNINGS_DATA_DIR": str(data),
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "mornings_desktop", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_badges_command(
    ws, demo_morning: str, db_path: Path, tmp_path: Path, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    everyone = badges.select_registrations(ws, demo_morning)
    out = tmp_path / "all.pdf"
    done = mornings("badges", "--db", str(db_path), "--event", "2026-12-10", "-o", str(out),
                    "--json", data=data_dir)  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["badges"] == len(everyone) and report["template"] == "a4-2x4-a7"
    assert len(PdfReader(out).pages) == report["pages"]

    speakers = tmp_path / "speakers.pdf"
    done = mornings("badges", "--db", str(db_path), "--event", demo_morning, "-o", str(speakers),
                    "--template", "avery-l4785", "--category", "speaker", "--mark-printed",
                    "--json", data=data_dir)  # fmt: skip
    assert done.returncode == 0, done.stderr
    n_speakers = sum(r.category == "speaker" for r in everyone)
    assert json.loads(done.stdout)["badges"] == n_speakers
    left = tmp_path / "left.pdf"
    done = mornings("badges", "--db", str(db_path), "--event", demo_morning, "-o", str(left),
                    "--only", "not-printed", "--json", data=data_dir)  # fmt: skip
    assert json.loads(done.stdout)["badges"] == len(everyone) - n_speakers

    nobody = mornings("badges", "--db", str(db_path), "--event", demo_morning, "-o",
                      str(tmp_path / "none.pdf"), "--only", "checked-in", data=data_dir)  # fmt: skip
    assert nobody.returncode == 2
    assert nobody.stderr.strip() == "mornings: No badges to print in this selection."
    assert not (tmp_path / "none.pdf").exists()

    bad = mornings("badges", "--db", str(db_path), "--event", demo_morning, "-o",
                   str(tmp_path / "x.pdf"), "--template", "nope", data=data_dir)  # fmt: skip
    assert bad.returncode == 2 and "No badge template nope" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1

    # A user's template that does not fit: skipped with a warning, the others still work.
    folder = data_dir / "badge_templates"
    folder.mkdir()
    (folder / "huge.json").write_text(json.dumps({
        "id": "huge", "page": {"width": 100, "height": 100}, "badge": {"width": 90, "height": 60},
        "grid": {"columns": 1, "rows": 2}, "origin": {"left": 5, "top": 5},
        "pitch": {"x": 90, "y": 60}}), encoding="utf-8")  # fmt: skip
    listed = mornings("badges", "--list-templates", "--json", data=data_dir)
    assert listed.returncode == 0
    assert "huge" not in {t["id"] for t in json.loads(listed.stdout)}
    assert "huge.json" in listed.stderr and "do not fit" in listed.stderr
