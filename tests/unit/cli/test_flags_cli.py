"""`mornings flags list|add|rename|retire|restore` in a process: the organiser keeps the list, a
door desk is refused in one sentence (exit 2) and the list is unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from mornings_desktop.services import desk_role, flag_list
from mornings_desktop.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[3]


def mornings(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "mornings_desktop", "--db", str(db), "flags", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_organiser_keeps_the_list_on_the_command_line(ws: Workspace, db_path: Path) -> None:
    ws.close()
    added = mornings(db_path, "add", "Allergie aux noix", "--en", "Nut allergy", "--json")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["key"] == "allergie_aux_noix"
    assert mornings(db_path, "rename", "vip", "--fr", "Invité d'honneur").returncode == 0
    retired = mornings(db_path, "retire", "presse à accueillir")
    assert retired.returncode == 0 and "(retired)" in retired.stdout
    badge = mornings(db_path, "badge", "Nut allergy", "on")
    assert badge.returncode == 0 and "(on badges)" in badge.stdout
    listed = mornings(db_path, "list", "--in-use", "--json")
    rows = {r["key"]: r for r in json.loads(listed.stdout)}
    assert "press" not in rows and rows["allergie_aux_noix"]["label_en"] == "Nut allergy"
    assert rows["vip"]["label_fr"] == "Invité d'honneur" and rows["vip"]["label_en"] == "VIP"
    assert [k for k, r in rows.items() if r["on_badge"]] == ["vip", "allergie_aux_noix"]
    table = mornings(db_path, "list").stdout
    press = [line.split() for line in table.splitlines() if line.startswith("press ")]
    assert press and press[0][-2:] == ["yes", "no"]  # listed, retired, not on badges
    twice = mornings(db_path, "add", "VIP")
    assert twice.returncode == 2 and twice.stderr.strip() == (
        "mornings: The flag VIP is already in the list."
    )
    assert "Traceback" not in twice.stderr


def test_a_door_desk_is_refused_in_one_sentence(ws: Workspace, db_path: Path) -> None:
    desk_role.set_passphrase(ws, "rose des sables 2026")
    desk_role.set_desk_role(ws, "door")
    ws.close()
    for args in (("add", "Traducteur"), ("rename", "vip", "Invité"), ("retire", "vip"),
                 ("badge", "dietary", "on")):  # fmt: skip
        done = mornings(db_path, *args)
        assert done.returncode == 2 and done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert lines == [
            "mornings: This is a door desk: the list of flags is kept on an organiser desk; "
            "tick the flags a registration needs in its form."
        ]
    assert mornings(db_path, "list").returncode == 0  # a door desk reads the list
    again = Workspace.open(db_path, "Accueil 1")
    try:
        assert [f.key for f in flag_list.list_flags(again, include_retired=False)] == [
            "dietary", "payment_due", "accessibility", "vip", "press",
        ]  # fmt: skip
    finally:
        again.close()
