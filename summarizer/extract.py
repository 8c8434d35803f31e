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
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator

from . import _forked, _lazyre as _lazy_re, _prefilter
from .ingest import Document, Sentence
from .rules import CATEGORIES, Rule, RulePack, default_rules


@dataclass(frozen=True)
class Evidence:
    """A quoted span of the document: ``document.text[start:end] == text``."""

    start: int
    end: int
    text: str
    section: str = ""
    #: True for a list's lead-in quoted only to make an item readable: it is shown on the label
    #: but is not where the practice is stated, so it is left out of ``practices``.
    context: bool = False

    def to_dict(self) -> dict:
        d = {"start": self.start, "end": self.end, "text": self.text, "section": self.section}
        if self.context:
            d["context"] = True
        return d


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
            "evidence": [{"start": e.start, "end": e.end, "text": e.text} for e in self.evidence if not e.context],
            "rule": self.rule,
        }


# Negators and hedges are read in a window before the trigger, inside its clause.
_OWN_SUBJECT = _lazy_re.compile(r"(?:we|they|i|our\s+\w+)\s", re.I)
_NOT_A_DENIAL = _lazy_re.compile(
    r"\b(?:if|unless|whether|when|in case|should you|until|except|not only|not limited|"
    r"no longer than|not exceed|no more than|not be able|choose not|opt not|prefer not|elect not|decide not|"
    r"do not wish|don[’']t wish|do not want|don[’']t want|not want|not agree|not consent|may not be|"
    r"request\w*|ask\w*|requir\w*|instruct\w*|direct(?:s|ed|ing)?|guarantee|ensure|make sure|warrant|promise|should not|"
    r"policy not|agree\w* not|oblig\w*)\b",
    re.I,
)
_ASKING = _lazy_re.compile(r"(?:request|ask|requir|instruct|direct)", re.I)
# The word of _NOT_A_DENIAL that sets the scene of a main clause ("When you are connected, we do
# not record…": what the service does whenever it is used), and the start of that main clause: a
# comma, then the first person as subject. ("If you are only browsing, we do not collect…" is a
# condition: it implies the collection otherwise, and stays no denial.)
_CONDITION = _lazy_re.compile(r"when", re.I)
_MAIN_CLAUSE = _lazy_re.compile(r",\s+(?:then\s+)?(?:we|i)\b"
                          # (or another subject with its verb: "When no workout is running, the app
                          # does not access your location")
                          r"|,\s+(?:then\s+)?(?:it|they|(?:the|our|this|your) [\w-]+(?: [\w-]+)?)\s+"
                          r"(?:do|does|did|will|would|can|could|may|is|are|never|won|don|doesn|cannot)\b", re.I)
# A verb of asking that is itself denied ("we don't ask you to create an account, and we don't
# collect your name") is no request: the denial after it stands.
_DENIED_BEFORE = _lazy_re.compile(r"(?:n[’']t|\bnot|\bnever)\s+(?:\w+ly\s+)?$", re.I)
# A word of asking used as a noun ("records of payments and service requests must be kept … and
# will not be deleted"; "your requests"): things asked for, not someone asking for the denial.
_ASKED_THINGS = _lazy_re.compile(r"\b(?:such|these|those|all|any|service|support|customer|user|data|access|deletion|"
                           r"subject|privacy|information)\s+$", re.I)
# A clause of the company's own after the asking ("you may ask us to delete it, and we will not
# sell it without your authorization"): the denial is its own, not what the reader asks for.
# (coordinated, "(,) and we": a bare ", we" follows a condition, "Unless you ask us to, we will
# not…"; "…the alerts you requested and we will not share it" needs no comma)
_OWN_CLAUSE = _lazy_re.compile(r"(?:,?\s*\b(?:and|but)\s+|;\s*(?:and\s+|but\s+)?)(?:we|i)\b", re.I)
_HEDGE = _lazy_re.compile(r"\b(?:may|might|could|can|from time to time|occasionally|sometimes|possibly)\b", re.I)
_CLAUSE_BREAK = _lazy_re.compile(r"[;:.!?()\[\]]|\b(?:but|however|although|though|whereas|except|unless)\b", re.I)
_WINDOW = 90  # characters before the trigger that may hold its negator or hedge
# A negator denies the trigger only when nothing but auxiliaries, adverbs and a list of
# verbs stands between them: "we do not sell", "will never be shared", "does not knowingly
# collect", "will not sell, rent or trade". "We do not have control over how they use it" and
# "this policy does not govern our use" deny something else.
_NEG_VERB = _lazy_re.compile(
    r"(?:\b(?:not|never|no longer|nor|cannot)\b|n[’']t\b|\bno (?:actual )?knowledge (?:that (?:we|it|the company)|of)\b)"
    # (the words after the negator may stand in quotes, as a law's terms: 'We do not "sell" or "share"')
    r"((?:[\s,\"“”‘]+(?:\w+ly|be|been|being|ever|also|otherwise|or|and|nor|any|third[- ]party|ad|advertising|tracking|analytics|other|external|in any way|in any manner|"
    r"under any circumstances|to|at any time|at all|now|yet|in the business of|engage in|include|involve|carry out|conduct|sale|sales|rental|"
    r"have (?:any )?actual knowledge that we|has (?:any )?actual knowledge that it|"
    r"cannot|can ?not|will not|won[’']t|would not|shall not|do not|does not|did not|have not|has not|"
    r"sell|rent|share|trade|lease|swap|barter|exchange|disclose|distribute|release|transfer|give|provide|"
    r"make available|pass on|pass|hand over|sell or|collect|gather|use|store|retain|keep|track|solicit|request|seek|see|view|"
    # ("we do not create or store faceprints")
    r"create|generate|build|compile|derive|extract|scan|analy[sz]e|"
    # ("it never takes pictures or records video")
    r"takes? (?:any )?(?:photos|pictures|images|videos?|screenshots|recordings)|capture|photograph|film|listen to|"
    r"require|asks? for|asks?(?: you)?|obtain|receive|record|combine|link|process|allow|permit|authori[sz]e|"
    # "does not give the app access to your contacts"
    r"(?:the |this )?(?:app|application|site|service|us|it|them) access to|access to|(?:have|has|had|get|gets)(?: any)? access to|"
    r"the app|this app|the application|"
    # the passive ("the data is not shared with any third-party analytics provider")
    r"sold|rented|shared|traded|disclosed|distributed|released|transferred|given|provided|passed on|passed|"
    r"made available|handed over|collected|gathered|used|stored|retained|kept|tracked|with|asked|required|requested|"
    r"sent|transmitted|uploaded|copied|saved|"
    # where the data would go ("photos are not uploaded to our servers": the trigger is "servers")
    r"(?:uploaded|sent|transmitted|copied|saved|stored) (?:to|on) (?:our|us))[\"”’]?)*)[\s,\"“”‘]*$",
    re.I,
)
# A denial of two practices joined by "or", the first with its object: "we do not sell your
# information or share it with advertisers" denies the sharing too, as does "we will not use or
# share your health information for marketing purposes or sell it". (Not "and": "we do not sell
# your data and use it only to…" denies no use.) The object is a few words, so the pattern stays
# cheap on any window. A trigger of several words leaves its first ones in the window ("we do
# not use advertising pixels or third-party tracking"): up to two words, not a new subject, may
# follow the "or".
_NEG_OBJECT_OR = _lazy_re.compile(
    r"(?:\b(?:not|never)\b|n[’']t\b)\s+(?:\w+ly\s+)?(?:sell|rent|share|trade|lease|disclose|distribute|release|"
    r"transfer|give|provide|collect|gather|use|store|retain|keep|track|request|ask for|obtain|receive|record|"
    # ("We do not add your account to our advertising programme or sell your information")
    r"add|enrol|enroll|put|place|load|run|embed|install|set)"
    # (the items of a list may be parted by commas: "We do not use cookies, advertising identifiers or
    # third-party analytics", and an item in the middle of one is denied too)
    r"(?:(?:,?\s+[\w'’-]+){1,12}?,?\s+(?:or|nor)(?:\s+(?!(?:we|they|you|it|i|he|she)\b)[\w'’-]+){0,2}?"
    r"|(?:\s+[\w'’-]+){1,3},)\s*$",
    re.I,
)
# A practice denied by its object: "our website uses no third-party cookies", "we have nothing to
# share or sell". The trigger's first words may stand after the "no" (see _NEG_OBJECT_OR); "we
# have no control over cookies" denies nothing (so no "have no").
_NO_OBJECT = _lazy_re.compile(
    r"(?:\b(?:uses?|used|collects?|collected|sets?|places?|shares?|shared|sells?|sold|stores?|stored|keeps?|kept|"
    r"gathers?|records?|logs?|tracks?|employs?|contains?|includes?|serves?|runs?|retains?|carr(?:y|ies) out|conducts?|"
    r"makes?|sends?|gives?|passes?|transfers?|discloses?|provides?|shows?)\s+(?:absolutely\s+)?no"
    # ("has no" only in a row of them, "the app has no ads, no trackers and no analytics": one
    # "has no" is "we have no control over…")
    r"|\b(?:has|have)\s+no(?=\s+[\w'’-]+(?:\s+[\w'’-]+)?,?\s+(?:and\s+|or\s+)?no\b)"
    # (what the company or its product has none of: "Our app has no access to your photos", "Our
    # vehicles do not have an in-cabin camera")
    r"|\b(?:has|have)\s+no\s+access\s+to|\b(?:do|does|did)\s*(?:not|n[’']t)\s+have\s+(?:an?|any)"
    r"|\bnothing\s+(?:\w+\s+){0,2}?to)"
    r"(?:\s+(?!(?:more|longer|later|less|matter)\b)[\w'’-]+){0,2}?(?:\s+(?:or|nor)\s+[\w'’-]+)?"
    # and the next of a row of them: "contains no ads and no third-party tracking", "no ads, no
    # trackers and no analytics"
    r"(?:,?\s+(?:and\s+|or\s+)?no(?:\s+(?!(?:more|longer|later|less|matter)\b)[\w'’-]+){0,2}?){0,3}\s*$",
    re.I,
)
# After the trigger: "we collect no data", "we share none of it" (not "no more than", "no later").
_NO_AFTER = _lazy_re.compile(r"\s+(?:absolutely\s+)?(?:no|none of)\b(?!\s+(?:more|longer|later|less|matter|sooner)\b)", re.I)
# "No personal data is collected", "none of your information will be shared".
_NO_SUBJECT = _lazy_re.compile(
    r"\b(?:no|none of|neither)\b(?:\s+[\w'’-]+){0,6}?\s+(?:is|are|was|were|be|will be|shall be|would be|"
    r"can be|may be|gets?|ever)(?:\s+(?:\w+ly|ever|be|being|been|sent|given|passed(?: on)?|transferred|transmitted|"
    r"disclosed|provided|uploaded|forwarded))*(?:\s+(?:sent|given|passed|transferred|transmitted|disclosed|provided|"
    r"forwarded)\s+(?:on\s+)?(?:to|with))?\s*$",
    re.I,
)
# A denial said ahead of its subject and verb: "Under no circumstances do we sell…", "At no time
# will we share…", "Neither we nor our partners will sell…", "Nor do we sell…", "We refuse to
# sell…" (each read as a practice before).
_NEG_LEAD = _lazy_re.compile(
    r"\b(?:under no circumstances?|at no (?:time|point)|in no (?:case|event|circumstances?)|on no account|by no means|neither|"
    r"(?:we|they|i|it)\s+(?:\w+\s+)?(?:refuses?|declines?)\s+to|"
    r"nor\s+(?:do|does|did|will|would|shall|can|could|may|have|has|are|is)\s+(?:we|they|i|it)|"
    r"neither\s+(?:we|they|i|it|the company|[\w&'’.-]+(?:\s+[\w&'’.-]+)?)\s+nor\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:will|would|shall|can|may|do|does|is|are|ever)\b)?)"
    r"(?:\s+(?:\w+ly|ever|we|they|i|it|will|would|shall|do|does|did|can|could|be|knowingly|intentionally))*\s*$",
    re.I,
)
_COREF = _lazy_re.compile(
    r"\b(?:this|that|such|these|those|the|said|above|which)\s+(?:\w+\s+)?(?:information|data|details)\b|\bit\b|\bthem\b",
    re.I,
)
# Where a denial's scope ends: "we do not share X, except with Y for Z" denies nothing of Y or Z.
# "…from children under 16 outside an education account": what the account allows is left open
_OUTSIDE_AN_ACCOUNT = (r"outside (?:of )?(?=(?:an?|the|their|your) (?:[\w-]+ ){0,2}?(?:accounts?|programm?e?s?|plans?|"
                       r"subscriptions?|classrooms?|schools?|contracts?)\b)")
_SCOPE_END = _lazy_re.compile(r"[;:]|\b(?:except(?:ions?)?|unless|other than|but|however|although|apart from|save|aside from|"
                        + _OUTSIDE_AN_ACCOUNT + r")", re.I)


# Most windows hold no clause break, no negator and no hedge (on the dev corpus 82%, 85% and
# 69% of them), and looking for a word of a few letters is cheaper than trying a pattern at each
# character. Each of these tuples holds a piece of text that every match of its pattern
# contains, casefolded: ``casefold`` maps every character that ``re.I`` matches to an ASCII
# letter to that letter ("ſ" to "s", the Kelvin sign to "k") but "ı" and "İ" (which "i"
# matches), so no piece holds an "i" ("neither" is looked for as "ne" and "ther").
_BREAK_PIECES = (";", ":", ".", "!", "?", "(", ")", "[", "]", "but", "however", "though", "whereas", "except",
                 "unless")  # _CLAUSE_BREAK
_NEGATOR_PIECES = ("no", "never", "n't", "n’t", "refus", "declin")  # _NEG_VERB, _NEG_LEAD, and _NO_SUBJECT but "neither"
_HEDGE_PIECES = ("may", "ght", "could", "can", "from t", "occa", "omet", "bly")  # _HEDGE


def _holds_any(folded: str, pieces: tuple[str, ...]) -> bool:
    """Does ``folded`` hold one of ``pieces``? (A loop: half the cost of ``any()`` over a generator.)"""
    for p in pieces:
        if p in folded:
            return True
    return False


def _may_negate(folded: str) -> bool:
    """May a window (casefolded) hold a match of ``_NEG_VERB`` or ``_NO_SUBJECT``?"""
    return _holds_any(folded, _NEGATOR_PIECES) or ("ne" in folded and "ther" in folded)


def _window(text: str, trigger_start: int) -> str:
    lo = max(0, trigger_start - _WINDOW)
    w = text[lo:trigger_start]
    if not _holds_any(w.casefold(), _BREAK_PIECES):
        return w  # no clause break: the whole window
    last = None
    for m in _CLAUSE_BREAK.finditer(w):
        last = m
    if last is not None:
        w = w[last.end():]
    return w


def _undoes_denial(w: str, h: re.Match, negator: int) -> bool:
    """Does the word ``h`` (a ``_NOT_A_DENIAL`` match in the window ``w``) make the negator at
    ``negator`` no denial? A condition or a hedge does ("if you do not want…"). A verb of asking
    does only before the negator ("you may ask us not to share" is a request; "we do not ask for
    your name" is a denial), and not when it is denied itself ("we don't ask you to create an
    account, and we don't collect your name"). A "when" clause closed by a comma before a new
    subject "we" or "I" is the setting of the main clause, not a condition on its denial ("when
    you use the app, we do not record your location" denies the recording)."""
    if not _ASKING.match(h.group(0)):
        if _CONDITION.fullmatch(h.group(0)) and h.end() < negator and _MAIN_CLAUSE.search(w, h.end(), negator):
            return False
        return True
    if _ASKED_THINGS.search(w, 0, h.start()) or _OWN_CLAUSE.search(w, h.end(), negator):
        return False
    return h.start() < negator and not _DENIED_BEFORE.search(w, 0, h.start())


# "cannot" denies what follows it when that passes the data on ("cannot be sold") or is the
# company's reading it ("reception staff cannot see your messages")
_CANNOT_PASS = _lazy_re.compile(r"(?:sold|rented|traded|shared|disclosed|transferred|given|passed|see|seen|access|accessed|view|viewed|"
                                r"read|decrypt|decrypted)\b", re.I)


_AUDIENCES = "international_and_specific_audiences"
_COLLECTION = "first_party_collection_use"
# a warning or a denial about children ("Children under 13 should not send us their name"; "please
# do not…"), what happens if a child's data comes in ("If we become aware that we have received
# information from a user under the age of 13, we will delete it"), the reader's rights over it, or
# an age limit ("the age of 13", whose "age" is no data collected): nothing said to be collected
_NOT_FROM_CHILDREN = _lazy_re.compile(r"\b(?:not|never|no|nothing|should|must|please|cannot|may not|without|in the event|aware|"
                                      r"if (?:we|you) (?:\w+ )?(?:learn|discover|find|determine|believe|think)|"
                                      r"urge|encourage|inadvertent\w*|access|delete|limit\w*|age of|years of age|years old)\b|"
                                      r"n[’']t\b", re.I)


def _of_a_child(here: list, text: str) -> bool:
    """Is a sentence's audience its children, of whom it says data is collected (no denial or
    warning in it)?"""
    return (any("children" in f.attributes.get("audience_type", ()) and not f.negated
                for _r, f in here if f.category == _AUDIENCES)
            and _NOT_FROM_CHILDREN.search(text) is None)


@lru_cache(maxsize=1024)  # rules that share a trigger word ask it of the same sentence (~1 in 6);
# emptied at the end of each Extractor.run
def negation_of(text: str, trigger_start: int) -> tuple[bool, bool]:
    """(negated, hedged) for a trigger at ``trigger_start`` in ``text``."""
    w = _window(text, trigger_start)
    folded = w.casefold()
    neg = False
    m = None
    if _may_negate(folded):
        m = (_NEG_VERB.search(w) or _NO_SUBJECT.search(w) or _NEG_OBJECT_OR.search(w) or _NO_OBJECT.search(w)
             or _NEG_LEAD.search(w))
    if m is not None and m.group(0)[:6].lower() == "cannot" and not _CANNOT_PASS.match(text, trigger_start):
        # "cannot be sold" promises what will not happen to the data; "cannot be used to
        # identify you" says what the data is, and denies no practice
        m = None
    if m is not None:
        neg = not any(_undoes_denial(w, h, m.start()) for h in _NOT_A_DENIAL.finditer(w[: m.start() + 16]))
    elif " not " in text and _POSTPOSED_SUBJECT.match(text) and _POSTPOSED_DENIAL.match(text, trigger_start):
        # the denial comes after the practice, named as a noun ("A use of the data for advertising
        # purposes does not take place", "A transfer to third parties is not carried out")
        neg = True
    elif _STOPPED_BEFORE.search(w):
        # a practice stopped, said by the verb of stopping ("We stopped selling personal
        # information in 2022", "we have ceased sharing…"): what holds now is that it is not done
        neg = True
    elif _holds_any(text, _PAST_PIECES) and _PAST_PRACTICE.search(text) and _STOPPED_SINCE.match(text, trigger_start):
        # a practice of the past, stopped since ("We previously collected your phone number, but
        # we no longer do"; "We used to share usage data with Google Analytics, but we stopped"):
        # what holds now is that it is not done
        neg = True
    hedged = _holds_any(folded, _HEDGE_PIECES) and _HEDGE.search(w) is not None
    return neg, hedged


