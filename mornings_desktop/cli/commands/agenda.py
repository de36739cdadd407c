"""`mornings agenda`: the programme as .pdf/.ics/.json, and the agenda made scriptable.

mornings agenda --event EV -o FILE [--format a4|a5|booklet]
mornings agenda list --event EV
mornings agenda add-session --event EV --title T --start HH:MM (--duration MIN | --end HH:MM)
                            [--kind K] [--room R] [--speaker NAME] [--moderator NAME] ...
mornings agenda move SESSION --start HH:MM [--duration MIN] [--ripple]
mornings agenda delete SESSION
mornings agenda speakers [--search Q]
mornings agenda add-speaker NAME [--title ...] [--photo FILE]
mornings agenda warnings --event EV
mornings agenda publish --event EV
mornings agenda changes --event EV
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from mornings_desktop.cli.common import emit, emit_table, open_workspace
from mornings_desktop.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from mornings_desktop.services import agenda, agenda_versions, mornings, speakers
from mornings_desktop.services.agenda_programme import last_edits, programme
from mornings_desktop.services.agenda_rows import SessionInput, SessionRow
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.wording.english import count

EXPORT_SUFFIXES = (".pdf", ".ics", ".json")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "agenda",
        parents=[common],
        help="the agenda: programme as .pdf/.ics/.json, sessions, speakers, publishing",
        description="Without a subcommand, writes the programme of --event to -o FILE "
        "(.pdf, .ics or .json).",
    )
    p.add_argument("--event", metavar="EV", help="Morning id or date (YYYY-MM-DD)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="programme file to write")
    p.add_argument(
        "--format",
        choices=("a4", "a5", "booklet"),
        default="a4",
        help="PDF pages: a4, a5, or booklet (A5 pages imposed on A4 sheets to fold)",
    )
    p.set_defaults(func=export)
    verbs = p.add_subparsers(dest="agenda_command", metavar="SUBCOMMAND")

    def verb(name: str, help_: str, func: Any, *, event: bool = True) -> argparse.ArgumentParser:
        v: argparse.ArgumentParser = verbs.add_parser(name, parents=[common], help=help_)
        if event:
            v.add_argument("--event", metavar="EV", required=True, help="Morning id or date")
        v.set_defaults(func=func)
        return v

    verb("list", "list the sessions", list_sessions)
    add = verb("add-session", "add a session", add_session)
    add.add_argument("--title", default="")
    add.add_argument("--kind", default="talk", help=f"one of: {', '.join(agenda.KINDS)}")
    add.add_argument("--start", required=True, metavar="HH:MM", help="local start time")
    add.add_argument("--duration", type=int, metavar="MIN", help="minutes")
    add.add_argument("--end", metavar="HH:MM", help="local end time (instead of --duration)")
    add.add_argument("--day", metavar="YYYY-MM-DD", help="checked against the Morning's day")
    add.add_argument("--room", default="")
    add.add_argument("--language", default="")
    add.add_argument("--description", default="")
    for role, flag in (
        ("speaker", "--speaker"),
        ("moderator", "--moderator"),
        ("panellist", "--panellist"),
    ):
        add.add_argument(
            flag, action="append", default=[], metavar="NAME", dest=f"as_{role}",
            help=f"a {role} from the speakers directory (repeatable)",
        )  # fmt: skip
    move = verb("move", "move or resize a session", move_session, event=False)
    move.add_argument("session", help="session id (or a unique prefix of at least 4 characters)")
    move.add_argument("--start", required=True, metavar="HH:MM")
    move.add_argument("--duration", type=int, metavar="MIN")
    move.add_argument("--ripple", action="store_true", help="shift the following sessions too")
    delete = verb("delete", "remove a session", delete_session, event=False)
    delete.add_argument("session")
    sp = verb("speakers", "list or search the speakers directory", list_speakers, event=False)
    sp.add_argument("--search", default="", metavar="Q")
    new = verb("add-speaker", "add a speaker to the directory", add_speaker, event=False)
    new.add_argument("name")
    for field in ("title", "organisation", "bio", "email", "phone", "languages"):
        new.add_argument(f"--{field}", default="")
    new.add_argument("--photo", type=Path, metavar="FILE", help="a PNG or JPEG photo")
    new.add_argument(
        "--new",
        action="store_true",
        help="add a different person with the same name as a speaker already in the directory",
    )
    verb("warnings", "the agenda's warnings", show_warnings)
    verb("publish", "freeze the programme as the next version", publish)
    verb("changes", "what changed since the last published version", show_changes)
    from mornings_desktop.cli.commands.mail import run_notify_speakers

    notify = verb("notify-speakers", "e-mail speakers what changed for them", run_notify_speakers)
    notify.add_argument("--dry-run", action="store_true")
    notify.add_argument("--take-over", action="store_true")


def _morning(ws: Workspace, ref: str | None) -> mornings.MorningInfo:
    if not ref:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Say which Morning with --event."))
    return mornings.resolve(ws, ref)


def export(args: argparse.Namespace) -> int:
    """`mornings agenda --event EV -o FILE`."""
    if args.output is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Give -o FILE (.pdf, .ics or .json), or a subcommand.")
        )
    suffix = args.output.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {suffix} files; use .pdf, .ics or .json."),
            suffix=suffix or args.output.name,
        )
    if not args.output.resolve().parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
            folder=str(args.output.parent),
        )
    ws = open_workspace(args)
    try:
        morning = _morning(ws, args.event)
        prog = programme(ws, morning.id)
        edits = last_edits(ws, morning.id)
    finally:
        ws.close()
    from mornings_desktop.documents.programme_pdf import _atomic_write

    if suffix == ".pdf":
        from mornings_desktop.documents.programme_pdf import write_programme_pdf

        path = write_programme_pdf(prog, args.output, page_format=args.format)
    elif suffix == ".ics":
        from mornings_desktop.documents.agenda_ics import write_agenda_ics

        path = write_agenda_ics(prog, args.output, edits)
    else:
        text = json.dumps(prog, ensure_ascii=False, indent=2) + "\n"
        path = _atomic_write(args.output, lambda p: p.write_text(text, encoding="utf-8"))
    emit(
        args,
        {"file": str(path), "sessions": len(prog["sessions"]), "event": morning.id},
        f"{path} ({len(prog['sessions'])} sessions)",
    )
    return 0


def _session_json(s: SessionRow) -> dict[str, Any]:
    return {
        "id": s.id,
        "start": s.start,
        "end": s.end,
        "duration_min": s.duration_min,
        "kind": s.kind,
        "title": s.title,
        "room": s.room,
        "speakers": ", ".join(f"{p.name} ({p.role})" for p in s.speakers),
    }


def list_sessions(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        rows = [_session_json(s) for s in agenda.list_sessions(ws, _morning(ws, args.event).id)]
    finally:
        ws.close()
    emit_table(args, rows, ["id", "start", "end", "kind", "title", "room", "speakers"])
    return 0


def add_session(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        morning = _morning(ws, args.event)
        booked: list[tuple[str, str]] = []
        for role in agenda.ROLES:
            for name in getattr(args, f"as_{role}"):
                booked.append((speakers.find_by_name(ws, name).id, role))
        data = SessionInput(
            kind=args.kind,
            title=args.title,
            start=args.start,
            duration_min=args.duration,
            end=args.end,
            room=args.room,
            language=args.language,
            description=args.description,
            day=args.day,
        )
        session_id = agenda.create_session(ws, morning.id, data, booked)
        row = agenda.get_session(ws, session_id)
    finally:
        ws.close()
    emit(args, _session_json(row), session_id)
    return 0


def _find_session(ws: Workspace, ref: str) -> SessionRow:
    with ws.db.read() as session:
        from sqlalchemy import select

        from mornings_desktop.store.schema import AgendaSession

        ids = [
            i
            for (i,) in session.execute(
                select(AgendaSession.id).where(AgendaSession.deleted.is_not(True))
            )
            if i == ref or (len(ref) >= 4 and i.startswith(ref))
        ]
    if len(ids) != 1:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No session {ref}."), ref=ref)
    return agenda.get_session(ws, ids[0])


def move_session(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        row = _find_session(ws, args.session)
        duration = args.duration if args.duration is not None else row.duration_min
        changed = agenda.move_session(ws, row.id, args.start, duration, ripple=args.ripple)
    finally:
        ws.close()
    emit(args, {"id": row.id, "changed": changed}, f"{count(len(changed), 'session')} changed")
    return 0


def delete_session(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        row = _find_session(ws, args.session)
        agenda.delete_session(ws, row.id)
    finally:
        ws.close()
    emit(args, {"id": row.id, "deleted": True}, f"deleted {row.title or row.id}")
    return 0


def list_speakers(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        found = speakers.search(ws, args.search) if args.search else speakers.list_speakers(ws)
    finally:
        ws.close()
    emit_table(args, [s.to_json() for s in found], ["id", "name", "title", "organisation"])
    return 0


def add_speaker(args: argparse.Namespace) -> int:
    data = speakers.SpeakerInput(
        name=args.name,
        title=args.title,
        organisation=args.organisation,
        bio=args.bio,
        email=args.email,
        phone=args.phone,
        languages=args.languages,
    )
    ws = open_workspace(args)
    try:
        speaker_id = speakers.create(ws, data, photo=args.photo, namesake=args.new)
    finally:
        ws.close()
    emit(args, {"id": speaker_id, "name": data.name}, speaker_id)
    return 0


def show_warnings(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        found = agenda.current_warnings(ws, _morning(ws, args.event).id)
    finally:
        ws.close()
    rows = [
        {
            "rule": w.rule,
            "severity": w.severity,
            "sessions": ",".join(w.session_ids),
            "key": w.key,
            "acknowledged": w.acknowledged,
            "params": w.params,
        }
        for w in found
    ]
    emit_table(args, rows, ["severity", "rule", "sessions", "acknowledged"])
    return 0


def publish(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        number = agenda_versions.publish(ws, _morning(ws, args.event).id)
    finally:
        ws.close()
    emit(args, {"version": number}, f"published version {number}")
    return 0


def show_changes(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        number, changes = agenda_versions.changes_since_last(ws, _morning(ws, args.event).id)
    finally:
        ws.close()
    obj = {
        "since_version": number,
        "added": [s["title"] for s in changes.added],
        "removed": [s["title"] for s in changes.removed],
        "moved": [asdict(m) for m in changes.moved],
        "speakers_changed": [asdict(c) for c in changes.speakers_changed],
    }
    lines = [f"since version {number}" if number else "not published yet"]
    lines += [f"+ {s['title']}" for s in changes.added]
    lines += [f"- {s['title']}" for s in changes.removed]
    lines += [f"~ {m.title}: {m.old_start} -> {m.new_start}" for m in changes.moved]
    lines += [f"* {c.title}: speakers changed" for c in changes.speakers_changed]
    emit(args, obj, "\n".join(lines))
    return 0
