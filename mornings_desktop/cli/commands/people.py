"""`mornings people show|export|erase|request-erasure|keep|consent|purge`: access and erasure (law 09-08).

`PERSON` is a person's id, e-mail or phone; one that matches several people is refused with the
candidates. On a door desk, `erase` and `purge` are refused; `show` and `export` need the organiser
passphrase (`--passphrase-file F`, or asked on the terminal).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from mornings_desktop.cli.common import emit, emit_table, open_workspace
from mornings_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from mornings_desktop.ledger.handlers.privacy import PURPOSES, SOURCES, VALUES
from mornings_desktop.services import consent, erasure, person_access, retention
from mornings_desktop.services.desk_role import desk_role, require_organiser, require_passphrase
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.wording.english import count


def add_passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="door desks: a file holding the organiser passphrase (else it is asked)",
    )


def passphrase_gate(ws: Workspace, args: argparse.Namespace) -> None:
    """On a door desk, ask for (or read) the organiser passphrase and refuse a wrong one."""
    if desk_role(ws) != "door":
        return
    file = getattr(args, "passphrase_file", None)
    if file is not None:
        phrase: str | None = Path(file).read_text(encoding="utf-8").strip("\r\n")
    elif sys.stdin.isatty():
        phrase = getpass.getpass("Organiser passphrase: ")
    else:
        phrase = None
    require_passphrase(ws, phrase)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("people", parents=[common], help="a person's data: show, export, erase")
    verbs = p.add_subparsers(dest="verb", metavar="ACTION", required=True)
    show = verbs.add_parser("show", parents=[common], help="everything held about a person")
    show.add_argument("person", metavar="PERSON", help="id, e-mail or phone")
    add_passphrase_option(show)
    show.set_defaults(func=run_show)
    export = verbs.add_parser("export", parents=[common], help="write it to a .json or .pdf")
    export.add_argument("person", metavar="PERSON")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    add_passphrase_option(export)
    export.set_defaults(func=run_export)
    erase = verbs.add_parser("erase", parents=[common], help="erase a person everywhere")
    erase.add_argument("person", metavar="PERSON")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(func=run_erase)
    request = verbs.add_parser(
        "request-erasure", parents=[common], help="hide a person now; an organiser erases later"
    )
    request.add_argument("person", metavar="PERSON")
    request.set_defaults(func=run_request)
    keep = verbs.add_parser("keep", parents=[common], help="reverse a pending erasure request")
    keep.add_argument("person", metavar="PERSON")
    keep.set_defaults(func=run_keep)
    agree = verbs.add_parser("consent", parents=[common], help="record or withdraw consent")
    agree.add_argument("person", metavar="PERSON")
    agree.add_argument("purpose", choices=PURPOSES)
    agree.add_argument("value", choices=VALUES)
    agree.add_argument("--source", choices=SOURCES, default="organiser")
    agree.set_defaults(func=run_consent)
    purge = verbs.add_parser("purge", parents=[common], help="erase people beyond retention")
    purge.add_argument("--older-than", metavar="PERIOD", help="e.g. 3y, 18m (default: setting)")
    purge.add_argument("--dry-run", action="store_true", help="only list them")
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    purge.set_defaults(func=run_purge)


def run_show(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)
    try:
        passphrase_gate(ws, args)
        record = person_access.person_record(ws, person_access.resolve(ws, args.person))
    finally:
        ws.close()
    data = record.to_json()
    if getattr(args, "json", False):
        emit(args, data)
        return 0
    person = data["person"]
    lines = [f"{record.name}  ({person['id']})"]
    for key in ("organisation", "job_title", "email", "phone", "created_at", "erased"):
        lines.append(f"  {key}: {person.get(key) if person.get(key) is not None else '-'}")
    lines.append(
        "consent: "
        + (", ".join(f"{c['purpose']}={c['value']}" for c in data["consent"]) or "none recorded")
    )
    lines.append(f"registrations: {len(data['registrations'])}")
    for reg in data["registrations"]:
        morning = reg.get("morning") or {}
        came = "arrived" if reg.get("checked_in_at") else "did not arrive"
        lines.append(
            f"  {morning.get('date') or '?'} {morning.get('title') or ''} — {reg.get('status')}, "
            f"{came}, {count(len(reg['badges_printed']), 'badge')} printed"
        )
    messages = data["messages"]
    lines.append(
        f"messages sent: {len(messages)}"
        if messages is not None
        else "messages sent: none (this desk keeps no record of messages)"
    )
    lines.append(f"operations: {len(data['operations'])}")
    emit(args, data, "\n".join(lines))
    return 0


def run_export(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)
    try:
        passphrase_gate(ws, args)
        person_id = person_access.resolve(ws, args.person)
        path = person_access.export_record(ws, person_id, args.output)
    finally:
        ws.close()
    emit(args, {"person": person_id, "output": str(path)}, str(path))
    return 0


def _confirm(args: argparse.Namespace, question: str) -> None:
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Confirm with --yes."))
    if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes", "o", "oui"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Nothing was erased."))


def run_erase(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)
    try:
        require_organiser(ws)
        person_id = person_access.resolve(ws, args.person)
        name = person_access.person_record(ws, person_id).name
        _confirm(args, f"Erase {name} ({person_id}) everywhere, for good?")
        report = erasure.erase_person(ws, person_id)
    finally:
        ws.close()
    emit(args, report.to_json(), report.text())
    return 0


def run_request(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)
    try:
        person_id = person_access.resolve(ws, args.person)
        erasure.request_erasure(ws, person_id)
    finally:
        ws.close()
    emit(args, {"requested": person_id}, f"{person_id} is hidden until an organiser erases them")
    return 0


def run_keep(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)
    try:
        person_id = person_access.resolve(ws, args.person)
        erasure.reverse_request(ws, person_id)
    finally:
        ws.close()
    emit(args, {"kept": person_id}, f"{person_id}: erasure request reversed")
    return 0


def run_consent(args: argparse.Namespace) -> int:
    ws = open_workspace(args, create=False)
    try:
        person_id = person_access.resolve(ws, args.person)
        consent.record(ws, person_id, args.purpose, args.value, args.source)
        answers = consent.answers(ws, person_id)
    finally:
        ws.close()
    emit(args, {"person": person_id, "consent": answers}, f"{person_id}: {answers}")
    return 0


def run_purge(args: argparse.Namespace) -> int:
    if args.older_than:
        retention.parse_period(args.older_than)
    ws = open_workspace(args, create=False)
    try:
        require_organiser(ws)
        listed = retention.due(ws, args.older_than)
        rows = [d.to_json() for d in listed]
        if args.dry_run or not listed:
            emit_table(args, rows, ["id", "name", "last_registration"])
            return 0
        if not getattr(args, "json", False):
            emit_table(args, rows, ["id", "name", "last_registration"])
        _confirm(args, f"Erase these {len(listed)} people for good?")
        _, report = retention.purge(ws, args.older_than)
    finally:
        ws.close()
    emit(args, {"listed": rows, **report.to_json()}, report.text())
    return 0
