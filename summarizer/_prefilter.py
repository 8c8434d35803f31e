"""The literal words a rule pattern cannot match without, kept in the cache between runs.

A rule index screens each sentence before it tests patterns: only a pattern whose literal words
("atoms") the sentence holds may match it. RE2's own screen (``re2.Filter``) works this out
anew in every process, and compiles every pattern it holds on the way (about 0.45 s of a
0.95 s ``summarizer label``, for ~280 patterns of which a typical policy tests ~125). RE2 gives
no way to keep what it worked out, so this module works out the same kind of screen once per
rule pack, from Python's own regular-expression parser, and keeps it in the cache folder
(:func:`summarizer.rules.cache_dir`): a later run reads it back in milliseconds and compiles only
the patterns a sentence may need.

A pattern's screen is a conjunction of clauses, each a set of atoms (case-folded strings): every
text the pattern matches holds, for every clause, at least one of its atoms (case-folded). It
may let through texts the pattern does not match (the pattern is then tested and says no); it
never keeps out a text the pattern matches, so the findings are the same with or without it.
A pattern it cannot read (syntax Python's parser does not know) gets no clauses: it is tested
on every text, as RE2's Filter does with patterns that have no atoms.

The method is RE2's (``re2/prefilter.cc``): the finite set of strings a small piece can match
("exact"), crossed along a sequence while it stays small, otherwise turned into a clause.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

#: Bump when the screens worked out change for the same patterns (a cache of another format is
#: not read).
FORMAT = 2
#: Exact sets larger than this are turned into clauses (RE2's own bound).
MAX_EXACT = 16
#: Atoms shorter than this are no screen (every sentence holds "a" or "of").
MIN_ATOM = 3
#: A character class of at most this many characters is read as its characters.
MAX_CLASS = 8
#: How many clauses an alternation gets from its alternatives' clauses.
MAX_JOINED = 4
#: Atoms of at most this many characters are found in a text by set lookups; a longer atom is
#: looked for in a text that holds its first PREFIX characters (:meth:`Screen.present`).
PREFIX = 6

Clauses = list[frozenset[str]]


class _Info:
    """What a piece of a pattern can match: ``exact``, the case-folded strings it can match
    (None: too many to list), and ``clauses`` (see the module's docstring; with ``exact`` set,
    the piece's clause is ``exact`` itself)."""

    __slots__ = ("exact", "clauses")

    def __init__(self, exact: set[str] | None, clauses: Clauses | None = None) -> None:
        self.exact = exact
        self.clauses = clauses or []

    def as_clauses(self) -> Clauses:
        if self.exact is None:
            return self.clauses
        return _clause_of(self.exact)


def _clause_of(exact: set[str]) -> Clauses:
    # Every match holds one of the strings; a short one (or the empty string) screens nothing.
    if exact and all(len(s) >= MIN_ATOM for s in exact):
        return [_simplest(exact)]
    return []


def _simplest(atoms: set[str]) -> frozenset[str]:
    """``atoms`` without those that hold another of them: a text holding "privacy policy" holds
    "policy", so the clause {"policy", "privacy policy"} is the clause {"policy"}."""
    kept: list[str] = []
    for a in sorted(atoms, key=len):
        if not any(k in a for k in kept):
            kept.append(a)
    return frozenset(kept)


def _seq(items: Iterable[Any]) -> _Info:
    clauses: Clauses = []
    exact: set[str] | None = {""}
    whole = True  # the sequence is exact so far
    for item in items:
        info = _node(item)
        if exact is not None and info.exact is not None and len(exact) * len(info.exact) <= MAX_EXACT:
            exact = {a + b for a in exact for b in info.exact}
            continue
        whole = False
        if exact is not None:
            clauses.extend(_clause_of(exact))
        if info.exact is not None:
            exact = set(info.exact)  # a new run of exact pieces starts here
        else:
            clauses.extend(info.clauses)
            exact = {""}
    if whole:
        return _Info(exact)
    if exact is not None:
        clauses.extend(_clause_of(exact))
    return _Info(None, clauses)


def _branch(alternatives: Sequence[Any]) -> _Info:
    infos = [_seq(a) for a in alternatives]
    if all(i.exact is not None for i in infos):
        union = set().union(*(i.exact for i in infos))  # type: ignore[misc]
        if len(union) <= MAX_EXACT:
            return _Info(union)
    # A match is a match of one alternative: it holds an atom of every clause of that
    # alternative. So any one clause of each alternative, joined, is a clause of the whole:
    # the k-th clause of each (its last, if it has fewer), for k up to MAX_JOINED.
    owns = []
    for info in infos:
        own = info.as_clauses()
        if not own:
            return _Info(None)
        owns.append(own)
    joined = []
    for k in range(min(MAX_JOINED, max(map(len, owns)))):
        clause: set[str] = set()
        for own in owns:
            clause.update(own[min(k, len(own) - 1)])
        joined.append(_simplest(clause))
    return _Info(None, list(dict.fromkeys(joined)))


def _class(items: Sequence[tuple[Any, Any]]) -> _Info:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av).casefold())
        elif op is _c.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.update(chr(c).casefold() for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range
            return _Info(None)
        if len(chars) > MAX_CLASS:
            return _Info(None)
    return _Info(chars)


def _node(item: tuple[Any, Any]) -> _Info:
    op, av = item
    if op is _c.LITERAL:
        return _Info({chr(av).casefold()})
    if op is _c.AT:
        return _Info({""})
    if op is _c.IN:
        return _class(av)
    if op is _c.SUBPATTERN:
        return _seq(av[-1])
    if op is _c.BRANCH:
        return _branch(av[1])
    if op in _REPEATS:
        lo, hi, sub = av
        inner = _seq(sub)
        if lo == 0:
            if hi == 1 and inner.exact is not None and len(inner.exact) < MAX_EXACT:
                return _Info(inner.exact | {""})
            return _Info(None)
        if lo == hi == 1:
            return inner
        return _Info(None, inner.as_clauses())  # one or more: holds what one holds
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(av)
    return _Info(None)  # any character, a negated literal, a category, a lookaround…


_REPEATS = tuple(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, n))

