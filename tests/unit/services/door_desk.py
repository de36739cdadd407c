"""A door desk made the real way, without Qt: the organiser's desk (which holds the organisation
key) issues a join file with role door (`mornings desk add`), exports its bundle; a new database
joins with the file (`mornings join FILE`) and imports the bundle."""

from __future__ import annotations

from pathlib import Path

from mornings_desktop.services.workspace import Workspace
from mornings_desktop.sync import bundle, join, join_offline


def join_door(organiser: Workspace, folder: Path) -> Workspace:
    """The door desk's workspace (the caller closes it)."""
    (issued,) = join_offline.issue_files(organiser, "Porte", "door", folder / "porte.join")
    bundle.export_bundle(organiser, folder / "office.bundle")
    door = Workspace.open(folder / "door.sqlite3", "Porte", backup_on_migrate=False)
    try:
        assert join.join_with_file(door, issued.file).role == "door"
        imported = bundle.import_bundle(door, folder / "office.bundle")
        assert imported.quarantined == 0 and imported.applied > 0
    except BaseException:
        door.close()
        raise
    return door
