"""The rule index's cached screen (summarizer._prefilter): it never keeps out a text a pattern
matches, it is read back from the cache, and labels are the same whichever way sentences are
screened (the cached screen or RE2's Filters)."""
from __future__ import annotations

import json

import pytest

import summarizer
from summarizer import _prefilter, extract
from summarizer.rules import default_rules, load_rules

from conftest import EXAMPLES, SHARED, needs_shared


def _passes(pattern: str, text: str) -> bool:
    screen = _prefilter.Screen([_prefilter.clauses(pattern)])
    return screen.passes(0, screen.present([text])[0])


@pytest.mark.parametrize("pattern,text", [
    (r"\bcollect(?:s|ed|ing)?\b", "We COLLECTED it."),
    (r"(?:privacy )?(?:policy|notice)", "this Notice"),
    (r"\b(?:we|us)\b.{0,40}\bshare\b", "We may share it."),
    (r"(?P<value>\d+) days", "kept for 30 DAYS"),
    (r"\p{Lu}\pL+ (?:Inc|LLC)\b", "Acme LLC"),
    (r"(?-i:Do Not Track)", "do not track"),  # case-sensitive in RE2: the screen folds case anyway
    (r"stra(?:ss|ß)e", "STRASSE"),
    (r"straße", "Straße"),
    (r"[’']s data", "company’s data"),
    (r"e-?mails?", "emails"),
    (r"(?:\w+ ){0,3}sell", "we never sell"),
    (r"\bopt[- ]?out\b", "opt out"),
    (r"(?:a|b|c)(?:d|e|f)(?:g|h|i)(?:j|k|l)", "xbehky"),  # exact sets too large to cross
    (r"abc\\pLdef", r"abc\pLdef"),  # an escaped backslash, then "pL": no Unicode class
    (r"\(?P<x>", "P<x>"),  # an optional "(", then "P<x>": no named group
    (r"[[:alpha:]]+ data", "some data"),  # a POSIX class, which Python reads otherwise
    (r"(?:\w+ ){0,3}(?:sell|rent)s?\b", "we rent"),
])
def test_screen_lets_through_what_matches(pattern, text):
    import re2

    options = re2.Options()
    options.case_sensitive = False  # as the pack compiles its patterns
    if "(?-i:" not in pattern:
        assert re2.compile(pattern, options).search(text)
    assert _passes(pattern, text)


@pytest.mark.parametrize("pattern,text", [
    (r"\bcollect(?:s|ed|ing)?\b", "We gather it."),
    (r"(?:privacy )?(?:policy|notice)", "these terms"),
    (r"\b(?:sell|rent)\b.{0,20}\bdata\b", "we sell nothing"),  # both clauses are needed
])
def test_screen_keeps_out_texts_without_the_words(pattern, text):
    assert not _passes(pattern, text)


def test_patterns_it_cannot_read_have_no_screen():
    assert _prefilter.clauses(r"[[:alpha:]]+\C") == [] or _passes(r"[[:alpha:]]+\C", "x")
    assert _prefilter.clauses(r".*") == []
    assert _prefilter.clauses(r"\b(?:we|us)\b") == []  # words too short to screen


def test_present_finds_the_atoms_a_text_holds():
    """``present`` is the atoms that are in the case-folded text, found faster: checked against
    that definition on every rule example text (in capitals too), on texts shorter and longer than
    its prefix, and on atoms at the very start and end of a text."""
    pack = default_rules()
    patterns = list({p.pattern: p for r in pack.rules for p in (*r.when, *r.unless)}.values())
    screen = _prefilter.Screen([_prefilter.clauses(p.pattern) for p in patterns])
    examples = sorted({t for r in pack.rules for ts in r.examples.values() for t in ts})
    atoms = sorted(screen.atoms)
    edge = [a for a in atoms if len(a) in (3, _prefilter.PREFIX, _prefilter.PREFIX + 1)][:50]
    texts = (examples + [t.upper() for t in examples] + ["", "ab", "abcdef", "Straße STRASSE ﬁle İstanbul"]
             + edge + [f"x {a}" for a in edge] + [f"{a} x" for a in edge] + [" ".join(atoms[:40])])
    for text, present in zip(texts, screen.present(texts)):
        folded = text.casefold()
        assert present == {a for a in atoms if a in folded}, text


