"""The Sync area's Desks tab, on an organiser desk only (DESIGN §6: managing desks is the
organiser's): the organisation's desks, and Add, Reset and Revoke a desk.

Every read and every action runs in a job, through the services of the command line
(`sync.desk_overview`: `hub desks`, `hub add-desk`, `hub reset-desk`, `hub revoke-desk`; without a
hub `desk add` and `desk revoke`). With a hub, the administrator's address and password are asked
the first time they are needed and kept in this object only (never in a file or the settings);
they are forgotten when the hub refuses them or cannot be reached. A failure is one sentence under
the list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mornings_desktop.errors import UserError
from mornings_desktop.ui.dialogs import translate_error
from mornings_desktop.ui.labels import isolate
from mornings_desktop.ui.state import AppState
from mornings_desktop.ui.sync import HUB_URL_KEY, file_dialogs
from mornings_desktop.ui.sync.desk_dialogs import AddDeskDialog, AdminDialog, RevokeDialog
from mornings_desktop.ui.sync.desks_model import DesksModel, local_moment
from mornings_desktop.ui.table_view import row_table

if TYPE_CHECKING:
    from mornings_desktop.sync.desk_revoke import OfflineRevoked
    from mornings_desktop.sync.hub_desks import Revoked

# A refusal after which the administrator's login is asked again (wrong, or the wrong hub): the
# sentences of `sync/hub_words.py` a wrong address gives (written out: that module imports
# psycopg, which showing this panel does not).
FORGET_ADMIN = (
    "The hub {hub} refused the admin login: wrong login or password; nothing was changed.",
    "The hub {hub} could not do what this desk asked; try again in a moment, and if it happens "
    "again, tell the organiser (the details are in this desk's log).",
    "The hub {hub} has no database of that name; ask the organiser for the right hub address.",
    "The hub {hub} does not accept this computer's connection (its access rules may require a "
    "secure connection); ask the organiser to check the hub's address and its access rules.",
    "The hub {hub} does not offer a secure connection, but this desk's hub address requires one; "
    "ask the organiser to check the hub's address.",
    "This desk could not check the certificate of the hub {hub} (a missing or wrong certificate "
    "file, or another server answered); nothing was sent: ask the organiser.",
    "The hub {hub} is not reachable: it is stopped, or this computer is not on its network.",
    "The hub {hub} did not answer in time.",
    "The hub address is not a valid URL: {detail}",
    "This login may not use the hub {hub}; check the hub address or ask the organiser for a "
    "desk login.",
    "The login {login} may not manage the hub's desks: give the hub's administrator login (the "
    "one 'mornings hub init' was run with); nothing was changed.",
)


class DesksPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._admin_url: str | None = None  # in memory only
        self._shown_once = False
        self.dialog: QDialog | None = None  # the question open now (tests answer it)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = DesksModel(self)
        self.table = row_table(self.model, DesksModel.STATE)
        self.table.setAccessibleName(self.tr("The organisation's desks"))
        self.list_button = QPushButton(self.tr("&Show the desks"))
        self.add_button = QPushButton(self.tr("A&dd a desk…"))
        self.reset_button = QPushButton(self.tr("R&eset a desk…"))
        self.reset_button.setToolTip(
            self.tr("A new join file for a lost or reinstalled laptop; the old password stops.")
        )
        self.revoke_button = QPushButton(self.tr("Re&voke a desk…"))
        self.revoke_button.setToolTip(self.tr("A lost or stolen laptop: refuse what it makes."))
        self.list_button.clicked.connect(self.refresh)
        self.add_button.clicked.connect(self.add_desk)
        self.reset_button.clicked.connect(self.reset_desk)
        self.revoke_button.clicked.connect(self.revoke_desk)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Desks: what happened"))
        buttons = QHBoxLayout()
        for button in (self.list_button, self.add_button, self.reset_button, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._enable()

    # -- state ------------------------------------------------------------------------------------
    @property
    def hub(self) -> bool:
        return bool(self.state.workspace.meta(HUB_URL_KEY))

    def _enable(self, busy: bool = False) -> None:
        chosen = self._chosen() is not None
        self.list_button.setEnabled(not busy)
        self.add_button.setEnabled(not busy)
        self.revoke_button.setEnabled(not busy and chosen)
        self.reset_button.setEnabled(not busy and chosen)

    def _chosen(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.name(rows[0].row()) if rows else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reset_button.setVisible(self.hub)  # without a hub, a new file is a new desk
        if self._shown_once:
            return
        self._shown_once = True
        if self.hub:
            self.intro.setText(
                self.tr(
                    "The desks of the organisation, as the hub knows them. Showing or changing "
                    "them asks for the hub's administrator password once."
                )
            )
            if self._admin_url is not None:
                self.refresh()
        else:
            self.intro.setText(
                self.tr(
                    "No hub: the desks this desk knows from their join files and bundles (last "
                    "contact: their latest operation received here)."
                )
            )
            self._after_change()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError) and exc.template in FORGET_ADMIN:
            self._admin_url = None
        self._enable()
        self._say("✖ " + translate_error(exc))

    # -- the administrator ------------------------------------------------------------------------
    def _with_admin(self, then: Callable[[str | None], None]) -> None:
        """`then(admin_url)` with a hub (asked now if not known), `then(None)` without one."""
        if not self.hub:
            then(None)
            return
        if self._admin_url is not None:
            then(self._admin_url)
            return
        from mornings_desktop.sync import hub_schema

        desk_url = self.state.workspace.meta(HUB_URL_KEY) or ""
        address = hub_schema.with_credentials(desk_url, "", None).replace("//@", "//")
        dialog = AdminDialog(address, self)

        def given() -> None:
            login, password = dialog.login.text().strip(), dialog.password.text()
            url = hub_schema.with_credentials(dialog.address.text().strip(), login, password)
            self._admin_url = url
            then(url)

        dialog.accepted.connect(given)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _run(
        self,
        work: Callable[[], object],
        title: str,
        done: Callable[[object], None],
        *,
        say: bool = True,
    ) -> None:
        self._enable(busy=True)
        if say:
            self._say("⟳ " + title)

        def finished(result: object) -> None:
            self._enable()
            done(result)

        self.state.jobs.run(
            lambda _control: work(),
            title=title,
            on_done=finished,
            on_error=self._failed,
            parent_widget=self,
            cancellable=False,
        )

    # -- list -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the organisation's desks again (in a job)."""
        self._with_admin(self._list)

    def _after_change(self) -> None:
        """The list again after an action, its sentence kept under it."""
        self._with_admin(lambda url: self._list(url, say=False))

    def _list(self, admin_url: str | None, *, say: bool = True) -> None:
        from mornings_desktop.sync import desk_overview

        ws = self.state.workspace

        def listed(result: object) -> None:
            assert isinstance(result, list)
            self.model.set_items(result)
            self.table.resizeColumnsToContents()
            self._enable()
            if say:
                self._say(self.tr("Desks listed: %1").replace("%1", str(len(result))))

        if admin_url is None:
            self._run(
                lambda: desk_overview.held_here(ws), self.tr("Reading the desks…"), listed, say=say
            )
        else:
            self._run(
                lambda: desk_overview.from_hub(ws, admin_url),
                self.tr("Reading the desks from the hub…"),
                listed,
                say=say,
            )

    # -- add, reset -------------------------------------------------------------------------------
    def add_desk(self) -> None:
        dialog = AddDeskDialog(self, hub=self.hub)
        dialog.accepted.connect(lambda: self._add(*dialog.chosen()))
        self._open(dialog)

    def _add(self, name: str, role: str) -> None:
        path = file_dialogs.ask_join_output(self, name)
        if path is None:
            return
        from mornings_desktop.sync import desk_overview

        ws = self.state.workspace
        self._write_join_file(
            name,
            lambda url: desk_overview.add(ws, url, name, role, Path(path)),
            self.tr("Adding the desk…"),
            self.tr(
                "Join file of the desk %1 written: %2. Give it to that desk on a USB stick "
                "(Sync, 'Join with a file…'), then delete it."
            ),
        )

    def reset_desk(self) -> None:
        name = self._chosen()
        if name is None or not self.hub:
            return
        path = file_dialogs.ask_join_output(self, name)
        if path is None:
            return
        from mornings_desktop.sync import desk_overview

        ws = self.state.workspace
        self._write_join_file(
            name,
            lambda url: desk_overview.reset(ws, str(url), name, path),
            self.tr("Resetting the desk…"),
            self.tr(
                "New join file of the desk %1 written: %2. Its old password no longer "
                "works; join the laptop again with this file."
            ),
        )

    def _write_join_file(
        self, name: str, work: Callable[[str | None], object], busy: str, done_text: str
    ) -> None:
        """`work(admin URL)` writes a desk's join file, off the UI thread; then `done_text` (%1:
        the desk, %2: the file) is said and the list read again."""

        def written(result: object) -> None:
            self._say(
                "✔ " + done_text.replace("%1", isolate(name)).replace("%2", isolate(str(result)))
            )
            self._after_change()

        self._with_admin(lambda url: self._run(lambda: work(url), busy, written))

    # -- revoke -----------------------------------------------------------------------------------
    def revoke_desk(self) -> None:
        name = self._chosen()
        if name is None:
            return
        dialog = RevokeDialog(name, self, hub=self.hub)
        dialog.accepted.connect(lambda: self._with_admin(lambda url: self._revoke(url, dialog)))
        self._open(dialog)

    def _revoke(self, admin_url: str | None, dialog: RevokeDialog) -> None:
        from mornings_desktop.ledger import org_key_store, signing
        from mornings_desktop.sync import desk_overview
        from mornings_desktop.trust import keys

        ws, name, until = self.state.workspace, dialog.desk, dialog.until()
        if not keys.keyring_usable() and org_key_store.key_file(ws.org_id).exists():
            try:  # a key file's passphrase can only be asked on this thread (the file is read)
                signing.org_key(ws.org_id)
            except UserError as exc:
                self._failed(exc)
                return
        self._run(
            lambda: desk_overview.revoke(ws, admin_url, name, until),
            self.tr("Revoking the desk…"),
            lambda result: self._revoked(name, result),  # type: ignore[arg-type]
        )

    def _revoked(self, name: str, result: Revoked | OfflineRevoked) -> None:
        from mornings_desktop.sync.hub_desks import Revoked

        shown = isolate(name)
        if isinstance(result, Revoked):
            text = self.tr(
                "%1 is revoked: it can no longer log in, and %2 of its operations received after "
                "%3 are set aside."
            )
            text = (
                text.replace("%1", shown)
                .replace("%2", str(result.set_aside))
                .replace("%3", local_moment(result.until))
            )
            if result.signed:
                text += " " + self.tr("Every desk refuses its later operations from its next sync.")
            else:
                text += " " + self.tr(
                    "This computer does not hold the organisation key, so only the hub refuses "
                    "them: revoke it again from the organiser's computer that holds it."
                )
        else:
            text = self.tr(
                "%1 is revoked here. The revocation travels in the next bundle you export: every "
                "desk that imports it refuses what %1 made after %2."
            )
            text = text.replace("%1", shown).replace("%2", local_moment(result.until))
        self._say("✔ " + text)
        self._after_change()
