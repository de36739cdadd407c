"""Files readable by their owner only: the database, backups, exports of personal data, logs.

On POSIX every file the program writes is 0600 and every folder it creates 0700. Two layers make
that so: the entry points (`mornings` and the window) set the process umask to 0o077, and the
writers make their temporary file private before it is renamed into place (`make_private`), so a
service called in-process (tests, another program) is private too. At start-up the files already
on disk are corrected (`secure_database_files`, `secure_tree`).

On Windows the data folder under %LOCALAPPDATA% inherits the user-only ACL of the profile; these
calls change nothing there (see docs/privacy.md, "Files on disk"). Qt-free.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
from pathlib import Path

from mornings_desktop.paths import backups_dir, data_dir

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PRIVATE_UMASK = 0o077
OWNER_BITS = 0o700
POSIX = os.name == "posix"

log = logging.getLogger(__name__)


def set_private_umask() -> int:
    """Give every file this process creates from now on no rights for group and others.

    Returns the previous umask. Called once, at the program's entry points.
    """
    return os.umask(PRIVATE_UMASK)


def make_private(path: Path | str) -> Path:
    """Take every right of group and others away: a 0644 file becomes 0600, a 0755 folder 0700.

    The owner's own rights are kept (a file made read-only on purpose, 0444, becomes 0400 and
    stays read-only). A symbolic link is left alone. Raises OSError.
    """
    path = Path(path)
    if not POSIX:
        return path
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode):
        return path
    current = stat.S_IMODE(info.st_mode)
    if current & ~OWNER_BITS:
        os.chmod(path, current & OWNER_BITS)
    return path


def private_dir(path: Path | str) -> Path:
    """Create the folder `path` (and its missing parents) 0700; an existing folder is kept as it is.

    For the program's own folders (the data folder, backups, logs) call `make_private` as well.
    """
    path = Path(path)
    missing: list[Path] = []
    current = path
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # created meanwhile by someone else: not ours to change
        make_private(folder)  # mkdir's mode went through the umask
    return path


def create_private_file(path: Path | str) -> bool:
    """Create `path` empty and 0600 if it does not exist. True when it was created here."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    make_private(path)
    return True


def _quietly_private(path: Path) -> None:
    try:
        make_private(path)
    except FileNotFoundError:
        pass
    except OSError as exc:  # someone else's file, a read-only medium: say so, carry on
        log.warning("Cannot make %s readable by its owner only: %s", path, exc)


def secure_tree(folder: Path | str) -> None:
    """Correct an existing folder of ours at start-up: it and every folder in it 0700, files 0600.

    Symbolic links are neither followed nor changed.
    """
    folder = Path(folder)
    if not POSIX or not folder.is_dir() or folder.is_symlink():
        return
    _quietly_private(folder)
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            _quietly_private(Path(root) / name)


def database_files(db_path: Path) -> list[Path]:
    """The database and the files SQLite keeps beside it."""
    return [db_path, *(Path(f"{db_path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))]


def secure_database_files(db_path: Path | str) -> None:
    """Correct the database, its WAL and SHM, and its backups folder at start-up."""
    if not POSIX:
        return
    db_path = Path(db_path)
    for path in database_files(db_path):
        if path.exists() and not path.is_dir():
            _quietly_private(path)
    secure_tree(backups_dir(db_path))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, also the ones opened after a rollover, is 0600."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        _quietly_private(Path(self.baseFilename))
        return stream


def private_opener(path: str | os.PathLike[str], flags: int) -> int:
    """An `opener` for `open()`: the file is 0600 from its first byte, even if it existed."""
    fd = os.open(path, flags, PRIVATE_FILE)
    if POSIX:
        os.fchmod(fd, PRIVATE_FILE)
    return fd


def secure_at_start(data_folder: Path | str) -> None:
    """The entry points' first step: a private umask, then the data folder corrected."""
    set_private_umask()
    secure_tree(data_folder)


def start_private() -> None:
    """At start-up: files created from now on are the owner's only, and the data folder (the
    database, backups, logs, settings) is corrected if an older version left it readable by others."""
    secure_at_start(data_dir())
