"""The organiser's window reminds until the recovery key is exported; the organisation key's
passphrase is asked in a dialog when this computer has no keyring (DESIGN §6 "Keys")."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

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
    assert "with the button beside this message" in banner.text()
    assert "mornings " not in banner.text()  # no command line for a desk person
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


def _type_new_passphrase(qtbot, phrase: str) -> None:  # type: ignore[no-untyped-def]
    """Answer the recovery file's passphrase dialog with the keyboard, twice."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PassphraseDialog), dialog
    assert dialog.windowTitle() == "Recovery key"
    assert "away from this computer" in dialog.findChild(QLabel).text()
    qtbot.keyClicks(dialog.phrase, phrase)
    qtbot.keyClicks(dialog.again, phrase)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)


def test_the_banner_exports_the_recovery_key_and_goes(
    qtbot, state, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.trust import keys
    from mornings_desktop.ui import recovery_export

    window = make_window(qtbot, state)
    window.resize(1100, 600)
    banner = window.recovery_banner
    assert banner.isVisible() and banner.export_button.isVisible()
    window.grab().save(str(tmp_path / "banner.png"))
    target = tmp_path / "recovery.mornings-key"
    monkeypatch.setattr(recovery_export, "ask_output", lambda _parent: target)
    said: list[str] = []
    monkeypatch.setattr(recovery_export, "show_info", lambda _p, text, *_a: said.append(text))

    QTimer.singleShot(100, lambda: _type_new_passphrase(qtbot, "keep apart"))
    banner.export_button.setFocus()
    qtbot.keyClick(banner.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)

    assert said[0].startswith("Recovery key ") and str(target) in said[0]
    assert "keep it offline, away from this computer, with its passphrase apart" in said[0]
    assert target.stat().st_mode & 0o777 == 0o600
    recovered = keys.load_recovery_key(target, "keep apart")
    assert keys.key_id(recovered) in said[0]
    assert recovery.exported_at(state.workspace) is not None
    assert not banner.isVisible(), "the banner goes once the key is exported"


def test_settings_export_the_recovery_key_once(qtbot, state, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui import recovery_export
    from mornings_desktop.ui.settings_dialog import SettingsDialog

    target = tmp_path / "recovery.mornings-key"
    target.write_text("something else")  # an existing file is never overwritten
    monkeypatch.setattr(recovery_export, "ask_output", lambda _parent: target)
    errors: list[str] = []
    monkeypatch.setattr(recovery_export, "show_error", lambda _p, exc, *_a: errors.append(str(exc)))
    said: list[str] = []
    monkeypatch.setattr(recovery_export, "show_info", lambda _p, text, *_a: said.append(text))
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.recovery_button.isVisible()
    assert dialog.recovery_state.text().startswith("Not exported yet")
    dialog.grab().save(str(tmp_path / "settings.png"))

    dialog.recovery_button.setFocus()
    qtbot.keyClick(dialog.recovery_button, Qt.Key.Key_Space)
    assert errors and "already exists" in errors[0] and target.read_text() == "something else"

    target.unlink()
    QTimer.singleShot(100, lambda: _type_new_passphrase(qtbot, "keep apart"))
    qtbot.keyClick(dialog.recovery_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert target.stat().st_mode & 0o777 == 0o600
    assert dialog.recovery_state.text().startswith("Exported on ")
    assert not dialog.recovery_button.isVisible()


def test_a_door_desk_has_no_recovery_key_in_settings(qtbot, state) -> None:  # type: ignore[no-untyped-def]
    from mornings_desktop.ui.settings_dialog import SettingsDialog

    with state.workspace.db.write() as session:
        meta.put(session, ROLE_KEY, "door")
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.recovery_button.isVisible()