def test_screen_is_sound_on_every_rule_example():
    """For every pattern of the shipped pack (``when`` groups and guards) and every rule example
    text: if RE2 finds the pattern in the text, the screen lets the text through."""
    pack = default_rules()
    patterns = list({p.pattern: p for r in pack.rules for p in (*r.when, *r.unless)}.values())
    screen = _prefilter.Screen([_prefilter.clauses(p.pattern) for p in patterns])
    texts = sorted({t for r in pack.rules for ts in r.examples.values() for t in ts})
    presents = screen.present(texts)
    kept_out = 0
    for i, p in enumerate(patterns):
        test = extract._tester(p)
        for text, present in zip(texts, presents):
            if not screen.passes(i, present):
                kept_out += 1
                assert not test(text.encode()), (p.pattern[:120], text)
    assert kept_out > len(patterns) * len(texts) // 2  # it does screen most pairs out


def test_screen_is_kept_in_the_cache_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))
    patterns = [r"\bcollect\w*", r"\bshar(?:e|ing)\b"]
    first = _prefilter.screen_of(patterns)
    files = list((tmp_path / "prefilter").glob("*.json"))
    assert first is not None and len(files) == 1
    assert json.loads(files[0].read_text()) == [[["collect"]], [["share", "sharing"]]]
    assert _prefilter.screen_of(patterns) is first  # one Screen per process for the same patterns
    # read back by another process (a changed file shows that it is read, not worked out again)
    monkeypatch.setattr(_prefilter, "_read", {})
    files[0].write_text(json.dumps([[["gather"]], [["share", "sharing"]]]))
    again = _prefilter.screen_of(patterns)
    assert again is not None and again.screens[0] == [frozenset({"gather"})]
    # a damaged file is worked out again
    monkeypatch.setattr(_prefilter, "_read", {})
    files[0].write_text("{not json")
    mended = _prefilter.screen_of(patterns)
    assert mended is not None and mended.screens[0] == [frozenset({"collect"})]
    # no cache folder, or one that cannot be written: no screen (the index uses RE2's Filters;
    # a screen that cannot be kept would be worked out again on every run)
    monkeypatch.setattr(_prefilter, "_read", {})
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", "")
    assert _prefilter.screen_of(patterns) is None and not _prefilter.can_keep()
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(blocked / "cache"))
    assert _prefilter.screen_of(patterns) is None and not _prefilter.can_keep()


def _labels(monkeypatch, paths, filter_after: int) -> list[str]:
    monkeypatch.setattr(extract, "FILTER_AFTER_TEXTS", filter_after)
    pack = load_rules()  # a fresh pack: its own rule index
    return [summarizer.label_file(p, rules=pack).to_json() for p in paths]


def _inputs() -> list:
    paths = sorted(EXAMPLES.iterdir())
    if (SHARED / "corpus" / "seeds").is_dir():
        paths += sorted((SHARED / "corpus" / "seeds").iterdir())
    return paths


@pytest.mark.parametrize("filter_after", [0, 60])
def test_labels_are_the_same_screened_or_filtered(monkeypatch, filter_after):
    """Screened all along, or through RE2's Filters from the first text (0) or from the 60th on
    (the index switches in the middle of the inputs, as a batch does): the same labels."""
    screened = _labels(monkeypatch, _inputs(), 10**9)
    assert _labels(monkeypatch, _inputs(), filter_after) == screened


def test_labels_are_the_same_without_a_cache(monkeypatch):
    with_cache = _labels(monkeypatch, _inputs(), 10**9)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", "")
    assert _labels(monkeypatch, _inputs(), 10**9) == with_cache


@needs_shared
def test_screen_is_sound_on_dev_policies():
    """The same as on the rule examples, on every sentence of three dev policies."""
    from summarizer.ingest import parse

    pack = default_rules()
    patterns = list({p.pattern: p for r in pack.rules for p in (*r.when, *r.unless)}.values())
    screen = _prefilter.Screen([_prefilter.clauses(p.pattern) for p in patterns])
    folders = sorted(p for p in (SHARED / "corpus" / "opp115-dev").iterdir() if p.is_dir())[:3]
    texts = [s.text for f in folders for s in parse((f / "policy.txt").read_text(), fmt="text").sentences]
    presents = screen.present(texts)
    for i, p in enumerate(patterns):
        test = extract._tester(p)
        for text, present in zip(texts, presents):
            if not screen.passes(i, present):
                assert not test(text.encode()), (p.pattern[:120], text)
