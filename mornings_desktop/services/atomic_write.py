"""Writing a file all at once or not at all: a temporary file in the target folder, renamed over
the target at the end (`os.replace`), so a failure, a cancel or a file held open by Excel never
leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.private_files import make_private


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Call `write(temporary_path)` then rename the temporary file over `target`.

    On any failure (including a cancel) the temporary file is removed and `target` is left as it
    was; a target held open by another program (Excel locks it on Windows) becomes a UserError.
    """
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, tmp_name = tempfile.mkstemp(
            prefix=f".~{target.stem[:40]}.", suffix=".part", dir=folder
        )
    except PermissionError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Cannot write in the folder {folder}; choose another folder."
            ),
            folder=str(folder),
        ) from exc
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        make_private(tmp)  # personal data: readable by its owner only (0600)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Cannot replace {path}: it may be open in another program (close it in "
                    "Excel) or read-only.",
                ),
                path=str(target),
            ) from exc
        except IsADirectoryError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a file name."),
                path=str(target),
            ) from exc
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
                path=str(target),
                reason=exc.strerror or str(exc),
            ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