# RE2 syntax Python's parser reads otherwise: Unicode classes (\pL, \p{Lu}, \PL: any letter or
# none, which screens nothing either way) and named groups (RE2 lets two share a name). Other
# escapes are matched too, so that an escaped backslash before "p" ("\\pL", a backslash and
# "pL") is left as it is.
_RE2_ONLY = re.compile(r"\\([pP])(?:\{\w+\}|\w)|\\.|\(\?P<\w+>", re.S)


def _as_python(pattern: str) -> str | None:
    """``pattern`` in the syntax of Python's parser, or None when Python would read it otherwise
    than RE2 and still parse it (a POSIX class, "[[:alpha:]]", is to Python a class of "[:ahlp"
    followed by "]")."""
    if "[:" in pattern:
        return None

    def sub(m: re.Match) -> str:
        text = m.group(0)
        if m.group(1) is not None:
            return r"\w" if m.group(1) == "p" else r"\W"
        return "(?:" if text.startswith("(") else text

    return _RE2_ONLY.sub(sub, pattern)


def clauses(pattern: str) -> Clauses:
    """The screen of an RE2 ``pattern`` (see the module's docstring): [] when it has none."""
    source = _as_python(pattern)
    if source is None:
        return []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "possible nested set" and the like
            parsed = _sre_parse.parse(source, 0)
        info = _seq(parsed)
    except Exception:  # noqa: BLE001 - syntax Python does not read, a parser of another release
        return []
    # Keep the clauses with the longest atoms first (the likeliest to be absent), without repeats.
    out = list(dict.fromkeys(info.as_clauses()))
    out.sort(key=lambda c: -min(map(len, c)))
    return out


