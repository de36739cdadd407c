"""The convergence machine's copy and restore steps in one fixed sequence (the random runs of
tests/sync/test_convergence.py may draw them rarely together)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mornings_desktop.sync import client
from tests.sync.test_convergence import Convergence, _prepare, shared_hub

__all__ = ["shared_hub"]  # the module's hub fixture


@pytest.mark.timeout(300)
@pytest.mark.parametrize("same_path", [False, True])
def test_a_copied_then_restored_desk_converges(
    shared_hub: str,
    template_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    same_path: bool,
) -> None:
    """The machine's copy and restore steps in one fixed sequence (the random runs may draw
    them rarely): a desk is backed up, copied to a second laptop, both admit people, the desk is
    restored from its backup and admits again; every desk and the hub agree and the copy is
    flagged on every desk."""
    _prepare(shared_hub, template_db, tmp_path, monkeypatch)
    machine = Convergence()
    try:
        machine.start(count=2, people=2)
        machine.scan(0, 0)
        machine.sync(0)
        machine.take_backup(0)
        machine.scan(0, 1)
        machine.copy_to_another_laptop(0, same_path)
        machine.scan(2, 2)  # the copy
        machine.walk_in(2)
        machine.scan(0, 3)  # the original, after the copy began
        machine.sync(0)  # (unsynced, it would be lost with the restore below: safety copy only)
        machine.carry_bundle(2, 1, True)
        machine.sync(2)
        machine.restore_backup(0)
        machine.scan(0, 4)
        machine.walk_in(0)
        machine.check_converged()
        copied = machine.desks[0].ws.desk_id
        assert [client.status(d.ws).copies for d in machine.desks] == [[copied]] * 3
    finally:
        machine.teardown()
