"""The agenda's "Tell speakers…" button: after publishing, each speaker concerned is e-mailed the
sessions that changed for them since the version they were last sent, with the programme PDF —
the same services as `mornings agenda notify-speakers` (`speaker_notices.plan`, `queue`, the
worker). Reading who is concerned, claiming the Morning, queueing and sending run in jobs; each
outcome is one sentence for the screen's message line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from mornings_desktop.errors import ValidationError
from mornings_desktop.services.mail import claims, speaker_notices, worker
from mornings_desktop.services.mail import settings as mail_settings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.ui.dialogs import ask_yes_no, translate_error
from mornings_desktop.ui.jobs import Cancelled, JobControl, JobRunner

Say = Callable[[str, bool], None]  # (text, is_a_problem)


@dataclass(frozen=True)
class _Plan:
    settings: mail_settings.MailSettings | None
    version: int
    names: list[str]


@dataclass(frozen=True)
class _Refused:
    error: ValidationError


def _plan(ws: Workspace, morning_id: str) -> _Plan:
    version, notices = speaker_notices.plan(ws, morning_id)
    return _Plan(mail_settings.load(ws), version.number, [n.name for n in notices])


def tell_button(screen: Any) -> QPushButton:
    """The agenda's "Tell speakers…" button; `screen` is the AgendaScreen (its state, its
    Morning, and `say(text, problem=…)` for the one-sentence outcome)."""
    button = QPushButton(QCoreApplication.translate("speakers_action", "Te&ll speakers…"))
    button.setToolTip(
        QCoreApplication.translate(
            "speakers_action",
            "E-mail each speaker the sessions that changed for them since their last version",
        )
    )

    def clicked() -> None:
        say = lambda text, problem: screen.say(text, problem=problem)  # noqa: E731
        tell_speakers(screen, screen.state.workspace, screen.state.jobs, screen.morning_id, say)

    button.clicked.connect(clicked)
    return button


def tell_speakers(
    parent: QWidget, ws: Workspace, jobs: JobRunner, morning_id: str, say: Say
) -> None:
    """Say who would be told, ask, then send (in jobs)."""
    if not morning_id:
        return

    def planned(plan: _Plan) -> None:
        if plan.settings is None:
            say(
                QCoreApplication.translate(
                    "speakers_action",
                    "Mail is not set up: open People ▸ Tickets ▸ Mail settings… first.",
                ),
                True,
            )
            return
        if not plan.names:
            say(
                QCoreApplication.translate(
                    "speakers_action", "No speaker has a change since the version they were sent."
                ),
                False,
            )
            return
        question = QCoreApplication.translate(
            "speakers_action",
            "Send version {version} of the programme to %n speaker(s) ({names})?",
            None,
            len(plan.names),
        ).format(version=plan.version, names=", ".join(plan.names[:6]))
        if ask_yes_no(
            parent, QCoreApplication.translate("speakers_action", "Tell speakers"), question
        ):
            _send(parent, ws, jobs, morning_id, plan.settings, say, take_over=False)

    jobs.run(
        lambda _control: _plan(ws, morning_id), title=QCoreApplication.translate("speakers_action", "Tell speakers"), on_done=planned,
        on_error=lambda exc: say(translate_error(exc), True), parent_widget=parent,
        show_dialog=False,
    )  # fmt: skip


def _send(
    parent: QWidget,
    ws: Workspace,
    jobs: JobRunner,
    morning_id: str,
    settings: mail_settings.MailSettings,
    say: Say,
    *,
    take_over: bool,
) -> None:
    from mornings_desktop.ui.mail.send_dialog import ask_password, ask_take_over

    password = mail_settings.password(settings)
    if settings.user and not password:
        asked = ask_password(parent, settings.user)
        if asked is None:
            return
        password = asked

    def work(control: JobControl) -> worker.SendReport | _Refused:
        try:
            claims.claim(ws, morning_id, take_over=take_over)
        except ValidationError as exc:
            return _Refused(exc)
        batch, _count = speaker_notices.queue(ws, settings, morning_id)
        return worker.send_outbox(
            ws, settings, password, batch=batch,
            progress=lambda d, t, text: control.progress(d, t, text),
            cancelled=lambda: control.cancelled,
        )  # fmt: skip

    def done(result: worker.SendReport | _Refused) -> None:
        if isinstance(result, _Refused):
            if ask_take_over(parent, translate_error(result.error)):
                _send(parent, ws, jobs, morning_id, settings, say, take_over=True)
            return
        say(
            QCoreApplication.translate(
                "speakers_action", "Speakers told: sent {sent}; failed {failed}; unknown {unknown}."
            ).format(sent=result.sent, failed=result.failed, unknown=result.unknown),
            bool(result.failed or result.unknown),
        )

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            say(translate_error(exc), True)

    jobs.run(
        work, title=QCoreApplication.translate("speakers_action", "Telling the speakers"), on_done=done, on_error=failed,
        parent_widget=parent,
    )  # fmt: skip
