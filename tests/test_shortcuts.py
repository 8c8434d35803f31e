"""The engine's shortcuts give exactly what the long way gives.

* ingest skips syntok for units that can only be one sentence (``ingest._one_sentence``),
  segments single-paragraph units without syntok's paragraph pass (``ingest._syntok_paragraphs``),
  and has syntok read only the words around its marks in a long unit (``ingest._reduced``);
* extract matches all rule patterns of a sentence in one RE2 Filter scan, and fills taxonomy
  terms the same way, instead of searching pattern by pattern.

Each property compares the shortcut with the long way over generated text.
"""
from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import extract, ingest
from summarizer.rules import default_rules

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# What syntok looks at (terminals, brackets, quotes, abbreviations, capitals, blank lines), mixed.
unit_pieces = st.one_of(
    st.sampled_from(["We collect data", "you", "The", "However", "Inc.", "Mr.", "No.", "e.g.", "U.S.", "i.e.",
                     "www.example.com", "COOKIES", "12", "May", "Jan.", "(", ")", "[", "]", "\"", "'", "’", "”",
                     ".", "!", "?", ";", ":", ",", "...", "…", "。", "（", "?!", " ", "  ", "\t", "\n", "\n\n",
                     "\xa0", "\x1c", "\u200b", "-", "—"]),
    st.text(max_size=6),
)
units = st.lists(unit_pieces, min_size=1, max_size=16).map("".join)


def _sentences(text: str) -> list[tuple]:
    doc = ingest.document_from_text(text)
    return [(s.start, s.end, s.text, s.paragraph, s.section, s.is_heading) for s in doc.sentences]


def _with_and_without(shortcut: str, off, text: str) -> tuple[list[tuple], list[tuple]]:
    """The document's sentences with ``ingest.<shortcut>`` as shipped, and with ``off`` in its place."""
    fast = _sentences(text)
    saved = getattr(ingest, shortcut)
    setattr(ingest, shortcut, off)
    try:
        slow = _sentences(text)
    finally:
        setattr(ingest, shortcut, saved)
    return fast, slow


@SETTINGS
@given(units)
def test_one_sentence_shortcut_matches_syntok(unit):
    fast, slow = _with_and_without("_one_sentence", lambda _unit: False, "Intro.\n\n" + unit)
    assert fast == slow


def _tokens(paragraphs) -> list:
    return [[(t.spacing, t.value, t.offset) for t in sentence] for p in paragraphs for sentence in p]


@SETTINGS
@given(units)
def test_direct_segmenting_matches_syntok_analyze(unit):
    from syntok import segmenter

    assert _tokens(ingest._syntok_paragraphs(unit)) == _tokens(segmenter.analyze(unit))


def _syntok_spans_whole(unit: str) -> list[tuple[int, int]]:
    """syntok's sentences of the whole unit, as ``ingest._syntok_spans`` reports them."""
    from syntok import segmenter

    spans = []
    for paragraph in segmenter.analyze(unit):
        for sentence in paragraph:
            toks = [t for t in sentence if t.value]
            if toks:
                spans.append((toks[0].offset, min(toks[-1].offset + len(toks[-1].value), len(unit))))
    return spans


# Long units (the shortcut leaves words out of units of 100 characters and more): plain words,
# which it may leave out, around what syntok decides on.
_PLAIN = ["we", "collect", "your", "data", "and", "share", "it", "with", "partners", "The", "Company",
          "information", "services", "may", "use", "cookies", "for", "analytics", "purposes", "when"]
_TRICKY = ["e.g.", "i.e.", "U.S.", "Inc.", "Ltd.", "Mr.", "No. 5", "Jan. 1", "etc.", "vs.", "St.", "Fig. 2",
           "...", "…", "data...", "Yes!", "Why?", "?!", "really?!", ";", "it;", "(", ")", "(a)", "(1)", "(see",
           "below)", "(e.g.,", "([", "]),", "{x}", "）", "（", "[1]", ").", ")).", "\"", "“quoted”", "'s", "’s",
           "users’", "don't", "can’t", "’", "'", "”.", "\".", "www.example.com", "https://example.com/a.b?c=d",
           "privacy@example.com", "1.", "2)", "a.", "IV.", "1.5", "3.14%", "$1.99.", "v2.0.1", "data.We",
           "end.The", "Yahoo!Mail", "A.B.", "x.Y", "U.K", "C.", "。", "！", "．", "‼", "word.\u201d", ",", ":",
           "-", "—", "\n", "  ", "\t", "\xa0", "\u200b", "\u2028", "\x1c"]
