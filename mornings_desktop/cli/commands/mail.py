"""`mornings mail …`: set up the mail server, send tickets and reminders, watch the outbox.

    mornings mail setup --smtp 'smtp://USER@HOST:PORT?security=starttls' --from 'Name <addr>'
    mornings mail test --to ADDRESS
    mornings mail tickets --event EV [--only not-sent|changed] [--dry-run] [--take-over]
    mornings mail reminder --event EV [--template NAME] [--take-over]
    mornings mail outbox [--event EV]
    mornings mail retry [--resend-unknown]
    mornings mail template list | show | set | reset   (see mail_templates.py)

The password comes from MORNINGS_SMTP_PASSWORD or a prompt, and is kept in the keyring; it is never
an argument and never printed. Sending commands print the outbox counts of what they sent (`queued`,
`sent`, `failed`, `unknown`) and exit 0 only when nothing failed (1 otherwise).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from mornings_desktop.cli.common import emit, emit_table, open_workspace
from mornings_desktop.cli.reader import LANGUAGES, reader_language
from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.services import mornings
from mornings_desktop.services.mail import campaigns, claims, outbox, worker
from mornings_desktop.services.mail import settings as mail_settings
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.wording import mail_states
from mornings_desktop.wording.tr import Translate, catalogue

EXIT_NOT_ALL_SENT = 1


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the reasons shown (default: MORNINGS_LANG or LANG, else English)",
    )


def _reader(args: argparse.Namespace) -> Translate:
    return catalogue(reader_language(args))


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("mail", parents=[common], help="send tickets and reminders by e-mail")
    mail = p.add_subparsers(dest="mail_command", metavar="ACTION", required=True)

    s = mail.add_parser("setup", parents=[common], help="the mail server and the sender")
    s.add_argument(
        "--smtp",
        required=True,
        metavar="URL",
        help="smtp://USER@HOST:PORT?security=starttls|tls|none",
    )
    s.add_argument("--from", dest="sender", required=True, metavar="'NAME <ADDRESS>'")
    s.add_argument("--reply-to", default="", metavar="ADDRESS")
    s.add_argument(
        "--cafile", default="", metavar="FILE", help="the authority of a private certificate"
    )
    s.add_argument(
        "--rate", type=int, default=60, metavar="N", help="messages per minute (0: no limit)"
    )
    s.set_defaults(func=run_setup)

    t = mail.add_parser("test", parents=[common], help="send a test message")
    t.add_argument("--to", required=True, metavar="ADDRESS")
    t.set_defaults(func=run_test)

    for name, helptext in (
        ("tickets", "e-mail the tickets of a Morning"),
        ("reminder", "e-mail a reminder"),
    ):
        c = mail.add_parser(name, parents=[common], help=helptext)
        c.add_argument("--event", required=True, metavar="EV", help="the Morning's id or date")
        c.add_argument(
            "--take-over", action="store_true", help="send even if another desk claimed it"
        )
        c.add_argument("--language", choices=("auto", "fr", "en", "ar"), default="auto")
        c.add_argument("--dry-run", action="store_true", help="say who would get it; send nothing")
        c.add_argument(
            "--registration", action="append", metavar="ID", help="only this registration"
        )
        if name == "tickets":
            c.add_argument("--only", choices=campaigns.ONLY, help="not-sent, or changed since sent")
        else:
            c.add_argument("--template", default="reminder", metavar="NAME")
        _add_lang(c)
        c.set_defaults(func=run_send, kind="ticket" if name == "tickets" else "reminder")

    o = mail.add_parser(
        "outbox", parents=[common], help="the messages of this desk and their state"
    )
    o.add_argument("--event", metavar="EV")
    _add_lang(o)
    o.set_defaults(func=run_outbox)

    r = mail.add_parser("retry", parents=[common], help="send again what failed")
    r.add_argument("--resend-unknown", action="store_true", help="also resend messages in doubt")
    _add_lang(r)
    r.set_defaults(func=run_retry)

    from mornings_desktop.cli.commands import mail_templates

    mail_templates.register(mail, common)


def _password(settings: mail_settings.MailSettings) -> str:
    found = mail_settings.password(settings)
    if settings.user and not found:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "No password is known for the mail login {user}; set MORNINGS_SMTP_PASSWORD or "
                "run 'mornings mail setup' again.",
            ),
            user=settings.user,
        )
    return found


def run_setup(args: argparse.Namespace) -> int:
    settings = mail_settings.from_url(
        args.smtp, args.sender, reply_to=args.reply_to, cafile=args.cafile,
        rate_per_minute=args.rate,
    )  # fmt: skip
    password = os.environ.get(mail_settings.PASSWORD_ENV, "")
    if settings.user and not password and sys.stdin.isatty():
        password = getpass.getpass(f"Password of {settings.user} on {settings.host}: ")
    ws = open_workspace(args)
    try:  # the password under the new login's entry; an old login's entry moved or dropped
        stored = bool(mail_settings.keep(ws, settings, password))
    finally:
        ws.close()
    if settings.user and not stored:
        print(
            "mornings: warning: the password was not stored (no keyring on this computer); set "
            "MORNINGS_SMTP_PASSWORD when sending.",
            file=sys.stderr,
        )
    result = {**settings.to_json(), "password_stored": stored}
    emit(
        args,
        result,
        f"Mail set up: {settings.sender} through {settings.host}:{settings.port} ({settings.security})",
    )
    return 0


def run_test(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        settings = mail_settings.require(ws)
    finally:
        ws.close()
    to = mail_settings.check_address(args.to)
    answer = worker.send_test_message(settings, _password(settings), to)
    emit(args, {"to": to, "answer": answer}, f"Test message sent to {to}: {answer}")
    return 0


def _report(
    args: argparse.Namespace, ws: Workspace, batch: str | None, extra: dict[str, object]
) -> int:
    counts = outbox.counts(ws, batch=batch) if batch else outbox.counts(ws)
    counts.pop("sending", None)
    result = {**counts, **extra}
    translate = _reader(args)
    emit(args, result, mail_states.counts_line(result, translate))
    failed = [r for r in outbox.rows(ws, states=["failed", "unknown"], batch=batch)]
    if not getattr(args, "json", False):
        for row in failed[:20]:
            print(
                "  "
                + mail_states.counts_line(
                    {row.state: f"{row.recipient}: {row.describe(translate)}"}, translate
                ),
                file=sys.stderr,
            )
    return EXIT_NOT_ALL_SENT if failed else 0


def run_send(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        morning = mornings.resolve(ws, args.event)
        chosen = campaigns.plan(
            ws, morning.id, kind=args.kind, only=getattr(args, "only", None),
            registration_ids=args.registration,
        )  # fmt: skip
        extra: dict[str, object] = {
            "without_email": len(chosen.without_email),
            "already_in_outbox": chosen.waiting,
        }
        if args.dry_run:
            emit(
                args,
                {"would_queue": len(chosen.chosen), **extra, "event": morning.id},
                f"would send {len(chosen.chosen)}; without e-mail: {len(chosen.without_email)}; "
                f"already in the outbox: {chosen.waiting}",
            )
            return 0
        settings = mail_settings.require(ws)
        password = _password(settings)
        if chosen.chosen:  # nothing to send claims nothing
            claims.claim(ws, morning.id, take_over=args.take_over)
        template = getattr(args, "template", "ticket")
        batch = campaigns.queue_messages(
            ws, settings, chosen, template=template, language=args.language
        )
        worker.send_outbox(ws, settings, password, batch=batch)
        return _report(args, ws, batch, extra)
    finally:
        ws.close()


def run_outbox(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        outbox.recover(ws)
        rows = outbox.rows(ws)
        if args.event:
            morning_id = mornings.resolve(ws, args.event).id
            rows = [r for r in rows if r.morning_id == morning_id]
    finally:
        ws.close()
    translate = _reader(args)
    if getattr(args, "json", False):
        emit(args, [r.to_json(translate) for r in rows])
        return 0
    columns = ["state", "to", "subject", "when", "detail"]
    emit_table(
        args,
        [
            {
                "state": mail_states.state_word(r.state, translate),
                "to": r.recipient,
                "subject": r.subject,
                "when": r.updated_at,
                "detail": r.describe(translate) if r.state != "sent" else r.answer,
            }
            for r in rows
        ],
        columns,
        headers=[mail_states.column_word(c, translate) for c in columns],
    )
    return 0


def run_retry(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        settings = mail_settings.require(ws)
        outbox.recover(ws)
        requeued = outbox.retry(ws, resend_unknown=args.resend_unknown)
        pending = outbox.queued_ids(ws)
        worker.send_outbox(ws, settings, _password(settings), ids=pending)
        counts = outbox.counts(ws)
        counts.pop("sending", None)
        figures = {**counts, "requeued": requeued}
        emit(args, figures, mail_states.counts_line(figures, _reader(args)))
        return EXIT_NOT_ALL_SENT if counts["failed"] else 0
    finally:
        ws.close()


def run_notify_speakers(args: argparse.Namespace) -> int:
    """`mornings agenda notify-speakers --event EV`: each speaker concerned gets what changed."""
    from mornings_desktop.services.mail import speaker_notices

    ws = open_workspace(args)
    try:
        morning = mornings.resolve(ws, args.event)
        settings = mail_settings.require(ws)
        if getattr(args, "dry_run", False):
            version, notices = speaker_notices.plan(ws, morning.id)
            emit(
                args,
                {
                    "version": version.number,
                    "would_queue": len(notices),
                    "speakers": [n.name for n in notices],
                },
                f"version {version.number}: would tell {len(notices)} speakers",
            )
            return 0
        password = _password(settings)
        claims.claim(ws, morning.id, take_over=getattr(args, "take_over", False))
        batch, _ = speaker_notices.queue(ws, settings, morning.id)
        worker.send_outbox(ws, settings, password, batch=batch)
        return _report(args, ws, batch, {})
    finally:
        ws.close()