# (in the past only: "we will stop selling your data if you ask" is the reader's choice)
_STOPPED_BEFORE = _lazy_re.compile(r"\b(?:stopped|ceased|discontinued)\s+$", re.I)
_PAST_PIECES = ("revious", "ormerly", "used to", "past", "one time", "ntil")  # cheap signs of _PAST_PRACTICE
_PAST_PRACTICE = _lazy_re.compile(r"\b(?:previously|formerly|used to|in the past|at one time|until (?:recently|(?:\w+ )?(?:19|20)\d\d))\b",
                            re.I)
_STOPPED_SINCE = _lazy_re.compile(r"[^.;]{0,160}?\b(?:but|and|which|however|when)\b,?\s+(?:\w+\s+){0,3}?(?:no longer|not anymore|"
                            r"(?:have |has )?(?:stopped|ceased|discontinued|ended|phased out)|"
                            # (or the tool of it taken away: "…, but we removed it in January 2023")
                            r"(?:have |has )?(?:removed|dropped|disabled|retired|switched off|turned off|got rid of) (?:it|them|this|that|those|these)\b|do not do (?:so|that|this|it) any ?more|"
                            r"don[’']t (?:do (?:so|that|this|it) |anymore|any more))", re.I)

# A practice named as a noun and denied after it, in its own clause: "A use of the data for
# advertising purposes or for profiling does not take place."
_POSTPOSED_SUBJECT = _lazy_re.compile(r"^\W*(?:a|an|the|any|such)\s+(?:[\w-]+\s+)?(?:use|uses|transfer|transfers|sale|sales|"
                                r"disclosure|sharing|processing|profiling|collection|transmission|passing|forwarding|"
                                r"analysis|combination|evaluation)\b", re.I)
_POSTPOSED_DENIAL = _lazy_re.compile(r"[^.;:!?]{0,160}?\b(?:does|do|will|shall|did) not (?:take place|happen|occur)\b|"
                               r"[^.;:!?]{0,160}?\b(?:is|are|will be) not (?:carried out|performed|undertaken|made)\b", re.I)


# What a sentence sets aside is not filled from it: "we share usage statistics (not including your
# name or email address)" shares no contact details. The aside ends at a closing bracket, a
# semicolon or the sentence end.
#: Words one of which every ``_EXCLUDED`` aside contains (lowercase): a sentence without any is
#: not searched (most are not).
_EXCLUDED_WORDS = ("includ", "exclud", "other than", "except", "but not", "apart from", "aside from", "without", ", not ",
                   "and not ", "and cannot", "and can't", "and can’t", "and do not", "and don", "and never",
                   "not use", "but no ", "; no ", "not hold", "not store", "not keep", "never hold", "never store",
                   "never keep", "n't hold", "n't store", "n’t hold", "n’t store")
_EXCLUDED = _lazy_re.compile(
    r"(?:,\s+(?=not (?:your|the|any|their|its|his|her|to|for)\b))?"  # "your subscription, not your card details"
    r"\(?\b(?:not including|excluding|other than|except(?: for)?|with the exception of|but not(?! limited| necessarily| only)|"
    # (and a purpose set aside: "to improve the service, not to build advertising profiles")
    r"(?<=, )not(?= (?:your|the|any|their|its|his|her|to|for)\b)|(?<= and )not(?= (?:to|for|your|the|any)\b)|apart from|"
    # (what the company says it cannot see: "we receive only aggregated figures and cannot see which
    # websites you visit")
    r"(?<= and )(?:cannot|can ?not|can[’']t|do not|don[’']t|never) (?:see|access|read|know|view)|"
    # (what it holds none of: "your heart rate and sleep, but no GPS data"; "only steps; no GPS")
    r"(?<=but )no(?= )|(?<=; )no(?= )|"
    r"aside from|which does not include|that does not include|does not include|do not include|"
    # what another company is barred from ("…and may not use it for its own advertising")
    r"(?:may|must|will|shall|can) not use (?:it|them|this|that|such|the|your)\b(?=[^.;]{0,60}\b(?:its|their) own\b)|"
    r"without (?:your |any )?(?:name|personal)\w*|"
    # what it does not hold itself ("payment records (we use a payment platform and do not hold
    # card details)")
    r"(?<=\()[^()]{0,120}?(?:(?:do|does|will|shall)\s+not|never|(?:do|does|wo)n[’']t)\s+(?:ever\s+)?(?:hold|store|keep|receive|retain))\b[^.;()]{0,200}\)?",
    re.I,
)


# A question: a sentence that asks (an auxiliary or a question word first) and ends in "?".
_QUESTION = _lazy_re.compile(r"^\W*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:do|does|did|will|would|can|could|is|are|was|were|may|"
                       r"should|shall|has|have|what|who|whom|whose|how|why|when|where|which)\b[^?]*\?\W*$", re.I)


# An aside that names what it sets aside ("excluding your card number"), not a condition
# ("except with your consent", "except as described").
_NAMED_ASIDE = _lazy_re.compile(r"\(?(?:not including|excluding|other than|except for|with the exception of|apart from|aside from)\b", re.I)


@lru_cache(maxsize=256)  # several rules fill from the same sentence (4 calls in 10 repeat one);
# emptied at the end of each Extractor.run
def _except_denied(text: str) -> tuple[str, str]:
    """``text`` without its asides (``_EXCLUDED``), but for an exception to a denial before it
    ("we do not share your data with third parties, except with service providers that host our
    servers"): that exception is what the sentence affirms, and it stays. (A denial left in
    ``text`` after :func:`affirmed` is in the trigger's own clause.) Also returns the words set
    aside, for what "this information" in the rest of the sentence leaves out."""
    # the first one: searched once, not once per aside (and only in the few texts that may hold one)
    denial = _DENYING.search(text) if _may_deny(text) else None
    first = denial.start() if denial is not None else len(text)

    set_aside: list[str] = []

    def aside(m: re.Match) -> str:
        exception = m.group(0).lower().lstrip("(").startswith(
            ("except", "other than", "apart from", "aside from", "with the exception"))
        if exception and first < m.start():
            return m.group(0)
        # An aside that opens the sentence ends at its comma: "Excluding credit card
        # information, this information may be shared…" sets aside the card data alone.
        comma = m.group(0).find(",")
        if comma > 0 and _NAMED_ASIDE.match(m.group(0)) and not text[:m.start()].strip(" \t\"'“‘(-–—•*"):
            set_aside.append(m.group(0)[:comma])
            return " " + m.group(0)[comma + 1:]
        set_aside.append(m.group(0))
        return " "

    return _EXCLUDED.sub(aside, text), " ".join(set_aside)


# A clause of a sentence: the parts between semicolons and "but", "however", "although", "whereas".
_CLAUSE = _lazy_re.compile(r";|,?\s+\b(?:but|however|although|whereas)\b(?!,?\s+(?:(?:is|are|was|were)\s+)?not\s+(?:limited|only|necessarily))"
                     # (", and we do not use them for marketing": a clause of its own)
                     r"|,\s+and\s+(?=(?:we|i|they)\s)"
                     # (an aside in brackets with its own subject: "Name and email (we never ask for
                     # your Social Security number)")
                     r"|\s*\((?=(?:we|i|they)\s)"
                     # (", which does not use cookies to track you across sites": what a tool named
                     # before does not do is a clause of its own)
                     r"|,\s+(?=(?:which|who)\s+(?:(?:we|they|it)\s+)?(?:(?:does|do|did|will|would|can|could|is|are|has|have)\s+)?"
                     r"(?:not|never)\b|(?:which|who)\s+(?:(?:we|they|it)\s+)?(?:doesn|don|won|isn|aren|can)[’']?t\b)", re.I)
# one of which (or ";", ", and we/I/they" or a denying ", which/who", which _may_break looks for itself) every ``_CLAUSE`` holds
_CLAUSE_WORDS = ("but", "however", "although", "whereas")


def _may_break(text: str) -> bool:
    """Does ``text`` hold one of ``_CLAUSE_WORDS`` right after a space (``\\s``, which is what
    ``str.isspace`` tests), as every ``_CLAUSE`` but ";" does? ("distribute" and "attributes" hold
    "but" too.) ``casefold`` maps every letter that matches these words under re.I to them, "ſ"
    included, and leaves spaces as they are."""
    folded = text.casefold()
    if ", and we " in folded or ", and i " in folded or ", and they " in folded:
        return True
    if "(we " in folded or "(i " in folded or "(they " in folded:
        return True  # (an aside with its own subject)
    if (", which " in folded or ", who " in folded) and _may_deny(folded):
        return True  # (a denying which-clause: ", which does not use cookies")
    for w in _CLAUSE_WORDS:
        i = folded.find(w, 1)
        while i > 0:
            if folded[i - 1].isspace():
                return True
            i = folded.find(w, i + 1)
    return False
# A clause that denies something ("we do not sell your information", "it will never be disclosed").
_DENYING = _lazy_re.compile(
    r"(?:\b(?:do|does|did|will|would|shall|may|can|could|must|is|are|was|were|be)\s*(?:not|never)\b|"
    r"\b(?:never|cannot)\b|n[’']t\b)(?!\s+(?:\w+\s+)?(?:limited|only|necessarily|be able|able))", re.I)
# Pieces one of which every _DENYING match holds, casefolded (see _BREAK_PIECES): "cannot" holds
# "not". Searching the pattern tries it at each character; 19 texts in 20 hold none of these.
_DENYING_PIECES = ("not", "never", "n't", "n’t")


def _may_deny(text: str) -> bool:
    """May ``text`` hold a match of ``_DENYING``?"""
    return _holds_any(text.casefold(), _DENYING_PIECES)


def affirmed(text: str, trigger_end: int) -> str:
    """``text`` without the clauses, other than the trigger's own, that deny something: "we rent
    our mailing list, but we do not sell your information" affirms the list, not "your information"."""
    # Most sentences hold neither ";" nor any of the words a clause breaks on, and searching for
    # ``_CLAUSE`` from every space costs more than the rest of the function.
    if ";" not in text and (trigger_end == 0 or trigger_end <= len(text)) and not _may_break(text):
        return text  # one clause, the trigger's own
    out = []
    pos = 0
    for m in [*_CLAUSE.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        part = text[pos:end]
        own = pos <= max(0, trigger_end - 1) < end or (trigger_end == 0 and pos == 0)
        out.append(part if own or not (_may_deny(part) and _DENYING.search(part)) else " " * len(part))
        if m is not None:
            out.append(text[m.start():m.end()])
            pos = m.end()
    return "".join(out)


# What a sentence says its data does not hold ("shared in aggregate form, which will not contain
# any personally identifiable information") is not filled from it either; the aside ends at a comma.
_NOT_HELD = _lazy_re.compile(
    r"\b(?:will|would|does|do|shall|can|could|may)(?: not|n[’']t)(?: ever)? (?:contain|include|reveal)\b[^.;(),]{0,120}",
    re.I)


# A lead-in that is nothing but a denial, its verbs in the items ("We do not:", "We will never:",
# "Acme does not:").
_BARE_DENIAL_LEAD = _lazy_re.compile(
    r"^\W*(?:we|(?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,2})\s+(?:(?:do|does|will|shall|would|can)\s+)?"
    r"(?:not|never|n[’']t)(?:\s+ever)?\s*:\s*$|^\W*(?:we|(?-i:[A-Z])[\w&.-]*)\s+(?:don|doesn|won)[’']t\s*:\s*$", re.I)


# A list "item" that is a sentence denying something itself ("We do not use your information for
# marketing.", "Acme never sells data."): no item of the lead-in's list.
_ITEM_DENIES = _lazy_re.compile(r"^\W*(?:we|i|they|(?-i:[A-Z])[\w&.-]*)\s+(?:(?:do|does|will|shall|would|can|may)\s+)?"
                          r"(?:not|never)\b|^\W*(?:we|i|they|(?-i:[A-Z])[\w&.-]*)\s+(?:don|doesn|won|can)[’']?t\b", re.I)


# A lead-in that says nothing itself but points back to the sentence before ("In practice that
# means:", "This includes:").
_POINTING_LEAD = _lazy_re.compile(
    r"^\W*(?:(?:in practice|in other words|specifically|that is),?\s+)?(?:this|that|which|these|it)\s+"
    r"(?:means|includes?|covers?|can include|may include|involves?)\b[^.;:]{0,40}:\s*$|"
    r"^\W*(?:for example|for instance|e\.g\.|in particular|specifically|currently|at present|"
    r"under (?:the|our|this|that) (?:\w+ ){0,3}?\w+)\s*:\s*$", re.I)


def _in_lead_clause(text: str, item: str, trigger_end: int) -> bool:
    """Does the trigger that ends at ``trigger_end`` in ``text`` (a lead-in, then the list item
    ``item``) stand in the lead-in's last clause, the one its list continues? ("We do not sell
    your data, but we share it with:" denies no sharing with the items.)"""
    if not text.endswith(item):
        return False
    lead_end = len(text) - len(item)
    if not 0 < trigger_end <= lead_end:
        return False
    # nor does a denial with an exception, whose list is the exceptions ("We do not disclose your
    # information, except as follows:")
    rest = text[trigger_end:lead_end].rstrip(" \t\n:-–—")
    if rest and _SCOPE_END.search(rest):
        return False
    return trigger_end > _last_clause(text[:lead_end])


@lru_cache(maxsize=64)  # asked once per rule that fires on each item of the same list
def _last_clause(text: str) -> int:
    """Where the last clause (``_CLAUSE``) of ``text`` begins."""
    last = 0
    for m in _CLAUSE.finditer(text):
        last = m.end()
    return last


# A lead-in whose list is the exceptions to its denial ("…, with these exceptions:", "…, except as
# follows:", "…, other than:").
_EXCEPTION_LEAD = _lazy_re.compile(r"\b(?:with|subject to|apart from) (?:the|these|a few|some)? ?(?:following )?exceptions?\s*:\s*$|"
                             r"\b(?:except|other than|unless|save)\b[^:;]{0,40}:\s*$", re.I)
# The words that open an exception to a denial ("except our cloud host", "apart from…").
_EXCEPTION_OPENER = (r"(?:except(?: for)?|apart from|aside from|other than|besides|beyond|with the exception of|save(?: for)?|"
                     + _OUTSIDE_AN_ACCOUNT + r")")
# An exception that opens the sentence, up to the denial's subject: "Apart from the ad networks
# named above, and our cloud host, we do not share…" (the networks and the host are not denied).
_LEADING_EXCEPTION = _lazy_re.compile(
    r"^\W*(?:" + _EXCEPTION_OPENER + r"|unless)" + r"[^;:.]{0,300}?,\s*(?=(?:we|i|they|it|our (?:company|business|site|app|service))\b)",
    re.I)


_CELL_SENTENCE_END = _lazy_re.compile(r"[.!?]\s+(?=[A-Z])")


def _own_cell_sentence(text: str, at: int) -> str:
    """``text`` (a table row, cells joined by " | ") with what comes before the sentence holding
    ``at`` blanked, when that sentence starts inside its cell; offsets stay."""
    cell = text.rfind(" | ", 0, at)
    cell = 0 if cell < 0 else cell + 3
    last = None
    for m in _CELL_SENTENCE_END.finditer(text, cell, at):
        last = m
    return " " * last.end() + text[last.end():] if last is not None else text


def denial_scope(text: str, trigger_end: int) -> str:
    """The words a denial covers: the sentence up to where an exception or a new clause begins,
    less an exception that opens it (blanked, so offsets stay)."""
    m = _SCOPE_END.search(text, trigger_end)
    if m:
        text = text[: m.start()]
    lead = _LEADING_EXCEPTION.match(text)
    if lead and lead.end() < trigger_end:
        return " " * lead.end() + text[lead.end():]
    # ...and from the clause it is in: "We do not use advertising cookies, and we do not collect your
    # precise location" denies collecting the location, not cookies (the clause before is its own)
    bounds = [b for b in _NEXT_CLAUSE.finditer(text, 0, trigger_end) if b.end() < trigger_end]
    if " | " in text:
        # (a table row's cells: "Health information | Examples: symptoms; visit notes | Sold: No" -
        # a semicolon or a bracket inside a cell begins no clause of the row's answer)
        bounds = [b for b in bounds if not b.group(0).startswith((";", "(")) or _OWN_SUBJECT.match(text, b.end())]
    if bounds and bounds[-1].group(0)[:1].isspace() and _NEGATOR.search(text, 0, bounds[-1].start()):
        # (two denials joined by a bare "and": "we do not bid using personal data and we do not
        # store the identifiers" - the second is read with the first, as one)
        bounds.pop()
    # (a clause before a semicolon is its own whatever its words: "The check happens entirely in
    # your phone's operating system; we never receive your face data")
    if bounds and (bounds[-1].group(0).startswith((";", "(")) or _FINITE_WORD.search(text, 0, bounds[-1].start())):
        return " " * bounds[-1].end() + text[bounds[-1].end():]
    return text


#: A negator anywhere ("not", "never", "no", "n't"); the label reads it too.
_NEGATOR = _lazy_re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.I)
# Where a clause with its own subject begins: "…, and we…", "…; we…", "…, but they…"
# (or with no comma before "we": "…to send you the alerts you requested and we will not share it")
# (and after a semicolon whatever its words, "Your name and phone number; your PPS number is never
# requested", or an aside in brackets with its own subject, "Name and email (we never ask for your
# Social Security number)")
_NEXT_CLAUSE = _lazy_re.compile(r"(?:,\s*(?:and|but|while|whereas)\s+|;\s*(?:and\s+|but\s+)?)(?=(?:we|they|i|our\s+\w+)\s)|"
                          r"\s(?:and|but)\s+(?=(?:we|i)\s)|;\s*|\(\s*(?=(?:we|they|i)\s)", re.I)


_EXCEPTION_WORD = _lazy_re.compile(_EXCEPTION_OPENER, re.I)
# what a parent, guardian or school does that opens a denial about children ("unless a parent sets up
# a household profile", "unless their school has signed up")
# another part of the service that does what a denial rules out ("…, but our website does")
_BUT_ANOTHER_DOES = _lazy_re.compile(r"\s+(?:our|the|its|their)\s+(?:[\w-]+\s+)?(?:web ?sites?|sites?|apps?|applications?|"
                               r"services?|platforms?|stores?|versions?|products?|pages?)\s+(?:does|do|did|uses?|may|will|can|sets?)\b",
                               re.I)
# what the reader does that opens a denial ("unless you turn on personalised ads", "unless you
# travel outside the EU"; not their agreeing, which the label says as consent)
_READER_DOES = _lazy_re.compile(r"\s+you\s+(?!(?:agree|consent|say yes|give (?:us )?(?:your )?(?:consent|permission))\b)"
                                r"(?:\w+\s+){0,2}?\w+", re.I)
_BY_GROWN_UPS = _lazy_re.compile(r"\s+(?:(?:a|the|their|your|his or her|its)\s+)?(?:parents?|guardians?|schools?|teachers?|"
                           r"legal guardians?)\b", re.I)
_CLAUSE_END = _lazy_re.compile(r"[;:.!?]")


