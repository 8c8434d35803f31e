"""Rule packs: every example of every shipped rule, and validation errors that name file, rule and field."""
from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import RulesError
from summarizer.extract import check_example
from summarizer.rules import default_rules, load_rules

PACK = default_rules()
CASES = [
    pytest.param(rule, kind, sentence, id=f"{rule.id}:{kind}:{i}")
    for rule in PACK.rules
    for kind, sentences in rule.examples.items()
    for i, sentence in enumerate(sentences)
]


@pytest.mark.parametrize("rule,kind,sentence", CASES)
def test_rule_examples(rule, kind, sentence):
    fired, negated = check_example(PACK, rule, sentence)
    if kind == "match":
        assert fired and not negated, f"{rule.id} should fire (not negated) on {sentence!r}"
    elif kind == "denied":
        assert fired and negated, f"{rule.id} should fire as a denial on {sentence!r}"
    else:
        assert not fired, f"{rule.id} should not fire on {sentence!r}"


def test_every_rule_has_examples():
    for rule in PACK.rules:
        assert rule.examples["match"] or rule.examples["denied"], rule.id
        assert rule.id and rule.file and rule.line > 0


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_all_errors_reported_at_once_with_file_rule_field(tmp_path):
    _write(tmp_path, "bad.yaml", """
rules:
  - id: good.rule
    category: data_security
    when: ['\\bencrypt']
    examples: {match: [We encrypt data.]}
  - id: Bad Id
    category: no_such_category
    when: ['(unclosed']
    examples: {match: [x]}
  - id: missing.examples
    category: data_security
    colour: blue
    when: ['{NOPE}']
  - id: bad.yields
    category: data_security
    yield_to: [no_such_yield]
    releases: [no_such_release]
    overrides: [no_such_override]
    when: ['\\bsecure']
    examples: {match: [We secure data.]}
  - id: bad.capture_all
    category: data_security
    capture_all: true
    when: ['\\bsecure']
    examples: {match: [We secure data.]}
""")
    with pytest.raises(RulesError) as ei:
        load_rules(tmp_path)
    problems = ei.value.problems
    text = "\n".join(problems)
    assert "bad.yaml:7" in text and "field 'id'" in text
    assert "field 'category'" in text and "no_such_category" in text
    assert "field 'when[0]'" in text and "invalid pattern" in text
    assert "rule 'missing.examples' field 'examples'" in text
    assert "rule 'missing.examples' field 'colour'" in text
    assert "unknown macro {NOPE}" in text
    assert "rule 'bad.yields' field 'yield_to'" in text and "rule 'bad.yields' field 'releases'" in text
    assert "rule 'bad.capture_all' field 'capture_all'" in text
    assert "rule 'bad.yields' field 'overrides'" in text
    assert len(problems) >= 9


def test_yaml_syntax_error_has_line_and_column(tmp_path):
    _write(tmp_path, "broken.yaml", "rules:\n  - id: a\n    when: [unclosed\n")
    with pytest.raises(RulesError) as ei:
        load_rules(tmp_path)
    assert "broken.yaml:" in str(ei.value) and "YAML error" in str(ei.value)


# A rule whose pattern RE2 rejects (a look-ahead).
_LOOKAHEAD_RULE = """
rules:
  - id: x.lookahead
    category: data_security
    when: ['secure(?!ly)']
    examples: {match: [secure]}
"""


def test_backtracking_constructs_are_refused(tmp_path):
    # RE2 has no backreferences or look-arounds: such patterns are rejected when the rules load.
    _write(tmp_path, "r.yaml", _LOOKAHEAD_RULE)
    with pytest.raises(RulesError, match="RE2 syntax"):
        load_rules(tmp_path)


def test_shipped_pack_compiles_its_patterns_on_first_use_with_the_same_labels():
    # default_rules() builds each RE2 program when first used (a cold start builds only those a
    # policy reaches); the same pack compiled on load labels every bundled example alike.
    import pickle

    import summarizer
    from summarizer.rules import default_rules_path

    eager = load_rules(default_rules_path())  # also: every shipped pattern compiles
    assert type(eager.rules[0].when[0]).__name__ == "_Regexp"
    lazy = load_rules(None, lazy=True)
    first = lazy.rules[0].when[0]
    assert type(first).__name__ == "_LazyRegexp"
    assert first.pattern == eager.rules[0].when[0].pattern
    assert pickle.loads(pickle.dumps(first)).search("x") == first.search("x")
    examples = Path(__file__).resolve().parent.parent / "examples"
    for path in sorted(examples.iterdir()):
        assert (summarizer.label_file(path, rules=lazy).to_json()
                == summarizer.label_file(path, rules=eager).to_json()), path.name
    lazy.compile_all()  # what a batch's fork server does before forking its workers
    import re2

    built = re2._Regexp._regexp.__get__  # the slot itself: raises AttributeError while unset
    assert all(built(p) is not None for r in lazy.rules for p in (*r.when, *r.unless))


