"""Stage 5 — the label model: findings + readability → the questions a reader asks.

The label answers twelve questions. Each answer is *stated*, *denied* ("they say they do
not sell your data") or *not stated*, and each stated line points at the sentence(s) it came
from (``refs`` into ``Label.evidence``). The ``practices`` list of the JSON contract is built
from the same findings, so the human label and the machine-readable data always agree.
"""
from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import __version__
from . import _lazyre as _lazy_re
from .extract import _EXCEPTION_OPENER, _NEGATOR, Evidence, _holds_any, Finding, dehyphenated, match_spans, practices as practices_of
from .ingest import Document, _title_case
from .readability import Readability, measure
from .rules import RulePack

STATED, DENIED, NOT_STATED = "stated", "denied", "not_stated"

#: The twelve questions counted in "answers N of 12", in display order.
QUESTIONS: list[tuple[str, str]] = [
    ("collected", "What do they collect?"),
    ("purposes", "Why do they use it?"),
    ("retention", "How long do they keep it?"),
    ("sharing", "Who do they share it with?"),
    ("sold", "Do they sell it?"),
    ("rights", "What can you do?"),
    ("security", "How do they protect it?"),
    ("children", "What about children?"),
    ("transfers", "Is it sent to other countries?"),
    ("changes", "How will you hear about changes?"),
    ("dnt", "Do they honor Do Not Track?"),
    ("contact", "How can you reach them?"),
]

# Plain words for attribute values (the taxonomy's labels cover data types and recipients).
_CHOICES = {
    "opt_out_link": "opt out with a link (for example at the bottom of emails)",
    "opt_out_via_contacting_company": "opt out by contacting them",
    "opt_in": "they ask before some uses (opt in)",
    "browser_device_privacy_controls": "use your browser or device settings to block cookies or limit tracking",
    "first_party_privacy_controls": "change your choices in their settings or your account",
    "third_party_privacy_controls": "opt out of ads with tools run by other companies",
    "dont_use_service_feature": "not give the data (some features may not work) or not use the service",
}
#: Words of the "other" kind of data that the label names apart (the taxonomy's terms).
_OTHER_KINDS = {"schoolwork and grades": "schoolwork and grades",
                "readings from devices or meters": "readings from devices or meters"}
_ACCESS = {
    "view": "see the data they hold about you",
    "edit_information": "correct or update your data",
    "export": "get a copy of your data to take elsewhere",
    "delete_account_partial": "ask them to delete your data",
    "delete_account_full": "delete your account",
    "deactivate_account": "turn off your account",
}
_SECURITY = {
    "generic": "security measures (not described in detail)",
    "secure_data_transfer": "encryption when data is sent",
    "secure_data_storage": "secure storage",
    "data_access_limitation": "only some staff can see your data",
    "secure_user_authentication": "secure sign-in and identity checks",
    "privacy_security_program": "a security program",
    "privacy_review_audit": "regular security checks",
    "privacy_training": "staff training",
    # label only: encryption named without where it applies (the fact security.encryption sets)
    "encryption": "encryption",
}
#: a measure whose label is no noun phrase, as the security summary says it ("They use …")
_NO_ONE_READS = "No one at the company can read your data"
_SECURITY_USED = {"Only some staff can see your data": "limits on which staff can see your data",
                  _NO_ONE_READS: "no one at the company being able to read your data"}
_NOTICE = {
    "general_notice_in_privacy_policy": "they post the new version of the policy",
    "general_notice_on_website": "they put a notice on their website",
    "personal_notice": "they tell you directly (for example by email)",
    "no_notification": "they may change it without telling you",
}
#: A direct notice sent in the app ("a push notification", "an in-app message"), and one sent by email or post.
_IN_APP = _lazy_re.compile(r"\bpush (?:notifications?|messages?|alerts?)\b|\b(?:in-app|in the app|app) (?:notifications?|messages?|alerts?|notices?)\b", re.I)
_BY_EMAIL = _lazy_re.compile(r"\be-?mail|\bby (?:post|mail|letter|text|sms)\b", re.I)
#: Europe named only as a place data goes to or is kept in ("sent to the United Kingdom"), and words
#: that make a sentence a rule for Europeans ("if you live in the EEA", "standard contractual clauses").
_EUROPE_AS_PLACE = _lazy_re.compile(r"\b(?:to|in|into|within|from)\s+(?:the\s+)?(?:united kingdom|uk|european union|eu|eea|"
                                    r"european economic area|switzerland|ireland|germany|france|the netherlands|netherlands)\b", re.I)
_EUROPE_RULES = _lazy_re.compile(r"\byou\s+(?:are|live|reside|may|can|have|will)\b|\b(?:gdpr|general data protection|residents?|resid(?:e|es|ing)|living|users|customers|visitors|"
                                 r"citizens|individuals|people|rights?|standard contract(?:ual)? clauses|model clauses|adequacy|"
                                 r"binding corporate rules|privacy shield|safe harbou?r|european commission|"
                                 r"(?:collected|received|transferred|coming) (?:in|from)|"
                                 r"data protection (?:authority|law|laws|act)|supervisory authority)\b", re.I)
#: A use denied that is only the training of models: "to train AI models", "to train our machine
#: learning models"
_TRAIN_MODELS = _lazy_re.compile(r"\bto (?:train|develop|build|improve) (?:our |any |third[- ]party |their |other )?(?:[\w-]+ ){0,2}?"
                                 r"(?:ai|artificial intelligence|machine[- ]learning|ml|language|generative)(?: or [\w-]+)? models?\b", re.I)
#: A parent's permission said as a rule ("you need a parent's permission"), not as advice ("please ask a parent").
_PARENT_MUST = _lazy_re.compile(r"\b(?:need|needs|must|require[sd]?|only with|may only|can only)\b", re.I)
#: The data a transfer denial names ("We do not transfer your health information outside the UK").
_DENIED_TRANSFER_OF = _lazy_re.compile(
    r"\b(?:not|never|n[’']t)\s+(?:\w+\s+)?(?:transfer|send|move|store|process|keep|host)\w*\s+"
    r"(your\s+(?!(?:personal\s+)?(?:data|information|details)\b)(?:[\w-]+\s+){0,2}?(?:data|information|records|details))\b", re.I)
_DNT = {
    "honored": "Yes, they say they honor it.",
    "not_honored": "No, they say they do not respond to Do Not Track signals.",
    "mentioned_but_unclear_if_honored": "They mention it but do not say clearly whether they honor it.",
}
# Where a denial of transfers says data stays ("we do not transfer your data outside the US"), and
# the place a sentence says data is kept in ("stored on servers in the United States").
_OUTSIDE = _lazy_re.compile(r"\boutside (?:of )?(?:the )?([A-Za-z][\w.]*(?: [A-Z][\w.]*){0,3})")
_KEPT_IN = _lazy_re.compile(r"\b(?:in|to|within) (?:the )?([A-Za-z][\w.]*(?: [A-Z][\w.]*){0,3})")
_DENIED_TO_PLACE = _lazy_re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:\w+\s+){0,2}?(?:transfer|send|move|export|store|host|"
                              r"process|share|disclose)\w*\s+(?:[\w-]+\s+){0,4}?(?:to|in|into) (?:the )?(?-i:[A-Z])", re.I)
_LEAVES_PLACE = _lazy_re.compile(r"\b(?:leaves?|leaving|left) (?:the )?((?-i:[A-Z])[\w.]*(?: (?-i:[A-Z])[\w.]*){0,3})", re.I)
_LEAVES_COUNTRY = _lazy_re.compile(r"\b(?:leaves?|leaving|left) (?:the|this|our) country\b", re.I)
_ELSEWHERE = _lazy_re.compile(r"\b(?:other countries|countries other|another country|abroad|overseas|internationally|outside|"
                        r"other (?:locations|jurisdictions|places))\b",
                        re.I)
_PLACE_NAMES = {"us": "us", "u.s": "us", "u.s.": "us", "usa": "us", "united states": "us",
                "united states of america": "us", "uk": "uk", "united kingdom": "uk", "eu": "eu",
                "european union": "eu", "eea": "eea", "european economic area": "eea"}


# The countries of the pack's COUNTRY macro as the label names them ("the United States").
_THE_PLACES = {"united states": "the United States", "united states of america": "the United States",
               "us": "the United States", "usa": "the United States", "u.s.": "the United States",
               "u.s.a.": "the United States", "uk": "the United Kingdom", "u.k.": "the United Kingdom",
               "united kingdom": "the United Kingdom", "great britain": "Great Britain",
               "uae": "the United Arab Emirates", "united arab emirates": "the United Arab Emirates",
               "netherlands": "the Netherlands", "czech republic": "the Czech Republic",
               "philippines": "the Philippines"}


_FROM_BEFORE = _lazy_re.compile(r"\bfrom\s+(?:\w+\s+){0,2}$|\bfrom $", re.I)
_EXCEPT_TO = _lazy_re.compile(r"\b" + _EXCEPTION_OPENER, re.I)  # the words extraction reads as opening an exception


@functools.lru_cache(maxsize=8)
def _country_in(macro: str) -> re.Pattern[str]:
    """Where a quote says data goes or is kept ("stored on servers in Canada"), from the pack's
    COUNTRY macro (a plain alternation RE2 and Python read alike)."""
    return re.compile(r"\b(?:in|to|into|within|from) (?:the )?(" + macro + r")(?:,? (?:and|or) (?:in |to )?(?:the )?(" + macro
                      + r"))?", re.I)


def _place_title(name: str) -> str:
    """A country's name as written in a sentence ("the Republic of Singapore")."""
    words = [w if w in ("of", "and") else w.capitalize() for w in name.lower().split()]
    return ("the " if words[0] == "Republic" else "") + " ".join(words)


def _named_place(quotes: list[str], macro: str | None) -> str | None:
    """Where data goes, as the label says it ("Canada", "Ireland and the United States"): the place
    that every quote naming a place names last, when no quote speaks of other countries; None
    otherwise."""
    if not macro or not quotes:
        return None
    found = set()
    for q in quotes:
        # "not outside the EEA, except to … the USA": the place is the exception's
        q = _EXCEPT_TO.split(q, maxsplit=1)[-1]
        if _ELSEWHERE.search(q):
            return None
        # the last place it names is where it goes, not where it comes from ("Information from TVs
        # in Canada is processed on servers in the United States", "If you use it from the UK, your
        # data is transferred to the US"); two named together count ("to Ireland and the United
        # States")
        here = [m for m in _country_in(macro).finditer(q)
                if not _FROM_BEFORE.search(q, max(0, m.start() - 25), m.start())]
        to = [m for m in here if not m.group(0).lower().startswith("from")]
        here = to or here
        kept = {m.group(0).lower() for m in here if _KEPT_VERB.search(q, max(0, m.start() - 45), m.start())}
        if len(kept) > 1:
            return None  # data kept in several places apart ("located in Germany, … stores backups in Ireland")
        if here:
            found.add(_join([_THE_PLACES.get(p.lower(), _place_title(p)) for p in here[-1].groups() if p]))
    return found.pop() if len(found) == 1 else None


_KEPT_VERB = _lazy_re.compile(r"\b(?:stor\w*|located|hosted|transferr?\w*|kept|held|processed|sent|backups?|servers?)\b[^.;]{0,40}$",
                        re.I)


def _place(name: str) -> str:
    n = name.strip(" .").lower()
    return _PLACE_NAMES.get(n, _PLACE_NAMES.get(n + ".", n))


def _kept_at_home(tr: list[Finding], tr_no: list[Finding]) -> bool:
    """The policy denies sending data outside a place, and every sentence read as a transfer only
    says data is kept in that same place (or, for the EU or the EEA, in one of its countries; or,
    where the denial names no place, "we do not transfer your data to other countries", in any one
    place): no transfer abroad is stated."""
    homes = {_place(m.group(1)) for f in tr_no for e in f.evidence if not e.context
             for m in _OUTSIDE.finditer(e.text)}
    # ("outside the country", "It never leaves the country": the one country it is kept in)
    homes = {"*" if h.lower() in ("country", "this country", "our country") else h for h in homes}
    if any(_LEAVES_COUNTRY.search(e.text) for f in tr_no for e in f.evidence if not e.context):
        homes.add("*")
    if not homes and any(_ELSEWHERE.search(e.text) for f in tr_no for e in f.evidence if not e.context):
        homes = {"*"}
    if not homes:
        return False
    for f in tr:
        for e in f.evidence:
            if e.context:
                continue
            places = {_place(m.group(1)) for m in _KEPT_IN.finditer(e.text)}
            inside = ("*" in homes and places) or places & homes or (homes & {"eu", "eea"} and places & _EEA_COUNTRIES)
            if _ELSEWHERE.search(e.text) or not inside:
                return False
    return True


#: The countries of the European Economic Area (the EU's and Iceland, Liechtenstein, Norway), as
#: :func:`_place` names them: data kept in one of them is kept in the EU or the EEA.
_EEA_COUNTRIES = frozenset(
    "austria belgium bulgaria croatia cyprus czechia denmark estonia finland france germany greece "
    "hungary ireland italy latvia lithuania luxembourg malta netherlands poland portugal romania slovakia slovenia "
    "spain sweden iceland liechtenstein norway".split()) | {"czech republic"}
# ... and the European countries outside it that policies count in it when they say data does not
# leave it ("Your information is held on servers in the United Kingdom. We do not transfer your
# personal information outside the European Economic Area": a British charity's own area)
_NEAR_EEA = frozenset({"united kingdom", "uk", "u.k.", "great britain", "britain", "england", "scotland", "wales",
                       "northern ireland", "switzerland"})


_OTHER_NAMED = "Other named companies"
# Companies named after "with" or "to" ("with Checkr, Onfido and TaskUs"), one capitalised word
# each (or an acronym), and the words that look like one but name none.
# (a name in two parts joined by a hyphen is one: "Blue-Ridge", "Tri-State")
_NAMED_AFTER = _lazy_re.compile(r"\b(?:with|to)\s+((?:[A-Z][a-z]+(?:-?[A-Z][a-z]+)?|[A-Z]{3,5})"
                          r"(?:(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:[A-Z][a-z]+(?:-?[A-Z][a-z]+)?|[A-Z]{3,5}))*)\b")
_NOT_A_NAME = frozenset({"You", "Your", "Us", "Our", "The", "This", "These", "Those", "Their", "Its", "It", "Them",
                         "Any", "All", "Other", "Others", "Third", "Such", "Section", "Sections", "Policy", "Privacy",
                         "Personal", "Company", "Law", "Applicable", "California", "Europe", "European", "Canada",
                         "United", "Please", "Terms", "Affiliates", "Partners", "Services", "Service"})


def _company_names(findings: list[Finding], countries: str | None = None) -> list[str]:
    """The companies named after "with"/"to" in the findings' quotes, each once, in order; not the
    places of ``countries`` (the pack's COUNTRY macro: "transferred to Ireland")."""
    place = re.compile(r"(?:" + countries + r")$", re.I) if countries else None
    out: list[str] = []
    for f in findings:
        for e in f.evidence:
            if e.context:
                continue
            for m in _NAMED_AFTER.finditer(e.text):
                for n in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", m.group(1)):
                    if n and n not in _NOT_A_NAME and n not in out and not (place and place.match(n)):
                        out.append(n)
    return out


def _quoted_matches(pattern: Any, findings: list[Finding]) -> Iterator[tuple[str, Any]]:
    """(quote, match) for each match of ``pattern`` in the findings' own quotes (not lead-ins)."""
    if pattern is None:
        return
    for f in findings:
        for e in f.evidence:
            if not e.context:
                for m in pattern.finditer(e.text):
                    yield e.text, m


def _six_names(names: Iterable[str]) -> str:
    """Up to six of ``names``, each once (case aside), as first written, joined by commas."""
    seen: dict[str, str] = {}
    for n in names:
        if n and n.lower() not in seen:
            seen[n.lower()] = n
            if len(seen) >= 6:
                break
    return ", ".join(seen.values())


def _names_in(pattern: Any, findings: list[Finding]) -> str:
    """The words a taxonomy term's ``pattern`` matches in the findings' quotes ("Stripe, Royal Mail,
    DPD"): up to six, each once (case aside), as the policy writes them."""
    return _six_names(" ".join(m.group(0).split()) for _q, m in _quoted_matches(pattern, findings))


# Companies named in brackets right after a kind of recipient ("our shipping partners (PostNord and
# DHL)", "payment processors (such as Stripe)"): capitalised names, one to four words each.
_NAME = r"[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|&|of|and the))*"
_PAREN_NAMES = _lazy_re.compile(r"\s*\((?:(?:such as|e\.g\.,?|including|like|namely|for example,?|currently)\s+)?"
                          rf"({_NAME}(?:(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+){_NAME})*)\s*\)")


# What brackets after a kind of recipient hold that names no company: an acronym of the kind ("ISPs")
# or a term the policy defines ("Targeted Advertising").
_NOT_A_COMPANY = _lazy_re.compile(r"(?-i:^[A-Z]{2,6}s$)|\b(?:advertising|marketing|services?|providers?|partners?|vendors?|"
                            r"processors?|data|information|affiliates?|parties|companies|analytics|cookies?)$", re.I)


def _names_after(pattern: Any, findings: list[Finding]) -> str:
    """The companies the findings' quotes name in brackets right after a match of a taxonomy term's
    ``pattern`` ("shipping partners (PostNord and DHL)" → "PostNord, DHL"), up to six, or ""."""
    def names() -> Iterator[str]:
        for quote, m in _quoted_matches(pattern, findings):
            got = _PAREN_NAMES.match(quote, m.end())
            if got is not None:
                for n in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", got.group(1)):
                    n = n.strip(" .")
                    if len(n) > 1 and n not in _NOT_A_NAME and not _NOT_A_COMPANY.search(n):
                        yield n

    return _six_names(names())


# A denial that holds only until the reader agrees (extraction marks it "until_consent"): the
# label says so, rather than promise it never happens.
_BUT_CONSENT = " without your consent"


#: Data said to be anonymous or in totals only: "anonymous, aggregated information", "only
#: anonymous statistics about our users".
_ANONYMOUS_DATA = _lazy_re.compile(r"\b(?:anonymous|anonymi[sz]ed|aggregated?|de-?identified|non-?personal|statistical)\b"
                             r"(?:,? (?:and |or )?(?:anonymous|anonymi[sz]ed|aggregated?|de-?identified|non-?personal|statistical|"
                             r"combined|pooled|summary|non-?identifying))*"
                             r" (?:data|information|statistics|reports?|totals|numbers|figures|demographic information)\b", re.I)


def _only_anonymous(findings: list[Finding]) -> str:
    """"only anonymous or aggregated data" when every one of these sharing findings says the data it
    shares is so ("Advertisers may receive anonymous, aggregated information"), else ""."""
    quotes = [[e.text for e in f.evidence if not e.context] for f in findings]
    if quotes and all(qs and all(_anonymous_shared(q) for q in qs) for qs in quotes):
        return "only anonymous or aggregated data"
    return ""


_SHARE_VERB = _lazy_re.compile(r"\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|"
                         r"sen(?:d|ds|t|ding)|transferr?(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|report(?:s|ed|ing)?|"
                         r"publish(?:es|ed|ing)?|releas(?:e|es|ed|ing)|sell(?:s|ing)?|sold|pass(?:es|ed|ing)?|make available|"
                         # (what they gather first: "may use cookies … to collect information …; to
                         # report anonymous … information" is no sharing of anonymous data only)
                         r"collect(?:s|ed|ing)?|gather(?:s|ed|ing)?|track(?:s|ed|ing)?|us(?:e|es|ed|ing))\b", re.I)
_PERSONAL_TOO = _lazy_re.compile(r"\bpersonal(?:ly)?\b|\byour (?:name|e-?mail|address|phone|data|information|details)\b", re.I)


def _anonymous_shared(quote: str) -> bool:
    """Is what the first verb of sharing in ``quote`` passes on anonymous or aggregated data, and
    nothing personal besides ("We may publicly disclose aggregated information about our users";
    not "your personal and non-personal information", nor data shared with companies that then
    "may share aggregated data")?"""
    verb = _SHARE_VERB.search(quote)
    if verb is None:
        return False
    near = [m for m in _ANONYMOUS_DATA.finditer(quote)
            if verb.end() <= m.start() <= verb.end() + 60 or verb.start() - 40 <= m.end() <= verb.start()]
    if not near:
        return False
    # (personal data named in a clause before, as what was made anonymous, is not passed on: "As a
    # result of the User's personal data processing through its anonymization, … anonymous
    # statistical data … are transferred to a third party")
    rest = _ANONYMOUS_DATA.sub(" ", quote[min(verb.start(), near[0].start()):])
    return not _PERSONAL_TOO.search(rest)


def _only_with_consent(findings: list[Finding]) -> bool:
    """Every one of these denials holds only until the reader consents."""
    return bool(findings) and all(f.facts.get("until_consent") for f in findings)


# Recipient names that stand for anyone outside the company: a denial naming them rules out sharing
_ANYONE = frozenset({"third parties", "partners", "other companies"})
_GPC = "They honor Global Privacy Control (GPC), a browser setting that asks sites not to sell or share your data"
_AUDIENCE = {"californians": "people in California", "europeans": "people in Europe",
             "citizens_from_other_countries": "people in other countries"}


@dataclass
class Item:
    """One line of an answer: a plain phrase, optional detail, and the evidence it came from."""

    text: str
    detail: str = ""
    refs: list[int] = field(default_factory=list)
    negated: bool = False
    hedged: bool = False

    def __post_init__(self) -> None:
        # a detail that only repeats the line ("Other users (other users)") says nothing more
        if self.detail and self.detail.casefold() == self.text.casefold():
            self.detail = ""
        elif self.detail.casefold().startswith(self.text.casefold() + "; "):  # (a condition after it)
            self.detail = self.detail[len(self.text) + 2:]

    def to_dict(self) -> dict:
        return {"text": self.text, "detail": self.detail, "refs": self.refs, "negated": self.negated,
                "hedged": self.hedged}


@dataclass
class Answer:
    key: str
    question: str
    status: str
    summary: str
    items: list[Item] = field(default_factory=list)
    #: The sharing answer says data is shared but names no one it goes to ("They share data
    #: when the law requires it"); the at-a-glance line then words it differently. Not part of
    #: the JSON: the items already say it in words.
    unnamed: bool = False

    @property
    def refs(self) -> list[int]:
        out: list[int] = []
        for it in self.items:
            for r in it.refs:
                if r not in out:
                    out.append(r)
        return sorted(out)

    def to_dict(self) -> dict:
        return {"key": self.key, "question": self.question, "status": self.status, "summary": self.summary,
                "items": [i.to_dict() for i in self.items], "refs": self.refs}


@dataclass
class Label:
    """A complete privacy nutrition label for one document."""

    document: Document
    findings: list[Finding]
    name: str
    organization: str
    last_updated: str
    governing_law: str
    answers: list[Answer]
    evidence: list[Evidence]
    readability: Readability
    label_readability: Readability
    verdict: str
    is_privacy_policy: bool
    warnings: list[str]
    extra: dict[str, Any] = field(default_factory=dict)

    # ------------------------------------------------------------------ derived
    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a.status != NOT_STATED)

    @property
    def not_stated(self) -> list[Answer]:
        return [a for a in self.answers if a.status == NOT_STATED]

    def answer(self, key: str) -> Answer:
        for a in self.answers:
            if a.key == key:
                return a
        raise KeyError(key)

    @property
    def practices(self) -> list[dict]:
        return practices_of(self.findings)

    @property
    def glance(self) -> str:
        ns = ", ".join(_SHORT[a.key] for a in self.not_stated)
        s = f"Answers {self.answered} of {len(self.answers)} questions"
        return s + (f" (not stated: {ns})." if ns else ".")

    # ------------------------------------------------------------------ output
    def to_dict(self, include_text: bool = True) -> dict:
        """The label as plain data (what ``-f json`` and ``-f yaml`` print)."""
        return {
            "summarizer": {"version": __version__, "practices_contract": 1},
            "name": self.name,
            "organization": self.organization,
            "last_updated": self.last_updated,
            "governing_law": self.governing_law,
            "is_privacy_policy": self.is_privacy_policy,
            "warnings": self.warnings,
            "at_a_glance": {"verdict": self.verdict, "answered": self.answered, "questions": len(self.answers),
                            "not_stated": [a.key for a in self.not_stated],
                            "not_stated_words": [_SHORT[a.key] for a in self.not_stated], "line": self.glance},
            "answers": {a.key: a.to_dict() for a in self.answers},
            "evidence": [{"id": i + 1, **e.to_dict()} for i, e in enumerate(self.evidence)],
            "readability": {"policy": self.readability.to_dict(), "label": self.label_readability.to_dict()},
            "source": self.document.to_dict(include_text=include_text),
            "practices": self.practices,
        }

    def to_json(self, indent: int | None = 2, include_text: bool = True) -> str:
        """JSON text; same input gives byte-identical output."""
        return label_json_text(self.to_dict(include_text=include_text), indent=indent)

    def to_yaml(self, include_text: bool = True) -> str:
        import yaml

        return yaml.safe_dump(self.to_dict(include_text=include_text), sort_keys=False, allow_unicode=True,
                              width=100)

    def render(self, fmt: str = "markdown", template_dirs: list[str] | None = None) -> str:
        """Render with the Jinja templates (``markdown`` or ``html``); see :mod:`summarizer.render`."""
        from .render import render_label

        return render_label(self, fmt, template_dirs=template_dirs)

    def to_markdown(self, template_dirs: list[str] | None = None) -> str:
        return self.render("markdown", template_dirs)

    def to_html(self, template_dirs: list[str] | None = None) -> str:
        return self.render("html", template_dirs)

    def plain_text(self) -> str:
        """The label's own words (verdict and answers), as measured for readability."""
        parts = [self.verdict]
        for a in self.answers:
            parts.append(a.summary)
        return "\n".join(p for p in parts if p)


def _orjson_safe(data: dict) -> bool:
    """Can orjson write this label exactly as ``json.dumps`` would? It writes strings, ints,
    lists and dicts alike; floats alike unless tiny (1e-05 vs 0.00001) or not finite (NaN vs
    null). A label's only floats are its readability figures (tests/test_label.py checks this)."""
    for key in ("policy", "label"):
        for v in data.get("readability", {}).get(key, {}).values():
            if isinstance(v, float) and not (v == 0.0 or 1e-4 <= abs(v) < 1e16):
                return False
    return True


def label_json_text(data: dict, indent: int | None = 2) -> str:
    """``json.dumps(data, indent=indent, ensure_ascii=False) + "\\n"`` for ``data`` shaped like
    :meth:`Label.to_dict` (whose only floats are the readability figures).

    For the usual ``indent=2`` it is written with orjson when installed (the same bytes, about
    ten times faster than the standard library, whose indenting encoder is pure Python); anything
    orjson would write differently or refuses (lone surrogates, non-string keys, huge ints) goes
    to the standard library."""
    if indent == 2 and _orjson is not None and _orjson_safe(data):
        try:
            # passthrough: dataclasses, datetimes and str/int/dict/list subclasses go to the
            # standard library (which writes subclasses as their base type and refuses the rest)
            return _orjson.dumps(data, option=_ORJSON_OPTIONS).decode("utf-8") + "\n"
        except (TypeError, ValueError):  # orjson.JSONEncodeError is a TypeError
            pass
    return json.dumps(data, indent=indent, ensure_ascii=False, sort_keys=False) + "\n"


try:
    import orjson as _orjson

    _ORJSON_OPTIONS = (_orjson.OPT_INDENT_2 | _orjson.OPT_PASSTHROUGH_DATACLASS | _orjson.OPT_PASSTHROUGH_DATETIME
                       | _orjson.OPT_PASSTHROUGH_SUBCLASS)
except ImportError:  # pragma: no cover - a declared dependency; the standard library still works
    _orjson = None


