"""The mail templates, edited in the window with a live preview.

Pick a template (ticket, reminder…, or a new one: New template… asks its name and starts from
the words shown; a blank or taken name is one sentence) and a language (French, English, Arabic); edit its subject and
its text; the placeholders are listed and inserted where the cursor is (double-click, or Enter in
the list); the preview (a QTextBrowser, the QR code inline) shows the message as one real
registration of the Morning would get it, at every keystroke. A placeholder that does not exist is
named in one sentence. Saving goes through `templates.save`, the service `mornings mail template
set` uses, in a job.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import UserError
from mornings_desktop.services.mail import campaigns, render, templates
from mornings_desktop.services.mail import settings as mail_settings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import ask_yes_no, translate_error
from mornings_desktop.ui.jobs import JobRunner
from mornings_desktop.ui.mail.preview import show_message
from mornings_desktop.ui.mail.template_parts import EditorContext, PlaceholderList, read_context
from mornings_desktop.wording import mail_states

PREVIEW_DELAY_MS = 150


SENDER_STAND_IN = {"fr": "L’organisateur", "en": "The organiser", "ar": "المنظم"}


class TemplateEditor(QDialog):
    def __init__(
        self, ws: Workspace, jobs: JobRunner, morning_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.jobs, self.morning_id = ws, jobs, morning_id
        self.setWindowTitle(self.tr("Mail templates"))
        self.resize(1100, 720)
        self.context = EditorContext(None, [], None)
        self.name = QComboBox()
        for name in templates.names():
            self.name.addItem(self.template_label(name), name)
        self.language = QComboBox()
        for code, label in (("fr", "Français"), ("en", "English"), ("ar", "العربية")):
            self.language.addItem(label, code)
        self.person = QComboBox()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.placeholders = PlaceholderList()
        for key, text in self.placeholder_labels().items():
            item = QListWidgetItem(f"{{{key}}} — {text}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.placeholders.addItem(item)
        self.placeholders.setCurrentRow(0)
        self.placeholders.itemActivated.connect(self.insert_placeholder)
        self.preview = QTextBrowser()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Check"))
        self.reset_button = QPushButton(self.tr("&Built-in words"))
        self.reset_button.clicked.connect(self.reset)
        self.new_button = QPushButton(self.tr("&New template…"))
        self.new_button.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_button.clicked.connect(self.new_template)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._last_field: QWidget = self.body
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        # where the person last typed or moved the cursor is where a placeholder goes
        self.subject.cursorPositionChanged.connect(lambda *_: self._remember(self.subject))
        self.body.cursorPositionChanged.connect(lambda: self._remember(self.body))
        self._loaded = ("", "")
        self._origins: dict[str, str] = {}  # a new template → the one it started from
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self._layout()
        self._choice = (str(self.name.currentData()), str(self.language.currentData()))
        self.name.currentIndexChanged.connect(self.choose)
        self.language.currentIndexChanged.connect(self.choose)
        self.person.currentIndexChanged.connect(self.update_preview)
        self.subject.textChanged.connect(self.changed)
        self.body.textChanged.connect(self.changed)
        self.load_words()
        ws_, morning = ws, morning_id
        jobs.run(
            lambda _control: read_context(ws_, morning), title=self.windowTitle(),
            on_done=self.show_context, parent_widget=self, show_dialog=False,
        )  # fmt: skip

    def _layout(self) -> None:
        top = QFormLayout()
        for text, field in (
            (self.tr("&Template:"), self.name),
            (self.tr("&Language:"), self.language),
            (self.tr("Preview &for:"), self.person),
            (self.tr("&Subject:"), self.subject),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(": "))
            top.addRow(label, field)
        body_label = QLabel(self.tr("&Message:"))
        body_label.setBuddy(self.body)
        self.body.setAccessibleName(self.tr("Message"))
        places_label = QLabel(self.tr("&Placeholders (Enter inserts):"))
        places_label.setBuddy(self.placeholders)
        self.placeholders.setAccessibleName(self.tr("Placeholders"))
        editor = QWidget()
        left = QVBoxLayout(editor)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(top)
        left.addWidget(body_label)
        left.addWidget(self.body, 3)
        left.addWidget(places_label)
        left.addWidget(self.placeholders, 1)
        right = QWidget()
        preview_box = QVBoxLayout(right)
        preview_box.setContentsMargins(0, 0, 0, 0)
        preview_box.addWidget(QLabel(self.tr("Preview:")))
        preview_box.addWidget(self.preview, 1)
        split = QSplitter()
        split.addWidget(editor)
        split.addWidget(right)
        split.setSizes([520, 580])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def template_label(self, name: str) -> str:
        return {"ticket": self.tr("Ticket"), "reminder": self.tr("Reminder")}.get(name, name)

    def placeholder_labels(self) -> dict[str, str]:
        return {
            "first_name": self.tr("first name"),
            "name": self.tr("full name"),
            "code": self.tr("entry code"),
            "title": self.tr("the Morning's title"),
            "date": self.tr("the date, written out"),
            "time": self.tr("the start time"),
            "venue": self.tr("the venue"),
            "address": self.tr("the address"),
            "agenda": self.tr("the programme"),
            "organiser": self.tr("the sender's name"),
        }

    # -- which words ------------------------------------------------------------------------
    def chosen(self) -> tuple[str, str]:
        return str(self.name.currentData()), str(self.language.currentData())

    def modified(self) -> bool:
        return (self.subject.text(), self.body.toPlainText()) != self._loaded

    def choose(self) -> None:
        if self.chosen() == self._choice:
            return
        if self.modified() and not ask_yes_no(
            self, self.windowTitle(), self.tr("Leave the changes to this template unsaved?")
        ):
            self._restore_choice()
            return
        self._choice = self.chosen()
        self.load_words()

    def reject(self) -> None:
        """Close; words typed and not saved are left only when the person says so."""
        if self.modified() and not ask_yes_no(
            self, self.windowTitle(), self.tr("Leave the changes to this template unsaved?")
        ):
            return
        super().reject()

    def _restore_choice(self) -> None:
        name, language = self._choice
        for combo, value in ((self.name, name), (self.language, language)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    def new_template(self) -> None:
        """Ask the new template's name; it starts from the words shown, kept once saved."""
        if self.modified() and not ask_yes_no(
            self, self.windowTitle(), self.tr("Leave the changes to this template unsaved?")
        ):
            return
        typed, ok = QInputDialog.getText(
            self, self.tr("New template"),
            self.tr("Name of the new template (lower-case letters, digits, - or _):"),
        )  # fmt: skip
        if not ok:
            return
        taken = [str(self.name.itemData(i)) for i in range(self.name.count())]
        try:
            name = templates.check_new_name(typed, taken)
        except UserError as exc:
            self.status.setText(translate_error(exc))
            return
        self._origins[name] = self.chosen()[0]
        origin = self.template_label(self.chosen()[0])
        self.name.blockSignals(True)
        self.name.addItem(name, name)
        self.name.setCurrentIndex(self.name.count() - 1)
        self.name.blockSignals(False)
        self._choice = self.chosen()
        self._loaded = ("", "")  # nothing kept yet: closing asks, Save makes it
        self.reset_button.setEnabled(False)
        self.status.setText(
            self.tr(
                "New template “{name}”, starting from the words of “{origin}”: edit them and save."
            ).format(name=name, origin=origin)
        )
        self.subject.setFocus()

    def load_words(self) -> None:
        name, language = self.chosen()
        # a template made here and saved in no language yet starts from the one it was made from
        source_name = name if templates.known(name) else self._origins.get(name, "ticket")
        source = templates.words_from(source_name, language)
        words = templates.template(source_name, language)
        direction = (
            Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        )
        for field in (self.subject, self.body, self.preview):
            field.setLayoutDirection(direction)
        option = QTextOption(self.body.document().defaultTextOption())
        option.setTextDirection(direction)  # lines that start with a placeholder stay in order
        side = Qt.AlignmentFlag.AlignRight if language == "ar" else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        self.body.document().setDefaultTextOption(option)
        self.subject.setText(words.subject)
        self.body.setPlainText(words.body.rstrip("\n"))
        self._loaded = (self.subject.text(), self.body.toPlainText())
        self.reset_button.setEnabled(templates.is_custom(name, language))
        self.update_preview()
        note = mail_states.words_from_note(language, source, QCoreApplication.translate)
        if note:  # not written in this language yet: whose words these are, after the check
            self.status.setText(note)

    def show_context(self, context: EditorContext) -> None:
        self.context = context
        self.person.blockSignals(True)
        self.person.clear()
        for row in context.people:
            self.person.addItem(f"{row.name} ({row.code})", row.id)
        self.person.blockSignals(False)
        self.update_preview()

    # -- editing ----------------------------------------------------------------------------
    def changed(self) -> None:
        self._timer.start()

    def insert_placeholder(self, item: QListWidgetItem) -> None:
        text = "{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}"
        field = self._last_field
        if isinstance(field, QLineEdit):
            field.insert(text)
        else:
            self.body.insertPlainText(text)
        field.setFocus()

    def _remember(self, field: QWidget) -> None:
        self._last_field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remember the last of subject and message that had the focus: placeholders go there."""
        if event.type() == QEvent.Type.FocusIn and (
            watched is self.subject or watched is self.body
        ):
            self._last_field = watched
        return super().eventFilter(watched, event)

    def problem(self) -> str:
        """The one sentence about the words as typed, or ""."""
        try:
            templates.check(self.subject.text(), self.body.toPlainText())
        except UserError as exc:
            return translate_error(exc)
        return ""

    def update_preview(self) -> None:
        self._timer.stop()
        self.status.setText(self.problem())
        facts, people = self.context.facts, self.context.people
        if facts is None or not people:
            self.preview.setHtml(
                "<p>"
                + self.tr(
                    "The preview needs a Morning with a ticket for someone with an e-mail address."
                )
                + "</p>"
            )
            return
        index = max(0, self.person.currentIndex())
        row = people[min(index, len(people) - 1)]
        _name, language = self.chosen()
        # No mail settings yet: a stand-in for the sender's name, in the e-mail's language (it
        # was the window's: a French e-mail signed in Arabic).
        settings = self.context.settings or mail_settings.MailSettings(
            "localhost", 25, "none", "", SENDER_STAND_IN.get(language, SENDER_STAND_IN["en"]),
            "organiser@example.invalid",
        )  # fmt: skip
        words = templates.Template(self.subject.text(), self.body.toPlainText())
        done = render.render(
            settings, facts, campaigns.recipient(row, language), words=words, attach_ticket=False
        )
        show_message(self.preview, done)

    # -- keeping ----------------------------------------------------------------------------
    def save(self) -> None:
        name, language = self.chosen()
        subject, body = self.subject.text(), self.body.toPlainText()
        problem = self.problem()
        if problem:
            self.status.setText(problem)
            return

        def done(_path: object) -> None:
            self._loaded = (subject, body)
            self.reset_button.setEnabled(True)
            self.status.setText(
                self.tr("Saved: the template “{name}” in {language}.").format(
                    name=self.template_label(name), language=self.language.currentText()
                )
            )

        self.jobs.run(
            lambda _control: templates.save(name, language, subject, body),
            title=self.tr("Saving"), on_done=done, on_error=self._failed, parent_widget=self,
            show_dialog=False,
        )  # fmt: skip

    def reset(self) -> None:
        name, language = self.chosen()
        if not ask_yes_no(
            self, self.windowTitle(), self.tr("Go back to the built-in words of this template?")
        ):
            return

        def done(_removed: object) -> None:
            self.load_words()
            self.status.setText(self.tr("Back to the built-in words."))

        self.jobs.run(
            lambda _control: templates.reset(name, language), title=self.tr("Saving"),
            on_done=done, on_error=self._failed, parent_widget=self, show_dialog=False,
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(translate_error(exc))


def open_template_editor(
    parent: QWidget, ws: Workspace, jobs: JobRunner, morning_id: str
) -> TemplateEditor:
    editor = TemplateEditor(ws, jobs, morning_id, parent)
    editor.show()
    return editor