long_units = st.lists(st.one_of(st.sampled_from(_PLAIN), st.sampled_from(_PLAIN), st.sampled_from(_TRICKY),
                                st.text(max_size=4)), min_size=30, max_size=160).map(" ".join)


@SETTINGS
@given(long_units)
def test_reduced_unit_segments_as_the_whole(unit):
    assert ingest._syntok_spans(unit) == _syntok_spans_whole(unit)


@SETTINGS
@given(st.lists(long_units, min_size=1, max_size=3).map("\n\n".join))
def test_reduced_units_give_the_same_sentences(text):
    fast, slow = _with_and_without("_reduced", lambda _unit: None, "Intro.\n\n" + text)
    assert fast == slow


# Bracketed stretches of up to 60 chunks, some of several tokens ("(e.g.,", "U.S.", "))."): around
# the 50 tokens syntok's bracket scan reads, whose reach the shortcut must keep.
_INNER = ["a", "word", "The", "It", "x,", "y;", "e.g.,", "U.S.", "Inc.", "(", ")", ")).", "]", "[", "“q”", "'s",
          "users’", "...", "1.5", "No.", "data.", "We", "?", "!", ";", "-", "(a)", "a(b)c", "((", ")]", "Title.", "Mr."]
bracketed = st.tuples(
    st.sampled_from(["(", "[", "{", "（", "a(", "(The", "(see"]),
    st.lists(st.one_of(st.sampled_from(_INNER), st.sampled_from(_PLAIN), st.sampled_from(_PLAIN)), max_size=60),
    st.sampled_from([")", "]", "}", "）", ").", "),", "))", "a)", "x)."]),
    st.lists(st.sampled_from(_PLAIN + ["The", "We", "data.", "x;"]), max_size=25),
).map(lambda t: " ".join([t[0], *t[1], t[2], *t[3]]))
plain_run = st.lists(st.sampled_from(_PLAIN), min_size=5, max_size=30).map(" ".join)
bracket_units = st.lists(st.one_of(bracketed, plain_run), min_size=2, max_size=6).map(
    lambda parts: "We " + " ".join(parts))


@SETTINGS
@given(bracket_units)
def test_reduced_unit_with_long_brackets_segments_as_the_whole(unit):
    assert ingest._syntok_spans(unit) == _syntok_spans_whole(unit)


def _padded(piece: str, i: int) -> str:
    """``piece`` among plain sentences, at a place that depends on ``i``."""
    words = " ".join(_PLAIN[(i + k) % len(_PLAIN)] for k in range(40))
    cut = 5 + i % 30
    head, tail = words[:cut * 5].rsplit(" ", 1)[0], words[cut * 5:]
    return f"We collect data. {head} {piece} {tail}. The Company shares it."


@pytest.mark.parametrize("i, piece", list(enumerate([
    "such as your name (e.g., John Smith).", "as required by law (see Section 4) and", "in the U.S. The",
    "Acme Inc. and its partners", "Acme, Inc. We", "and so on... We", "and so on … we", "(1) your name; (2) your email",
    "“Personal Data” means", "the ‘Service’. We", "users’ data", "our partners' sites. We",
    "email us at privacy@acme.com.",
    "visit https://www.acme.com/privacy.html. We", "1. Information we collect 2. How we use it", "version 2.5.1 of",
    "costs $9.99. The", "No. 12 of the", "on Jan. 5 we", "Mr. Smith said", "(a) name (b) address", "[1] see below.",
    "(this is a long aside that goes on and on for many more words than seventy characters. It has sentences.)",
    "((nested (brackets) here)) and", "ends with a bracket (", ")) stray closers ((", "quote\". Then", "Why? Because.",
    "Wow! The", "it.The next", "of data;and", "中文。中文", "end。Next", "（全角）", "\"(quoted)\".", ").", "'.",
])))
def test_reduced_unit_on_tricky_paragraphs(i, piece):
    unit = _padded(piece, i) + " " + _padded("and more", i + 7)
    assert ingest._reduced(unit) is not None  # the shortcut is taken...
    assert ingest._syntok_spans(unit) == _syntok_spans_whole(unit)  # ...and gives what syntok gives