_SHORT = {"collected": "what is collected", "purposes": "why", "retention": "how long data is kept",
          "sharing": "sharing", "sold": "whether data is sold", "rights": "your choices", "security": "security",
          "children": "children", "transfers": "transfers abroad", "changes": "policy changes",
          "dnt": "Do Not Track", "contact": "contact"}


# ---------------------------------------------------------------------------------------------


class _Refs:
    """Numbers evidence spans in document order, once each."""

    def __init__(self, findings: list[Finding]) -> None:
        spans = sorted({(e.start, e.end): e for f in findings for e in f.evidence}.values(),
                       key=lambda e: (e.start, e.end))
        self.evidence = spans
        self.index = {(e.start, e.end): i + 1 for i, e in enumerate(spans)}

    def of(self, findings: list[Finding], limit: int = 3) -> list[int]:
        out = sorted({self.index[(e.start, e.end)] for f in findings for e in f.evidence})
        return out[:limit]


def _join(words: list[str], last: str = "and") -> str:
    """"A, B and C". Where an item has an "and" or "or" of its own ("payment and financial
    data"), a comma before the list's last word shows where the items part: "contact details,
    payment and financial data, and IP address and device IDs"."""
    words = [w for w in words if w]
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    serial = any(_OWN_CONJUNCTION.search(w) for w in words)
    return ", ".join(words[:-1]) + ("," if serial else "") + f" {last} " + words[-1]


_OWN_CONJUNCTION = _lazy_re.compile(r"\b(?:and|or)\b")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _values(findings: list[Finding], attr: str) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in findings:
        for v in f.attributes.get(attr, []):
            out.setdefault(v, []).append(f)
    return out


# Where a term used as a modifier ends inside a longer term: "third-party" in "third-party
# partners" (a hyphen or a space, then the longer term's head noun; not "and", "or": "operating
# system and browser" names two things).
# (read in the evidence's UTF-8 bytes, as the matches' spans are: see extract.match_spans)
_MODIFIER_END = _lazy_re.compile(rb"(?:-| (?!(?:and|or|nor)\b))\w", re.I)


class _OuterTerms:
    """The term names of an attribute a finding holds, less those named only inside a longer term:
    in "payment processors" the service-provider word "processors" is part of the payment
    processors, so the label names one kind of company, not two; in "third-party partners" the
    words "third-party" only say what kind of partners. A name is dropped only when every match of
    it is the tail of a longer match of another name (the same head noun with more words before
    it) or its head (a modifier with the head noun after it); terms that merely sit in another
    term's context ("operating system" in "operating system and browser") stay. Names whose
    matches cannot be found again are kept.

    One per label: a finding is asked about by several answers (once per value it holds), and
    the answer is worked out once."""

    def __init__(self, tax: Any) -> None:
        self._tax = tax
        self._patterns: dict[str, dict[str, Any]] = {}  # attribute -> term name -> pattern
        self._seen: dict[tuple[int, str], list[str]] = {}  # (id of a finding, attribute) -> names

    def __call__(self, f: Finding, attr: str) -> list[str]:
        names = f.terms.get(attr, [])
        if len(names) < 2:
            return names
        key = (id(f), attr)  # the findings outlive this object, so their ids are not reused
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self._outer(f, attr, names)
        return found

    def pattern(self, attr: str, name: str) -> Any:
        """The pattern of the term ``name`` of ``attr`` (None if there is no such term)."""
        return self._terms(attr).get(name)

    def _terms(self, attr: str) -> dict[str, Any]:
        patterns = self._patterns.get(attr)
        if patterns is None:
            patterns = self._patterns[attr] = {
                t.name: t.pattern for tv in self._tax.attributes.get(attr, {}).values() for t in tv.terms}
        return patterns

    def _outer(self, f: Finding, attr: str, names: list[str]) -> list[str]:
        patterns = self._terms(attr)
        text = "\n".join(e.text for e in f.evidence if not e.context) or "\n".join(e.text for e in f.evidence)
        spans: dict[str, list[tuple[int, int]]] = {}
        for n in names:
            pat = patterns.get(n)
            if pat is not None:
                # (only compared with each other's: offsets in bytes do as well as in characters)
                spans[n] = [(a, b) for a, b in match_spans(pat, text) if b > a]
        encoded = text.encode()
        keep = []
        for n in names:
            own = spans.get(n)
            inside = bool(own) and all(
                any(o != n and ((a < s and e == b) or (a == s and e < b and _MODIFIER_END.match(encoded, e)))
                    for o, sp in spans.items() for a, b in sp)
                for s, e in own
            )
            if not inside:
                keep.append(n)
        return keep


#: Children's data as what a sentence is about ("children's personal information", "profiles of children").
_CHILDRENS_DATA = _lazy_re.compile(r"\b(?:children|kids|minors|students|a child|the child)[’']s?\b|\b(?:of|from|about) "
                             r"(?:children|kids|minors|a child|students)\b", re.I)


_OTHER_PI = _lazy_re.compile(r"\b(?:or|and|nor|any) other (?:personal(?:ly)? (?:identifiable |identifying )?(?:information|data|details)|"
                             r"pii|information (?:that|which) (?:identifies|could identify|can identify))\b", re.I)
_CONTRAST = _lazy_re.compile(r"(?:,|;|\s)\s*(?:but|however|whereas|while|although|though)\b", re.I)
_NARROW_KINDS = frozenset({"precise location", "full card number"})
_SAYS_PRECISE = _lazy_re.compile(r"\b(?:precise|exact|gps|real[- ]time|(?:precise )?geo-?location|latitude|longitude|fine)\b",
                                 re.I)
_CONTACT_WORDS = frozenset({"name", "email address", "postal address", "phone number"})


def _kind_words(f: Finding, value: str, tax: Any) -> list[str]:
    """How to say a kind of data ``f`` names after "your": its label ("health data"), or for
    what the reader does, the words the sentence used ("driving behaviour"), as the label's own
    words ("what you do on the site or app") do not follow "your"."""
    label = _lower_first(tax.label("personal_information_type", value))
    # (a denial of the narrow kind only: "We do not share your precise location with advertising
    # partners", when they use the approximate one)
    narrow = [n for n in (f.terms.get("personal_information_type") or []) if n in _NARROW_KINDS]
    if "precise location" in narrow and not any(_SAYS_PRECISE.search(e.text) for e in f.evidence if not e.context):
        narrow = []  # (the term also reads "location information": no narrower than location)
    if narrow and set(f.terms.get("personal_information_type") or []) <= _NARROW_KINDS | {label}:
        return narrow
    # (contact details by the ones named: "We do not sell, rent or trade your e-mail address", beside
    # a name and postal address shared with other retailers)
    named = [n for n in (f.terms.get("personal_information_type") or []) if n in _CONTACT_WORDS]
    if value == "contact" and named and len(named) <= 2 and all(
            n in _CONTACT_WORDS for n in (f.terms.get("personal_information_type") or [])
            if n in {t.name for t in tax.attributes["personal_information_type"]["contact"].terms}):
        return named
    if not label.startswith("what you do ") and "," not in label:
        return [label]  # (a label that lists kinds, "photos, recordings or contacts", is said by the one named)
    own = {t.name for t in tax.attributes["personal_information_type"][value].terms}
    return [_AFTER_YOUR.get(n, n) for n in (f.terms.get("personal_information_type") or []) if n in own] or [_as_your(label)]


#: Terms named for the device they come from, as data read after "your" ("your voice recordings",
#: not "your microphone")
_AFTER_YOUR = {"microphone": "voice recordings", "camera": "camera images", "content you post": "content"}


def _as_your(label: str) -> str:
    """A kind of data's label as it reads after "your" ("your activity on the site or app", not
    "your what you do on the site or app")."""
    return "activity on the site or app" if label.startswith("what you do ") else label


def _denial_exception(denials: list[Finding]) -> str:
    """The exception the first of ``denials`` that makes one states, in the policy's words
    ("except our cloud host"), or "": a denial with an exception is no flat no."""
    for f in denials:
        e = f.facts.get("except")
        if e:
            return e
    return ""


# An exception that only points to the sharing listed elsewhere ("except as the policy describes",
# "except in the following circumstances", "apart from these")
_POINTING = _lazy_re.compile(r"^(?:except|other than|apart from|aside from|save|besides)(?: for| that)?,? (?:as\b|in the following\b|"
                       r"(?:these|them|those|the following|the above|the circumstances|the cases)\b)", re.I)


