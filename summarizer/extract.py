"""Stage 3 — extract: run a rule pack over a Document's sentences → :class:`Finding` list.

Each sentence is read with the heading of its section as context. A rule fires when every
``when`` group matches and no ``unless`` does. The first ``when`` group is the rule's
*trigger* (usually the verb: "collect", "share", "sell"); negation and hedges are read in the
words before it, within the same clause:

* "We do **not** sell", "we will **never** share", "**No** data is collected" → ``negated``;
* "**if** you do not want us to share…" is a condition, not a denial → not negated;
* "we **may** share" → ``hedged`` (the label says "may").

Attributes named in ``fill`` are filled from the taxonomy terms found in the sentence; when a
sentence says only "this information", the heading and then the previous sentence of the
paragraph are read for the data types (a light form of coreference).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .ingest import Document, Sentence
from .rules import CATEGORIES, Rule, RulePack, default_rules


@dataclass(frozen=True)
class Evidence:
    """A quoted span of the document: ``document.text[start:end] == text``."""

    start: int
    end: int
    text: str
    section: str = ""

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "section": self.section}


@dataclass
class Finding:
    """One rule firing on one sentence."""

    rule: str
    category: str | None
    attributes: dict[str, list[str]]
    terms: dict[str, list[str]]
    facts: dict[str, Any]
    negated: bool
    hedged: bool
    evidence: list[Evidence]
    sentence: int
    label_only: bool = False

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "category": self.category,
            "attributes": self.attributes,
            "terms": self.terms,
            "facts": self.facts,
            "negated": self.negated,
            "hedged": self.hedged,
            "evidence": [e.to_dict() for e in self.evidence],
        }

    def practice(self) -> dict | None:
        """This finding as a ``practices`` entry (../shared/spec/practices.md), or None."""
        if not self.category or self.label_only:
            return None
        allowed = CATEGORIES[self.category]
        attrs = {k: sorted(set(v)) for k, v in self.attributes.items() if k in allowed and v}
        return {
            "category": self.category,
            "attributes": attrs,
            "negated": self.negated,
            "evidence": [{"start": e.start, "end": e.end, "text": e.text} for e in self.evidence],
            "rule": self.rule,
        }


# Negators and hedges are read in a window before the trigger, inside its clause.
_NEGATOR = re.compile(r"\b(?:not|never|no|none|nor|neither|without|cannot)\b|n[’']t\b", re.I)
_NOT_A_DENIAL = re.compile(
    r"\b(?:if|unless|whether|when|in case|should you|until|except|not only|not limited|"
    r"no longer than|not exceed|no more than|not be able|choose not|opt not|prefer not|elect not|decide not|"
    r"do not wish|don[’']t wish|do not want|don[’']t want|not want|not agree|not consent|may not be)\b",
    re.I,
)
_HEDGE = re.compile(r"\b(?:may|might|could|can|from time to time|occasionally|sometimes|possibly)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:.!?()\[\]]|\b(?:but|however|although|though|whereas|except|unless)\b", re.I)
_WINDOW = 90  # characters before the trigger that may hold its negator or hedge
_COREF = re.compile(
    r"\b(?:this|that|such|these|those|the|said|above|which)\s+(?:\w+\s+)?(?:information|data|details)\b|\bit\b|\bthem\b",
    re.I,
)


def _window(text: str, trigger_start: int) -> str:
    lo = max(0, trigger_start - _WINDOW)
    w = text[lo:trigger_start]
    last = None
    for m in _CLAUSE_BREAK.finditer(w):
        last = m
    if last is not None:
        w = w[last.end():]
    return w


def negation_of(text: str, trigger_start: int) -> tuple[bool, bool]:
    """(negated, hedged) for a trigger at ``trigger_start`` in ``text``."""
    w = _window(text, trigger_start)
    neg = False
    m = None
    for m in _NEGATOR.finditer(w):
        pass
    if m is not None:
        before = w[: m.end() + 12]
        neg = not _NOT_A_DENIAL.search(before)
    hedged = bool(_HEDGE.search(w))
    return neg, hedged


class Extractor:
    """Runs a compiled :class:`RulePack` over documents. Reusable and stateless between calls."""

    def __init__(self, pack: RulePack | None = None) -> None:
        self.pack = pack or default_rules()

    def fill(self, attribute: str, text: str) -> tuple[list[str], list[str]]:
        """Taxonomy values (and fine term names) of ``attribute`` found in ``text``."""
        tax = self.pack.taxonomy
        gate = tax.gate.get(attribute)
        if gate is None or not gate.search(text):
            return [], []
        values: list[str] = []
        names: list[str] = []
        for value, tv in tax.attributes[attribute].items():
            if tv.any_pattern is None or not tv.any_pattern.search(text):
                continue
            values.append(value)
            for t in tv.terms:
                if t.pattern.search(text):
                    names.append(t.name)
        return values, names

    def match_rule(self, rule: Rule, sentence_text: str, heading: str) -> tuple[bool, bool, bool, dict]:
        """Does ``rule`` fire on a sentence? Returns (fired, negated, hedged, captured facts)."""
        if rule.section is not None and not rule.section.search(heading):
            return False, False, False, {}
        if rule.not_section is not None and heading and rule.not_section.search(heading):
            return False, False, False, {}
        text = f"{heading}\n{sentence_text}" if rule.use_heading and heading else sentence_text
        first = None
        for i, pat in enumerate(rule.when):
            m = pat.search(text)
            if m is None:
                return False, False, False, {}
            if i == 0:
                first = m
        for pat in rule.unless:
            if pat.search(text):
                return False, False, False, {}
        facts: dict = {}
        if rule.capture and first is not None:
            try:
                val = first.group("value")
            except (IndexError, KeyError):
                val = None
            if val:
                facts[rule.capture] = " ".join(val.split()).strip(" ,;:.")
        negated = hedged = False
        if first is not None:
            negated, hedged = negation_of(text, first.start())
        if rule.negation == "ignore":
            negated = False
        elif rule.negation == "always":
            negated = True
        return True, negated, hedged, facts

    def run(self, doc: Document) -> list[Finding]:
        """All findings for a document, in document order."""
        findings: list[Finding] = []
        sents = doc.sentences
        for s in sents:
            if s.is_heading:
                heading = s.text
            else:
                heading = doc.sections[s.section].title if doc.sections else ""
            for rule in self.pack.rules:
                fired, negated, hedged, captured = self.match_rule(rule, s.text, heading)
                if not fired:
                    continue
                findings.append(self._finding(doc, s, rule, heading, negated, hedged, captured))
        return findings

    def _finding(self, doc: Document, s: Sentence, rule: Rule, heading: str, negated: bool, hedged: bool,
                 captured: dict) -> Finding:
        attrs = {k: list(v) for k, v in rule.attributes.items()}
        terms: dict[str, list[str]] = {}
        for a in rule.fill:
            vals, names = self.fill(a, s.text)
            if not vals and a in ("personal_information_type",) and _COREF.search(s.text):
                vals, names = self.fill(a, heading)
                if not vals and s.index > 0:
                    prev = doc.sentences[s.index - 1]
                    if prev.paragraph == s.paragraph or prev.is_heading:
                        vals, names = self.fill(a, prev.text)
            if vals:
                attrs[a] = sorted(set(attrs.get(a, [])) | set(vals))
                terms[a] = names
        facts = dict(rule.facts)
        facts.update(captured)
        # A denial flips the boolean facts a rule sets ("sells data: yes" → "no").
        if negated:
            facts = {k: (not v if isinstance(v, bool) else v) for k, v in facts.items()}
        return Finding(
            rule=rule.id, category=rule.category, attributes=attrs, terms=terms, facts=facts,
            negated=negated, hedged=hedged,
            evidence=[Evidence(s.start, s.end, s.text, heading)], sentence=s.index, label_only=rule.label_only,
        )


def practices(findings: list[Finding]) -> list[dict]:
    """The ``practices`` list of the JSON contract, one entry per finding that has a category."""
    out = []
    for f in findings:
        p = f.practice()
        if p is not None:
            out.append(p)
    return out


def check_example(pack: RulePack, rule: Rule, sentence: str, heading: str = "") -> tuple[bool, bool]:
    """(fired, negated) of one rule on one sentence: what the rule examples are checked with."""
    fired, negated, _h, _f = Extractor(pack).match_rule(rule, sentence, heading)
    return fired, negated