# A later clause with a denial of its own ("…, and we do not share it … unless you opt in"): a
# consent said in it is not the earlier denial's (not one that says the same again: "…, and we will
# never do so without…")
_NEW_DENIAL_CLAUSE = _lazy_re.compile(r"(?:,|;)\s*(?:and|but|nor)?\s*(?:we|i|they|it)\s+(?:\w+\s+)?(?:(?:do|does|will|would|can|may)\s*(?:not|n[’']t)|never|won[’']t)\s+"
                                     r"(?!do so|do that|do this|do it|otherwise|ever)", re.I)
# ...or until a parent agrees ("we do not knowingly collect … from children under 13 without
# verifiable parental consent")
_UNTIL_PARENT_CONSENT = _lazy_re.compile(r"\b(?:without|unless (?:we (?:have|obtain|receive|get)|with)|"
                                   # ("…before we have obtained verifiable parental consent")
                                   r"(?:before|until) we (?:have |first )?(?:obtain(?:ed)?|receiv(?:e|ed)|g[eo]t(?:ten)?|ha(?:ve|d))|"
                                   r"(?:after|upon) (?:obtaining|receiving|getting))\s+"
                                   r"(?:(?:the|their|a|prior|verifiable|verified|express|written)\s+)*"
                                   r"(?:parental|parents?[’']?|guardians?[’']?|(?:parent|guardian)[’']s)\s+"
                                   r"(?:or (?:legal )?guardians?[’']?\s+)?(?:consent|permission|approval|authori[sz]ation)\b"
                                   # ("…without the consent of a parent or guardian", "…of the person
                                   # having parental authority")
                                   r"|\bwithout (?:the |their |a )?(?:prior |verifiable |express |written )?(?:consent|permission|"
                                   r"authori[sz]ation) of (?:the|a|their|his or her) (?:parents?|guardians?|legal guardians?|"
                                   r"person having parental authority|holders? of parental)"
                                   # "unless a parent consents", "unless their parent or guardian has agreed"
                                   r"|\b(?:unless|until|before)\s+(?:(?:the|their|a|his or her|your)\s+)?(?:parents?|guardians?)\s+"
                                   r"(?:or (?:legal )?guardians?\s+)?(?:\w+\s+)?(?:consents?|agrees?|agreed|approves?|approved|permits?)\b"
                                   # ("…until a parent has created an account and given verifiable consent")
                                   r"|\b(?:unless|until|before)\s+(?:(?:the|their|a|his or her|your)\s+)?(?:parents?|guardians?)\s+"
                                   r"(?:or (?:legal )?guardians?\s+)?[^.;]{0,60}?\b(?:given|gives|provided|provides)\s+(?:\w+\s+){0,2}?"
                                   r"(?:consent|permission|approval)\b",
                                   re.I)


# A word that a clause with a verb of its own holds (a subject pronoun, an auxiliary, a negation):
# "We share it with…", "Your data is never sold"; a heading with none names a topic.
_FINITE_WORD = _lazy_re.compile(r"\b(?:we|you|they|i|it|is|are|was|were|be|will|would|may|might|can|could|do|does|did|"
                          r"has|have|had|shall|should|must|never|not|no|collects|uses|shares|sells|discloses|gathers|"
                          r"keeps|stores|retains|protects|sends|receives|transfers|tracks|provides|processes|obtains|"
                          r"honou?rs|respects|responds|asks|offers|lets|allows)\b|n[’']t\b", re.I)


# A denial that holds only until the reader agrees ("we will not share it without your consent",
# "unless you opt in"): no promise that it never happens.
_UNTIL_CONSENT = _lazy_re.compile(
    r"\bwithout (?:first )?(?:obtaining |getting |asking for |receiving )?(?:(?:your|their|(?:the|a|an|each) (?:[\w-]+ )?[\w-]+[’']s?) "
    r"(?:prior |express |explicit |affirmative |written |signed )?|(?:prior|express|explicit|affirmative|written|signed) )"
    r"(?:consent|permission|authori[sz]ation)\b|"
    # (or someone else's yes: "We won't sell data about teens under 16 unless they say yes")
    r"\bunless (?:they|he or she|the (?:child|teen|minor|consumer|user|customer|subscriber|member|patient|student|"
    r"account ?holder|individual|person|parent|guardian|donor|client|visitor|cardholder))\s+(?:\w+ly\s+)?(?:consent|agree|opt[- ]?in|say yes)\w*\b|"
    r"\bunless you (?:\w+ly )?(?:have )?(?:\w+ly )?(?:consent|agree|opt(?:ed)?[- ]?in|giv(?:e|en) (?:us )?(?:your )?(?:prior |express |explicit |affirmative |"
    r"written |signed )?(?:consent|permission|authori[sz]ation)|ask (?:us )?to|asked (?:us )?(?:to|for it)|(?:ask|request|instruct|direct|authori[sz]e) us|"
    r"tell us (?:we|that we) (?:can|may)|say (?:so|yes)|allow (?:it|us)|choose to|opt to|authori[sz]e)\b|"
    # ("unless you click on an offer and choose to apply, in which case we send them your name")
    r"\bunless you (?:[\w-]+ ){1,6}?and (?:choose|decide|opt|elect) to\b|"
    # ("…unless you say it's OK", "…if you do not opt in")
    r"\bunless you (?:say|tell us) (?:(?:it|that)[’']?s|it is|that is) (?:ok|okay|fine|all right)\b|"
    r"\bif you (?:do not|don[’']t|have not|haven[’']t|did not|didn[’']t) (?:\w+ )?(?:opt(?:ed)?[- ]?in|consent(?:ed)?|agree[ds]?|"
    r"say yes|said yes|give (?:us )?(?:your )?(?:consent|permission))\b", re.I)


_POINTER_EXCEPTION = _lazy_re.compile(
    r"(?:except|other than|save|apart from) (?:as|where) (?:(?:otherwise|specifically|expressly|further|more fully) )?"
    r"(?:described|outlined|set (?:forth|out)|provided|disclosed|stated|noted|explained|detailed|specified|"
    r"permitted|indicated|mentioned|discussed)(?: (?:in|by|under))?(?: (?:this|our|the) (?:privacy )?"
    r"(?:policy|statement|notice)| this section| the following(?: sections?)?| herein| hereunder| below| above)\W*$",
    re.I)


_LEGAL_EXCEPTION = _lazy_re.compile(
    r"\b(?:without|unless|except (?:with|under|pursuant to|in response to))\b(?=[^.;:]{0,80}?\b(?:warrants?|court orders?|"
    r"subpoenas?|legal process|compelled|required by (?:law|a court)|legally required|emergenc(?:y|ies))\b)", re.I)


# A sentence that denies something ("we do not…", "we never…", "…isn't…").
_DENIES = _lazy_re.compile(r"\b(?:do|does|did|will|would|shall|can|could|may|is|are|was|were)\s+(?:not|never)\b|\bnever\b|"
                     r"n[’']t\b|\bno longer\b", re.I)


# A clause that makes a denial of its own: "…, and we do not disclose it…", "…, nor do we…" (not
# one that goes on with the same denial: "…, and we will not otherwise disclose it…").
_OWN_DENIAL = _lazy_re.compile(r"(?:,|;|\band\b|\bbut\b)\s+(?:(?:and|but)\s+)?(?:we|they|it|these|this|such data)\s+(?:\w+\s+){0,2}?"
                         r"(?:(?:not|never)\b(?!\s+otherwise)|(?:do|does|did|will|would|can|could|wo|ca)n[’']t\b)|\bnor\b", re.I)


def denial_exception(text: str, trigger_end: int) -> str:
    """The exception a denial makes, in the policy's words ("except our cloud host and payment
    processor"), or "". The label says it: a denial with an exception is not a flat no."""
    lead = _LEADING_EXCEPTION.match(text)
    if lead and lead.end() < trigger_end:
        words = text[:lead.end()].strip(" \t\n,")
        # ...and one after the denial too ("Apart from Paddle, we do not share your information,
        # except if a court orders us to"): both are left open
        after = denial_exception(text[lead.end():], trigger_end - lead.end())
        if after:
            words = f"{words}; {after}"
    else:
        m = _SCOPE_END.search(text, trigger_end)
        # "…with law enforcement without a valid search warrant", "…unless we are compelled by a
        # court order": the data goes to them when the law makes it, no flat no (and that comes
        # first when an exception word follows it: "…without a court order, except in an emergency")
        legal = _LEGAL_EXCEPTION.search(text, trigger_end, m.start()) if m is not None else None
        if legal is not None:
            m = legal
        elif m is not None and m.group(0).lower() == "unless" and _BY_GROWN_UPS.match(text, m.end()):
            pass  # "…from children under 13, unless a parent sets up a household profile": left open
        elif m is not None and m.group(0).lower() == "but" and _BUT_ANOTHER_DOES.match(text, m.end()):
            pass  # "Our mobile app does not use cookies, but our website does": the website does
        elif m is not None and m.group(0).lower() == "unless" and _READER_DOES.match(text, m.end()):
            pass  # "…to advertisers, unless you turn on personalised ads": the reader opens it
        elif m is None or not _EXCEPTION_WORD.match(text, m.start()):
            legal = _LEGAL_EXCEPTION.search(text, trigger_end)
            if legal is None or (m is not None and m.start() < legal.start() and m.group(0).lower() != "unless"):
                return ""
            m = legal
        if _OWN_DENIAL.search(text, trigger_end, m.start()):
            # "We never sell biometric data, and we do not disclose it to anyone except our cloud
            # host": the exception is the next denial's (disclosing), not this one's (selling)
            return ""
        rest = text[m.end():]
        if rest.lstrip(" \t").startswith(":"):
            # an exception that lists ("except: (a) to service providers; (b) to the School; or
            # (c) when required by law") runs to the end of the sentence
            # ("…, with one exception: our support tool may store tickets in the US" → "except that
            # our support tool…")
            opener = "except that" if m.group(0).lower().startswith("exception") else m.group(0)
            words = opener + " " + rest.lstrip(" \t")[1:].strip(" \t\n,.")
        else:
            end = _CLAUSE_END.search(text, m.end())
            words = text[m.start(): end.start() if end else len(text)].strip(" \t\n,")
    words = " ".join(words.split())
    # (not the denial itself, when it comes last: "…other than those listed does not take place")
    words = re.sub(r"\s+(?:does|do|will|shall|did) not (?:take place|happen|occur)$", "", words)
    if len(words.split()) < 2:
        return ""  # the word alone ("…except:" ending a paragraph) says no exception
    if not words[1:2].isupper():  # (said after a comma on the label: "Apart from…" opening the sentence)
        words = words[:1].lower() + words[1:]
    if _POINTER_EXCEPTION.match(words):
        # "except as set forth in this Privacy Policy", "except as outlined below": the same
        # pointer, said one way
        return "except as the policy describes"
    # (long enough for "except that we may share device identifiers with advertising partners for
    # targeted advertising, which may be considered a sale": its end is often what matters)
    return words if len(words) <= 200 else words[:197].rsplit(" ", 1)[0] + "…"


# ---------------------------------------------------------------------------------------------
# The document's own name. Policies often speak of themselves by name ("Acme collects…",
# "Acme.com uses cookies") instead of "we". A name that is the subject of practice verbs several
# times, that is not a sentence opener nor a kind of third party, is taken as the first party,
# and rules read it as "we" ("our" before a noun or "'s").
# (The look-behind, "not after a word, a dot, an @ or a slash", is written after the first
# capital, looking back over it: a pattern that opens with a character set is scanned for
# that set by ``re`` (one of ~1 character in 30 is a capital), one that opens with a
# look-behind is tried at every character, a third slower.)
_SUBJECT = _lazy_re.compile(
    r"((?:[A-Z](?<![\w.@/][A-Z])[\w&'’.-]{0,40}\w)(?:[ \t]+(?:[A-Z][\w&'’.-]{0,40}\w|of|&|and)){0,3}(?:,? (?:Inc|Ltd|Co|Corp|LLC|PLC|plc)\.?)?)[ \t]+"
    r"(?=(?:also|may|will|does|do|did|might|can|shall|would|currently|generally|only|never|not|"
    r"automatically|uses?|collects?|receives?|shares?|discloses?|obtains?|gathers?|stores?|retains?|keeps?|"
    r"sells?|rents?|respects?|is committed|takes?|maintains?|has|provides?|reserves?|requires?|tracks?)\b)"
)
_NOT_A_NAME = frozenset("""we you our if this the these those your it they in for when some any each all cookies
information personal please users user such most other no as many third how why what where to by with services
service site sites website websites web internet privacy policy notice members member merchants customers
customer visitors visitor parents parent children advertisers partners vendors browsers browser email e-mail
once also note however unless although while because after before only both neither either data account
accounts content ip flash mobile social online every like unlike even then there here that who which under
at on from upon generally currently certain additionally furthermore moreover finally first second non
aggregate anonymous do dnt and or but so an a its their his her my its one yes not never may will can
registered subscribers subscriber client clients employees staff company's
sellers seller buyers buyer hosts host guests guest drivers driver riders rider students student patients patient
donors donor applicants applicant employers employer recruiters recruiter teachers teacher schools school developers
developer publishers publisher retailers retailer providers provider affiliates affiliate processors processor
contractors contractor players player readers reader listeners viewers shoppers tenants landlords agents brokers""".split())


# A short name the policy gives itself, in brackets after its full name: 'Acme Ltd ("Acme", "we",
# "us")', 'The City of Springfield (the "City")', 'Kestrel Exchange Ltd (hereinafter "Kestrel")'.
_DECLARED = _lazy_re.compile(
    r"\(((?:(?:collectively|together|hereinafter|hereafter|also|referred to as|called|known as|the)[,\s]+){0,3})"
    r"[\"“”]((?:[Tt]he[ \t]+)?[A-Z][\w&'’.-]{0,40}(?:[ \t][A-Z][\w&'’.-]{0,40}){0,2})[\"“”][^()]{0,80}\)")
# ...which a policy also does for what it offers or for the reader ('(the "Services")', '("User")')
_NOT_DECLARED = frozenset("""site sites website websites web app apps application applications platform service
services policy privacy notice terms agreement content data information user users you your customer customers
client clients member members visitor visitors subscriber subscribers licensee account accounts personal
products product software device devices""".split())
_ARTICLE = _lazy_re.compile(r"\b[Tt]he\s*$")
_WE_QUOTED = _lazy_re.compile(r"[\"“”](?:we|us|our)[\"“”]", re.I)
# the full name right before the brackets: capitalised words, with "of", "and", "&", a suffix
_FULL_NAME = _lazy_re.compile(r"[A-Z][\w&'’.-]*(?:,?[ \t]+(?:[A-Z][\w&'’.-]*|of|and|&|the|for))*[ \t]*$")


def _declared_names(doc: Document) -> list[str]:
    """The short names the policy declares as its own ("Acme", "the City"), at most three."""
    out: list[str] = []
    for m in _DECLARED.finditer(doc.text, 0, min(len(doc.text), 20000)):
        name = " ".join(m.group(2).split())
        article = name[:4].lower() == "the " or bool(_ARTICLE.search(m.group(1)))
        bare = name[4:] if name[:4].lower() == "the " else name
        if bare.lower() in _NOT_DECLARED or bare.split()[0].lower() in _NOT_A_NAME:
            continue
        # the short name of the full name just before ("Acme Widgets Ltd ("Acme")"), or said to
        # be "we"; not a term the policy defines ("cardholder data ("Cardholder Data")")
        full = _FULL_NAME.search(doc.text, max(0, m.start() - 120), m.start())
        if not (_WE_QUOTED.search(m.group(0)) or (full and re.search(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])",
                                                                      full.group(0)))):
            continue
        name = "the " + bare if article else bare
        if name not in out:
            out.append(name)
        if len(out) == 3:
            break
    return out


def self_names(doc: Document, pack: RulePack | None = None) -> list[str]:
    """Names the document uses for its own organization as the subject of practice verbs, and the
    short names it declares as its own ('Acme Ltd ("Acme", "we")', 'the City of Springfield (the
    "City")': these as "the City", read with either article)."""
    declared = _declared_names(doc)
    names = _subject_names(doc, pack)
    return declared + [n for n in names if n not in declared][:max(0, 3 - len(declared))]


