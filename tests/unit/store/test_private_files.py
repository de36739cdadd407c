"""Every file the program creates is readable by its owner only (0600, folders 0700) on POSIX.

Each kind of file is made through the real code path, under the umask of a normal user (022), so
the result does not depend on the umask of whoever runs the tests.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mornings_desktop.services.workspace import Workspace

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def normal_umask() -> Iterator[None]:
    """A normal user's umask (022) for the test, whatever the runner's; restored afterwards."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def assert_private(*paths: Path) -> None:
    wrong = {str(p): oct(mode(p)) for p in paths if mode(p) != (0o700 if p.is_dir() else 0o600)}
    assert not wrong, wrong


def test_database_wal_and_shm_are_private(tmp_path: Path) -> None:
    db = tmp_path / "new" / "folder" / "desk.sqlite3"
    ws = Workspace.open(db, "Accueil 1")
    try:
        with ws.db.read() as session:  # the WAL and SHM exist while a connection is open
            session.connection().exec_driver_sql("SELECT 1").all()
        wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
        assert wal.exists() and shm.exists()
        assert_private(db, wal, shm, db.parent, db.parent.parent)
    finally:
        ws.close()


def test_sqlite_gives_wal_and_shm_the_database_file_mode(tmp_path: Path) -> None:
    """Why a private database file is enough: SQLite copies its mode to the -wal and -shm."""
    db = tmp_path / "plain.sqlite3"
    fd = os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        assert_private(db, Path(f"{db}-wal"), Path(f"{db}-shm"))
    finally:
        conn.close()


def test_backups_are_private(ws: Workspace, tmp_path: Path) -> None:
    from mornings_desktop.store.backup import copy_database, rotating_backup

    rotated = rotating_backup(ws.path, "test")
    elsewhere = copy_database(ws.path, tmp_path / "copy" / "mine.sqlite3")
    assert_private(rotated, rotated.parent, elsewhere, elsewhere.parent)


def test_exports_of_personal_data_are_private(
    ws: Workspace, demo_morning: str, tmp_path: Path
) -> None:
    from mornings_desktop.services import exports

    out = tmp_path / "out"
    out.mkdir()
    exports.export_attendance(ws, demo_morning, out / "a.xlsx")
    exports.export_attendance(ws, demo_morning, out / "a.csv")
    exports.export_series(ws, out / "series.xlsx")
    assert_private(out / "a.xlsx", out / "a.csv", out / "series.xlsx")
    assert mode(out) == 0o755  # the person's own folder is left as it was


def test_tickets_mail_merge_and_badges_are_private(
    ws: Workspace, demo_morning: str, tmp_path: Path
) -> None:
    from mornings_desktop.documents.badge_catalogue import load_catalogue
    from mornings_desktop.services import badges, tickets

    out = tmp_path / "out"
    out.mkdir()
    tickets.write_tickets(ws, demo_morning, out / "tickets.pdf")
    tickets.write_tickets(ws, demo_morning, out / "merge.xlsx")
    images = out / "merge_qr"
    rows = badges.select_registrations(ws, demo_morning)
    template = load_catalogue().get("a4-2x4-a7")
    assert template is not None
    badges.generate(ws, demo_morning, rows, template, out / "badges.pdf")
    pngs = sorted(images.iterdir())
    assert pngs
    assert_private(out / "tickets.pdf", out / "merge.xlsx", images, *pngs, out / "badges.pdf")


def test_programme_is_private(ws: Workspace, demo_morning: str, tmp_path: Path) -> None:
    from mornings_desktop.documents.programme_pdf import write_programme_pdf
    from mornings_desktop.services import agenda_programme

    programme = agenda_programme.programme(ws, demo_morning)
    written = [
        write_programme_pdf(programme, tmp_path / f"p-{fmt}.pdf", page_format=fmt)
        for fmt in ("a4", "booklet")
    ]
    assert_private(*written)


def test_bundle_and_join_file_are_private(ws: Workspace, tmp_path: Path) -> None:
    from mornings_desktop.sync import bundle, join_offline

    out = bundle.export_bundle(ws, tmp_path / "a.bundle")
    files = join_offline.issue_files(ws, "Porte", "door", tmp_path / "porte.join", spare=1)
    assert_private(Path(out.path), *(Path(f.file) for f in files))