def _excepting_apart(denials: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """(flat, excepting): the denials without and with an exception of their own (not one that
    only points to the sharing listed elsewhere), so that each exception stays with its denial."""
    excepting = [f for f in denials if f.facts.get("except") and not _POINTING.match(f.facts["except"])]
    return [f for f in denials if f not in excepting], excepting


def _open_exception(denials: list[Finding]) -> str:
    """:func:`_denial_exception`, unless it only points to the sharing the label lists anyway."""
    e = _denial_exception(denials)
    return "" if _POINTING.match(e) else e


def _period(text: str) -> str:
    """``text`` ended as a sentence: a quote cut short ends in "…", which takes no full stop."""
    return text if text.endswith(("…", ".")) else text + "."


def _term_names(findings: list[Finding], attr: str, value_terms: set[str], outer: _OuterTerms) -> list[str]:
    names: list[str] = []
    for f in findings:
        for n in outer(f, attr):
            if n in value_terms and n not in names:
                names.append(n)
    return names


_POLICY_WORD = _lazy_re.compile(r"\b(?:privacy|personal (?:data|information)|cookies?|collect|permissions?|advertising id|tracking)\b", re.I)


def build_label(doc: Document, findings: list[Finding], pack: RulePack, name: str | None = None,
                readability: Readability | None = None) -> Label:
    """Assemble the label from a document and its findings (``readability``: the document's,
    if measured already)."""
    tax = pack.taxonomy
    outer = _OuterTerms(tax)
    refs = _Refs(findings)

    def cat(c: str, negated: bool | None = None) -> list[Finding]:
        return [f for f in findings if f.category == c and (negated is None or f.negated == negated)]

    def facts(key: str) -> list[tuple[Any, Finding]]:
        return [(f.facts[key], f) for f in findings if key in f.facts]

    answers: list[Answer] = []

    # 1. collected ------------------------------------------------------------------------
    fp = cat("first_party_collection_use")
    fp_pos = [f for f in fp if not f.negated]
    items: list[Item] = []
    # Data that other companies collect on the service for it ("our payment processor collects
    # your card number", "analytics providers collect usage data") is collected from you too.
    onsite = [f for f in cat("third_party_sharing_collection", negated=False)
              if "collect_on_first_party_website_app" in f.attributes.get("action_third_party", [])]
    pit = _values(fp_pos + onsite, "personal_information_type")
    denied_here = {v for f in fp if f.negated for v in f.attributes.get("personal_information_type", ())}
    order = list(tax.attributes.get("personal_information_type", {}))
    for v in list(pit):
        if _only_inside_other_kinds(v, pit[v], tax, outer):  # ("video" in "audio, video and whiteboard")
            del pit[v]
    if len(pit) > 1:
        # "personal information (not specified)" says nothing once the policy names the data
        pit.pop("generic_personal_information", None)
    for v in sorted(pit, key=lambda x: order.index(x) if x in order else 99):
        tv = tax.attributes["personal_information_type"].get(v)
        terms = _term_names(pit[v], "personal_information_type", {t.name for t in tv.terms} if tv else set(), outer)
        kind = tax.label("personal_information_type", v)
        if len(terms) > 1:  # "Location (precise location)", not "(precise location, location)"
            terms = [t for t in terms if t.lower() != kind.lower()]
        # (words of the kind only another company collects, beside words they collect themselves:
        # "the last four digits of your card; full card numbers are handled by our payment
        # processor and never reach our servers")
        theirs = [n for n in terms if (own := [f for f in pit[v] if n in outer(f, "personal_information_type")])
                  and not any(f in fp_pos for f in own)
                  and all(any(_NOT_BY_US.search(e.text) for e in f.evidence if not e.context) for f in own)]
        if theirs and len(theirs) < len(terms):
            terms = [n for n in terms if n not in theirs]
        else:
            theirs = []
        patterns = [outer.pattern("personal_information_type", n) for n in terms]
        # (what they say they use it for says nothing of when they collect it: "We collect your
        # precise location only when you turn on Nearby Events. We use your location to show you
        # events near you.")
        collected = [f for f in pit[v] if not f.facts.get("reports_use")] or pit[v]
        if any(not any(n in outer(f, "personal_information_type") for f in collected) for n in terms):
            collected = pit[v]  # (a word only a use names: its case is the use's)
        condition = _consent_condition(collected, patterns, asked=True) or _only_when_you(collected, patterns)
        if not condition and len(terms) > 1:
            # (a condition on one of the kind's words: "We collect your city from your IP address.
            # We collect precise GPS location only if you turn on Nearby Circles")
            cases = []
            for n in terms[:6]:
                own = [f for f in collected if n in outer(f, "personal_information_type")]
                p = [outer.pattern("personal_information_type", n)]
                cases.append((_consent_condition(own, p, asked=True) or _only_when_you(own, p)) if own else "")
            if all(cases) and len(set(cases)) == 1:  # (the same case for each: said once)
                detail = _and_detail(", ".join(terms[:6]), cases[0])
            else:
                # (the words of one case together: "name, email address when you make a
                # reservation; contact information")
                by_case: dict[str, list[str]] = {}
                for n, c in zip(terms[:6], cases):
                    by_case.setdefault(c, []).append(n)
                detail = "; ".join(", ".join(ns) + (f" {c}" if c else "") for c, ns in by_case.items())
        else:
            detail = _and_detail(", ".join(terms[:6]), condition)
        if not any(f in fp_pos for f in pit[v]) and (v in denied_here or all(
                any(_NOT_BY_US.search(e.text) for e in f.evidence if not e.context) for f in pit[v])):
            # (only another company collects it for them: "Full card numbers are handled by our
            # payment processor, Stripe; we never see or store them")
            detail = _and_detail(detail, "collected by another company for them")
        if theirs:
            detail = f"{detail}; {', '.join(theirs)} collected by another company for them"
        if v == "other":
            # (data of no kind OPP-115 names, said for what it is: "Schoolwork and grades"; each
            # such group its own line beside photos or recordings)
            groups: dict[str, list[str]] = {}
            for n in terms + theirs:
                groups.setdefault(_OTHER_KINDS.get(n, kind), []).append(n)
            if len(groups) > 1:
                for g, ns in groups.items():
                    own = [f for f in pit[v] if set(ns) & set(outer(f, "personal_information_type"))]
                    items.append(Item(_cap(g), ", ".join(n for n in ns if n != g), refs.of(own or pit[v])))
                continue
            kind = next(iter(groups), kind)
        items.append(Item(_cap(kind), detail, refs.of(pit[v])))
    src = _values(fp_pos, "source")
    how = [tax.label("source", s) for s in ("you", "automatic", "others") if s in src]
    # (a denial of a use denies that use, answered under purposes: "we will not use your health
    # information for marketing" does not say they do not collect health information; nor does
    # a denied use (a rule's fact ``reports_use``) that names no purpose the taxonomy knows. Trackers are
    # the exception: an app that "doesn't use any analytics or advertising SDKs" collects nothing
    # through them, whatever they would be for.)
    fp_neg = [f for f in fp if f.negated and not _denies_a_use_for(f, outer) and not _denies_keeping_only(f)
              and (_only_trackers(f) or not (f.attributes.get("purpose") or "reports_use" in f.facts))]
    # The kinds of data they say they do not collect, and collect nowhere else ("We do not ask for
    # your name or email address"; "I do not collect your financial data" rules out financial
    # data, not all personal information).
    neg = _values(fp_neg, "personal_information_type")
    # ... but a denial that says "any personal information" in so many words rules it all out
    all_denied = any("personal information" in f.terms.get("personal_information_type", ())
                     for f in neg.pop("generic_personal_information", ()))

    def is_ruled_out(v: str) -> bool:
        if v not in pit:
            return True
        # a denial of a kind they collect, narrowed to some circumstance ("we do not track your
        # location in the background", "…when the app is closed"): the kind is still collected
        if all(any(_CIRCUMSTANCE.search(e.text) or _denied_case(e.text) for e in f.evidence if not e.context) for f in neg[v]):
            return False
        # ...or a kind they collect, when the denial names only words of it they collect nowhere
        # ("We collect your name. We do not collect your phone number.")
        tv = tax.attributes["personal_information_type"].get(v)
        known = {t.name for t in tv.terms} if tv else set()
        # (a denial in the kind's own word, "we do not collect your location when the app is
        # closed", does not rule out the precise location collected)
        kind = tax.label("personal_information_type", v).lower()
        denied_names = [n for n in _term_names(neg[v], "personal_information_type", known, outer) if n.lower() != kind]
        return bool(denied_names) and not set(denied_names) & set(
            _term_names(pit[v], "personal_information_type", known, outer))

    ruled_out = [v for v in sorted(neg, key=lambda x: order.index(x) if x in order else 99)
                 if is_ruled_out(v) and not _only_inside_other_kinds(v, neg[v], tax, outer)]

    def denied_words(v: str) -> str:
        # A denial is as narrow as its words: "we do not use advertising pixels" rules out pixels,
        # not every cookie and tracker; the kind of data follows in brackets.
        kind = _lower_first(tax.label("personal_information_type", v))
        tv = tax.attributes["personal_information_type"].get(v)
        names = _term_names(neg[v], "personal_information_type", {t.name for t in tv.terms} if tv else set(), outer)
        if v in pit and names and len(names) <= 4 and any(_names_kind(n, kind) for n in names):
            # a kind they collect other words of, denied in a word for the whole kind: the
            # denial's own words ("device ID"), not the kind ("IP address and device IDs", of
            # which the IP address is collected)
            return _join(names, "or")
        if not names or len(names) > 4 or any(_names_kind(n, kind) for n in names):
            return kind  # no narrower words, or a word for the whole kind among them
        return f"{_join(names, 'or')} ({kind})"

    def _names_kind(name: str, kind: str) -> bool:
        # a catch-all ("other demographics") or a term that names the kind itself ("financial
        # data" is a "payment information" term, and names "payment and financial data")
        pattern = outer.pattern("personal_information_type", name)
        return (name.startswith("other ") or name.lower() == kind.lower()
                or (pattern is not None and pattern.search(kind) is not None))

    ruled_out_words = _join([denied_words(v) for v in ruled_out])
    if items:
        summary = _sentences("They collect", "They also collect", [_lower_first(i.text) for i in items])
        if how:
            summary += " They get it " + _join(how) + "."
        status = STATED
        if how:
            items.append(Item("How they get it: " + _join(how), "", refs.of([f for s in src.values() for f in s])))
        if ruled_out:
            case = _circumstance([f for v in ruled_out for f in neg[v]])
            words = ruled_out_words
            if not case and len(ruled_out) > 1:
                # each kind with its own case, when they differ ("We don't collect biometric data, and we
                # don't read your messages except to investigate a report of fraud")
                cases = [_circumstance(neg[v]) for v in ruled_out]
                if any(cases):
                    said = [denied_words(v) + (f" {c}" if c else "") for v, c in zip(ruled_out, cases)]
                    words = said[0] + "".join(f", nor {w}" for w in said[1:])
            items.append(Item("They say they do not collect " + words, case,
                              refs.of([f for v in ruled_out for f in neg[v]]), negated=True))
    elif fp_neg:
        summary = ("They say they do not collect " + ruled_out_words + "." if ruled_out and not all_denied
                   else f"They say they do not collect personal information, nor {ruled_out_words}." if ruled_out
                   else "They say they do not collect personal information.")
        # a denial of data the taxonomy has no kind for, in words that name no data as a whole ("We
        # do not record connection timestamps or session duration"): what it names, not a denial
        # of all collection
        if not ruled_out and not any(_ANY_DATA.search(e.text) for f in fp_neg for e in f.evidence if not e.context):
            named = [m for f in fp_neg for e in f.evidence if not e.context for m in [_DENIED_OBJECT.search(e.text)]
                     if m and not _PRONOUN_OBJECT.match(m.group(2))]
            summary = (f"They say they do not {named[0].group(1).lower()} {' '.join(named[0].group(2).split())}."
                       if named else "They say they do not collect some data (see the quote).")
        items = [Item(summary, _circumstance(fp_neg), refs.of(fp_neg), negated=True)]
        status = DENIED
    elif fp_pos:
        summary = "They collect information, but do not say clearly what."
        items = [Item(summary, "", refs.of(fp_pos))]
        status = STATED
    else:
        summary, status = "Not stated.", NOT_STATED
    answers.append(Answer("collected", QUESTIONS[0][1], status, summary, items))

    # 2. purposes ---------------------------------------------------------------------------
    pur = _values([f for f in cat("first_party_collection_use") + cat("third_party_sharing_collection")
                   if not f.negated], "purpose")
    porder = list(tax.attributes.get("purpose", {}))
    # (with the condition every sentence of a use puts on it, in the clause that names the use: "to
    # send you billing messages and, if you ask for it, our monthly newsletter")
    def use_terms(v: str) -> list[Any]:
        tv = tax.attributes["purpose"].get(v)
        own = {t.name for t in tv.terms} if tv else set()
        return [outer.pattern("purpose", n) for f in pur[v] for n in outer(f, "purpose") if n in own]

    def use_condition(v: str) -> str:
        # (first without the clause test, which needs the terms: most uses have no condition at all)
        # (a use read from a denial that holds in one case holds outside it: "not if you turn on…")
        return _join_cases(_not_when(pur[v]), _consent_condition(pur[v], use_terms(v)) if _consent_condition(pur[v]) else "")

    items = [Item(_cap(tax.label("purpose", v)), use_condition(v), refs.of(pur[v]))
             for v in sorted(pur, key=lambda x: porder.index(x) if x in porder else 99)]
    # a use they rule out ("we never use student data to build advertising profiles"), when no
    # other sentence says they do it: often the promise the reader most needs to see
    ruled_out = _values([f for f in cat("first_party_collection_use", negated=True) if "reports_use" in f.facts],
                        "purpose")
    denied_items = []
    for v in sorted(set(ruled_out) - set(pur), key=lambda x: porder.index(x) if x in porder else 99):
        but = _BUT_CONSENT if _only_with_consent(ruled_out[v]) else ""
        # A denial is as narrow as its words: "we do not use the content of your messages to target
        # ads" says nothing of the rest of the data. The data each denial names, when every one
        # names some (and none all personal information).
        named = [outer(f, "personal_information_type") for f in ruled_out[v]]
        what = "it"
        if all(_CHILDRENS_DATA.search(e.text) for f in ruled_out[v] for e in f.evidence if not e.context):
            # a denial about children's data only ("we do not build marketing profiles of children",
            # in a service that markets to parents)
            what = "children's data"
        elif all(named) and not any("personal information" in n for n in named):
            words = list(dict.fromkeys(n for ns in named for n in ns))
            if len(words) <= 3 and not any(w.startswith("other ") for w in words):  # (not a catch-all's name)
                what = _join(words, "or")
        elif not any(named):
            # data no taxonomy term names, named in the denial's own words ("we do not use ANPR data
            # for marketing"): as narrow as they are
            own = list(dict.fromkeys(_own_words(f, _USED_DATA, _ALL_DATA) for f in ruled_out[v]))
            if all(own) and len(own) <= 2:
                what = _join(own, "or")
        detail = _circumstance(ruled_out[v])
        if but and re.match(r"(?:unless|without)\b", detail, re.I):
            detail = ""  # (the consent is said already)
        # (as narrow as the use it names: "We don't use your data to train AI models" rules out
        # training models, not all analytics and research)
        trained = [m for f in ruled_out[v] for e in f.evidence if not e.context for m in [_TRAIN_MODELS.search(e.text)] if m]
        use = (" ".join(trained[0].group(0).split()).lower() if v == "analytics_research" and trained
               and len(trained) == len([e for f in ruled_out[v] for e in f.evidence if not e.context])
               else f"for {_lower_first(tax.label('purpose', v))}")
        use = _as_theirs(re.sub(r"\b(?:ai|ml)\b", lambda m: m.group(0).upper(), use))
        denied_items.append(Item(f"They say they do not use {what} {use}{but}", detail, refs.of(ruled_out[v]), negated=True))
    if items:
        summary = _sentences("They use it for", "And for", [_lower_first(i.text) for i in items])
        if denied_items:
            summary += " " + " ".join(i.text + "." for i in denied_items)
        answers.append(Answer("purposes", QUESTIONS[1][1], STATED, summary, items + denied_items))
    elif denied_items:
        answers.append(Answer("purposes", QUESTIONS[1][1], DENIED, " ".join(i.text + "." for i in denied_items),
                              denied_items))
    else:
        answers.append(Answer("purposes", QUESTIONS[1][1], NOT_STATED, "Not stated."))

    # 3. retention --------------------------------------------------------------------------
    items = []
    # what the open ends say ("until you delete your account, plus 90 days for backups"): a set time
    # counted from one is said there, not again
    open_texts = {_shorten(_DANGLING.sub("", f.facts.get("retention_condition") or f.facts.get("retention_period_text")
                                         or ""), 100).lower()
                  for f in cat("data_retention") if "limited" in f.attributes.get("retention_period", [])}
    # grouped by the retention_period value, whichever rule found it
    for key, lead in (("stated_period", "For a set time"), ("limited", "Only as long as needed"),
                      ("limited", _UNTIL_YOU), ("indefinitely", "Maybe forever")):
        fs = [f for f in cat("data_retention") if key in f.attributes.get("retention_period", [])]
        if key == "limited":
            # kept until the reader deletes it or leaves ("until you delete them", "as long as your
            # account is open"): the reader decides, which "as long as needed" would hide
            fs = [f for f in fs if _reader_ends(f.facts.get("retention_condition") or "") == (lead == _UNTIL_YOU)]
        if not fs:
            continue
        # each period with the one kind of data it is stated for ("server logs: for 90 days"),
        # periods of the same data together ("cookies: 2 years, 3 months")
        periods: dict[str, list[str]] = {}
        repeated = False
        for f in fs:
            t = f.facts.get("retention_period_text") or f.facts.get("retention_condition") or ""
            # several periods in one sentence, each in a clause that names its own data ("We keep
            # booking data for 3 years, and travel document data for 72 hours"): each its own
            pairs = _clause_periods(f, t) or [(_retention_subject(f, tax, outer), t)]
            for what, t in pairs:
                # (each of several periods a sentence gives in full: "if you stay inactive for three
                # years; within 90 days")
                # (one said inside another's case goes: "within 90 days if you stay inactive for
                # three years", not "for three years" as well)
                if key == "stated_period" and (full := _periods_in_full(f, t, what)) != t:
                    said_full = _shorten(_DANGLING.sub("", full), 100).lower().rstrip("…")
                    if any(o.rstrip("…").startswith(said_full[:80]) or said_full.startswith(o.rstrip("…"))
                           for o in open_texts if o):
                        repeated = True  # said in full as kept until the open end (the next line)
                        continue
                    t = full
                # (each of several periods cut short on its own)
                t = "; ".join(_shorten(_DANGLING.sub("", p), 100) for p in t.split("; "))
                if t.count("“") > t.count("”"):  # a quoted title cut short: up to its opening mark
                    t = t[:t.rindex("“")].rstrip(" ,;:") + "…"
                said = periods.setdefault(what, [])
                if t and t.lower() not in (x.lower() for ts in periods.values() for x in ts):
                    said.append(t)
        # periods said of no one kind of data first: after "server logs: 90 days" they would read as
        # more periods of the server logs
        texts = [f"{what}: {', '.join(ts)}" if what else "; ".join(ts)
                 for what, ts in sorted(periods.items(), key=lambda p: bool(p[0])) if ts]
        if repeated and not texts:
            continue
        if lead == _UNTIL_YOU and all(_CONSENT_ENDS.search(f.facts.get("retention_condition") or "") for f in fs):
            lead = _UNTIL_CONSENT_ENDS  # ("kept until you withdraw consent": no deleting nor closing)
        items.append(Item(lead, "; ".join(texts[:6]), refs.of(fs)))  # (a policy may list six kinds)
    # data they say they do not keep at all ("We never store your full card number"), by its names
    # (not a denial with a limit or an exception: "we will not keep your card number once the
    # transaction is completed" is a period, "except for the last 4 digits" keeps some)
    not_kept = [f for f in cat("data_retention", negated=True) if not f.attributes.get("retention_period")
                and not any(_KEPT_UNTIL.search(e.text) for e in f.evidence if not e.context)]
    # (in the policy's own words: "full card numbers", "passwords in plain text" say what is not
    # kept more narrowly than "card details" or "account details")
    kept_words: dict[str, list[Finding]] = {}
    for f in not_kept:
        words = _own_words(f, _NOT_KEPT_WORDS) if outer(f, "personal_information_type") else ""
        if words:
            kept_words.setdefault(words, []).append(f)
    denied_items = []
    for words, fs in list(kept_words.items())[:3]:
        denied_items.append(Item(f"They say they do not keep {words}", "", refs.of(fs), negated=True))
    if items:
        summary = _join([_retention_phrase(i) for i in items]) + "."
        summary += "".join(f" {i.text}." for i in denied_items)
        answers.append(Answer("retention", QUESTIONS[2][1], STATED, _cap(summary), items + denied_items))
    elif denied_items:
        answers.append(Answer("retention", QUESTIONS[2][1], DENIED, " ".join(i.text + "." for i in denied_items),
                              denied_items))
    else:
        answers.append(Answer("retention", QUESTIONS[2][1], NOT_STATED, "Not stated."))

    # 4. sharing ----------------------------------------------------------------------------
    # (what is sold is the next question's: a denial of selling rules out no sharing)
    # (but a use a law may count as a sale still names who gets the data: "Sold or shared: Shared
    # with advertising partners")
    tp = [f for f in cat("third_party_sharing_collection")
          if "sold" not in f.facts or (f.facts.get("deemed_sale") and f.attributes.get("third_party_entity"))]
    tp_pos = [f for f in tp if not f.negated]
    # (a denial of selling alone, "We do not sell your personal information to third parties", is
    # the next question's: it rules out no sharing)
    tp_neg = [f for f in tp if f.negated and not _denies_selling_only(f)]
    ent = _values(tp_pos, "third_party_entity")
    eorder = list(tax.attributes.get("third_party_entity", {}))
    items = []
    names: list[str] = []
    for v in sorted(ent, key=lambda x: eorder.index(x) if x in eorder else 99):
        tv = tax.attributes["third_party_entity"].get(v)
        value_terms = [t.name for t in tv.terms] if tv else []
        if v in ("named_third_party", "unnamed_third_party") and value_terms:
            # Readers want "service providers", "authorities", "Google": the kinds of company
            # the policy names, not the OPP-115 value they fall under.
            by_term: dict[str, list[Finding]] = {}
            own = ent[v]
            if v == "unnamed_third_party":
                # "third-party payment processors" names a kind of company; the catch-all
                # "other companies" it also matches says nothing more.
                own = [f for f in own if "named_third_party" not in f.attributes.get("third_party_entity", [])]
                if not own:
                    continue
            for f in own:
                for n in outer(f, "third_party_entity"):
                    if n in value_terms:
                        by_term.setdefault(n, []).append(f)
            if by_term:
                for n in sorted(by_term, key=value_terms.index):
                    # the companies a catch-all term stands for, as the policy writes them
                    detail = (_names_in(outer.pattern("third_party_entity", n), by_term[n])
                              if n == _OTHER_NAMED else _names_after(outer.pattern("third_party_entity", n), by_term[n]))
                    # (a practice read from a denial that holds in one case holds outside it: "If you
                    # turn on Limit Ad Tracking, we will not give your exact location to advertisers"
                    # is "not if you turn on…", whatever the case's words)
                    items.append(Item(_cap(n), _and_detail(detail, _join_cases(_not_when(by_term[n]), _consent_condition(
                                          by_term[n], [outer.pattern("third_party_entity", n)])) or _only_anonymous(by_term[n])),
                                      refs.of(by_term[n])))
                    names.append(n if n[:1].isupper() and " " not in n else _lower_first(n))
                continue
        terms = _term_names(ent[v], "third_party_entity", set(value_terms), outer)
        items.append(Item(_cap(tax.label("third_party_entity", v)),
                          _and_detail(", ".join(terms[:6]), _join_cases(_not_when(ent[v]), _consent_condition(ent[v]))
                                      or _only_anonymous(ent[v])),
                          refs.of(ent[v])))
        names.append(_lower_first(items[-1].text))
    # A company named in brackets after its kind ("payment processors (Stripe)") is said there, not
    # again among the other named companies
    kinds_named = {n.lower() for i in items if i.text != _OTHER_NAMED and i.detail for n in i.detail.split(", ")}
    for i in [i for i in items if i.text == _OTHER_NAMED and i.detail and kinds_named]:
        rest = [n for n in i.detail.split(", ") if n.lower() not in kinds_named]
        if rest:
            i.detail = ", ".join(rest)
        else:
            names.remove(_lower_first(_OTHER_NAMED) if _lower_first(_OTHER_NAMED) in names else _OTHER_NAMED)
            items.remove(i)
    # "We do not share it with anyone else unless the law requires it": others, when the law requires
    law_only = [f for f in tp_pos if not f.attributes.get("third_party_entity") and _for_the_law(f)]
    if items and law_only and "authorities" not in names:
        items.append(Item("Others, when the law requires it", "", refs.of(law_only)))
        names.append("others when the law requires it")
    # (and a disclosure "in connection with a merger, acquisition or sale of assets" goes to the other
    # party to the deal, whoever it turns out to be)
    deal_only = [f for f in tp_pos if not f.attributes.get("third_party_entity")
                 and f.attributes.get("purpose") == ["merger_acquisition"]]
    if items and deal_only and "business buyers" not in names:
        items.append(Item("Business buyers", "", refs.of(deal_only)))
        names.append("business buyers")
    if items:
        summary = _sentences("They share it with", "And with", names)
        # (a denial with an exception of its own beside flat ones, each as it is said: "We will not
        # share your genetic data with employers or insurance companies without your explicit
        # consent. We will not provide your genetic data to law enforcement unless we are
        # compelled by a valid court order.")
        flat, excepting = _excepting_apart(tp_neg)
        denials_apart = [(g, _said_denial(g, outer, tax, also_shared=[i.text for i in items])) for g in (flat, excepting)] \
            if excepting and flat else []
        if denials_apart and all(d for _g, d in denials_apart):
            for g, d in denials_apart:
                items.append(Item(d, _denial_exception(g) if g is excepting else _circumstance(g), refs.of(g), negated=True))
                summary += " " + _period(d.replace("They say they", "But they say they", 1))
            tp_neg = []
        if tp_neg:
            # a denial that names whom ("We don't share your health data with employers or
            # insurance companies"), beside sharing with some of them on other terms ("…we share
            # only aggregated statistics with them"): both, each as said
            named_denial = _said_denial(tp_neg, outer, tax, also_shared=[i.text for i in items])
            if named_denial:
                summary += " " + _period(named_denial.replace("They say they", "But they say they", 1))
            else:
                summary += " Some sharing is ruled out: see the quotes."
            # ...or a denial for some uses only, and whether it holds only until the reader agrees
            # ("We will not disclose it for marketing purposes unless you give us your express
            # consent"), as said when no sharing is listed
            # (marketing and advertising only: the uses such denials name, "for their own marketing
            # purposes"; other purposes of a denial are often its recipients' kind, "government agencies")
            if not named_denial and all(f.attributes.get("purpose") for f in tp_neg) and {
                    p for f in tp_neg for p in f.attributes["purpose"]} <= {"marketing", "advertising"} and not any(
                    _NARROWED_DENIAL.search(e.text) for f in tp_neg for e in f.evidence if not e.context):
                named_denial = _sharing_denied_for(tp_neg, tax) + (_BUT_CONSENT if _only_with_consent(tp_neg) else "")
            # (with what the denials leave open, when they all say it: "save that, where you have
            # expressly consented, we may share your contact details with our partner …")
            detail = _circumstance(tp_neg) if named_denial else _open_exception(tp_neg)
            if named_denial.endswith(_BUT_CONSENT) and re.match(r"(?:unless|without)\b", detail, re.I):
                detail = ""  # (the consent is said already)
            items.append(Item(named_denial or "They rule out some sharing", detail, refs.of(tp_neg), negated=True))
        answers.append(Answer("sharing", QUESTIONS[3][1], STATED, summary, items))
    elif tp_pos and (unknown := _company_names(tp_pos, pack.macros.get("COUNTRY"))):
        # companies named that the taxonomy does not know ("We share your information with Onfido
        # and Checkr"): the policy does say with whom
        its = [Item(_OTHER_NAMED, _and_detail(", ".join(unknown[:6]), _consent_condition(tp_pos)), refs.of(tp_pos))]
        if tp_neg:
            its.append(Item(_said_denial(tp_neg, outer, tax) or "They rule out some sharing", _open_exception(tp_neg),
                            refs.of(tp_neg), negated=True))
        answers.append(Answer("sharing", QUESTIONS[3][1], STATED,
                              _sentences("They share it with", "And with", [_lower_first(_OTHER_NAMED)]), its))
    elif tp_pos and all(set(f.attributes.get("purpose") or ()) & {"legal_requirement", "merger_acquisition"}
                        for f in tp_pos) and any("merger_acquisition" in (f.attributes.get("purpose") or ())
                                                 for f in tp_pos):
        # "We may disclose information when required by law or as part of the sale of our
        # business": whoever buys the business, and whoever the law says
        buyer = [f for f in tp_pos if "merger_acquisition" in f.attributes["purpose"]]
        law = [f for f in tp_pos if "legal_requirement" in f.attributes["purpose"]]
        its = [Item("A buyer of the business", "", refs.of(buyer))]
        said = ["a buyer of the business"]
        if law:
            its.append(Item("Others, when the law requires it", "", refs.of(law)))
            said.append("others when the law requires it")
        if tp_neg:
            its.append(Item(_said_denial(tp_neg, outer, tax) or "They rule out some sharing", _open_exception(tp_neg),
                            refs.of(tp_neg), negated=True))
        answers.append(Answer("sharing", QUESTIONS[3][1], STATED, _sentences("They share it with", "And with", said),
                              its))
    elif tp_pos:
        # A statement that data is shared outweighs a denial elsewhere ("we do not share it for
        # marketing" does not make "we disclose it when the law requires" untrue).
        # "We do not disclose it unless the law requires us to" says when, not with whom.
        when_law = all(_for_the_law(f) for f in tp_pos)
        text = ("They share data when the law requires it" if when_law
                else "They share data, but do not say with whom")
        its = [Item(text, "", refs.of(tp_pos))]
        if tp_neg:
            # (a denial that names whom is said as it is: "…with insurers without your consent")
            its.append(Item(_said_denial(tp_neg, outer, tax) or "They rule out some sharing", _open_exception(tp_neg),
                            refs.of(tp_neg), negated=True))
        summary = f"{text}, but do not say with whom." if when_law else f"{text}."
        answers.append(Answer("sharing", QUESTIONS[3][1], STATED, summary, its, unnamed=True))
    elif tp_neg:
        def denial(tp_neg: list[Finding]) -> tuple[str, str]:
            """(text, exception) of sharing denials that are all that is said of sharing."""
            # Ruling out only that other companies collect data on the site is narrower than "no sharing".
            if all(f.attributes.get("action_third_party") == ["collect_on_first_party_website_app"] for f in tp_neg):
                text = "They say they do not let other companies collect your data on their site"
            else:
                # Only some recipients ruled out ("we won't share your email address with
                # advertisers"): name them, rather than claim no sharing at all.
                named_denial = _named_sharing_denial(tp_neg, outer, tax=tax)
                if named_denial:
                    text = named_denial
                elif all(f.attributes.get("purpose") for f in tp_neg):
                    # Ruled out for some uses only ("we do not share it for cross-context behavioral
                    # advertising", "…with third parties for their marketing"): say which uses.
                    text = _sharing_denied_for(tp_neg, tax)
                else:
                    # (as narrow as the data the denials name: "We never share your health information")
                    text = f"They say they do not share {_denied_data(tp_neg, tax)} with others"
                if _only_with_consent(tp_neg):
                    text += _BUT_CONSENT
            # the exception the denial makes, in the policy's words ("except our cloud host"): the
            # item's detail, and the verdict's
            exception = _denial_exception(tp_neg)
            if not exception:
                # ...or the case it holds in ("We will not share your data with your employer if you do
                # not join"), when the consent it waits for is not said already
                case = _circumstance(tp_neg)
                if case and not (text.endswith(_BUT_CONSENT) and re.match(
                        r"(?:unless|without)\b|if you (?:do not|don[’']t) (?:opt[- ]?in|agree|consent)", case, re.I)):
                    exception = case
            return text, exception

        # a denial with an exception of its own beside flat ones ("We never share health data with
        # advertisers. We will not share your data with law enforcement unless a court orders us
        # to."): each as it is said, so that neither the exception nor the narrower data is lost
        flat, excepting = _excepting_apart(tp_neg)
        groups = [flat, excepting] if excepting and flat else [tp_neg]
        its = [Item(text, exception, refs.of(g), negated=True) for g in groups for text, exception in [denial(g)]]
        answers.append(Answer("sharing", QUESTIONS[3][1], DENIED,
                              " ".join(_period(i.text + (f", {i.detail}" if i.detail else "")) for i in its), its))
    else:
        answers.append(Answer("sharing", QUESTIONS[3][1], NOT_STATED, "Not stated."))

    # 5. sold -------------------------------------------------------------------------------
    sold = facts("sold")
    # An item of "We do not sell, rent or disclose your information, except as follows:" is one of
    # the exceptions, a disclosure (the sharing answer's), not a sale: no sale verb of its own
    yes = [f for v, f in sold if v is True and not _excepted_from_denied_sale(f)]
    # "We do not sell the personal information of consumers under 16" speaks of minors' data only:
    # it does not answer whether the reader's data is sold
    # (the sentence names minors in the clause that denies the sale: "We do not sell personal
    # information and we do not share children's information with advertisers" denies any sale)
    # (in a service made for children, the children's data is the readers' data: "We do not sell
    # children's personal information" answers the question)
    minors = set() if any(v for v, _f in facts("made_for_children")) else {
        e.start for f in findings if "children" in f.attributes.get("audience_type", [])
        for e in f.evidence if not e.context and _MINORS_SALE.search(e.text) and not _ALSO_ADULTS.search(e.text)}
    no = [f for v, f in sold if v is False and not any(e.start in minors for e in f.evidence if not e.context)]
    # A use the law may count as a sale ("letting ad partners collect cookie data may count as a
    # 'sale' under California law") is no sale in the everyday sense: said beside a denial, the
    # label gives both rather than a flat "yes, they may sell or rent".
    deemed = [f for f in yes if f.facts.get("deemed_sale")]
    # A denial is as narrow as its words: "we never sell your health data" says nothing of
    # other data (the kinds named, when no denial speaks of personal data as a whole).
    kinds = [v for f in no for v in f.attributes.get("personal_information_type", [])]
    what = "your data"
    if kinds and "generic_personal_information" not in kinds and all(
            f.attributes.get("personal_information_type") for f in no):
        named = list(dict.fromkeys(w for f in no for v in f.attributes.get("personal_information_type") or []
                                   for w in _kind_words(f, v, tax)))
        # (a table of categories may deny selling each of many: the first three are named)
        what = "your " + (_join(named) if len(named) <= 3 else ", ".join(named[:3]) + " and other data they list")
    # ...and as narrow in whom it names: "we do not sell customer data to data brokers" says nothing
    # of selling to others (a denial that names anyone at all, "third parties", is not narrowed)
    buyers = [_sold_to(f, outer) for f in no]
    # ("third-party data brokers" names data brokers: "third-party" says only that they are others)
    buyers = [[n for n in b if not (n == "third parties" and len(b) > 1 and any(
        _THIRD_PARTY_KIND.search(e.text) for e in f.evidence if not e.context))] for b, f in zip(buyers, no)]
    if no and all(buyers) and not any(set(b) & _ANY_BUYER for b in buyers):
        kinds_to = list(dict.fromkeys(_lower_first(n) if not n[:1].isupper() or " " in n else n
                                      for b in buyers for n in b))
        if len(kinds_to) <= 3:
            what += " to " + _join(kinds_to, "or")
    if yes and len(deemed) < len(yes):
        # as the policy says it: "We sell personal information to…" is no "may", and a policy
        # that only speaks of selling does not say it rents data out
        sells = [f for f in yes if not f.facts.get("deemed_sale")]
        quotes = [e.text for f in sells for e in f.evidence if not e.context]
        # Said plainly ("We sell your email address to…") or not: "If we sell your data, we will
        # tell you first" and "We reserve the right to sell…" say what could happen, as "may" does
        hedged = not any(not f.hedged and not any(_IF_SOLD.search(e.text) for e in f.evidence if not e.context)
                         for f in sells)
        said = " ".join(quotes)
        # (not a verb the quote denies: "we rent our marketing list, but we do not sell your information")
        verbs = [v for v, words in _SALE_VERBS
                 if any(not _NOT.search(said, max(0, m.start() - 30), m.start()) for m in words.finditer(said))]
        verbs = verbs or ["sell", "rent"]
        text = f"They {'may ' if hedged else ''}{_join(verbs, 'or')} your data"
        if quotes and all(map(_WITH_CONSENT.search, quotes)):
            text += " with your consent"  # "We sell your data only with your consent"
        # (where the reader lives may rule it out: "Unless you are a California resident, we may
        # sell your personal information", "If you live outside California, …")
        found = [m for q in quotes for m in [_WHERE_YOU_ARE_LEAD.match(q)] if m]
        where_only = (" ".join(found[0].group(1).split()) if quotes and len(found) == len(quotes)
                      and len({" ".join(m.group(1).lower().split()) for m in found}) == 1 else "")
        # (or only once the reader agrees: "We sell your information only if you opt in")
        if not where_only and not text.endswith("with your consent"):
            where_only = _consent_condition(sells)
        items = [Item(text, _lower_first(where_only), refs.of(yes), hedged=hedged)]
        summary = f"Yes, they say {_lower_first(text)}" + (f" ({_lower_first(where_only)})." if where_only else ".")
        denies_selling = any(_NOT.search(said, max(0, m.start() - 30), m.start()) for m in _SALE_VERBS[0][1].finditer(said))
        # a denial beside the sale keeps its condition: "We will not sell your personal information
        # without your consent" (beside "We may rent our mailing list") is no flat "no"
        but = _BUT_CONSENT if no and _only_with_consent(no) else ""
        # (and its scope: "for their direct marketing purposes")
        scope = _one_sale_scope([e.text for f in no for e in f.evidence if not e.context])
        if scope:
            but = f" {scope}" + but
        if (no or denies_selling) and "sell" not in verbs:
            # "We rent our marketing list, but we do not sell your information": both
            # (with the exception it makes: "apart from the list rental described above"), and
            # the denial as narrow as what it names when the sale's own sentence makes it: "we
            # rent postal mailing lists only; we never rent, sell or exchange your e-mail address"
            denied = _DENIED_SALE_OF.search(said) if not no else None
            if denied and what == "your data":
                what = " ".join(denied.group(1).split())
            items.append(Item(f"They say they do not sell {what}{but}", _denial_exception(no) if no else "",
                              refs.of(no or yes), negated=True))
            summary = f"Yes, they say {_lower_first(text)}, but not that they sell it{but}."
        elif no and what.startswith("your data to "):
            # a denial as narrow as its buyers beside a sale ("we sell your credit agreement to debt
            # purchasers" and "we do not sell your data to data brokers or advertisers"): both
            items.append(Item(f"They say they do not sell {what}{but}", _denial_exception(no), refs.of(no), negated=True))
            summary = f"Yes, they say {_lower_first(text)}, but not {what[len('your data '):]}."
        elif no and what != "your data":
            # ...or as narrow as the data it names ("We never sell your e-mail address", beside "we
            # may sell or rent your ZIP code, gender and birth year"): both
            items.append(Item(f"They say they do not sell {what}{but}", _denial_exception(no), refs.of(no), negated=True))
            summary = f"Yes, they say {_lower_first(text)}, but not {what}."
        answers.append(Answer("sold", QUESTIONS[4][1], STATED, summary, items))
    elif deemed:
        items = [Item(_DEEMED_SALE, "", refs.of(deemed), hedged=True)]
        summary = f"They say that {_lower_first(_DEEMED_SALE)}."
        if no:
            items.insert(0, Item(f"They say they do not sell {what}" + (" otherwise" if what == "your data" else ""),
                                 "", refs.of(no), negated=True))
            summary = f"Not in the everyday sense: they say they do not sell {what}, but {_lower_first(_DEEMED_SALE)}."
        answers.append(Answer("sold", QUESTIONS[4][1], STATED, summary, items))
    elif no:
        but = _BUT_CONSENT if _only_with_consent(no) else ""
        # the exception the denial makes, in the policy's words ("except that we may share device
        # identifiers with advertising partners…")
        exception = _denial_exception(no)
        # an exception that is itself a sale ("…, except that we rent our mailing list to other
        # catalog companies"): they do, in that case
        excepted = _EXCEPT_SALE.search(exception)
        if excepted and not _NOT.search(exception) and not but:
            verb = excepted.group(1).lower()
            answers.append(Answer("sold", QUESTIONS[4][1], STATED, f"Yes, in one case: {exception}.",
                                  [Item(f"They {verb} some of your data", exception, refs.of(no))]))
        else:
            # a denial as narrow as its words: "for money" (a sale for other value is not ruled out),
            # "currently" (a later sale is not), and "but we may do so in the future"
            said = [e.text for f in no for e in f.evidence if not e.context]
            if no and all(f.facts.get("narrowed_to") == "money" for f in no):  # (fact.not_sold_for_money)
                but = " for money" + but
            if said and all(_NOT_YET.search(q) for q in said):
                but += " now"
                if any(_MAY_LATER.search(q) for q in said) and not exception:
                    exception = "but they may in the future"
            # ...and in its scope: "outside the auction process", "to the public; we only license it
            # to businesses", "directly to consumers" (a sale on other terms is not ruled out)
            # (in the sale's own clause: not "We do not sell your personal data, and we never share
            # your telematics data with third parties for marketing")
            scope = _one_sale_scope(said)
            if scope:
                but = f" {scope}" + but
            # ...and in whose data it names: "We do not sell Gift Givers' information"
            # (or "the names of our donors", "information about our digital-only users")
            groups = {_whose_data(q) for q in said}
            if what == "your data" and said and len(groups) == 1 and None not in groups:
                what = groups.pop()
            # ...or in what it names: "SecondShelf never sells, rents or trades its customer lists"
            # (a list of customers, not all that is known of them)
            lists = [_LISTS_SOLD.search(q) for q in said]
            if what == "your data" and said and all(lists) and not any(_DATA_SOLD.search(q) for q in said):
                what = "their " + _join(list(dict.fromkeys(" ".join(m.group(1).split()).lower() for m in lists if m)))
            text = f"They say they do not sell {what}{but}"
            answers.append(Answer("sold", QUESTIONS[4][1], DENIED,
                                  f"No, they say they do not sell {what}{but}" + _period(f", {exception}" if exception else ""),
                                  [Item(text, exception, refs.of(no), negated=True)]))
    else:
        answers.append(Answer("sold", QUESTIONS[4][1], NOT_STATED, "Not stated."))

    # 6. rights -----------------------------------------------------------------------------
    items = []
    # a denied right or measure ("you cannot opt out", "we do not encrypt") is not listed as one
    # (a right only some readers have says whom: "if you live in California")
    acc = _values(cat("user_access_edit_and_deletion", negated=False), "access_type")
    for v, phrase in _ACCESS.items():
        if v in acc:
            if v == "delete_account_full" and all(
                    any(_CLOSING_KEEPS.search(s.text) for s in doc.sentences[f.sentence:f.sentence + 2]
                        if s.paragraph == doc.sentences[f.sentence].paragraph) for f in acc[v]):
                # closing an account that the policy says deletes nothing ("You can close your
                # account in Settings; … closing your account does not delete your visit records")
                items.append(Item("Close your account", "closing it does not delete your data", refs.of(acc[v])))
                continue
            detail = _where_you_live(acc[v])
            # a deletion the same sentence limits by refusing another ("we cannot delete your
            # treatment records on request, but we will delete website enquiries if you ask")
            # (the rules' DELETE_REFUSED: "we cannot delete your treatment records on request, but we will
            # delete website enquiries if you ask"; ending its clause, the rules read it as no right at all)
            refused = pack.macros.get("DELETE_REFUSED")
            if v.startswith("delete") and refused and all(
                    _macro_pattern(refused).search(e.text) for f in acc[v] for e in f.evidence if not e.context):
                detail = "; ".join(filter(None, [detail, "only some of it: they say they will not delete the rest on request"]))
            items.append(Item(_cap(phrase), detail, refs.of(acc[v])))
    ch = _values(cat("user_choice_control", negated=False), "choice_type")
    for v, phrase in _CHOICES.items():
        if v in ch:
            items.append(Item(_cap(phrase), _where_you_live(ch[v]), refs.of(ch[v])))
    # a way to say no that names no channel ("unless you opt out", "you may ask us not to use
    # your data for marketing"), when no channel is named elsewhere (and not a sentence that
    # names one for another rule: "opt out of personalised ads in your device settings")
    said_at = {e.start for fs in ch.values() for f in fs for e in f.evidence if not e.context} | {
        e.start for f in findings if f.category == "user_choice_control" and any(
            k.startswith("can_") and k != "can_opt_out" and v for k, v in f.facts.items())
        for e in f.evidence if not e.context}
    say_no = [f for v, f in facts("can_opt_out")
              if v and not any(e.start in said_at for e in f.evidence if not e.context)]
    if say_no and not {"opt_out_link", "opt_out_via_contacting_company"} & set(ch):
        items.append(Item("Say no to some uses (opt out)", "", refs.of(say_no)))
    for key, phrase in (("can_object", "Object to how they use your data"),
                        ("can_restrict", "Ask them to limit how they use your data"),
                        ("can_choose_contact", "Ask them to contact you another way or at another address"),
                        ("can_list_disclosures", "Get a list of whom they disclosed your data to"),
                        ("can_withdraw_consent", "Take back your consent"),
                        ("can_appeal", "Appeal if they turn down your request"),
                        ("can_ask_human", "Ask for a person to review a decision made by a machine"),
                        ("can_complain", "Complain to a regulator")):
        fs = [f for v, f in facts(key) if v]
        if fs:
            items.append(Item(phrase, _where_you_live(fs), refs.of(fs)))
    # rules for the people of one state ("Your California Privacy Rights", a CCPA section): said
    # with what the reader can do, not under transfers abroad, where readers took them for one
    # (unless the rights already say it: "Ask them to delete your data (if you live in California)",
    # or the sentences that speak of Californians are those of rights listed here)
    californians = _values(cat("international_and_specific_audiences"), "audience_type").get("californians", [])
    if californians and not any(_CALIFORNIA_SAID.search(i.detail) for i in items):
        of_rights = {f.sentence for f in findings if not f.negated and (
            f.category in ("user_access_edit_and_deletion", "user_choice_control")
            or any(k.startswith("can_") and v for k, v in f.facts.items()))}
        elsewhere = [f for f in californians if f.sentence not in of_rights]
        if elsewhere:
            items.append(Item(_CALIFORNIA_RULES, "", refs.of(elsewhere)))
    if items:
        # what the reader can do reads "You can …"; what the company does ("They ask before some
        # uses") and the rules for Californians are sentences of their own
        apart = ("They ", _CALIFORNIA_RULES)
        can = [_lower_first(i.text) for i in items if not i.text.startswith(apart)]
        summary = " ".join(([_sentences("You can", "You can also", can, per=2)] if can else [])
                           + [f"{i.text}." for i in items if i.text.startswith(apart)])
        answers.append(Answer("rights", QUESTIONS[5][1], STATED, summary, items))
    else:
        answers.append(Answer("rights", QUESTIONS[5][1], NOT_STATED, "Not stated."))

    # 7. security ---------------------------------------------------------------------------
    # (that no system is fully safe is a note, not a measure they take)
    sec = _values([f for f in cat("data_security", negated=False) if not f.facts.get("security_not_guaranteed")],
                  "security_measure")
    # A safeguard named under a security heading that no rule reads as a kind of measure ("We use
    # AES-256 encryption and the WireGuard protocol") is still a measure, if not a named one.
    # (not a sentence another security rule reads: a named measure, or advice to the reader)
    measured = {f.sentence for f in cat("data_security") if "security_section" not in f.facts}
    unnamed = [f for v, f in facts("security_section") if v and f.sentence not in measured]
    if unnamed:
        sec.setdefault("generic", []).extend(unnamed)
    # Encryption named without where it applies is a measure the reader knows by name: said as
    # such, not as a measure "not described in detail".
    # (Where the policy also says where it encrypts, in transit or at rest, that says it better.)
    encrypted = []
    says_where = any(_WHERE_ENCRYPTED.search(e.text) for v in ("secure_data_transfer", "secure_data_storage")
                     for f in sec.get(v, []) for e in f.evidence)
    if not says_where:  # ("…firewalls…" says secure storage, not where it encrypts)
        encrypted = [f for f in sec.get("generic", []) if f.facts.get("encryption")]
    if encrypted:
        sec["encryption"] = encrypted
        sec["generic"] = [f for f in sec["generic"] if not f.facts.get("encryption")]
        if not sec["generic"]:
            del sec["generic"]
    items = [Item(_cap(phrase), "", refs.of(sec[v])) for v, phrase in _SECURITY.items() if v in sec]
    if sec.get("data_access_limitation") and all(f.facts.get("no_one_reads") for f in sec["data_access_limitation"]):
        # "No one at Vaultline can read your vault" is more than a limit on which staff see it
        for i in items:
            if i.text == _cap(_SECURITY["data_access_limitation"]):
                i.text = _NO_ONE_READS
    if len(items) > 1 and "generic" in sec:
        items = [i for i in items if not i.text.startswith("Security measures")] + [
            Item("Other security measures", "", refs.of(sec["generic"]))]
    nog = [f for v, f in facts("security_not_guaranteed") if v]
    if items:
        # (as what they use: "They use encryption … and limits on which staff can see your data")
        named = [_SECURITY_USED.get(i.text, _lower_first(i.text)) for i in items if not i.text.startswith("Other")]
        summary = _sentences("They use", "They also use", named) if named else ""
        if not summary:
            summary = "They say they take steps to protect your data, but give few details."
        if nog:
            summary += " They say no system is fully safe."
        answers.append(Answer("security", QUESTIONS[6][1], STATED, summary, items))
    else:
        answers.append(Answer("security", QUESTIONS[6][1], NOT_STATED,
                              "Not stated. They say no system is fully safe." if nog else "Not stated."))

    # 8. children ---------------------------------------------------------------------------
    kids = [f for f in findings if "children" in f.attributes.get("audience_type", [])]
    kid_denied = [f for v, f in facts("collects_from_children") if v is False]
    ages = [v for v, _f in facts("minimum_age")]
    age = _age(ages)
    # the age in the denial's own sentence ("we do not knowingly collect … under 13"), not one from a
    # sentence about something else ("we do not sell the data of consumers under 16")
    denied_sentences = {f.sentence for f in kid_denied}
    age = _age([v for v, f in facts("minimum_age") if f.sentence in denied_sentences]) or age
    for_kids = [f for v, f in facts("made_for_children") if v]
    items = []
    if for_kids:  # an app or site made for children: that comes first, whatever else is said
        items.append(Item("The service is made for children", "", refs.of(for_kids)))
    # a minimum age stated apart from the denial ("You must be at least 18 to use the service" beside
    # "we do not knowingly collect … under 13"): both are said
    own_age = _age([v for v, f in facts("minimum_age") if f.sentence not in denied_sentences])
    # the children a denial speaks of: under its own age, or under the service's if that is a
    # child's (an adult service's own age, "you must be 21 to rent a car", makes no one under it a
    # child, and is said apart)
    child_age = age if age and (age != own_age or int(age) <= 18) else ""
    # younger readers who may use it all the same through a parent ("Teens aged 13 to 17 may ride only
    # through a Family account set up by a parent"): the minimum age is not the whole answer
    # (or through a school: "not intended for children under 16 except through an education account
    # set up by a school")
    via_parent, younger = [], ""
    routes: list[str] = []  # what the sentences say of it
    for through, who in ((_THROUGH_PARENT, "a parent"), (_THROUGH_SCHOOL, "a school"),
                         (_JUNIOR_ACCOUNT, "a junior account")):
        via_parent = [f for f in kids if any(through.search(e.text) for e in f.evidence if not e.context)]
        if via_parent:
            younger = f"younger users through {who}"
            routes = [m.group(0) for f in via_parent for e in f.evidence if not e.context
                      for m in [through.search(e.text)] if m]
            break

    def under_minimum(minimum: str) -> str:
        """``younger``, unless every sentence lets in through a parent only readers older than the
        minimum age ("You must be 13 or older… If you are under 18, you must have your parent's
        permission": readers of 13 to 17, with a parent's permission)."""
        ages = [int(a) for r in routes for a in _PARENT_UNDER.findall(r)]
        if younger and minimum and ages and len(ages) == len(routes) and all(a > int(minimum) for a in ages):
            return f"under {max(ages)} with a parent's permission"
        # (or readers of some ages, from the minimum up: "Teens aged 13 to 17 may ride only through a
        # Teen Account set up by a parent", beside "We do not allow anyone under 13")
        spans = [m for f in via_parent for e in f.evidence if not e.context for m in _AGES_FROM_TO.finditer(e.text)]
        if younger and minimum and spans and all(int(m.group(1)) >= int(minimum) for m in spans):
            low, high = min(int(m.group(1)) for m in spans), max(int(m.group(2)) for m in spans)
            return f"ages {low} to {high} {younger.replace('younger users ', '')}"
        return younger
    if kid_denied and own_age and (not child_age or int(own_age) > int(child_age)) and not for_kids:
        stating = [f for v, f in facts("minimum_age") if f.sentence not in denied_sentences and _age([v]) == own_age]
        items.append(Item(f"Minimum age: {own_age}", _age_scope(stating) or under_minimum(own_age),
                          refs.of(stating + via_parent)))
    elif kid_denied and not own_age and younger == "younger users through a parent" and not for_kids:
        # (beside the denial, an older age under which a parent must agree: "If you are under 18, you
        # need a parent's permission to use the site. We do not knowingly collect information from
        # children under 13.")
        # (a rule, not advice: "you need a parent's permission", not "please ask a parent")
        asked = next((m for f in via_parent for e in f.evidence if not e.context and _PARENT_MUST.search(e.text)
                      for m in [_PARENT_UNDER.search(e.text)] if m), None)
        if asked is not None and (not child_age or int(asked.group(1)) > int(child_age)):
            items.append(Item(f"Under {asked.group(1)} only with a parent's permission", "", refs.of(via_parent)))
    if kid_denied:
        # (the age the denial itself names comes first: "We do not knowingly collect information
        # directly from children under 13", beside "You must be 18 or over to take a contract")
        said_ages = {_age([m.group(1)]) for f in kid_denied for e in f.evidence if not e.context
                     for m in _CHILDREN_UNDER.finditer(e.text)} - {""}
        if len(said_ages) == 1:
            child_age = said_ages.pop()
        if not child_age:
            # (the age the policy defines children by: "the term children refers to individuals under 13")
            child_age = _age([v for v, _f in facts("child_age")])
        if not child_age:
            # (the denial's own age, where the minimum-age rule stood aside for a parent's consent:
            # "…from children under 13 without verifiable parental consent")
            child_age = _age([m.group(1) for f in kid_denied for e in f.evidence if not e.context
                              for m in _UNDER_AGE.finditer(e.text)])
        who = f"children under {child_age}" if child_age else "children"
        # ...and what it leaves open: a parent's consent (extraction marks it)
        consent = any(f.facts.get("until_parent_consent") for f in kid_denied)
        # ...or an exception in its own words ("except images and sounds captured by the camera")
        exception = "" if consent else _denial_exception(kid_denied)
        # "knowingly" only where the policy says it (or "intentionally", "aware"): a flat "we do
        # not collect any personal information from children" is said flat
        quoted = [e.text for f in kid_denied for e in f.evidence if not e.context]
        knowing = "knowingly " if any(_KNOWING.search(q.replace("-\n", "")) for q in quoted) else ""
        # ...and where the denial holds, when it names it ("through these activities")
        scope = next((m.group(0) for q in quoted for m in [_KID_DENIAL_SCOPE.search(q)] if m), "")
        # ..."directly" where every one says it ("We do not knowingly collect information directly
        # from children. All camper information is provided by a parent"): it may come through others
        directly = "directly " if quoted and all(re.search(r"\bdirectly from\b", q, re.I) for q in quoted) else ""
        items.append(Item(f"They say they do not {knowing}collect data {directly}from {who}" + (f" {scope}" if scope else "")
                          + (" without a parent's consent" if consent else f", {exception}" if exception else ""),
                          "", refs.of(kid_denied), negated=True))
    elif kids and not for_kids:
        # a minimum age is quoted from the sentences that state it ("You must be 18 or older to
        # become a member"), not from every sentence about children ("Kids profiles show…")
        stating = [f for v, f in facts("minimum_age") if age and _age([v]) == age]
        # (no minimum, but an age under which a parent must agree: "Users under 18 may use the site
        # only with a parent's permission")
        with_parent = None if age or younger != "younger users through a parent" else next(
            (m for f in via_parent for e in f.evidence if not e.context and _PARENT_SAYS.search(e.text)
             for m in [_PARENT_UNDER.search(e.text)] if m), None)
        items.append(Item(f"Minimum age: {age}" if age else
                          f"Under {with_parent.group(1)} only with a parent's permission" if with_parent else
                          "They talk about children",
                          (_age_scope(stating) or under_minimum(age)) if age else "",
                          refs.of((stating + via_parent if age else []) or kids)))
    # "We do not sell or share the personal information of consumers under 16" (the CCPA's age):
    # a promise about minors' data, said here rather than under "Do they sell it?"
    minors_unsold = [f for v, f in facts("sold") if v is False and any(e.start in minors for e in f.evidence
                                                                         if not e.context)]
    if minors_unsold:
        under = _age([m.group(1) for f in minors_unsold for e in f.evidence if not e.context
                      for m in _UNDER_AGE.finditer(e.text)])
        # (until someone agrees: "…under 16 without affirmative authorization", "unless they say yes")
        asked = all(f.facts.get("until_consent") or f.facts.get("until_parent_consent") for f in minors_unsold)
        items.append(Item(f"They say they do not sell the data of {'people under ' + under if under else 'minors'}"
                          + (" without consent" if asked else ""), "", refs.of(minors_unsold), negated=True))
        if len(items) > 1 and items[0].text == "They talk about children":
            items.pop(0)
    if items:
        summary = items[0].text + "."
        status = DENIED if kid_denied and not for_kids and items[0].negated else STATED
        answers.append(Answer("children", QUESTIONS[7][1], status, summary, items))
    else:
        answers.append(Answer("children", QUESTIONS[7][1], NOT_STATED, "Not stated."))

    # 9. transfers --------------------------------------------------------------------------
    tr = [f for v, f in facts("international_transfer") if v]
    tr_no = [f for v, f in facts("international_transfer") if v is False]
    if tr_no:
        # a title that names transfers ("Transfers outside the EU") says no more than that its
        # section speaks of them, when the section says data stays
        tr = [f for f in tr if not all(" ".join(e.text.split()) == " ".join((e.section or "").split())
                                       for e in f.evidence if not e.context)]
    home = ""
    if tr and tr_no and _kept_at_home(tr, tr_no):
        # "stored in the United States" and "we do not transfer it outside the US": it stays there
        home = _named_place([e.text for f in tr for e in f.evidence if not e.context], pack.macros.get("COUNTRY")) or ""
        tr = []
    aud = _values([f for f in cat("international_and_specific_audiences")], "audience_type")
    items = []
    consent = [f for v, f in facts("transfer_needs_consent") if v]
    # where to: the one place the quotes name (_named_place: "All student data is stored in the
    # United States" says where, not that it leaves the reader's country)
    where = (_named_place([e.text for f in tr for e in f.evidence if not e.context], pack.macros.get("COUNTRY"))
             or "other countries") if tr else "other countries"
    if tr and consent:
        items.append(Item(f"Your data may be sent to or stored in {where}, but only with your consent", "",
                          refs.of(tr + consent)))
    elif tr:
        items.append(Item(f"Your data may be sent to or stored in {where}", "", refs.of(tr)))
    # the one area the denials say data stays in ("outside the EEA", "never leaves the EU")
    areas = {_place(m.group(1)) for f in tr_no for e in f.evidence if not e.context
             for m in (*_OUTSIDE.finditer(e.text), *_LEAVES_PLACE.finditer(e.text))}
    area = ({"eu": "the EU", "eea": "the EEA", "us": "the United States", "uk": "the UK"}.get(next(iter(areas)), "")
            if len(areas) == 1 else "")
    if tr and tr_no and where != "other countries":
        # kept in a named place, and said never to leave an area ("We store your data on servers in
        # France. It never leaves the European Union."): both, as the policy says them
        # (only where the places named lie in it: "stored in the United States" beside "we do not
        # transfer visitor data outside the EU" says the data does leave)
        if area in ("the EU", "the EEA") and all(re.sub(r"^the ", "", w.strip().lower()) in _EEA_COUNTRIES | _NEAR_EEA
                                                    for w in re.split(r",|\band\b", where)):
            items.append(Item(f"They say your data stays in {area}", _denial_exception(tr_no), refs.of(tr_no),
                              negated=True))
    elif tr_no and not tr:
        # where it stays: the area the denial names ("outside the EEA"), or the place it is kept in
        home = area or home
        # (with the exception it makes: "…, with one exception: our support tool may store support
        # tickets in the United States")
        # (or the one place a denial names as where it does not go: "We do not transfer personal
        # data to the United States" says nothing of other countries)
        quotes = [e.text for f in tr_no for e in f.evidence if not e.context]
        not_to = (_named_place(quotes, pack.macros.get("COUNTRY"))
                  if len(areas) <= 1 and not home and quotes and all(map(_DENIED_TO_PLACE.search, quotes)) else None)
        if not_to:
            items.append(Item(f"They say they do not send your data to {not_to}", _denial_exception(tr_no),
                              refs.of(tr_no), negated=True))
        else:
            # (as narrow as the data it names: "We do not transfer your health information outside
            # the UK" says nothing of other data)
            kept_in = [m for f in tr_no for e in f.evidence if not e.context for m in [_DENIED_TRANSFER_OF.search(e.text)] if m]
            whose = (" ".join(kept_in[0].group(1).split()) if kept_in and len(kept_in) == len(quotes)
                     and len({" ".join(m.group(1).lower().split()) for m in kept_in}) == 1 else "your data")
            items.append(Item(f"They say {whose} stays in {home or 'your country'}", _denial_exception(tr_no),
                              refs.of(tr_no), negated=True))
    # (Europeans' rules stay here: they are most often about data leaving the EEA; Californians'
    # are said under what the reader can do)
    # (not where Europe is only a place data goes to or is kept in: "Your data may be sent to the
    # United Kingdom", "our servers in the EU")
    europe_said = [f for f in aud.get("europeans", []) if not all(
        _EUROPE_AS_PLACE.search(e.text) and not _EUROPE_RULES.search(e.text) for e in f.evidence if not e.context)]
    if europe_said:
        items.append(Item("Special rules for " + _AUDIENCE["europeans"], "", refs.of(europe_said)))
    if tr or tr_no:
        answers.append(Answer("transfers", QUESTIONS[8][1], STATED if tr else DENIED, items[0].text + ".", items))
    else:
        # Nothing about transfers, but rules for some readers: say both.
        answers.append(Answer("transfers", QUESTIONS[8][1], NOT_STATED,
                              " ".join(["Not stated."] + [i.text + "." for i in items]), items))

    # 10. changes ---------------------------------------------------------------------------
    chg = cat("policy_change")
    note = _values(chg, "notification_type")
    # (a notice only for some changes, or only when the law requires one: "We will mail you a revised
    # privacy notice when required by law", "If we make material changes we will display a notice
    # on our home page")
    # (the website's only where the case comes first: "We will post any changes on this page, and
    # if the changes are material we will email you" posts every change)
    items = [Item(_cap(phrase), _for_some_changes(note[v]) if v == "personal_notice" else
                  _for_some_changes(note[v], before=_POSTING) if v == "general_notice_on_website" else "",
                  refs.of(note[v]))
             for v, phrase in _NOTICE.items() if v in note]
    for i in items:
        # (the channel every direct notice names, when none is an email: "by a push notification")
        if i.text == _cap(_NOTICE["personal_notice"]):
            said = [e.text for f in note["personal_notice"] for e in f.evidence if not e.context]
            if said and all(_IN_APP.search(q) and not _BY_EMAIL.search(q) for q in said):
                i.text = "They tell you directly (in the app)"
    if items:
        summary = "They may change the policy; " + _join([_lower_first(i.text) for i in items]) + "."
        answers.append(Answer("changes", QUESTIONS[9][1], STATED, summary, items))
    elif chg:
        answers.append(Answer("changes", QUESTIONS[9][1], STATED,
                              "They may change the policy, but do not say how you will be told.",
                              [Item("They may change the policy", "", refs.of(chg))]))
    else:
        answers.append(Answer("changes", QUESTIONS[9][1], NOT_STATED, "Not stated."))

    # 11. Do Not Track ----------------------------------------------------------------------
    dnt = _values(cat("do_not_track"), "do_not_track_policy")
    # Global Privacy Control is a newer browser signal than Do Not Track (no OPP-115 practice of
    # its own); a policy that honors it answers the reader's question of whether their browser's
    # signal counts, so the label says so here, after what it says of Do Not Track itself.
    gpc = [f for v, f in facts("gpc") if v == "honored"]
    gpc_item = Item(_GPC, "", refs.of(gpc)) if gpc else None
    # (said in sentences of their own, or set against each other in one: "…, but our TV apps ignore
    # it"; a refusal that reads as both, "does not change its behaviour in response to DNT
    # signals", is a refusal)
    mixed = "not_honored" in dnt and "honored" in dnt and not all(f.facts.get("dnt_moot") for f in dnt["honored"]) and (
        {f.sentence for f in dnt["honored"]} != {f.sentence for f in dnt["not_honored"]}
        or any(_CONTRAST.search(e.text) for f in dnt["honored"] for e in f.evidence if not e.context))
    if mixed:
        # honored in some places and not in others ("Our website respects the Do Not Track
        # setting, but our TV apps ignore it"): both, neither said to hold everywhere
        items = [Item("They say they honor Do Not Track signals", "in some places", refs.of(dnt["honored"])),
                 Item(_DNT["not_honored"][4:].rstrip(".").replace("they", "They", 1), "in others",
                      refs.of(dnt["not_honored"]), negated=True)]
        summary = "Partly: they say they honor Do Not Track signals in some places and not in others."
        if gpc_item:
            items.append(gpc_item)
            summary += f" {_GPC}."
        answers.append(Answer("dnt", QUESTIONS[10][1], STATED, summary, items))
    for v in ("not_honored", "honored", "mentioned_but_unclear_if_honored"):
        if mixed:
            break
        if v in dnt:
            # (the item's own words: the label marks a denial "No:" itself, "Yes, …" is the summary's)
            said = re.sub(r"^(?:Yes|No), they", "They", _DNT[v]).rstrip(".").replace("honor it", "honor Do Not Track signals")
            summary = _DNT[v]
            if v == "honored" and all(f.facts.get("dnt_moot") for f in dnt[v]):
                # (honored in effect only: "We do not track you, so Do Not Track settings make no
                # difference" says nothing is done differently, because nothing is tracked)
                said = "They say they do not track you, so Do Not Track signals change nothing"
                summary = "Yes, in effect: they say they do not track you, so Do Not Track signals change nothing."
            # (honored only in some case: "We honor Do Not Track signals only for logged-in
            # users", "If you are signed in, we respect Do Not Track")
            # (or not responded to, save one thing: "…, except that we will not show interest-based
            # ads to browsers that send them")
            items = [Item(said, _dnt_case(dnt[v]) if v == "honored" else _dnt_except(dnt[v]) if v == "not_honored" else "",
                          refs.of(dnt[v]), negated=v == "not_honored")]
            if gpc_item:
                items.append(gpc_item)
                summary += f" {_GPC}."
            answers.append(Answer("dnt", QUESTIONS[10][1], DENIED if v == "not_honored" else STATED, summary,
                                  items))
            break
    else:
        if gpc_item:
            answers.append(Answer("dnt", QUESTIONS[10][1], STATED,
                                  f"They do not mention Do Not Track. {_GPC}.", [gpc_item]))
        else:
            answers.append(Answer("dnt", QUESTIONS[10][1], NOT_STATED, "Not stated."))

    # 12. contact ---------------------------------------------------------------------------
    items = []
    emails: list[str] = []
    for v, f in facts("contact_email"):
        if v.lower() not in emails:
            emails.append(v.lower())
    if emails:
        items.append(Item("Email: " + ", ".join(emails[:3]), "", refs.of([f for _v, f in facts("contact_email")])))
    phones: list[str] = []
    digits_seen: list[str] = []
    for v, f in facts("contact_phone"):
        number = " ".join(str(v).split())
        digits = "".join(c for c in number if c.isdigit())
        # the same number written twice ("716-859-8559", "+1 716-859-8559"): the first spelling
        if not any(d.endswith(digits) or digits.endswith(d) for d in digits_seen):
            digits_seen.append(digits)
            phones.append(number)
    if phones:
        items.append(Item("Phone: " + ", ".join(phones[:2]), "", refs.of([f for _v, f in facts("contact_phone")])))
    posts = facts("contact_address")
    address = _letter_address(str(posts[0][0]), pack.macros.get("STREET_ADDRESS")) if posts else ""
    if address:
        # an address set out as lines: the town line after the street's ("4820 Commerce Parkway,
        # Suite 200 / Plano, TX 75024"), and the country's after that
        at = posts[0][1].sentence
        for nxt in doc.sentences[at + 1:at + 3]:
            line = nxt.text.strip(" .")
            if (nxt.section != doc.sentences[at].section or nxt.paragraph - doc.sentences[at].paragraph > 1
                    or not _TOWN_LINE.match(line) or line in address):
                break
            address += ", " + line
    if address:
        # (the first address the policy gives for letters; a second is usually a branch's)
        items.append(Item("Post: " + address, "", refs.of([posts[0][1]])))
    dpo = facts("dpo")
    if dpo:
        items.append(Item("A privacy officer or team: " + _cap(str(dpo[0][0])), "", refs.of([f for _v, f in dpo])))
    chan = [f for _v, f in facts("contact_channel")]
    if chan and not items:
        items.append(Item("They invite questions (see the quote for how)", "", refs.of(chan)))
    if items:
        answers.append(Answer("contact", QUESTIONS[11][1], STATED, _join([i.text for i in items]) + ".", items))
    else:
        answers.append(Answer("contact", QUESTIONS[11][1], NOT_STATED, "Not stated."))

    # header facts ----------------------------------------------------------------------------
    org = _DOCUMENT_OF.sub("", _first(facts("organization")))
    # (the date it was last updated, or else the date it took effect: "Effective date: March 3, 2025 /
    # Last updated: February 14, 2025" was last updated in February)
    # (of several update dates, "Updated: April 25, 2008 / Last Updated: January 27, 2015", the latest)
    updated = _latest([v for v, _f in facts("last_updated")]) or _first(facts("effective_date"))
    law = _first(facts("governing_law"))
    label_name = name or _name(doc, org)

    verdict = _verdict(answers)
    warnings = list(doc.warnings)
    n_practices = sum(1 for f in findings if f.category and not f.label_only)
    # counted up to five, the most the test below needs (a long policy has hundreds)
    policy_words = sum(1 for _ in itertools.islice(_POLICY_WORD.finditer(doc.text, 0, 200000), 5))
    # A short notice ("Privacy Policy: we do not collect personal information…") is still a
    # policy: what it says about personal data counts as much as how many practices it lists.
    titled = bool(re.search(r"(?i)\b(?:privacy|cookies?|data protection)\b.{0,30}\b(?:policy|notice|statement)\b",
                            " ".join([doc.title] + [sec.title for sec in doc.sections[:5]])))
    is_policy = policy_words >= 2 and (n_practices >= 3 or (n_practices >= 1 and (titled or policy_words >= 5)))
    if not _looks_english(doc.text):
        # (before the test below, which would otherwise blame the text for not being a policy)
        warnings.append("This text does not look like English: the rules read English only, so the label "
                        "probably misses most of what it says, and the reading-level figures are meant for "
                        "English.")
    elif not is_policy:
        warnings.append("This does not look like a privacy policy: few data practices were found. "
                        "The label shows what is there.")
    lab = Label(
        document=doc, findings=findings, name=label_name, organization=org, last_updated=updated,
        governing_law=law, answers=answers, evidence=refs.evidence,
        readability=readability if readability is not None else measure(doc.text),
        label_readability=measure(""), verdict=verdict,
        is_privacy_policy=is_policy, warnings=warnings,
    )
    lab.label_readability = measure(lab.plain_text())
    return lab


# English's commonest short words, which make up a third or more of the words of any English
# policy (a fifth at the least among our reference policies) and next to none of a German,
# French or Spanish one.
_ENGLISH_WORDS = frozenset(
    "the and of to in we you your is for that or with our this by on are be as it may not from at us any "
    "will can if have an which".split())
_LETTER_WORD = _lazy_re.compile(r"[^\W\d_]+")


#: An ASCII text's words the way ``_LETTER_WORD`` finds them in it lowercased: its bytes through
#: this table (ASCII letters lowercased, every other byte a space), split at the spaces. In ASCII,
#: ``[^\W\d_]`` is the letters A-Z and a-z, and ``str.lower`` lowercases those alone.
_ASCII_LETTERS_LOWERED = bytes(b if chr(b).isascii() and chr(b).isalpha() else 32 for b in range(256)).lower()
_ENGLISH_BYTES = frozenset(w.encode() for w in _ENGLISH_WORDS)


def _looks_english(text: str) -> bool:
    """Whether ``text`` reads as English: at least 6% of its first 20,000 characters' words are
    among :data:`_ENGLISH_WORDS`. Texts of fewer than 30 words are given the benefit of the doubt."""
    head = text[:20000]
    if head.isascii():  # (nearly every policy) the same words, three times as fast as the regex
        words: list = head.encode().translate(_ASCII_LETTERS_LOWERED).split()
        english = _ENGLISH_BYTES
    else:
        words = _LETTER_WORD.findall(head.lower())
        english = _ENGLISH_WORDS
    if len(words) < 30:
        return True
    return sum(map(english.__contains__, words)) >= 0.06 * len(words)


_GENERIC_TITLE = _lazy_re.compile(
    r"^\W*(?:(?:our|the|this|website|web site|online|personal data|data|customer|global)\s+)*"
    r"(?:privacy|cookie|data protection)(?:\s+and\s+cookies?)?\s+(?:policy|notice|statement|information)\W*$", re.I)
_TITLE_PARTS = _lazy_re.compile(r"\s+[|–—·:»-]\s+|\s*\|\s*")
_GENERIC_PART = _lazy_re.compile(r"^\W*(?:privacy|legal|privacy (?:center|centre|hub|portal)|home|help(?: center| centre)?)\W*$", re.I)
# "Acme Inc. ("Acme", "we", "us")" or "Acme (hereinafter "the Company")": how policies name themselves.
# Quantifiers are bounded ({1,40}, {1,63}, {1,8}): unbounded ones backtrack quadratically on long
# runs of name or domain characters ("A-A-A-…", "1.1.1.…"), seconds on 20 kB of hostile text.
_DEFINED = _lazy_re.compile(
    r"\b([A-Z][A-Za-z0-9&.-]{1,40}(?: [A-Z][A-Za-z0-9&.-]{1,40}){0,3}) \((?:the )?[\"“][^\"”]{1,40}[\"”]"
    r"(?:,? (?:or |and )?[\"“](?:we|us|our)[\"”])")
_DOMAIN = _lazy_re.compile(r"\b((?:[a-z0-9-]{1,63}\.){1,8}(?:com|net|org|io|co|app|info|biz|eu|uk|de|fr))\b", re.I)


def _name(doc: Document, org: str) -> str:
    """A name for the label: a specific title, the organization, how the policy names itself,
    its most-mentioned domain — else the generic title or the file name."""
    title = (doc.title or "").strip()
    if title and not _GENERIC_TITLE.match(title):
        # a page title names the page and the site ("Privacy Policy | Harbor Bikes", "Acme –
        # Privacy Notice"): the site's part names the label
        # (a page title is short; a hostile one of a megabyte of spaces is not split, as the
        # pattern's leading \s+ would try each of them)
        parts = [p.strip() for p in _TITLE_PARTS.split(title) if p.strip()] if len(title) <= 300 else [title]
        named = [p for p in parts if not _GENERIC_TITLE.match(p) and not _GENERIC_PART.match(p)
                 and not re.search(r"(?i)\bprivacy\b", p)]
        if len(parts) == 1 or len(named) == len(parts):
            return title
        if named:
            # (a name before a tagline: "Privacy | Hilltop Hardware - Everything for your home", a
            # tagline written in lower case as a phrase is no name)
            names = [p for p in named if _title_case(p.split())] or named
            return names[-1]
        # every part is about privacy ("Privacy Policy - Your Privacy Rights"): no name in it
    if org:
        return org
    head = doc.text[:20000]
    m = _DEFINED.search(head)
    if m:
        return m.group(1)
    domains: dict[str, int] = {}
    for d in _DOMAIN.findall(head):
        d = d.lower()
        if "@" not in d and not d.startswith(("www.w3", "aboutads", "networkadvertising")):
            domains[d] = domains.get(d, 0) + 1
    if domains:
        best = sorted(domains.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        return best[4:] if best.startswith("www.") else best
    return title or _stem(doc.source)


# A title read as a company name ("Privacy Policy of Acme Ltd"): the company is what follows "of".
_DOCUMENT_OF = _lazy_re.compile(r"^.*?\b(?:Policy|Notice|Statement|Terms|Conditions|Charter)\s+of\s+(?:the\s+)?")


def _first(pairs: list[tuple[Any, Finding]]) -> str:
    return str(pairs[0][0]) if pairs else ""


_DATE_FORMATS = ("%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%Y/%m/%d",
                 "%Y.%m.%d", "%m/%d/%Y", "%B %Y", "%m/%Y")


def _latest(dates: list[Any]) -> str:
    """The latest of the dates a policy gives as written, when each reads as a date; else the first."""
    import datetime

    if len(dates) < 2:
        return str(dates[0]) if dates else ""
    parsed = []
    for d in dates:
        text = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", " ".join(str(d).split()))
        for f in _DATE_FORMATS:
            try:
                parsed.append((datetime.datetime.strptime(text, f), str(d)))
                break
            except ValueError:
                continue
        else:
            return str(dates[0])
    return max(parsed, key=lambda x: x[0])[1]


def _stem(source: str) -> str:
    from pathlib import PurePath

    if not source or source == "-":
        return "Privacy policy"
    return PurePath(source).stem.replace("_", " ").replace("-", " ").strip() or "Privacy policy"


def _sentences(lead: str, again: str, phrases: list[str], per: int = 3) -> str:
    """Phrases as short sentences, at most ``per`` (and about ten words) to a sentence: "They
    collect A, B and C. They also collect D and E." Long lists in one sentence are what makes a
    label hard to read."""
    out: list[str] = []
    chunk: list[str] = []
    for p in phrases:
        words = sum(len(x.split()) for x in chunk + [p])
        if chunk and (len(chunk) >= per or words > 10):
            out.append(f"{again if out else lead} {_join(chunk)}.")
            chunk = []
        chunk.append(p)
    if chunk:
        out.append(f"{again if out else lead} {_join(chunk)}.")
    return " ".join(out)


def _lower_first(s: str) -> str:
    if len(s) > 1 and s[1].isupper():  # acronyms such as "IP"
        return s
    return s[:1].lower() + s[1:]


def _shorten(s: str, n: int) -> str:
    s = " ".join(s.split())
    if len(s) <= n:
        return s
    cut = s[:n].rsplit(" ", 1)[0]
    return cut + "…"


_DURATION = _lazy_re.compile(r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|"
                       r"sixty|ninety)[\s-]+(?:calendar |business )?(?:hours?|days?|weeks?|months?|years?)\b", re.I)


# A captured period that stops on a word leading into more ("…after the end of the financial
# year to"): that word goes.
_DANGLING = _lazy_re.compile(r"(?:\s+(?:to|of|which|that|the|a|an|for|in|on|at|by|and|or|with|from|after))+\s*$", re.I)


# Cookies of one kind ("third-party advertising cookies"): a denial of them leaves other cookies
# standing (one of "third-party trackers" or "advertising SDKs" rules those tools out).
_ONE_KIND_OF_COOKIE = _lazy_re.compile(r"\b(?:third[- ]party|advertising|ad|marketing|targeting|tracking|retargeting|remarketing|"
                              r"social media|persistent|analytics|facebook|meta|google|tiktok|cross-site)\s+cookies\b", re.I)


# A use denied for one end ("we do not use cookies for cross-site tracking", "the app does not use
# advertising identifiers for cross-app tracking", "we do not use your messages to target ads"):
# the data may still be collected and used otherwise, so it is no denial of collecting it.
_USE_FOR = _lazy_re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:(?!(?:collect|gather|ask|request|obtain|receive|store|record|"
                      r"keep|access|have|hold)\w*\b)\w+\s+){0,2}?(?:use|uses|used|using|process|processes|analy[sz]e|"
                      r"analy[sz]es)\b[^.;:]{0,100}?\b(?:for|to)\s+(?!(?:you|us|our|any|anyone|other|others|third)\b)\w",
                      re.I)


# The data a use denial names in its own words, when they are a kind of data and not all of it
# ("We do not use ANPR data for marketing", "sensor readings are never used for advertising").
_USED_DATA = _lazy_re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:\w+\s+){0,2}?(?:use|process|analy[sz]e)\s+(?:the\s+|our\s+|your\s+|any\s+)?"
                        r"((?:[\w-]+\s+){1,3}?(?:data|information|details|records|readings|footage|recordings|images|logs))"
                        r"\s+(?:for|to)\b", re.I)
_ALL_DATA = _lazy_re.compile(r"^(?:personal|personally|your|any|the|this|that|these|those|such|customer|customers|user|users|"
                       r"member|members|visitor|visitors|student|students|pupil|patient|patients|client|clients|employee|"
                       r"subscriber|donor|children|child|consumer|our|their|collected|other|all|identifiable|private|"
                       r"account)\b", re.I)


def _own_words(f: Finding, pattern: re.Pattern, all_data: re.Pattern | None = None) -> str:
    """What a denial names in the policy's own words: the first group of ``pattern`` in the first
    of ``f``'s own quotes that holds it ("ANPR data", "passwords in plain text"), or "" (none, or
    words ``all_data`` says stand for all data)."""
    for e in f.evidence:
        if e.context:
            continue
        m = pattern.search(e.text)
        if m and not (all_data is not None and all_data.match(m.group(1))):
            return _as_theirs(" ".join(m.group(1).split()))
    return ""


_OUR = _lazy_re.compile(r"\b(?:[Oo]ur|us|ours)\b")
_THEIRS = {"our": "their", "Our": "Their", "us": "them", "ours": "theirs"}


def _as_theirs(words: str) -> str:
    """The policy's own words said of the company: "card numbers on our servers" is "on their
    servers" in the label, "to train our models" "to train their models"."""
    return _OUR.sub(lambda o: _THEIRS[o.group(0)], words)


def _only_inside_other_kinds(v: str, findings: list[Finding], tax: Any, outer: "_OuterTerms") -> bool:
    """Does every word of the kind of data ``v`` in ``findings`` lie inside a word of another kind
    ("video" in "audio or video")? Then the other kind is what the policy said."""
    tv = tax.attributes["personal_information_type"].get(v)
    known = {t.name for t in tv.terms} if tv else set()
    owns = [set(f.terms.get("personal_information_type", ())) & known for f in findings]
    return all(owns) and not any(own & set(outer(f, "personal_information_type")) for own, f in zip(owns, findings))


# A denial of keeping ("We do not store your location history", "we never store passwords in plain
# text"): data may still be collected and used, so it is no denial of collecting it.
_KEEP_DENIED = _lazy_re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:\w+\s+){0,2}?(?:store|stores|stored|storing|keep|keeps|kept|"
                          r"retain|retains|retained|save|saves|saved|hold|holds)\b", re.I)