def test_reduced_units_of_the_examples_segment_as_the_whole():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    taken = 0
    for path in [*sorted((root / "examples").glob("*")), *sorted((root / "tests/fixtures").glob("**/policy.txt"))]:
        doc = ingest.parse(path.read_text(encoding="utf-8"), source=str(path))
        for para in doc.paragraphs:
            for us, ue in ingest._line_units(doc.text, para.start, para.end):
                unit = doc.text[us:ue].lstrip()
                if unit.count("\n") <= 1:
                    taken += ingest._reduced(unit) is not None
                    assert ingest._syntok_spans(unit) == _syntok_spans_whole(unit), unit
    assert taken  # the shortcut was taken somewhere


def test_syntok_whitespace_is_the_shortcuts():
    """The characters the shortcut splits chunks at are exactly those syntok's tokenizer does."""
    import sys

    from syntok.tokenizer import Tokenizer

    space = re.compile(f"[{ingest._SYNTOK_SPACE}]")
    for c in map(chr, range(sys.maxunicode + 1)):
        assert (Tokenizer._spaces.fullmatch(c) is None) == (space.fullmatch(c) is not None), hex(ord(c))


def test_shortcut_is_on_for_the_checked_syntok():
    from importlib.metadata import version

    assert (ingest._marks() is not None) == (version("syntok") == ingest._SYNTOK_CHECKED)


def test_syntok_version_without_importlib_metadata_is_the_installed_one():
    from importlib.metadata import version

    assert ingest._syntok_version() == version("syntok")


@pytest.mark.parametrize("unit, one", [
    ("We collect your email address.", True),
    ("Your name and email", True),
    ("We collect data. We share it.", False),
    ("We use cookies (small files).", False),
    ("Cookies;", True),
    ("We collect; we share.", False),
    ("Line one\nline two\nline three.", False),
])
def test_one_sentence_cases(unit, one):
    assert ingest._one_sentence(unit) is one