def test_lazy_pattern_that_does_not_compile_names_file_rule_and_field(tmp_path):
    # A lazily loaded pack is checked on load for everything but RE2's syntax; a pattern RE2
    # rejects (a shipped file edited in place) says where it is when first used.
    _write(tmp_path, "r.yaml", _LOOKAHEAD_RULE)
    pack = load_rules(tmp_path, lazy=True)
    with pytest.raises(RulesError, match=r"r\.yaml:3: rule 'x\.lookahead': field 'when\[0\]': invalid pattern"):
        pack.rules[0].when[0].search("secure")


def test_user_pack_extends_default(tmp_path):
    from summarizer.rules import default_rules_path

    _write(tmp_path, "extra.yaml", """
rules:
  - id: extra.biometrics
    category: first_party_collection_use
    attributes: {personal_information_type: [health]}
    when: ['{COLLECT}', '\\bfingerprints?\\b']
    examples: {match: [We collect your fingerprint to unlock the app.], no_match: [We collect your name.]}
""")
    pack = load_rules([default_rules_path(), tmp_path])
    assert pack.rule("extra.biometrics").category == "first_party_collection_use"
    assert len(pack.rules) == len(PACK.rules) + 1


def _nodes(node):
    """A YAML node tree as plain data with line numbers, to compare two parsers."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        return ("map", node.start_mark.line, [(_nodes(k), _nodes(v)) for k, v in node.value])
    if isinstance(node, yaml.SequenceNode):
        return ("seq", node.start_mark.line, [_nodes(v) for v in node.value])
    return ("scalar", node.start_mark.line, node.tag, node.value)


@pytest.mark.parametrize("path", sorted(PACK.files), ids=lambda p: Path(p).name)
def test_fast_yaml_loader_reads_the_shipped_pack_as_pyyaml_does(path):
    """Rule files are read with libyaml when available: same data and same line numbers as the
    pure-Python loader (a rule file that the two read differently fails here)."""
    import yaml

    from summarizer.rules import _parse_yaml

    if not getattr(yaml, "__with_libyaml__", False):
        pytest.skip("PyYAML without libyaml")
    text = Path(path).read_text(encoding="utf-8")
    fast_data, fast_node = _parse_yaml(text, yaml.CSafeLoader)
    data, node = _parse_yaml(text, yaml.SafeLoader)
    assert fast_data == data and yaml.safe_load(text) == data
    assert _nodes(fast_node) == _nodes(node)


EXCLUSION_CASES = [
    pytest.param(x, kind, sentence, id=f"exclusion:{x.attribute}.{x.id}:{kind}:{i}")
    for xs in PACK.taxonomy.exclusions.values()
    for x in xs
    for kind, sentences in x.examples.items()
    for i, sentence in enumerate(sentences)
]


@pytest.mark.parametrize("exclusion,kind,sentence", EXCLUSION_CASES)
def test_exclusion_examples(exclusion, kind, sentence):
    assert exclusion.matches(sentence) == (kind == "match"), (exclusion.id, sentence)


def test_exclusions_keep_words_from_the_taxonomy():
    """An exclusion sets its words aside for its attribute only, and keeps offsets; with a
    ``term`` group only that group goes."""
    from summarizer.extract import Extractor

    ex = Extractor(PACK)
    purpose = {x.id: x for x in PACK.taxonomy.exclusions["purpose"]}
    ssn = "We collect your social security number for security."
    blanked = purpose["social_security"].blank(ssn)
    assert len(blanked) == len(ssn) and "social security" not in blanked and blanked.endswith("for security.")
    ads = "Partners may show you ads tailored to your interests."
    assert purpose["ads_tailored_to_interests"].blank(ads).startswith("Partners may show you ads ")
    # a finding is filled without the excluded words: protected others are no recipients
    doc_text = "We may disclose your information to protect the rights, property or safety of other users."
    from summarizer import label_text

    lab = label_text(doc_text, fmt="text", rules=PACK)
    assert not any("other_users" in (p["attributes"].get("third_party_entity") or [])
                   for p in lab.practices)
    assert ex.fill("third_party_entity", "Your profile is visible to other users.")[0] == ["other_users"]


def test_exclusion_errors_name_file_line_and_field(tmp_path):
    _write(tmp_path, "voc.yaml", """
vocabulary:
  taxonomy:
    purpose:
      security:
        label: security
        terms: {security: 'secur(?:e|ity)'}
  exclusions:
    purpose:
      - id: good
        pattern: '\\\\bsocial security\\\\b'
        examples: {match: [your social security number]}
      - id: bad
        pattern: '(unclosed'
        category: nope
        colour: red
        examples: {match: []}
    no_such_attribute:
      - id: x
        pattern: 'x'