_COLLECT_DENIED = _lazy_re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:\w+\s+){0,3}?(?:collect|gather|ask|request|obtain|receive|"
                             r"access|capture|track|use|process|have access|see|sees|seen|view|read|handle|touch)\w*\b", re.I)


# A circumstance that narrows a denial: "in the background", "when the app is closed", "while you are
# not using it", "without your permission".
_CIRCUMSTANCE = _lazy_re.compile(r"\b(?:in the background|at this (?:stage|point)|when you(?:[’']re| are) not \w+ing|when you (?:do not|don[’']t) (?:use|have)|"
                           r"when no [\w-]+ is (?:in progress|active|under ?way|running)|outside (?:of )?(?:a |your )?"
                           r"(?:rides?|trips?|shifts?|sessions?|workouts?|journeys?|bookings?)|"
                           r"when (?:the app|it|the device|our app|you(?:r device)?) (?:is|are) (?:closed|"
                           r"not (?:in use|open|running|being used)|off|locked)|while (?:the app is |it is |you are )?(?:closed|"
                           r"not (?:in use|using (?:it|the app)))|when you are not using|without (?:your|first asking for your) "
                           r"(?:permission|consent)|unless you (?:allow|enable|turn on|give|grant)|"
                           # (or to one kind of account: "We do not show ads on Kids profiles")
                           r"(?:on|from|in|for|with) (?:the |a |your |our |any |their )?(?:kids?|children[’']?s?|child|teens?|"
                           r"family|guest|free|paid|premium|student|school|education(?:al)?|business|enterprise|ad-free) "
                           r"(?:profiles?|accounts?|modes?|versions?|plans?|tiers?|editions?)|"
                           r"(?<=\w )(?:ourselves|itself)(?=\s*(?:[,;:.!?)]|$|\s(?:and|but|or|because|since|as)\s))|"
                           # (or to the website only: "We do not collect precise GPS location from our website;
                           # our mobile app collects it only if you allow it")
                           r"(?:from|on|through|via) (?:our|the|this) (?:web ?site|site|web pages?|online store)s?(?=\s*[;:]|\s*,?\s+but\b)|"
                           # (or unless the reader asks for it: "We don't collect your email address unless you
                           # contact support")
                           r"unless you (?:\w+ ){0,2}?(?:contact|e-?mail|call|write to|message|ask|request|sign up|register|"
                           r"create|choose|give|provide|send|submit|enter|join|subscribe)\w*(?: [\w-]+){0,4})\b", re.I)
