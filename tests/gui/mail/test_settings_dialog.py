"""The mail settings form (People ▸ Tickets ▸ Mail settings…), typed with real key events against
a real SMTP server (STARTTLS, a certificate made in the test, a login): a test message, the bad
inputs as one sentence, and saving the same settings the command line uses, the password in the
keyring and never in the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QSpinBox

from mornings_desktop.cli import main
from mornings_desktop.services.mail import settings as mail_settings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.mail.settings_dialog import MailSettingsDialog
from mornings_desktop.ui.people.screen import PeopleScreen
from tests.gui.keys import press_key, type_text
from tests.gui.mail.conftest import newest_window
from tests.unit.services.mail.smtp_server import PASSWORD, USER, MailServer


def _open(qtbot, state, demo_morning: str) -> MailSettingsDialog:  # type: ignore[no-untyped-def]
    state.set_current_morning(demo_morning)
    screen = PeopleScreen(state)
    qtbot.addWidget(screen)
    action = next(
        a for a in screen.tickets_button.menu().actions() if "settings" in a.text().replace("&", "")
    )
    action.trigger()
    dialog = newest_window(MailSettingsDialog)
    assert isinstance(dialog, MailSettingsDialog)
    qtbot.addWidget(dialog)
    return dialog


def _type(widget: QLineEdit | QSpinBox, text: str) -> None:
    widget.setFocus()
    press_key(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace what is there
    type_text(widget, text)


def _fill(dialog: MailSettingsDialog, smtp: MailServer, password: str) -> None:
    _type(dialog.host, "127.0.0.1")
    _type(dialog.port, str(smtp.port))
    _type(dialog.user, USER)
    _type(dialog.password, password)
    _type(dialog.from_name, "Club Made in Morocco")
    _type(dialog.from_address, "club@example.ma")
    _type(dialog.cafile, str(smtp.ca_file))
    _type(dialog.rate, "0")
    _type(dialog.test_to, "moi@example.ma")


def test_the_form_sends_a_test_message_and_saves_what_the_cli_uses(  # type: ignore[no-untyped-def]
    qtbot,
    state,
    ws: Workspace,
    db_path: Path,
    demo_morning: str,
    smtp: MailServer,
    file_keyring: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    dialog = _open(qtbot, state, demo_morning)
    assert dialog.security.currentData() == "starttls" and dialog.port.value() == 587
    _fill(dialog, smtp, PASSWORD)
    qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled())
    assert dialog.status.text().startswith(
        "The test message was sent to moi@example.ma; the server answered 250"
    )
    assert smtp.handler.recipients() == ["moi@example.ma"]
    assert mail_settings.load(ws) is None  # a test sends; it does not save
    press_key(dialog.from_name, Qt.Key.Key_Return)  # the default button: Save
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = mail_settings.load(ws)
    assert saved == mail_settings.MailSettings(
        "127.0.0.1", smtp.port, "starttls", USER, "Club Made in Morocco", "club@example.ma",
        "", str(smtp.ca_file), 0,
    )  # fmt: skip
    assert PASSWORD in file_keyring.read_text()
    assert PASSWORD.encode() not in db_path.read_bytes()
    # The command line sends with these settings and the password from the keyring.
    assert main(["--db", str(db_path), "mail", "test", "--to", "cli@example.ma"]) == 0
    capsys.readouterr()
    assert smtp.handler.recipients()[-1] == "cli@example.ma"
    # Opened again: the saved settings, the password said to be in the keyring, not shown.
    again = _open(qtbot, state, demo_morning)
    assert again.host.text() == "127.0.0.1" and again.port.value() == smtp.port
    assert again.password.text() == "" and "keyring" in again.password.placeholderText()


def test_a_wrong_password_or_a_bad_address_is_one_sentence_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot,
    state,
    ws: Workspace,
    demo_morning: str,
    smtp: MailServer,
    file_keyring: Path,
) -> None:
    dialog = _open(qtbot, state, demo_morning)
    _fill(dialog, smtp, "not-the-password")
    qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled())
    assert dialog.status.text() == (
        f"The mail server 127.0.0.1 refused the login {USER}: check the user name and the password."
    )
    assert smtp.handler.recipients() == []
    _type(dialog.from_address, "club@")
    qtbot.keyClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.Key.Key_Space)
    assert dialog.status.text() == "club@ is not an e-mail address."
    assert dialog.isVisible() and mail_settings.load(ws) is None
    kept = file_keyring.read_text() if file_keyring.exists() else ""  # signing keys may sit there
    assert "not-the-password" not in kept and "mornings-desktop-smtp" not in kept  # no password
    _type(dialog.from_address, "club@example.ma")
    _type(dialog.host, "mail server")
    qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
    assert dialog.status.text() == "Give the mail server's name, such as mail.example.ma."


def test_without_a_password_the_test_asks_for_it(  # type: ignore[no-untyped-def]
    qtbot,
    state,
    ws: Workspace,
    demo_morning: str,
    smtp: MailServer,
    file_keyring: Path,
) -> None:
    dialog = _open(qtbot, state, demo_morning)
    _fill(dialog, smtp, "")
    qtbot.keyClick(dialog.test_button, Qt.Key.Key_Space)
    assert dialog.status.text() == f"Type the password of {USER} to send a test message."
    assert dialog.password.hasFocus() or not dialog.isActiveWindow()
    assert smtp.handler.recipients() == []


def test_changing_the_security_moves_a_default_port(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning: str
) -> None:
    dialog = _open(qtbot, state, demo_morning)
    dialog.security.setFocus()
    press_key(dialog.security, Qt.Key.Key_Down)
    assert dialog.security.currentData() == "tls" and dialog.port.value() == 465
    _type(dialog.port, "2525")
    press_key(dialog.security, Qt.Key.Key_Down)
    assert dialog.security.currentData() == "none" and dialog.port.value() == 2525


def test_a_new_host_or_login_takes_the_password_along(  # type: ignore[no-untyped-def]
    qtbot,
    state,
    ws: Workspace,
    db_path: Path,
    demo_morning: str,
    smtp: MailServer,
    file_keyring: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The keyring entry is named by login, host and port: changing one of them in the form,
    without typing the password again, moves it (before: the old entry stayed, the new one was
    missing, and sending asked for a password the person had already given)."""
    import json

    def entries() -> dict[str, str]:
        data = json.loads(file_keyring.read_text())
        return {k: v for k, v in data.items() if k.startswith(mail_settings.KEYRING_SERVICE)}

    service = mail_settings.KEYRING_SERVICE
    dialog = _open(qtbot, state, demo_morning)
    _fill(dialog, smtp, PASSWORD)
    press_key(dialog.from_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert entries() == {f"{service}|{USER}@127.0.0.1:{smtp.port}": PASSWORD}

    again = _open(qtbot, state, demo_morning)
    qtbot.waitUntil(lambda: again.host.text() == "127.0.0.1")
    _type(again.host, "localhost")  # the same server by another name; the password not retyped
    press_key(again.from_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert entries() == {f"{service}|{USER}@localhost:{smtp.port}": PASSWORD}
    assert main(["--db", str(db_path), "mail", "test", "--to", "cli@example.ma"]) == 0
    capsys.readouterr()
    assert smtp.handler.recipients()[-1] == "cli@example.ma"

    third = _open(qtbot, state, demo_morning)
    qtbot.waitUntil(lambda: third.host.text() == "localhost")
    _type(third.user, "accueil@example.ma")
    press_key(third.from_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not third.isVisible())
    assert entries() == {f"{service}|accueil@example.ma@localhost:{smtp.port}": PASSWORD}

    fourth = _open(qtbot, state, demo_morning)  # a new login with its own password: no leftover
    qtbot.waitUntil(lambda: fourth.host.text() == "localhost")
    _type(fourth.user, USER)
    _type(fourth.password, "another-pass")
    press_key(fourth.from_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not fourth.isVisible())
    assert entries() == {f"{service}|{USER}@localhost:{smtp.port}": "another-pass"}