""")
    with pytest.raises(RulesError) as ei:
        load_rules(tmp_path)
    text = "\n".join(ei.value.problems)
    assert "voc.yaml:13" in text and "field 'exclusions.purpose.bad.pattern'" in text and "invalid pattern" in text
    assert "field 'exclusions.purpose.bad.category'" in text
    assert "field 'exclusions.purpose.bad.colour'" in text
    assert "field 'exclusions.purpose.bad.examples.match'" in text
    assert "field 'exclusions.no_such_attribute'" in text and "no taxonomy" in text
    assert "good" not in text


def test_shipped_rule_files_are_yaml_for_every_loader():
    # The pack is read with libyaml's CSafeLoader when PyYAML has it (faster), which accepts some
    # text the pure-Python SafeLoader refuses (a flow sequence item with its opening quote lost
    # read as a plain scalar). Users without libyaml get the strict loader: both must read each
    # shipped file, and read it alike.
    import yaml

    from summarizer.rules import default_rules_path

    files = sorted(Path(default_rules_path()).glob("*.yaml"))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        strict = yaml.load(text, Loader=yaml.SafeLoader)
        fast = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        assert strict == fast, f.name


def _pack_outline(pack):
    """What a loaded pack holds, as plain data: rules (with their lines), taxonomy, exclusions."""
    def pats(ps):
        return [p.pattern for p in ps]

    def pat(p):
        return getattr(p, "pattern", p)

    rules = [(r.id, r.file, r.line, r.category, r.attributes, r.facts, pat(r.capture), pats(r.when), pats(r.unless),
              pat(r.section), pat(r.not_section), r.negation, r.examples, r.label_only, r.yield_to, r.releases, r.overrides)
             for r in pack.rules]
    taxonomy = {a: {v: (tv.label, [t.name for t in tv.terms], [t.pattern.pattern for t in tv.terms])
                    for v, tv in vals.items()} for a, vals in pack.taxonomy.attributes.items()}
    exclusions = {a: [(x.id, x.line, x.examples) for x in xs] for a, xs in pack.taxonomy.exclusions.items()}
    return rules, taxonomy, exclusions, pack.macros


def test_parsed_rule_files_are_cached_and_read_back_alike(tmp_path, monkeypatch):
    """A rule file's parse is kept in the cache folder (named by the file's bytes) and read back
    on the next load: the same pack, the same lines, the same error messages; a damaged cache
    file or a folder that cannot be written changes nothing; an empty SUMMARIZER_CACHE_DIR
    turns the cache off."""
    from summarizer.rules import CACHE_ENV

    cache = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(cache))
    first = load_rules(None)
    files = sorted((cache / "rules").glob("*.json"))
    assert len(files) == len(PACK.files)
    assert _pack_outline(load_rules(None)) == _pack_outline(first)  # from the cache
    monkeypatch.setenv(CACHE_ENV, "")
    assert _pack_outline(load_rules(None)) == _pack_outline(first)  # no cache at all
    monkeypatch.setenv(CACHE_ENV, str(cache))
    for f in files:  # damaged: parsed again, and the cache file written anew
        f.write_text('{"data": [', encoding="utf-8")
    assert _pack_outline(load_rules(None)) == _pack_outline(first)
    assert all(f.read_text(encoding="utf-8").startswith('{"data":{') for f in files)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocked / "cache"))
    assert _pack_outline(load_rules(None)) == _pack_outline(first)

    # errors name the same lines when the file's parse comes from the cache
    monkeypatch.setenv(CACHE_ENV, str(cache))
    bad = tmp_path / "bad"
    bad.mkdir()
    _write(bad, "r.yaml", """
vocabulary:
  taxonomy:
    purpose:
      security:
        label: security
        terms: {security: 'secur(?:e|ity)'}
  exclusions:
    purpose:
      - id: fine
        pattern: 'x'
        examples: {match: [x]}
      - id: bad
        pattern: '(unclosed'
        examples: {match: [x]}
rules:
  - id: Bad Id
    category: no_such_category
    when: ['(unclosed']
    examples: {match: [x]}
surplus: 1
""")
    messages = []
    for _ in range(2):
        with pytest.raises(RulesError) as ei:
            load_rules(bad)
        messages.append(ei.value.problems)
    assert messages[0] == messages[1]
    text = "\n".join(messages[0])
    assert "r.yaml:13: field 'exclusions.purpose.bad.pattern'" in text
    assert "r.yaml:17: rule 'Bad Id'" in text and "r.yaml:21: field 'surplus'" in text
    monkeypatch.setenv(CACHE_ENV, "")
    with pytest.raises(RulesError) as ei:
        load_rules(bad)
    assert ei.value.problems == messages[0]