_OURSELVES = _lazy_re.compile(r"\b(?:ourselves|itself)\b", re.I)


_CIRCUMSTANCE_END = _lazy_re.compile(r"[,;:.!?)]|\s(?:and|but|or)\s")


# A denial that holds in one case the reader is in ("If you pay in cash, we collect no payment
# information"; "we do not collect your location if you turn off location services"): the case
# leads the sentence (:data:`_DENIED_IF`, which also gives the practice outside the case), or
# follows the negator in its own clause (not "We do not share it, but if you opt in, we may", nor
# a case of the reader's doubts or wishes, "if you have questions").
_CASE_AFTER = _lazy_re.compile(r"\b(?:do not|don[’']t|does not|will not|won[’']t|never|cannot|can[’']t|no)\s[^.;:,!?]{0,80}?\s"
                               r"(if you (?!(?:have (?:any |a |further |more |other )?(?:questions?|concerns?|comments?|queries|complaints?|problems?)|believe|would|wish|want|think|feel|are unsure)\b)[^.;:,!?()]{3,90}?)\s*(?:[.;:,!?)]|$)",
                               re.I)


def _denied_case(text: str) -> str:
    """The case a denial holds in, in the policy's words ("if you pay in cash"), else ""."""
    m = _DENIED_IF.match(text)
    if m is None:
        # (the first negator's: "We do not collect your password, and we cannot reset it if you
        # forget it" holds in no case)
        first = _A_NEGATOR.search(text)
        m = _CASE_AFTER.match(text, first.start()) if first else None
        if m is None or _CASE_BREAK.search(text, m.start(), m.start(1)):
            return ""
    elif _CASE_BREAK.search(m.group(1)):
        return ""
    return " ".join(m.group(1).split())


# Words that name data as a whole: a collection denial that says them ("We do not collect any
# data", "…anything about you") rules out all collection
_ANY_DATA = _lazy_re.compile(r"\b(?:data|information|info|details|anything|nothing|pii)\b", re.I)
# ...and what a denial that names no known kind of data does not collect: "We do not record
# connection timestamps or session duration"
_DENIED_OBJECT = _lazy_re.compile(
    r"\b(?:not|never|n[’']t)\s+(?:(?:ever|even|currently|actively)\s+)?"
    r"(collect|record|log|store|keep|track|gather|save|retain|monitor|capture)\s+"
    r"((?:your\s+|any\s+|the\s+)?[\w-]+(?:\s+(?!(?:for|to|when|if|unless|except|because|so|but|while|as|in|on|from|by)\b)[\w-]+){0,7})", re.I)
_PRONOUN_OBJECT = _lazy_re.compile(r"(?:it|them|this|that|these|those|any|anything|one|some|such)\b", re.I)
_A_NEGATOR = _lazy_re.compile(r"\b(?:do not|don[’']t|does not|will not|won[’']t|never|cannot|can[’']t|no)\b", re.I)
_CASE_BREAK = _lazy_re.compile(r"\s(?:but|and then|however|although|though|whereas)\s", re.I)


def _circumstance(findings: list[Finding]) -> str:
    """What narrows all of these denials alike, in the policy's words: the circumstance they hold
    in ("when the app is closed", "when you're not recording a workout") or the exception they
    make ("except when you use the map"); "" when they do not all say the same, or one is flat."""
    said = set()
    for f in findings:
        words = f.facts.get("except") or ""
        if not words:
            for e in f.evidence:
                m = _CIRCUMSTANCE.search(e.text) if not e.context else None
                case = _denied_case(e.text) if m is None and not e.context else ""
                if case:
                    words = case
                    break
                if m is not None:
                    end = _CIRCUMSTANCE_END.search(e.text, m.end())
                    words = " ".join(e.text[m.start():end.start() if end else len(e.text)].split()).rstrip(" .")
                    # (the company's own hands only: "We don't collect payment card details
                    # ourselves", where a payment company does)
                    words = _OURSELVES.sub("themselves", words)
                    break
        said.add(_lower_first(words) if words[1:2].islower() else words)
    return said.pop() if len(said) == 1 else ""


def _denies_keeping_only(f: Finding) -> bool:
    """Is ``f`` a denial of storing or keeping data, with no denial of collecting it?"""
    said = [e.text for e in f.evidence if not e.context]
    return bool(said) and any(_KEEP_DENIED.search(t) for t in said) and not any(_COLLECT_DENIED.search(t) for t in said)


# The data a keeping denial names, in its own words, to the end of its clause ("We never store
# passwords in plain text and cannot see them" → "passwords in plain text").
_NOT_KEPT_WORDS = _lazy_re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:\w+\s+){0,2}?(?:store|keep|retain|save|hold)\s+"
                             r"((?:(?!and\b|but\b|or\b|after\b|once\b|beyond\b|longer\b|for\b|unless\b|except\b)[\w’'-]+\s*){1,8}?)"
                             r"\s*(?:[.,;:!?)]|\band\b|\bbut\b|\bor\b|\bafter\b|\bonce\b|\bbeyond\b|\blonger\b|\bfor\b|\bunless\b|\bexcept\b|$)", re.I)


def _denies_a_use_for(f: Finding, outer: "_OuterTerms") -> bool:
    """Does ``f`` deny a use for some end (``_USE_FOR``) of the data it names, in its own sentence?
    (Not when the use denied is of other words: "We do not use any information for advertising,
    and our apps contain no analytics SDKs" denies the SDKs.)"""
    names = outer(f, "personal_information_type")
    pats = [p for n in names if (p := outer.pattern("personal_information_type", n)) is not None]
    # (a rule that names its data itself, with no term of the text: "cookies" for collect.cookies)
    return any(not names or any(p.search(m.group(0)) for p in pats)
               for e in f.evidence if not e.context for m in _USE_FOR.finditer(e.text))


def _only_trackers(f: Finding) -> bool:
    """Is everything ``f`` names cookies, pixels, SDKs and the like (tools one "uses"), not only
    trackers of one kind?"""
    return set(f.attributes.get("personal_information_type", [])) == {"cookies_and_tracking_elements"} and not any(
        _ONE_KIND_OF_COOKIE.search(e.text) for e in f.evidence if not e.context)


def _retention_subject(f: Finding, tax: Any, outer: _OuterTerms) -> str:
    """The kind of data a retention statement is about, as the policy names it ("server logs"),
    when it names exactly one; "" for personal information in general or several kinds."""
    quote = " ".join(dehyphenated(" ".join(e.text for e in f.evidence if not e.context)).split())
    quote = _LEADING_CLAUSE_NUMBER.sub("", quote, count=1)  # ("9.3 Call recordings are retained…")
    # a row of a table of data categories names its subject in its first, unnamed cell
    # ("Identifiers | Examples: Name, email address | Retention: 3 years")
    # (or in a first cell named for what the rows list: "Data: Crash logs | Retention period: 6 months")
    first, sep, _rest = quote.partition(" | ")
    first = _DATA_CELL.sub("", first, count=1) if sep else first
    if sep and ":" not in first and 0 < len(first.strip()) <= 40 and len(_DURATION.findall(quote)) <= 1:
        return _lower_first(first.strip())
    # ...and so does a sentence or list item whose subject is the data it keeps ("Billing records
    # are retained for seven years", "Support tickets: 24 months from closure"), or a "we keep X
    # for…" clause its object, in its own words; read in the clause that holds the period ("The
    # face scan is deleted at once; the video is kept for 3 years" keeps the video for 3 years)
    clause = _period_clause(quote)
    if len(_DURATION.findall(clause)) <= 1:
        m = _KEPT_SUBJECT.match(clause) or _KEPT_OBJECT.search(clause)
        if m:
            subject = _REFLEXIVE.sub("", m.group(1))
            if not _GENERIC_SUBJECT.fullmatch(subject):
                return _lower_first(subject)
    values = [v for v in f.attributes.get("personal_information_type", []) if v != "generic_personal_information"]
    if len(values) != 1:
        return ""
    # "we keep order records for seven years and delete call recordings after 90 days": with two
    # periods in the sentence, its one kind of data may belong to the other period
    if len(_DURATION.findall(quote)) > 1:
        return ""
    names = outer(f, "personal_information_type")
    return names[0] if len(names) == 1 else tax.label("personal_information_type", values[0])


_LEADING_CLAUSE_NUMBER = _lazy_re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+")
_DEEMED_SALE = "What they share with partners may count as a “sale” or “sharing” under some privacy laws"
# The data a retention sentence or list item is about, when it opens with it: "Crash logs are
# deleted after 90 days", "Invoices and billing records: seven years".
_KEPT_SUBJECT = _lazy_re.compile(
    r"^\W*((?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][\w’'-]*(?:\s+(?:and|or|&)\s+(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w’'-]*)?)"
    r"(?:\s*:\s*(?:for |up to |at least |within |after )?\d|\s*:\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"eighteen|twenty|thirty|sixty|ninety)\b|\s+(?:is|are|will be|shall be|may be)\s+(?:\w+ly\s+)?(?:kept|retained|stored|held|"
    r"deleted|erased|removed|purged|destroyed|anonymi[sz]ed|archived)\b)")
# ...or that a clause keeps in so many words: "we retain your phone number and device identifier
# for 5 years" (a few words, so that no longer phrase is taken for a name of data)
_KEPT_OBJECT = _lazy_re.compile(
    r"\b(?:we|they|(?-i:I))\s+(?:(?:will|may|also|only|then|still|generally|typically|normally)\s+)*"
    r"(?:retain|keep|store|hold|archive)\s+(?:(?:your|the|any|all|their)\s+)?"
    r"((?:[A-Za-z][\w’'-]*,?\s+){0,5}?[A-Za-z][\w’'-]*)\s+(?:for|up to)\s+(?:at least |up to |a (?:maximum|minimum) of )?"
    r"(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|thirty|sixty|ninety)", re.I)
_DATA_CELL = _lazy_re.compile(r"^\W*(?:(?:types?|kinds?|categor(?:y|ies)) of )?(?:personal )?(?:data|information|records?)"
                        r"(?: (?:types?|kinds?|categor(?:y|ies)))?\s*:\s*", re.I)
_REFLEXIVE = _lazy_re.compile(r"\s+(?:itself|themselves)$", re.I)


# Where a sentence's clauses part: "…for 3 years, and travel document data for 72 hours", "…; the
# video is kept…", "…for seven years and delete call recordings after 90 days".
_CLAUSE_BREAK = _lazy_re.compile(r";|,\s*(?:and|but|while|whereas)\s+|\s+and\s+(?=(?:we\s+)?(?:delete|keep|retain|store|"
                           r"erase|remove|destroy|purge|anonymi[sz]e)\b)|,\s+(?=(?:[\w-]+\s+){1,3}(?:for|after|within)\s+\S)",
                           re.I)
# ...and a later clause whose verb is left out ("and travel document data for 72 hours"), or that
# deletes its object ("delete call recordings after 90 days")
_GAPPED_SUBJECT = _lazy_re.compile(r"^\W*(?:(?:we|they)\s+)?(?:(?:delete|erase|remove|destroy|purge|anonymi[sz]e|keep|retain|"
                             r"store)\s+)?(?:(?:your|the|any|all|their)\s+)?((?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][\w’'-]*)"
                             r"\s+(?:for|after|within|up to)\s+\S", re.I)


# A period counted from an event the reader brings about, said before it: "as long as you drive with
# us, plus 3 years", "until you delete your account, and backups are cleared within 90 days", "while
# your account is open and for 2 years afterwards". The period alone ("3 years") would read as
# the whole time the data is kept.
_OPEN_END = _lazy_re.compile(r"\b(?:(?:for )?as long as|until|while|during)\b", re.I)
_THEN_MORE = _lazy_re.compile(r"(?:,?\s+(?:plus|then|after which|followed by|and(?: then)?)|\s+and (?:[\w-]+ ){0,3}?(?:are|is|will be|get) "
                        r"(?:\w+ )?(?:deleted|cleared|erased|removed|purged|overwritten|destroyed))\s+(?:for\s+)?$", re.I)
# A period of not using the service, in a condition: "if you have not placed an order for 3 years",
# "if your account is inactive for three years", "accounts that nobody has used for three years".
_IF_CLAUSE = _lazy_re.compile(r"\b(?:if|once|when)\b[^.;:,]{1,100}$", re.I)
_UNUSED = _lazy_re.compile(r"\b(?:inactiv\w*|dormant|unused|(?:nobody|no one) has (?:used|logged)|not (?:been )?(?:used|active|accessed)|"
                     r"(?:do not|don[’']t|does not|doesn[’']t|have not|haven[’']t|has not|hasn[’']t) (?:\w+ )?"
                     r"(?:log(?:ged)? ?in|sign(?:ed)? ?in|us(?:e|ed)|plac(?:e|ed)|ma(?:de|ke)|visit(?:ed)?|open(?:ed)?)|"
                     r"without (?:any )?(?:activity|use|logging in|signing in|(?:a |any )?(?:sign|log)[- ]?ins?))\b", re.I)


_LEADING_IF = _lazy_re.compile(r"^\W*(if|once|when|after)\s+(you\s+[^.;:,]{3,80}?|"
                         # (or what the company does to the reader's account: "If we ban your account
                         # for abuse, we keep your email address for 2 years")
                         r"we\s+(?:\w+\s+)?(?:ban|suspend|close|terminate|block|disable|deactivate|remove)\w*\s+(?:your|an?|the)\s+[^.;:,]{3,60}?)(?:,\s+|\s+(?=(?:it|they)\s+(?:is|are|will|gets?)\b))"
                         r"(?:we|they|it|the \w+|your \w+|"
                         # (or other data first: "…, unused points are forfeited and your loyalty profile is deleted")
                         r"(?:[\w-]+ ){1,2}(?:is|are|will be))\b[^.;:]{0,100}$", re.I)
# ...or data named by what happened to it ("Deleted posts are hidden immediately and purged after 30
# days", "Closed accounts are removed within a year"): the period runs from then
_LEADING_STATE = _lazy_re.compile(r"^\W*(deleted|removed|closed|cancell?ed|expired|rejected|unsuccessful|withdrawn|"
                            r"terminated)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:are|is|will be|get|gets)\b[^.;:]{0,100}$", re.I)
_IN_WHICH_CASE = _lazy_re.compile(r"\b(?:unless|if)\s+(you\s+[^.;,]{3,100}?),\s*in (?:which|that) case\b[^.;,]{0,60}$", re.I)
_UNLESS_AFTER = _lazy_re.compile(r",?\s+(?:and\s+(?:then\s+)?(?:deleted|erased|removed|destroyed|anonymi[sz]ed)\s*,?\s+)?"
                                 r"((?:unless|except\s+(?:when|where|if))\s+[^.;,()]{3,100})", re.I)
# ...or only in some case, said after it ("for 48 hours, but only during an active attack") or as
# the exception to a denial the sentence opens with ("We don't log IP addresses, except for a short
# period during an active denial-of-service attack, when we may keep them for up to 48 hours")
_ONLY_AFTER = _lazy_re.compile(r",?\s+(?:but\s+)?(only (?:during|while|when|if|in case of|in the event of)\s+[^.;,()]{3,80})", re.I)
_EXCEPT_DURING = _lazy_re.compile(r"\bexcept (?:for [^,;.]{0,40}?)?\b(during|while|when|if|in case of|in the event of)\s+"
                            r"([^.;,]{3,80}),\s*(?:when|in which case|where)\b[^.;,]{0,60}$", re.I)


