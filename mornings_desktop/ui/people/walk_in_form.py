"""The quick walk-in form: name, organisation, category (e-mail and phone optional).

A widget the check-in desk embeds as well: it calls `registrations.register_walk_in`, which
finds a regular in the directory by e-mail or phone first, in a job (off the UI thread).
As the name is typed, people of past Mornings are suggested under it (`DirectorySuggestions`);
choosing one prefills the fields and registers that very person (`person_id`), never a copy.
Editing the name afterwards undoes the link; an organisation, e-mail or phone corrected after
choosing is saved (`walk_in.save_corrections`): to the person where the desk's role allows it,
else in the registration's note, and `notice` says which in one sentence. The directory is read whenever the form is shown
and after each registration.
`registered(registration_id)` is emitted once the registration is on disk; errors are shown in
the form, never lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.services import categories, consent, registrations, walk_in
from mornings_desktop.services.directory_search import DirectoryHit
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import translate_error
from mornings_desktop.ui.jobs import JobRunner
from mornings_desktop.ui.labels import isolate, language
from mornings_desktop.ui.people.directory_suggest import DirectorySuggestions
from mornings_desktop.ui.writes import own_runner, run_write, runner_of


def shown_categories(workspace: Workspace) -> list[categories.CategoryInfo]:
    """The categories to offer, read only: the defaults until they are seeded (by the first save,
    in its job), so opening a form never writes."""
    return categories.list_categories(workspace, seed=False) or categories.default_infos()


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class WalkInForm(QWidget):
    registered = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        morning_id: str,
        parent: QWidget | None = None,
        *,
        default_category: str = "guest",
        jobs: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.jobs = jobs  # None: the window's (ui/writes.py)
        self._saving = False
        self.morning_id = morning_id
        self.person_id: str | None = None  # the directory person chosen in the suggestions
        self._consent_shown: dict[str, bool] | None = None  # their boxes as prefilled
        self.notice = ""  # what became of corrections to a chosen regular, after a registration
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.suggestions = DirectorySuggestions(self.name, workspace, self)
        self.suggestions.chosen.connect(self.prefill)
        self.name.textEdited.connect(self._unlink)
        self.organisation = QLineEdit()
        self.category = QComboBox()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("optional"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("optional"))
        for c in shown_categories(workspace):
            self.category.addItem(colour_icon(c.colour), c.label(language()), c.key)
        at = self.category.findData(default_category)
        self.category.setCurrentIndex(max(at, 0))
        self.newsletter = QCheckBox(self.tr("Agrees to receive the &newsletter"))
        self.photos = QCheckBox(self.tr("Agrees to be in photo&s"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.submit = QPushButton(self.tr("&Register walk-in"))
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.register)
        self.name.returnPressed.connect(self.register)
        self.organisation.returnPressed.connect(self.register)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow("", self.suggestions.list)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("Ca&tegory"), self.category)
        form.addRow(self.tr("E-&mail"), self.email)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow("", self.newsletter)
        form.addRow("", self.photos)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the directory each time the form appears (a job): who was registered or hidden
        since it was last shown is up to date."""
        super().showEvent(event)
        if not event.spontaneous():
            self.suggestions.load(self._runner())

    def _runner(self) -> JobRunner:
        return self.jobs or runner_of(self) or own_runner(self)

    def prefill(self, hit: DirectoryHit) -> None:
        """Fill the form from a directory person and link the registration to them."""
        self.name.setText(hit.name)
        self.organisation.setText(hit.organisation)
        self.email.setText(hit.email)
        self.phone.setText(hit.phone)
        at = self.category.findData(hit.category) if hit.category else -1
        if at >= 0:
            self.category.setCurrentIndex(at)
        # Their consent as recorded: an unchanged form keeps it (unticked would record a "no").
        self.newsletter.setChecked(hit.newsletter)
        self.photos.setChecked(hit.photos)
        self.person_id = hit.person_id
        self._consent_shown = {"newsletter": hit.newsletter, "photos": hit.photos}
        self.message.setText(
            self.tr("Known from past Mornings: {name}.").format(name=isolate(hit.name))
        )

    def _note_line(self) -> Callable[[dict[str, str]], str]:
        """The registration-note line for corrections a door desk may not save to the person
        (worded here, on the UI thread, in the desk's language)."""
        names = {
            "organisation": self.tr("organisation"),
            "email": self.tr("e-mail"),
            "phone": self.tr("phone"),
            "newsletter": self.tr("newsletter"),
            "photos": self.tr("photos"),
        }
        answers = {"yes": self.tr("yes"), "no": self.tr("no")}
        template = self.tr("Corrected at the door, to copy to their record: {changes}")

        def line(changes: dict[str, str]) -> str:
            parts = "; ".join(
                f"{names.get(k, k)} {answers.get(v, v) if k in ('newsletter', 'photos') else v}"
                for k, v in changes.items()
            )
            return template.format(changes=parts)

        return line

    def _notice(self, corrected: walk_in.Correction) -> str:
        if corrected.saved_as == "person":
            return self.tr("The details you corrected are saved to their record.")
        if corrected.saved_as == "note":
            return self.tr(
                "This door desk may not change a record it did not create: the details you "
                "corrected are kept in the registration's note for an organiser."
            )
        return ""

    def _unlink(self, _text: str) -> None:
        if self.person_id is not None:
            self.person_id = None
            self._consent_shown = None
            self.message.setText("")

    def set_morning(self, morning_id: str) -> None:
        self.morning_id = morning_id

    def clear(self) -> None:
        for edit in (self.name, self.organisation, self.email, self.phone):
            edit.clear()
        self.person_id = None
        self._consent_shown = None
        self.suggestions.dismiss()
        self.newsletter.setChecked(False)
        self.photos.setChecked(False)
        self.name.setFocus()

    def register(self) -> None:
        """Register from the fields in a job; `registered` once on disk, else the message says why."""
        if self._saving:  # Enter pressed again while saving: one registration
            return
        ws, morning_id = self.workspace, self.morning_id
        name, organisation = self.name.text(), self.organisation.text()
        category = str(self.category.currentData() or "guest")
        email, phone = self.email.text().strip() or None, self.phone.text().strip() or None
        newsletter, photos = self.newsletter.isChecked(), self.photos.isChecked()
        person_id, shown = self.person_id, self._consent_shown
        typed = {"organisation": organisation, "email": email, "phone": phone}
        note_line = self._note_line()

        def work() -> tuple[str, str, walk_in.Correction]:
            categories.ensure_defaults(ws)
            made = walk_in.walk_in_registered(
                ws,
                morning_id,
                name,
                organisation,
                category,
                email=email,
                phone=phone,
                person_id=person_id,
            )
            registration_id = made.registration_id
            corrected = walk_in.Correction()
            # Someone known (a regular chosen, or a name or contact that found someone already
            # registered): what the desk typed over their details, and only a box the desk
            # changed is an answer (unchanged boxes record nothing, their answers stay); where
            # the role table does not let this desk record it, the note keeps it.
            if shown is not None or not made.new_person:
                before = shown or {"newsletter": False, "photos": False}
                changed = {
                    purpose: "yes" if ticked else "no"
                    for purpose, ticked in (("newsletter", newsletter), ("photos", photos))
                    if ticked != before[purpose]
                }
                corrected = walk_in.save_corrections(ws, registration_id, typed, note_line, changed)
            row = registrations.get_registration(ws, registration_id)
            if shown is None and made.new_person:
                consent.record_walk_in(ws, row.person_id, newsletter=newsletter, photos=photos)
            return registration_id, row.name, corrected

        def done(result: tuple[str, str, walk_in.Correction]) -> None:
            self._saving = False
            registration_id, shown, corrected = result
            self.notice = self._notice(corrected)
            self.message.setText(
                " ".join(
                    t
                    for t in (
                        self.tr("✓ {name} is registered.").format(name=isolate(shown)),
                        self.notice,
                    )
                    if t
                )
            )
            self.clear()
            self.suggestions.load(self._runner())  # the new person is a regular from now on
            self.registered.emit(registration_id)

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.message.setText("⚠ " + translate_error(exc))

        self._saving = True
        self.notice = ""
        self.message.setText("")
        run_write(self._runner(), work, on_done=done, on_error=failed, parent=self)