class Screen:
    """Screens of a list of patterns (:func:`clauses`), asked text by text."""

    def __init__(self, screens: list[Clauses]) -> None:
        self.screens = screens
        atoms = set().union(*(c for s in screens for c in s))
        self.atoms = atoms
        self.unscreened = frozenset(i for i, s in enumerate(screens) if not s)
        # A text is cut into its strings of PREFIX characters or fewer (all of them, at every
        # position): an atom that short is in the text if it is one of those strings (a set
        # intersection), a longer one only if its first PREFIX characters are, and then it is
        # looked for in the text. (Three-character beginnings, as before, left ~130 atoms per
        # sentence to look for one by one: this finds the same atoms in half the time.)
        self._short: list[tuple[int, frozenset[str]]] = []
        self._by_start: dict[str, list[str]] = {}
        by_length: dict[int, set[str]] = {}
        for a in atoms:
            if len(a) <= PREFIX:
                by_length.setdefault(len(a), set()).add(a)
            else:
                self._by_start.setdefault(a[:PREFIX], []).append(a)
        self._short = sorted((n, frozenset(found)) for n, found in by_length.items())
        # Patterns by the atoms of their first clause: a text is a candidate of the patterns an
        # atom it holds opens, then of the rest of their clauses.
        self._opened: dict[str, list[int]] = {}
        for i, s in enumerate(screens):
            if s:
                for a in s[0]:
                    self._opened.setdefault(a, []).append(i)

    def present(self, texts: Sequence[str]) -> list[frozenset[str]]:
        """The atoms each of ``texts`` holds."""
        by_start, short = self._by_start, self._short
        out = []
        for text in texts:
            folded = text.casefold()
            found: set[str] = set()
            for n, atoms in short:
                found |= atoms.intersection([folded[k:k + n] for k in range(len(folded) - n + 1)])
            # (a longer atom begins at least PREFIX + 1 characters before the end)
            for start in {folded[k:k + PREFIX] for k in range(len(folded) - PREFIX)}:
                atoms = by_start.get(start)
                if atoms is not None:
                    found.update(a for a in atoms if a in folded)
            out.append(frozenset(found))
        return out

    def passes(self, i: int, present: frozenset[str]) -> bool:
        """May pattern ``i`` match a text that holds the atoms ``present``?"""
        for clause in self.screens[i]:
            if clause.isdisjoint(present):
                return False
        return True

    def may(self, present: frozenset[str], limit: int | None = None) -> set[int]:
        """The patterns (those before ``limit``, if given) that may match a text holding the
        atoms ``present``: those without a screen, and those whose first clause an atom of
        ``present`` opens and whose every clause it holds."""
        opened = {i for a in present for i in self._opened.get(a, ())}
        return {i for i in self.unscreened | opened
                if (limit is None or i < limit) and (i in self.unscreened or self.passes(i, present))}


def _cache_file(patterns: Sequence[str]) -> Path | None:
    from .rules import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256(f"{FORMAT}:{MAX_EXACT}:{MIN_ATOM}:{MAX_CLASS}:{MAX_JOINED}:{sys.version_info[:2]}\0".encode())
    for p in patterns:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return folder / "prefilter" / f"{h.hexdigest()}.json"


def can_keep() -> bool:
    """Can screens be kept in the cache folder (is there one, and can it be written)?"""
    from .rules import cache_subdir

    return cache_subdir("prefilter") is not None


def screen_of(patterns: Sequence[str]) -> Screen | None:
    """The :class:`Screen` of ``patterns``, read from the cache, or worked out and cached; None
    when there is no cache folder to keep it in, or it cannot be written (working it out costs
    more than RE2's Filter, so it is only worth it when later runs read it back)."""
    path = _cache_file(patterns)
    if path is None:
        return None
    known = _read.get(path)
    if known is not None:
        return known
    try:
        got = json.loads(path.read_bytes())
        if isinstance(got, list) and len(got) == len(patterns):
            return _keep(path, Screen([[frozenset(c) for c in s] for s in got]))
    except Exception:  # noqa: BLE001 - missing, unreadable, damaged: work it out again
        pass
    if not can_keep():
        return None  # it could not be kept: every run would work it out again
    screens = [clauses(p) for p in patterns]
    try:
        from .files import write_atomic

        write_atomic(path, json.dumps([[sorted(c) for c in s] for s in screens], ensure_ascii=False,
                                      separators=(",", ":")))
    except Exception:  # noqa: BLE001 - a full disk: no cache, the same screens (for this run)
        pass
    return _keep(path, Screen(screens))


# Screens read in this process, by cache file: packs of the same patterns (each load_rules()
# makes a pack, and each pack an index) share one, as a Screen never changes once made.
_read: dict[Path, Screen] = {}


def _keep(path: Path, screen: Screen) -> Screen:
    if len(_read) >= 8:
        _read.pop(next(iter(_read)))
    _read[path] = screen
    return screen
