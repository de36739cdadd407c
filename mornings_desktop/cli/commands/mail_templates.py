"""`mornings mail template …`: the words of the messages, per template and language.

    mornings mail template list
    mornings mail template show --name ticket --lang fr
    mornings mail template set --name ticket --lang fr --subject '…' (--body '…' | --body-file F)
    mornings mail template reset --name ticket --lang fr

The same service as the window's template editor (`templates.save`, `templates.reset`): a file
`<data folder>/mail_templates/NAME.LANG.txt` replaces the built-in words; a placeholder that does
not exist is refused with one sentence (exit 2) and nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mornings_desktop.cli.common import emit, emit_table
from mornings_desktop.cli.reader import reader_language
from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError
from mornings_desktop.services.mail import templates
from mornings_desktop.wording import mail_states
from mornings_desktop.wording.tr import catalogue


def register(mail: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    t = mail.add_parser("template", parents=[common], help="the words of the messages")
    actions = t.add_subparsers(dest="template_command", metavar="ACTION", required=True)
    actions.add_parser(
        "list", parents=[common], help="the templates and their languages"
    ).set_defaults(func=run_list)
    for name, helptext, func in (
        ("show", "print a template's subject and text", run_show),
        ("set", "replace a template's words", run_set),
        ("reset", "go back to the built-in words", run_reset),
    ):
        a = actions.add_parser(name, parents=[common], help=helptext)
        a.add_argument("--name", required=True, metavar="NAME", help="ticket, reminder, …")
        a.add_argument("--lang", required=True, choices=templates.LANGUAGES)
        if name == "set":
            a.add_argument("--subject", required=True)
            body = a.add_mutually_exclusive_group(required=True)
            body.add_argument("--body", help="the text, with placeholders such as {first_name}")
            body.add_argument("--body-file", type=Path, metavar="FILE", help="the text, UTF-8")
        a.set_defaults(func=func)


def run_list(args: argparse.Namespace) -> int:
    rows = [
        {"name": name, "lang": lang, "edited": templates.is_custom(name, lang)}
        for name in templates.names()
        for lang in templates.LANGUAGES
    ]
    emit_table(args, rows, ["name", "lang", "edited"])
    return 0


def run_show(args: argparse.Namespace) -> int:
    if not templates.known(args.name):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "There is no mail template named {name}."), name=args.name
        )
    words = templates.template(args.name, args.lang)
    source = templates.words_from(args.name, args.lang)
    note = mail_states.words_from_note(
        args.lang, source, catalogue(reader_language(argparse.Namespace()))
    )
    emit(
        args,
        {
            "name": args.name,
            "lang": args.lang,
            "subject": words.subject,
            "body": words.body,
            "edited": templates.is_custom(args.name, args.lang),
            "words_from": source,
            "placeholders": list(templates.PLACEHOLDERS),
        },
        (f"{note}\n\n" if note else "") + f"Subject: {words.subject}\n\n{words.body.rstrip()}",
    )
    return 0


def run_set(args: argparse.Namespace) -> int:
    if args.body_file is not None:
        try:
            body = Path(args.body_file).read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Cannot read {file} as UTF-8 text."),
                file=str(args.body_file),
            ) from None
    else:
        body = str(args.body).replace("\\n", "\n")
    path = templates.save(args.name, args.lang, args.subject, body)
    emit(args, {"name": args.name, "lang": args.lang, "file": str(path)}, f"saved {path}")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    removed = templates.reset(args.name, args.lang)
    emit(
        args,
        {"name": args.name, "lang": args.lang, "reset": removed},
        "back to the built-in words" if removed else "already the built-in words",
    )
    return 0