def _period_in_full(f: Finding, t: str, what: str = "") -> str:
    """``t``, a period ``f`` states, with what it is counted from when its sentence says that
    first: the open end it follows ("as long as you drive with us, plus 3 years") or the time
    without use it is ("if you have not placed an order for 3 years", "after three years without
    use")."""
    if not t or t[:1].isupper():
        return t
    for e in f.evidence:
        if e.context:
            continue
        at = e.text.lower().find(t.lower())
        if at <= 0:
            continue
        head = e.text[:at]
        opens = [m for m in _OPEN_END.finditer(head)]
        between = head[opens[-1].end():] if opens else ""
        if opens and len(between) <= 100 and not re.search(r"[.;:]", between) and _THEN_MORE.search(between):
            return _lower_first(" ".join(e.text[opens[-1].start():at + len(t)].split()))
        cond = _IF_CLAUSE.search(head)
        if cond is not None and _UNUSED.search(cond.group(0)):
            return _lower_first(" ".join(e.text[cond.start():at + len(t)].split()))
        # a period that holds only in a case the sentence names first ("…are deleted once converted
        # to text, unless you have chosen to help improve voice recognition, in which case we keep
        # them for up to two years"): the period, and the case
        # ...or an "if" leading the sentence ("If you turn Face Grouping off, we delete all face
        # templates within 30 days")
        case = _IN_WHICH_CASE.search(head)
        lead = _LEADING_IF.match(head) if case is None else None
        during = _EXCEPT_DURING.search(head) if case is None and lead is None else None
        state = _LEADING_STATE.match(head) if case is None and lead is None and during is None else None
        if state is not None and state.group(1).lower() in what.lower():
            state = None  # (the data's name says it already: "deleted conversations")
        said = (f"{t} if {' '.join(case.group(1).split())}" if case is not None
                else f"{t} {lead.group(1).lower()} {' '.join(lead.group(2).split())}" if lead is not None
                else f"{t}, only {during.group(1).lower()} {' '.join(during.group(2).split())}" if during is not None
                else f"{t}, once {state.group(1).lower()}" if state is not None else t)
        # ...and an exception said after it ("deleted after 30 days, unless an unpaid fee is outstanding")
        after = _UNLESS_AFTER.match(e.text, at + len(t)) or _ONLY_AFTER.match(e.text, at + len(t))
        if after is not None:
            said += f", {' '.join(after.group(1).split())}"
        if said != t:
            return said
        # (not across another period: "An account becomes inactive after 24 months without sign-in,
        # and we delete inactive accounts six months later")
        if _UNUSED.search(head[-60:]) and not _UNUSED.search(t) and not _DURATION.search(head[-60:]):
            bare = re.sub(r"^(?:for|within|up to|after)\s+", "", t, flags=re.I)
            return f"after {bare} without use"
    return t


def _periods_in_full(f: Finding, t: str, what: str = "") -> str:
    """Each of the periods ``t`` joins with "; " in full (``_period_in_full``), without one that
    another's case holds already."""
    parts = t.split("; ")
    fulls = [_period_in_full(f, p, what) for p in parts]

    def in_case_of(i: int, j: int) -> bool:
        # (in the case another is said in, not in an exception it makes: "within 30 days, except
        # where we must keep billing records for 7 years" keeps the 7 years)
        at = fulls[j].lower().find(parts[i].lower())
        return (i != j and fulls[j] != parts[j] and at >= 0 and bool(_CASE_WORD.search(fulls[j], 0, at))
                and not _EXCEPTION_WORD.search(fulls[j], 0, at))

    return "; ".join(full for i, full in enumerate(fulls) if not any(in_case_of(i, j) for j in range(len(parts))))


_CASE_WORD = _lazy_re.compile(r"\b(?:if|once|when)\b", re.I)
_EXCEPTION_WORD = _lazy_re.compile(r"\b(?:unless|except)\b", re.I)


def _clause_periods(f: Finding, t: str) -> list[tuple[str, str]] | None:
    """(data, period) for each of several periods ``t`` holds ("for 3 years; for 72 hours"),
    each with the data its own clause of the quote names; None unless every one names its data."""
    parts = [p for p in t.split("; ") if p]
    if len(parts) < 2:
        return None
    quote = " ".join(dehyphenated(" ".join(e.text for e in f.evidence if not e.context)).split())
    bounds = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(quote)] + [len(quote) + 1]
    out: list[tuple[str, str]] = []
    for part in parts:
        at = quote.lower().find(part.lower())
        if at < 0:
            return None
        k = max(i for i, b in enumerate(bounds) if b <= at)
        clause = quote[bounds[k]: bounds[k + 1] if k + 1 < len(bounds) else len(quote)]
        if len(_DURATION.findall(clause)) != 1:
            return None
        m = _KEPT_SUBJECT.match(clause) or _KEPT_OBJECT.search(clause) or (_GAPPED_SUBJECT.match(clause) if k else None)
        subject = _REFLEXIVE.sub("", m.group(1)) if m else ""
        if not subject or _GENERIC_SUBJECT.fullmatch(subject):
            return None
        out.append((_lower_first(subject), part))
    return out


def _period_clause(quote: str) -> str:
    """The clause of ``quote`` (split at semicolons) that holds its first period of time, or ``quote``."""
    m = _DURATION.search(quote)
    if not m or ";" not in quote:
        return quote
    start = quote.rfind(";", 0, m.start()) + 1
    end = quote.find(";", m.end())
    return quote[start: end if end >= 0 else len(quote)]


# ...unless that subject says no more than "your data" ("Personal data is kept for…", "It is deleted…")
_GENERIC_SUBJECT = _lazy_re.compile(
    r"(?i:(?:(?:all|any|your|our|the|this|such|that|these|those|other|personal|user|customer|collected|most)\s+)*"
    r"(?:personal\s+)?(?:information|data|details|it|they|them|this|that|these|those|everything|records|pii|"
    r"personal data|personal information)|we|you|i)")
_UNTIL_YOU = "Until you delete it or close your account"
_UNTIL_CONSENT_ENDS = "Until you withdraw your consent or opt out"
# a condition the reader ends by taking back consent ("until you withdraw consent", "until you unsubscribe")
_CONSENT_ENDS = _lazy_re.compile(r"\b(?:withdraw\w*|revok\w*|take back|with-?draw)\b[^.;]{0,20}\bconsent\b|\bopt(?:s|ed)?[- ]?out\b|"
                           r"\bunsubscrib\w*|\bobject\w*\b", re.I)
# A retention condition the reader ends: "until you delete them", "as long as your account is open",
# "while you remain a member". Being a customer or a guest ("while you remain an active guest")
# is no account the reader closes: the company decides when that ends.
_READER_ENDS = _lazy_re.compile(r"^\W*(?:only )?(?:(?:for )?as long as|until|while) (?:your (?:account|membership|subscription)\b|"
                          r"you(?! own\b)(?! (?:remain|are|stay|continue to be)(?: an?)?(?: active| regular| current| existing)? "
                          r"(?:guest|customer|client|patient|donor|supporter|student|employee|visitor|shopper|buyer)s?\b)\b)",
                          re.I)


# ...and not kept on after that ("while you have an account and thereafter for as long as…",
# "as long as your account is active or as needed to…")
_KEPT_BEYOND = _lazy_re.compile(r"\b(?:thereafter|after|afterwards|then|or as|as needed|needed|necessary|required|reasonabl\w*|"
                          r"law|legal\w*|longer|period)\b", re.I)


def _reader_ends(condition: str) -> bool:
    return bool(_READER_ENDS.match(condition)) and not _KEPT_BEYOND.search(condition)


def _retention_phrase(item: Item) -> str:
    if item.text == "For a set time":
        return "for a set time (" + item.detail + ")" if item.detail else "for a set time"
    if item.text == "Only as long as needed":
        return "as long as needed"
    if item.text in (_UNTIL_YOU, _UNTIL_CONSENT_ENDS):
        return _lower_first(item.text)
    return "maybe forever"


# A sale clause about minors' data: "sell or share the personal information of consumers under 16"
#: What a policy says is done with data it sells, in its words: the verbs the sold answer uses.
_SALE_VERBS = (
    ("sell", re.compile(r"\b(?:sell\w*|sold|sales?)\b", re.I)),
    ("rent", re.compile(r"\b(?:rent\w*|leas(?:e|es|ed|ing))\b", re.I)),
    ("trade", re.compile(r"\b(?:trad(?:e|es|ed|ing)|barter\w*)\b", re.I)),
    # (a mailing list swapped with other organizations: "we exchange our postal mailing list with…")
    ("exchange", re.compile(r"\bexchang(?:e|es|ed|ing)\b(?=\s+(?:(?:our|its|their|your|the)\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:mailing|customer|member|subscriber|donor|postal|e-?mail|catalog(?:ue)?)\s+(?:mailing\s+)?lists?\b)",
                            re.I)),
)

_SHARE_WORDS = _lazy_re.compile(r"\b(?:shar\w*|disclos\w*|giv(?:e|es|ing|en)|transfer\w*|provid\w*|pass(?:es|ed|ing)?|releas\w*|"
                          r"distribut\w*|make\s+(?:\w+\s+){0,3}?available|send|sends|sent|supply|supplies)\b", re.I)


# An exception to a sale denial that is a sale itself: "except that we rent our mailing list…"
_EXCEPT_SALE = _lazy_re.compile(r"\b(?:we|it)\s+(?:\w+\s+){0,2}?(rent|sell|lease|trade)(?:s|ed|ing)?\b", re.I)


def _denies_selling_only(f: Finding) -> bool:
    """Is ``f`` a denial whose sentence speaks of selling (renting, trading) and of no other way of
    giving data out?"""
    said = [e.text for e in f.evidence if not e.context]
    return bool(said) and all(any(w.search(t) for _v, w in _SALE_VERBS) and not _SHARE_WORDS.search(t) for t in said)


def _excepted_from_denied_sale(f: Finding) -> bool:
    """Is ``f`` a list item whose sale is only in its lead-in, a lead-in that denies selling?"""
    own = [e.text for e in f.evidence if not e.context]
    lead = [e.text for e in f.evidence if e.context]
    sold = [q for q in own + lead if any(w.search(q) for _v, w in _SALE_VERBS)]
    return bool(lead) and bool(sold) and not any(q in sold for q in own) and all(_NOT.search(q) for q in sold)


_NOT = _NEGATOR

#: What a sale denial inside a sale's own sentence names, when it names the reader's data by kind:
#: "we never rent, sell or exchange your e-mail address or telephone number" (not "your data",
#: nor "your personal information", which the label already says as "your data").
_DENIED_SALE_OF = _lazy_re.compile(
    "(?:" + _NEGATOR.pattern + r")\s+(?:(?:rent|sell|exchange|trade|lease|share|disclose|give)\b(?:\s*,\s*|\s+(?:or|and|nor)\s+|\s+))+"
    r"(your\s+(?!(?:personal\s+)?(?:information|data|details)\b)(?:[\w-]+\s+){0,3}?"
    r"(?:e-?mail(?:\s+address(?:es)?)?|(?:tele)?phone(?:\s+numbers?)?|names?|(?:postal\s+|mailing\s+|home\s+)?address(?:es)?|"
    r"numbers?|history|records?|lists?|details|profiles?)"
    r"(?:(?:\s*,?\s+(?:or|and)\s+|\s*,\s*)(?:your\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:e-?mail(?:\s+address(?:es)?)?|(?:tele)?phone(?:\s+numbers?)?|names?|(?:postal\s+|mailing\s+|home\s+)?address(?:es)?|"
    r"numbers?|history|records?|details|profiles?))*)\b", re.I)

#: Encryption said with where it applies: in transit, at rest, in storage.
_WHERE_ENCRYPTED = _lazy_re.compile(r"\bencrypt\w*\b.{0,60}\b(?:rest|stor\w*|transit|transmi\w*|databases?|servers?|ssl|tls|https|"
                              r"connections?)\b|\b(?:rest|stor\w*|transit|transmi\w*|ssl|tls|https)\b.{0,60}\bencrypt", re.I)

_IF_SOLD = _lazy_re.compile(r"\b(?:(?:if|should|in the event|in case|whether|where|when)\b[^.;]{0,160}?|reserves? the right to\b[^.;]{0,60}?)"
                      r"\b(?:sell|sells|sold|sale|rent|rents|rented|trade|trades|traded)\b", re.I)
_WITH_CONSENT = _lazy_re.compile(r"\b(?:with|after (?:obtaining|getting|receiving)|upon|subject to)\s+"
                           # (or someone else's: "With the family's consent at sign-up, sessions are recorded")
                           r"(?:your\s+|(?:the|a|their|your)\s+[\w-]+[’']s?\s+|parental\s+)?"
                           r"(?:(?:express|explicit|prior|written|affirmative|separate|specific|additional|signed)\s+)*"
                           r"(?:consent|permission|authori[sz]ation)\b",
                           re.I)

# A practice the reader must agree to first, in the policy's words: "if you say yes first", "if
# you accept marketing cookies", "with your consent", "unless you tell us we can". (Not "if you do
# not agree": that is the way out of something done anyway.)
_IF_YOU_AGREE = _lazy_re.compile(
    r"\b(?:only\s+)?(?:if|once|after|(?<=only )when|(?<=only )where)\s+(?:you(?:[’']ve)?|(?:the|a) (?:customer|user|member|subscriber|client|"
    r"account ?holder|driver|rider|patient|player|couple|parent|guardian))\s+(?:have\s+|has\s+|first\s+|\w+ly\s+)*(?!do\b|don|does\b)"
    r"(?:agree\w*|consent\w*|sa(?:y|id) yes|sa(?:y|id) (?:we (?:can|may)|so|it[’']?s (?:ok|okay|fine))|accept\w*|allow\w*|authori[sz]e\w*|opt(?:ed)?[- ]?in|choose to|ask (?:for it|us to)|activat\w*|enrol\w*|"
    r"asked (?:us )?(?:to receive|for) it|"
    r"giv(?:e|en) (?:us )?(?:your )?(?:(?:separate|express|explicit|prior|written|specific|additional|affirmative)[,\s]+(?:and\s+)?)*"
    r"(?:consent|permission)|grant\w*|tick\w*|check\w*|switch on|turn on|"
    r"(?:turn|switch) (?:[\w-]+ ){1,3}?on\b|enabl\w*|ask(?: us)?\b|request\w*|"
    # (what the reader makes public: "if you make a workout public, other users can see it")
    r"make (?:[\w’'-]+ ){0,3}?public|set (?:[\w’'-]+ ){0,3}?to public)"
    # (not past an inverted main clause: "Only if you give express consent will your data be shared")
    r"(?:\s+(?!(?:and|but|or|so|then|will|would|shall|can|could|may|might|must)\b)[\w’'-]+){0,8}"
    # ("when" as "if" for a permission: "We collect your precise location when you allow it")
    r"|\bwhen\s+you\s+(?:allow|permit|enable|grant|give\s+(?:us\s+)?(?:your\s+)?permission|turn\s+on|switch\s+on)\w*"
    r"(?:\s+(?!(?:and|but|or|so|then)\b)[\w’'-]+){0,8}"
    r"|(?:\bonly\s+)?" + _WITH_CONSENT.pattern +  # ("with your consent", as a sale's)
    r"|\bunless you (?:tell us we can|agree|consent|allow it|say so|say yes|subscribe\w*|sign up|ask (?:us )?for (?:it|them|this|these)|"
    r"request (?:it|them))\b(?: (?:to|for) (?:our |the |a )?[\w-]+(?: [\w-]+)?)?"
    # (or only once the reader signs up: "We only send you marketing emails if you sign up for them")
    r"|\bonly\s+(?:[\w-]+\s+){0,6}?(?:if|when|once|after)\s+you\s+(?:first\s+)?(?:sign(?:ed)?\s+up|subscribe\w*|register\w*|opt(?:ed)?[- ]?in)"
    r"(?:\s+(?!(?:and|but|or|so|then)\b)[\w’'-]+){0,6}"
    # (or until the reader says no: "…with our affiliates unless you tell us not to")
    r"|\bunless you (?:tell|ask|instruct|direct) us not to\b|\bunless you (?:choose to )?opt out\b"
    # (or of those who agreed only: "We only sell data about customers who have opted in")
    r"|\b(?:only )?(?:of|about|from) (?:the )?(?:customers|users|members|people|those|subscribers|visitors|patients|players) "
    r"who (?:have )?(?:opted[- ]in|agreed|consented|said yes)\b"
    # (a use that needs the reader's authorization: "Other uses, including marketing, require your
    # written authorization", said as "only with your written authorization")
    r"|\brequires? your (?:[\w-]+ )?(?:authori[sz]ation|consent|permission)\b"
    # (only the readers who switch something on: "Precise geolocation, but only for customers who
    # enable location sharing in the app")
    r"|\bonly (?:for|from) (?:[\w’'-]+ ){0,4}?(?:users|customers|people|members|those|anyone|players|drivers|riders) "
    r"who (?:enable|turn on|switch on|allow|opt in|agree|consent|choose)\w*(?:\s+(?!(?:and|but|or|so|then)\b)[\w’'-]+){0,6}"
    # (or when someone else switches it on for the reader: "only when the creator enables it")
    r"|\bonly (?:when|if) (?:the|a|an|your) (?:creator|publisher|host|owner|account holder|administrator|admin|school|"
    r"employer|organi[sz]ation|parent|guardian|teacher)s?(?: or (?:the|a|an|your|their) [\w-]+)? (?:\w+ )?(?:has |have )?"
    r"(?:enabl(?:es?|ed)|turn(?:s|ed)? (?:[\w-]+ ){0,3}?on|switch(?:es|ed)? (?:[\w-]+ ){0,3}?on|opts? in|opted in|chooses?|chose|"
    r"allow(?:s|ed)?|connect(?:s|ed)?|links?|linked|authori[sz]e[sd]?|install(?:s|ed)?)\b"
    r"(?:\s+(?!(?:and|but|or|so|then)\b)[\w’'-]+){0,6}"
    # (only while the reader uses one feature: "precise location only when you use the airport map")
    r"|\bonly (?:when|while|if|once|after) you(?:[’']re| are| have)? (?:use|using|open|opening|visit|visiting|"
    r"subscribe\w*|sign(?:ed)? (?:in|up)|log(?:ged)? in|connect\w*|link\w*|register\w*|join\w*|enter\w*)\b"
    r"(?:\s+(?!(?:and|but|or|so|then)\b)[\w’'\"“”-]*\w[\w’'\"“”-]*){1,6}"
    # (a feature the reader has to switch on: "Audio recording during trips is off by default")
    r"|\b(?:is|are|stays|remains|turned|switched) (?:off|disabled) by default\b",
    re.I)


# The one case a collection holds in, in the policy's words: "We only get your email address if you
# write to our support team"; "If you subscribe to the Pro plan, we collect your e-mail address".
# (Not the reader's visit or use, which every collection of a website holds in: "If you use our
# site, we collect your IP address".)
_ONLY_WHEN_YOU = _lazy_re.compile(
    r"\bonly\s+(?:(?:get|receive|collect|see|have|store|keep|ask for|know|process|hold|obtain|request|record)\s+"
    r"[^.;:,()]{1,60}?\s+)?(?:if|when|once|after)\s+you\s+(?!(?:use|visit|access|browse|are|have)\b)"
    r"([^.;:,()]{3,70}?)(?=\s*(?:[.;:,()]|\s(?:and|but|or)\s|$))"
    r"|^\W*(?:if|when|once)\s+you\s+(?!(?:visit|access|browse|are|have|do not|don[’']t|interact|navigate)\b|use\s+(?:our|the|this|"
    r"any\s+of\s+our)\s+(?:[\w-]+\s+)?(?:site|website|web site|services?|apps?|application|platform|products?)\b)"
    r"([^.;:,()]{3,70}?),\s+(?:(?:we|i)\s+(?:may\s+|will\s+|also\s+)*(?:collect|receive|ask for|request|get|obtain|store|record|keep)\b|"
    # (or the data sent, in the passive: "If you use the "AI Styles" feature, the selected photo is
    # sent to our server")
    r"[^.;:]{0,60}?\b(?:is|are)\s+(?:sent|uploaded|transmitted|shared|transferred)\s+(?:to|with)\s+(?:us|our)\b)",
    re.I)


_EVERYONE_DOES = _lazy_re.compile(r"(?:first |choose to )?(?:sign(?:ed)? up|register|enrol+|join|create (?:an|your) account|"
                                  r"set up (?:an|your) account|open (?:the|our) app|play|log ?in|sign in|start service|pay)"
                                  r"(?: with us| for (?:an|a) account| for (?:our|the) services?)?", re.I)


# The company's own hands kept off data another company handles ("Card numbers are processed by
# Braintree and are not stored by us")
_NOT_BY_US = _lazy_re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?(?:stored|kept|seen|held|received|retained|saved|accessed)\s+(?:by|on|in)\s+"
                              r"(?:us|me|our (?:own )?(?:company|servers?|systems?|databases?))\b|"
                              # ("…handled by our payment processor, Stripe, and never reach our servers")
                              r"\b(?:not|never)\s+(?:\w+\s+)?(?:reach|touch|pass(?:es)? through|enter|hit)\w*\s+(?:us|our (?:own )?(?:servers?|systems?|databases?))\b|\b(?:we|i)\s+(?:do not|don[’']t|never|cannot|can[’']t)\s+"
                              r"(?:\w+\s+)?(?:see|store|keep|hold|receive|retain|save|access)\b", re.I)


def _only_when_you(findings: list[Finding], terms: list[Any]) -> str:
    """The case every one of ``findings`` says it collects the data in (:data:`_ONLY_WHEN_YOU`),
    in the clause that names it ("only if you write to our support team"), else ""."""
    said = set()
    for f in findings:
        quotes = [e.text for e in f.evidence if not e.context]
        found = ""
        for q in quotes:
            m = _ONLY_WHEN_YOU.search(q)
            if m is None:
                continue
            named = [t for p in terms if p is not None for t in p.finditer(q)]
            # (a case in brackets is the item's before it: "IP address and an advertising
            # identifier (only if you allow tracking)")
            opened = q.rfind("(", 0, m.start())
            scope = 0
            if opened > q.rfind(")", 0, m.start()):
                scope = max((x.end() for x in _LIST_SEPARATOR.finditer(q, 0, opened)), default=0)
            if not named or any(t.start() < scope or _OTHER_CLAUSE.search(q, min(m.start(), t.start()), max(m.end(), t.end()))
                                for t in named):
                continue
            whole = " ".join((m.group(1) or m.group(2)).split())
            case = _LOOSE_END.sub("", whole)
            if re.search(r"\b(?:turn|switch)\w*$", case, re.I) and whole.endswith(" on"):
                case += " on"  # ("when you start a run with GPS turned on")
            if m.group(2) and _EVERYONE_DOES.fullmatch(case):
                continue  # (what every user does: "When you sign up, we collect your email address")
            lead = re.search(r"\b(if|when|once|after)\s+you\b", m.group(0), re.I)
            found = ("only " if m.group(1) else "") + lead.group(1).lower() + " you " + case
            break
        if not quotes or not found:
            return ""
        said.add(found)
    return said.pop() if len(said) == 1 else ""


def _and_detail(detail: str, condition: str) -> str:
    """An item's detail with a condition after it ("Meta, Google; if you accept marketing cookies")."""
    return f"{detail}; {condition}" if detail and condition else detail or condition


#: Words a condition cut off at its length limit does not end on ("…connect your clinic in the").
_LOOSE_END = _lazy_re.compile(r"(?:\s+(?:the|a|an|in|on|at|to|of|for|with|by|from|your|our|their|its|and|or|that|which|"
                        r"when|if|so|as))+$", re.I)
#: What parts the clause of a condition from another ("…with service providers, and if you agree,
#: with advertisers": the condition is the advertisers' only).
_OTHER_CLAUSE = _lazy_re.compile(r",\s*(?:and|or)\b|\b(?:and|or),|;|\bbut\b(?!\s+only\b)", re.I)  # ("…, but only if": the same clause's)
_LIST_SEPARATOR = _lazy_re.compile(r",|;|\b(?:and|or)\b", re.I)
_PASSES_ON = _lazy_re.compile(r"\b(?:shar|disclos|pass|giv|gave|sen[dt]|provid|transfer|sell|sold|rent|releas|collect|us(?:e|es|ed|ing)\b|"
                              r"record|store|keep|receiv|get|gets|obtain|process|track)\w*", re.I)


def _clause_around(text: str, m: "re.Match[str]") -> str:
    """The clause of ``text`` (between :data:`_OTHER_CLAUSE` breaks) that holds the match ``m``."""
    start = max((b.end() for b in _OTHER_CLAUSE.finditer(text, 0, m.start())), default=0)
    nxt = _OTHER_CLAUSE.search(text, m.end())
    return text[start: nxt.start() if nxt else len(text)]


# A right only the people of some places have, as the sentence limits it: "if you live in
# California", "depending on where you live", "California, Virginia and Colorado residents",
# "residents of certain states", "if you are in the EEA or UK".
#: Whom a right may be limited to by where they are ("applicants in the EU", "people in California").
_PEOPLE = ("people", "users", "consumers", "customers", "individuals", "visitors", "members", "anyone", "those",
           "applicants", "students", "patients", "travelers", "travellers", "subscribers", "employees", "candidates")
# More places after the first, as a list with commas that ends in "and" or "or" ("in California,
# Colorado, Connecticut or Virginia"); a comma alone ends the clause ("if you live in the EU or UK,
# the GDPR gives you…").
_PLACE_LIST = r"(?:(?:,\s+(?:the\s+)?(?-i:[A-Z])[\w.]*)+,?\s+(?:and|or)\s+(?:the\s+)?(?-i:[A-Z])[\w.]*)?"
_RESIDENTS = _lazy_re.compile(
    r"\b(?:if|where|when) you (?:live|reside|are(?: located| based| resident)?)\s+(?:in|within)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w.]*|certain|some|a|one|another)"
    + _PLACE_LIST +
    r"(?:\s+(?:and|or|of|the|(?-i:[A-Z])[\w.]*|states?|countr(?:y|ies)|jurisdictions?|regions?|provinces?|areas?)\b)*"
    # (the people of a place: "applicants in the European Union or United Kingdom may request…")
    r"|\b(?:" + "|".join(_PEOPLE) + r") (?:who (?:live|are) |living |based |located )?"
    r"in (?:the )?(?-i:[A-Z])[\w.]*" + _PLACE_LIST +
    r"(?:\s+(?:and|or|(?-i:[A-Z])[\w.]*)\b)*"
    # (a place leading the sentence, with the law that gives the right: "In Washington, under the
    # My Health My Data Act, you may ask us to delete…")
    r"|^\W*in (?:the )?(?-i:[A-Z])[\w.]*(?: (?-i:[A-Z])[\w.]*)?(?=,\s+(?:under|pursuant to|as required by)\b)"
    r"|\bdepending on (?:where you (?:live|reside|are)|your (?:location|jurisdiction|state|country|place)(?: of residence)?)"
    # (or by the law that gives it: "Under the CCPA you may request…", "The CCPA gives you the right…")
    r"|\b(?:under|pursuant to) (?:the )?(?-i:CCPA|CPRA|GDPR|UK GDPR|LGPD|PIPEDA|POPIA|VCDPA|CTDPA)\b"
    r"|\bthe (?-i:CCPA|CPRA|GDPR|UK GDPR|LGPD|PIPEDA|POPIA|VCDPA|CTDPA)(?= (?:also )?gives you\b)"
    r"|\b(?-i:[A-Z])[\w.]+(?:,? (?:and |or )?(?-i:[A-Z])[\w.]+)* residents\b"
    r"(?: (?:who are )?(?:under|younger than|below) (?:the age of )?1\d\b)?"
    # (or by age: "If you are under 18, you may ask us to remove your posts", "If you are a
    # California resident under the age of 18…")
    r"|\bif you are (?:an? (?:(?-i:[A-Z])[\w.]+ )?(?:resident|user|member|visitor) )?(?:(?:of|in) (?-i:[A-Z])[\w.]+ )?"
    r"(?:and )?(?:under|younger than|below) (?:the age of )?1\d\b"
    r"|\bresidents of (?:(?:the|certain|some) )?(?:(?-i:[A-Z])[\w.]*|states|countries|jurisdictions)"
    r"(?:,? (?:and |or )?(?:the )?(?-i:[A-Z])[\w.]*)*(?: (?:states|countries|jurisdictions|provinces))?", re.I)


