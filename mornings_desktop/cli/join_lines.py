"""A join's progress on the command line (`mornings join`, `mornings sync`), on standard error:
the current Mornings arriving, then the point where the desk is usable ("Current Morning ready —
the door can admit people; history 0 % received…"), then the history every tenth, then
"History complete." (`wording/join_progress.py`). A plain pull prints nothing here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from mornings_desktop.cli.reader import reader_language
from mornings_desktop.wording import join_progress
from mornings_desktop.wording.tr import Words, catalogue


class JoinLines:
    """`progress` for a sync round; `finish()` after it."""

    def __init__(self, args: argparse.Namespace, write: Callable[[str], object] | None = None):
        language = reader_language(args)
        self.words = Words(language, catalogue(language))
        self.state = join_progress.JoinState()
        self.write = write or (lambda text: print(text, file=sys.stderr, flush=True))
        self._shown = -1

    def progress(self, stage: str, n: int) -> None:
        first_early = stage == "early" and self.state.stage != "early"
        self.state.feed(stage, n)
        tenth = stage == "pull" and self.state.ready and self.state.percent() // 10 > self._shown
        if first_early or stage == "ready" or tenth:
            self._say()

    def _say(self) -> None:
        self._shown = self.state.percent() // 10
        self.write(join_progress.line(self.words, self.state))

    def finish(self) -> None:
        if self.state.ready:
            self.write(self.words.translate(join_progress.CTX, join_progress.COMPLETE))