def _subject_names(doc: Document, pack: RulePack | None) -> list[str]:
    counts: dict[str, int] = {}
    we = 0
    gate = pack.taxonomy.gate.get("third_party_entity") if pack is not None else None
    for m in _SUBJECT.finditer(doc.text):
        name = m.group(1).rstrip(".")
        if m.start() >= 2 and doc.text[m.start() - 1] in " \t" and doc.text[m.start() - 2].isalnum():
            before = doc.text[max(0, m.start() - 40):m.start()].split()
            if not before or before[-1] not in _LINK_WORDS:
                continue  # the tail of a longer phrase ("Client Managers", "Ordinarily Acme")
        words = name.split()
        if words[-1].lower() in ("of", "and", "&"):
            continue
        first = words[0].lower().strip("'’")
        if first == "we" and len(words) == 1:
            we += 1
        if first in _NOT_A_NAME or name.lower() in _NOT_A_NAME or len(name) < 2:
            continue
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return []
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top = ranked[0][1]
    out = []
    title_words = set(re.findall(r"[A-Z][\w&'’-]+", doc.title or ""))
    for name, n in ranked:
        if len(out) >= 3:
            break
        if n < max(2, top // 2):
            # Named once as the doer: the policy's own name only if its title names it too
            # ("Privacy | Acme Shoes" and "Acme Shoes Inc. collects your name…").
            first = [w for w in re.findall(r"[A-Z][\w&'’-]+", name) if w not in ("Inc", "Ltd", "Co", "Corp", "LLC", "PLC")]
            if not first or not set(first) <= title_words or first[0] in ("Privacy", "Policy", "Notice"):
                continue
        if gate is not None and gate.search(name) and not (n == top and _own_name(doc, name, n, we)):
            continue  # a kind of third party ("Google", "Partners"), never the first party
        out.append(name)
    return out


# Lowercase words after which a name still starts a clause ("information Acme collects",
# "and Acme may share").
_LINK_WORDS = frozenset("and or but that which where when whether if because so then how why".split())


def _own_name(doc: Document, name: str, n: int, we: int) -> bool:
    """A name that is also a kind of third party ("Google", "Yahoo", "Amazon") is the policy's own
    when it is by far its most frequent subject: in the title ("Google Privacy Policy") or far
    more often than "we". A policy that speaks of "Google Analytics" a few times among many
    "we" does not qualify."""
    if n >= 3 and n >= 2 * max(we, 3):
        return True
    title = doc.title or ""
    return bool(re.search(r"(?<![\w.])" + re.escape(name) + r"(?![\w'’])", title)) and not re.search(
        r"(?i)\b(?:analytics|ads|adsense|adwords|maps|api|pixel|plugins?|cookies?)\b", title)


# Verbs after an own name that take another form after "we" (the rest drop their "s" or "es")
_PLURAL_VERB = {"does": "do", "has": "have", "is": "are", "was": "were", "complies": "comply"}
_VERB_STEMS = (r"(?:collect|use|hold|share|keep|store|retain|process|disclose|sell|rent|receive|obtain|gather|track|"
               r"send|provide|maintain|protect|take|require|transfer|need|ask|record|monitor|analy[sz]e|combine|"
               r"delete|remove|respond|honou?r|seek|believe|offer|reserve|permit|allow)")
_AGREEING = r"(does|has|is|was|" + _VERB_STEMS + r"(?:s|es)|complies)"


# The word after an own name that makes the name the doer: an auxiliary, an adverb, a verb ("Acme
# may", "Acme never", "Acme sells", "Acme collected"), or no noun at all ("Acme and its partners",
# "to Acme online"); any other word is a noun the name qualifies ("the Acme website").
_DOER_NEXT = _lazy_re.compile(_VERB_STEMS + r"(?:s|es|ed|d|ing)?|"
                        r"may|might|will|would|can|could|shall|should|must|do|did|has|have|had|are|were|be|also|"
                        r"never|not|only|\w+ly|\w+s|\w+ed|and|or|nor|but|which|that|who|whom|where|when|as|if|"
                        r"to|for|from|with|in|on|at|by|of|via|through|under|online|offline|directly|itself|here|there",
                        re.I)


def _self_normalizer(names: list[str]):
    """A function that rewrites the document's own names ("Acme") as "we" ("Acme's" as "our"),
    or None when there are none. ("I" and "the app" as the doer are read by the rules' WE_SUBJ.)"""
    if not names:
        return None
    # "Acme Inc." keeps its full stop with the name, so the sentence reads "we collect…"
    alts = "|".join((r"[Tt]he[ \t]+" + re.escape(n[4:]) if n.startswith("the ") else re.escape(n))
                    + (r"\.?" if re.search(r"\b(?:Inc|Ltd|Co|Corp)$", n) else "")
                    for n in sorted(names, key=len, reverse=True))
    # (not the short name inside the full one: "Acme Ltd", "Kestrel Exchange Ltd" and "the City of
    # Springfield" stay)
    pat = re.compile(r"(?<![\w.@/-])(?:" + alts + r")"
                     r"(?![\w@-]|\.\w|(?:[ \t]+[A-Z][\w&-]*){0,3}[ \t]+(?:Inc|Ltd|LLC|Limited|Corp|PLC|plc|GmbH)\b|"
                     r"[ \t]+of[ \t]+[A-Z])"
                     r"(['’]s\b)?([ \t]*)(?:" + _AGREEING + r"\b|([A-Za-z][\w'’-]*)|(\S?))")

    def repl(m: re.Match) -> str:
        verb = m.group(3)
        if verb and not m.group(1):
            # the verb agrees with its new subject ("the City holds" → "we hold"), as rules
            # written for "we" expect
            base = _PLURAL_VERB.get(verb)
            if base is None:
                base = verb[:-2] if verb.endswith(("sses", "shes", "ches", "xes")) else verb[:-1]
            return "we" + m.group(2) + base
        nxt = verb or m.group(4) or m.group(5) or ""
        noun = bool(m.group(4)) and not _DOER_NEXT.fullmatch(nxt)
        # "Acme's", a name before a noun ("the University website", "your Acme account"); else
        # "we", also where it is an object ("sent to Acme": rules read "to we" as the company)
        word = "our" if m.group(1) or nxt[:1].isupper() or noun else "we"
        return word + m.group(2) + nxt

    plain = tuple(n[4:] if n.startswith("the ") else n for n in names)
    # a lead-in is read again with each of its list's items (and by each rule that fires on
    # one): each text is rewritten once
    done: dict[str, str] = {}

    def normalize(text: str) -> str:
        got = done.get(text)
        if got is None:
            # most sentences hold none of the names (matched case-sensitively): nothing to search
            got = done[text] = pat.sub(repl, text) if any(n in text for n in plain) else text
        return got

    return normalize


# ---------------------------------------------------------------------------------------------
# Searching an RE2 pattern without the google-re2 wrapper's generator, offset maps and Match
# object (``pattern.search`` costs ~7 µs on a sentence where RE2 itself takes ~1.5 µs): the
# compiled ``_re2.RE2`` is asked directly, on the UTF-8 text. A pattern that is not a google-re2
# one (a caller's own ``re`` pattern) is searched the ordinary way.

_UNANCHORED: Any = None  # re2's Anchor.UNANCHORED, looked up on first use (re2 is imported lazily)
_DIRECT: bool | None = None  # may the compiled objects under google-re2's wrapper be called?


def _direct() -> bool:
    """Whether the compiled ``_re2`` objects under google-re2's wrapper (``RE2``, ``Set``,
    ``Filter``) answer as this module expects. They are not google-re2's public API, so they are
    tried once on a known pattern; if anything differs (another google-re2 release), every
    search goes through the public wrapper instead: slower, same results."""
    global _DIRECT, _UNANCHORED
    if _DIRECT is None:
        try:
            import re2

            anchor = re2._Anchor.UNANCHORED
            pat = re2.compile("b+")
            one = re2.Set.SearchSet(re2.Options())
            one.Add("b+")
            one.Compile()
            flt = re2.Filter()
            flt.Add("b+")
            flt.Compile()
            ok = (tuple(pat._regexp.Match(anchor, b"abbc", 0, 4)[0]) == (1, 3)
                  and pat._regexp.Match(anchor, b"xyz", 0, 3)[0][0] < 0
                  and bool(one._set.Match(b"abbc")) and not one._set.Match(b"xyz")
                  and list(flt._filter.Match(b"abbc", True) or ()) == [0]
                  and not flt._filter.Match(b"xyz", False))
        except Exception:  # noqa: BLE001 - any difference at all means "use the wrapper"
            ok = False
        _UNANCHORED = anchor if ok else None
        _DIRECT = ok
    return _DIRECT


class _Found:
    """The part of a match :func:`_fired` reads (``group(0)``, ``start()``, ``end()``), for a
    pattern without capturing groups: what :func:`_search` gives instead of a wrapper match."""

    __slots__ = ("_text", "_start", "_end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def group(self, g: int = 0) -> str:
        if g != 0:
            raise IndexError(g)
        return self._text[self._start:self._end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _search(pattern: Any, text: str, encoded: bytes | None = None) -> Any:
    """``pattern.search(text)`` (``encoded``: ``text`` in UTF-8, if the caller has it). A
    pattern with capturing groups (a rule's ``capture``) gets the wrapper's own match."""
    regexp = getattr(pattern, "_regexp", None)
    if regexp is None or pattern.groups or not (_DIRECT or _direct()):
        return pattern.search(text)
    if encoded is None:
        encoded = text.encode()
    s, e = regexp.Match(_UNANCHORED, encoded, 0, len(encoded))[0]
    if s < 0:
        return None
    if len(encoded) != len(text):  # not ASCII: byte offsets to character offsets
        s, e = len(encoded[:s].decode()), len(encoded[:e].decode())
    return _Found(text, s, e)


def match_spans(pattern: Any, text: str) -> list[tuple[int, int]]:
    """The (start, end) of each match ``pattern.finditer(text)`` finds, as offsets that compare
    among themselves as the matches' own do: in bytes of ``text`` in UTF-8 when RE2 is asked
    directly (see :func:`_search`: the wrapper maps every offset back to characters, and costs
    about 7 us a match more), in characters otherwise. Found the way the wrapper's ``finditer``
    finds them: each search starts where the last match ended, one character further after an
    empty one."""
    regexp = getattr(pattern, "_regexp", None)
    if regexp is None or not (_DIRECT or _direct()):
        return [m.span() for m in pattern.finditer(text)]
    encoded = text.encode()
    n = len(encoded)
    spans = []
    pos = 0
    while True:
        s, e = regexp.Match(_UNANCHORED, encoded, pos, n)[0]
        if s < 0:
            break
        spans.append((s, e))
        if pos == n:
            break
        if e == pos:  # empty, where the search began: on by one character (its UTF-8 bytes)
            lead = encoded[pos]
            pos += 1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        else:
            pos = e
    return spans


def _matches(pattern: Any, text: str, encoded: bytes | None = None) -> bool:
    """``pattern.search(text) is not None``, asked of RE2 directly (see :func:`_search`)."""
    regexp = getattr(pattern, "_regexp", None)
    if regexp is None or not (_DIRECT or _direct()):
        return pattern.search(text) is not None
    if encoded is None:
        encoded = text.encode()
    return regexp.Match(_UNANCHORED, encoded, 0, len(encoded))[0][0] >= 0


def _in_section(rule: Rule, heading: str) -> bool:
    """Does the heading allow the rule (``section`` must match, ``not_section`` must not)?

    ``heading`` may be a section's title followed by its parents' titles, one per line
    (:func:`section_contexts`): ``section`` must match one of them, ``not_section`` none."""
    if "\n" in heading:
        titles = heading.split("\n")
        if rule.section is not None and not any(_matches(rule.section, t) for t in titles):
            return False
        if rule.not_section is not None and any(t and _matches(rule.not_section, t) for t in titles):
            return False
        return True
    if rule.section is not None and not _matches(rule.section, heading):
        return False
    if rule.not_section is not None and heading and _matches(rule.not_section, heading):
        return False
    return True


_DOCUMENT_TITLE = _lazy_re.compile(r"\b(?:privacy|policy|notice|statement|terms|charter|cookies?)\b", re.I)


def section_contexts(doc: Document) -> list[str]:
    """Each section's title, then the titles of the sections it is part of, one per line
    ("Information from your device\nWhat we collect"): a sub-section speaks of what its parent
    names, so rules limited to a kind of section read its list under a sub-heading too. The
    document's own title (the one section at the top level, first, named as a policy or notice)
    is no parent: it names the whole policy ("Privacy and Security Policy"), not a part
    of it."""
    secs = doc.sections
    if not secs:
        return []
    top = min(sec.level for sec in secs)
    first = secs[0]
    title = first.index if (first.level == top and sum(1 for sec in secs if sec.level == top) == 1
                            and _DOCUMENT_TITLE.search(first.title)) else None
    out: list[str] = []
    stack: list[Any] = []  # the open sections above the current one, outermost first
    for sec in secs:
        while stack and stack[-1].level >= sec.level:
            stack.pop()
        titles = [" ".join(sec.title.split())]
        titles.extend(" ".join(p.title.split()) for p in reversed(stack) if p.index != title and p.title.strip())
        out.append("\n".join(titles))
        stack.append(sec)
    return out


# A negator shortly before a trigger ("does not use", "will never share", "don't ever collect", "do
# not use tracking [pixels from advertisers]"); whether it denies the trigger, :func:`negation_of`
# says; a verb of letting or asking between them denies something else ("does not allow our
# providers to use…").
_NEG_RIGHT_BEFORE = _lazy_re.compile(r"(?:\b(?:not|never)(?!\s+track\b)|n[’']t)"  # ("Do Not Track" is a name)
                               r"(?:\s+(?!(?:allow|permit|let|authori[sz]e|require|ask|want|have|need|expect)\w*\b)[\w’'-]+){0,2}?\s+$",
                               re.I)


_CELL_NO = _lazy_re.compile(r"\s*(?:no|not|never|none|we do not|we don[’']t)\b", re.I)
_CELL_YES = _lazy_re.compile(r"\s*(?:yes|we do)\b", re.I)
_CELL_NOT_ONE = _lazy_re.compile(r"\s*not (?:sold|shared|disclosed)\b(?!\s+(?:or|and|nor)\b)", re.I)
_CELL_OTHER_YES = _lazy_re.compile(r"\b(?:shared|disclosed|made available|sold) (?:only )?(?:with|to)\b", re.I)


def _cell_answer(text: str, at: int) -> bool | None:
    """Whether the cell of a table row (cells "Column: value" joined by " | ") holding ``at`` in a
    column name that asks ("Sold or shared?: Not sold.", "Shared with advertisers?: Yes") answers
    no (True) or yes (False); None when ``at`` is not in such a column's name."""
    start = text.rfind(" | ", 0, at)
    start = 0 if start < 0 else start + 3
    end = text.find(" | ", at)
    end = len(text) if end < 0 else end
    q = text.find("?:", start, end)
    if q < 0 or at > q:
        return None
    value = text[q + 2:end]
    if _CELL_NO.match(value):
        # ("Sold or shared?: Not sold. Shared with advertising partners.": the no is the sale's;
        # the sharing the cell goes on to state is a yes)
        one = _CELL_NOT_ONE.match(value)
        if one and _CELL_OTHER_YES.search(value, one.end()):
            return None
        return True
    if _CELL_YES.match(value):
        return False
    return None


_LAST_WORD = _lazy_re.compile(r"[\W_]*\w+$")
# A time said as how far ahead something is done ("we will email you 30 days in advance",
# "…deleted after 24 months; we warn you 30 days beforehand"): no period of the rule's own
_AHEAD = _lazy_re.compile(r"\s*(?:in advance|beforehand|ahead(?: of time)?|before(?:hand)? (?:that|then|it happens|we do)|[’']?\s*"
                          r"(?:prior |advance |written )?(?:notice|warning))\b", re.I)


def _fired(rule: Rule, text: str, prefix: str, first: Any) -> tuple[bool, bool, dict, int]:
    """(negated, hedged, captured facts, trigger end) of a rule whose patterns matched ``text``;
    ``first`` is the match of its first ``when`` group (None for a rule without one)."""
    facts: dict = {}
    if rule.capture and first is not None:
        try:
            val = first.group("value")
        except (IndexError, KeyError):
            val = None
        if val and rule.capture_all:
            # every value the sentence states, in order, once each ("within 28 days; for 3 years")
            # (six at most: a label line, and bounded work on a hostile sentence of thousands)
            vals: list[str] = []
            for m in rule.when[0].finditer(text):
                v = m.group("value")
                if v and _AHEAD.match(text, m.end(m.re.groupindex["value"])):
                    continue  # a warning given ahead ("we email you 30 days in advance"), no value of its own
                v = " ".join(v.split()).strip(" ,;:.") if v else ""
                if v and v not in vals:
                    vals.append(v)
                    if len(vals) == 6:
                        break
            val = "; ".join(vals) or val
            facts[rule.capture] = val
        elif val:
            # (a value a bounded pattern cut inside a word, "…help future owners with recall" of
            # "recalls", keeps its whole words only, and says that it goes on)
            end_at = first.end(first.re.groupindex["value"])
            if 0 < end_at < len(text) and text[end_at].isalnum() and val[-1:].isalnum():
                cut = _LAST_WORD.sub("", val)
                val = cut + "…" if cut else val
            facts[rule.capture] = " ".join(val.split()).strip(" ,;:.")
    negated = hedged = False
    end = 0
    if first is not None:
        # negation is read before the trigger's last word: "we do not collect" → "we do not "
        g = first.group(0).rstrip()
        j = len(g)
        while j > 0 and (g[j - 1].isalnum() or g[j - 1] in "-'’_"):
            j -= 1
        negated, hedged = negation_of(text, first.start() + j)
        if (not negated and j > 0 and first.start() > 0
                and _NEG_RIGHT_BEFORE.search(text, max(0, first.start() - 40), first.start())):
            # a trigger that starts at its verb ("use your information", matched with no subject
            # it knows: "Acme does not use your information…") is denied right before that verb
            negated = negation_of(text, first.start())[0]
        if not negated and g[j:].isalpha() and _NO_AFTER.match(text, first.end()):
            negated = True  # the trigger ends at its verb: "we collect no data"
        if "?:" in text:
            # a table row's column that asks ("Sold or shared?: Not sold."): its cell answers
            answer = _cell_answer(text, first.start())
            if answer is not None:
                negated = answer
        end = max(0, first.end() - len(prefix))
    if rule.negation == "ignore":
        negated = False
    elif rule.negation == "always":
        negated = True
    return negated, hedged, facts, end


# ---------------------------------------------------------------------------------------------
# Matching every rule against a sentence in one pass. RE2's FilteredRE2 (``re2.Filter``) finds
# the literal words each pattern cannot match without ("collect", "share"...) and scans a
# sentence for all of them at once: what its cheap first step (``potential=True``) returns is
# every pattern that may match, a superset of those that do. Only the rules whose ``when``
# groups are all among them (and whose section allows them) are then looked at, one ``when``
# group after the other, stopping at the first that does not match; each pattern is searched
# at most once per text. The outcome is that of searching every pattern in turn, in far fewer
# steps (most rules' words are absent from most sentences, and a sentence that holds a rule's
# words often fails its first group). A document's sentences go through each of these steps
# together (:meth:`_RuleIndex.fired_all`), so that each automaton is used on text after text
# while it is in the CPU's caches.


def _filters_in_parts(patterns: list[Any], ids: list[int], parts: int) -> list[tuple[Any, tuple[int, ...]]] | None:
    """``patterns`` (those at ``ids``, in that order) in ``parts`` Filters of consecutive ones:
    [(a Filter, its table: own id → the id in ``ids``)], or None if RE2 cannot build them all."""
    size = -(-len(ids) // parts) or 1
    built = [(_filter_of([patterns[i] for i in ids[k:k + size]]), tuple(ids[k:k + size]))
             for k in range(0, len(ids), size)]
    return built if built and all(f for f, _t in built) else None


def _filter_match(f: Any) -> Callable[[bytes, bool], Any]:
    """The ``Match`` of an ``re2.Filter``: its compiled ``_re2.Filter``'s own (as for the Sets in
    :func:`_tester`), or the wrapper's."""
    return f._filter.Match if _direct() else f.Match


def _filter_scan(filters: Iterable[tuple[Any, tuple[int, ...]]], texts_of: Callable[[int], list[list]]
                 ) -> Iterator[tuple[list, Iterator[int]]]:
    """Screen text entries (``entry[0]``, UTF-8) with Filters in parts (:func:`_filters_in_parts`):
    (entry, the ids of the patterns the Filter's cheap first step lets through) for each entry
    of ``texts_of(n)`` that the ``n``-th Filter lets any through. Filter after Filter, each on
    every text in a row: its atoms' DFA stays in the CPU's caches (text after text through all
    the Filters, each call cost half as much again)."""
    for n, (f, table) in enumerate(filters):
        match, to_id = _filter_match(f), table.__getitem__
        for entry in texts_of(n):
            found = match(entry[0], True)
            if found:
                yield entry, map(to_id, found)


def _filter_of(patterns: list[Any]) -> Any:
    """An ``re2.Filter`` of compiled patterns (each with its own options), or None if RE2 cannot
    build one (the caller then searches pattern by pattern)."""
    import re2

    if not patterns:
        return None
    try:
        f = re2.Filter()
        for p in patterns:
            f.Add(p.pattern, p.options)
        f.Compile()
    except Exception:  # re2.error
        return None
    return f


#: RE2's memory budget for a one-pattern Set of :func:`_tester`, at least. Its default, 8 MB, is
#: too little for the DFA of the longest ``when`` patterns: collect.first_party's subject
#: (any of the ways a policy names its writer, 6.5 KB) then empties its cache over and over
#: (15 µs a dev-corpus sentence instead of 2). The cache only grows as the texts need states.
TESTER_MAX_MEM = 32 << 20


def _tester(pattern: Any) -> Callable[[bytes], Any]:
    """A function that tells whether a compiled pattern matches a (UTF-8 encoded) text: truthy
    if it does. A one-pattern ``re2.Set`` answers yes or no without working out where the match
    is (RE2's DFA alone): about half the cost of a search, which also finds the match's span and
    maps it back to characters. Its compiled ``_re2.Set`` is called directly (the wrapper's
    ``Match`` only checks the text's type and turns ``[]`` into None: a third of the cost of a
    test on a sentence). A pattern RE2 will not put in a Set is searched."""
    try:
        return _sets_of([pattern], TESTER_MAX_MEM)[0][0]
    except Exception:  # re2.error
        return lambda encoded: pattern.search(encoded.decode("utf-8"))


def _sets_of(patterns: list[Any], max_mem: int = 0) -> list[tuple[Callable[[bytes], Any], list[int]]]:
    """``patterns`` in compiled ``re2.Set``s, one per set of options among them (a Set takes one):
    [(the Set's match on a UTF-8 encoded text, the positions in ``patterns`` of its patterns)].
    ``max_mem``: RE2's memory budget for each Set, at least (its default is 8 MB). Raises RE2's
    error when it will not put a pattern in a Set."""
    import re2

    by_options: dict[tuple, tuple[Any, list[int]]] = {}
    for j, p in enumerate(patterns):
        key = tuple(getattr(p.options, n) for n in re2.Options.NAMES)
        got = by_options.get(key)
        if got is None:
            options = re2.Options()
            for n, v in zip(re2.Options.NAMES, key):
                setattr(options, n, v)
            options.max_mem = max(options.max_mem, max_mem)
            got = by_options[key] = (re2.Set.SearchSet(options), [])
        got[0].Add(p.pattern)
        got[1].append(j)
    out = []
    for found, positions in by_options.values():
        found.Compile()
        out.append((found._set.Match if _direct() else found.Match, positions))
    return out


def _set_tester(patterns: list[Any]) -> Callable[[bytes], Any]:
    """A function that tells which of ``patterns`` match a (UTF-8 encoded) text: the positions in
    ``patterns`` of those that do. Patterns that share their options are tested together in one
    ``re2.Set`` pass (:func:`_sets_of`; a few patterns tested on every text cost a pass each
    otherwise); if RE2 will not put them in Sets, one by one (:func:`_tester`)."""
    if len(patterns) > 1:
        try:
            sets = _sets_of(patterns)
        except Exception:  # re2.error
            pass
        else:
            if len(sets) == 1:
                match = sets[0][0]
                return lambda encoded: match(encoded) or ()
            return lambda encoded: [positions[j] for match, positions in sets for j in match(encoded) or ()]
    tests = [_tester(p) for p in patterns]
    return lambda encoded: [j for j, test in enumerate(tests) if test(encoded)]


#: How many texts a pattern of the rule index is tested on through the program its Filter
#: compiled (a search) before it gets a one-pattern Set of its own (:func:`_tester`). A Set
#: answers in a fifth of the time of a search of a pattern with capturing groups (1.4 us against
#: 7 us on a dev-corpus sentence), but compiling it costs about as much as 200 such searches
#: (0.5-1 ms): a single policy tests most patterns on a handful of sentences, and ``summarizer
#: label`` compiled ~190 Sets that each answered about five times (0.1 s of a cold start), while
#: a batch still gets a Set for every pattern it tests often.
SET_AFTER_TESTS = 200


def _programs_of(flt: Any, count: int) -> list[Any]:
    """The compiled program of each of a Filter's ``count`` patterns (RE2 objects the Filter
    owns and keeps alive), or Nones when RE2 is not asked directly."""
    if flt is None or not _direct():
        return [None] * count
    try:
        return [flt._filter.GetRE2(j) for j in range(count)]
    except Exception:  # noqa: BLE001 - another google-re2 release: compile our own
        return [None] * count


def _adopt(pattern: Any, program: Any) -> None:
    """Give a rule's pattern compiled on first use (:func:`load_rules`' ``lazy``) ``program``,
    the same pattern compiled by a Filter; a pattern compiled at load keeps its own."""
    adopt = getattr(type(pattern), "adopt", None)
    if adopt is not None:
        adopt(pattern, program)


def _own_program(pattern: Any) -> Any:
    """The compiled program of a google-re2 pattern (compiled now if it is compiled on first
    use), as a Filter's are searched; None for another kind of pattern, or when RE2 is not asked
    directly."""
    import re2

    if not isinstance(pattern, re2._Regexp) or not _direct():
        return None
    return pattern._regexp


class _Testers:
    """Whether pattern ``i`` of a list matches a UTF-8 encoded text (:meth:`get` gives the
    test): first by a search with the program its Filter already compiled (no compiling at
    all) or, screened without Filters, with the pattern's own program (compiled on first use,
    and then the rule's own too), then, once it has been tested on :data:`SET_AFTER_TESTS`
    texts, by a one-pattern Set (:func:`_tester`). All answer alike."""

    def __init__(self, patterns: list[Any], programs: list[Any]) -> None:
        self.patterns = patterns
        self.programs = programs
        self.tests: list[Callable[[bytes], Any] | None] = [None] * len(patterns)
        self.final = [False] * len(patterns)
        self.uses = [0] * len(patterns)

    def get(self, i: int, texts: int) -> Callable[[bytes], Any]:
        """The test of pattern ``i``, about to be run on ``texts`` texts."""
        test = self.tests[i]
        if self.final[i]:
            return test  # type: ignore[return-value]
        uses = self.uses[i] = self.uses[i] + texts
        program = self.programs[i]
        if program is None and uses < SET_AFTER_TESTS:
            program = self.programs[i] = _own_program(self.patterns[i])
        if program is None or uses >= SET_AFTER_TESTS:
            test = self.tests[i] = _tester(self.patterns[i])
            self.final[i] = True
        elif test is None:
            anchor = _UNANCHORED

            def test(encoded: bytes) -> bool:
                return program.Match(anchor, encoded, 0, len(encoded))[0][0] >= 0

            self.tests[i] = test
        return test


class _RuleIndex:
    """A pack's rules, indexed for :meth:`fired`."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules

        def distinct(pats: list[Any], uid: dict[tuple, int], pat: Any) -> int:
            """The index of ``pat`` in ``pats``, added if new: the same pattern (a shared macro)
            is scanned for once."""
            o = getattr(pat, "options", None)
            key = (pat.pattern, getattr(o, "case_sensitive", None), getattr(o, "max_mem", None),
                   getattr(o, "dot_nl", None), getattr(o, "one_line", None), getattr(o, "longest_match", None))
            if key not in uid:
                uid[key] = len(pats)
                pats.append(pat)
            return uid[key]

        patterns: list[Any] = []
        seen: dict[tuple, int] = {}
        self.when_of: dict[int, list[int]] = {}  # pattern id → the rules it is a ``when`` group of
        self.needs: list[int] = []  # rule → how many ``when`` groups it has
        self.when_ids: list[tuple[int, ...]] = []  # rule → its ``when`` groups' pattern ids, in order
        for k, r in enumerate(rules):
            ids = tuple(distinct(patterns, seen, pat) for pat in r.when)
            for i in ids:
                self.when_of.setdefault(i, []).append(k)
            self.when_ids.append(ids)
            self.needs.append(len(r.when))
        # ``unless`` patterns are tested only once some rule's ``when`` groups all matched a
        # sentence (most are long shared guards that would cost every sentence). Filters of
        # their own, whose cheap first step answers which of every candidate rule's guards are
        # worth testing, are built once the guards of GUARD_FILTER_AFTER candidates have been
        # tested (:meth:`_guards_filtered`): until then each candidate's guards are searched
        # one by one.
        guards: list[Any] = []
        seen_guards: dict[tuple, int] = {}
        self.unless_ids = [tuple(dict.fromkeys(distinct(guards, seen_guards, p) for p in r.unless)) for r in rules]
        self.guards = guards
        self.unless_filters: list[tuple[Any, tuple[int, ...]]] | None = None  # (Filter, its ids' guard ids)
        self.guard_tests: _Testers | None = None
        self._guarded = 0  # candidates whose guards were searched one by one
        # Whether this document's guards go through the Filters (None: not asked yet), asked
        # once per document: a document split in groups (:meth:`_decide_split`) asks for each
        # group, and a text whose guards were searched one by one for one group knows only
        # those it searched, not which the Filters let through.
        self._document_filtered: bool | None = None
        # Sentences are screened (which patterns may match them) by the pack's screen kept in
        # the cache (:mod:`._prefilter`: ``when`` patterns, then guards), until FILTER_AFTER_TEXTS
        # texts have been screened; then, or from the start when there is no cache folder, by
        # RE2 Filters (:meth:`_build_filters`). Both let through every pattern that matches.
        self.screen = _prefilter.screen_of([p.pattern for p in patterns] + [p.pattern for p in guards])
        self._screened = 0
        self._split_tried = False  # (only the first document is split: see :meth:`_decide_split`)
        self.filters: list[tuple[Any, tuple[int, ...]]] | None = None
        self.raw_parts = 0
        self._read_as_is = {i for k, r in enumerate(rules) if r.label_only for i in self.when_ids[k]}
        # pattern id → its test (:class:`_Testers`), made on first use: most are never used
        self.tests = _Testers(patterns, [None] * len(patterns))
        if self.screen is None:
            self._build_filters()  # if RE2 cannot, :meth:`fired_all` answers None (rule by rule)
        self.patterns = patterns + guards + [p for r in rules for p in (*r.when, *r.unless)]  # kept alive for the cache key
        self.always = [k for k, r in enumerate(rules) if not r.when]  # no ``when``: every sentence
        # What a rule reads: the sentence as is (label_only) or with the own name as "we", with
        # or without the heading before it. Each rule is looked up under one of its ``when``
        # groups, its key: a rule is a candidate when its key may match and so may the rest of
        # its groups. The key is the group fewest rules share (the likeliest to be absent), so
        # that few rules are looked at per pattern that may match.
        sharing = {i: len(ks) for i, ks in self.when_of.items()}
        self.keyed: dict[tuple[bool, bool], dict[int, list[tuple[int, frozenset[int]]]]] = {}
        for k, r in enumerate(rules):
            by_key = self.keyed.setdefault((r.label_only, r.use_heading), {})
            if not r.when:
                continue
            ids = self.when_ids[k]
            key = min(ids, key=lambda i: sharing[i])
            by_key.setdefault(key, []).append((k, frozenset(ids) - {key}))
        # The variants by what they read, when none reads the heading: (those that read the
        # sentence as is, those that read it with the own name as "we", all of them).
        self.plain: tuple[tuple, tuple, tuple] | None = None
        if not any(use_heading for _l, use_heading in self.keyed):
            self.plain = (tuple(v for v in self.keyed if v[0]), tuple(v for v in self.keyed if not v[0]),
                          tuple(self.keyed))
        self.always_of: dict[tuple[bool, bool], list[int]] = {}
        for k in self.always:
            self.always_of.setdefault((rules[k].label_only, rules[k].use_heading), []).append(k)
        # Variants that read the same text (the sentence names no own name, the section has no
        # heading) are scanned once, with their tables merged.
        self._merged: dict[tuple[tuple[bool, bool], ...], tuple[dict, frozenset[int], list[int]]] = {}
        # Only a few rules read the section's heading (``section``, ``not_section``): whether it
        # allows them is worked out once per heading.
        self.sectioned = [r.section is not None or r.not_section is not None for r in rules]
        self._allowed: dict[str, dict[int, bool]] = {}
        # Rules that are candidates on every text they read: no section limits them, and none of
        # their ``when`` patterns has a literal word that all its matches hold, so the Filters
        # answer "may match" for any text (fact.contact_email's address, fact.organization's
        # "Acme Inc."). Their first groups are tested on each such text right after the Filters,
        # pattern after pattern, and a pattern that does not match is taken out of the text's
        # "may match": the same tests as testing them as candidates, without making a candidate
        # of each such rule on each text (on the dev corpus a third of all tests). The few
        # patterns a text is pre-tested for are tested together, in one pass (:func:`_set_tester`).
        self.everywhere: dict[tuple[bool, bool], tuple[int, ...]] = {}
        self.everywhere_rules: set[int] = set()  # (the rules whose first groups those are)
        unscreened: set[int] = set()
        if self.screen is not None or self.filters is not None:
            if self.screen is not None:
                unscreened = {i for i in self.screen.unscreened if i < len(patterns)}
            else:
                unscreened = {table[i] for f, table in self.filters or () for i in (f.Match(b"", True) or ())}
            for k, r in enumerate(rules):
                ids = self.when_ids[k]
                if ids and not self.sectioned[k] and unscreened.issuperset(ids):
                    v = (r.label_only, r.use_heading)
                    self.everywhere[v] = tuple(dict.fromkeys((*self.everywhere.get(v, ()), ids[0])))
                    self.everywhere_rules.add(k)
        # The order a candidate's groups are tested in: those the Filters screen first, then those
        # they cannot (which the Filters let through on every text, so that they are the likeliest
        # to be tested at all, and often the costliest: share.third_party's trigger, SHARE_REAL).
        # All must match either way; the trigger is still the first group (``_fired``).
        self.test_ids = [tuple(sorted(ids, key=lambda i: i in unscreened)) for ids in self.when_ids]
        # variants reading a text → (do label_only rules alone read it, the patterns pre-tested on it)
        self._by_variants: dict[tuple[tuple[bool, bool], ...], tuple[bool, tuple[int, ...]]] = {}
        # patterns pre-tested together → their :func:`_set_tester`, made on first use
        self._pretesters: dict[tuple[int, ...], Callable[[bytes], Any]] = {}

    def _build_filters(self) -> bool:
        """Build the RE2 Filters that screen the ``when`` patterns (False if RE2 cannot).

        They are FILTER_PARTS Filters, each answering with its own ids (its table: own id →
        pattern id). The patterns that label_only rules read come first, in the first Filters
        (``raw_parts``): a text that only they read (the sentence as written, where the own name
        differs from "we") is screened by those alone, not by every Filter."""
        patterns, read_as_is = self.tests.patterns, self._read_as_is
        order = sorted(range(len(patterns)), key=lambda i: i not in read_as_is)  # stable: pack order
        parts = _filters_in_parts(patterns, order, FILTER_PARTS)
        if parts is None:
            return False
        self.filters = parts
        self.raw_parts = max((n + 1 for n, (_f, table) in enumerate(parts) if read_as_is.intersection(table)), default=0)
        # The patterns' tests and the rules' own patterns take the programs the Filters
        # compiled, where they have not compiled their own yet (they are compiled on first use,
        # :func:`load_rules`' ``lazy``): the same pattern and options, compiled once, not twice.
        programs = self.tests.programs
        for f, table in parts:
            for i, program in zip(table, _programs_of(f, len(table))):
                if programs[i] is None and program is not None:
                    programs[i] = program
        for k, r in enumerate(self.rules):
            for pat, i in zip(r.when, self.when_ids[k]):
                if programs[i] is not None:
                    _adopt(pat, programs[i])
        return True

    def _tables(self, variants: tuple[tuple[bool, bool], ...]) -> tuple[dict, frozenset[int], list[int]]:
        """The rules of ``variants`` by key pattern, the key patterns, and the rules without
        ``when`` groups."""
        got = self._merged.get(variants)
        if got is None:
            keyed: dict[int, list[tuple[int, frozenset[int]]]] = {}
            always: list[int] = []
            for v in variants:
                for i, ks in self.keyed.get(v, {}).items():
                    keyed.setdefault(i, []).extend(ks)
                always.extend(self.always_of.get(v, ()))
            got = self._merged[variants] = (keyed, frozenset(keyed), always)
        return got

    def fired(self, raw: str, text: str, heading: str) -> list[tuple[Rule, str, tuple]] | None:
        """[(rule, the text it read, its match result)] of the rules that fire on a sentence, in
        pack order; ``raw`` is the sentence, ``text`` the same with the document's own name
        read as "we" (what all rules but ``label_only`` ones read). None: search rule by rule."""
        got = self.fired_all([(raw, text, heading)])
        return None if got is None else got[0]

    def fired_all(self, requests: list[tuple[str, str, str]], split: bool = False,
                  meanwhile: Callable[[], Any] | None = None) -> list[list[tuple[Rule, str, tuple]]] | None:
        """:meth:`fired` of each (raw, text, heading) of ``requests`` (a document's sentences).

        The work is done step by step for all of them together, not sentence after sentence:
        the Filters scan every text, then each pattern tests the texts it is needed for, one
        pattern after the other, then the guards' Filters and guards do the same. Each RE2
        automaton is thus used many times in a row while it is still in the CPU's caches;
        taken sentence by sentence, every step first waited on memory (on the dev corpus a Set
        test cost 3.6 µs instead of 2.4, a Filter scan 20 µs instead of 15). The ``when`` groups
        tested are those the sentence-by-sentence order tests: a rule's groups in order up to
        the first that does not match, each pattern once per text; of a rule's guards, all those
        the guards' Filters let through are tested (not only those before the first that
        matches: vetoes are rare), each once per text.

        ``split``: on the first document the index sees, share the work with a forked process
        if possible (:meth:`_decide_split`), doing ``meanwhile`` here first; ``meanwhile`` is
        not called otherwise."""
        if self.filters is None:
            if self.screen is None:
                return None
            if self._screened >= FILTER_AFTER_TEXTS:
                self._build_filters()  # (if RE2 cannot, the screen stays in use)
        rules, tests, when_ids, sectioned = self.rules, self.tests, self.test_ids, self.sectioned
        # text read → [it encoded, the patterns that may match it, pattern id → does it match,
        # guard id → may it match / does it, is it read by label_only rules alone, the screen's
        # atoms it holds (None when Filters screen it)]; a text read by several requests is
        # matched once
        entries: dict[str, list] = {}
        reads: list[list[tuple[str, tuple[tuple[bool, bool], ...], list]]] = []
        pretest: dict[tuple[int, ...], list[list]] = {}  # pattern ids → the texts their rules read everywhere
        plain = self.plain  # no rule reads the heading: what is read depends on label_only alone
        # A document that will be split (see below) is not pre-tested: its rules read everywhere
        # become candidates on every text and are decided in the split, where compiling their
        # patterns (a Set of the pretested ones costs 15-25 ms cold) is shared; same outcome.
        may_split = split and not self._split_tried and _forked.can_fork()
        for raw, text, heading in requests:
            if plain is not None:
                if raw == text:
                    reading = {text: plain[2]}
                elif plain[0] and plain[1]:
                    reading = {raw: plain[0], text: plain[1]}
                else:
                    reading = {raw: plain[0]} if plain[0] else {text: plain[1]}
            else:
                reading = {}  # text read → the variants that read it
                for variant in self.keyed:
                    label_only, use_heading = variant
                    whole = raw if label_only else text
                    if use_heading and heading:
                        whole = f"{heading}\n{whole}"
                    reading.setdefault(whole, []).append(variant)
            row = []
            for whole, variants in reading.items():
                variants = tuple(variants)
                entry = entries.get(whole)
                if entry is None:
                    entry = entries[whole] = [whole.encode(), None, {}, None, True, None]
                got = self._by_variants.get(variants)
                if got is None:
                    got = self._by_variants[variants] = (
                        all(label_only for label_only, _h in variants),
                        tuple(dict.fromkeys(i for v in variants for i in self.everywhere.get(v, ()))))
                as_is_only, pretests = got
                if not as_is_only:
                    entry[4] = False
                if pretests and not may_split:
                    hits = entry[2]
                    todo = tuple(i for i in pretests if i not in hits) if hits else pretests
                    if todo:
                        hits.update(dict.fromkeys(todo))  # to be tested, once
                        pretest.setdefault(todo, []).append(entry)
                row.append((whole, variants, entry))
            reads.append(row)
        if self.filters is None:
            # The pack's screen: the atoms each text holds, kept (``entry[5]``) for the guards.
            screen = self.screen
            assert screen is not None
            self._screened += len(entries)
            n = len(self.tests.patterns)
            for entry, present in zip(entries.values(), screen.present(list(entries))):
                entry[1] = screen.may(present, n)
                entry[5] = present
        else:
            # The Filters (see _filter_scan); a text that label_only rules alone read is
            # screened by their Filters alone.
            texts = list(entries.values())
            for entry in texts:
                entry[1] = set()
            for entry, ids in _filter_scan(self.filters, lambda n: texts if n < self.raw_parts
                                           else [e for e in texts if not e[4]]):
                entry[1].update(ids)
        for ids, group in pretest.items():
            test = self._pretesters.get(ids)
            if test is None:
                test = self._pretesters[ids] = _set_tester([self.patterns[i] for i in ids])
            for entry in group:
                found = test(entry[0])
                hits, may = entry[2], entry[1]
                for j, i in enumerate(ids):
                    if j in found:
                        hits[i] = True
                    else:
                        hits[i] = False
                        may.discard(i)
        # The candidates: rules whose ``when`` groups may all match, and whose section allows
        # them, as (request, rule, text read, entry), in request and pack order.
        pending: list[tuple[int, int, str, list]] = []
        passed: list[tuple[int, int, str, list]] = []
        for n, row in enumerate(reads):
            allowed = None  # rule → does this request's heading allow it (only sectioned rules ask)
            for whole, variants, entry in row:
                may = entry[1]
                keyed, keys, always = self._tables(variants)
                found = [k for i in may & keys for k, rest in keyed[i] if rest <= may]
                found.extend(always)
                for k in found:
                    if sectioned[k]:
                        if allowed is None:
                            allowed = self._allowed_by(requests[n][2])
                        ok = allowed.get(k)
                        if ok is None:
                            ok = allowed[k] = _in_section(rules[k], requests[n][2])
                        if not ok:
                            continue
                    (pending if when_ids[k] else passed).append((n, k, whole, entry))
        # The rest of the work, on the first document of a process, is shared with a forked
        # process where that is asked for and possible (:meth:`_decide_split`); same outcome.
        fired = None
        self._document_filtered = None
        # (candidates of rules read everywhere, not pre-tested for a split, do not count: a short
        # document is not split for them)
        if may_split and sum(1 for c in pending if c[1] not in self.everywhere_rules) >= SPLIT_MIN_CANDIDATES:
            fired = self._decide_split(requests, pending, passed, meanwhile)
        self._split_tried = True
        if fired is None:
            fired = self._decide(requests, pending, passed)
        # rule after rule, so each request's list comes out in pack order
        fired.sort(key=lambda f: (f[1], f[0]))
        out: list[list[tuple[Rule, str, tuple]]] = [[] for _ in requests]
        for n, k, got in fired:
            rule = rules[k]
            raw, text, _heading = requests[n]
            out[n].append((rule, raw if rule.label_only else text, got))
        return out

    def _decide_split(self, requests: list[tuple[str, str, str]], pending: list[tuple[int, int, str, list]],
                      passed: list[tuple[int, int, str, list]],
                      meanwhile: Callable[[], Any] | None) -> list[tuple[int, int, tuple]] | None:
        """:meth:`_decide`, shared with a forked process (:mod:`._forked`); None if it cannot fork.

        What costs most in a cold process is compiling the patterns the candidates need (and RE2
        building its automata on their first texts), and later documents find them compiled:
        only the first document a rule index sees is split. The candidates are grouped by their
        first ``when`` group, so that rules that share it are decided on one side and it is
        compiled once (later groups and guards both sides need are compiled on both); the
        groups, the costliest first (a pattern costs about its length to compile), are taken
        one at a time by whichever process is free, each marking the group it takes in a byte
        of shared memory. This process first does ``meanwhile`` (work the caller would do after
        extraction: the other process is busy all along). Should both take the same group (a
        race between reading and marking its byte), both decide it alike and one answer is
        kept; what the other process took but did not send back is decided here."""
        import mmap

        when_ids, unless_ids, patterns, guards = self.test_ids, self.unless_ids, self.tests.patterns, self.guards
        groups: dict[int, list[tuple[int, int, str, list]]] = {}
        for c in pending:
            groups.setdefault(when_ids[c[1]][0], []).append(c)
        costs = []
        for first, members in groups.items():
            ks = {c[1] for c in members}
            cost = (sum(len(patterns[i].pattern) for i in {i for k in ks for i in when_ids[k]})
                    + sum(len(guards[i].pattern) for i in {i for k in ks for i in unless_ids[k]}))
            costs.append((-cost, first))
        order = [groups[first] for _cost, first in sorted(costs)]
        try:
            taken = mmap.mmap(-1, len(order))  # anonymous and shared: the child's marks are seen here
        except (OSError, ValueError):
            return None

        def take(me: int) -> list[tuple[int, int, tuple]]:
            out = []
            for g, group in enumerate(order):
                if taken[g] == 0:
                    taken[g] = me
                    out.extend(self._decide(requests, group, []))
            return out

        try:
            forked = _forked.Forked(lambda: take(2))
        except OSError:  # no more processes, no memory to fork: all of it here
            taken.close()
            return None
        try:
            if meanwhile is not None:
                meanwhile()
            fired = take(1)
            fired.extend(self._decide(requests, [], passed))
        except BaseException:
            forked.cancel()
            taken.close()
            raise

        def here() -> list[tuple[int, int, tuple]]:
            return [f for g, group in enumerate(order) if taken[g] == 2 for f in self._decide(requests, group, [])]

        fired.extend(forked.result(here))
        taken.close()
        decided: dict[tuple[int, int], tuple[int, int, tuple]] = {}
        for f in fired:
            decided.setdefault((f[0], f[1]), f)
        return list(decided.values())

    def _decide(self, requests: list[tuple[str, str, str]], pending: list[tuple[int, int, str, list]],
                passed: list[tuple[int, int, str, list]]) -> list[tuple[int, int, tuple]]:
        """(request, rule, :func:`_fired`'s result) of the candidates that fire: ``pending``,
        whose ``when`` groups are still to be tested, and ``passed``, which need none."""
        rules, tests, when_ids = self.rules, self.tests, self.test_ids
        # The ``when`` groups, the first of every candidate, then the second of those whose
        # first matched, and so on; each round tests pattern after pattern.
        j = 0
        passed = list(passed)
        while pending:
            need: dict[int, list[list]] = {}
            for _n, k, _w, entry in pending:
                i = when_ids[k][j]
                hits = entry[2]
                if i not in hits:
                    hits[i] = None  # to be tested, once
                    need.setdefault(i, []).append(entry)
            for i, group in need.items():
                test = tests.get(i, len(group))
                for entry in group:
                    entry[2][i] = bool(test(entry[0]))
            j += 1
            still = []
            for c in pending:
                ids = when_ids[c[1]]
                if c[3][2][ids[j - 1]]:
                    (still if j < len(ids) else passed).append(c)
            pending = still
        passed = self._not_vetoed(passed)
        # rule after rule (each trigger's automaton used in a row)
        passed.sort(key=lambda c: (c[1], c[0]))
        out: list[tuple[int, int, tuple]] = []
        for n, k, whole, entry in passed:
            rule = rules[k]
            heading = requests[n][2]
            first = _search(rule.when[0], whole, entry[0]) if rule.when else None
            prefix = f"{heading}\n" if rule.use_heading and heading else ""
            out.append((n, k, _fired(rule, whole, prefix, first)))
        return out

    def _allowed_by(self, heading: str) -> dict[int, bool]:
        """rule → does ``heading`` allow it (:func:`_in_section`), as far as worked out: kept per
        heading, as few rules read it and a document has few headings."""
        allowed = self._allowed.get(heading)
        if allowed is None:
            if len(self._allowed) >= 256:  # a long run's headings are not all kept
                self._allowed.clear()
            allowed = self._allowed[heading] = {}
        return allowed

    def _guards_filtered(self, candidates: int) -> bool:
        """Whether the guards of ``candidates`` more candidates go through the guards' Filters,
        built now if it is their turn (see :data:`GUARD_FILTER_AFTER`); False: search them one
        by one."""
        if self.guard_tests is not None:
            return self.unless_filters is not None
        self._guarded += candidates
        if self._guarded <= GUARD_FILTER_AFTER:
            return False
        guards = self.guards
        # (in GUARD_FILTER_PARTS Filters, as the ``when`` patterns are in FILTER_PARTS)
        parts = _filters_in_parts(guards, list(range(len(guards))), GUARD_FILTER_PARTS)
        programs: list[Any] = [None] * len(guards)
        if parts is not None:
            self.unless_filters = parts
            for f, table in parts:
                for i, program in zip(table, _programs_of(f, len(table))):
                    programs[i] = program
        self.guard_tests = _Testers(guards, programs)
        # (the rules' guards not compiled yet take the Filters' programs, as their ``when``
        # patterns took theirs)
        for k, r in enumerate(self.rules):
            for pat, i in zip(r.unless, self.unless_ids[k]):
                if programs[i] is not None:
                    _adopt(pat, programs[i])
        return self.unless_filters is not None

    def _not_vetoed(self, passed: list[tuple[int, int, str, list]]) -> list[tuple[int, int, str, list]]:
        """The candidates of ``passed`` none of whose ``unless`` patterns match the text they read."""
        rules, unless_ids, guards = self.rules, self.unless_ids, self.guards
        guarded = [c for c in passed if unless_ids[c[1]]]
        if self._document_filtered is None:
            self._document_filtered = self._guards_filtered(len(guarded))
        elif not self._document_filtered:
            self._guarded += len(guarded)  # (the Filters are built for a later document)
        if not self._document_filtered:
            # Each guard searched on each text that needs it, at most once per text, in the
            # rule's order up to the first that matches (the guard's own pattern, compiled on
            # first use: a policy needs a third of them, and the Filter costs twice as much to
            # build as all of them).
            for c in guarded:
                entry = c[3]
                if entry[3] is None:
                    entry[3] = {}
            screen, first = self.screen, len(self.tests.patterns)  # guards follow ``when`` patterns in it

            def vetoed(c: tuple[int, int, str, list]) -> bool:
                entry = c[3]
                known, present = entry[3], entry[5]
                for i in unless_ids[c[1]]:
                    hit = known.get(i)
                    if hit is None:
                        if present is not None and not screen.passes(first + i, present):  # type: ignore[union-attr]
                            hit = known[i] = False  # (its words are not there: not compiled)
                        else:
                            hit = known[i] = _matches(guards[i], c[2], entry[0])
                    if hit:
                        return True
                return False

            return [c for c in passed if not (unless_ids[c[1]] and vetoed(c))]
        # The Filters' cheap first step (which guards' literal words are there) picks the few
        # guards worth testing, on every text that needs them (Filter after Filter, each on
        # every text in a row); then each guard is tested on the texts it may match, guard
        # after guard, once per text.
        texts = []
        for c in guarded:
            entry = c[3]
            if entry[3] is None:
                entry[3] = {}
                texts.append(entry)
        for entry, ids in _filter_scan(self.unless_filters or (), lambda _n: texts):
            entry[3].update(dict.fromkeys(ids))
        need: dict[int, list[list]] = {}
        for c in guarded:
            veto = c[3][3]
            for i in self.unless_ids[c[1]]:
                if i in veto and veto[i] is None:
                    veto[i] = False  # to be tested, once
                    need.setdefault(i, []).append(c[3])
        guard_tests = self.guard_tests
        assert guard_tests is not None
        for i, group in need.items():
            test = guard_tests.get(i, len(group))
            for entry in group:
                entry[3][i] = bool(test(entry[0]))
        return [c for c in passed if not (unless_ids[c[1]] and any(map(c[3][3].get, unless_ids[c[1]])))]


#: How many candidates' guards a rule index searches one by one before it builds the guards'
#: Filter. The Filter of the default pack's ~500 guards takes about 0.12 s to build, twice as long
#: as compiling every guard on its own, and a policy's candidates (110-180 on the dev corpus) need
#: a third to a half of them (about 0.04 s): a single ``summarizer label`` is faster without it,
#: a batch or a benchmark builds it on its third or fourth policy and then tests far fewer guards.
GUARD_FILTER_AFTER = 400

#: How many Filters screen a pack's ``when`` patterns. A Filter's first step runs all its
#: patterns' literal words ("atoms") through one RE2 Set, whose DFA has RE2's default 8 MB
#: budget (google-re2's wrapper builds that Set itself and takes no options). The default pack's
#: 196 patterns sit at the edge of it: on the dev corpus one Filter took 0.8 ms per policy with
#: 193 patterns and 1.6-1.8 ms with 196, its DFA cache refilling over and over; two Filters of
#: half the patterns each take 1.2-1.3 ms whatever the side of the edge, and leave room for rules
#: to grow. With 281 patterns (5,267 literal words) the two halves had outgrown it in turn: the
#: first took 40 us a dev-corpus sentence, the second 18; three thirds take 12-15 us each, and
#: all the Filters' scans together 1.5-2 ms less per policy (four are no better, eight worse:
#: each Filter's call has its own fixed cost). (Results are the same whatever the number: each
#: Filter answers for its own patterns.)
FILTER_PARTS = 3

#: How many Filters screen a pack's guards (``unless`` patterns), for the same reason: the
#: default pack's ~530 guards in one Filter took 30 µs a dev-corpus sentence, in two 17 µs.
GUARD_FILTER_PARTS = 2

#: The fewest candidates worth a fork (a fork and its pickled results cost a few milliseconds;
#: a policy has 100-250 candidates).
SPLIT_MIN_CANDIDATES = 40

#: How many texts a rule index screens with the pack's cached screen (:mod:`._prefilter`) before
#: it builds RE2 Filters for the rest. The screen is read from the cache in milliseconds and costs
#: about 0.3 ms per sentence (Python looks for its atoms); the Filters cost ~0.45 s to build
#: (they compile every ``when`` pattern) and then ~20 µs per sentence. A single policy (100-200
#: sentences) is screened; a batch builds the Filters on its seventh or eighth policy or so.
FILTER_AFTER_TEXTS = 1000

#: Building a pack's index has a fixed cost (it compiles every ``when`` pattern again, into the
#: Filters, and the patterns it tests into Sets on first use), and then matches a sentence in
#: about half the time of matching it rule by rule (where every rule's first pattern is searched
#: on every sentence, its DFA built on first use). In a fresh process (``summarizer label``), the
#: extraction alone, best of seven runs per policy of the dev corpus, indexed against rule by
#: rule: 25 sentences 0.32 s against 0.28 s, 33 sentences 0.38 against 0.35 s, 38 sentences 0.36
#: against 0.37 s, 45 sentences 0.36 against 0.37 s, 56 sentences 0.36 against 0.39 s, 67
#: sentences 0.38 against 0.48 s, 113 sentences 0.47 against 0.69 s. (Before the guards' Filter
#: waited for GUARD_FILTER_AFTER candidates, the two ways cost the same at about 95 sentences.)
#: So a pack gets its index once it has been run over that many sentences: a very short policy
#: is matched rule by rule, a typical one (2,500-4,000 words, 100-200 sentences), a long one or
#: a batch through the index. Both ways give the same findings.
INDEX_AFTER_SENTENCES = 40


def prepare(pack: RulePack) -> None:
    """Build ahead what running ``pack`` over a first document needs: its rule index, screened
    by the screen kept in the cache (nothing when there is no cache folder: see :func:`_index_of`)."""
    _index_of(pack, 0)


def prepared(pack: RulePack) -> bool:
    """Has ``pack`` its rule index already (:func:`prepare`, or documents run over it)?"""
    return "_rule_index" in pack.__dict__


def _index_of(pack: RulePack, sentences: int = INDEX_AFTER_SENTENCES) -> _RuleIndex | None:
    """The pack's rule index, built once the pack has been run over ``INDEX_AFTER_SENTENCES``
    sentences (``sentences``: how many this run has) and kept with the pack (rebuilt if its rules
    were changed since); None until then."""
    key = tuple((id(r), tuple(map(id, r.when)), tuple(map(id, r.unless))) for r in pack.rules)
    cached = pack.__dict__.get("_rule_index")
    if cached is not None and cached[0] == key:
        return cached[1]
    seen = pack.__dict__.get("_sentences_matched", 0) + sentences
    pack.__dict__["_sentences_matched"] = seen
    if seen < INDEX_AFTER_SENTENCES and not _prefilter.can_keep():
        # (with a cache folder to keep it in, the index screens with the pack's cached screen,
        # which costs next to nothing to set up: a short policy is faster through it than rule
        # by rule, 13 sentences 0.25 s against 0.46-0.65 s in a fresh process)
        return None
    index = _RuleIndex(list(pack.rules))
    pack.__dict__["_rule_index"] = (key, index)
    return index


class _TaxonomyIndex:
    """Each attribute's taxonomy terms in one ``re2.Set`` (one per set of options, if its terms'
    differ): all the terms of an attribute that a text holds, in one pass of RE2's DFA. (A
    ``re2.Filter`` of all the terms found them in one scan for every attribute at once, but then
    searched each term whose words the text holds, a dozen on a typical sentence: ten times the
    cost of the passes for the two or three attributes a finding fills.)"""

    #: RE2's memory budget for each Set. Its program takes part of the budget and its DFA's cache
    #: the rest; the 40 terms of the personal data types compile to a program that leaves too
    #: little of RE2's default 8 MB for that cache, which then fills and is emptied over and over
    #: (24 µs a sentence instead of 1.3 on the dev corpus). The cache only grows as the texts
    #: read need more states (about 20 MB for all the Sets over the dev corpus).
    SET_MAX_MEM = 32 << 20

    def __init__(self, tax: Any) -> None:
        #: attribute → its (value, term name) in taxonomy order, and the Sets that find them
        #: ([(the Set's match, the positions in that list of its patterns)])
        self.terms: dict[str, list[tuple[str, str]]] = {}
        self.sets: dict[str, list[tuple[Callable[[bytes], Any], list[int]]]] | None = {}
        try:
            for attribute, values in tax.attributes.items():
                self.terms[attribute] = [(value, t.name) for value, tv in values.items() for t in tv.terms]
                self.sets[attribute] = _sets_of([t.pattern for tv in values.values() for t in tv.terms],
                                                self.SET_MAX_MEM)
        except Exception:  # re2.error: RE2 will not put some term in a Set
            self.sets = None
        #: attribute → the ``re2.Filter`` match of its exclusions (the ids of those that match a
        #: UTF-8 encoded text). It answers what the taxonomy's ``exclusion_gate`` (all of them in
        #: one alternation) answers, whether any of them matches, at a tenth of its cost: the
        #: alternation's DFA needs more states than RE2's memory budget holds (the exclusions
        #: look some words ahead, ``[^.;]{0,120}?``, and the states multiply), so RE2 empties
        #: its cache over and over and then searches without it (60-110 µs a sentence for
        #: purposes and recipients on the dev corpus, against 3-9 µs); the Filter first looks
        #: for their literal words, then searches only the exclusions those let through, each
        #: with a DFA of its own. (Where RE2 cannot build one, the gate is searched.)
        self.excluding: dict[str, Callable[[bytes, bool], Any]] = {}
        for attribute, xs in tax.exclusions.items():
            flt = _filter_of([x.pattern for x in xs])
            if flt is None:
                continue
            self.excluding[attribute] = _filter_match(flt)
            # (the exclusions not compiled yet take the Filter's programs, as rules' patterns do)
            for x, program in zip(xs, _programs_of(flt, len(xs))):
                if program is not None:
                    _adopt(x.pattern, program)

    def excludes(self, attribute: str, text: str) -> bool | None:
        """Does any exclusion of ``attribute`` match ``text``? None when there is no Filter for
        them (search the taxonomy's ``exclusion_gate`` instead)."""
        match = self.excluding.get(attribute)
        return None if match is None else bool(match(text.encode(), False))

    def fill(self, attribute: str, text: str) -> tuple[list[str], list[str]]:
        """What :meth:`Extractor.fill` returns: the values of ``attribute`` whose terms ``text``
        holds and those terms' names, in taxonomy order."""
        values: list[str] = []
        names: list[str] = []
        sets = self.sets.get(attribute) if self.sets is not None else None
        if not sets:
            return values, names  # no terms (an attribute the taxonomy does not have)
        encoded = text.encode()
        found: list[int] = []
        for match, positions in sets:
            found.extend(positions[j] for j in match(encoded) or ())
        terms = self.terms[attribute]
        for i in sorted(found):
            value, name = terms[i]
            if not values or values[-1] != value:
                values.append(value)
            names.append(name)
        return values, names


def _taxonomy_index(tax: Any) -> _TaxonomyIndex | None:
    """The taxonomy's :class:`_TaxonomyIndex`, kept with it (rebuilt if its terms were changed
    since); None if RE2 could not build its Sets."""
    key = (tuple((a, v, id(tv), tuple(id(t.pattern) for t in tv.terms))
                 for a, values in tax.attributes.items() for v, tv in values.items()),
           tuple((a, tuple(id(x.pattern) for x in xs)) for a, xs in tax.exclusions.items()))
    cached = tax.__dict__.get("_taxonomy_index")
    if cached is None or cached[0] != key:
        cached = tax.__dict__["_taxonomy_index"] = (key, _TaxonomyIndex(tax))
    return cached[1] if cached[1].sets is not None else None


_INDEXED = object()  # key of a run's fill memory: does this run use the indexes?
_WITHOUT_EXCLUSIONS = object()  # key of a run's fill memory: a text without an attribute's exclusions


# A trailing aside that offers the reader a choice about what the sentence says first ("…, which
# you can unsubscribe from", "…; you can turn these off in Cookie Preferences").
_CHOICE_ASIDE = _lazy_re.compile(r"(?:,\s*(?:which|that|and)|;|\s+[—–-])\s+(?:you|users)\s+(?:can|may)\b", re.I)


def _in_aside(text: str, trigger_end: int) -> bool:
    """Does a choice whose trigger ends at ``trigger_end`` lie in a trailing aside of ``text``?"""
    m = _CHOICE_ASIDE.search(text)
    return m is not None and m.start() >= 20 and trigger_end > m.start()


# A question and its short answer (a FAQ: "Do you sell my data?" / "No, never."; "How long do you
# keep my searches?" / "Six months."): the answer says nothing alone, so the rules read the question
# as a statement ("we sell your data", "we keep your searches six months"), denied when the answer
# is no. The question is quoted with the answer.
_BARE_ANSWER = _lazy_re.compile(r"^\W*(?P<a>no|nope|never|not at all|absolutely not|not ever|yes|yep|of course|certainly|"
                          r"absolutely)\b(?:[\s,;:—–-]+(?:[\w’']+[\s,.!]*){0,3})?[.!]?\s*$", re.I)
_NO_ANSWER = frozenset({"no", "nope", "never", "not at all", "absolutely not", "not ever"})
_HOW_LONG = _lazy_re.compile(r"^\W*(?:\d+(?:\.\d+)*[.)]?\s*)?how long\s+(?P<q>.*?)\s*\?+\W*$", re.I | re.S)
_PERIOD_ANSWER = _lazy_re.compile(r"^\W*(?:for\s+|up to\s+|about\s+|around\s+|at least\s+|at most\s+)?(?:\d+|one|two|three|four|"
                            r"five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|a few|several|until|as long as|"
                            r"while|forever|indefinitely)\b", re.I)
_YES_NO_QUESTION = _lazy_re.compile(r"^\W*(?:\d+(?:\.\d+)*[.)]?\s*)?(?P<aux>do|does|did|will|would|can|could|may|might|should|shall|"
                              r"is|are|was|were|have|has)\s+(?P<rest>.*?)\s*\?+\W*$", re.I | re.S)
_PARTICIPLE = _lazy_re.compile(r"^(?:\w+(?:ed|en)|sold|kept|held|told|sent|made|given|shown|seen|known|stored|shared|used|put|"
                         r"safe|secure|encrypted|protected|transferred|deleted)$", re.I)
_READER_WORDS = {"my": "your", "me": "you", "mine": "yours", "i": "you", "myself": "yourself", "i'm": "you are",
                 "i’m": "you are"}


def _as_statement(question: str, negative: bool = False) -> str:
    """A yes/no question ("Do you sell my data?", "Can I delete my account?", "Is my data sold?",
    "How long do you keep my searches?") as the statement it asks about ("we sell your data", "you
    can delete your account", "your data is sold", "we keep your searches"), or its denial when
    ``negative`` ("we do not sell your data", "your data is not sold"); "" for any other. (Denied in
    words, the rules read the denial as they read any other: "we do not respond to Do Not Track".)"""
    no = ["not"] if negative else []
    how_long = _HOW_LONG.match(question)
    m = _YES_NO_QUESTION.match(how_long.group("q") + "?" if how_long else question)
    if m is None:
        return ""
    aux, words = m.group("aux").lower(), m.group("rest").split()
    if not words:
        return ""
    who = words[0].lower()
    subject = {"you": "we", "i": "you", "we": "we", "they": "they"}.get(who)
    if subject is not None:
        rest = words[1:]
        do = ["do"] if negative else []
        verb = do + no if aux in ("do", "does", "did") else ["cannot"] if negative and aux == "can" else [aux] + no
        out = [subject] + verb + rest
    elif aux in ("is", "are", "was", "were", "have", "has"):
        # "Is my data (ever) sold…": the verb goes before the first participle
        k = next((i for i, w in enumerate(words) if i and _PARTICIPLE.match(w.strip(",;:"))), None)
        if k is None:
            return ""
        out = words[:k] + [aux] + no + words[k:]
    else:
        # "Does Acme sell my data" → "Acme sells…" (the own name is then read as "we")
        verb = ["cannot"] if negative and aux == "can" else ([aux] if negative or aux not in ("do", "does", "did") else []) + no
        out = words[:1] + verb + words[1:]
    return " ".join(_READER_WORDS.get(w.lower(), w) for w in out)


def _answered(doc: Document, s: Sentence) -> tuple[Sentence, str, str] | None:
    """(the question, the statement it asks about, the answer word or "") when ``s`` is a short
    answer to the question right before it (``_BARE_ANSWER``, or a period after "How long…?")."""
    prev = doc.sentences[s.index - 1]
    # (a question is a short sentence: a longer one is no FAQ's, and is not parsed)
    if (len(prev.text) > 300 or not prev.text.rstrip().endswith("?")
            or not (prev.is_heading or s.paragraph - 1 <= prev.paragraph)):
        return None
    bare = _BARE_ANSWER.match(s.text)
    if bare is None and not (_HOW_LONG.match(prev.text) and _PERIOD_ANSWER.match(s.text)):
        return None
    word = bare.group("a").lower() if bare else ""
    statement = _as_statement(prev.text, negative=word in _NO_ANSWER)
    if not statement:
        return None
    return prev, statement, word


# A clause number of several levels opening a sentence ("3.5 To send you offers", "4.2.1 We
# share…"). Rules allow for a list mark or a one-level number ("(a)", "3.") before the words they
# anchor at the start; a clause number is read as spaces (the offsets stay the text's).
_CLAUSE_NUMBER = _lazy_re.compile(r"\d{1,3}(?:\.\d{1,3}){1,3}\.?(?=\s+\S)")


# A word hyphenated across a line break ("overwrit-\nten", "knowin-\ngly"), as in text copied out of a
# PDF, is read whole; not the first part of a compound a hyphen joins anyway ("third-\nparty").
_LINE_HYPHEN = _lazy_re.compile(r"\b([A-Za-z]{2,})-\n([ \t]*)([a-z]{2,})")
_COMPOUND_HEADS = frozenset(
    "third first opt non self cross log sign follow check built add real long short well so web user end one two "
    "multi anti double high low full part age year month day time set pop read write state country machine privacy "
    "data cookie social health".split())


def dehyphenated(text: str) -> str:
    """``text`` with words hyphenated across line breaks joined (the two characters of "-\n", and
    the next line's indent, after the word instead: offsets after the word stay)."""
    def join(m: re.Match) -> str:
        if m.group(1).lower() in _COMPOUND_HEADS:
            return m.group(0)
        return m.group(1) + m.group(3) + " " * (2 + len(m.group(2)))

    return _LINE_HYPHEN.sub(join, text)


# (a verb makes it a sentence: "We collect your name." is no label)
_PRACTICE_VERB = _lazy_re.compile(r"\b(?:collect|use|share|sell|keep|store|send|ask|get|receive|gather|track|process|disclose)"
                           r"(?:s|ed|ing)?\b", re.I)
_USES_OF_DATA = ("first_party_collection_use", "third_party_sharing_collection", "user_choice_control")
# A paragraph's label: a few words with a capital, ended by a full stop ("Advertising.", "Marketing
# emails.", "3. Analytics."), as a bold lead-in splits off its paragraph
_PARAGRAPH_LABEL = _lazy_re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-Z][\w’'/&-]*(?:\s+[\w’'/&-]+){0,3}\s*\.\W*$")


def _read_as(s: Sentence) -> str:
    """The text of ``s`` as the rules read it, as long as the sentence: words hyphenated across line
    breaks joined, line breaks as spaces, a clause number opening it as spaces."""
    text = s.text
    if "-\n" in text:
        text = dehyphenated(text)
    text = text.replace("\n", " ")
    m = _CLAUSE_NUMBER.match(text)
    return " " * m.end() + text[m.end():] if m else text


class Extractor:
    """Runs a compiled :class:`RulePack` over documents. Reusable and stateless between calls."""

    def __init__(self, pack: RulePack | None = None, split: bool = False) -> None:
        """``split``: on a process's first document, share the matching of rules with a forked
        process when the machine has a second core (see :mod:`._forked`); same findings."""
        self.pack = pack or default_rules()
        self.split = split

    def fill(self, attribute: str, text: str) -> tuple[list[str], list[str]]:
        """Taxonomy values (and fine term names) of ``attribute`` found in ``text``."""
        index = _taxonomy_index(self.pack.taxonomy)
        if index is not None:
            return index.fill(attribute, text)
        return self._fill_term_by_term(attribute, text)

    def _fill_term_by_term(self, attribute: str, text: str) -> tuple[list[str], list[str]]:
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

    def _fill(self, attribute: str, text: str, memo: dict | None) -> tuple[list[str], list[str]]:
        """:meth:`fill`, remembered for the document (sentences are filled once per rule)."""
        if memo is None:
            return self.fill(attribute, text)
        got = memo.get((attribute, text))
        if got is None:
            index = self._index_in(memo)
            got = memo[(attribute, text)] = (index.fill(attribute, text) if index is not None
                                              else self._fill_term_by_term(attribute, text))
        return list(got[0]), list(got[1])

    def _index_in(self, memo: dict) -> _TaxonomyIndex | None:
        """The taxonomy's index, if a run with the fill memory ``memo`` uses it (first asked:
        through the index in this run, or term by term)."""
        index = memo.get(_TaxonomyIndex, False)
        if index is False:
            index = memo[_TaxonomyIndex] = _taxonomy_index(self.pack.taxonomy) if memo.get(_INDEXED) else None
        return index

    def match_rule(self, rule: Rule, sentence_text: str, heading: str) -> tuple[bool, bool, bool, dict]:
        """Does ``rule`` fire on a sentence? Returns (fired, negated, hedged, captured facts)."""
        m = self._match(rule, sentence_text, heading)
        if m is None:
            return False, False, False, {}
        return True, m[0], m[1], m[2]

    def _fire(self, index: _RuleIndex | None, raw: str, text: str, heading: str) -> list[tuple[Rule, str, tuple]]:
        """[(rule, the text it read, its match result)] of the rules that fire on a sentence, in pack
        order: through the pack's index, or rule by rule when it has none yet (or RE2 could not
        build one). ``raw`` is the sentence, ``text`` the same with the own name read as "we"."""
        fired = index.fired(raw, text, heading) if index is not None else None
        if fired is None:
            fired = []
            for rule in self.pack.rules:
                t = raw if rule.label_only else text
                m = self._match(rule, t, heading)
                if m is not None:
                    fired.append((rule, t, m))
        return fired

    def _match(self, rule: Rule, sentence_text: str, heading: str) -> tuple[bool, bool, dict, int] | None:
        """None, or (negated, hedged, captured facts, where the trigger ends in the sentence)."""
        if not _in_section(rule, heading):
            return None
        prefix = f"{heading}\n" if rule.use_heading and heading else ""
        text = prefix + sentence_text
        encoded = text.encode()
        first = None
        for i, pat in enumerate(rule.when):
            if i == 0:
                first = _search(pat, text, encoded)
                if first is None:
                    return None
            elif not _matches(pat, text, encoded):
                return None
        for pat in rule.unless:
            if _matches(pat, text, encoded):
                return None
        return _fired(rule, text, prefix, first)

    def run(self, doc: Document, meanwhile: Callable[[], Any] | None = None) -> list[Finding]:
        """All findings for a document, in document order.

        ``meanwhile``: work of the caller's own, called once: while a forked process matches
        rules when the work is split (``split``), else right after the rules are matched.

        A list item is read together with the sentence that introduces its list ("The data we
        collect includes:" / "• postal address"), so the lead-in's verb and the item's data type
        meet; such a finding quotes both. An item adds a finding only where it says more than
        its lead-in said alone.

        A sentence that runs over several lines (text wrapped by hand, as in a notice copied out
        of a PDF or an e-mail: "such as your name, address, date of\nbirth") is read with its line
        breaks as spaces, so that the rules' words meet across them; a space for a line break
        keeps every offset, and the quotes keep the document's own text."""
        if not any("\n" in s.text or (s.text[:1].isdigit() and _CLAUSE_NUMBER.match(s.text)) for s in doc.sentences):
            return self._run(doc, meanwhile)
        flat = [replace(s, text=_read_as(s)) if "\n" in s.text or s.text[:1].isdigit() else s for s in doc.sentences]
        findings = self._run(replace(doc, sentences=flat), meanwhile)
        text = doc.text
        for f in findings:
            if any(e.text != text[e.start:e.end] for e in f.evidence):
                f.evidence = [replace(e, text=text[e.start:e.end]) for e in f.evidence]
        return findings

    def _run(self, doc: Document, meanwhile: Callable[[], Any] | None = None) -> list[Finding]:
        findings: list[Finding] = []
        norm = _self_normalizer(self_names(doc, self.pack))
        index = _index_of(self.pack, len(doc.sentences))
        fills: dict = {_INDEXED: index is not None}  # taxonomy terms through their index too, or not
        # list items and their lead-ins are marked by parsing (ingest.mark_structure)
        leads = {s.index: doc.sentences[s.list_lead] for s in doc.sentences if s.list_lead is not None}
        lead_ins = {lead.index for lead in leads.values()}
        # A lead-in that only points back ("We share PHI only as HIPAA permits. In practice that
        # means:") is read with the sentence it points to, as one lead-in.
        merged: dict[int, Sentence] = {}
        for lead in {lead.index: lead for lead in leads.values()}.values():
            if lead.index > 0 and _POINTING_LEAD.match(lead.text):
                prev = doc.sentences[lead.index - 1]
                # (or the heading right above it: "How long we keep records / For example:")
                if (prev.paragraph == lead.paragraph and not prev.is_heading) or (
                        prev.is_heading and prev.section == lead.section):
                    merged[lead.index] = replace(lead, start=prev.start, text=doc.text[prev.start:lead.end])
        if merged:
            leads = {i: merged.get(lead.index, lead) for i, lead in leads.items()}
        own: dict[int, dict[str, Finding]] = {}  # findings of each lead-in sentence, by rule
        # What each sentence reads: its heading, its lead-in, the sentence (after its lead-in)
        # as is and with the own name as "we", the item alone with the own name as "we".
        reads: list[tuple[str, Sentence | None, str, str, str]] = []
        requests: list[tuple[str, str, str]] = []  # (raw, text, heading) to match the rules on
        answers: dict[int, Sentence] = {}  # a short answer → its question
        contexts = section_contexts(doc)
        for s in doc.sentences:
            if s.is_heading:
                heading = s.text
            else:
                heading = doc.sections[s.section].title if doc.sections else ""
            # what rules limited to a kind of section read: the title and those above it
            context = contexts[s.section] if contexts else heading
            if s.is_heading and contexts:
                context = "\n".join([" ".join(heading.split())] + context.split("\n")[1:])
            lead = leads.get(s.index)
            raw = f"{lead.text} {s.text}" if lead is not None else s.text
            if lead is None and s.index and not s.is_heading and len(s.text) < 120:
                asked = _answered(doc, s)
                if asked is not None:
                    question, statement, bare = asked
                    raw = statement + "." if bare else f"{statement} {s.text}"
                    answers[s.index] = question
            text = norm(raw) if norm else raw
            item = (norm(s.text) if norm else s.text) if lead is not None else text
            reads.append((heading, lead, raw, text, item))
            requests.append((raw, text, context))
            if lead is not None:
                requests.append((s.text, item, context))
        # Short labels that open a paragraph ("Advertising." before "We do not show advertising."),
        # as a bold lead-in splits off: topics, not statements
        # (what such a label seems to state, the sentence after it may deny: see the end)
        labels = {s.index for s in doc.sentences
                  if not s.is_heading and s.list_lead is None and _PARAGRAPH_LABEL.match(s.text)
                  and not _FINITE_WORD.search(s.text) and not _PRACTICE_VERB.search(s.text)
                  and s.index + 1 < len(doc.sentences) and not doc.sentences[s.index + 1].is_heading
                  and doc.sentences[s.index + 1].paragraph == s.paragraph
                  and (s.index == 0 or doc.sentences[s.index - 1].paragraph != s.paragraph)}
        # the rules that fire on each, matched for the whole document at once (see
        # _RuleIndex.fired_all), or rule by rule
        called: list[bool] = []

        def meanwhile_here() -> None:
            called.append(True)
            _taxonomy_index(self.pack.taxonomy)  # (the Sets of the fills below, compiled now)
            if meanwhile is not None:
                meanwhile()

        matched = index.fired_all(requests, split=self.split, meanwhile=meanwhile_here) if index is not None else None
        if matched is None:
            matched = [self._fire(None, *r) for r in requests]
        if not called and meanwhile is not None:
            meanwhile()
        # categories no rule yields to in this document (a rule's ``releases``, once it has fired
        # undenied: "Our app is designed for children" makes children no mere audience here)
        released = {c for fired in matched for r, _t, m in fired if r.releases and not m[0] for c in r.releases}
        at = 0
        # A lead-in that denies ("We do not record:", "We never collect the following:") denies
        # each item of its list: the categories each lead-in denies, and those in which its
        # items name what is denied (its own denial, which names nothing, then gives way to them)
        lead_denies: dict[int, set[str]] = {}
        items_name: dict[int, set[str]] = {}
        for s, (heading, lead, raw, text, item) in zip(doc.sentences, reads):
            here: list[tuple[Rule, Finding]] = []
            aside: set[int] = set()  # choices said in a trailing aside: nothing gives way to them
            item_says: dict[str, tuple[str, tuple]] = {}
            fired = matched[at]
            at += 1
            denied: set[str] = set()
            got: set[str] = set()
            if lead is not None:
                denied = lead_denies.setdefault(lead.index, set())
                # a lead-in that is only a denial ("We do not:", "We will never:") denies whatever
                # each item says
                bare = _BARE_DENIAL_LEAD.match(lead.text) is not None
                for r, t, m in fired:
                    if (m[0] or bare) and not r.label_only and r.negation != "ignore" and (
                            bare or _in_lead_clause(t, item, m[3])):
                        denied.add(r.category)
                # A rule may fire on the item alone but not once the lead-in is put before it
                # (one that wants the item's verb at the start: "create an account;" under "We
                # use information to:"): the item still says it on its own.
                got = {r.id for r, _t, _m in fired}
                alone = matched[at]
                at += 1
                # what each rule reads in the item alone: below, an item that says a practice on
                # its own is quoted alone, without searching it again
                item_says = {r.id: (ti, mi) for r, ti, mi in alone}
                extra = [x for x in alone if x[0].id not in got]
                if extra:
                    order = {r.id: k for k, r in enumerate(self.pack.rules)}
                    fired = sorted([*fired, *extra], key=lambda x: order[x[0].id])
            if s.in_contents or ("?" in s.text and _QUESTION.match(s.text)) or (
                    s.is_heading and fired and not _FINITE_WORD.search(s.text)):  # (most sentences ask nothing)
                # A title in a table of contents states no practice (its section does), nor does a
                # question ("Does Loop sell my data?", "What do we collect?": its answer does), nor
                # a heading that only names a topic, with no verb of its own ("Conditions of the
                # transfer of personal data to third parties."); the label's facts (a contact, a
                # date) still count, but not a transfer a title names ("Transfer of the data outside
                # of EU": its section says whether data leaves)
                fired = [x for x in fired if x[0].label_only and "international_transfer" not in x[0].facts]
            for rule, t, m in fired:
                if m[2] and t is text and raw != text and rule.when and not rule.use_heading:
                    # a value captured where the own name was read as "we" ("…after they leave
                    # the Club" read "…after they leave we") is taken from the sentence as written
                    as_written = _search(rule.when[0], raw)
                    if as_written is not None:
                        m = (m[0], m[1], {**m[2], **_fired(rule, raw, "", as_written)[2]}, m[3])
                said = item_says.get(rule.id) if lead is not None else None
                # an item under a lead-in that denies this rule's category is denied, whatever
                # reading the rule fires on (a rule may fire on the item alone: "your IP address"
                # under a heading "What we collect")
                deny = rule.category in denied and rule.negation != "ignore" and not rule.label_only
                if said is not None and not (rule.id in got and m[0] and _in_lead_clause(t, item, m[3])):
                    # the item says it alone (and the lead-in denies nothing of it): quote the item alone
                    sm = (True, *said[1][1:]) if deny else said[1]
                    f = self._finding(doc, s, rule, heading, *sm, text=said[0], fills=fills)
                    if deny and lead is not None:  # the lead-in's denial is quoted with the item
                        f.evidence.insert(0, Evidence(lead.start, lead.end, lead.text, heading, context=True))
                    if rule.category == "user_choice_control" and _in_aside(said[0], said[1][3]):
                        aside.add(id(f))
                    here.append((rule, f))
                    continue
                read = t
                if deny and not m[0]:
                    m = (True, *m[1:])
                elif (m[0] and lead is not None and not rule.label_only and t.endswith(item)
                      and m[3] <= len(t) - len(item) and _EXCEPTION_LEAD.search(lead.text)):
                    # a denial whose list is its exceptions ("We do not share your information
                    # with anyone else, with these exceptions:" + "with the police, if they have a
                    # court order"): each item is done, and names what is done (not what the
                    # lead-in denies: "We will not release information to anyone, including
                    # employers, except:" + "when we receive a subpoena" gives no employers)
                    m = (False, *m[1:])
                    read = " " * (len(t) - len(item)) + item
                asked = answers.get(s.index)
                # where the item starts in what was read (the lead-in and the item, each with
                # the own name as "we")
                item_from = len(t) - len(item) if lead is not None and _in_lead_clause(t, item, m[3]) else None
                f = self._finding(doc, s, rule, heading, *m, text=read, fills=fills, item_from=item_from)
                if asked is not None:  # the question is quoted with its answer
                    f.evidence.insert(0, Evidence(asked.start, asked.end, asked.text, heading, context=True))
                if lead is not None:
                    ti = s.text if rule.label_only else item
                    if not f.negated and _ITEM_DENIES.match(item):
                        # an "item" that is a denial of its own ("We use the information we collect
                        # for these purposes:" + "We do not use your information for marketing."):
                        # it is no part of the lead-in's list
                        continue
                    # Only the lead-in's words made the rule fire: keep it when the item
                    # names what the rule fills (a data type, a purpose, a recipient) and
                    # that is more than the lead-in said alone; a rule that fills nothing
                    # (a right, a safeguard) when the item holds its trigger words and the
                    # lead-in only the setting ("You have the right to:" + "request erasure
                    # of your data").
                    if rule.fill:
                        # (or the value it captures: "Support tickets: 24 months" under "How
                        # long we keep data" gives the period)
                        if not any(self._fill(a, s.text, fills)[0] for a in rule.fill) and not (
                                rule.capture and rule.when and _matches(rule.when[0], ti)):
                            continue
                    elif (not (rule.when and _matches(rule.when[0], ti))
                          or _matches(rule.when[0], lead.text if rule.label_only or not norm else norm(lead.text))):
                        continue
                    # ...and when the item alone is not one the rule sets aside (a question, a
                    # pointer: "What personal information may be collected and by what means")
                    if any(_matches(p, ti) for p in rule.unless):
                        continue
                    before = own.get(lead.index, {}).get(rule.id)  # what the lead-in said alone
                    # (in the same values and the same words: "Besides our advertising partners,
                    # data is made available to:" + "our hosting providers (AWS and Fastly)" names
                    # new recipients, though of the kinds, named and unnamed, the lead-in named)
                    if before is not None and before.negated == f.negated and all(
                            set(v) <= set(before.attributes.get(k, ())) for k, v in f.attributes.items()) and all(
                            set(v) <= set(before.terms.get(k, ())) for k, v in f.terms.items()):
                        continue
                    f.evidence.insert(0, Evidence(lead.start, lead.end, lead.text, heading, context=True))
                if rule.category == "user_choice_control" and _in_aside(t, m[3]):
                    aside.add(id(f))
                here.append((rule, f))
                if lead is None and f.negated and rule.fill:
                    # "We do not collect your name; we collect only your email address": the
                    # denial covers its own clause, and the clause after it says what is done
                    after = self._next_clause(doc, s, rule, t, m, heading, fills)
                    if after is not None:
                        here.append((rule, after))
                if lead is not None and f.negated and any(f.attributes.get(a) for a in rule.fill):
                    items_name.setdefault(lead.index, set()).add(f.category)
            # a rule that overrides categories (a form's answer for its row) is the only one read in them
            over = {c for r, _f in here if r.overrides for c in r.overrides}
            if over:
                here = [(r, f) for r, f in here if r.overrides or f.category not in over]
            # (a table row states each of its cells: "Purpose: … | Categories of data: … |
            # Retention: 7 years" is a use and a retention period, neither giving way)
            if not s.table_row and any(r.yield_to for r, _f in here):
                # (a choice said in an aside at the end, "…special offers, which you can unsubscribe
                # from", "…; you can turn these off in Cookie Preferences", adds to what the
                # sentence says; the practice it is about still stands)
                cats = {f.category for _r, f in here
                        if f.category and not f.label_only and id(f) not in aside} - released
                kept = []
                for r, f in here:
                    given_way = set(r.yield_to) & (cats - {f.category})
                    if not given_way:
                        kept.append((r, f))
                    elif given_way == {_AUDIENCES} and f.category == _COLLECTION and not f.negated and _of_a_child(here, s.text):
                        # what a service collects about a child ("When a child registers, we collect
                        # the child's first name and age"): the practice speaks of an audience (as
                        # OPP-115 reads it), and the label still says what is collected
                        f.label_only = True
                        kept.append((r, f))
                    elif (given_way == {"data_retention"} and f.category == _COLLECTION and not f.negated
                          and all(g.negated for _r2, g in here if g.category == "data_retention")):
                        # what is collected beside what is not kept ("…we collect your billing address
                        # and VAT number; card payments are handled by Braintree, and we do not store
                        # card numbers"): the label still says what is collected
                        f.label_only = True
                        kept.append((r, f))
                here = kept
            if s.index in lead_ins:
                own[s.index] = {r.id: f for r, f in here}
            findings.extend(f for _r, f in here)
        if items_name:
            fill_of = {r.id: r.fill for r in self.pack.rules}
            vague = {id(f) for i, cats in items_name.items() for f in own.get(i, {}).values()
                     if f.negated and f.category in cats and not any(f.attributes.get(a) for a in fill_of.get(f.rule, ()))}
            if vague:
                findings = [f for f in findings if id(f) not in vague]
        if labels:
            # A paragraph's label ("**Advertising.**") names its topic; when the sentence after it
            # denies that (a finding of the same category and value, "We do not show advertising"),
            # the label states nothing of its own.
            # (of what is done with data: "Children." before "We do not knowingly collect data from
            # children" still speaks to an audience)
            denied_next = {(f.sentence - 1, f.category, a, v) for f in findings if f.negated and f.sentence - 1 in labels
                           and f.category in _USES_OF_DATA for a, vs in f.attributes.items() for v in vs}
            findings = [f for f in findings if f.negated or f.sentence not in labels or not any(
                (f.sentence, f.category, a, v) in denied_next for a, vs in f.attributes.items() for v in vs)]
        # negation_of remembers sentences for the rules of one document; a sentence may be long
        # (hostile input has megabyte "sentences"), so none is kept once the document is done
        negation_of.cache_clear()
        _except_denied.cache_clear()
        return findings

    def _next_clause(self, doc: Document, s: Sentence, rule: Rule, text: str, m: tuple, heading: str,
                     fills: dict | None) -> Finding | None:
        """The finding of ``rule`` in the clause after its denial's, when that clause starts at a
        semicolon or a "but"/"however" and says, undenied, what the rule reads ("…; we store only
        the last four digits", "…, but we do keep your email address"); None otherwise."""
        if rule.label_only or rule.capture or rule.negation != "detect":
            return None
        end = _SCOPE_END.search(text, m[3])
        if end is None or end.group(0).lower() not in (";", "but", "however"):
            return None
        rest = text[end.end():]
        got = self._match(rule, rest, heading)
        if got is None or got[0]:
            return None
        f = self._finding(doc, s, rule, heading, *got, text=rest, fills=fills)
        return f if any(f.attributes.get(a) for a in rule.fill) else None

    def _finding(self, doc: Document, s: Sentence, rule: Rule, heading: str, negated: bool, hedged: bool,
                 captured: dict, trigger_end: int = 0, text: str | None = None, fills: dict | None = None,
                 item_from: int | None = None) -> Finding:
        attrs = {k: list(v) for k, v in rule.attributes.items()}
        terms: dict[str, list[str]] = {}
        # A denial covers its own clause: "we do not sell your data, except to our processors for
        # billing" denies selling, not processors nor billing.
        own_text = text is None or text == s.text  # (trigger_end counts in the sentence's own text)
        text = s.text if text is None else text
        whole = text  # (the sentence before a denial's scope is cut: what "it" may stand for)
        set_aside = ""  # the words of its asides (see _except_denied)
        exception = ""
        if not rule.fill:
            # the words read below are only filled from; but a denial of selling or of transfers
            # the label reads as a fact keeps its exception ("Except for the interest-based
            # advertising described above, we do not sell personal information for money")
            if negated and ("sold" in rule.facts or "international_transfer" in rule.facts) and item_from is None:
                exception = denial_exception(text, trigger_end)
        elif negated and item_from is not None:
            # A lead-in that denies ("We do not record:") denies each item of its list: the
            # colon that ends the lead-in is no end of the denial's scope, the item's own end is.
            # (``item_from`` is given only for a trigger in the lead-in's last clause.)
            text = denial_scope(text[:item_from], trigger_end) + " " + denial_scope(text[item_from:], 0)
        elif negated:
            if rule.category in ("third_party_sharing_collection", "first_party_collection_use"):
                # (a collection denial's too: "we don't collect your location, except when you
                # use the map" is no flat no)
                exception = denial_exception(text, trigger_end)
            text = denial_scope(text, trigger_end)
            if " | " in text:
                # a table row's cell may hold sentences ("Approximate location derived from your IP
                # address. We do not collect precise geolocation."): a denial in one of them denies
                # what its own sentence names, and the row's other cells (read as blanks)
                text = _own_cell_sentence(text, trigger_end)
        else:
            text = affirmed(text, trigger_end)
            low = text.lower()
            if any(w in low for w in _EXCLUDED_WORDS):
                text, set_aside = _except_denied(text)
            if "contain" in low or "includ" in low or "reveal" in low:
                text = _NOT_HELD.sub(" ", text)
        exclusions = self.pack.taxonomy.exclusions
        for a in rule.fill:
            # words that look like the attribute's terms but name something else (the taxonomy's
            # exclusions: "social security number" is no purpose, "to protect other users" names
            # no recipient)
            ftext = self._excluded(a, rule.category, negated, text, fills) if a in exclusions else text
            vals, names = self._fill(a, ftext, fills)
            if not vals and a in ("personal_information_type",) and _COREF.search(text):
                # "this information" is what the heading or the sentence before named, but for
                # what the sentence sets aside ("Excluding credit card information, this
                # information may be shared")
                unsaid = set(self._fill(a, set_aside, fills)[0]) if set_aside else set()
                # (first the clause before a denial's own: "We see your photo ID but we do not
                # keep a copy of it" denies keeping the photo ID)
                before = len(text) - len(text.lstrip(" ")) if negated and text[:1] == " " else 0
                if before:
                    vals, names = self._without(a, *self._fill(a, affirmed(whole[:before], before), fills), unsaid)
                if not vals:
                    vals, names = self._without(a, *self._fill(a, heading, fills), unsaid)
                if not vals and s.index > 0:
                    prev = doc.sentences[s.index - 1]
                    if prev.paragraph == s.paragraph or prev.is_heading:
                        # (not what the sentence before denies: "We do not collect your name or
                        # phone number. The information we process is linked to pseudonymous IDs
                        # instead." - its denying clauses are blanked)
                        said = affirmed(prev.text, len(prev.text) + 1) if _DENIES.search(prev.text) else prev.text
                        vals, names = self._without(a, *self._fill(a, said, fills), unsaid)
            if vals:
                attrs[a] = sorted(set(attrs.get(a, [])) | set(vals))
                terms[a] = names
        facts = dict(rule.facts)
        facts.update(captured)
        # A denial flips the boolean facts a rule sets ("sells data: yes" → "no").
        if negated:
            facts = {k: (not v if isinstance(v, bool) else v) for k, v in facts.items()}
            # what the denial leaves open, for the label to say: its exception in the policy's
            # words, and whether it holds only until the reader consents
            if not exception and "children" in rule.attributes.get("audience_type", ()) and not rule.fill:
                # "we do not knowingly collect … from children under 13 except images and sounds
                # captured by a camera a parent sets up": the exception may be what matters most
                exception = denial_exception(s.text if text is None else text, trigger_end)
            consent = _UNTIL_CONSENT.search(s.text)
            # (not the consent of a later clause with a denial of its own: "We do not sell or rent
            # your personal data, and we do not share it … unless you have explicitly opted in"
            # leaves the sale flatly denied)
            until_consent = consent is not None and not (
                own_text and "sold" in rule.facts and consent.start() > trigger_end
                and _NEW_DENIAL_CLAUSE.search(s.text, trigger_end, consent.start()) is not None)
            if exception and not (until_consent and exception[:7].lower() == "unless "):
                # (an "unless" that is the reader's consent is said as such: "…without your
                # consent", not again as "unless you give us written permission")
                facts["except"] = exception
            if until_consent:
                facts["until_consent"] = True
            if _UNTIL_PARENT_CONSENT.search(s.text):
                facts["until_parent_consent"] = True  # "…from children under 13 without parental consent"
        return Finding(
            rule=rule.id, category=rule.category, attributes=attrs, terms=terms, facts=facts,
            negated=negated, hedged=hedged,
            evidence=[Evidence(s.start, s.end, s.text, heading)], sentence=s.index, label_only=rule.label_only,
        )

    def _excluded(self, attribute: str, category: str | None, negated: bool, text: str, memo: dict | None) -> str:
        """``text`` without the words the taxonomy's exclusions of ``attribute`` set aside for a
        finding of ``category`` (remembered for the document: a sentence is filled once per rule)."""
        key = (_WITHOUT_EXCLUSIONS, attribute, category, negated, text)
        got = memo.get(key) if memo is not None else None
        if got is None:
            tax = self.pack.taxonomy
            got = text
            index = self._index_in(memo) if memo is not None else None
            hit = index.excludes(attribute, text) if index is not None else None
            if hit is None:
                hit = tax.exclusion_gate[attribute].search(text) is not None
            if hit:
                for x in tax.exclusions[attribute]:
                    if (x.category is None or x.category == category) and (x.in_denials or not negated):
                        got = x.blank(got)
            if memo is not None:
                memo[key] = got
        return got

    def _without(self, attribute: str, vals: list[str], names: list[str], unsaid: set[str]) -> tuple[list[str], list[str]]:
        """``vals`` and their term ``names`` (as :meth:`fill` gives them) but for the values ``unsaid``."""
        if not unsaid:
            return vals, names
        value_of = {t.name: v for v, tv in self.pack.taxonomy.attributes[attribute].items() for t in tv.terms}
        return [v for v in vals if v not in unsaid], [n for n in names if value_of.get(n) not in unsaid]


def practices(findings: list[Finding]) -> list[dict]:
    """The ``practices`` list of the JSON contract, one entry per finding that has a category."""
    out = []
    for f in findings:
        p = f.practice()
        if p is not None:
            out.append(p)
    return out


def check_example(pack: RulePack, rule: Rule, sentence: str, heading: str = "") -> tuple[bool, bool]:
    """(fired, negated) of one rule on one sentence: what the rule examples are checked with.

    An example may open with a heading line ("Your rights\nYou can log in to…") for rules that
    read the section (``section``, ``use_heading``)."""
    if not heading and "\n" in sentence:
        heading, sentence = sentence.split("\n", 1)
    fired, negated, _h, _f = Extractor(pack).match_rule(rule, sentence, heading)
    return fired, negated
