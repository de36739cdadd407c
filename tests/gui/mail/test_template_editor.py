"""The mail template editor (People ▸ Tickets ▸ Mail templates…), typed with real key events: a
live preview for a real registration, placeholders inserted from the list with the keyboard,
French and Arabic words, a bad placeholder as one sentence, and saving through the service the
command line uses — then the edited words reach a real SMTP server."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mornings_desktop.cli import main
from mornings_desktop.services import registrations
from mornings_desktop.services.mail import campaigns, templates, worker
from mornings_desktop.services.mail import settings as mail_settings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.mail import template_editor
from mornings_desktop.ui.mail.template_editor import TemplateEditor
from mornings_desktop.ui.people.screen import PeopleScreen
from tests.gui.keys import press_key, type_text
from tests.gui.mail.conftest import newest_window
from tests.unit.services.mail.smtp_server import PASSWORD, MailServer


def _open(qtbot, state, morning: str) -> TemplateEditor:  # type: ignore[no-untyped-def]
    state.set_current_morning(morning)
    screen = PeopleScreen(state)
    qtbot.addWidget(screen)
    action = next(
        a
        for a in screen.tickets_button.menu().actions()
        if "templates" in a.text().replace("&", "")
    )
    action.trigger()
    editor = newest_window(TemplateEditor)
    assert isinstance(editor, TemplateEditor)
    qtbot.addWidget(editor)
    return editor


def _save(qtbot, editor: TemplateEditor) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.Key.Key_Space)


def _preview(qtbot, editor: TemplateEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: text in editor.preview.toPlainText(), timeout=3000)


def test_edit_the_french_ticket_with_a_live_preview_and_save_it(  # type: ignore[no-untyped-def]
    qtbot, state, ws: Workspace, demo_morning: str, capsys: pytest.CaptureFixture[str]
) -> None:
    editor = _open(qtbot, state, demo_morning)
    chosen = campaigns.plan(ws, demo_morning).chosen
    person = chosen[0]
    # only the people who would get the message (a ticket and an e-mail address) are offered
    assert editor.person.count() == len(chosen) and all(r.email for r in editor.context.people)
    editor.person.setCurrentIndex(editor.person.findData(person.id))
    assert editor.chosen() == ("ticket", "fr")
    assert editor.subject.text() == "Votre billet — {title}"
    _preview(qtbot, editor, person.first_name)
    assert person.code in editor.preview.toPlainText()
    # Type at the start of the message, then insert {name} from the list with the keyboard.
    editor.body.setFocus()
    press_key(editor.body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    type_text(editor.body, "Note pour ")
    editor.placeholders.setFocus()
    press_key(editor.placeholders, Qt.Key.Key_Down)  # {first_name} → {name}
    press_key(editor.placeholders, Qt.Key.Key_Return)
    type_text(editor.body, " : merci d'arriver tôt.")
    press_key(editor.body, Qt.Key.Key_Return)
    press_key(editor.body, Qt.Key.Key_Return)
    assert editor.body.toPlainText().startswith("Note pour {name} : merci d'arriver tôt.\n\n")
    _preview(qtbot, editor, f"Note pour {person.name} : merci d'arriver tôt.")
    assert editor.status.text() == ""
    _save(qtbot, editor)
    assert editor.status.text() == "Saved: the template “Ticket” in Français."
    saved = templates.template("ticket", "fr")
    assert saved.body.startswith("Note pour {name} : merci d'arriver tôt.")
    assert saved.subject == "Votre billet — {title}"
    # The command line reads the same words.
    assert main(["mail", "template", "show", "--name", "ticket", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Note pour {name} : merci d'arriver tôt." in out and out.startswith("Subject: Votre")


def test_a_bad_placeholder_is_one_sentence_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _open(qtbot, state, demo_morning)
    editor.subject.setFocus()
    press_key(editor.subject, Qt.Key.Key_End)
    type_text(editor.subject, " {prenom}")
    qtbot.waitUntil(lambda: editor.status.text() != "", timeout=3000)
    assert editor.status.text() == (
        "{prenom} is not a placeholder; use one of {first_name}, {name}, {code}, {title}, "
        "{date}, {time}, {venue}, {address}, {agenda}, {organiser}."
    )
    _save(qtbot, editor)
    assert not (data_dir / "mail_templates").exists()
    asked: list[str] = []
    monkeypatch.setattr(
        template_editor, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False
    )
    press_key(editor.subject, Qt.Key.Key_Escape)  # Close: the changes are not lost silently
    assert asked == ["Leave the changes to this template unsaved?"] and editor.isVisible()
    press_key(editor.subject, Qt.Key.Key_Backspace)
    type_text(editor.subject, "{")
    qtbot.waitUntil(lambda: "brace" in editor.status.text(), timeout=3000)
    assert editor.status.text() == (
        "A brace is not closed; placeholders are written like {first_name}."
    )


def test_the_arabic_ticket_is_edited_right_to_left_and_reaches_the_server(  # type: ignore[no-untyped-def]
    qtbot,
    state,
    ws: Workspace,
    demo_morning: str,
    smtp: MailServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _open(qtbot, state, demo_morning)
    editor.language.setFocus()
    press_key(editor.language, Qt.Key.Key_End)  # Français, English, العربية
    assert editor.chosen() == ("ticket", "ar")
    assert editor.body.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.subject.text() == "تذكرتك — {title}"
    _preview(qtbot, editor, "رمز الدخول الخاص بك")
    editor.subject.setFocus()
    press_key(editor.subject, Qt.Key.Key_End)
    type_text(editor.subject, " — مرحبا ")
    editor.placeholders.setFocus()
    press_key(editor.placeholders, Qt.Key.Key_Return)  # {first_name}, at the subject's cursor
    assert editor.subject.text() == "تذكرتك — {title} — مرحبا {first_name}"
    _save(qtbot, editor)
    assert templates.template("ticket", "ar").subject == "تذكرتك — {title} — مرحبا {first_name}"
    assert templates.template("ticket", "fr").subject == "Votre billet — {title}"
    # Sent to a real server: the subject as edited, decoded back from its encoded words.
    monkeypatch.setenv(mail_settings.PASSWORD_ENV, PASSWORD)
    settings = mail_settings.configure(
        ws, smtp.url(), "Club <club@example.ma>", cafile=str(smtp.ca_file), rate_per_minute=0
    )
    row = next(r for r in registrations.list_registrations(ws, demo_morning) if r.email and r.code)
    plan = campaigns.plan(ws, demo_morning, registration_ids=[row.id])
    batch = campaigns.queue_messages(ws, settings, plan, language="ar")
    report = worker.send_outbox(ws, settings, PASSWORD, batch=batch)
    assert report.sent == 1
    msg = smtp.handler.messages()[-1]
    assert isinstance(msg, EmailMessage)
    first = row.first_name or row.name
    assert str(msg["Subject"]).endswith(f"— مرحبا {first}")
    assert str(msg["Subject"]).startswith("تذكرتك — ")


def _when_asked(act) -> None:  # type: ignore[no-untyped-def]
    """When a modal dialog (the name asked) is up, let `act` work it with keys (polled: it opens
    inside `exec()`)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def _answer_name(name: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    def act(dialog: QInputDialog) -> None:
        field = dialog.findChild(QLineEdit)
        type_text(field, name)
        press_key(field, Qt.Key.Key_Return)

    return act


def test_a_new_template_under_a_new_name(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """New template…: the name asked; blank or already used, one sentence and nothing made; a
    new name starts from the words shown, is edited and saved, and the command line has it."""
    editor = _open(qtbot, state, demo_morning)
    shortcut = editor.new_button.shortcut()
    assert not shortcut.isEmpty()
    _when_asked(_answer_name("   "))
    qtbot.keyClick(editor.new_button, Qt.Key.Key_Space)
    assert editor.status.text() == "Give the new template a name."
    assert editor.name.count() == 2 and editor.chosen() == ("ticket", "fr")
    _when_asked(_answer_name("reminder"))
    qtbot.keyClick(editor.new_button, Qt.Key.Key_Space)
    assert editor.status.text() == (
        "A template called “reminder” already exists; choose another name."
    )
    assert editor.name.count() == 2 and editor.chosen() == ("ticket", "fr")
    _when_asked(_answer_name("relance-j1"))
    qtbot.keyClick(editor.new_button, Qt.Key.Key_Space)
    assert editor.chosen() == ("relance-j1", "fr") and editor.name.count() == 3
    assert editor.subject.text() == "Votre billet — {title}"  # the words it starts from
    assert "relance-j1" in editor.status.text()
    editor.subject.setFocus()
    press_key(editor.subject, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor.subject, "Rappel : {title} demain")
    _save(qtbot, editor)
    assert editor.status.text() == "Saved: the template “relance-j1” in Français."
    assert (data_dir / "mail_templates" / "relance-j1.fr.txt").is_file()
    assert templates.template("relance-j1", "fr").subject == "Rappel : {title} demain"
    assert templates.template("ticket", "fr").subject == "Votre billet — {title}"
    assert main(["mail", "template", "show", "--name", "relance-j1", "--lang", "fr"]) == 0
    assert capsys.readouterr().out.startswith("Subject: Rappel : {title} demain")
    _when_asked(_answer_name("relance-j1"))  # now saved: a second one of that name is refused
    qtbot.keyClick(editor.new_button, Qt.Key.Key_Space)
    assert editor.status.text() == (
        "A template called “relance-j1” already exists; choose another name."
    )


def test_a_new_template_in_another_language_shows_whose_words_it_has(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new template made from the reminder shows the reminder's words in every language until
    it is saved (not the ticket's); once saved in French only, English shows those French words
    and says so — the words English readers would get."""
    editor = _open(qtbot, state, demo_morning)
    editor.name.setFocus()
    press_key(editor.name, Qt.Key.Key_End)  # Ticket, Reminder
    assert editor.chosen() == ("reminder", "fr")
    _when_asked(_answer_name("relance"))
    qtbot.keyClick(editor.new_button, Qt.Key.Key_Space)
    assert editor.chosen() == ("relance", "fr")
    assert editor.subject.text() == templates.BUILT_IN["reminder"]["fr"].subject
    asked: list[str] = []
    monkeypatch.setattr(
        template_editor, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True
    )
    editor.language.setFocus()
    press_key(editor.language, Qt.Key.Key_Down)  # English: the unsaved new words? left
    assert asked == ["Leave the changes to this template unsaved?"]
    assert editor.chosen() == ("relance", "en")
    assert editor.subject.text() == templates.BUILT_IN["reminder"]["en"].subject
    press_key(editor.language, Qt.Key.Key_Up)
    editor.subject.setFocus()
    press_key(editor.subject, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor.subject, "Relance : {title}")
    _save(qtbot, editor)
    qtbot.waitUntil(lambda: (data_dir / "mail_templates" / "relance.fr.txt").is_file())
    editor.language.setFocus()
    press_key(editor.language, Qt.Key.Key_End)  # Arabic
    assert editor.chosen() == ("relance", "ar")
    assert editor.subject.text() == "Relance : {title}"
    assert editor.status.text() == (
        "Not written in Arabic yet: readers in Arabic get the French words below; "
        "edit and save them to write it."
    )
    assert not editor.reset_button.isEnabled()


def test_the_preview_signs_in_the_templates_language(  # type: ignore[no-untyped-def]
    qtbot, state, demo_morning: str
) -> None:
    """Without mail settings the preview signs with a stand-in for the sender's name: it was in
    the window's language ("À très bientôt, المنظم" in a French e-mail from the Arabic window)."""
    editor = _open(qtbot, state, demo_morning)
    assert editor.chosen() == ("ticket", "fr")
    _preview(qtbot, editor, "L’organisateur")
    assert "The organiser" not in editor.preview.toPlainText()
