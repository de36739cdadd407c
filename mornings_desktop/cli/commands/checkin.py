"""`mornings checkin --event EV [CODE ...] [--stdin]`: exactly the desk's scan path.

One result per code, printed (and flushed) as soon as it is committed. With `--stdin`, one scan
per line, as a scanner types them; the loop ends at end of input.
"""

from __future__ import annotations

import argparse
import sys

from mornings_desktop.cli.common import emit, open_workspace
from mornings_desktop.services import flag_list, mornings
from mornings_desktop.services.checkin import ScanDesk, ScanResult
from mornings_desktop.wording import checkin_results, labels
from mornings_desktop.wording.tr import Words, catalogue


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "checkin", parents=[common], help="check in ticket codes (the desk's scan path)"
    )
    p.add_argument("--event", required=True, metavar="EV", help="the Morning's id or date")
    p.add_argument("codes", nargs="*", metavar="CODE", help="ticket codes as scanned")
    p.add_argument("--stdin", action="store_true", help="read one scan per line from stdin")
    p.add_argument(
        "--method",
        default="scanner",
        choices=("scanner", "camera", "typed"),
        help="how the codes were read (kept with each check-in)",
    )
    p.add_argument(
        "--lang",
        choices=labels.LANGUAGES,
        default="en",
        help="language of the printed results (the window's wording)",
    )
    p.set_defaults(func=run)


def _text(
    words: Words, r: ScanResult, names: dict[str, str], flags: dict[str, str] | None = None
) -> str:
    return f"{r.result:<11} {r.code} {checkin_results.line(words, r, names, flags)}"


def run(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        morning = mornings.resolve(ws, args.event)
        desk = ScanDesk(ws, morning.id)
        language = getattr(args, "lang", "en")
        words = Words(language, catalogue(language))
        names = labels.category_labels(ws, language)
        flags = flag_list.names(ws, language)  # the organiser's labels, read once
        for code in args.codes:
            result = desk.scan(code, args.method)
            emit(args, result.to_json(), _text(words, result, names, flags))
        if args.stdin:
            for line in sys.stdin:
                if not line.strip():
                    continue
                result = desk.scan(line, args.method)
                emit(args, result.to_json(), _text(words, result, names, flags))
    finally:
        ws.close()
    return 0
