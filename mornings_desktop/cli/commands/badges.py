"""`mornings badges --event EV -o FILE.pdf`: the badges of a Morning as one PDF.

Options choose the template (built-in or one of the user's, by id), whom to print (everyone,
`--only checked-in`, `--only not-printed`, `--category C`, `--person ID`), double-sided backs, and
whether to log the badges as printed. `--list-templates` shows the templates and exits.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mornings_desktop.cli.common import emit, emit_table, open_workspace
from mornings_desktop.errors import QT_TRANSLATE_NOOP, UserError

DEFAULT_TEMPLATE = "a4-2x4-a7"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("badges", parents=[common], help="badges of a Morning as a PDF")
    p.add_argument("--event", metavar="EV", help="the Morning's id or date")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="the PDF to write")
    p.add_argument(
        "--template",
        default=DEFAULT_TEMPLATE,
        metavar="T",
        help=f"template id ({DEFAULT_TEMPLATE})",
    )
    p.add_argument("--only", choices=("checked-in", "not-printed"), help="whom to print")
    p.add_argument("--category", metavar="C", help="only this category (member, guest, ...)")
    p.add_argument("--person", metavar="ID", help="only this registration")
    p.add_argument("--double-sided", action="store_true", help="add mirrored backs")
    p.add_argument("--language", choices=("fr", "en"), default="fr", help="labels' language")
    p.add_argument("--mark-printed", action="store_true", help="log these badges as printed")
    p.add_argument("--list-templates", action="store_true", help="list templates and exit")
    p.set_defaults(func=run)


def user_templates_dir() -> Path:
    from mornings_desktop.paths import data_dir

    return data_dir() / "badge_templates"


def run(args: argparse.Namespace) -> int:
    from mornings_desktop.documents.badge_catalogue import load_catalogue

    catalogue = load_catalogue(user_templates_dir())
    for problem in catalogue.problems:
        print(f"mornings: warning: {problem}", file=sys.stderr)
    if args.list_templates:
        listing = [
            {
                "id": t.id,
                "name": t.name(args.language),
                "per_page": t.per_page,
                "source": t.source,
            }
            for t in catalogue.templates
        ]
        emit_table(args, listing, ["id", "per_page", "source", "name"])
        return 0
    if not args.event or not args.output:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Give --event and -o FILE.pdf."))
    if args.output.suffix.lower() != ".pdf":
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Badges are written as PDF: name the file {name}.pdf."),
            name=args.output.stem,
        )
    template = catalogue.get(args.template)
    from mornings_desktop.services import badges, mornings

    ws = open_workspace(args)
    try:
        morning = mornings.resolve(ws, args.event)
        rows = badges.select_registrations(
            ws, morning.id, only=args.only, category=args.category, registration_id=args.person
        )
        result = badges.generate(
            ws,
            morning.id,
            rows,
            template,
            args.output,
            language=args.language,
            double_sided=args.double_sided,
        )
        if args.mark_printed:
            badges.record_prints(ws, [r.id for r in rows], template.id)
    finally:
        ws.close()
    for warning in result.warnings:
        print(f"mornings: warning: {warning}", file=sys.stderr)
    emit(
        args,
        {
            "file": str(result.path),
            "badges": result.badges,
            "pages": result.pages,
            "template": template.id,
            "warnings": result.warnings,
        },
        f"{result.badges} badges on {result.pages} pages ({template.id}) -> {result.path}",
    )
    return 0
