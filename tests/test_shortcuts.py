"""The engine's shortcuts give exactly what the long way gives.

* ingest skips syntok for units that can only be one sentence (``ingest._one_sentence``), and
  segments single-paragraph units without syntok's paragraph pass (``ingest._syntok_paragraphs``);
* extract matches all rule patterns of a sentence in one RE2 Filter scan, and fills taxonomy
  terms the same way, instead of searching pattern by pattern.

Each property compares the shortcut with the long way over generated text.
"""
from __future__ import annotations

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


@SETTINGS
@given(units)
def test_one_sentence_shortcut_matches_syntok(unit):
    text = "Intro.\n\n" + unit
    fast = _sentences(text)
    saved = ingest._one_sentence
    ingest._one_sentence = lambda _unit: False
    try:
        slow = _sentences(text)
    finally:
        ingest._one_sentence = saved
    assert fast == slow


def _tokens(paragraphs) -> list:
    return [[(t.spacing, t.value, t.offset) for t in sentence] for p in paragraphs for sentence in p]


@SETTINGS
@given(units)
def test_direct_segmenting_matches_syntok_analyze(unit):
    from syntok import segmenter

    assert _tokens(ingest._syntok_paragraphs(unit)) == _tokens(segmenter.analyze(unit))


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
    saved_index, saved_terms = extract._index_of, extract._terms_of
    if indexed:  # the index at once, however few sentences the pack has seen
        extract._index_of = lambda pack, _sentences=0: saved_index(pack, extract.INDEX_AFTER_SENTENCES)
    else:
        extract._index_of = lambda _pack, _sentences=0: None
        extract._terms_of = lambda _tax, _attribute: None
    try:
        return [f.to_dict() | {"sentence": f.sentence} for f in extract.Extractor(_PACK).run(doc)]
    finally:
        extract._index_of, extract._terms_of = saved_index, saved_terms


@SETTINGS
@given(policies, st.sampled_from(["", "Acme Corp collects data. Acme Corp shares data. Acme Corp uses data.\n\n"]))
def test_rule_index_matches_rule_by_rule(paragraphs, opening):
    text = opening + "Privacy Policy\n\n" + "\n\n".join(paragraphs)
    assert _run(text, indexed=True) == _run(text, indexed=False)


def test_rule_index_on_every_example():
    text = "\n\n".join(_EXAMPLES)
    assert _run(text, indexed=True) == _run(text, indexed=False)


def test_rule_index_is_built_once_enough_sentences_were_matched():
    from summarizer.rules import load_rules

    pack = load_rules()  # a fresh pack, not the cached default
    assert extract._index_of(pack, 10) is None
    assert extract._index_of(pack, extract.INDEX_AFTER_SENTENCES) is not None
    assert extract._index_of(pack, 1) is extract._index_of(pack, 1)


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