#: A right some people have, named as the sentence's subject ("Parents may review or delete their
#: child's information"; not the reader, "users", "you")
_WHOSE_RIGHT = _lazy_re.compile(r"^\W*(?:only\s+)?(?:an?\s+|the\s+)?((?:enrolled |current |registered |former )?(?:parents?(?: (?:or|and) (?:legal )?guardians?)?|"
                                r"(?:legal )?guardians|students|employees|staff members|patients|donors|alumni|job applicants|"
                                r"applicants))\s+(?:\w+\s+)?(?:may|can|has|have (?:the )?rights?)\b", re.I)
#: A right had from some point on, as the sentence opens: "Once you enroll, you have the right to
#: inspect…", "After you sign in, you can review…" (a wish is no such point: "If you would like…").
_ONCE_YOU = _lazy_re.compile(r"^\W*((?:once|after) you (?:have )?[^.;:,]{2,60}?),\s+(?:you|we|they|it|the \w+)\b", re.I)


#: Where the reader lives or is, leading a sentence as its condition ("Unless you are a California
#: resident, we may sell…", "If you live outside California, we…").
_WHERE_YOU_ARE_LEAD = _lazy_re.compile(r"^\W*((?:unless|if|where|when)\s+you\s+(?:are|live|reside|are located|are based)\b"
                                 r"[^,;.]{3,80}),\s*(?:we|they|it|our \w+)\b", re.I)


def _through_account(by: str, of: str) -> str:
    """The two ways a policy says a younger reader uses the service through someone's account: an
    account set up or managed ``by`` them, or use "through a … account" ``of`` theirs."""
    return (r"\b(?:accounts?|profiles?|plans?)\b[^.;]{0,60}\b(?:set up|created|managed|added|opened|provided|supervised|"
            r"controlled) by (?:a|an|their|the|his or her|your) (?:" + by + r")"
            r"|\b(?:through|via|with|under|using|on) (?:a|an|their|your|the) (?:\w+ )?(?:" + of + r")(?:[’']s)? "
            r"(?:account|profile|plan|supervision|programm?e|licen[cs]e)\b")


#: A child's or teen's use through a parent: an account, profile or plan a parent sets up or manages
#: for them, or their use with a parent's consent.
_AGES_FROM_TO = _lazy_re.compile(r"\b(?:aged?|ages|between(?: the ages of)?)\s+(1\d)\s*(?:to|-|–|and)\s*(1\d)\b", re.I)
# ...said as a parent's permission where the sentence speaks of one (not "A parent can create a
# child profile for a child under 13", which says how, not that a parent must agree)
_PARENT_SAYS = _lazy_re.compile(r"\b(?:permission|consent\w*|approv\w*|sign|signs|involvement|supervision|ask)\b", re.I)
_PARENT_UNDER = _lazy_re.compile(r"\b(?:under|younger than|below) (?:the age of )?(1[0-9]|2[01])\b", re.I)
_THROUGH_PARENT = _lazy_re.compile(
    _through_account("parent|guardian|adult", "family|parent(?:al)?|guardian") +
    r"|\b(?:parents?|guardians?) (?:can|may|must) (?:\w+ )?(?:create|set up|add|open|manage|use)\b[^.;]{0,60}?"
    r"\b(?:accounts?|profiles?|plans?)\b[^.;]{0,30}?\bfor (?:their |your |a )?(?:children|kids|teens|child|minors?|teenagers)"
    r"|\bif (?:a|their|your) (?:parent|guardian) (?:creates|sets up|opens|adds) (?:an? )?(?:\w+ )?(?:account|profile)\b"
    # (or with a parent: "not intended for anyone under 18 without a parent", "only with a parent")
    r"|\b(?:under|younger than|below) (?:the age of )?\d+ (?:\w+ )?(?:without|unless with|unless accompanied by) "
    r"(?:a|their|the|his or her) (?:parent|guardian|adult)s?\b(?![’']s)"
    r"|\bonly with (?:a|their|the|his or her) (?:parent|guardian|adult)s?\b(?![’']s)"
    # (or on a child's profile the account holder oversees: "Children may use the service through a
    # Kids profile under the account holder's supervision")
    r"|\bunder (?:the|a|an|their|his or her) (?:account holder|parent|guardian|adult)[’']?s? supervision\b"
    # (or some ages with a parent's consent: "riders aged 16 and 17 may ride with the consent of a
    # parent", "16-year-olds may ride with a parent's permission")
    r"|\b(?:aged?|ages?|\d+[- ]year[- ]olds?)\b[^.;]{0,30}?\b(?:may|can)\b[^.;]{0,60}?\bwith (?:the |a |their )?"
    r"(?:(?:consent|permission|approval) of (?:a|their|the|his or her) (?:parent|guardian)|(?:parent|guardian)[’']s "
    r"(?:consent|permission|approval)|parental (?:consent|permission|approval))"
    r"|\b(?:through|via|on|with|using) (?:a|an|their|the) (?:kids?|child(?:ren)?[’']?s?) (?:profile|account|mode)s?\b"
    # (or once a parent agrees: "we will not create an account unless a parent or guardian
    # provides verifiable consent", "can have an account, but only if a parent agrees first")
    r"|\bunless (?:a|their|the|his or her|your) (?:parent|guardian)s?\b[^.;]{0,40}?"
    r"\b(?:consent\w*|agree\w*|approv\w*|permission|authori[sz]\w*)"
    r"|\bonly (?:if|when|after|once) (?:a|their|the|his or her|your) (?:parent|guardian)s?\b[^.;]{0,40}?"
    r"\b(?:consent\w*|agree\w*|approv\w*|permission|authori[sz]\w*|creat\w*|sets? up|opens?)"
    # (or enrolled by a parent: "Parents may enroll their children in our Young Readers program";
    # "collect information about participants under 13 only from a parent or guardian")
    r"|\bparents?(?: or (?:legal )?guardians?)? (?:may|can) (?:enrol+|register|sign up)\b[^.;]{0,20}?\b(?:their|a) (?:child|children|kids?)\b"
    r"|\bonly from (?:a|their|the|his or her) (?:parent|guardian)s?\b"
    # (or with a parent's part in it: "may only use TixPoint with the involvement of a parent")
    r"|\bwith the (?:involvement|help|supervision|permission|consent|approval|assistance) of (?:a|their|the|his or her) "
    r"(?:parent|guardian)s?\b"
    # (or asking a parent first: "If you are under 16, please ask a parent or guardian before…", "or
    # have a parent's consent if you are younger")
    r"|\bif you are (?:under|younger than|below) (?:the age of )?\d+\b[^.;]{0,40}?\b(?:ask|get|have|obtain)\b[^.;]{0,30}?"
    r"\b(?:a|your|their|the) (?:parent|guardian)"
    r"|\b(?:or|unless you) (?:have|get|obtain) (?:a|your|the) (?:parent|guardian)[’']?s? (?:consent|permission|approval)\b"
    # (or younger readers let in with a parent's say: "Users under 18 may use the site only with the
    # permission of a parent or guardian", "A parent or guardian must sign the application for anyone
    # under 14", "Kids younger than 14 can get a card too, as long as a parent signs the form")
    r"|\b(?:parent|guardian)s?\b[^.;]{0,40}?\b(?:must|needs? to|has to|have to)\s+(?:sign|co-?sign|approve)\b"
    r"[^.;]{0,60}?\b(?:under|younger than|below)\s+(?:the\s+age\s+of\s+)?\d+\b"
    r"|\b(?:under|younger than|below)\s+(?:the\s+age\s+of\s+)?\d+\b[^.;]{0,60}?(?:\bas long as (?:a|their|the|your) (?:parent|guardian)"
    r"|\b(?:only\s+with|must\s+have|need|needs|requires?)\s+(?:the\s+)?(?:\w+\s+)?(?:permission|consent|approval)\s+of\s+"
    r"(?:a|their|your|the)\s+(?:parent|guardian)"
    r"|\b(?:only\s+with|must\s+have|need|needs|requires?)\s+(?:a|their|your|the)\s+(?:parent|guardian)"
    r"(?:[’']s|s[’'])?\s+(?:or\s+(?:legal\s+)?guardian[’']?s?\s+)?(?:permission|consent|approval))", re.I)
#: ...or with an account of their own ("Under 13, you get a Junior Account")
_JUNIOR_ACCOUNT = _lazy_re.compile(r"\b(?:get|have|use|receive|open|with|through|via|on|using) (?:a|an|their|the) "
                             r"(?:junior|teen|youth|young (?:player|reader|learner)s?[’']?) (?:profile|account|mode|membership)s?\b",
                             re.I)
#: ...or through a school ("except through an education account set up by a school")
_THROUGH_SCHOOL = _lazy_re.compile(_through_account("school|teacher|educator|district|college|university",
                                              "school|education(?:al)?|classroom|teacher"), re.I)


# A notice only for some changes: "if the changes are significant we will also send you an email",
# "for material changes, we will email you"
_SOME_CHANGES = _lazy_re.compile(r"\b(?:if|when|where|for|about|of|before|in the event (?:of|that))\b[^.;]{0,40}?"
                           r"\b(material|significant|major|important|substantial|substantive|big|relevant)(?:ly)?\b"
                           # (or of one kind: "We'll email you before any change that reduces your rights")
                           r"|\b(?:any |a |the )?changes? that (?:would )?(reduces?|limits?|lessens?|weakens?|diminish(?:es)?|"
                           r"restricts?|affects?) (?:your )?(rights|privacy|protections?|choices)\b"
                           # (or what changes how the data is used: "If we change this statement in a
                           # way that affects how we use personal information, we will notify members")
                           # ("We will email registered families if we change how we use camper health information")
                           r"|\b(?:in a (?:way|manner) that|changes? that|(?:a|the|any) changes?|(?:if|when|before) we) (?:would |could |may )?(?:materially )?"
                           r"(?:affects?|changes?|alters?) how (?:we|the company) (use|collect|share|handle|process|treat)s?\b"
                           # (or what touches the reader: "in a way that affects couples I'm working
                           # with", "but only if the change affects them")
                           r"|\b(?:in a (?:way|manner) that|changes? that|(?:if|when) (?:the|a|any|this) changes?) (?:would |could |may |"
                           r"directly )?(affect)s? (?:you|them|(?:our |current |existing )?(?:couples|clients|customers|users|members|"
                           r"patients|subscribers|students|families)(?: (?:I|we)[’']?(?:m| am|re| are) working with)?)\b"
                           # (or what lets the company do more: "before any change that allows us to share
                           # your information in a new way", "if the change lets us share your data with…")
                           r"|\b(?:(?:changes?|revisions?) (?:that|which)|(?:if|when) (?:the|a|any|this) changes?) (?:would )?(?:allows?|lets?|permits?|enables?) (?:us|the company) to "
                           r"(share|use|collect|sell|disclose)\b",
                           re.I)


_POSTING = _lazy_re.compile(r"\b(?:post|posts|posted|posting|display|displays|displayed|publish|publishes|published|place|"
                            r"update|updates|updated|revise|revises|revised|notify|notice|announce)\b", re.I)
_LAW_CASE = _lazy_re.compile(r"\b(?:when|where|if|as|to the extent)\s+(?:(?:it is|that is|so)\s+)?(?:required|mandated)\s+by\s+"
                             r"(?:applicable\s+)?law\b|\b(?:when|where|if)\s+(?:the\s+)?law\s+requires\b", re.I)


def _for_some_changes(findings: list[Finding], before: Any = None) -> str:
    """"for significant changes" when every sentence that promises a direct notice limits it to
    changes of one kind, in the policy's word; else "". ``before``: where the notice itself is
    said in a sentence, which the case must come before."""
    said = set()
    quotes = [e.text for f in findings for e in f.evidence if not e.context]
    if before is None and quotes and all(_LAW_CASE.search(q) and not _SOME_CHANGES.search(q) for q in quotes):
        return "when the law requires it"
    for f in findings:
        m = next((m for e in f.evidence if not e.context for m in [_SOME_CHANGES.search(e.text)] if m), None)
        if m is not None and before is not None:
            said_at = next((b.start() for e in f.evidence if not e.context for b in [before.search(e.text)] if b), None)
            if said_at is None or m.start() > said_at:
                m = None
        if m is None:
            return ""
        if m.group(1):
            said.add(m.group(1).lower())
        elif m.group(4):
            said.add(f"that affect how they {m.group(4).lower()} your data")
        elif m.group(5):
            said.add("that affect you")
        elif m.group(6):
            said.add(f"that let them {m.group(6).lower()} your data in new ways")
        else:
            verb = m.group(2).lower()
            verb = verb[:-2] if verb.endswith("hes") else verb[:-1] if verb.endswith("s") else verb
            said.add(f"that {verb} your {m.group(3).lower()}")
    if len(said) == 1 and said == {w for w in said if w.startswith("that ")}:
        return f"for changes {said.pop()}"
    return f"for {said.pop()} changes" if len(said) == 1 else "for some changes"


# A minimum age for one activity, not for the service ("You must be at least 18 years old to enter
# our sweepstakes", "Most of our contests are open only to people aged 18 or over"), unless the
# sentence sets it for the service too ("to use the site and enter contests")
_AGE_FOR = _lazy_re.compile(r"\b(contests?|sweepstakes|competitions?|prize draws?|giveaways?|raffles?|lotter(?:y|ies)|"
                            r"auctions?|betting|gambling|alcohol(?:ic beverages)?|wine|beer|spirits|tobacco|"
                            r"(?:event )?tickets?)\b", re.I)
_AGE_FOR_SERVICE = _lazy_re.compile(r"\b(?:use|access|visit|browse|register (?:for|on|with)|create an account|sign up|"
                                    r"open an account|join)\b(?:\s+[\w-]+){0,3}?\s+(?:site|sites|service|services|app|apps|"
                                    r"website|web site|platform|account|community)\b", re.I)


# ...or for one thing done on it: "You must be at least 18 years old to post an ad", "to sell items"
_AGE_TO_DO = _lazy_re.compile(r"\b(?:1[0-9]|2[01]|eighteen|sixteen|thirteen|twenty-one)\b[^.;]{0,40}?\b"
                              r"(to (?:post|sell|list|bid|publish|upload|comment|chat|message|host|drive|livestream|go live|"
                              r"become an? (?:seller|host|driver|vendor|creator)|open an? (?:seller|host|driver|vendor|creator) account)"
                              r"(?:\s+(?!(?:on|in|at|with|through|via|and|or|but)\b)[\w-]+){0,3})", re.I)


# ...but the activity is the reason for an age of the whole service ("Forkful is only for people
# aged 18 and over, partly because some restaurants sell alcohol"; "Some restaurants on our app
# sell alcohol, so you must be 18 or older to use it")
_AGE_REASON = _lazy_re.compile(r"\b(?:because|since|as|given that|due to the fact that)\b[^.;]{0,60}?\b(?:sell|sells|serve|serves|offer|offers|"
                               r"include|includes|feature|features)\b|\b(?:sell|sells|serve|serves|offer|offers)\s+[^.;]{0,40}?,?\s+so\s+"
                               r"(?:you|users|customers|members|everyone)\s+(?:must|need to|have to)\b", re.I)


def _age_scope(stating: list[Finding]) -> str:
    """"for contests only" where every sentence that states a minimum age sets it for one
    activity (:data:`_AGE_FOR`), else ""."""
    quotes = [e.text for f in stating for e in f.evidence if not e.context]
    found = [_AGE_FOR.search(q) for q in quotes]
    if quotes and not all(found) and not any(_AGE_FOR_SERVICE.search(q) or _AGE_REASON.search(q) for q in quotes):
        # ...or to do one thing on it ("You must be at least 18 years old to post an ad", "to sell items")
        doing = [_AGE_TO_DO.search(q) for q in quotes]
        said = {" ".join(m.group(1).split()).lower() for m in doing if m}
        return f"{said.pop()} only" if all(doing) and len(said) == 1 else ""
    if not quotes or not all(found) or any(_AGE_FOR_SERVICE.search(q) or _AGE_REASON.search(q) for q in quotes):
        return ""
    words = list(dict.fromkeys(m.group(1).lower() for m in found if m))
    # (one named: "the prize draw"; a mass noun or a plural as it is: "sweepstakes", "alcohol")
    words = [f"the {w}" if w.endswith(("contest", "competition", "draw", "giveaway", "raffle", "lottery", "auction",
                                        "ticket")) else w for w in words]
    return f"for {_join(words[:2], 'and')} only"


# Closing an account said to delete nothing ("closing your account does not erase your data")
_CLOSING_KEEPS = _lazy_re.compile(r"\b(?:clos|deactivat|cancel+|terminat)(?:e|es|ed|ing)\s+(?:your\s+|an\s+|the\s+)?account\s+"
                                  r"(?:does|will)\s*(?:not|n[’']t)\s+(?:automatically\s+)?(?:delete|erase|remove|destroy)\b"
                                  # (or said to be only switched off: "To close your account, contact us. We will
                                  # deactivate it but keep your order history.")
                                  r"|\b(?:we|we[’']ll)\s+(?:will\s+|may\s+)?(?:only\s+)?(?:deactivate|disable|suspend)\s+(?:it|your account)\b",
                                  re.I)


def _where_you_live(findings: list[Finding]) -> str:
    """Whom a right is for when every sentence that gives it limits it to the people of some
    places, in the policy's words ("if you live in California"; "depending on where you live"
    when they limit it differently); "" when one gives it to everyone."""
    said = []
    limits = []  # or from some point on ("Once you enroll, you have the right to inspect…"), or for some people
    for f in findings:
        quotes = [e.text for e in f.evidence if not e.context]
        found = [m.group(0) for q in quotes for m in [_RESIDENTS.search(q)] if m]
        if not found:
            found = [" ".join(m.group(1).split()) for q in quotes for m in [_ONCE_YOU.match(q)] if m]
            if found:
                limits.append(found[0][0].lower() + found[0][1:])
                continue
            # (or to some people, named as the sentence's subject: "Parents may review or delete
            # their child's information", "Students may review their education records")
            found = [" ".join(m.group(1).split()).lower() for q in quotes for m in [_WHOSE_RIGHT.match(q)] if m]
            if found:
                who = found[0]
                limits.append("for " + (who + "s" if who in ("parent", "guardian") else who))
                continue
        if not quotes or not found:
            return ""
        said.append(" ".join(found[0].split()))
    if limits:
        # (a right some have from some point on, others by where they live: no one limit to say)
        return limits[0] if not said and len({w.lower() for w in limits}) == 1 else ""
    words = {w.lower() for w in said}
    if len(words) > 1:
        return "depending on where you live"
    w = said[0]
    if w.split()[0].lower() == "the":
        w = "under the " + w[4:]  # ("The CCPA gives you the right…")
    if w.split()[0].lower() in ("if", "where", "when", "depending", "residents", "in", "under", "pursuant") + _PEOPLE:
        w = w[0].lower() + w[1:]
    return "for " + w if (re.search(r"\bresidents\b", w, re.I) or w.split()[0].lower() in ("residents",) + _PEOPLE) else w


# A denial narrowed in time or manner: access that ends ("after delivery, couriers can no longer see
# your address"), or only giving data of its own accord ("we do not voluntarily give law enforcement
# access"): no denial that they get the data
def _said_denial(tp_neg: list[Finding], outer: "_OuterTerms", tax: Any, also_shared: list[str] | None = None) -> str:
    """A sharing denial that names whom, as said beside sharing with others (``also_shared``, the
    recipients listed) and with the consent it waits for ("They say they do not share your driving
    behaviour with insurers without your consent"), or ""."""
    text = _named_sharing_denial(tp_neg, outer, also_shared=also_shared or [], tax=tax)
    if text and _only_with_consent(tp_neg) and not text.endswith(_BUT_CONSENT):
        text += _BUT_CONSENT
    return text


def _sharing_denied_for(tp_neg: list[Finding], tax: Any) -> str:
    """"They say they do not share your data for …", with the uses the sharing denials ``tp_neg``
    (each of which names some) rule it out for."""
    asked = [f for f in tp_neg if f.facts.get("until_consent")]
    flat = [f for f in tp_neg if not f.facts.get("until_consent")]
    if asked and flat:
        # some only until the reader agrees, beside flat ones ("Unless you agree, we will not give
        # your personal information to other companies for their own marketing. We never give your
        # name or e-mail address to advertisers."): each as it is said
        flat_uses = dict.fromkeys(_lower_first(tax.label("purpose", p)) for f in flat for p in f.attributes["purpose"])
        asked_uses = [u for u in dict.fromkeys(_lower_first(tax.label("purpose", p)) for f in asked
                                               for p in f.attributes["purpose"]) if u not in flat_uses]
        if asked_uses:
            return (f"They say they do not share {_denied_data(flat, tax)} for " + _join(list(flat_uses)[:3])
                    + f", nor {_denied_data(asked, tax)} for " + _join(asked_uses[:3]) + _BUT_CONSENT)
    uses = dict.fromkeys(_lower_first(tax.label("purpose", p)) for f in tp_neg for p in f.attributes["purpose"])
    # (as narrow as the data they name: "We never share your e-mail address with other companies
    # for their marketing purposes", beside a postal mailing list rented out)
    # (the recipients' own uses, as California's "Shine the Light" denial says: "We do not disclose
    # personal information to third parties for their own direct marketing purposes" leaves
    # sharing for the company's own advertising open)
    theirs = all(any(_THEIR_OWN_USE.search(e.text) for e in f.evidence if not e.context) for f in tp_neg)
    return (f"They say they do not share {_denied_data(tp_neg, tax)} for " + ("other companies' own " if theirs else "")
            + _join(list(uses)[:3]))


_THEIR_OWN_USE = _lazy_re.compile(r"\b(?:their|its) own\s+(?:direct\s+)?(?:marketing|advertising|promotional|commercial)\b", re.I)


_NARROWED_DENIAL = _lazy_re.compile(r"\bno longer\b|\bvoluntarily\b|\bon (?:our|its|their) own (?:initiative|accord)\b|"
                              r"\bproactively\b|\broutinely\b|\bin most cases\b|\busually\b|\bgenerally\b|\btypically\b|"
                              r"\bnormally\b|"
                              # (or to some people's data: "We do not share the data of paying subscribers
                              # with advertisers", "Subscribers to Plus don't see ads, and we don't pass their
                              # data to ad networks")
                              r"\b(?:data|information|details) of (?:our |the |any )?(?:[\w-]+ )?(?:subscribers|members|"
                              r"customers|users|players|students|patients|clients)\b|"
                              r"\b(?:pass|share|give|sell|disclose|send|provide|transfer)\w* their (?:personal )?(?:data|information|details)\b|"
                              # (or to the pages children see: "no third-party advertising cookies on any page
                              # that children can see")
                              r"\b(?:that|which|where) (?:children|kids|minors|students) (?:can |may |will )?(?:see|use|visit|access|view)\b|"
                              r"\b(?:children|kids)[’']?s? (?:pages|profiles|accounts|areas|sections|mode)\b",
                              re.I)


def _denied_data(tp_neg: list[Finding], tax: Any) -> str:
    """The data sharing denials ``tp_neg`` speak of, after "share": "your health data", "your name or
    email address", or "your data" when one names none (or more than three kinds)."""
    # (a denial that names no data takes the kinds another denial read in the same sentence names:
    # "Location information is not shared with advertisers", read with and without its subject)
    what = "your data"
    if tax is None:
        return what
    in_sentence: dict[int, list[str]] = {}
    for f in tp_neg:
        in_sentence.setdefault(f.sentence, []).extend(f.attributes.get("personal_information_type") or [])
    kinds = [f.attributes.get("personal_information_type") or in_sentence[f.sentence] for f in tp_neg]
    if any("cookies_and_tracking_elements" in k for k in kinds):
        return what  # (cookies are no data of the reader's to share: "We do not use cookies for advertising")
    # (personal information in general beside kinds of it: said after them where the sentence
    # names it so, "your name, e-mail address or other personally identifiable information"
    # (when advertisers get what identifies no one); else it was another clause's, "We do not
    # sell your personal information, and we do not share your voice recordings with advertisers")
    narrowed = all(len(k) > 1 for k in kinds if "generic_personal_information" in k)
    if all(kinds) and narrowed:
        labels = list(dict.fromkeys(w for f in tp_neg for v in f.attributes.get("personal_information_type") or []
                                    if v != "generic_personal_information" for w in _kind_words(f, v, tax)))
        if any("generic_personal_information" in (f.attributes.get("personal_information_type") or [])
               and any(_OTHER_PI.search(e.text) for e in f.evidence if not e.context) for f in tp_neg):
            labels.append("other personal information")
        if len(labels) <= 3:
            what = "your " + _join(labels, "or")
    return what


def _named_sharing_denial(tp_neg: list[Finding], outer: "_OuterTerms", also_shared: list[str] | None = None,
                          tax: Any = None) -> str:
    """"They say they do not share your data with …" when every one of the sharing denials
    ``tp_neg`` names its recipients (and none names anyone at all), else "". With
    ``also_shared`` (the recipients the label says data is shared with), only when a denied
    recipient is among them: the denial then has to be said as it is, not as "some sharing"."""
    denied = [outer(f, "third_party_entity") for f in tp_neg]
    named = [n for ns in denied for n in ns]
    if not tp_neg or not all(denied) or set(named) & _ANYONE:
        return ""
    if also_shared is not None and any(_NARROWED_DENIAL.search(e.text) for f in tp_neg for e in f.evidence if not e.context):
        return ""

    def said(ns: Iterable[str]) -> list[str]:
        return [n if n[:1].isupper() and " " not in n else _lower_first(n) for n in dict.fromkeys(ns)]

    # (beside sharing, a denial is as narrow as the data it names: "We don't share your health
    # data with employers", when employers get aggregated statistics)
    what = _denied_data(tp_neg, tax)
    text = f"They say they do not share {what} with " + _join(said(named)[:4])
    # some only without the reader's consent ("…to your employer unless you give us written
    # permission"), beside flat ones ("We do not share your data with advertisers"): each as it
    # is said
    flat = said(n for f, ns in zip(tp_neg, denied) if not f.facts.get("until_consent") for n in ns)
    asked = [n for n in said(n for f, ns in zip(tp_neg, denied) if f.facts.get("until_consent") for n in ns)
             if n not in flat]
    if flat and asked:
        text = f"They say they do not share {what} with {_join(flat[:4])}, nor with {_join(asked[:3])}{_BUT_CONSENT}"
    # some only for the recipients' own ends ("…with other insurance companies for their own
    # underwriting purposes"): said so, as these recipients may get data on other terms
    own = [next((m.group(0) for e in f.evidence if not e.context for m in [_FOR_THEIR_OWN.search(e.text)] if m), "")
           for f in tp_neg]
    if any(own) and len({o.lower() for o in own if o}) == 1:
        phrase = " ".join(next(o for o in own if o).split()).lower()
        ends = said(n for o, ns in zip(own, denied) if o for n in ns)
        rest = [n for n in said(n for o, ns in zip(own, denied) if not o for n in ns) if n not in ends]
        text = (f"They say they do not share {what} with {_join(rest[:4])}, nor with {_join(ends[:3])} {phrase}" if rest
                else f"They say they do not share {what} with {_join(ends[:4])} {phrase}")
    elif not asked:
        # ...and as narrow as the use every one of them names ("We never pass your details to
        # other wedding suppliers for marketing", beside the suppliers that run the business)
        uses = [{m.group(1).lower() for e in f.evidence if not e.context for m in _FOR_MARKETING.finditer(e.text)}
                for f in tp_neg]
        if all(uses) and len(set().union(*uses)) == 1:
            text += " for " + uses[0].pop()
    return text


#: A use a sharing denial is limited to: "for marketing", "for their own advertising purposes".
_FOR_MARKETING = _lazy_re.compile(r"\bfor (?:their |its |his or her |the )?(?:own )?(?:direct |targeted |commercial |promotional )?"
                            r"(marketing|advertising)\b", re.I)


