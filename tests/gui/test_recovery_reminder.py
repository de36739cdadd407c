"""The organiser's window reminds until the recovery key is exported; the organisation key's
passphrase is asked in a dialog when this computer has no keyring (DESIGN §6 "Keys")."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mornings_desktop.services.desk_role import ROLE_KEY
from mornings_desktop.store import meta
from mornings_desktop.sync import recovery
from mornings_desktop.ui import org_passphrase
from mornings_desktop.ui.org_passphrase import PassphraseDialog
from tests.gui.test_main_window import make_window


def test_the_organiser_window_reminds_until_the_recovery_key_is_exported(
    qtbot, state, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, state)
    banner = window.recovery_banner
    assert banner.isVisible()
    assert "mornings org recovery-key -o FILE" in banner.text()
    recovery.export_recovery_key(state.workspace, tmp_path / "recovery.key", "phrase")
    window.update_status()
    assert not banner.isVisible()


def test_a_door_desk_is_not_reminded(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    with state.workspace.db.write() as session:
        meta.put(session, ROLE_KEY, "door")
    window = make_window(qtbot, state)
    assert not window.recovery_banner.isVisible()


def test_a_new_passphrase_is_typed_twice(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(new=True, file_name="organisation-x.key")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.phrase, "correct horse")
    qtbot.keyClicks(dialog.again, "correct hose")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "The two passphrases differ."
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "correct horse")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted


def test_the_window_asks_in_a_dialog_on_its_own_thread_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        qtbot.keyClicks(dialog.phrase, "open sesame")
        qtbot.keyClick(dialog.phrase, Qt.Key.Key_Return)

    QTimer.singleShot(200, answer)
    assert org_passphrase.ask("open", Path("organisation-x.key")) == "open sesame"

    elsewhere: list[str | None] = ["unset"]
    worker = threading.Thread(
        target=lambda: elsewhere.__setitem__(0, org_passphrase.ask("open", Path("x.key")))
    )
    worker.start()
    worker.join(10)
    assert elsewhere == [None]