# Sentences made of the rules' own examples and pieces of them, so that rules fire, half-fire
# (one ``when`` group without the other) and meet their ``unless`` patterns.
_PACK = default_rules()
_EXAMPLES = sorted({e for r in _PACK.rules for v in r.examples.values() for e in v})
_WORDS = sorted({w for e in _EXAMPLES for w in e.split()})
sentence_pieces = st.one_of(st.sampled_from(_EXAMPLES), st.sampled_from(_WORDS), st.sampled_from([" ", ", ", "\n"]))
policies = st.lists(st.lists(sentence_pieces, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=8)


def _run(text: str, indexed: bool) -> list[dict]:
    doc = ingest.document_from_text(text)
    saved_index, saved_terms = extract._index_of, extract._taxonomy_index
    if indexed:  # the index at once, however few sentences the pack has seen
        extract._index_of = lambda pack, _sentences=0: saved_index(pack, extract.INDEX_AFTER_SENTENCES)
    else:
        extract._index_of = lambda _pack, _sentences=0: None
        extract._taxonomy_index = lambda _tax: None
    try:
        return [f.to_dict() | {"sentence": f.sentence} for f in extract.Extractor(_PACK).run(doc)]
    finally:
        extract._index_of, extract._taxonomy_index = saved_index, saved_terms


@SETTINGS
@given(policies, st.sampled_from(["", "Acme Corp collects data. Acme Corp shares data. Acme Corp uses data.\n\n"]))
def test_rule_index_matches_rule_by_rule(paragraphs, opening):
    text = opening + "Privacy Policy\n\n" + "\n\n".join(paragraphs)
    assert _run(text, indexed=True) == _run(text, indexed=False)


def test_rule_index_on_every_example():
    text = "\n\n".join(_EXAMPLES)
    assert _run(text, indexed=True) == _run(text, indexed=False)


_EXCLUSION_TEXTS = sorted({(a, e) for a, xs in _PACK.taxonomy.exclusions.items() for x in xs
                           for v in x.examples.values() for e in v}
                          | {(a, e) for a in _PACK.taxonomy.exclusions for e in _EXAMPLES})


def test_exclusion_filters_answer_as_the_gates():
    # The taxonomy index's Filter of each attribute's exclusions says whether any of them matches
    # a text, as the taxonomy's ``exclusion_gate`` (their alternation) does: on every exclusion's
    # and every rule's examples, and on pieces of text that match none.
    index = extract._TaxonomyIndex(_PACK.taxonomy)
    assert set(index.excluding) == set(_PACK.taxonomy.exclusions)
    hits = 0
    for attribute, text in _EXCLUSION_TEXTS + [(a, t) for a in _PACK.taxonomy.exclusions for t in ("", "é", "x" * 5000)]:
        gate = _PACK.taxonomy.exclusion_gate[attribute].search(text) is not None
        assert index.excludes(attribute, text) is gate, (attribute, text)
        hits += gate
    assert hits >= len(_PACK.taxonomy.exclusions)  # (not all trivially "no")
    assert index.excludes("no such attribute", "anything") is None  # (the gate is searched instead)


@pytest.mark.parametrize("parts", [1, 2, 500])
def test_rule_index_findings_do_not_depend_on_how_many_filters_screen_it(parts, monkeypatch):
    from summarizer.rules import load_rules

    text = "Privacy Policy\n\n" + "\n\n".join(_EXAMPLES)
    doc = ingest.document_from_text(text)

    monkeypatch.setattr(extract, "FILTER_AFTER_TEXTS", 0)  # Filters from the first text (not the cached screen)

    def findings() -> list[dict]:
        pack = load_rules()  # a fresh pack: its index is built with the FILTER_PARTS of the moment
        index = extract._index_of(pack, extract.INDEX_AFTER_SENTENCES)
        found = [f.to_dict() | {"sentence": f.sentence} for f in extract.Extractor(pack).run(doc)]
        assert index is not None and len(index.filters) == min(extract.FILTER_PARTS, len(index.tests.patterns))
        return found

    shipped = findings()
    monkeypatch.setattr(extract, "FILTER_PARTS", parts)
    assert findings() == shipped


@pytest.mark.parametrize("after", [0, 1, 10**9])
def test_rule_index_findings_do_not_depend_on_when_a_pattern_gets_its_own_set(after, monkeypatch):
    """A pattern is tested by a search with its Filter's program until SET_AFTER_TESTS texts,
    then by a Set of its own: Sets from the start (0), after one text, or never (searches only)
    give the same findings."""
    from summarizer.rules import load_rules

    text = "Privacy Policy\n\n" + "\n\n".join(_EXAMPLES)
    doc = ingest.document_from_text(text)

    def findings() -> list[dict]:
        pack = load_rules()
        assert extract._index_of(pack, extract.INDEX_AFTER_SENTENCES) is not None
        return [f.to_dict() | {"sentence": f.sentence} for f in extract.Extractor(pack).run(doc)]

    shipped = findings()
    monkeypatch.setattr(extract, "SET_AFTER_TESTS", after)
    assert findings() == shipped


@pytest.mark.parametrize("when", ["at once", "on the second run", "never"])
def test_rule_index_findings_do_not_depend_on_when_the_guards_filter_is_built(when, monkeypatch):
    """A rule index searches its candidates' guards one by one until GUARD_FILTER_AFTER
    candidates, then through the guards' Filter: the Filter from the start, from the second
    run on, or never, give the same findings, run after run."""
    from summarizer.rules import load_rules

    text = "Privacy Policy\n\n" + "\n\n".join(_EXAMPLES)
    doc = ingest.document_from_text(text)

    def findings() -> tuple[list[list[dict]], list[bool]]:
        pack = load_rules(lazy=True)
        index = extract._index_of(pack, extract.INDEX_AFTER_SENTENCES)
        assert index is not None
        runs, built = [], []
        for _ in range(2):
            runs.append([f.to_dict() | {"sentence": f.sentence} for f in extract.Extractor(pack).run(doc)])
            built.append(index.unless_filters is not None)
        return runs, built

    monkeypatch.setattr(extract, "GUARD_FILTER_AFTER", 10**9)
    (shipped, again), built = findings()
    assert again == shipped and built == [False, False]
    pack = load_rules(lazy=True)
    index = extract._index_of(pack, extract.INDEX_AFTER_SENTENCES)
    extract.Extractor(pack).run(doc)
    per_run = index._guarded  # the guarded candidates of one run
    after = {"at once": 0, "on the second run": per_run, "never": 10**9}[when]
    monkeypatch.setattr(extract, "GUARD_FILTER_AFTER", after)
    runs, built = findings()
    assert runs == [shipped, shipped]
    assert built == {"at once": [True, True], "on the second run": [False, True], "never": [False, False]}[when]


def test_rule_index_shares_its_filters_programs_with_the_rules():
    """The rules' patterns (compiled on first use) take the programs the index's Filters compiled
    for the same pattern, instead of compiling their own, and search with them alike."""
    from summarizer.rules import load_rules

    pack = load_rules(lazy=True)
    index = extract._index_of(pack, extract.INDEX_AFTER_SENTENCES)
    assert index is not None and index._build_filters()  # (what a batch does after FILTER_AFTER_TEXTS texts)
    pattern = next(r.when[0] for r in pack.rules if r.id == "share.sell")
    program = index.tests.programs[index.when_ids[[r.id for r in pack.rules].index("share.sell")][0]]
    if program is None:
        pytest.skip("google-re2's compiled objects are not asked directly here")
    assert pattern._regexp is program
    fresh = load_rules(lazy=True)  # compiled by itself
    sentence = "We do not sell your personal information to anyone."
    assert (pattern.search(sentence) is None) == (next(r.when[0] for r in fresh.rules if r.id == "share.sell")
                                                  .search(sentence) is None)


def test_rule_index_tests_first_the_rules_its_filters_cannot_screen():
    """Rules whose patterns hold no literal word (an e-mail address, "Acme Inc.") are candidates
    on every text: their first groups are tested right after the Filters, with the same findings."""
    index = extract._index_of(_PACK, extract.INDEX_AFTER_SENTENCES)
    pretested = {i for ids in index.everywhere.values() for i in ids}
    assert "fact.contact_email" in {r.id for k, r in enumerate(index.rules) if index.when_ids[k][:1] in
                                    [(i,) for i in pretested]}
    text = ("Privacy Policy\n\nAcme Widgets Inc. collects your name. Acme Widgets Inc. shares it with "
            "partners.\n\nWrite to privacy@acme.example or call us. Acme Widgets Inc. (\"we\") keeps data.")
    assert _run(text, indexed=True) == _run(text, indexed=False)


def test_rule_index_is_built_once_enough_sentences_were_matched(monkeypatch):
    """Without a cache folder (so without the cached screen: the index would build RE2 Filters)
    a pack gets its index after INDEX_AFTER_SENTENCES sentences; with one, at once."""
    from summarizer.rules import load_rules

    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", "")
    pack = load_rules()  # a fresh pack, not the cached default
    assert extract._index_of(pack, 10) is None
    assert extract._index_of(pack, extract.INDEX_AFTER_SENTENCES) is not None
    assert extract._index_of(pack, 1) is extract._index_of(pack, 1)
    monkeypatch.undo()
    assert extract._index_of(load_rules(), 1) is not None


# extract._SUBJECT puts its look-behind after the first capital (so that ``re`` scans for
# capitals); it finds what the plain form, look-behind first, finds.
_SUBJECT_PLAIN = __import__("re").compile(
    r"(?<![\w.@/])((?:[A-Z][\w&'’.-]{0,40}\w)" + extract._SUBJECT.pattern[len(r"((?:[A-Z](?<![\w.@/][A-Z])[\w&'’.-]{0,40}\w)"):])
subject_pieces = st.one_of(
    st.sampled_from(["Acme", "Acme Corp", "Inc.", "We", "we", "collects", "may", "shares", " ", "\t", "\n", ".", "@",
                     "/", "x", "A", "Z", "É", "_", "-", "’", "'", ",", "of", "and", "&", "Co", "LLC", "uses"]),
    st.text(max_size=3),
)


@SETTINGS
@given(st.lists(subject_pieces, max_size=20).map("".join))
def test_subject_pattern_matches_its_plain_form(text):
    assert extract._SUBJECT.pattern.startswith(r"((?:[A-Z](?<![\w.@/][A-Z])")
    got = [(m.span(), m.groups()) for m in extract._SUBJECT.finditer(text)]
    assert got == [(m.span(), m.groups()) for m in _SUBJECT_PLAIN.finditer(text)]


# extract looks for a piece of text before trying some of its patterns (negation_of's, the clause
# breaks and the hedges): every match of the pattern holds one, whatever the case and the letters
# re.I reads as ASCII.
_PIECE_WORDS = ["not", "never", "no", "nor", "no longer", "none of", "neither", "n't", "n’t", "cannot", "is", "be",
                "will", "sell", "may", "might", "could", "can", "from time to time", "occasionally", "sometimes",
                "possibly", "but", "however", "although", "though", "whereas", "except", "unless", "knowledge",
                "we", "collected", "do not", "won't", "can’t", "NEVER"]
_SPELLINGS = [
    lambda w: w, str.upper,
    # "i" matches "ı" and "İ" under re.I, "s" matches "ſ", "k" the Kelvin sign
    lambda w: w.replace("i", "ı").replace("s", "ſ").replace("k", "\u212a"),
    lambda w: w.replace("i", "İ").replace("s", "S"),
]
piece_texts = st.one_of(
    st.builds(lambda w, spell: spell(w), st.sampled_from(_PIECE_WORDS), st.sampled_from(_SPELLINGS)),
    st.sampled_from([" ", ", ", ";", ".", "(", "]", "'", "’", "\n"]),
    st.text(max_size=3),
)


def test_pieces_are_in_every_word_however_spelt():
    for word in _PIECE_WORDS:
        for spell in _SPELLINGS:
            _assert_pieces(f"we {spell(word)} be")


@SETTINGS
@given(st.lists(piece_texts, max_size=6).map("".join))
def test_pieces_are_in_every_match(text):
    _assert_pieces(text)


def _assert_pieces(text: str) -> None:
    folded = text.casefold()
    if extract._CLAUSE_BREAK.search(text):
        assert extract._holds_any(folded, extract._BREAK_PIECES)
    if extract._NEG_VERB.search(text) or extract._NO_SUBJECT.search(text):
        assert extract._may_negate(folded)
    if extract._HEDGE.search(text):
        assert extract._holds_any(folded, extract._HEDGE_PIECES)
    if extract._DENYING.search(text):
        assert extract._may_deny(text)


# extract.match_spans asks RE2 for a pattern's matches directly, with their offsets in UTF-8 bytes:
# the same matches as the wrapper's finditer, in the same order, patterns that match the empty
# string included.
_SPAN_PATTERNS = [r"\bdata\b", r"a*", r"(?:é|e)?", r"\b(?:x|data)(?P<tail>s?)", r"\s*", r"(?i)[ÉE]"]
span_texts = st.lists(st.sampled_from(["data", "datas", "a", "aa", "é", "É", "e", "x", " ", "’", "数据", "\n", "🙂"]),
                      max_size=10).map("".join)


@SETTINGS
@given(st.sampled_from(_SPAN_PATTERNS), span_texts)
def test_match_spans_are_finditer_in_bytes(pattern, text):
    import re2

    pat = re2.compile(pattern)
    encoded = text.encode()
    in_bytes = [(len(text[:a].encode()), len(text[:b].encode())) for a, b in (m.span() for m in pat.finditer(text))]
    assert extract.match_spans(pat, text) == in_bytes
    assert all(0 <= a <= b <= len(encoded) for a, b in in_bytes)


def test_re2_internals_are_checked_and_the_public_wrapper_gives_the_same_findings(monkeypatch):
    """Matching calls the compiled objects under google-re2's wrapper only after checking them
    once; without them (another google-re2 release) it goes through the wrapper, same findings."""
    from summarizer.rules import load_rules

    assert extract._direct() is True  # the google-re2 this project installs passes the check
    text = "\n\n".join(_EXAMPLES) + "\n\nNous utilisons vos données — “café” ünïcödé, 数据."
    doc = ingest.parse(text, fmt="text")
    direct = [f.to_dict() for f in extract.Extractor(load_rules()).run(doc)]
    monkeypatch.setattr(extract, "_DIRECT", False)
    monkeypatch.setattr(extract, "_UNANCHORED", None)
    wrapper = [f.to_dict() for f in extract.Extractor(load_rules()).run(ingest.parse(text, fmt="text"))]
    assert wrapper == direct and direct


def test_lazy_patterns_answer_as_compiled_ones():
    """A pattern compiled on first use (summarizer._lazyre) gives what re.compile's gives, method
    by method, before and after its first use, and pickled; it compiles only when used."""
    import pickle
    import re

    from summarizer import _lazyre

    text = "We share your e-mail address, and we never sell it. Email: a@b.example"
    for source, flags in ((r"\b(?P<verb>share|sell)\b", re.I), (rb"e-?mail", 0)):
        subject = text.encode() if isinstance(source, bytes) else text
        lazy, eager = _lazyre.compile(source, flags), re.compile(source, flags)
        assert lazy.pattern == eager.pattern and lazy._compiled is None
        for _ in range(2):  # the first call compiles, the second goes to the compiled method
            assert [m.span() for m in lazy.finditer(subject)] == [m.span() for m in eager.finditer(subject)]
            assert lazy.findall(subject) == eager.findall(subject)
            assert lazy.sub(b"X" if isinstance(source, bytes) else "X", subject) == eager.sub(
                b"X" if isinstance(source, bytes) else "X", subject)
            assert lazy.split(subject) == eager.split(subject)
        assert lazy.flags == eager.flags and lazy.groups == eager.groups and lazy.groupindex == eager.groupindex
        copy = pickle.loads(pickle.dumps(lazy))
        assert copy.search(subject).span() == eager.search(subject).span()
    assert _lazyre.compile("x").match("y") is None


_PROGRAMS_RUN = r"""
import re, sys
from summarizer import _lazyre
before = len(_lazyre._load())  # programs read from the cache
p = _lazyre.compile(r"\b(?P<verb>share|sell)s?\b[^.]{0,20}(data|information)", re.I)
m = p.search("We SELL your data.")
print(m.group("verb"), m.group(2), m.span(), p.flags == re.compile(p.pattern, re.I).flags)
print(before)
"""


def test_lazy_patterns_keep_their_programs_in_the_cache(tmp_path):
    """A pattern compiled on first use stores its program in the cache folder at exit; the next
    process compiles it from there, with the same results; a damaged file, or a program the
    engine will not take, is compiled anew (same results); no cache folder, no file."""
    import marshal
    import os
    import subprocess
    import sys

    env = dict(os.environ, SUMMARIZER_CACHE_DIR=str(tmp_path))

    def run() -> list[str]:
        out = subprocess.run([sys.executable, "-c", _PROGRAMS_RUN], env=env, capture_output=True, text=True, check=True)
        return out.stdout.splitlines()

    first = run()
    assert first == ["SELL data (3, 17) True", "0"]  # nothing in the cache yet
    files = list((tmp_path / "re").glob("*.marshal"))
    assert len(files) == 1
    stored = marshal.loads(files[0].read_bytes())
    assert len(stored) == 1
    assert run() == ["SELL data (3, 17) True", "1"]  # read back
    # a program the engine refuses is made anew
    (key, args), = stored.items()
    files[0].write_bytes(marshal.dumps({key: (args[0], [1, 2, 3], *args[2:])}))
    assert run()[0] == "SELL data (3, 17) True"
    assert marshal.loads(files[0].read_bytes()) == stored  # and stored again, mended
    files[0].write_bytes(b"\x00damaged")
    assert run()[0] == "SELL data (3, 17) True"
    # a file grown past MAX_PROGRAMS (patterns of earlier releases) keeps those in use
    from summarizer._lazyre import MAX_PROGRAMS

    old = {(f"old pattern {n}", 0): args for n in range(MAX_PROGRAMS + 1)}
    files[0].write_bytes(marshal.dumps(old))
    assert run()[1] == str(MAX_PROGRAMS + 1)  # read, then one added: over the bound
    assert marshal.loads(files[0].read_bytes()) == stored  # only the program in use is kept
    env["SUMMARIZER_CACHE_DIR"] = ""
    other = tmp_path / "unused"
    assert run() == ["SELL data (3, 17) True", "0"] and not other.exists()


def test_compiled_templates_are_cached_and_an_edited_template_is_compiled_afresh(tmp_path):
    """Jinja keeps compiled templates in the cache folder; the same label renders the same with
    or without that cache, and a user's template edited between two runs is read afresh."""
    import subprocess
    import sys

    from conftest import EXAMPLES

    cache = tmp_path / "cache"
    mine = tmp_path / "mine"
    mine.mkdir()
    policy = str(EXAMPLES / "corner-bakery.txt")

    def render(cache_dir: str, *extra: str) -> str:
        env = dict(os.environ, SUMMARIZER_CACHE_DIR=cache_dir)
        return subprocess.run([sys.executable, "-c", "from summarizer.cli import run; run()", "label", policy, *extra],
                              env=env, capture_output=True, text=True, check=True).stdout

    plain = render("")
    assert render(str(cache)) == plain and render(str(cache)) == plain  # compiled, then read back
    assert list((cache / "templates").iterdir())
    (mine / "label.md.j2").write_text("FIRST {{ data.name }}\n", encoding="utf-8")
    assert render(str(cache), "--template-dir", str(mine)).startswith("FIRST ")
    (mine / "label.md.j2").write_text("EDITED {{ data.name }}\n", encoding="utf-8")
    assert render(str(cache), "--template-dir", str(mine)).startswith("EDITED ")


# label remembers _IF_YOU_AGREE's search of a quote, and does not search a quote without one of
# _AGREE_WORDS: the answer is the search's, whatever the case and the letters re.I reads as ASCII.
_AGREE_PIECES = ["if you agree", "once you consent", "after you opt in", "only when you", "only where you",
                 "when you allow it", "only while you use", "unless you subscribe", "unless you tell us not to",
                 "of customers who opted in", "requires your written authorization", "with your consent",
                 "with your permission", "subject to your prior authorisation", "is off by default",
                 "only for users who enable it", "only if the parent enables", "We share", "data", "the user"]
agree_texts = st.lists(st.one_of(
    st.builds(lambda w, spell: spell(w), st.sampled_from(_AGREE_PIECES), st.sampled_from(_SPELLINGS)),
    st.sampled_from([" ", ", ", ".", "(", "\n"]), st.text(max_size=3)), max_size=6).map("".join)


def _assert_agreeing(text: str) -> None:
    from summarizer import label

    want = label._IF_YOU_AGREE.search(text)
    for _ in range(2):  # searched, then remembered
        got = label._agreeing(text)
        assert (got.span(), got.group(0)) == (want.span(), want.group(0)) if want else got is None, text


def test_agreeing_words_are_in_every_condition_however_spelt():
    for piece in _AGREE_PIECES:
        for spell in _SPELLINGS:
            _assert_agreeing(f"We share it {spell(piece)} first.")


@SETTINGS
@given(agree_texts)
def test_agreeing_is_the_search(text):
    _assert_agreeing(text)
