"""Search-as-you-type over the registrations of one Morning.

Promises: accent- and case-insensitive (`text_keys.fold`), word-order independent, tolerant of a
small typo (`benani` finds `Bennani`), over name, organisation, e-mail, phone digits and ticket
codes; names cross scripts (`youssef alaoui` finds يوسف العلوي and back, `services.name_scripts`:
a consonant key shared by both scripts, ranked below a match in the same script). Every word of the query must match some word of a
registration (prefix, substring or a close spelling); results are ranked by how well they match.

How it stays fast (p95 well under 16 ms over 20,000 people, see benchmarks/bench_people.py):
an inverted index from each distinct word to the registrations holding it. A query word is
compared with the *vocabulary* (distinct words, far fewer than people), by prefix and substring
in Python and by edit distance in C (rapidfuzz); the answer per query word is cached, so typing
one more letter only costs the new word.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from mornings_desktop.services import name_scripts
from mornings_desktop.services.registrations import RegistrationRow, list_registrations
from mornings_desktop.services.workspace import Workspace
from mornings_desktop.text_keys import fold as _fold_uncached

# Names and organisations repeat a lot across 20,000 people: fold each distinct text once.
fold = functools.lru_cache(maxsize=200_000)(_fold_uncached)

# Weight of a word by the field it comes from: a name match ranks above an organisation match.
_NAME, _ORG, _CONTACT = 1.0, 0.9, 0.85
_FUZZY_MIN_LEN = 4
_FUZZY_CUTOFF = 75.0
_CACHE_MAX = 256
_MIN_CONTACT = 3
_MIN_DIGITS = 4
_EMAIL_SPLIT = re.compile(r"[.@+_\-]+")


@dataclass(frozen=True)
class SearchHit:
    registration_id: str
    person_id: str
    name: str
    organisation: str
    email: str
    phone: str
    category: str
    status: str
    checked_in: bool
    arrival: str | None
    score: float


def _words_of(row: RegistrationRow) -> dict[str, tuple[float, bool]]:
    """Each searchable word of a registration -> (field weight, may be matched fuzzily)."""
    words: dict[str, tuple[float, bool]] = {}

    def add(word: str, weight: float, fuzzy: bool) -> None:
        if not word:
            return
        old = words.get(word)
        if old is None or old[0] < weight:
            words[word] = (weight, fuzzy or (old[1] if old else False))

    name = fold(row.name)
    for word in name.split():
        add(word, _NAME, True)
    for part in (fold(row.last_name), fold(row.first_name)):
        if " " in part:  # "El Idrissi" is also typed "elidrissi"
            add(part.replace(" ", ""), _NAME, True)
    for joined in name_scripts.joined_words(name.split()):  # "Ben Jelloun" is also بنجلون
        add(joined, _NAME, True)
    first, last = fold(row.first_name).replace(" ", ""), fold(row.last_name).replace(" ", "")
    if first and last:  # the whole name typed without its spaces, either way round
        add(first + last, _NAME, True)
        add(last + first, _NAME, True)
    for word in fold(row.organisation).split():
        add(word, _ORG, True)
    email = (row.email or "").strip().casefold()
    if email:
        add(email, _CONTACT, False)
        for piece in _EMAIL_SPLIT.split(email):
            if piece.isascii() and piece.isalnum():
                add(piece, _CONTACT, False)
            else:
                add(_fold_uncached(piece).replace(" ", ""), _CONTACT, False)
    digits = "".join(c for c in row.phone or "" if c.isdigit())
    if digits:
        # The phone as written, in international form and in Moroccan national form.
        add(digits, _CONTACT, False)
        if digits.startswith("00"):
            digits = digits[2:]
        if digits.startswith("212"):
            add(digits, _CONTACT, False)
            add("0" + digits[3:], _CONTACT, False)
        elif digits.startswith("0") and len(digits) == 10:
            add("212" + digits[1:], _CONTACT, False)
    for code in (row.code, row.external_ref):
        if code:
            add(code.casefold(), _CONTACT, False)
    return words


def _hit(row: RegistrationRow, score: float) -> SearchHit:
    return SearchHit(
        registration_id=row.id,
        person_id=row.person_id,
        name=row.name,
        organisation=row.organisation,
        email=row.email,
        phone=row.phone,
        category=row.category,
        status=row.status,
        checked_in=row.checked_in,
        arrival=row.arrival,
        score=score,
    )


class PeopleIndex:
    """An in-memory index of one Morning's registrations. Build it, search it, refresh it."""

    def __init__(self, ws: Workspace, morning_id: str) -> None:
        self._ws = ws
        self.morning_id = morning_id
        self._rows: list[RegistrationRow | None] = []
        self._sort_keys: list[str] = []
        self._slot_of: dict[str, int] = {}
        self._words_of_slot: list[dict[str, tuple[float, bool]]] = []
        self._index: dict[str, dict[int, float]] = {}
        self._fuzzy_vocab: dict[str, None] = {}  # ordered set of words that may match fuzzily
        self._vocab_list: list[str] | None = None
        self._fuzzy_list: list[str] | None = None
        self._fuzzy_sorted: list[str] = []
        self._neg_rank: list[int] | None = None  # minus the position of each slot by name
        self._cache: dict[str, dict[int, float]] = {}
        # name words by consonant key, across scripts (services.name_scripts)
        self._bridge = name_scripts.KeyIndex()  # name words by consonant key, per script

    # -- building -----------------------------------------------------------------------------
    @classmethod
    def build(cls, ws: Workspace, morning_id: str) -> PeopleIndex:
        """Index every registration (cancelled ones too: the desk must be able to say so)."""
        return cls.from_rows(ws, morning_id, list_registrations(ws, morning_id))

    @classmethod
    def from_rows(
        cls, ws: Workspace, morning_id: str, rows: Iterable[RegistrationRow]
    ) -> PeopleIndex:
        """An index over rows already read (the registrations screen reads them once for both)."""
        index = cls(ws, morning_id)
        for row in rows:
            index._put(row)
        index._token_matches(" ")  # sort the vocabularies now rather than on the first key
        index._cache.clear()
        return index

    def __len__(self) -> int:
        return len(self._slot_of)

    def _put(self, row: RegistrationRow) -> None:
        words = _words_of(row)
        slot = self._slot_of.get(row.id)
        if slot is not None:
            old_words = self._words_of_slot[slot]
            if old_words == words:
                self._rows[slot] = row
                return
            self._unindex(slot)
        else:
            slot = len(self._rows)
            self._rows.append(None)
            self._sort_keys.append("")
            self._words_of_slot.append({})
            self._slot_of[row.id] = slot
        self._rows[slot] = row
        self._sort_keys[slot] = fold(row.name)
        self._neg_rank = None
        self._words_of_slot[slot] = words
        for word, (weight, fuzzy) in words.items():
            postings = self._index.get(word)
            if postings is None:
                postings = self._index[word] = {}
                self._vocab_list = None
            postings[slot] = weight
            if weight == _NAME:
                self._bridge.add(word)
            if fuzzy and word not in self._fuzzy_vocab:
                self._fuzzy_vocab[word] = None
                self._fuzzy_list = None
        self._cache.clear()

    def _unindex(self, slot: int) -> None:
        for word in self._words_of_slot[slot]:
            postings = self._index.get(word)
            if postings is None:
                continue
            postings.pop(slot, None)
            if not postings:
                del self._index[word]
                self._fuzzy_vocab.pop(word, None)
                self._bridge.discard(word)
                self._vocab_list = None
                self._fuzzy_list = None
        self._words_of_slot[slot] = {}
        self._cache.clear()

    def refresh(self, registration_ids: Iterable[str] | None = None) -> None:
        """Bring the index up to date: everything (None), or only the registrations named."""
        if registration_ids is None:
            fresh = PeopleIndex.build(self._ws, self.morning_id)
            self.__dict__.update(fresh.__dict__)
            return
        wanted = set(registration_ids)
        if not wanted:
            return
        rows = {row.id: row for row in list_registrations(self._ws, self.morning_id, ids=wanted)}
        for registration_id in wanted:
            row = rows.get(registration_id)
            if row is not None:
                self._put(row)
            else:
                slot = self._slot_of.pop(registration_id, None)
                if slot is not None:
                    self._unindex(slot)
                    self._rows[slot] = None

    # -- searching ----------------------------------------------------------------------------
    def _token_matches(self, token: str, typing: bool = False) -> dict[int, float]:
        """Registrations (slots) matching one folded query word, with their best score 0–100.

        Every word matches by prefix (a bisection in the sorted vocabulary); words of names and
        organisations also match inside (substring) and by close spelling (edit distance).
        """
        cache_key = token + "\u2026" if typing else token
        cached = self._cache.get(cache_key)
        if cached is not None:
            return cached
        if self._vocab_list is None:
            self._vocab_list = sorted(self._index)
        if self._fuzzy_list is None:
            self._fuzzy_list = list(self._fuzzy_vocab)
            self._fuzzy_sorted = sorted(self._fuzzy_list)
        word_scores: dict[str, float] = {}
        if len(token) >= 2:
            for word in self._fuzzy_list:
                if token in word:
                    word_scores[word] = 80.0
        if len(token) >= _FUZZY_MIN_LEN:
            for word, score, _ in process.extract(
                token, self._fuzzy_list, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=None
            ):
                if word not in word_scores:
                    word_scores[word] = 0.85 * score
        # Contact words (e-mail, phone, codes) only from a few characters on: "06" would be everyone.
        vocabularies = [self._fuzzy_sorted]
        if len(token) >= (_MIN_DIGITS if token.isdigit() else _MIN_CONTACT):
            vocabularies.append(self._vocab_list)
        for vocab in vocabularies:
            at = bisect.bisect_left(vocab, token)
            while at < len(vocab) and vocab[at].startswith(token):
                word = vocab[at]
                word_scores[word] = 100.0 if len(word) == len(token) else 95.0
                at += 1
        for word, score in self._across_scripts(token, typing).items():
            if score > word_scores.get(word, 0.0):
                word_scores[word] = score
        result: dict[int, float] = {}
        index = self._index
        # Lower scores first, so a better word for the same registration overwrites a worse one.
        for word, score in sorted(word_scores.items(), key=lambda item: item[1]):
            postings = index[word]
            result.update(zip(postings, map(score.__mul__, postings.values()), strict=True))
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()
        self._cache[cache_key] = result
        return result

    def _across_scripts(self, token: str, typing: bool) -> dict[str, float]:
        """Name words of the other script sharing a consonant key with `token`."""
        if not token.isalpha():  # a ticket code, a phone number: never a name in another script
            return {}
        return self._bridge.matches(token, typing)

    def _unit_matches(self, unit: list[str], typing: bool) -> dict[int, float]:
        """One word of the query, or a compound typed in two (`ben jelloun`): then either both
        words match, or the two written as one do (بنجلون, Benjelloun). `typing`: the last
        word of the query, maybe not finished."""
        if len(unit) == 1:
            return self._token_matches(unit[0], typing)
        apart = self._all_of([self._token_matches(t, typing and t is unit[-1]) for t in unit])
        together = self._token_matches("".join(unit), typing)
        merged = dict(apart)
        for slot, score in together.items():
            if score > merged.get(slot, 0.0):
                merged[slot] = score
        return merged

    @staticmethod
    def _all_of(per_token: list[dict[int, float]]) -> dict[int, float]:
        per_token = sorted(per_token, key=len)
        scores: dict[int, float] = {}
        for slot, value in per_token[0].items():
            total = value
            for other in per_token[1:]:
                got = other.get(slot)
                if got is None:
                    break
                total += got
            else:
                scores[slot] = total / len(per_token)
        return scores

    def _scores(self, query: str) -> dict[int, float] | None:
        tokens = list(dict.fromkeys(fold(query).split()))
        if not tokens:
            return None
        units: list[list[str]] = []
        at = 0
        while at < len(tokens):
            if name_scripts.joins(tokens, at):
                units.append(tokens[at : at + 2])
                at += 2
            else:
                units.append([tokens[at]])
                at += 1
        typing = not query[-1:].isspace()
        per_unit = [
            self._unit_matches(u, typing and n == len(units) - 1) for n, u in enumerate(units)
        ]
        if len(per_unit) == 1:
            return per_unit[0]  # the cached answer itself (callers only read it)
        return self._all_of(per_unit)

    def _ranks(self) -> list[int]:
        """Minus each slot's position in name order (a larger value sorts first)."""
        if self._neg_rank is None:
            keys = self._sort_keys
            by_name = sorted(range(len(keys)), key=keys.__getitem__)
            neg_rank = [0] * len(keys)
            for position, slot in enumerate(by_name):
                neg_rank[slot] = -position
            self._neg_rank = neg_rank
        return self._neg_rank

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The best `limit` registrations for `query`, best first (all of them if limit <= 0).

        An empty query lists registrations by name.
        """
        scores = self._scores(query)
        if scores is None:
            slots = [s for s, row in enumerate(self._rows) if row is not None]
            slots.sort(key=lambda s: self._sort_keys[s])
            if limit > 0:
                slots = slots[:limit]
            return [_hit(self._rows[s], 0.0) for s in slots]  # type: ignore[arg-type]
        ranks = self._ranks()
        if limit > 0 and len(scores) > 8 * limit:
            # A short query matches thousands with a few distinct scores: take the best score
            # levels one at a time, each in name order, until the limit is reached.
            ordered: list[int] = []
            for level in sorted(set(scores.values()), reverse=True):
                same = [slot for slot, value in scores.items() if value == level]
                same.sort(key=ranks.__getitem__, reverse=True)
                ordered.extend(same[: limit - len(ordered)])
                if len(ordered) >= limit:
                    break
        else:
            # (score, -rank, slot) tuples built in C: best score first, then by name.
            triples = zip(scores.values(), map(ranks.__getitem__, scores), scores, strict=True)
            best = heapq.nlargest(limit, triples) if limit > 0 else sorted(triples, reverse=True)
            ordered = [slot for _, _, slot in best]
        return [_hit(self._rows[slot], scores[slot]) for slot in ordered]  # type: ignore[arg-type]

    def ranked_ids(self, query: str) -> list[str] | None:
        """Ids of every matching registration, best first; None when the query is empty."""
        scores = self._scores(query)
        if scores is None:
            return None
        ranked = sorted(
            zip(scores.values(), map(self._ranks().__getitem__, scores), scores, strict=True),
            reverse=True,
        )
        rows = self._rows
        return [rows[slot].id for _, _, slot in ranked]  # type: ignore[union-attr]

    def matching_ids(self, query: str) -> set[str] | None:
        """Ids of every registration matching `query`, or None when the query is empty (no filter)."""
        scores = self._scores(query)
        if scores is None:
            return None
        return {self._rows[slot].id for slot in scores}  # type: ignore[union-attr]