def test_import_mapping_memory_is_private(data_dir: Path) -> None:
    from mornings_desktop.imports import mapping

    folder = data_dir / "imports"
    mapping.remember(folder, mapping.guess_mapping(["Nom", "Prénom", "E-mail"]))
    assert_private(folder, *folder.iterdir())


def test_logs_are_private_also_after_a_rollover(data_dir: Path) -> None:
    from mornings_desktop.paths import logs_dir
    from mornings_desktop.ui import crash

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = crash.setup_logging(logs_dir())
        handler = next(h for h in root.handlers if h not in before)
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        logging.getLogger("mornings_desktop").error("something happened")
        handler.doRollover()
        logging.getLogger("mornings_desktop").error("and again")
        assert_private(logs_dir(), *logs_dir().iterdir())
        assert path.exists() and Path(f"{path}.1").exists()
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def make_old_version_files(db: Path) -> list[Path]:
    """A database, its WAL and SHM and a backup as an older version left them: 0644 in 0755."""
    from mornings_desktop.store.backup import rotating_backup

    Workspace.open(db, "Accueil 1").close()
    backup = rotating_backup(db, "old")
    holder = sqlite3.connect(db)  # leaves a -wal and -shm behind while it is open
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("CREATE TABLE IF NOT EXISTS scratch (x)")
    holder.commit()
    holder.close()
    # an older version: open while an older version still had the -wal and -shm
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").touch()
    files = [db, Path(f"{db}-wal"), Path(f"{db}-shm"), backup]
    for path in files:
        path.chmod(0o644)
    backup.parent.chmod(0o755)
    return [*files, backup.parent]


def test_old_database_and_backups_become_private_when_opened(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    old = make_old_version_files(db)
    assert all(mode(p) in (0o644, 0o755) for p in old)
    Workspace.open(db, "Accueil 1").close()
    assert_private(*(p for p in old if p.exists()))


def test_old_files_become_private_when_the_command_starts(data_dir: Path) -> None:
    from mornings_desktop.cli import main

    data_dir.chmod(0o755)
    db = data_dir / "mornings.sqlite3"
    old = make_old_version_files(db)
    settings = data_dir / "settings.ini"
    settings.write_text("[general]\n")
    settings.chmod(0o644)
    logs = data_dir / "logs"
    logs.mkdir(mode=0o755)
    (logs / "mornings.log").write_text("old\n")
    (logs / "mornings.log").chmod(0o644)
    previous = os.umask(0o022)
    try:
        assert main(["events"]) == 0
        assert os.umask(0o022) == 0o077  # the command's own files are private too
    finally:
        os.umask(previous)
    assert_private(data_dir, settings, logs, logs / "mornings.log", *(p for p in old if p.exists()))


def test_make_private_takes_rights_from_others_only(tmp_path: Path) -> None:
    from mornings_desktop.private_files import make_private

    shared, read_only, folder = tmp_path / "shared", tmp_path / "read-only", tmp_path / "folder"
    shared.write_text("x")
    shared.chmod(0o664)
    read_only.write_text("x")
    read_only.chmod(0o444)
    folder.mkdir(mode=0o775)
    folder.chmod(0o775)
    link = tmp_path / "link"
    link.symlink_to(shared)
    make_private(link)
    assert mode(shared) == 0o664  # a link is neither followed nor changed
    for path in (shared, read_only, folder):
        make_private(path)
    assert (mode(shared), mode(read_only), mode(folder)) == (0o600, 0o400, 0o700)


def test_a_read_only_database_stays_read_only_and_refused(tmp_path: Path) -> None:
    from mornings_desktop.errors import DatabaseError

    if os.geteuid() == 0:
        pytest.skip("root may write a read-only file")
    db = tmp_path / "desk.sqlite3"
    Workspace.open(db, "Accueil 1").close()
    db.chmod(0o444)
    with pytest.raises(DatabaseError, match="read-only"):
        Workspace.open(db, "Accueil 1")
    assert mode(db) == 0o400
