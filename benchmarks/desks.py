"""A second desk of the same organisation, for the benchmarks that sync between two desks.

It joins the way `mornings join FILE` does (DESIGN §6 "Joining"): the organiser's computer
(`organiser`, which holds the organisation key) issues a certified identity, and the new desk
installs it — the organisation's public key, its desk key and its certificate. A desk that only
copied the organisation id and ticket key would hold every pulled operation as waiting (unknown
certificate), and the benchmark would time nothing but the waiting room.
"""

from __future__ import annotations

from pathlib import Path

from mornings_desktop.services.workspace import Workspace


def join_same_organisation(organiser: Workspace, path: Path, name: str) -> Workspace:
    """A new desk database at `path`, certified by `organiser`'s organisation key."""
    from mornings_desktop.sync import desk_identity, join
    from mornings_desktop.sync.join import Identity

    desk = Workspace.open(path, name, backup_on_migrate=False)
    joining, desk_id = desk_identity.join_file_for(
        name, "organiser", "", organiser.org_id, organiser.ticket_key.hex(), ""
    )
    if desk_id is None:
        raise RuntimeError("the organiser's computer does not hold the organisation key")
    join.adopt(desk, Identity(organiser.org_id, organiser.ticket_key.hex()))
    desk_identity.install(desk, joining)
    return desk