#: The scope a denial of selling is narrowed to ("outside the auction process", "directly to consumers",
#: "to the public; we only license it to businesses").
def _sale_scope(quote: str) -> "re.Match[str] | None":
    """The :data:`_SALE_SCOPE` of the clause that speaks of selling in ``quote``, or None."""
    for sale in _SALE_WORD.finditer(quote):
        end = _NEXT_SALE_CLAUSE.search(quote, sale.end())
        m = _SALE_SCOPE.search(quote, sale.end())  # (its lookahead may read past the clause)
        if m is not None and (end is None or m.start() < end.start()):
            return m
    return None


def _one_sale_scope(quotes: list[str]) -> str:
    """The one :data:`_SALE_SCOPE` every one of the sale denials ``quotes`` is narrowed to, or ""."""
    found = [_sale_scope(q) for q in quotes]
    scopes = {" ".join(m.group(0).split()).lower() for m in found if m}
    return scopes.pop() if quotes and len(scopes) == 1 and all(found) else ""


_SALE_WORD = _lazy_re.compile(r"\b(?:sell|sells|sold|selling|rent|rents|rented|renting|trade|trades|traded|release|releases)\b", re.I)
_NEXT_SALE_CLAUSE = _lazy_re.compile(r",\s*(?:and|but|while|nor)\s|;|\s(?:and|but)\s+(?:we|i|they|it|does|do|did|will|never|nor|not)\b",
                                     re.I)
_SALE_SCOPE = _lazy_re.compile(r"\bfor (?:their|its) (?:own )?(?:direct )?(?:marketing|advertising)(?: purposes)?\b|"
                         # (or for some uses only: "does not sell or release personal information for
                         # marketing, surveys or solicitations", beside driver records sold to insurers)
                         r"\bfor (?:direct )?(?:marketing|advertising|solicitations?|surveys?)(?:(?:,| or|, or| and|, and) "
                         r"(?:direct )?(?:marketing|advertising|solicitations?|surveys?))*(?: purposes)?\b|"
                         r"\bto (?:commercial|for-profit) (?:entities|companies|organi[sz]ations|businesses|third parties)\b|"
                         r"\boutside (?:of )?(?:the|our) (?:[\w-]+ ){0,2}(?:process|auction|platform|programs?|services?|"
                         r"marketplace|exchange)\b|"
                         # (or to buyers outside some trade: "to companies outside the insurance industry")
                         r"\b(?:to\s+)?(?:companies|businesses|firms|organi[sz]ations|anyone|third parties)\s+outside (?:of )?(?:the|our) "
                         r"(?:[\w-]+ ){1,3}?(?:industry|industries|sector|field|business|family of companies|group)\b|\bdirectly to (?:consumers|individuals|the public|you)\b|"
                         r"\bto (?:the (?:general )?public|consumers|individuals)(?=[^.]{0,40}\b(?:only|but|instead)\b)", re.I)


#: A list a sale denial names as what is not sold ("never sells, rents or trades its customer lists")
_LISTS_SOLD = _lazy_re.compile(r"\b(?:sell|rent|trade|lease|exchange)\w*\b[^.;]{0,40}?\b(?:its|our|their|the company[’']s) "
                               r"((?:customer|mailing|subscriber|member|e-?mail|donor|client|postal)(?: mailing)? lists?)\b", re.I)
_DATA_SOLD = _lazy_re.compile(r"\b(?:personal|your)\s+(?:\w+\s+)?(?:information|data|details)\b", re.I)


#: Some people's data, by the group's name ("Gift Givers' information", "donors' data").
_GROUP_WORDS = (r"donors|buyers|sellers|guests|visitors|applicants|patients|students|members|subscribers|customers|"
                r"users|employees|volunteers|supporters|clients|readers|fans|alumni|shoppers|riders|drivers|players|"
                r"listeners|viewers|patrons")
_GROUPS_DATA = _lazy_re.compile(r"\b((?:(?-i:[A-Z])[\w-]* ){0,2}(?-i:[A-Z])[\w-]*s|" + _GROUP_WORDS + r")[’'] "
                          r"(?:personal )?(?:information|data|details)\b", re.I)


# "our donors' names", "the names of our donors"
_GROUPS_NAMES = _lazy_re.compile(r"\b(" + _GROUP_WORDS + r")[’'] names\b|\bnames of (?:our |its |their )?(" + _GROUP_WORDS + r")\b"
                           r"|\b(donor|customer|member|subscriber|user|student|patient|client|supporter|volunteer|visitor|"
                           r"guest|reader)s? names\b", re.I)
# "personal information about our digital-only users", "data of our print subscribers"
_DATA_OF_GROUP = _lazy_re.compile(r"\b(?:information|data|details)\s+(?:about|of|on|from)\s+(?:our|its|their)\s+"
                            r"((?:[\w-]+\s+){0,2}?(?:" + _GROUP_WORDS + r"))\b", re.I)


_EVERYONE = _lazy_re.compile(r"users|customers|visitors|members|subscribers|clients|readers|shoppers|players|listeners|viewers",
                       re.I)
_AND_OTHERS = _lazy_re.compile(r"\s*(?:,|\bor\b|\band\b)", re.I)


_CALIFORNIA_RULES = "Special rules for people in California"
_CALIFORNIA_SAID = _lazy_re.compile(r"californ|\bccpa\b|\bcpra\b|where you live", re.I)


def _for_the_law(f: Finding) -> bool:
    """Is a disclosure one the law asks for, and at most to protect rights and safety beside it
    ("We may release information when we believe release is appropriate to comply with the law,
    enforce our agreements, or protect the rights, property or safety of others")?"""
    purposes = set(f.attributes.get("purpose") or ())
    return "legal_requirement" in purposes and purposes <= {"legal_requirement", "service_operation_and_security"}


def _whose_data(quote: str) -> str | None:
    """Whose data a sale denial names, when it names a group ("Gift Givers’ data", "donors’
    names", "digital-only users’ data"), in words for the label; None when it names none."""
    m = _GROUPS_DATA.search(quote)
    if m:
        return f"{m.group(1).lower()}’ data"
    m = _GROUPS_NAMES.search(quote)
    if m:
        if m.group(3):
            return f"{m.group(3).lower()} names"
        return f"{(m.group(1) or m.group(2)).lower()}’ names"
    m = _DATA_OF_GROUP.search(quote)
    # (not "…about our customers or site visitors", nor plain "our users": everyone, the reader too)
    if m and not _AND_OTHERS.match(quote, m.end()) and (" " in m.group(1).strip() or not _EVERYONE.fullmatch(m.group(1))):
        return f"{' '.join(m.group(1).split()).lower()}’ data"
    return None


#: A denial of sharing for the recipients' own ends only ("for their own marketing purposes").
_FOR_THEIR_OWN = _lazy_re.compile(r"\bfor (?:their|its) own (?:[\w-]+ ){0,2}(?:purposes?|use|uses|marketing|advertising|benefit)\b",
                            re.I)


# Words that make a denial about children one of knowledge ("we do not knowingly collect").
_KNOWING = _lazy_re.compile(r"\b(?:knowingly|knowing|intentionally|wilfully|willfully|aware|actual knowledge)\b", re.I)
# Where a denial about children holds, when the sentence names it: "We do not collect any personal
# information from children through these activities" (the games; not the rest of the site).
# (a part of the service, not the whole of it: "through our website or app" limits nothing)
_KID_DENIAL_SCOPE = _lazy_re.compile(r"\b(?:through|via|on|in|during)\s+(?:these|those|this|such)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:activities|games|features|pages|sections?|areas?|contests|programs?|programmes?|"
                               r"clubs?|events?)\b"
                               # (or online only: "We do not knowingly collect information online from
                               # children under 13", beside children's names taken at a hotel's desk)
                               r"|\bonline(?= (?:from|about) (?:children|kids|minors|anyone|a child)\b)", re.I)


# A denial that holds only in a case the sentence opens with ("If you pay for the premium plan, we do
# not share your information with advertisers"): extraction reads the practice it implies
# otherwise, which holds only outside that case
_DENIED_IF = _lazy_re.compile(r"^\W*((?:if|when|once|while)\s+you\s+(?!(?:have (?:any |a |further |more |other )?(?:questions?|"
                              r"concerns?|comments?|queries|complaints?|problems?)|believe|would|wish|want|think|feel|are unsure)\b)"
                              r"[^.;:,]{3,80}?),\s+(?:we|i|they)\s+(?:\w+\s+)?(?:(?:do not|don[’']t|does not|will not|won[’']t|never|"
                              r"cannot|can[’']t)\b|(?:collect|receive|store|keep|get|hold|see|ask for|share|use)s? no\b)", re.I)


def _join_cases(not_when: str, consent: str) -> str:
    """A denial's case and the consent it waits for, both ("not if you live in Vermont, unless you
    agree"); a consent condition that only restates the case ("if you turn on…") gives way to it."""
    if not_when and consent and not not_when.endswith(consent):
        return f"{not_when}, {consent}" if consent.lower().startswith(("unless", "without", "only with")) else not_when
    return not_when or consent


def _not_when(findings: list[Finding]) -> str:
    """"not if you pay for the premium plan" where every one of ``findings`` is read from a denial
    that holds only in that case (:data:`_DENIED_IF`), else ""."""
    said = set()
    for f in findings:
        quotes = [e.text for e in f.evidence if not e.context]
        found = [m for q in quotes for m in [_DENIED_IF.match(q)] if m]
        if not quotes or len(found) != len(quotes):
            return ""
        said.update(" ".join(m.group(1).split()) for m in found)
    if len(said) != 1:
        return ""
    words = said.pop()
    # ("If you do not enrol, we do not share…": only if you enrol)
    unless = re.match(r"(if|when|once|while) you (?:do not|don[’']t) (.+)$", words, re.I)
    if unless:
        return f"only {unless.group(1).lower()} you {unless.group(2)}"
    return "not " + words[0].lower() + words[1:]


_DNT_ONLY = _lazy_re.compile(r"\bonly (?:for|when|if|on|in|where|while) [^.;,:]{3,60}|^\W*(?:if|when|while) you [^.;,:]{3,60}(?=,)",
                             re.I)


_DNT_EXCEPT = _lazy_re.compile(r",?\s+(?:except\s+that|but|however,?)\s+((?:we|i)\s+(?:will\s+|do\s+)?(?:not|never|no longer|stop|turn off|disable|"
                               r"switch off|limit|honou?r|respect)\b[^.;]{3,120})", re.I)


def _dnt_except(findings: list[Finding]) -> str:
    """What every sentence that ignores Do Not Track still does for it, in its words ("except that
    we will not show interest-based ads to browsers that send them"), else ""."""
    said = set()
    for f in findings:
        # (after the denial, and of something else than Do Not Track: "We honor Global Privacy
        # Control, but we do not respond to Do Not Track" makes no exception)
        found = [m for e in f.evidence if not e.context for m in [_DNT_EXCEPT.search(e.text)] if m
                 and re.search(r"do[- ]not[- ]track|\bdnt\b", e.text[:m.start()], re.I)
                 and not re.search(r"do[- ]not[- ]track|\bdnt\b", m.group(1), re.I)]
        # (Global Privacy Control, honored instead, has an item of its own)
        if not found or re.search(r"\bglobal privacy control\b|\bgpc\b", found[0].group(1), re.I):
            return ""
        said.add("except that " + re.sub(r"^we\b", "they", re.sub(r"^i\b", "they", " ".join(found[0].group(1).split()), flags=re.I), flags=re.I))
    return said.pop() if len(said) == 1 else ""


def _dnt_case(findings: list[Finding]) -> str:
    """The one case every sentence that honors Do Not Track limits it to, in its words ("only for
    logged-in users", "if you are signed in"), else ""."""
    said = set()
    for f in findings:
        found = [m.group(0).strip() for e in f.evidence if not e.context for m in [_DNT_ONLY.search(e.text)] if m]
        if not found:
            return ""
        said.add(" ".join(found[0].split()))
    if len(said) != 1:
        return ""
    words = said.pop()
    return words[0].lower() + words[1:]


#: Words one of which every match of :data:`_IF_YOU_AGREE` holds: each of its alternatives has one
#: in its fixed part ("if", "when", "unless", "consent", "by default"…). Add the word of any new
#: alternative here (tests/test_shortcuts.py checks the two agree).
_AGREE_WORDS = ("if", "once", "after", "when", "where", "while", "unless", "who", "consent", "permission",
                "authori", "by default")


@functools.lru_cache(maxsize=1024)
def _agreeing(quote: str) -> "re.Match[str] | None":
    """``_IF_YOU_AGREE.search(quote)``. The lines of a label ask it of the same quotes again and
    again, and the search costs ~0.1 ms a quote, so the answer is remembered; and a quote with
    none of :data:`_AGREE_WORDS` (about half of them) is not searched at all."""
    # (casefolded, as extract's pieces are; and with "İ" and "ı" as "i", which re.I matches to "i")
    if not _holds_any(quote.replace("İ", "i").replace("ı", "i").casefold(), _AGREE_WORDS):
        return None
    return _IF_YOU_AGREE.search(quote)


def _consent_condition(findings: list[Finding], terms: list[Any] | None = None, asked: bool = False) -> str:
    """The condition of agreeing first that every one of ``findings`` states in its own sentence,
    in the policy's words when they all say it alike ("if you say yes first"), or "" when one
    states it unconditionally. With ``terms`` (the patterns of what the line names: a recipient,
    kinds of data), the condition must lead the sentence or stand in the clause of every place
    the sentence names them ("cookies that are necessary for login, and, with consent, analytics
    cookies" collects some cookies without asking). ``asked``: only a
    condition of agreeing (not "if you choose to subscribe", which says when data is given, not
    that the reader is asked first)."""
    said = []
    for f in findings:
        quotes = [e.text for e in f.evidence if not e.context]
        found = []
        for q in quotes:
            m = _agreeing(q)
            if m is None:
                continue
            if m.group(0).endswith("by default"):
                # (the way to switch it on says more: "Recording is off by default; we record only
                # if you enable it in the app")
                m = _IF_YOU_AGREE.search(q, m.end()) or m
            if terms is not None and not _IF_YOU_AGREE.match(q.lstrip(" \t\n\"'(*-•")):
                named = [t for p in terms if p is not None for t in p.finditer(q)]
                # (a condition in brackets is the item's before it: "IP address and an advertising
                # identifier (only if you allow tracking)")
                opened = q.rfind("(", 0, m.start())
                scope = 0
                if opened > q.rfind(")", 0, m.start()):
                    scope = max((x.end() for x in _LIST_SEPARATOR.finditer(q, 0, opened)), default=0)
                def apart(t: "re.Match[str]") -> bool:
                    return t.start() < scope or _OTHER_CLAUSE.search(q, min(m.start(), t.start()), max(m.end(), t.end())) is not None
                # (each word must be named in the condition's clause; named again apart, in a clause
                # that passes nothing on, it is no use without the condition: "We have deals with
                # partner shops, but we only pass your details to a partner if you ask us to")
                by_term = [[t for t in p.finditer(q)] for p in terms if p is not None]
                by_term = [ts for ts in by_term if ts]
                if not named or any(all(apart(t) for t in ts) for ts in by_term) or any(
                        _PASSES_ON.search(_clause_around(q, t)) for ts in by_term for t in ts if apart(t)):
                    continue
            said_here = _LOOSE_END.sub("", m.group(0)).strip(" ,")
            if said_here.endswith("by default"):
                said_here = said_here.split(" ", 1)[1]  # "off by default", not "is off by default"
            said_here = re.sub(r"^requires? your\b", "only with your", said_here, flags=re.I)
            # ("We only send you marketing emails if you sign up for them": only if you sign up)
            said_here = re.sub(r"^only\s+(?:[\w-]+\s+){1,6}?(if|when|once|after)\s+you\b", r"only \1 you", said_here, flags=re.I)
            # ("…data about customers who have opted in": said to the reader)
            said_here = re.sub(r"^(?:only )?(?:of|about|from) (?:the )?\w+ who (?:have )?(opted(?:[- ]in)?|agreed|consented|said yes)$",
                               r"only if you have \1", said_here, flags=re.I)
            # ("We will never send you marketing unless you subscribe to our digest": only then)
            said_here = re.sub(r"^unless you (subscribe|sign up)", r"only if you \1", said_here, flags=re.I)
            if said_here.lower().endswith(" us not"):
                said_here += " to"  # ("unless you tell us not to": "to" is no loose end there)
            elif re.search(r"\bopt(?:ed)?$", said_here, re.I):
                said_here += " in"  # ("only if you have opted in": "in" is no loose end there)
            elif re.search(r"\b(?:turn|switch)\w* (?:[\w-]+ ){0,3}?[\w-]+$", said_here, re.I) and re.search(
                    r"\s+on$", m.group(0).rstrip(" ,"), re.I):
                said_here += " on"  # ("only if you turn this feature on")
            elif re.search(r"\b(?:turn|switch)(?:s|ed|ing)?$", said_here, re.I) and re.search(r"\s+on\s*$", m.group(0), re.I):
                # ("precise location if you turn on "store finder" in the app": the name in quotes)
                named = re.match(r"\s*[\"“]([^\"”]{1,40})[\"”]", q[m.end():])
                said_here += " on" + (f" “{named.group(1)}”" if named else "")
            if (asked and not said_here.lower().startswith("only ") and re.search(r"\bchoose\b|\bask\b|\brequest\b", said_here, re.I)) or re.fullmatch(
                    r"(?:only )?if you choose(?: to)?", said_here, re.I):
                continue
            found.append(said_here)
        if not quotes or not found:
            return ""
        said.extend(found)
    words = {w.lower() for w in said}
    return said[0][0].lower() + said[0][1:] if len(words) == 1 else "only if you agree"


_NOT_YET = _lazy_re.compile(r"\b(?:currently|at (?:this|the present) time|at present|presently|as of (?:now|today|the date)|to date|"
                      r"right now|(?:not|n[’']t) yet)\b", re.I)
_MAY_LATER = _lazy_re.compile(r"\b(?:may|might|could|reserve the right to)\b[^.;]{0,40}?\b(?:in the future|later|change|one day)\b|"
                        r"\bthat (?:could|may|might) change\b", re.I)


_MINORS_SALE = _lazy_re.compile(r"\b(?:sell|sold|selling|sale)\b(?:(?!\b(?:and|but|or we)\b)[^.;]){0,100}?"
                          r"\b(?:children|child[’']s|minors?|kids|teens|teenagers|under (?:the age of )?\d+|younger than)",
                          re.I)
# ...unless it names adults beside them ("children's or parents' personal information", "our users,
# including children"): then it denies selling anyone's data
_ALSO_ADULTS = _lazy_re.compile(r"\b(?:(?:or|and) (?:their )?(?:parents|guardians|adults|families)|including (?:children|minors|kids)|"
                          r"parents[’']? (?:or|and) (?:children|kids)|(?:or|and) (?:adults|parents)[’']?)\b", re.I)
# The buyers a sale clause names: "sell … to" and what follows, to the clause's end
_SOLD_TO = _lazy_re.compile(r"\b(?:sell\w*|sold|rent\w*|trad(?:e|es|ed|ing))\b(?:(?!\b(?:and|but|or) (?:we|it|they|I)\b)[^.;]){0,80}?"
                      r"\bto\b(?P<to>(?:(?!\b(?:and|but|or) (?:we|it|they|I)\b)[^.;]){1,120})", re.I)


def _sold_to(f: Finding, outer: "_OuterTerms") -> list[str]:
    """The recipient terms of ``f`` named as buyers in its own sentence's sale clause ("we do not
    sell customer data to data brokers"), in the order ``f`` names them."""
    spans = [m.group("to") for e in f.evidence if not e.context for m in _SOLD_TO.finditer(e.text)]
    return [n for n in outer(f, "third_party_entity")
            if (p := outer.pattern("third_party_entity", n)) is not None and any(p.search(s) for s in spans)]


_THIRD_PARTY_KIND = _lazy_re.compile(r"\bthird[- ]party\s+(?!(?:and|or|to|with|for)\b)[a-z]", re.I)

#: Recipient terms that name no one in particular: a sale denied to them is denied to anyone.
_ANY_BUYER = frozenset({"third parties", "partners", "Other named companies", "the public", "other users"})

_UNDER_AGE_WORDS = r"(?:under|below|younger than)(?: the age of)? (1[0-9]|thirteen|sixteen|eighteen)\b"
_UNDER_AGE = _lazy_re.compile(r"\b" + _UNDER_AGE_WORDS, re.I)
# (said of children: "from children under 13", not "anyone under 16")
_CHILDREN_UNDER = _lazy_re.compile(r"\b(?:children|kids|child|minors)\s+(?:who are\s+)?" + _UNDER_AGE_WORDS, re.I)


# What may stand before a letter address in the words after "write to" ("by contacting us at:
# admin@example.org or Privacy Request, 325 South Street…": the words after the last "or"), and
# after it ("…, Buffalo, NY 14210 to revoke such authorization", "…, OH 43000, or email privacy@…")
# (in lower case only: "Portland, OR 97207" is Oregon)
_ADDRESS_LEAD = _lazy_re.compile(r".*\bor\s+", re.S)
_ADDRESS_TAIL = _lazy_re.compile(r"\s*,?\s+(?:or|to|and|if|for|so|with|within|in order|stating|including|marked)\b.*$"
                           r"|\s*[,;]?\s+(?i:tel(?:ephone)?|phone|fax|e-?mail)\b\.?\s*:.*$"
                           r"|\.\s+(?:\S+@\S+|(?i:tel|phone|fax|e-?mail|web|www)\b).*$"
                           r"|\s*[—–|]\s*(?:\S+@\S+|(?i:tel|phone|fax|e-?mail|www)\b).*$", re.S)
# (what says the address comes: "Our address is", "The address for Barnes & Noble is")
_ADDRESS_TO = _lazy_re.compile(r"^(?:to|at|(?:our|the|its)\s+(?:postal\s+|mailing\s+)?address(?:\s+(?:for|of)\s+[^,]{1,60}?)?\s+is)\s+", re.I)
_OTHER_CHANNEL = _lazy_re.compile(r"\b(?:tel(?:ephone)?|phone|fax|e-?mail|call)\b", re.I)


@functools.lru_cache(maxsize=8)
def _macro_pattern(macro: str) -> re.Pattern:
    """A pack's macro (a street address, a refusal to delete…) as a Python pattern (both engines
    read these macros alike)."""
    return re.compile(macro, re.I)


# The town line of an address set out as lines: "Plano, TX 75024", "Leeds LS2 7EX", "10178 Berlin",
# "Toronto, ON M5V 2T6", or a country alone after it ("United Kingdom").
_TOWN_LINE = _lazy_re.compile(r"^(?:(?i:suite|ste|floor|fl|unit|room|apt|building|bldg)\.?\s+[\w-]{1,6}"
                        r"|[A-Z][\w .'’-]{1,40},?\s+(?:(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+)?\d{5}(?:-\d{4})?"
                        r"|[A-Z][\w .'’-]{1,40},?\s+(?:[A-Z]{2}\s+)?[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}"
                        r"|[A-Z][\w .'’-]{1,40},\s+[A-Z]{2}\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d"
                        r"|(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-Z][\w .'’-]{1,30})(?:,\s*[A-Z][\w .'’-]{1,30})?$")


_KEPT_UNTIL = _lazy_re.compile(r"\b(?:after|once|beyond|longer than|more than|past|following|until|except|other than|"
                         r"apart from|unless|when|while)\b", re.I)


def _letter_address(words: str, macro: str | None) -> str:
    """The postal address in the words a policy writes after "write to", trimmed to the address
    around its street (``STREET_ADDRESS``); "" when there is no street in them."""
    words = " ".join(words.split())
    m = _macro_pattern(macro).search(words) if macro else None
    if m is None:
        return ""
    head, street, tail = words[:m.start()], words[m.start():m.end()], words[m.end():]
    lead = _ADDRESS_LEAD.match(head)
    if lead:
        head = head[lead.end():]
    # (not the e-mail address or telephone number given before it: "Contact: x@y.com, telephone …, 14 Loop Street")
    parts = head.split(", ")
    other = [k for k, part in enumerate(parts) if "@" in part or _OTHER_CHANNEL.search(part)]
    if other:
        head = ", ".join(parts[other[-1] + 1:])
    head = _ADDRESS_TO.sub("", head)  # ("…write to x@y.example or to Alpenpost AG, …")
    tail = _ADDRESS_TAIL.sub("", tail)
    return (head + street + tail).strip(" ,;:.\"”’“‘")


def _age(ages: list[Any]) -> str:
    words = {"thirteen": "13", "sixteen": "16", "eighteen": "18", "twenty-one": "21"}
    nums = []
    for a in ages:
        a = words.get(str(a).lower(), str(a))
        if a.isdigit() and 10 <= int(a) <= 21:
            nums.append(int(a))
    if not nums:
        return ""
    # the most often stated age wins; ties go to the lowest (usually the COPPA age)
    return str(sorted(set(nums), key=lambda x: (-nums.count(x), x))[0])


#: The sharing answer's line when the policy names no kind of company.
def _verdict(answers: list[Answer]) -> str:
    a = {x.key: x for x in answers}
    parts: list[str] = []
    col = a["collected"]
    if col.status == STATED and col.items:
        kinds = [_lower_first(i.text) for i in col.items if not i.text.startswith("How they") and not i.negated][:3]
        if kinds and col.items[0].text.startswith("They collect"):
            parts.append(col.items[0].text)  # no kind named: the answer's own sentence
        elif kinds:
            parts.append("They collect " + _join(kinds) + ".")
    elif col.status == DENIED:
        parts.append(col.summary if col.summary != "They say they do not collect personal information."
                     else "They say they collect no personal data.")
    sh = a["sharing"]
    if sh.status == STATED:
        # names keep the case the answer gives them ("Google", but "service providers")
        if sh.unnamed:
            # no kind of company is named: the answer's own sentence says so
            parts.append(sh.summary.replace("They share data", "They share it", 1))
        else:
            who = [i.text if f" {i.text}" in sh.summary else _lower_first(i.text) for i in sh.items if not i.negated][:3]
            parts.append("They share it with " + _join(who) + "." if who else "They share it.")
    elif sh.status == DENIED:
        but = _BUT_CONSENT if sh.items and sh.items[0].text.endswith(_BUT_CONSENT) else ""
        exception = f", {sh.items[0].detail}" if sh.items and sh.items[0].detail else ""
        said = sh.items[0].text if sh.items else ""
        if said and not said.startswith("They say they do not share your data with others"):
            # a narrow denial stays narrow ("…with advertisers", "…for advertising")
            parts.append(_period(said.replace("your data", "it", 1) + exception))
        else:
            parts.append(_period(f"They say they do not share it{but}{exception}"))
    so = a["sold"]
    # where they say they collect nothing and share nothing, not saying whether they sell or how
    # long they keep it is no gap worth pointing out
    nothing = col.status == DENIED and sh.status == DENIED
    if so.status != NOT_STATED or not nothing:
        if so.status == DENIED and so.items:
            # as narrow as the answer ("…your health data"), with its exception
            said = so.items[0].text.replace("sell your data", "sell it", 1)
            parts.append(_period(said + (f", {so.items[0].detail}" if so.items[0].detail else "")))
        elif so.status == STATED and so.items and so.items[-1].text == _DEEMED_SALE:
            parts.append("What they share may count as a “sale” or “sharing” under some privacy laws.")
        elif so.status == STATED and so.items:
            parts.append(so.items[0].text.replace(" your data", " it", 1) + ".")
        else:
            parts.append({STATED: "They may sell it."}.get(so.status, "They do not say if they sell it."))
    ret = a["retention"]
    if ret.status == NOT_STATED and not nothing:
        parts.append("They do not say how long they keep it.")
    return " ".join(parts)
