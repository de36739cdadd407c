"""Badge renders share no process-wide reportlab setting: two at once (the job pool and
print-on-admission) give the same files as one after the other, and `rl_config` is left alone."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from reportlab import rl_config

from mornings_desktop import codes
from mornings_desktop.documents import badge_qr
from mornings_desktop.documents.badge_data import BadgeContext, BadgeData
from mornings_desktop.documents.badge_templates import builtin_dir, load_template
from mornings_desktop.documents.badges_pdf import render_badges

# reportlab stamps each file with the time it was written; everything else must match.
_STAMPS = re.compile(rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[[^\]]*\]")


class _Sentinel(int):
    """Truthy like reportlab's default, and recognisable by identity."""


def _badges(n: int, seed: str) -> list[BadgeData]:
    key = bytes(32)
    return [
        BadgeData(
            f"{seed}{i}",
            f"Prénom{i}",
            f"NOM {seed} {i}",
            "Cosumar",
            "Directrice",
            "member",
            "Membre",
            "#1F4E79",
            codes.make_code(key),
        )
        for i in range(n)
    ]


def _render(badges: list[BadgeData], template_file: str, out: Path) -> bytes:
    template = load_template(builtin_dir() / template_file)
    render_badges(badges, template, out, BadgeContext("Morning", "2026-12-10"))
    return _STAMPS.sub(b"", out.read_bytes())


def test_two_renders_at_once_match_the_same_renders_one_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentinel = _Sentinel(1)
    monkeypatch.setattr(rl_config, "useA85", sentinel)
    jobs = [(_badges(24, "a"), "a4-2x4-a7.json"), (_badges(9, "b"), "a6-single.json")]
    alone = [_render(b, t, tmp_path / f"alone{i}.pdf") for i, (b, t) in enumerate(jobs)]
    badge_qr.qr_matrix.cache_clear()
    badge_qr.qr_operators.cache_clear()
    badge_qr.qr_image_mask.cache_clear()

    seen: set[int] = set()
    done = threading.Event()

    def watch() -> None:  # what any other reportlab user in the process would read meanwhile
        while not done.is_set():
            seen.add(id(rl_config.useA85))

    together: list[bytes] = [b"", b""]
    errors: list[BaseException] = []
    start = threading.Barrier(len(jobs))

    def work(i: int) -> None:
        try:
            start.wait()
            badges, template = jobs[i]
            together[i] = _render(badges, template, tmp_path / f"together{i}.pdf")
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    watcher = threading.Thread(target=watch)
    workers = [threading.Thread(target=work, args=(i,)) for i in range(len(jobs))]
    watcher.start()
    for t in workers:
        t.start()
    for t in workers:
        t.join(timeout=120)
    done.set()
    watcher.join(timeout=10)

    assert not errors
    assert together == alone
    assert rl_config.useA85 is sentinel
    assert seen == {id(sentinel)}
